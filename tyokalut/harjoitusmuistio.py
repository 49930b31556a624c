"""Maintainer helper: the standard cells of a solution notebook (the exercises' one source).

A solution notebook is built from these pieces and saved to ``solutions/``; then
``python tyokalut/harjoitukset.py`` makes the exercise version and executes both.

Each checked task is three cells:
1. the task widget (locked, output ignored by nbval): ``harjoitus("03_1")``
2. the worked answer in code and words (tag ``ratkaisu``; becomes a stub in the exercise)
3. the check (locked): ``tarkista("03_1", vastaus)`` prints "✔ Oikein!" in the solution
   and "… Et ole vielä vastannut" in the unsolved exercise.
"""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

LUKITTU = {"deletable": False, "editable": False}


def alku(teema: str, otsikko: str, oppitunti: str, johdanto: str) -> list:
    """Header, how-to, the locked imports and the student's name box."""
    return [
        new_markdown_cell(
            f"# Harjoitukset {int(teema)}: {otsikko}\n\n{johdanto}\n\n"
            f"Oppitunti: [{oppitunti}](../notebooks/{oppitunti}). "
            f"Mallivastaukset: [solutions/{oppitunti}](../solutions/{oppitunti}).\n\n"
            "**Näin teet tehtävät**\n\n"
            "1. Aja ensin kaikki solut (valikosta *Run → Run All Cells*).\n"
            "2. Kirjoita nimesi tai opiskelijanumerosi alla olevaan kenttään ja paina "
            "*Käytä tätä nimeä*. Saat omat lukusi, joten vierustoverisi vastaus ei käy sinulle.\n"
            "3. Laske vastaus (paperilla, laskimella tai koodisolussa) ja kirjoita se "
            "tehtävän kenttään. Voit käyttää pilkkua tai pistettä: *1 234,50*, *1234.5* ja "
            "*1234,5 €* käyvät kaikki.\n"
            "4. Paina **Tarkista**. Jos vastaus ei ole oikein, palaute kertoo, mikä luultavasti "
            "meni vikaan. **Näytä vihje** auttaa alkuun."),
        new_code_cell("from asiakkuus.widgetit import harjoitus, luvut, opiskelija, tarkista\n"
                      "from asiakkuus.muotoilu import euroa, luku, prosenttia",
                      metadata=dict(LUKITTU)),
        new_code_cell("opiskelija()",
                      metadata={**LUKITTU, "tags": ["nbval-ignore-output"]}),
    ]


def tehtava(tunnus: str, ratkaisukoodi: str, selitys: str = "") -> list:
    """The three (or four) cells of one checked task."""
    tagi = f"tehtava-{tunnus}"
    solut = [
        new_code_cell(f'harjoitus("{tunnus}")',
                      metadata={**LUKITTU, "tags": ["nbval-ignore-output", tagi]}),
        new_code_cell(ratkaisukoodi, metadata={"tags": ["ratkaisu", tagi]}),
        new_code_cell(f'tarkista("{tunnus}", vastaus)', metadata={**LUKITTU, "tags": [tagi]}),
    ]
    if selitys:
        solut.insert(2, new_markdown_cell(selitys, metadata={"tags": ["ratkaisu", tagi]}))
    return solut


def pohdinta(otsikko: str, kysymys: str) -> list:
    """An open reflection prompt (not checked) and an editable cell for the answer."""
    return [
        new_markdown_cell(f"## {otsikko}\n\n{kysymys}\n\n"
                          "*Tätä tehtävää ei tarkisteta automaattisesti. Kirjoita vastauksesi "
                          "alla olevaan soluun (kaksoisnapsauta solua) ja keskustele siitä "
                          "opettajasi tai opiskelukaverisi kanssa.*"),
        new_markdown_cell("*Kirjoita vastauksesi tähän.*"),
    ]


def muistio(solut: list) -> nbformat.NotebookNode:
    """A notebook with the standard kernel metadata."""
    nb = new_notebook(cells=solut)
    nb.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                  "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    return nb
