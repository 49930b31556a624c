"""Yksi viestiluettelo: jokainen paketin virheilmoitus tulee sanakirjasta ``virheet.VIESTIT``.

README (Ylläpitäjille): "Uusi virheilmoitus: sanakirjaan virheet.VIESTIT". Testi jäsentää
paketin lähdekoodin ``ast``-moduulilla ja hylkää jokaisen ``AsiakkuusVirhe(...)``-kutsun,
jonka viesti on kirjoitettu koodiin (merkkijono, f-merkkijono tai niiden yhdistelmä).
Viesti muodostetaan kutsulla ``virhe("avain", **tiedot)``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from asiakkuus.virheet import VIESTIT

PAKETTI = Path(__file__).resolve().parent.parent / "asiakkuus"

#: Tiedostot ja kansiot, joita ei (vielä) tarkisteta, ja miksi.
OHITETTAVAT = {
    # Viestiluettelo itse: virhe() muodostaa AsiakkuusVirheen sanakirjan tekstistä.
    "virheet.py",
}

#: Yksittäiset kutsut, joissa koodiin kirjoitettu merkkijono ei ole viesti, ja miksi.
SALLITUT = {
    # Solun paikka (välilehti, rivi, sarake) + luettelon solukohtainen viesti: molemmat
    # tulevat luettelosta (excel_*), f-merkkijono vain yhdistää ne.
    ("excel/vienti.py", 'f"{paikka(sijainti, sarake)}: {syy}"'),
}


def _on_teksti(solmu: ast.AST) -> bool:
    """Onko lauseke koodiin kirjoitettu merkkijono tai sellaisesta muodostettu teksti?"""
    if isinstance(solmu, ast.Constant):
        return isinstance(solmu.value, str)
    if isinstance(solmu, ast.JoinedStr):
        return True
    if isinstance(solmu, ast.BinOp):  # "a" + "b", "%s" % x
        return _on_teksti(solmu.left) or _on_teksti(solmu.right)
    if isinstance(solmu, ast.IfExp):
        return _on_teksti(solmu.body) or _on_teksti(solmu.orelse)
    if isinstance(solmu, ast.Call) and isinstance(solmu.func, ast.Attribute):
        return _on_teksti(solmu.func.value)  # "...".format(...), f"...".replace(...)
    return False


def _on_asiakkuusvirhe(solmu: ast.AST) -> bool:
    funktio = solmu.func if isinstance(solmu, ast.Call) else None
    return (isinstance(funktio, ast.Name) and funktio.id == "AsiakkuusVirhe") or (
        isinstance(funktio, ast.Attribute) and funktio.attr == "AsiakkuusVirhe")


def _tiedostot() -> list[Path]:
    return sorted(polku for polku in PAKETTI.rglob("*.py")
                  if not set(polku.relative_to(PAKETTI).parts) & OHITETTAVAT)


def koodiin_kirjoitetut_viestit(tiedostot, juuri: Path = PAKETTI) -> list[str]:
    """Kohdat ``tiedosto:rivi: lähdekoodi``, joissa AsiakkuusVirheen viesti on koodissa."""
    loydot = []
    for polku in tiedostot:
        lahde = polku.read_text(encoding="utf-8")
        suhteellinen = polku.relative_to(juuri).as_posix()
        for solmu in ast.walk(ast.parse(lahde, filename=str(polku))):
            if not _on_asiakkuusvirhe(solmu):
                continue
            argumentit = [*solmu.args, *(a.value for a in solmu.keywords)]
            for argumentti in argumentit:
                koodi = ast.get_source_segment(lahde, argumentti) or ""
                if _on_teksti(argumentti) and (suhteellinen, koodi) not in SALLITUT:
                    loydot.append(f"{suhteellinen}:{solmu.lineno}: {koodi[:80]}")
    return loydot


def test_tarkistettavia_tiedostoja_on():
    nimet = {polku.relative_to(PAKETTI).as_posix() for polku in _tiedostot()}
    assert {"mittarit.py", "palautus.py", "tehtavat/__init__.py", "excel/vienti.py"} <= nimet
    assert {"kuvat.py", "tenttikysymykset.py", "kojelauta/lauta.py"} <= nimet


def test_viestit_tulevat_luettelosta():
    loydot = koodiin_kirjoitetut_viestit(_tiedostot())
    assert not loydot, ("Virheilmoitus on kirjoitettu koodiin. Siirrä se sanakirjaan "
                        "virheet.VIESTIT ja nosta virhe('avain', ...):\n" + "\n".join(loydot))


@pytest.mark.parametrize("koodi, loytyy", [
    ('raise AsiakkuusVirhe("Korjaa arvo.")', True),
    ('raise AsiakkuusVirhe(f"{nimi} puuttuu. Anna luku.")', True),
    ('raise AsiakkuusVirhe("a" + teksti)', True),
    ('raise AsiakkuusVirhe(f"yli {n:,}".replace(",", " ") + ".")', True),
    ('raise virheet.AsiakkuusVirhe(viesti="Korjaa.")', True),
    ('raise virhe("painot_summa", summa=90)', False),
    ('raise AsiakkuusVirhe(viesti)', False),
])
def test_tunnistin_loytaa_koodiin_kirjoitetun_viestin(tmp_path, koodi, loytyy):
    tiedosto = tmp_path / "kokeilu.py"
    tiedosto.write_text(koodi + "\n", encoding="utf-8")
    assert bool(koodiin_kirjoitetut_viestit([tiedosto], tmp_path)) == loytyy


def test_sallitut_kohdat_ovat_yha_olemassa():
    # Poistunut poikkeus poistetaan myös luettelosta SALLITUT.
    for tiedosto, koodi in SALLITUT:
        assert koodi in (PAKETTI / tiedosto).read_text(encoding="utf-8"), tiedosto


def test_luettelon_avaimet_ovat_ascii():
    for avain in VIESTIT:
        assert avain.isascii() and avain.isidentifier(), avain
