"""Exercise and solution notebooks: one source, locked check cells, solutions all right."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

from asiakkuus import tehtavat as t

JUURI = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUURI / "tyokalut"))
from harjoitukset import paivita_ratkaisu, tee_harjoitus  # noqa: E402
from harjoitusmuistio import harjoituksen_nimi, oppitunnin_nimi  # noqa: E402

RATKAISUT = sorted((JUURI / "solutions").glob("*.ipynb"))
TARKISTUS = re.compile(r'^tarkista\("(\d\d_\d+)", vastaus\)$')


def _lue(polku: Path):
    return nbformat.read(polku, as_version=4)


def _ilman_tulosteita(nb):
    return [(c.cell_type, c.source, dict(c.metadata)) for c in nb.cells]


def _tarkistukset(nb):
    """(task id, printed feedback) for every locked check cell."""
    for solu in nb.cells:
        osuma = TARKISTUS.match(solu.source.strip()) if solu.cell_type == "code" else None
        if osuma:
            teksti = "".join(o.get("text", "") for o in solu.outputs if o.get("name") == "stdout")
            yield osuma.group(1), teksti


def test_there_are_solution_notebooks():
    assert RATKAISUT


def _harjoitus(ratkaisu: Path) -> Path:
    return JUURI / "exercises" / harjoituksen_nimi(ratkaisu.name)


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_solution_standard_cells_follow_the_registry(ratkaisu):
    nb = _lue(ratkaisu)
    assert _ilman_tulosteita(nb) == _ilman_tulosteita(paivita_ratkaisu(nb, ratkaisu.name)), \
        "solution's standard cells are stale: run tyokalut/harjoitukset.py"


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_exercise_is_generated_from_solution(ratkaisu):
    harjoitus = _harjoitus(ratkaisu)
    assert harjoitus.exists(), "run: python tyokalut/harjoitukset.py"
    odotettu = tee_harjoitus(_lue(ratkaisu), ratkaisu.name)
    assert _ilman_tulosteita(_lue(harjoitus)) == _ilman_tulosteita(odotettu), \
        "exercise and solution differ outside the answer cells: run tyokalut/harjoitukset.py"


def test_file_names_tell_lesson_exercise_and_solution_apart():
    for kansio, alku in (("exercises", "harjoitukset_"), ("solutions", "ratkaisut_")):
        nimet = [p.name for p in (JUURI / kansio).glob("*.ipynb")]
        assert nimet and all(n.startswith(alku) for n in nimet), nimet
        for nimi in nimet:
            assert (JUURI / "notebooks" / oppitunnin_nimi(nimi)).exists(), nimi


def test_every_exercise_has_a_solution():
    for harjoitus in (JUURI / "exercises").glob("*.ipynb"):
        assert (JUURI / "solutions" / harjoitus.name.replace("harjoitukset_", "ratkaisut_")
                ).exists()


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_task_text_is_readable_without_running(ratkaisu):
    """Each task's heading and text (default numbers) are markdown, numbered like the widget."""
    for nb in (_lue(ratkaisu), _lue(_harjoitus(ratkaisu))):
        teksti = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for tunnus in t.tehtavat(oppitunnin_nimi(ratkaisu.name)[:2]):
            assert f"## {t.otsikko(tunnus)}\n" in teksti, tunnus
            assert t.tehtava(tunnus).kuvaus in teksti, tunnus
        assert "oletusluvuilla" in teksti
        assert "Tehtävä 03." not in teksti and "Tehtävä 0" not in teksti  # one numbering


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_exercise_ends_with_a_hand_in_cell(ratkaisu):
    teema = oppitunnin_nimi(ratkaisu.name)[:2]
    solut = _lue(_harjoitus(ratkaisu)).cells
    assert solut[-1].source == f'palautus("{teema}")'
    assert solut[-1].metadata.get("editable") is False
    assert 'palautus(' not in "\n".join(c.source for c in _lue(ratkaisu).cells)


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_check_cells_are_locked(ratkaisu):
    for nb in (_lue(ratkaisu), _lue(_harjoitus(ratkaisu))):
        for solu in nb.cells:
            koodi = solu.source.strip()
            if {"ratkaisu", "vastaus"} & set(solu.metadata.get("tags", [])):
                continue  # the worked answer / the student's own cell stays editable
            if solu.cell_type == "code" and (koodi.startswith((
                    "harjoitus(", "tarkista(", "opiskelija(", "mallivastaukset(", "palautus(",
                    "from asiakkuus"))):
                assert solu.metadata.get("deletable") is False, koodi
                assert solu.metadata.get("editable") is False, koodi


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_every_check_in_the_solution_reports_right(ratkaisu):
    tarkistukset = list(_tarkistukset(_lue(ratkaisu)))
    assert len(tarkistukset) >= 3
    for tunnus, teksti in tarkistukset:
        assert teksti.startswith("✔ Oikein!"), (tunnus, teksti)


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_exercise_has_one_way_to_answer(ratkaisu):
    """The task box only: no code-cell check and no `vastaus` variable; a number task gets an
    optional scratch cell, a choice task none (nothing to calculate)."""
    harjoitus = _lue(_harjoitus(ratkaisu))
    assert list(_tarkistukset(harjoitus)) == []
    koodi = "\n".join(c.source for c in harjoitus.cells if c.cell_type == "code")
    assert "vastaus =" not in koodi and "tarkista(" not in koodi
    for tunnus in t.tehtavat(oppitunnin_nimi(ratkaisu.name)[:2]):
        paperit = [c for c in harjoitus.cells if f"tehtava-{tunnus}" in c.metadata.get("tags", [])
                   and "laskupaperi" in c.metadata.get("tags", [])]
        assert len(paperit) == (0 if t.tehtava(tunnus).valinta else 1), tunnus
        assert all(c.outputs == [] and c.metadata.get("editable", True) for c in paperit)
    for solu in harjoitus.cells:  # no worked answers leak into the exercise
        assert "ratkaisu" not in solu.metadata.get("tags", [])
        for tuloste in solu.get("outputs", []):
            assert tuloste.get("output_type") != "error"


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_solution_covers_every_task_of_its_theme(ratkaisu):
    teema = oppitunnin_nimi(ratkaisu.name)[:2]
    tarkistetut = [tunnus for tunnus, _ in _tarkistukset(_lue(ratkaisu))]
    assert tarkistetut == t.tehtavat(teema)
    teksti = "\n".join(c.source for c in _lue(ratkaisu).cells)
    assert "Pohdi" in teksti, "each exercise notebook ends with an open reflection prompt"


def test_every_theme_has_enough_checked_tasks():
    teemat = {oppitunnin_nimi(p.name)[:2] for p in RATKAISUT}
    assert teemat == {"01", "02", "03", "04", "05", "06", "07"}
    for teema in teemat:
        assert len(t.tehtavat(teema)) >= 3, teema
    assert len(t.tehtavat()) >= 15
    # a mix of calculations and interpretation (choice) tasks
    valinnat = [tunnus for tunnus in t.tehtavat() if t.tehtava(tunnus).valinta]
    assert 5 <= len(valinnat) < len(t.tehtavat())
