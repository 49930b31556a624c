"""Figures that the lessons' prose quotes are the figures the package computes.

A number typed into markdown drifts when the data or a rule changes; each test here
computes the figure from the company's data and checks the sentence that quotes it.
(A start: more sections are added as their prose is checked.)
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from asiakkuus import lataa_aineisto, mittarit

JUURI = Path(__file__).resolve().parents[1]


def _teksti(muistio: str) -> str:
    nb = nbformat.read(JUURI / "notebooks" / muistio, as_version=4)
    return " ".join(" ".join(c.source.split()) for c in nb.cells if c.cell_type == "markdown")


def test_nps_groups_and_score_quoted_in_lesson_6():
    arvot = lataa_aineisto().kyselyt["nps"]
    suos, arvost, n = int((arvot >= 9).sum()), int((arvot <= 6).sum()), len(arvot)
    nps = f"{100 * (suos - arvost) / n:.1f}".replace(".", ",")
    assert f"Vastauksia on yhteensä {n}, joten NPS = ({suos} − {arvost}) / {n} · 100 = {nps}." \
        in _teksti("06_tyytyvaisyys_ja_tietosuoja.ipynb")


def test_whether_the_nps_change_is_real_lesson_6():
    kyselyt = lataa_aineisto().kyselyt
    vuodet = dict(tuple(kyselyt.groupby(kyselyt["pvm"].dt.year)["nps"]))
    muutos = mittarit.nps_muutos(vuodet[2024], vuodet[2025])
    teksti = _teksti("06_tyytyvaisyys_ja_tietosuoja.ipynb")
    n = len(vuodet[2025])
    assert f"Kun vastauksia on {n}," in teksti
    assert f"100 / {n} ≈ {100 / n:.1f}".replace(".", ",") in teksti
    assert f"Nousu (noin {round(muutos['muutos'])} pistettä) on pienempi kuin virhemarginaali " \
           f"(noin {round(muutos['virhemarginaali'])} pistettä)" in teksti
    assert muutos["muutos"] < muutos["virhemarginaali"]  # the lesson's conclusion
    sanoin = {9: "yhdeksän", 10: "kymmenen", 8: "kahdeksan"}[round(muutos["vastauksia"])]
    assert len(re.findall(f"noin {sanoin}", teksti)) == 2


def test_clv_variants_and_ltv_cac_quoted_in_lesson_5():
    from asiakkuus import kate
    from asiakkuus.muotoilu import euroa

    a = lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi,
                              a.asiakkaat, vuosi=2025)
    alku = a.asiakkaat["asiakas_alkaen"].dt.year
    r = mittarit.pysyvyysaste(alussa=37, lopussa=36, uusia=2) / 100  # counts from § 5.2
    m = k["asiakkuuden_kate"].mean()
    ltv = mittarit.clv(m, r, 0.10, ensimmainen_vuosi=True)
    assert ltv == pytest.approx(m + mittarit.clv(m, r, 0.10), abs=0.01)
    cac = a.hankinta["euroa"].sum() / int(alku.between(2023, 2025).sum())
    teksti = _teksti("05_arvon_mittarit.ipynb")
    assert f"Kuurankukan suhde on noin {ltv / cac:.1f}".replace(".", ",") in teksti
    assert f"Luku {ltv / cac:.1f} kertoo siis".replace(".", ",") in teksti
    uudet = k.loc[k["asiakas_id"].isin(a.asiakkaat.loc[alku.between(2023, 2025), "asiakas_id"]),
                  "asiakkuuden_kate"].mean()
    assert uudet < 0 and "Uusien asiakkaiden oma kate on vielä miinuksella" in teksti
    assert f"≈ {euroa(mittarit.clv(m, r, 0.10))}".replace("\u202f", " ").replace("\xa0", " ") \
        in teksti.replace("\u202f", " ").replace("\xa0", " ")


def test_cac_per_year_quoted_in_lesson_3():
    from asiakkuus.muotoilu import luku

    a = lataa_aineisto()
    alku = a.asiakkaat["asiakas_alkaen"].dt.year
    kustannukset = a.hankinta.groupby("vuosi")["euroa"].sum()
    cac = {v: kustannukset[v] / int((alku == v).sum()) for v in (2023, 2025)}
    teksti = _teksti("03_asiakkuuden_kate.ipynb").replace("\u202f", " ")
    assert (f"Vuonna 2025 yksi uusi asiakas maksoi {luku(cac[2025])} euroa, kun vuonna 2023 "
            f"hinta oli {luku(cac[2023])} euroa.").replace("\u202f", " ") in teksti


def test_retention_figures_quoted_in_lesson_5():
    from asiakkuus.muotoilu import prosenttia

    vuodet = mittarit.ostaneet_vuosittain(lataa_aineisto().myynnit).set_index("vuosi")
    teksti = _teksti("05_arvon_mittarit.ipynb").replace("\xa0", " ")
    for vuosi in (2024, 2025):
        osuus = prosenttia(vuodet.loc[vuosi, "pysyvyys_pros"]).replace("\xa0", " ")
        assert f"Vuonna {vuosi} pysyvyys oli {osuus}" in teksti or \
            f"vuonna {vuosi} vain {osuus}" in teksti, (vuosi, osuus)
