"""Instructor dashboard driven headlessly: weights, presets, ranking, figures and error messages."""

from __future__ import annotations

import re
from pathlib import Path

import ipywidgets as widgets
import nbformat
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from asiakkuus import kate, kojelauta, kuvat, lataa_aineisto, mittarit, portfolio
from asiakkuus.generointi import luo_aineisto
from asiakkuus.kojelauta import TAULUKON_RIVIT, Kojelauta, Portfolionakyma
from asiakkuus.portfolio import tasapainota_painot
from asiakkuus.virheet import AsiakkuusVirhe
from apu import NOPEA

JUURI = Path(__file__).resolve().parents[1]
RIVI = re.compile(r'<tr data-asiakas="([^"]+)"( class="avainasiakas")?>')


@pytest.fixture(scope="module")
def aineisto():
    return lataa_aineisto()


@pytest.fixture(scope="module")
def kate_df(aineisto):
    return kate.asiakkuuden_kate(aineisto.myynnit, aineisto.toimenpiteet, aineisto.hinnasto,
                                 aineisto.markkinointi, aineisto.asiakkaat)


@pytest.fixture(scope="module")
def pisteet(aineisto, kate_df):
    return portfolio.kriteeripisteet(kate_df, aineisto.myynnit, aineisto.asiakkaat)


@pytest.fixture(scope="module")
def lauta(aineisto):
    return Kojelauta(aineisto)


@pytest.fixture
def nakyma(pisteet, kate_df):
    return Portfolionakyma(pisteet, kate_df)


def _rivit(taulukko_html: str) -> tuple[list[str], list[str]]:
    """Table rows (customer ids in order) and the highlighted key accounts."""
    osumat = RIVI.findall(taulukko_html)
    return [t for t, _ in osumat], [t for t, avain in osumat if avain]


def _odotettu(pisteet, painot, avainasiakkaita=5, rivit=TAULUKON_RIVIT):
    tulos = portfolio.pisteyta(pisteet, painot, avainasiakkaita)
    return (tulos["asiakas_id"].head(rivit).tolist(),
            tulos.loc[tulos["avainasiakas"], "asiakas_id"].tolist())


# --- weights always sum to 100 --------------------------------------------------------------

@st.composite
def _painot(draw):
    """Non-negative integer weights for the six criteria that sum to 100."""
    rajat = sorted(draw(st.lists(st.integers(0, 100), min_size=5, max_size=5)))
    osat = np.diff([0, *rajat, 100])
    return dict(zip(portfolio.KRITEERIT, (int(o) for o in osat)))


@NOPEA
@given(painot=_painot(), kriteeri=st.sampled_from(portfolio.KRITEERIT),
       arvo=st.integers(0, 100))
def test_rebalanced_weights_are_integers_summing_to_100(painot, kriteeri, arvo):
    uudet = tasapainota_painot(painot, kriteeri, arvo)
    assert list(uudet) == portfolio.KRITEERIT
    assert sum(uudet.values()) == 100
    assert uudet[kriteeri] == arvo
    assert all(isinstance(v, int) and v >= 0 for v in uudet.values())
    assert uudet == tasapainota_painot(painot, kriteeri, arvo)  # deterministic
    muut = [k for k in portfolio.KRITEERIT if k != kriteeri]
    summa = sum(painot[k] for k in muut)
    for k in muut:  # proportional: within one unit of the exact share
        tarkka = painot[k] * (100 - arvo) / summa if summa else (100 - arvo) / len(muut)
        assert abs(uudet[k] - tarkka) < 1


def test_rebalancing_example_by_hand():
    # 30/20/20/10/10/10, volume -> 40: the other 70 shrink to 60 (× 6/7).
    # Exact shares 17,14 17,14 8,57 8,57 8,57: floors 17 17 8 8 8 = 58, the two missing
    # units go to the largest remainders (0,57), the first two in criterion order.
    assert tasapainota_painot(portfolio.OLETUSPAINOT, "myyntivolyymi", 40) == {
        "myyntivolyymi": 40, "kannattavuus": 17, "uskollisuus": 17,
        "tuleva_potentiaali": 9, "referenssiarvo": 9, "oppimisarvo": 8}
    # Others all zero: the rest is shared equally, remainder in criterion order.
    nolla = dict.fromkeys(portfolio.KRITEERIT, 0) | {"oppimisarvo": 100}
    assert list(tasapainota_painot(nolla, "oppimisarvo", 3).values()) == [20, 20, 19, 19, 19, 3]
    with pytest.raises(AsiakkuusVirhe, match="Tuntematon kriteeri"):
        tasapainota_painot(portfolio.OLETUSPAINOT, "hinta", 10)


