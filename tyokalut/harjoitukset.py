"""Maintainer tool: refresh the solution notebooks' standard cells and make the exercises.

    python tyokalut/harjoitukset.py                                             # all
    python tyokalut/harjoitukset.py solutions/ratkaisut_03_asiakkuuden_kate.ipynb  # just these

The solution notebook is the source (see ``harjoitusmuistio.py`` for its cells). This tool
1. regenerates the standard cells in the solution: title, imports, the ``mallivastaukset()``
   cell, each task's heading line and its text with the default numbers (from the registry,
   so the notebook, the widget and the grader's summary number and name tasks alike);
2. makes the exercise version: the title becomes the how-to, ``opiskelija()`` replaces
   ``mallivastaukset()``, the worked answer (cells tagged ``ratkaisu``) and the code-cell
   check are left out, so the task box is the one way to answer; a number task gets an
   optional scratch cell (tag ``laskupaperi``) in their place, and a hand-in cell
   ``palautus("NN")`` ends the notebook;
3. executes both in a fresh kernel and stores them with outputs.
``tests/test_harjoitukset.py`` redoes 1 and 2 in memory and fails if the committed notebooks
differ, so solutions, exercises and the task registry cannot drift apart.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import nbformat

JUURI = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUURI / "tyokalut"))

import harjoitusmuistio as hm  # noqa: E402
from muistiot import aja, siivoa  # noqa: E402

from asiakkuus import tehtavat as t  # noqa: E402

LASKUPAPERI = ("# Laskupaperi (vapaaehtoinen): voit laskea tässä, esimerkiksi 18200 - 9930,\n"
               "# ja ajaa solun (Shift + Enter). Omat lukusi: luvut(\"{tunnus}\").arvot\n"
               "# Kirjoita vastaus yllä olevaan tehtäväruutuun ja paina Enter tai Tarkista.\n")
TARKISTUS = re.compile(r'^tarkista\("\d\d_\d+", vastaus\)$')
WIDGET = re.compile(r'^harjoitus\("(\d\d_\d+)"\)$')


def _tagit(solu) -> list[str]:
    return solu.metadata.get("tags", [])


def _tunnus(solu) -> str:
    for tagi in _tagit(solu):
        if tagi.startswith("tehtava-"):
            return tagi.removeprefix("tehtava-")
    return ""


def _vakioalku(nb: nbformat.NotebookNode, nimi: str, harjoitus: bool) -> list:
    """The three standard first cells; the title and intro come from the source's title."""
    kappaleet = nb.cells[0].source.split("\n\n")
    otsikko, johdanto = kappaleet[0].split(": ", 1)[1].strip(), kappaleet[1].strip()
    return [hm.otsikkosolu(nimi, otsikko, johdanto, harjoitus),
            hm.tuontisolu(harjoitus), hm.nimisolu(harjoitus)]


def paivita_ratkaisu(ratkaisu: nbformat.NotebookNode, nimi: str) -> nbformat.NotebookNode:
    """The solution notebook with its standard cells regenerated (idempotent)."""
    nb = copy.deepcopy(ratkaisu)
    solut = _vakioalku(nb, nimi, harjoitus=False)
    for solu in nb.cells[3:]:
        if "kysymys" in _tagit(solu):
            continue  # regenerated just before its widget cell
        if solu.cell_type == "code" and (osuma := WIDGET.match(solu.source.strip())):
            tunnus = osuma.group(1)
            otsikkosolu = next(s for s in reversed(solut) if s.cell_type == "markdown"
                               and s.source.startswith("## Tehtävä"))
            rivit = otsikkosolu.source.split("\n", 1)
            otsikkosolu.source = "\n".join([f"## {t.otsikko(tunnus)}", *rivit[1:]])
            solut.append(hm.kysymyssolu(tunnus, harjoitus=False))
        solut.append(solu)
    nb.cells = solut
    return siivoa(nb)


def tee_harjoitus(ratkaisu: nbformat.NotebookNode, nimi: str) -> nbformat.NotebookNode:
    """The exercise notebook made from a (refreshed) solution notebook, outputs cleared."""
    harjoitus = copy.deepcopy(ratkaisu)
    solut = _vakioalku(harjoitus, nimi, harjoitus=True)
    for solu in harjoitus.cells[3:]:
        tagit = _tagit(solu)
        if ("ratkaisu" in tagit and solu.cell_type == "markdown") or (
                solu.cell_type == "code" and TARKISTUS.match(solu.source.strip())):
            continue
        if "kysymys" in tagit:
            solu = hm.kysymyssolu(_tunnus(solu), harjoitus=True)
        if "ratkaisu" in tagit:
            if t.tehtava(_tunnus(solu)).valinta:
                continue  # a choice task has nothing to calculate
            solu.source = LASKUPAPERI.format(tunnus=_tunnus(solu))
            solu.metadata["tags"] = [x for x in tagit if x != "ratkaisu"] + ["laskupaperi"]
        solut.append(solu)
    solut += hm.palautussolut(hm.oppitunnin_nimi(nimi)[:2])
    for solu in solut:
        if solu.cell_type == "code":
            solu.outputs = []
            solu.execution_count = None
    harjoitus.cells = solut
    return siivoa(harjoitus)


def main(argv: list[str] | None = None) -> int:
    """Refresh the given solution notebooks (default: all), make their exercises, execute."""
    argv = sys.argv[1:] if argv is None else argv
    lahteet = [Path(p).resolve() for p in argv] or sorted((JUURI / "solutions").glob("*.ipynb"))
    for lahde in lahteet:
        ratkaisu = paivita_ratkaisu(nbformat.read(lahde, as_version=4), lahde.name)
        nbformat.write(ratkaisu, lahde)
        kohde = JUURI / "exercises" / hm.harjoituksen_nimi(lahde.name)
        nbformat.write(tee_harjoitus(ratkaisu, lahde.name), kohde)
        for polku in (lahde, kohde):
            kesto = aja(polku)
            print(f"{polku.relative_to(JUURI)}: {kesto:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
