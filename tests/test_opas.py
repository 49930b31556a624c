"""The teacher's guide (opettajalle/) quotes only numbers and feedback that the package gives.

- Every euro amount, percentage and decimal number in a dashboard demo is one that
  ``opettajalle/demoluvut.py`` computes from the course data, and every computed value is
  quoted, so the demos cannot drift from the data or the dashboard.
- Every feedback sentence quoted as a typical misconception is word for word in the named
  task's feedback.
- The rubric page covers each exercise's reflection task; links point at files that exist.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

from asiakkuus import mittarit
from asiakkuus import tehtavat as t

JUURI = Path(__file__).resolve().parents[1]
OPAS = JUURI / "opettajalle"
OPPITUNNIT = (OPAS / "oppitunnit.md").read_text(encoding="utf-8")
# A number with a unit (1 234 €, −37,3 %) or a decimal number (31,6; 4,70).
YKSIKOLLINEN = re.compile(r"[−-]?\d{1,3}(?: \d{3})*(?:,\d+)? ?(?:€|%)")
DESIMAALI = re.compile(r"(?<![\d,])[−-]?\d+,\d+(?! ?[€%])")


def _tasaa(teksti: str) -> str:
    """Finnish number spaces (U+00A0, U+202F) and line breaks as plain spaces."""
    return " ".join(re.sub(r"[\u00a0\u202f]", " ", teksti).split())


@functools.cache
def _demoluvut() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("demoluvut", OPAS / "demoluvut.py")
    moduuli = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(moduuli)
    return {nimi: _tasaa(arvo) for nimi, arvo in moduuli.demoluvut().items()}


def _demot() -> dict[str, str]:
    """Each lesson's dashboard demo: from its heading to the discussion questions."""
    demot = {}
    for osa in OPPITUNNIT.split("\n## ")[1:]:
        if "### Kojelautademo" in osa:
            otsikko = osa.splitlines()[0]
            demo = osa.split("### Kojelautademo", 1)[1].split("**Keskustelukysymyksiä**", 1)[0]
            demot[otsikko] = _tasaa(demo)
    return demot


def test_every_lesson_1_to_7_has_a_demo_goals_timing_questions_and_misconceptions():
    for numero in range(1, 8):
        osa = OPPITUNNIT.split(f"\n## Oppitunti {numero}:", 1)[1].split("\n## ", 1)[0]
        for kohta in ("**Tavoitteet.**", "| Vaihe | 45 min | 90 min |", "### Kojelautademo",
                      "**Keskustelukysymyksiä**", "**Tyypilliset väärinkäsitykset"):
            assert kohta in osa, (numero, kohta)
        for rivi in re.findall(r"^\| (?!Vaihe|---).*$", osa, re.MULTILINE):
            assert re.search(r"\| (\d+|–) \| (\d+|–) \|$", rivi), rivi
        minuutit = [re.findall(r"\| (\d+|–) \| (\d+|–) \|$", r)[0]
                    for r in re.findall(r"^\| (?!Vaihe|---).*$", osa, re.MULTILINE)]
        assert sum(int(a) for a, _ in minuutit if a != "–") == 45, numero
        assert sum(int(b) for _, b in minuutit if b != "–") == 90, numero


def test_demo_numbers_are_the_computed_ones():
    # Values such as "53 (45,3 %)" hold several numbers: compare number by number.
    arvot = {luku for arvo in _demoluvut().values()
             for luku in YKSIKOLLINEN.findall(arvo) + DESIMAALI.findall(arvo)}
    for otsikko, demo in _demot().items():
        for luku in YKSIKOLLINEN.findall(demo) + DESIMAALI.findall(demo):
            assert luku in arvot, (otsikko, luku)


def test_every_computed_demo_number_is_quoted():
    kaikki = " ".join(_demot().values())
    puuttuvat = {nimi: arvo for nimi, arvo in _demoluvut().items() if arvo not in kaikki}
    assert not puuttuvat, puuttuvat


def _palautteet(tunnus: str) -> str:
    """The task's typical-error feedback over a few variants (names and numbers vary)."""
    return " ".join(_tasaa(selitys) for siemen in range(6)
                    for _, selitys in t.tehtava(tunnus, siemen).tyypilliset)


def test_quoted_feedback_is_the_tasks_own():
    lainauksia = 0
    osat = OPPITUNNIT.split("**Tyypilliset väärinkäsitykset")[1:]
    for osa in osat:
        # "Lisäksi yleistä …" lists misconceptions the exercises do not detect: no quotes there.
        osa = osa.split("\n## ", 1)[0].split("**Lisäksi yleistä", 1)[0]
        for kohta in re.split(r"\n- ", osa)[1:]:
            kohta = _tasaa(kohta)
            tunnukset = [f"0{a}_{b}" for a, b in re.findall(r"tehtävä (\d)\.(\d)", kohta)]
            assert tunnukset, kohta
            palautteet = " ".join(_palautteet(x) for x in tunnukset)
            for lainaus in re.findall(r"”([^”]+)”", kohta):
                lainaus = lainaus.rstrip(".")
                assert lainaus in palautteet, (tunnukset, lainaus)
                lainauksia += 1
    assert lainauksia >= 30


