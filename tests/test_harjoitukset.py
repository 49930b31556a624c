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
from harjoitukset import tee_harjoitus  # noqa: E402

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


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_exercise_is_generated_from_solution(ratkaisu):
    harjoitus = JUURI / "exercises" / ratkaisu.name
    assert harjoitus.exists(), "run: python tyokalut/harjoitukset.py"
    odotettu = tee_harjoitus(_lue(ratkaisu))
    assert _ilman_tulosteita(_lue(harjoitus)) == _ilman_tulosteita(odotettu), \
        "exercise and solution differ outside the answer cells: run tyokalut/harjoitukset.py"


def test_every_exercise_has_a_solution():
    for harjoitus in (JUURI / "exercises").glob("*.ipynb"):
        assert (JUURI / "solutions" / harjoitus.name).exists()


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_check_cells_are_locked(ratkaisu):
    for nb in (_lue(ratkaisu), _lue(JUURI / "exercises" / ratkaisu.name)):
        for solu in nb.cells:
            koodi = solu.source.strip()
            if {"ratkaisu", "vastaus"} & set(solu.metadata.get("tags", [])):
                continue  # the worked answer / the student's own cell stays editable
            if solu.cell_type == "code" and (koodi.startswith(("harjoitus(", "tarkista(",
                                                               "opiskelija(", "from asiakkuus"))):
                assert solu.metadata.get("deletable") is False, koodi
                assert solu.metadata.get("editable") is False, koodi


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_every_check_in_the_solution_reports_right(ratkaisu):
    tarkistukset = list(_tarkistukset(_lue(ratkaisu)))
    assert len(tarkistukset) >= 3
    for tunnus, teksti in tarkistukset:
        assert teksti.startswith("✔ Oikein!"), (tunnus, teksti)


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_unsolved_exercise_says_no_answer_yet(ratkaisu):
    harjoitus = _lue(JUURI / "exercises" / ratkaisu.name)
    tarkistukset = list(_tarkistukset(harjoitus))
    assert tarkistukset
    for tunnus, teksti in tarkistukset:
        assert teksti.startswith("… Et ole vielä vastannut"), (tunnus, teksti)
    for solu in harjoitus.cells:  # no worked answers leak into the exercise
        assert "ratkaisu" not in solu.metadata.get("tags", [])
        for tuloste in solu.get("outputs", []):
            assert tuloste.get("output_type") != "error"


@pytest.mark.parametrize("ratkaisu", RATKAISUT, ids=lambda p: p.name)
def test_solution_covers_every_task_of_its_theme(ratkaisu):
    teema = ratkaisu.name[:2]
    tarkistetut = [tunnus for tunnus, _ in _tarkistukset(_lue(ratkaisu))]
    assert tarkistetut == t.tehtavat(teema)
    teksti = "\n".join(c.source for c in _lue(ratkaisu).cells)
    assert "Pohdi" in teksti, "each exercise notebook ends with an open reflection prompt"


def test_every_theme_has_enough_checked_tasks():
    teemat = {p.name[:2] for p in RATKAISUT}
    assert teemat == {"01", "02", "03", "04", "05", "06"}
    for teema in teemat:
        assert len(t.tehtavat(teema)) >= 3, teema
    assert len(t.tehtavat()) >= 15
    # a mix of calculations and interpretation (choice) tasks
    valinnat = [tunnus for tunnus in t.tehtavat() if t.tehtava(tunnus).valinta]
    assert 5 <= len(valinnat) < len(t.tehtavat())
