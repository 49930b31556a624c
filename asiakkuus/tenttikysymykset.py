"""Tenttikysymykset harjoitustehtävistä: jokaiselle opiskelijalle omat luvut ja opettajalle avain.

Kysymykset tehdään samoilla tehtävägeneraattoreilla kuin harjoitukset (``tehtavat``), joten
laskutapa, oikea vastaus ja sallittu poikkeama ovat samat kuin harjoituksissa. Luvut
arvotaan kuitenkin eri siemenellä: siemen lasketaan opiskelijan nimestä *ja* tenttikerran
nimestä (``kierros``). Harjoituksissa saatu vastaus ei siis käy tenttiin, ja uusintatentti
saa uudet luvut, kun kierroksen nimi vaihtuu.

Komentorivillä (kurssin ympäristössä)::

    python -m asiakkuus.tenttikysymykset --kierros "kevät 2027" 2412345 2412346
    python -m asiakkuus.tenttikysymykset --kierros "kevät 2027" --nimet nimet.txt --kohde tentti

kirjoittaa jokaiselle opiskelijalle kysymyslomakkeen (``tentti_2412345.md``) ja kaikille
yhteisen vastausavaimen (``vastausavain.md``) kansioon ``--kohde`` (oletus ``tentti``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from . import tehtavat as t
from .argumentit import tarkista_argumentit
from .tallennus import tiedoston_nimi
from .virheet import virhe

#: Oletuskysymykset: laskutehtävät oppitunneilta 1 ja 3–7 ja yksi valintatehtävä (4.3).
OLETUSTEHTAVAT = ("01_3", "03_1", "03_3", "04_1", "04_3", "05_1", "05_4", "06_1", "07_4")
KIRJAIMET = "abcdefghij"


@tarkista_argumentit
def tenttisiemen(nimi: str, kierros: str) -> int:
    """Tentin siemenluku nimestä ja tenttikerrasta; eri kuin harjoitusten siemen.

    Isoilla kirjaimilla ja ylimääräisillä väleillä ei ole väliä, kuten harjoituksissakaan.

    >>> tenttisiemen("Aino Niemi", "kevät 2027") == tenttisiemen(" aino  NIEMI", "Kevät 2027")
    True
    >>> tenttisiemen("Aino Niemi", "kevät 2027") != t.siemen_nimesta("Aino Niemi")
    True
    """
    return t.siemen_nimesta(f"tentti {kierros} | {t.nimen_avain(nimi)}")


@tarkista_argumentit
def tenttitehtava(tunnus: str, nimi: str, kierros: str) -> t.Tehtava:
    """Yhden opiskelijan tenttitehtävä; ``tehtavat.tarkista`` tarkistaa vastauksen.

    >>> x = tenttitehtava("03_1", "2412345", "kevät 2027")
    >>> x.tunnus, t.tarkista(x, x.oikea).oikein
    ('03_1', True)
    """
    if t.tehtava(tunnus).lomake:
        raise virhe("tentti_lomaketehtava", tunnus=tunnus)
    return t.tehtava(tunnus, tenttisiemen(nimi, kierros))


def _vaihtoehdot(tehtava: t.Tehtava) -> str:
    return "\n".join(f"{KIRJAIMET[i]}) {v}" for i, v in enumerate(tehtava.vaihtoehdot))


def _oikea(tehtava: t.Tehtava) -> str:
    if tehtava.valinta:
        kirjain = KIRJAIMET[tehtava.vaihtoehdot.index(tehtava.oikea)]
        return f"{kirjain}) {tehtava.oikea}"
    return tehtava.oikea_tekstina()


@tarkista_argumentit
def kysymyslomake(nimi: str, kierros: str, tehtavat: Iterable[str] = OLETUSTEHTAVAT) -> str:
    """Opiskelijan kysymyslomake Markdownina: jokainen kysymys hänen omilla luvuillaan.

    >>> lomake = kysymyslomake("2412345", "kevät 2027", ["03_1"])
    >>> print(lomake.splitlines()[0])
    # Tentti: kevät 2027
    >>> "## Kysymys 1. Asiakkuuden kate" in lomake
    True
    """
    osat = [f"# Tentti: {kierros}", "", f"Opiskelija: **{nimi}**", "",
            "Kirjoita vastaus jokaisen kysymyksen alle. Näytä laskusi: perusteltu lasku on "
            "arvokkaampi kuin pelkkä luku.", ""]
    for numero, tunnus in enumerate(tehtavat, start=1):
        tehtava = tenttitehtava(tunnus, nimi, kierros)
        osat += [f"## Kysymys {numero}. {tehtava.otsikko}", "", tehtava.kuvaus, ""]
        if tehtava.valinta:
            osat += ["Valitse yksi:", "", _vaihtoehdot(tehtava), ""]
        osat += ["Vastaus:", "", ""]
    return "\n".join(osat)


@tarkista_argumentit
def vastausavain(nimet: Iterable[str], kierros: str,
                 tehtavat: Iterable[str] = OLETUSTEHTAVAT) -> str:
    """Opettajan vastausavain Markdownina: oikea vastaus, sallittu poikkeama ja ratkaisu.

    >>> avain = vastausavain(["2412345"], "kevät 2027", ["03_1"])
    >>> oikea = tenttitehtava("03_1", "2412345", "kevät 2027").oikea_tekstina()
    >>> f"| 1 | Asiakkuuden kate | {oikea} | ±1 |" in avain
    True
    """
    tehtavat = list(tehtavat)
    osat = [f"# Vastausavain: {kierros}", "",
            "Vastaus on oikein, jos se poikkeaa oikeasta enintään sallitun poikkeaman verran "
            "(sama sääntö kuin harjoituksissa). Ratkaisu näyttää laskun opiskelijan luvuilla.",
            ""]
    for nimi in nimet:
        osat += [f"## {nimi}", "", "| Kysymys | Aihe | Oikea vastaus | Poikkeama |",
                 "|---|---|---|---|"]
        ratkaisut = []
        for numero, tunnus in enumerate(tehtavat, start=1):
            tehtava = tenttitehtava(tunnus, nimi, kierros)
            poikkeama = "–" if tehtava.valinta else f"±{t.luku(tehtava.toleranssi, 2 if tehtava.toleranssi < 1 else 0)}"
            osat.append(f"| {numero} | {tehtava.otsikko} | {_oikea(tehtava)} | {poikkeama} |")
            ratkaisut.append(f"{numero}. {tehtava.ratkaisu}")
        osat += ["", *ratkaisut, ""]
    return "\n".join(osat)


@tarkista_argumentit
def kirjoita(nimet: Iterable[str], kierros: str, kohde: Path,
             tehtavat: Iterable[str] = OLETUSTEHTAVAT) -> list[Path]:
    """Kirjoita kysymyslomakkeet ja vastausavain kansioon; palauttaa tehdyt tiedostot.

    >>> import tempfile
    >>> tiedostot = kirjoita(["Äimä Öljymäki"], "kevät 2027", Path(tempfile.mkdtemp()), ["03_1"])
    >>> [p.name for p in tiedostot]
    ['tentti_aima-oljymaki.md', 'vastausavain.md']
    """
    nimet, tehtavat = list(nimet), list(tehtavat)
    kohde.mkdir(parents=True, exist_ok=True)
    tehdyt = []
    for nimi in nimet:
        polku = kohde / f"tentti_{Path(tiedoston_nimi(nimi)).stem}.md"
        polku.write_text(kysymyslomake(nimi, kierros, tehtavat), encoding="utf-8")
        tehdyt.append(polku)
    avain = kohde / "vastausavain.md"
    avain.write_text(vastausavain(nimet, kierros, tehtavat), encoding="utf-8")
    return [*tehdyt, avain]


def main(argv: list[str] | None = None) -> int:
    """Komentorivi: kysymyslomakkeet ja vastausavain nimille tai nimitiedostolle.

    >>> main(["--kierros", "x", "--tehtavat", "99_9", "Aino"])
    Tehtävää 99_9 ei ole. Tehtävät: 01_1, ...
    2
    """
    jasennin = argparse.ArgumentParser(
        prog="python -m asiakkuus.tenttikysymykset",
        description="Tenttikysymykset harjoitustehtävistä: omat luvut jokaiselle opiskelijalle "
                    "ja vastausavain opettajalle.")
    jasennin.add_argument("nimet", nargs="*", help="opiskelijoiden nimet tai opiskelijanumerot")
    jasennin.add_argument("--nimet", dest="nimitiedosto", type=Path,
                          help="tekstitiedosto, jossa on yksi nimi tai numero riviä kohden")
    jasennin.add_argument("--kierros", required=True,
                          help="tenttikerran nimi, esimerkiksi \"kevät 2027\" (vaihda se "
                               "uusintaan, niin luvut vaihtuvat)")
    jasennin.add_argument("--tehtavat", default=",".join(OLETUSTEHTAVAT),
                          help="tehtävien tunnukset pilkuin, oletus " + ",".join(OLETUSTEHTAVAT))
    jasennin.add_argument("--kohde", type=Path, default=Path("tentti"),
                          help="kansio, johon tiedostot kirjoitetaan (oletus tentti)")
    valinnat = jasennin.parse_args(argv)
    nimet = list(valinnat.nimet)
    if valinnat.nimitiedosto:
        rivit = valinnat.nimitiedosto.read_text(encoding="utf-8-sig").splitlines()
        nimet += [r.strip() for r in rivit if r.strip()]
    tehtavat = [s.strip() for s in valinnat.tehtavat.split(",") if s.strip()]
    for tunnus in tehtavat:
        if tunnus not in t.REKISTERI:
            print(f"Tehtävää {tunnus} ei ole. Tehtävät: {', '.join(t.tehtavat())}.")
            return 2
        if t.tehtava(tunnus).lomake:
            print(f"Tehtävä {tunnus} on lomaketehtävä. Valitse luku- tai valintatehtäviä.")
            return 2
    if not nimet:
        print("Anna vähintään yksi nimi tai opiskelijanumero (tai --nimet TIEDOSTO).")
        return 2
    tiedostot = kirjoita(nimet, valinnat.kierros, valinnat.kohde, tehtavat)
    print(f"Kirjoitettu {len(tiedostot) - 1} kysymyslomaketta ja vastausavain kansioon "
          f"{valinnat.kohde}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
