"""Maintainer helper: the standard cells of exercise and solution notebooks (one place).

A solution notebook (``solutions/ratkaisut_NN_aihe.ipynb``) is the source. It holds the
hand-written parts (the short intro of each task, the worked answer in code and words, the
reflection prompt); ``python tyokalut/harjoitukset.py`` regenerates every standard cell below
in it and makes the exercise version (``exercises/harjoitukset_NN_aihe.ipynb``).

Each checked task is, in order:
1. a heading ``## Tehtävä 3.1: <otsikko>`` (first line regenerated from the task registry)
   and a hand-written intro,
2. the task text with the default numbers (tag ``kysymys``; regenerated), so the task can be
   read and printed without running anything,
3. the task widget (locked, output ignored by nbval): ``harjoitus("03_1")``,
4. the worked answer in code and words (tag ``ratkaisu``; in the exercise an optional scratch
   cell for a number task, nothing for a choice task),
5. the check (locked): ``tarkista("03_1", vastaus)``; prints "✔ Oikein!" in the solution. The
   exercise has no check cell: its task box is the one way to answer.
The exercise ends with a hand-in cell: ``palautus("03")``.
"""

from __future__ import annotations

import re

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from asiakkuus import tehtavat as t

LUKITTU = {"deletable": False, "editable": False}
ETULIITE_HARJOITUS = "harjoitukset_"
ETULIITE_RATKAISU = "ratkaisut_"


def oppitunnin_nimi(nimi: str) -> str:
    """'ratkaisut_03_asiakkuuden_kate.ipynb' -> '03_asiakkuuden_kate.ipynb'."""
    return re.sub(r"^(ratkaisut|harjoitukset)_", "", nimi)


def harjoituksen_nimi(nimi: str) -> str:
    return ETULIITE_HARJOITUS + oppitunnin_nimi(nimi)


def ratkaisun_nimi(nimi: str) -> str:
    return ETULIITE_RATKAISU + oppitunnin_nimi(nimi)


def otsikkosolu(nimi: str, otsikko: str, johdanto: str, harjoitus: bool):
    """The title cell: exercise (how-to) or solution (what this notebook is)."""
    teema = int(oppitunnin_nimi(nimi)[:2])
    oppitunti = oppitunnin_nimi(nimi)
    linkit = {"oppitunti": f"[oppitunti {teema}](../notebooks/{oppitunti})",
              "harjoitukset": f"[harjoitukset](../exercises/{harjoituksen_nimi(nimi)})",
              "ratkaisut": f"[mallivastaukset](../solutions/{ratkaisun_nimi(nimi)})"}
    if not harjoitus:
        return new_markdown_cell(
            f"# Mallivastaukset {teema}: {otsikko}\n\n{johdanto}\n\n"
            "Tässä muistiossa jokaisen tehtävän alla on sen mallivastaus koodina ja sanoin. "
            "Mallivastaukset on laskettu oletusluvuilla. Harjoitusmuistiossa saat omat lukusi, "
            "joten vastauksesi poikkeaa mallivastauksesta, mutta laskutapa on sama. Tässä "
            "muistiossa vastauksia ei tallenneta.\n\n"
            f"Takaisin: {linkit['harjoitukset']} · {linkit['oppitunti']} · "
            "[aloitussivu](../notebooks/00_aloitus.ipynb)",
            metadata={"tags": ["otsikko"]})
    return new_markdown_cell(
        f"# Harjoitukset {teema}: {otsikko}\n\n{johdanto}\n\n"
        f"Ennen tehtäviä: {linkit['oppitunti']}. Kun olet valmis: "
        f"{linkit['ratkaisut']} · [aloitussivu](../notebooks/00_aloitus.ipynb)\n\n"
        "**Näin teet tehtävät**\n\n"
        "1. Aja kaikki solut: valikosta *Suorita → Run All Cells*. (Osa valikoiden komennoista "
        "on englanniksi myös suomenkielisessä JupyterLabissa.)\n"
        "2. Kirjoita alla olevaan **Nimi**-kenttään se tunniste, jota opettajasi pyytää "
        "(yleensä opiskelijanumero), ja paina Enter tai **Käytä tätä nimeä**. Käytä täsmälleen "
        "samaa tunnistetta joka harjoituksessa: saat omat lukusi, joten vierustoverisi vastaus "
        "ei käy sinulle. Vastauksesi tallentuvat, ja kun avaat muistion myöhemmin ja ajat sen "
        "uudelleen, ne palaavat.\n"
        "3. Jokaisen tehtävän teksti on näkyvissä oletusluvuilla. Kun nimi on annettu, "
        "tehtäväruutu näyttää saman tehtävän kohdassa **Sinun lukusi**: laske niillä "
        "(paperilla, laskimella tai tehtävän alla olevassa laskupaperisolussa).\n"
        "4. Kirjoita vastaus kenttään ja paina Enter tai **Tarkista**. Voit käyttää pilkkua "
        "tai pistettä: *1 234,50*, *1234.5* ja *1234,5 €* käyvät kaikki. Jos vastaus ei ole "
        "oikein, palaute kertoo, mikä luultavasti meni vikaan. **Näytä vihje** auttaa "
        "alkuun.\n"
        "5. Kun vastaus on oikein tai olet yrittänyt kolme kertaa, **Näytä ratkaisu** näyttää "
        "laskun sinun luvuillasi (jos opettajasi on sallinut sen).\n"
        "6. Lopuksi tee muistion lopussa palautustiedosto ja palauta se opettajallesi. "
        "Pohdintatehtävän vastaus ei tule tiedostoon: palauta se niin kuin opettajasi pyytää.",
        metadata={"tags": ["otsikko"]})


