"""The README's course table and coverage table point at sections and tasks that exist."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from asiakkuus import tehtavat

JUURI = Path(__file__).resolve().parents[1]
README = (JUURI / "README.md").read_text(encoding="utf-8")
LAHTEET = ["Relationship Marketing", "Asiakastavoitteet ja strategiat", "Asiakkuudenhallinta",
           "Kaikki on kiinni asiakkaasta", "Arvoa strategisista asiakkuuksista",
           "Asiakkuuden ehdoilla vai asiakkaiden armoilla"]


def _otsikot(muistio: str) -> set[str]:
    nb = nbformat.read(JUURI / "notebooks" / muistio, as_version=4)
    return {m.group(1) for c in nb.cells if c.cell_type == "markdown"
            for m in re.finditer(r"^## (\d+\.\d+) ", c.source, re.MULTILINE)}


def _kattavuusrivit():
    osa = README.split("### Mistä mikin asia löytyy", 1)[1].split("\n## ", 1)[0]
    return [r for r in osa.splitlines() if r.startswith("| ") and not r.startswith("| Kurssi")
            and not r.startswith("|---")]


def test_every_notebook_is_listed():
    for kansio in ("notebooks", "exercises", "solutions"):
        for polku in (JUURI / kansio).glob("*.ipynb"):
            assert f"`{polku.name}`" in README, polku


@pytest.mark.parametrize("rivi", _kattavuusrivit())
def test_coverage_row_points_at_real_sections_and_tasks(rivi):
    _, kohta, asia, oppitunti, harjoitus, _ = [s.strip() for s in rivi.split("|")]
    muistiot = {p.name[:2]: p.name for p in (JUURI / "notebooks").glob("*.ipynb")}
    numero = None
    for osa in re.split(r",\s*", oppitunti):  # e.g. "02 § 2.5–2.7, 2.10, 06 § 6.5"
        if "§" in osa:
            numero, osa = [x.strip() for x in osa.split("§")]
        if not re.match(r"\d+\.\d+", osa):
            continue  # "jokaisen oppitunnin loppu"
        olemassa = _otsikot(muistiot[numero])
        for luku in osa.split("–"):
            assert luku in olemassa, (rivi, luku)
    for tunnus in re.findall(r"\b(\d)\.(\d)\b", harjoitus):
        assert f"0{tunnus[0]}_{tunnus[1]}" in tehtavat.tehtavat(), (rivi, tunnus)


def test_every_brief_section_is_covered():
    kohdat = {r.split("|")[1].strip() for r in _kattavuusrivit()}
    assert {"1", "2", "3", "4", "5", "6", "Lähteet"} <= kohdat


@pytest.mark.parametrize("muistio", sorted(p.name for p in (JUURI / "notebooks").glob("0[1-7]*.ipynb")))
def test_each_lesson_has_goals_summary_exercise_link_and_reading_list(muistio):
    nb = nbformat.read(JUURI / "notebooks" / muistio, as_version=4)
    teksti = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "Tämän oppitunnin jälkeen osaat" in teksti
    assert "## Yhteenveto" in teksti
    assert f"../exercises/harjoitukset_{muistio}" in teksti
    assert f"../solutions/ratkaisut_{muistio}" in teksti
    for lahde in LAHTEET:
        assert lahde in teksti, (muistio, lahde)


@pytest.mark.parametrize("muistio", sorted(p.name for p in (JUURI / "notebooks").glob("0[0-9]*.ipynb")))
def test_each_lesson_states_its_estimated_time_at_the_top(muistio):
    alku = nbformat.read(JUURI / "notebooks" / muistio, as_version=4).cells[0].source
    assert re.search(r"\*Arvioitu aika: oppitunti noin \d+ minuuttia", alku), muistio
