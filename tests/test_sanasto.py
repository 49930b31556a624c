"""The glossary is data; the lessons must use its terms where it says they are taught."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from asiakkuus.sanasto import MUISTIOT, SANASTO, sanasto

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _teksti(nimi: str) -> str:
    nb = nbformat.read(NOTEBOOKS / nimi, as_version=4)
    return "\n".join(c.source for c in nb.cells).lower()


@pytest.mark.parametrize("rivi", list(SANASTO.itertuples()), ids=lambda r: r.termi)
def test_term_appears_in_the_notebook_that_teaches_it(rivi):
    assert rivi.hakusana.lower() in _teksti(MUISTIOT[rivi.muistio])


def test_terms_are_unique_and_complete():
    assert SANASTO["termi"].is_unique
    assert not SANASTO.isna().any().any()
    assert set(SANASTO["muistio"]) == set(MUISTIOT)


def test_glossary_notebook_shows_every_term():
    nb = nbformat.read(NOTEBOOKS / "08_sanasto.ipynb", as_version=4)
    tulosteet = "\n".join(
        str(t.get("data", {}).get("text/html", "")) + str(t.get("data", {}).get("text/markdown", ""))
        + str(t.get("text", ""))
        for c in nb.cells if c.cell_type == "code" for t in c.outputs)
    tulosteet += "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for termi in SANASTO["termi"]:
        assert termi in tulosteet, termi


def test_glossary_is_in_finnish_alphabetical_order():
    termit = sanasto()["termi"].str.lower().tolist()
    # ä and ö sort after z in Finnish
    avain = [t.replace("ä", "{").replace("ö", "|") for t in termit]
    assert avain == sorted(avain)
    assert termit[-1].startswith(("ä", "ö", "y", "v", "u", "t"))