def tuontisolu(harjoitus: bool):
    nimi = "opiskelija" if harjoitus else "mallivastaukset"
    lisa = ", palautus" if harjoitus else ""
    return new_code_cell(f"from asiakkuus.widgetit import harjoitus, luvut, {nimi}{lisa}, "
                         "tarkista\nfrom asiakkuus.muotoilu import euroa, luku, prosenttia",
                         metadata={**LUKITTU, "tags": ["tuonti"]})


def nimisolu(harjoitus: bool):
    return new_code_cell("opiskelija()" if harjoitus else "mallivastaukset()",
                         metadata={**LUKITTU, "tags": ["nbval-ignore-output", "nimi"]})


def kysymyssolu(tunnus: str, harjoitus: bool):
    """The task text with the default numbers, readable before anything is run."""
    valinta = t.tehtava(tunnus).valinta or t.tehtava(tunnus).lomake
    selite = ("*Tehtävä oletusluvuilla. Kun olet antanut nimesi, laske alla olevan "
              "tehtäväruudun kohdan **Sinun lukusi** luvuilla: ne ovat eri kuin nämä.*"
              if harjoitus and not valinta else
              "*Tehtävä oletustilanteella. Kun olet antanut nimesi, alla oleva tehtäväruutu "
              "näyttää kohdassa **Sinun lukusi** oman tilanteesi: vastaa siihen.*"
              if harjoitus else
              "*Tehtävä oletusluvuilla, joilla alla oleva mallivastaus on laskettu.*")
    return new_markdown_cell(f"{selite}\n\n{t.tehtava(tunnus).kuvaus}",
                             metadata={"tags": ["kysymys", f"tehtava-{tunnus}"]})


def palautussolut(teema: str) -> list:
    return [
        new_markdown_cell(
            f"## Palauta harjoitukset {int(teema)}\n\n"
            "Kun olet tehnyt tehtävät, paina alla olevaa painiketta. Se tekee kurssikansion "
            "kansioon `palautukset` tiedoston, jossa ovat nimesi ja tämän muistion "
            "tarkistettavien tehtävien kaikki vastausyrityksesi. Pohdintatehtävän vastaus ei "
            "tule tiedostoon; palauta se niin kuin opettajasi pyytää. Palauta tiedosto Moodlen "
            "Tehtävä-aktiviteettiin tai sinne, minne opettajasi pyytää. Jos jatkat tehtäviä "
            "myöhemmin, tee tiedosto uudelleen.",
            metadata={"tags": ["palautus"]}),
        new_code_cell(f'palautus("{teema}")',
                      metadata={**LUKITTU, "tags": ["nbval-ignore-output", "palautus"]}),
    ]


def tehtava(tunnus: str, ratkaisukoodi: str, selitys: str, johdanto: str = "") -> list:
    """The cells of one checked task in a solution notebook."""
    tagi = f"tehtava-{tunnus}"
    return [
        new_markdown_cell(f"## {t.otsikko(tunnus)}\n\n{johdanto}".rstrip()),
        kysymyssolu(tunnus, harjoitus=False),
        new_code_cell(f'harjoitus("{tunnus}")',
                      metadata={**LUKITTU, "tags": ["nbval-ignore-output", tagi]}),
        new_code_cell(ratkaisukoodi, metadata={"tags": ["ratkaisu", tagi]}),
        new_markdown_cell(selitys, metadata={"tags": ["ratkaisu", tagi]}),
        new_code_cell(f'tarkista("{tunnus}", vastaus)', metadata={**LUKITTU, "tags": [tagi]}),
    ]


def pohdinta(otsikko: str, kysymys: str) -> list:
    """An open reflection prompt (not checked) and an editable cell for the answer."""
    return [
        new_markdown_cell(f"## {otsikko}\n\n{kysymys}\n\n"
                          "*Tätä tehtävää ei tarkisteta automaattisesti. Kirjoita vastauksesi "
                          "alla olevaan soluun (kaksoisnapsauta solua) ja tallenna muistio "
                          "(Ctrl + S). Keskustele vastauksesta opettajasi tai opiskelukaverisi "
                          "kanssa.*"),
        new_markdown_cell("*Kirjoita vastauksesi tähän.*"),
    ]


def muistio(solut: list) -> nbformat.NotebookNode:
    """A notebook with the standard kernel metadata."""
    nb = new_notebook(cells=solut)
    nb.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                  "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    return nb