_LIIKKEET = st.lists(st.tuples(st.sampled_from(portfolio.KRITEERIT), st.integers(0, 100)),
                     min_size=1, max_size=4)


@settings(NOPEA, max_examples=8)
@given(liikkeet=_LIIKKEET)
def test_slider_moves_keep_the_sliders_at_100_and_ranking_matches(pisteet, kate_df, liikkeet):
    nakyma = _jaettu_nakyma(pisteet, kate_df)
    nakyma.valitse_skenaario("oletus")
    for kriteeri, arvo in liikkeet:
        nakyma.saatimet[kriteeri].value = arvo
        arvot = {k: s.value for k, s in nakyma.saatimet.items()}
        assert sum(arvot.values()) == 100
        assert arvot[kriteeri] == arvo
        assert arvot == nakyma.painot()
    painot = nakyma.painot()
    assert _rivit(nakyma.taulukko.value) == _odotettu(pisteet, painot)
    assert f'data-painot="{",".join(str(painot[k]) for k in portfolio.KRITEERIT)}"' \
        in nakyma.taulukko.value
    assert "100 %" in nakyma.summa.value and nakyma.viesti.value == ""


_JAETTU = {}


def _jaettu_nakyma(pisteet, kate_df) -> Portfolionakyma:
    # Hypothesis calls the test many times; one view is built once and reset per example.
    if "nakyma" not in _JAETTU:
        _JAETTU["nakyma"] = Portfolionakyma(pisteet, kate_df)
    return _JAETTU["nakyma"]


def test_one_slider_move_rebalances_the_others_proportionally(nakyma):
    nakyma.saatimet["tuleva_potentiaali"].value = 40
    assert nakyma.painot() == {"myyntivolyymi": 20, "kannattavuus": 13, "uskollisuus": 13,
                               "tuleva_potentiaali": 40, "referenssiarvo": 7, "oppimisarvo": 7}
    assert nakyma.painot() == tasapainota_painot(portfolio.OLETUSPAINOT, "tuleva_potentiaali",
                                                 40)


# --- presets and ranking --------------------------------------------------------------------

@pytest.mark.parametrize("nimi", ["tanaan", "huomenna", "oletus"])
def test_preset_sets_the_exact_scenario_weights_and_ranking(nakyma, pisteet, nimi):
    nakyma.saatimet["oppimisarvo"].value = 50  # start away from every preset
    nakyma.esiasetukset[nimi].click()
    assert nakyma.painot() == portfolio.SKENAARIOT[nimi]
    assert {k: s.value for k, s in nakyma.saatimet.items()} == portfolio.SKENAARIOT[nimi]
    assert _rivit(nakyma.taulukko.value) == _odotettu(pisteet, nimi)
    assert nakyma.esiasetukset[nimi].button_style == "primary"
    assert [n for n, b in nakyma.esiasetukset.items() if b.button_style] == [nimi]


def test_today_and_tomorrow_have_different_key_accounts(nakyma):
    nakyma.esiasetukset["tanaan"].click()
    tanaan = _rivit(nakyma.taulukko.value)[1]
    nakyma.esiasetukset["huomenna"].click()
    huomenna = _rivit(nakyma.taulukko.value)[1]
    assert len(tanaan) == len(huomenna) == 5 and set(tanaan) != set(huomenna)


def test_key_account_count_slider(nakyma, pisteet):
    nakyma.avainmaara.value = 8
    assert _rivit(nakyma.taulukko.value) == _odotettu(pisteet, "oletus", avainasiakkaita=8)
    assert 'data-avainasiakkaita="8"' in nakyma.taulukko.value


def test_table_shows_finnish_numbers_and_rank_changes(nakyma, pisteet, kate_df):
    nakyma.esiasetukset["huomenna"].click()
    taulu = nakyma.taulukko.value
    ensimmainen = portfolio.pisteyta(pisteet, "huomenna").iloc[0]
    oma_kate = kate_df.set_index("asiakas_id").loc[ensimmainen["asiakas_id"], "asiakkuuden_kate"]
    assert f"{ensimmainen['pisteet']:.2f}".replace(".", ",") in taulu
    assert kuvat.euroa(oma_kate) in taulu
    assert "▲" in taulu  # someone climbs when the future weighs more


