"""Mittarit (CLV, CAC, LTV/CAC, takaisinmaksuaika, pysyvyys, poistuma, uusintaostot,
NPS, CSAT, CES) ja lukujen muotoilu suomalaisittain (muotoilu.py).

Odotetut arvot on laskettu käsin; laskutoimitus on kommentissa.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apu import odota_virhe
from asiakkuus import mittarit, muotoilu
from asiakkuus.mittarit import (cac, cac_takaisinmaksuaika, ces, clv, clv_vuosittain, csat,
                                ltv_cac, nps, nps_jakauma, ostaneet_vuosittain, poistuma,
                                pysyvyysaste, uusintaostoaste)
from asiakkuus.muotoilu import euroa, luku, prosenttia
from asiakkuus.virheet import AsiakkuusVirhe

NOPEA = settings(max_examples=40, deadline=None, derandomize=True, database=None)
MIINUS = "\u2212"  # oikea miinusmerkki
# Tuhaterotin on kapea sitova välilyönti (U+202F): luku ei katkea rivin vaihtuessa.
TUHATEROTIN = "\u202f"


# ------------------------------------------------------------------ CLV

def test_clv_ikuisen_asiakkuuden_kaava():
    # m · r / (1 + d − r): 500 · 0,6 / (1 + 0,1 − 0,6) = 300 / 0,5 = 600
    assert clv(500, 0.6, 0.1) == pytest.approx(600.0)
    # 2000 · 0,75 / (1 + 0,05 − 0,75) = 1500 / 0,3 = 5000
    assert clv(2000, 0.75, 0.05) == pytest.approx(5000.0)
    # 1000 · 0,8 / 0,3 = 2666,666… -> pyöristys 2666,67
    assert clv(1000, 0.8, 0.1) == pytest.approx(800 / 0.3)
    # pysyvyys 0: asiakas ei jatka -> 0
    assert clv(1000, 0.0, 0.1) == 0.0
    # tappiollinen asiakkuus: -200 · 0,5 / (1 + 0 − 0,5) = -200
    assert clv(-200, 0.5, 0.0) == -200.0


def test_clv_virheet():
    odota_virhe(clv, 1000, 80, 0.1, sisaltaa=["Pysyvyysaste", "80", "osuutena"])
    odota_virhe(clv, 1000, 0.8, 10, sisaltaa=["Diskonttokorko", "10"])
    odota_virhe(clv, 1000, 1.0, 0.0, sisaltaa=["ääretön"])
    odota_virhe(clv, "paljon", 0.8, 0.1, sisaltaa=["mittarit.clv()", "kate_vuodessa", "'paljon'"])
    odota_virhe(clv, float("nan"), 0.8, 0.1, sisaltaa=["NaN"])


def test_clv_vuosittain_kasin():
    tulos = clv_vuosittain(1000, 0.5, 0.25, 3)
    # vuosi 1: 1000 · 0,5 / 1,25 = 400
    # vuosi 2: 1000 · 0,25 / 1,5625 = 160
    # vuosi 3: 1000 · 0,125 / 1,953125 = 64
    assert tulos["vuosi"].tolist() == [1, 2, 3]
    np.testing.assert_allclose(tulos["mukana_todennakoisyys"], [0.5, 0.25, 0.125])
    np.testing.assert_allclose(tulos["diskontattu_kate"], [400.0, 160.0, 64.0])
    np.testing.assert_allclose(tulos["kertyma"], [400.0, 560.0, 624.0])
    # raja-arvo: 400 / (1 − 0,4) = 666,67 = clv(1000, 0,5, 0,25) = 500 / 0,75
    assert clv(1000, 0.5, 0.25) == pytest.approx(500 / 0.75)


def test_clv_vuosittain_virheet():
    odota_virhe(clv_vuosittain, 1000, 0.5, 0.1, 0, sisaltaa=["Vuosien määrä", "0"])
    odota_virhe(clv_vuosittain, 1000, 1.5, 0.1, 5, sisaltaa=["Pysyvyysaste", "1.5"])
    odota_virhe(clv_vuosittain, 1000, 0.5, 0.1, "viisi", sisaltaa=["'viisi'"])


@NOPEA
@given(st.integers(-10_000, 100_000), st.integers(0, 95), st.integers(1, 50))
def test_ominaisuus_clv_vuosittain_lahestyy_clv_arvoa(kate, pysyvyys_pros, korko_pros):
    r, d = pysyvyys_pros / 100, korko_pros / 100
    raja = clv(kate, r, d)  # pyöristetty sentteihin
    erot = [abs(clv_vuosittain(kate, r, d, t)["kertyma"].iloc[-1] - raja)
            for t in (1, 5, 20, 80, 500)]
    # Ero pienenee (tai pysyy) vuosien kasvaessa ja on lopulta alle sentin pyöristyksen.
    for pienempi, suurempi in zip(erot[1:], erot[:-1]):
        assert pienempi <= suurempi + 0.006
    assert erot[-1] <= 0.006


# ------------------------------------------------------------------ CAC, LTV/CAC, takaisinmaksu

def test_cac_ltv_ja_takaisinmaksuaika():
    # 12 000 € / 8 uutta asiakasta = 1500 €
    assert cac(12_000, 8) == 1500.0
    # 10 000 / 3 = 3333,333… -> 3333,33
    assert cac(10_000, 3) == pytest.approx(10_000 / 3)
    # 6000 / 1500 = 4,0
    assert ltv_cac(6000, 1500) == 4.0
    # 1000 / 1500 = 0,666… -> 0,67 (alle 1: hankinta tuottaa tappiota)
    assert ltv_cac(1000, 1500) == pytest.approx(2 / 3)
    # 1500 € / 125 € kuukaudessa = 12 kuukautta
    assert cac_takaisinmaksuaika(1500, 125) == 12.0
    # 1000 / 300 = 3,33… -> 3,3
    assert cac_takaisinmaksuaika(1000, 300) == pytest.approx(10 / 3)


def test_cac_virheet():
    odota_virhe(cac, 9000, 0, sisaltaa=["Uusien asiakkaiden määrä", "0"])
    odota_virhe(cac, -100, 5, sisaltaa=["Hankintakustannukset", "-100"])
    odota_virhe(cac, "9000 €", 5, sisaltaa=["'9000 €'"])
    odota_virhe(ltv_cac, 4500, 0, sisaltaa=["CAC", "0"])
    odota_virhe(cac_takaisinmaksuaika, 1200, 0, sisaltaa=["kate kuukaudessa", "takaisin"])
    odota_virhe(cac_takaisinmaksuaika, 1200, -50, sisaltaa=["-50"])


# ------------------------------------------------------------------ pysyvyys ja poistuma

def test_pysyvyysaste_ja_poistuma():
    # (48 − 8) / 50 = 40 / 50 = 80 %
    assert pysyvyysaste(alussa=50, lopussa=48, uusia=8) == pytest.approx(0.8)
    # (30 − 0) / 30 = 100 %
    assert pysyvyysaste(alussa=30, lopussa=30, uusia=0) == 1.0
    # (10 − 3) / 12 = 58,33… -> 58,3
    assert pysyvyysaste(alussa=12, lopussa=10, uusia=3) == pytest.approx(7 / 12)
    # poistuma = 100 − 80 = 20
    assert poistuma(0.8) == pytest.approx(0.2)
    assert poistuma(7 / 12) == pytest.approx(5 / 12)


def test_pysyvyysaste_virheet():
    odota_virhe(pysyvyysaste, 40, 5, 8, sisaltaa=["8", "5"])          # uusia > lopussa
    odota_virhe(pysyvyysaste, 10, 30, 5, sisaltaa=["alussa"])          # 25 jatkanutta > 10
    odota_virhe(pysyvyysaste, 0, 5, 5, sisaltaa=["alussa", "0"])
    odota_virhe(poistuma, 85, sisaltaa=["Pysyvyysaste", "85", "osuutena", "0.85"])
    odota_virhe(poistuma, 0.85 * -1, sisaltaa=["-0.85"])


def vuosimyynnit():
    return pd.DataFrame({
        "asiakas_id": ["A", "B", "C", "A", "A", "C", "D", "D", "E"],
        "pvm": pd.to_datetime(["2023-02-01", "2023-05-01", "2023-11-30",
                               "2024-01-15", "2024-06-01", "2024-12-01", "2024-03-03",
                               "2025-04-04", "2025-05-05"]),
    })


def test_ostaneet_vuosittain_kasin():
    m = vuosimyynnit()
    kopio = m.copy()
    tulos = ostaneet_vuosittain(m)
    # 2023: A, B, C -> 3 ostajaa; aineiston ensimmäinen vuosi: jatkaneita ja uusia ei tiedetä
    # 2024: A, C, D -> jatkaneet {A, C} = 2; uusia 1 (D); 2 / 3 = 66,7 %; poistuma 33,3
    # 2025: D, E -> jatkaneet {D} = 1 kolmesta 2024 ostajasta = 33,3 %; poistuma 66,7
    assert tulos["vuosi"].tolist() == [2023, 2024, 2025]
    assert tulos["ostaneita"].tolist() == [3, 3, 2]
    assert tulos["jatkaneita"].tolist()[1:] == [2, 1]
    assert tulos["uusia"].tolist()[1:] == [1, 1]
    assert tulos.loc[0, ["jatkaneita", "palanneita", "uusia"]].isna().all()
    assert math.isnan(tulos.loc[0, "pysyvyys_pros"])
    assert math.isnan(tulos.loc[0, "poistuma_pros"])
    assert tulos["pysyvyys_pros"].tolist()[1:] == pytest.approx([200 / 3, 100 / 3])
    assert tulos["poistuma_pros"].tolist()[1:] == pytest.approx([100 / 3, 200 / 3])
    pd.testing.assert_frame_equal(m, kopio)


def test_ostaneet_vuosittain_virheet():
    m = vuosimyynnit()
    odota_virhe(ostaneet_vuosittain, m.drop(columns="pvm"), sisaltaa=["'pvm'"])
    odota_virhe(ostaneet_vuosittain, m.iloc[0:0], sisaltaa=["tyhjä"])


def test_ostaneet_vuosittain_pvm_tekstina():
    m = vuosimyynnit()
    m["pvm"] = m["pvm"].dt.strftime("%d.%m.%Y")
    odota_virhe(ostaneet_vuosittain, m, sisaltaa=["'pvm'"])


def test_uusintaostoaste():
    m = pd.DataFrame({
        "asiakas_id": ["A", "A", "B", "B", "C", "D", "D", "D"],
        "pvm": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-03", "2025-03-03",
                               "2025-04-01", "2024-01-01", "2024-06-01", "2025-01-01"]),
    })
    # A kahtena päivänä, B kahdesti samana päivänä (= yksi ostopäivä), C kerran,
    # D kolmena päivänä -> A ja D = 2 / 4 = 50 %
    assert uusintaostoaste(m) == 0.5
    odota_virhe(uusintaostoaste, m.drop(columns="asiakas_id"), sisaltaa=["'asiakas_id'"])


# ------------------------------------------------------------------ NPS, CSAT, CES

def test_nps_kasin():
    # suosittelijat (9–10): 10, 9, 10 = 3; arvostelijat (0–6): 6, 0 = 2; n = 8
    # (3 − 2) / 8 = 12,5
    assert nps([10, 9, 8, 7, 7, 6, 0, 10]) == 12.5
    assert nps([10] * 5) == 100.0
    assert nps([0, 3, 6]) == -100.0


def test_nps_7_ja_8_eivat_ole_suosittelijoita():
    # Tyypillinen väärinkäsitys: 7–8 ovat passiivisia, eivät suosittelijoita.
    # [8, 8, 7, 7, 9, 10]: suosittelijoita 2 / 6 = 33,3 %, arvostelijoita 0 -> 33,3
    # (jos 7–8 laskettaisiin suosittelijoiksi, tulos olisi 100)
    assert nps([8, 8, 7, 7, 9, 10]) == pytest.approx(100 / 3)
    # Pelkät passiiviset: 0 − 0 = 0
    assert nps([7, 8, 7, 8]) == 0.0
    # 6 on arvostelija: [6, 9] -> 50 − 50 = 0
    assert nps([6, 9]) == 0.0


def test_nps_puuttuvat_ohitetaan_ja_sarja_kelpaa():
    # NaN jätetään pois: [10, 0] -> 50 − 50 = 0
    assert nps(pd.Series([10, np.nan, 0])) == 0.0
    # [9, 9, 3] -> 2/3 − 1/3 = 33,3
    assert nps(pd.Series([9, 9, 3], index=[5, 6, 7])) == pytest.approx(100 / 3)


def test_nps_jakauma():
    tulos = nps_jakauma([10, 9, 6, 6, 8])
    assert tulos["arvosana"].tolist() == list(range(11))
    assert tulos["vastauksia"].tolist() == [0, 0, 0, 0, 0, 0, 2, 0, 1, 1, 1]
    assert tulos["ryhma"].tolist() == ["arvostelija"] * 7 + ["passiivinen"] * 2 + [
        "suosittelija"] * 2


@pytest.mark.parametrize("vastaukset, osa", [
    ([10, 11], "11"), ([-1, 5], "-1"), ([7.5, 8], "7.5"), ([9, "x"], "'x'"),
    ([], "yhtään"), ([np.nan], "yhtään"),
])
def test_nps_virheet(vastaukset, osa):
    odota_virhe(nps, vastaukset, sisaltaa=["NPS", osa])


def test_nps_taulukko_ei_kelpaa():
    odota_virhe(nps, pd.DataFrame({"nps": [9, 10]}), sisaltaa=["mittarit.nps()", "vastaukset", "sarake", "kyselyt['nps']"])


@NOPEA
@given(st.lists(st.integers(0, 10), min_size=1, max_size=200))
def test_ominaisuus_nps_valilla_ja_laskukaava(vastaukset):
    tulos = nps(vastaukset)
    assert -100.0 <= tulos <= 100.0
    suosittelijat = sum(v >= 9 for v in vastaukset)
    arvostelijat = sum(v <= 6 for v in vastaukset)
    # Pyöristys yhteen desimaaliin voi muuttaa arvoa enintään 0,05 (+ liukulukuvirhe).
    assert tulos == pytest.approx(100 * (suosittelijat - arvostelijat) / len(vastaukset),
                                  abs=0.05 + 1e-9)
    assert nps_jakauma(vastaukset)["vastauksia"].sum() == len(vastaukset)


def test_csat_kasin():
    # tyytyväiset (4–5): 5, 4 = 2 / 4 = 50 %
    assert csat([5, 3, 2, 4]) == 0.5
    # 3 on neutraali, ei tyytyväinen: [3, 3, 5] -> 1 / 3 = 33,3
    assert csat([3, 3, 5]) == pytest.approx(1 / 3)
    for huono, osa in (([0, 5], "0"), ([6, 5], "6"), ([4.5], "4.5")):
        odota_virhe(csat, huono, sisaltaa=["CSAT", osa, "1–5"])


def test_ces_kasin():
    # (7 + 5 + 4 + 6) / 4 = 22 / 4 = 5,5
    assert ces([7, 5, 4, 6]) == 5.5
    # (1 + 2 + 2) / 3 = 1,666… -> 1,67
    assert ces([1, 2, 2]) == pytest.approx(5 / 3)
    for huono, osa in (([0, 5], "0"), ([8], "8")):
        odota_virhe(ces, huono, sisaltaa=["CES", osa, "1–7"])


# ------------------------------------------------------------------ muotoilu

def test_luku_suomalaisittain():
    assert luku(1234567.891, 2) == f"1{TUHATEROTIN}234{TUHATEROTIN}567,89"
    # 999,6 pyöristyy tuhanneksi
    assert luku(999.6) == f"1{TUHATEROTIN}000"
    assert luku(100) == "100"
    assert luku(0.5, 1) == "0,5"
    # miinusmerkki on oikea miinus (U+2212), ei yhdysmerkki
    assert luku(-1234.4) == f"{MIINUS}1{TUHATEROTIN}234"
    # pieni negatiivinen pyöristyy nollaksi ilman miinusta
    assert luku(-0.4) == "0"
    assert luku(-0.004, 2) == "0,00"
    assert luku(float("nan")) == "–"
    assert luku(None) == "–"
    assert luku(np.float64("nan")) == "–"


def test_euroa_ja_prosenttia():
    # Luvun ja yksikön välissä on sitova välilyönti (U+00A0), jottei € tai % jää eri riville.
    V = muotoilu.YKSIKKOVALI
    assert V == "\u00a0"
    assert euroa(136152.11) == f"136{TUHATEROTIN}152{V}€"
    assert euroa(-56.5, 2) == f"{MIINUS}56,50{V}€"
    assert euroa(0) == f"0{V}€"
    assert euroa(1234.5, 2) == f"1{TUHATEROTIN}234,50{V}€"
    assert prosenttia(12.34) == f"12,3{V}%"
    assert prosenttia(7.25, 2) == f"7,25{V}%"
    assert prosenttia(-3) == f"{MIINUS}3,0{V}%"
    assert prosenttia(100, 0) == f"100{V}%"
    # Puuttuva arvo: pelkkä viiva, ei "– €".
    assert euroa(float("nan")) == "–"


def test_muotoilu_ei_luku():
    # Muotoilufunktiokin kertoo suomeksi, ettei "12,5 €" ole luku.
    odota_virhe(luku, "12,5 €", sisaltaa=["'12,5 €'"])


@NOPEA
@given(st.integers(-10**12, 10**12))
def test_ominaisuus_luku_palautuu(sentit):
    arvo = sentit / 100
    teksti = luku(arvo, 2)
    takaisin = float(teksti.replace(TUHATEROTIN, "").replace(",", ".").replace(MIINUS, "-"))
    assert takaisin == pytest.approx(arvo, abs=0.006)
    assert "." not in teksti and "-" not in teksti
    assert muotoilu.euroa(arvo, 2).endswith(muotoilu.YKSIKKOVALI + "€")


def test_nps_virhemarginaali_kasin_laskettuna():
    # 6 suosittelijaa, 2 arvostelijaa, 12 vastausta: p_s = 0,5, p_a = 1/6,
    # varianssi = 0,5 + 1/6 − (1/3)² = 0,5556; √(0,5556 / 12) = 0,21517; · 1,96 · 100 = 42,2
    vastaukset = [10, 9, 9, 10, 9, 9, 8, 7, 8, 7, 2, 5]
    assert mittarit.nps(vastaukset) == pytest.approx(100 / 3)
    assert mittarit.nps_virhemarginaali(vastaukset) == pytest.approx(
        196 * ((0.5 + 1 / 6 - (1 / 3) ** 2) / 12) ** 0.5)
    assert mittarit.nps_virhemarginaali([10] * 40) == 0.0  # all alike: no spread


def test_nps_muutos_kertoo_virhemarginaalin_ja_vastausten_maaran():
    # ennen: 3 suos., 3 arvost. / 10 → NPS 0, varianssi 0,6, keskivirhe √0,06 = 0,24495
    # jälkeen: 5 suos., 1 arvost. / 10 → NPS 40, varianssi 0,6 − 0,16 = 0,44, √0,044 = 0,20976
    # erotuksen marginaali 1,96 · √(0,06 + 0,044) · 100 = 1,96 · 0,32249 · 100 = 63,2
    ennen = [10, 9, 9, 8, 7, 8, 7, 0, 3, 6]
    jalkeen = [10, 9, 9, 10, 9, 8, 7, 8, 7, 6]
    tulos = mittarit.nps_muutos(ennen, jalkeen)
    assert tulos["muutos"] == pytest.approx(40.0)
    assert tulos["virhemarginaali"] == pytest.approx(196 * (0.06 + 0.044) ** 0.5)
    assert tulos["vastauksia"] == pytest.approx(4.0)  # 40 pistettä / (100 / 10 vastausta)


@pytest.mark.parametrize("huono", [[], [11, 9], ["kymmenen"]])
def test_nps_muutos_huonosta_syotteesta_suomenkielinen_virhe(huono):
    with pytest.raises(AsiakkuusVirhe):
        mittarit.nps_muutos(huono, [10, 9])


def test_clv_with_the_first_year_adds_this_years_margin():
    # m = 1 200, r = 0,75, d = 0,08: ilman ensimmäistä vuotta 1 200 · 0,75 / 0,33 = 2 727,27;
    # ensimmäinen vuosi mukana 1 200 · 1,08 / 0,33 = 3 927,27 = 1 200 + 2 727,27
    assert clv(1200, 0.75, 0.08) == pytest.approx(900 / 0.33)
    assert clv(1200, 0.75, 0.08, ensimmainen_vuosi=True) == pytest.approx(1200 * 1.08 / 0.33)
    vuosittain = clv_vuosittain(1200, 0.75, 0.08, 400)["kertyma"].iloc[-1]
    assert 1200 + vuosittain == pytest.approx(clv(1200, 0.75, 0.08, ensimmainen_vuosi=True),
                                              abs=0.01)