def test_rubric_covers_every_reflection_task_and_task_count_is_right():
    arviointi = (OPAS / "arviointi.md").read_text(encoding="utf-8")
    for polku in sorted((JUURI / "exercises").glob("harjoitukset_0*.ipynb")):
        nb = nbformat.read(polku, as_version=4)
        pohdinnat = [m[1] for c in nb.cells if c.cell_type == "markdown"
                     for m in re.finditer(r"^## (Pohdi: .+)$", c.source, re.MULTILINE)]
        assert len(pohdinnat) == 1, polku
        numero = int(polku.name.split("_")[1])
        assert f"**{numero}. {pohdinnat[0]}**" in arviointi, (polku.name, pohdinnat[0])
    assert f"Kurssin {len(t.tehtavat())} tarkistettavaa tehtävää" in arviointi
    opas = (OPAS / "opettajan_opas.md").read_text(encoding="utf-8")
    assert f"yhteensä {len(t.tehtavat())} automaattisesti" in opas


def test_lesson_times_in_the_guide_match_the_notebooks():
    opas = (OPAS / "opettajan_opas.md").read_text(encoding="utf-8")
    for polku in sorted((JUURI / "notebooks").glob("0[0-7]_*.ipynb")):
        alku = nbformat.read(polku, as_version=4).cells[0].source
        ajat = re.findall(r"noin (\d+) minuuttia", alku.split("*Arvioitu aika:", 1)[1].split("*")[0])
        rivi = next(r for r in opas.splitlines() if f"(../notebooks/{polku.name})" in r)
        odotettu = " | ".join(f"{a} min" for a in ajat) + (" | – |" if len(ajat) == 1 else " |")
        assert rivi.endswith(odotettu), (polku.name, rivi)


def test_exam_concept_answer_is_computed_right():
    tentti = (OPAS / "tenttikysymykset.md").read_text(encoding="utf-8")
    assert f"= {mittarit.clv(1000, 0.90, 0.10):,.0f} €".replace(",", " ") in tentti


@pytest.mark.parametrize("sivu", sorted(p.name for p in OPAS.glob("*.md")))
def test_guide_links_point_at_existing_files(sivu):
    teksti = (OPAS / sivu).read_text(encoding="utf-8")
    for kohde in re.findall(r"\]\(([^)#\s]+)\)", teksti):
        if kohde.startswith(("http://", "https://")):
            continue
        assert (OPAS / kohde).resolve().is_file(), (sivu, kohde)


def test_guide_mentions_no_path_outside_the_project():
    for polku in OPAS.glob("*"):
        teksti = polku.read_text(encoding="utf-8")
        assert "/work/" not in teksti and "../shared" not in teksti, polku


def test_task_7_5_command_in_the_rubric_reads_a_hand_in(tmp_path, capsys):
    from asiakkuus import palautus, tallennus

    kurssi = tmp_path / "kurssi"
    (kurssi / "notebooks").mkdir(parents=True)
    (kurssi / "exercises").mkdir()
    teht = t.tehtava("07_5", t.siemen_nimesta("2412345"))
    tallennus.kirjaa("2412345", "07_5", teht.oikea, t.tarkista(teht, teht.oikea),
                     kansio=kurssi / "omat_vastaukset")
    palautus.kirjoita_palautus("2412345", "07", kurssi=kurssi)
    arviointi = (OPAS / "arviointi.md").read_text(encoding="utf-8")
    assert "python opettajalle/suunnitelmat.py KANSIO" in arviointi
    spec = importlib.util.spec_from_file_location("suunnitelmat", OPAS / "suunnitelmat.py")
    moduuli = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(moduuli)
    csv_tiedosto = tmp_path / "suunnitelmat.csv"
    assert moduuli.main([str(kurssi / "palautukset"), "--csv", str(csv_tiedosto)]) == 0
    tuloste = capsys.readouterr().out
    assert "palautus_07_2412345.json (2412345), kone: oikein kyllä" in tuloste
    assert "Vastuuhenkilö: Yrittäjä" in tuloste and "Palvelutaso: Avainasiakas" in tuloste
    assert "Seurantamittari: Asiakkuuden kate-%" in tuloste
    assert csv_tiedosto.read_text(encoding="utf-8-sig").startswith("Tiedosto;Tunniste;")


def _saatimien_tekstit(widget, tekstit: set[str]) -> set[str]:
    """Every label a viewer sees on the dashboard: tab titles, buttons, dropdown choices."""
    tekstit.update(getattr(widget, "titles", ()) or ())
    if getattr(widget, "description", None):
        tekstit.add(widget.description)
    for vaihtoehto in getattr(widget, "options", ()) or ():
        tekstit.add(vaihtoehto[0] if isinstance(vaihtoehto, tuple) else str(vaihtoehto))
    for lapsi in getattr(widget, "children", ()) or ():
        _saatimien_tekstit(lapsi, tekstit)
    return tekstit


def test_dashboard_labels_in_the_demos_exist_on_the_dashboard():
    """The demos name tabs, buttons and choices; the dashboard is being reworked, so check."""
    from asiakkuus.kojelauta import kojelauta

    tekstit = _saatimien_tekstit(kojelauta().nakyma, set())
    demot = " ".join(_demot().values()) + _tasaa(OPPITUNNIT.split("## Oppitunti 0", 1)[0])
    nimet = [n for n in re.findall(r"\*\*([^*]+)\*\*", demot)
             if not n.endswith(".") and n != "elinkaariarvon tutkija"]  # 5.8 is in the lesson
    assert len(nimet) >= 15
    for nimi in nimet:
        assert nimi in tekstit, (nimi, sorted(tekstit)[:60])