def test_matrix_highlights_exactly_the_key_accounts_on_top_of_their_points(nakyma):
    nakyma.esiasetukset["huomenna"].click()
    kuvio = nakyma._kuvio
    kaikki = nakyma._kuvio.piirto.ax.collections[0]
    pohja = {(float(x), float(y)): float(s)
             for (x, y), s in zip(kaikki.get_offsets(), kaikki.get_sizes())}
    avain = nakyma.pisteytys[nakyma.pisteytys["avainasiakas"]]
    paikat = kuvio.avaimet.get_offsets()
    assert len(paikat) == len(avain) == 5
    for (x, y), koko in zip(paikat, kuvio.avaimet.get_sizes()):
        assert pohja[(float(x), float(y))] == pytest.approx(koko)  # same place, same size
    nimet = [t.get_text() for t in kuvio.tekstit if t.get_visible()]
    odotetut = [f"{r.sija}. {kuvio._nimi(r.nimi)}" for r in avain.itertuples()]
    assert sorted(nimet) == sorted(odotetut)
    assert bytes(nakyma.kuva.value).startswith(b"\x89PNG")


# --- margin chain, whale curve and NPS ------------------------------------------------------

def test_choosing_a_customer_loads_its_margin_chain(lauta, kate_df):
    laskuri = lauta.katelaskuri
    laskuri.asiakas.value = "A05"
    rivi = kate_df.set_index("asiakas_id").loc["A05"]
    for sarake, saadin in laskuri.saatimet.items():
        assert saadin.value == pytest.approx(rivi[sarake])
        assert saadin.min <= saadin.value <= saadin.max
    assert kuvat.euroa(rivi["asiakkuuden_kate"]) in laskuri.yhteenveto.value


def test_cost_slider_redraws_the_waterfall_like_kuvat_does(lauta):
    laskuri = lauta.katelaskuri
    laskuri.asiakas.value = "A01"
    laskuri.saatimet["asiakaspalvelun_kustannukset"].value = 40_000  # now a loss
    arvot = laskuri.arvot()
    ketju = kate.laske_kateketju(pd.DataFrame([{"asiakas_id": "A01", **arvot}])).iloc[0]
    assert ketju["asiakkuuden_kate"] < 0
    assert kuvat.euroa(ketju["asiakkuuden_kate"]) in laskuri.yhteenveto.value
    # The fast update moves the same bars the package's own waterfall draws from scratch.
    tuloslaskelma = kate.asiakkuuden_tuloslaskelma(
        kate.laske_kateketju(pd.DataFrame([{"asiakas_id": "A01", **arvot}])), "A01")
    viite = kuvat.vesiputous(tuloslaskelma, ax=Figure().subplots())
    for oma, oikea in zip(laskuri._kuvio.palkit, viite.patches, strict=True):
        assert oma.get_y() == pytest.approx(oikea.get_y())
        assert oma.get_height() == pytest.approx(oikea.get_height())
        assert oma.get_facecolor() == oikea.get_facecolor()
        assert oma.get_hatch() == oikea.get_hatch()
    assert [t.get_text() for t in laskuri._kuvio.tekstit] == [t.get_text() for t in viite.texts]
    ala, yla = laskuri._kuvio.piirto.ax.get_ylim()
    assert ala <= min(p.get_y() + min(p.get_height(), 0) for p in viite.patches)
    laskuri.palauta.click()
    assert laskuri.saatimet["asiakaspalvelun_kustannukset"].value < 40_000


def test_whale_curve_limit_matches_pareto(lauta, kate_df):
    lauta.valaskayra.raja.value = 60
    pareto = kate.pareto_osuudet(kate_df, 60).set_index("mittari")
    maara = int(pareto.loc["asiakkuuden_kate", "asiakkaita"])
    assert f"{maara} asiakasta" in lauta.valaskayra.yhteenveto.value
    assert "vähintään 60 %" in lauta.valaskayra.yhteenveto.value
    px = lauta.valaskayra._kuvio.piste.get_xdata()[0]
    assert px == pytest.approx(100 * maara / len(kate_df))


