"""Maintainer tool: make the exercise notebooks from the solution notebooks (one source).

    python tyokalut/harjoitukset.py                               # all solutions
    python tyokalut/harjoitukset.py solutions/03_asiakkuuden_kate.ipynb   # just these

The solution notebook is the source. In the exercise version
- a code cell tagged ``ratkaisu`` becomes a stub that leaves ``vastaus = None`` (the locked
  check cell after it then says "no answer yet" instead of raising),
- a markdown cell tagged ``ratkaisu`` (the worked answer in words) is left out,
- every other cell is copied unchanged, including locked check cells.
``tests/test_harjoitukset.py`` regenerates the exercises in memory and fails if the committed
exercise notebooks differ from what this script makes, so the two can never drift apart.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import nbformat

JUURI = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUURI / "tyokalut"))

from muistiot import aja, siivoa  # noqa: E402

TYHJA_VASTAUS = ("# Laske tässä, jos haluat: luvut(\"{tunnus}\").arvot antaa tehtävän luvut.\n"
                 "# Kirjoita lopuksi vastaus yllä olevaan kenttään tai tähän ja aja seuraava solu.\n"
                 "vastaus = None")


def _tunnus(solu) -> str:
    for tagi in solu.metadata.get("tags", []):
        if tagi.startswith("tehtava-"):
            return tagi.removeprefix("tehtava-")
    return ""


def tee_harjoitus(ratkaisu: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The exercise notebook made from a solution notebook (outputs cleared)."""
    harjoitus = copy.deepcopy(ratkaisu)
    solut = []
    for solu in harjoitus.cells:
        tagit = solu.metadata.get("tags", [])
        if "ratkaisu" in tagit and solu.cell_type == "markdown":
            continue
        if "ratkaisu" in tagit:
            solu.source = TYHJA_VASTAUS.format(tunnus=_tunnus(solu))
            solu.metadata["tags"] = [t for t in tagit if t != "ratkaisu"] + ["vastaus"]
        if solu.cell_type == "code":
            solu.outputs = []
            solu.execution_count = None
        solut.append(solu)
    harjoitus.cells = solut
    return siivoa(harjoitus)


def main(argv: list[str] | None = None) -> int:
    """Regenerate the exercises of the given solution notebooks (default: all), execute both."""
    argv = sys.argv[1:] if argv is None else argv
    lahteet = [Path(p).resolve() for p in argv] or sorted((JUURI / "solutions").glob("*.ipynb"))
    for lahde in lahteet:
        kohde = JUURI / "exercises" / lahde.name
        nbformat.write(tee_harjoitus(nbformat.read(lahde, as_version=4)), kohde)
        for polku in (lahde, kohde):
            kesto = aja(polku)
            print(f"{polku.relative_to(JUURI)}: {kesto:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
