"""Figures that the lessons' prose quotes are the figures the package computes.

A number typed into markdown drifts when the data or a rule changes; each test here
computes the figure from the company's data and checks the sentence that quotes it.
(A start: more sections are added as their prose is checked.)
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from asiakkuus import lataa_aineisto, mittarit

JUURI = Path(__file__).resolve().parents[1]


def _teksti(muistio: str) -> str:
    nb = nbformat.read(JUURI / "notebooks" / muistio, as_version=4)
    return " ".join(" ".join(c.source.split()) for c in nb.cells if c.cell_type == "markdown")


def test_nps_groups_and_score_quoted_in_lesson_5():
    arvot = lataa_aineisto().kyselyt["nps"]
    suos, arvost, n = int((arvot >= 9).sum()), int((arvot <= 6).sum()), len(arvot)
    nps = f"{100 * (suos - arvost) / n:.1f}".replace(".", ",")
    assert f"Vastauksia on yhteensä {n}, joten NPS = ({suos} − {arvost}) / {n} · 100 = {nps}." \
        in _teksti("05_mittarit.ipynb")


def test_whether_the_nps_change_is_real_lesson_5():
    kyselyt = lataa_aineisto().kyselyt
    vuodet = dict(tuple(kyselyt.groupby(kyselyt["pvm"].dt.year)["nps"]))
    muutos = mittarit.nps_muutos(vuodet[2024], vuodet[2025])
    teksti = _teksti("05_mittarit.ipynb")
    n = len(vuodet[2025])
    assert f"Kun vastauksia on {n}," in teksti
    assert f"100 / {n} ≈ {100 / n:.1f}".replace(".", ",") in teksti
    assert f"Nousu (noin {round(muutos['muutos'])} pistettä) on pienempi kuin virhemarginaali " \
           f"(noin {round(muutos['virhemarginaali'])} pistettä)" in teksti
    assert muutos["muutos"] < muutos["virhemarginaali"]  # the lesson's conclusion
    sanoin = {9: "yhdeksän", 10: "kymmenen", 8: "kahdeksan"}[round(muutos["vastauksia"])]
    assert len(re.findall(f"noin {sanoin}", teksti)) == 2