def test_nps_counts_year_choice_and_own_numbers(lauta, aineisto):
    nps = lauta.nps
    nps.lahde.value = 2024
    vuosi = aineisto.kyselyt.loc[aineisto.kyselyt["pvm"].dt.year == 2024, "nps"]
    assert [k.value for k in nps.maarat] == mittarit.nps_jakauma(vuosi)["vastauksia"].tolist()
    assert f"NPS {mittarit.nps(vuosi):.1f}".replace(".", ",") in nps.tulos.value
    nps.maarat[0].value += 10  # ten new detractors
    assert nps.lahde.value is None  # the numbers are now the instructor's own
    assert f"NPS {mittarit.nps(nps.vastaukset()):.1f}".replace(".", ",") in nps.tulos.value
    assert nps._kuvio.palkit[0].get_height() == nps.maarat[0].value
    nps.lahde.value = "kaikki"
    assert nps.vastaukset().size == aineisto.kyselyt["nps"].notna().sum()


# --- errors become Finnish messages, never tracebacks ---------------------------------------

def test_unexpected_error_in_a_callback_shows_a_finnish_message(nakyma, monkeypatch):
    def rikki(*args, **kwargs):
        raise RuntimeError("internal detail: KeyError in frame 3")

    monkeypatch.setattr(kojelauta.portfolio, "pisteyta", rikki)
    nakyma.saatimet["kannattavuus"].value = 35  # must not raise
    viesti = nakyma.viesti.value
    assert "Näkymää ei voitu päivittää" in viesti
    for kielletty in ("Traceback", "internal detail", "RuntimeError", "Error"):
        assert kielletty not in viesti
    assert isinstance(nakyma.viimeisin_virhe, RuntimeError)
    monkeypatch.undo()
    nakyma.saatimet["kannattavuus"].value = 30
    assert nakyma.viesti.value == ""  # the message goes away once things work again


def test_course_error_is_shown_in_its_own_finnish_words(lauta):
    lauta.nps.tyhjenna.click()  # no answers at all: NPS cannot be computed
    assert "vastauksia ei ole yhtään" in lauta.nps.viesti.value
    assert lauta.virheet() and "Traceback" not in "".join(lauta.virheet())
    lauta.nps.lahde.value = "kaikki"
    assert lauta.nps.viesti.value == ""


def test_negative_total_margin_keeps_the_curve_and_explains_in_finnish():
    pieni = Kojelauta(luo_aineisto(asiakkaita=300, tapahtumia=6_000))
    assert "80/20-tarkastelu vaatii" in pieni.valaskayra.viesti.value
    assert bytes(pieni.valaskayra.kuva.value).startswith(b"\x89PNG")  # the curve is still drawn
    assert len(pieni.virheet()) == 1


def test_generated_data_works_end_to_end():
    iso = Kojelauta(luo_aineisto(asiakkaita=300, tapahtumia=30_000))
    iso.portfolio.esiasetukset["huomenna"].click()
    iso.katelaskuri.saatimet["tuotot"].value = 1234
    assert iso.virheet() == []
    assert "300 asiakasta" in iso.nakyma.children[1].value


# --- safety and the notebook ----------------------------------------------------------------

def _jalkelaiset(widget):
    yield widget
    for lapsi in getattr(widget, "children", ()):
        yield from _jalkelaiset(lapsi)


def test_page_has_no_code_or_free_text_inputs(lauta):
    kaikki = list(_jalkelaiset(lauta.nakyma))
    assert len(kaikki) > 50
    vapaat = (widgets.Text, widgets.Textarea, widgets.Combobox, widgets.Password)
    assert not [w for w in kaikki if isinstance(w, vapaat)]
    assert not any("<script" in getattr(w, "value", "") for w in kaikki
                   if isinstance(w, widgets.HTML))


def test_dashboard_notebook_only_builds_the_dashboard_from_the_package():
    nb = nbformat.read(JUURI / "notebooks" / "10_kojelauta.ipynb", as_version=4)
    koodi = [c for c in nb.cells if c.cell_type == "code"]
    assert len(koodi) == 1
    assert "kojelauta()" in koodi[0].source and "def " not in koodi[0].source
    assert "nbval-ignore-output" in koodi[0].metadata.get("tags", [])
    assert nb.cells[0].source.startswith("# 10. Opettajan kojelauta")


