"""Figures that the lessons' prose quotes are the figures the package computes.

A number typed into markdown drifts when the data or a rule changes; each test here
computes the figure from the company's data and checks the sentence that quotes it.
Lessons 1-7 are covered: each quoted company figure is recomputed here from the raw tables.
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
    r = (36 - 2) / 37  # retention by hand from the counts in § 5.2 (37 at start, 36 at end, 2 new)
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
    assert mittarit.pysyvyysaste(alussa=37, lopussa=36, uusia=2) == pytest.approx(r)
    assert f"≈ {euroa(m * r / (1 + 0.10 - r))}".replace("\u202f", " ").replace("\xa0", " ") \
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


# --- Lessons 1-3: figures computed here from the raw tables (sums of sales rows and
# actions times unit costs), not taken from the package's margin functions.

def _asiakkaan_kate(a):
    """Customer margin 2023-2025 from raw rows: sales - direct - actions - marketing."""
    myynti = a.myynnit.groupby("asiakas_id")[["tuotot", "suorat_kustannukset"]].sum()
    hinta = a.hinnasto.set_index("toimenpide")["yksikkokustannus"]
    toimet = a.toimenpiteet.assign(eur=a.toimenpiteet["lukumaara"]
                                   * a.toimenpiteet["toimenpide"].map(hinta))
    palvelu = toimet.groupby("asiakas_id")["eur"].sum()
    markkinointi = a.markkinointi.groupby("asiakas_id")["markkinointikustannus"].sum()
    taulu = myynti.join(palvelu.rename("palvelu")).join(markkinointi.rename("mark")).fillna(0)
    taulu["kate"] = taulu["tuotot"] - taulu["suorat_kustannukset"] - taulu["palvelu"] \
        - taulu["mark"]
    return taulu.reindex(a.asiakkaat["asiakas_id"]).fillna(0)


def _pros(osa, koko):
    return round(100 * osa / koko)


def test_restaurant_actions_quoted_in_lesson_3():
    a = lataa_aineisto()
    t = a.toimenpiteet[(a.toimenpiteet["asiakas_id"] == "A10") & (a.toimenpiteet["vuosi"] == 2025)]
    maarat = t.set_index("toimenpide")["lukumaara"]
    teksti = _teksti("03_asiakkuuden_kate.ipynb").replace("\u202f", " ")
    assert (f"käytiin {maarat['puhelu']} puhelua, ja se teki {maarat['erikoistilaus']} "
            f"erikoistilausta ja {maarat['reklamaatio']} reklamaatiota") in teksti
    assert maarat["reklamaatio"] * 120 == 1320 and "maksoivat sinä vuonna 1 320 euroa" in teksti


def test_company_totals_and_margin_groups_quoted_in_lesson_3():
    a = lataa_aineisto()
    k = _asiakkaan_kate(a)
    teksti = _teksti("03_asiakkuuden_kate.ipynb")
    tuotot = k["tuotot"].sum()
    assert round(tuotot, -3) == 469_000 and "noin 469 000 eurolla" in teksti.replace("\u202f", " ")
    myyntikate = tuotot - k["suorat_kustannukset"].sum()
    assert (f"Myyntikatetta jäi {_pros(myyntikate, tuotot)} % ja asiakkuuksien katetta "
            f"{_pros(k['kate'].sum(), tuotot)} % tuotoista") in teksti.replace("\xa0", " ")
    yli = int((k["kate"] > 5000).sum())
    valissa = int(((k["kate"] >= 0) & (k["kate"] <= 5000)).sum())
    tappio = int((k["kate"] < 0).sum())
    sanat = {10: "kymmenen"}
    assert f"Vain {sanat[yli]} asiakasta tuottaa yli 5 000 euroa".replace(" ", "") in \
        teksti.replace("\u202f", "").replace(" ", "")
    assert f"useimmat ({valissa} asiakasta)" in teksti and f"ja {tappio} asiakasta tuottaa tappiota" in teksti


def test_pareto_shares_quoted_in_lesson_3():
    a = lataa_aineisto()
    k = _asiakkaan_kate(a)
    myynti = k["tuotot"].sort_values(ascending=False)
    kate_ = k["kate"].sort_values(ascending=False)
    osuus_myynti = _pros(myynti.head(10).sum(), myynti.sum())
    osuus_kate = _pros(kate_.head(8).sum(), kate_.sum())
    teksti = _teksti("03_asiakkuuden_kate.ipynb").replace("\xa0", " ")
    assert (f"kymmenen suurinta asiakasta (25 %) tuo {osuus_myynti} % myynnistä, ja kahdeksan "
            f"kannattavinta asiakasta (20 %) tuo jo {osuus_kate} % asiakkuuksien katteesta") in teksti


def test_tour_operator_price_and_margins_quoted_in_lessons_1_3_and_4():
    a = lataa_aineisto()
    k = _asiakkaan_kate(a)
    safari = a.myynnit[(a.myynnit["tuote_id"] == "T05") & (a.myynnit["asiakas_id"] == "A05")]
    keskihinta = safari["tuotot"].sum() / safari["maara"].sum()
    assert round(keskihinta) == 88
    teksti3 = _teksti("03_asiakkuuden_kate.ipynb").replace("\xa0", " ")
    assert "safarin keskimäärin noin 88 eurolla" in teksti3
    r = k.loc["A05"]
    assert f"myyntikate-% on vain {_pros(r['tuotot'] - r['suorat_kustannukset'], r['tuotot'])}" in teksti3
    assert f"asiakkuuden katteeksi jää {_pros(r['kate'], r['tuotot'])} % tuotoista" in teksti3
    assert f"Katetta jää kuitenkin vain {_pros(r['kate'], r['tuotot'])} % tuotoista" in \
        _teksti("04_asiakasportfolio.ipynb").replace("\xa0", " ")
    # lesson 1: "lähes kolme kertaa niin paljon kuin Tunturihovi", price "noin kolmanneksen" below
    suhde = r["tuotot"] / k.loc["A01", "tuotot"]
    assert 2.7 <= suhde < 3 and "ostaa lähes kolme kertaa niin paljon kuin Tunturihovi" in \
        _teksti("01_asiakkuudet.ipynb")
    assert 0.28 <= 1 - keskihinta / 129 <= 0.38


def test_small_restaurant_margin_quoted_in_lesson_3():
    k = _asiakkaan_kate(lataa_aineisto())
    kate_ = k.loc["A11", "kate"]
    assert round(kate_, -1) == 680 and 200 < kate_ / 3 < 250
    assert "vain noin 680 euroa eli runsaat 200 euroa vuodessa" in _teksti("03_asiakkuuden_kate.ipynb")


def test_value_profiles_and_restaurant_counts_quoted_in_lessons_2_and_7():
    a = lataa_aineisto()
    assert f"Profiileja on {a.kyselyt['asiakas_id'].nunique()}," in _teksti("02_arvon_tasot.ipynb")
    t = a.toimenpiteet[a.toimenpiteet["asiakas_id"] == "A10"].pivot_table(
        index="toimenpide", columns="vuosi", values="lukumaara", aggfunc="sum")
    teksti = _teksti("07_kohtaaminen_ja_suunnitelma.ipynb")
    e, r = t.loc["erikoistilaus"], t.loc["reklamaatio"]
    assert f"{e.min()}–{e.max()} erikoistilausta ja {r.min()}–{r.max()} reklamaatiota" in teksti
    assert t.loc["puhelu"].min() > 40 and "puheluita kertyy yli 40" in teksti


def test_own_data_example_figures_quoted_in_lesson_9():
    """The example template's eight customers, computed by hand from the raw euros."""
    from asiakkuus import excel

    e = excel.esimerkkiasiakkaat().set_index("nimi")
    kate_ = e["tuotot"] - e[["suorat_kustannukset", "myynnin_kustannukset",
                             "markkinoinnin_kustannukset", "asiakaspalvelun_kustannukset"]].sum(axis=1)
    teksti = _teksti("09_oma_asiakasportfolio.ipynb")
    suurin = e["tuotot"].idxmax()
    assert suurin == "Safaritalo Revontuli" and f"{suurin} ostaa eniten" in teksti
    assert 100 * kate_[suurin] / e.loc[suurin, "tuotot"] < 9 and "alle 9 % tuotoista" in teksti
    tappiollisia = {3: "Kolme"}[int((kate_ < 0).sum())]
    assert f"{tappiollisia} asiakasta on tappiollisia" in teksti


def test_lesson_code_cells_stay_short():
    """A lesson is for business students: no code cell longer than about six lines."""
    for polku in sorted((JUURI / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(polku, as_version=4)
        for i, solu in enumerate(nb.cells):
            if solu.cell_type == "code":
                assert len(solu.source.splitlines()) <= 7, (polku.name, i)