def test_a_dashboard_that_cannot_be_built_says_why_in_finnish(aineisto):
    rikki = type(aineisto)(**{**aineisto.taulukot(),
                              "myynnit": aineisto.myynnit.drop(columns="tuotot")
                              .assign(maara="paljon")})
    tulos = kojelauta.kojelauta(rikki)
    assert isinstance(tulos, widgets.HTML)
    assert "Myynnit" in tulos.value and "maara" in tulos.value  # the course's own message
    assert "Traceback" not in tulos.value


# --- the new views: CLV and LTV/CAC, retention, customer plan --------------------------------

def test_clv_view_shows_the_formula_of_the_chosen_variant(lauta):
    clv = lauta.clv
    clv.kate.value, clv.pysyvyys.value, clv.korko.value, clv.cac.value = 1000, 80, 10, 1500
    assert "CLV = m · r / (1 + d − r)" in clv.kaava.value
    assert kuvat.euroa(mittarit.clv(1000, 0.8, 0.1)) in clv.kaava.value
    assert "Ensi vuodesta alkaen" in clv.kaava.value
    clv.muunnelma.value = True
    oikea = mittarit.clv(1000, 0.8, 0.1, ensimmainen_vuosi=True)
    assert "CLV = m · (1 + d) / (1 + d − r)" in clv.kaava.value
    assert kuvat.euroa(oikea) in clv.kaava.value
    suhde = mittarit.ltv_cac(oikea, 1500)
    assert f"LTV/CAC = {suhde:.1f}".replace(".", ",") in clv.kaava.value
    assert clv._kuvio.cac.get_ydata()[0] == 1500
    assert clv._kuvio.palkit[0].get_height() == 1000  # the current year counts in this variant
    clv.palauta_oletukset()
    assert clv.muunnelma.value is False and clv.viesti.value == ""


def test_retention_view_follows_ostaneet_vuosittain(lauta, aineisto):
    nakyma = lauta.pysyvyys
    odotettu = mittarit.ostaneet_vuosittain(aineisto.myynnit)
    viimeinen = odotettu.iloc[-1]
    assert kuvat.prosenttia(viimeinen["pysyvyys_pros"]) in nakyma.taulukko.value
    hotellit = aineisto.asiakkaat.loc[aineisto.asiakkaat["tyyppi"] == "hotelli", "asiakas_id"]
    nakyma.laji.value = "hotelli"
    omat = mittarit.ostaneet_vuosittain(
        aineisto.myynnit[aineisto.myynnit["asiakas_id"].isin(hotellit)])
    assert f'<td class="luku">{int(omat.iloc[-1]["ostaneita"])}</td>' in nakyma.taulukko.value
    lahteneet = mittarit.lahteneet(aineisto.myynnit[aineisto.myynnit["asiakas_id"].isin(
        hotellit)], aineisto.asiakkaat[aineisto.asiakkaat["tyyppi"] == "hotelli"],
        nakyma.vuosi.value)
    assert f"lähti {len(lahteneet)} asiakas" in nakyma.lahteneet.value
    nakyma.laji.value = "kaikki"
    assert nakyma.viesti.value == ""


def test_customer_plan_follows_customer_and_weights(lauta):
    nakyma = lauta.suunnitelma
    nakyma.asiakas.value = "A05"
    assert "data-asiakas='A05'" in nakyma.teksti.value and "Toimenpiteet" in nakyma.teksti.value
    oletus = nakyma.teksti.value
    nakyma.painotus.value = "huomenna"
    sija = int(portfolio.pisteyta(lauta.pisteet, "huomenna").set_index("asiakas_id")
               .loc["A05", "sija"])
    assert f"Sija {sija}," in nakyma.teksti.value and nakyma.teksti.value != oletus


def test_nps_counts_stay_fast_at_their_own_maximum(lauta):
    import time

    nps = lauta.nps
    alku = time.perf_counter()
    nps.aseta_maarat([nps.maarat[0].max] * 11)
    assert time.perf_counter() - alku < 2  # was ~37 s at the old maximum of 1 000 000
    assert nps.viesti.value == "" and f"{11 * nps.maarat[0].max}" in \
        nps.tulos.value.replace("\u202f", "")
    nps.lahde.value = "kaikki"
