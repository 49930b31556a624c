"""Asiakkuuden kate: kateketju, palvelukustannukset, tuloslaskelma, tuotekannattavuus,
valaskäyrä, 80/20 ja kannattamattomuuden syyt.

Odotetut arvot on laskettu käsin pienistä esimerkeistä; laskutoimitus on kommentissa.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apu import odota_virhe, ennallaan, vertaa, NOPEA
from asiakkuus import kate
from asiakkuus.kate import (KATEKETJU, KUSTANNUKSET, asiakkuuden_kate,
                            asiakkuuden_tuloslaskelma, kannattamattomuuden_syyt,
                            laske_kateketju, pareto_osuudet, toimenpiteiden_kustannukset,
                            toimenpidekustannukset, tuotekannattavuus, valaskayra,
                            valaskayran_huippu)
from asiakkuus.virheet import AsiakkuusVirhe



# --------------------------------------------------------------------------- kateketju

def ketjutaulu():
    return pd.DataFrame({
        "asiakas_id": ["A", "B", "C"],
        "tuotot": [2000.0, 500.0, 0.0],
        "suorat_kustannukset": [1200.0, 200.0, 0.0],
        "myynnin_kustannukset": [300.0, 150.0, 50.0],
        "markkinoinnin_kustannukset": [100.0, 50.0, 0.0],
        "asiakaspalvelun_kustannukset": [200.0, 250.0, 0.0],
    })


def test_kateketju_kasin_lasketut_arvot():
    syote = ketjutaulu()
    kopio = ennallaan(syote)
    tulos = laske_kateketju(syote)
    # A: 2000 - 1200 = 800 myyntikate; 800 - 300 - 100 - 200 = 200 kate
    # B: 500 - 200 = 300 myyntikate; 300 - 150 - 50 - 250 = -150 kate
    # C: 0 - 0 = 0 myyntikate; 0 - 50 - 0 - 0 = -50 kate
    assert tulos["myyntikate"].tolist() == [800.0, 300.0, 0.0]
    assert tulos["asiakkuuden_kate"].tolist() == [200.0, -150.0, -50.0]
    # A: 800 / 2000 = 40 %, 200 / 2000 = 10 %; B: 300 / 500 = 60 %, -150 / 500 = -30 %
    assert tulos.loc[0, "myyntikate_pros"] == pytest.approx(40.0)
    assert tulos.loc[0, "kate_pros"] == pytest.approx(10.0)
    assert tulos.loc[1, "myyntikate_pros"] == pytest.approx(60.0)
    assert tulos.loc[1, "kate_pros"] == pytest.approx(-30.0)
    # C: tuotot 0 -> prosenttia ei voi laskea (NaN), ei ääretöntä eikä nollaa
    assert math.isnan(tulos.loc[2, "myyntikate_pros"])
    assert math.isnan(tulos.loc[2, "kate_pros"])
    vertaa([syote], kopio)


def test_kateketju_sarakkeiden_jarjestys():
    tulos = laske_kateketju(ketjutaulu())
    assert list(tulos.columns) == ["asiakas_id", *KATEKETJU, "myyntikate_pros", "kate_pros"]


def test_kateketju_liikevaihto_ei_ole_voittoa():
    # Kurssin esimerkki: 1 000 000 € tuotot ja 1 100 000 € kulut -> tappio 100 000 €;
    # 600 000 € tuotot ja 500 000 € kulut -> voitto 100 000 €.
    t = pd.DataFrame({"tuotot": [1_000_000.0, 600_000.0],
                      "suorat_kustannukset": [700_000.0, 300_000.0],
                      "myynnin_kustannukset": [200_000.0, 100_000.0],
                      "markkinoinnin_kustannukset": [100_000.0, 50_000.0],
                      "asiakaspalvelun_kustannukset": [100_000.0, 50_000.0]})
    tulos = laske_kateketju(t)
    # 1 000 000 - (700 000 + 200 000 + 100 000 + 100 000) = -100 000
    # 600 000 - (300 000 + 100 000 + 50 000 + 50 000) = 100 000
    assert tulos["asiakkuuden_kate"].tolist() == [-100_000.0, 100_000.0]


def test_kateketju_puuttuva_sarake():
    t = ketjutaulu().drop(columns="markkinoinnin_kustannukset")
    odota_virhe(laske_kateketju, t, sisaltaa=["markkinoinnin_kustannukset", "puuttuu"])


def test_kateketju_ei_numeerinen_arvo_nimeaa_sarakkeen_arvon_ja_rivin():
    t = ketjutaulu().astype({"tuotot": object})
    t.loc[1, "tuotot"] = "12,5 €"
    kopio = ennallaan(t)
    odota_virhe(laske_kateketju, t, sisaltaa=["tuotot", "'12,5 €'", "rivi 2"])
    vertaa([t], kopio)


def test_kateketju_puuttuva_arvo():
    t = ketjutaulu()
    t.loc[2, "asiakaspalvelun_kustannukset"] = np.nan
    odota_virhe(laske_kateketju, t, sisaltaa=["asiakaspalvelun_kustannukset", "rivillä 3"])


def test_kateketju_tyhja_ja_vaara_tyyppi():
    odota_virhe(laske_kateketju, ketjutaulu().iloc[0:0], sisaltaa=["tyhjä"])
    odota_virhe(laske_kateketju, {"tuotot": [1.0]}, sisaltaa=["kate.laske_kateketju()", "taulukko", "DataFrame", "sanakirjan"])


def test_kateketju_numeeriset_tekstit_joko_lasketaan_oikein_tai_hylataan():
    # "1000" tekstinä läpäisee numeerisuustarkistuksen (se muuntuu luvuksi); silloin
    # laskennan pitää joko toimia oikein tai antaa selkeä AsiakkuusVirhe, ei TypeErroria.
    t = ketjutaulu().astype({"tuotot": object})
    t["tuotot"] = ["2000", "500", "0"]
    try:
        tulos = laske_kateketju(t)
    except AsiakkuusVirhe as e:
        assert "tuotot" in str(e)
    else:
        # 2000 - 1200 - 300 - 100 - 200 = 200
        assert float(tulos.loc[0, "asiakkuuden_kate"]) == 200.0


@NOPEA
@given(st.lists(st.tuples(*[st.integers(0, 10**8)] * 5), min_size=1, max_size=15))
def test_ominaisuus_kateketju_summautuu(rivit):
    # Sentteinä kokonaislukuja -> euroja kahdella desimaalilla.
    t = pd.DataFrame([[x / 100 for x in r] for r in rivit],
                     columns=["tuotot", *KUSTANNUKSET])
    tulos = laske_kateketju(t)
    np.testing.assert_allclose(tulos["myyntikate"],
                               t["tuotot"] - t["suorat_kustannukset"], atol=1e-6)
    np.testing.assert_allclose(tulos["asiakkuuden_kate"],
                               t["tuotot"] - t[KUSTANNUKSET].sum(axis=1), atol=1e-6)
    nolla = t["tuotot"] == 0
    assert tulos.loc[nolla, "kate_pros"].isna().all()
    assert tulos.loc[~nolla, "kate_pros"].notna().all()


# ------------------------------------------------------------------ palvelukustannukset

def hinnasto():
    return pd.DataFrame({
        "toimenpide": ["myyntikäynti", "tarjous", "toimitus", "puhelu", "reklamaatio"],
        "kustannuslaji": ["myynti", "myynti", "asiakaspalvelu", "asiakaspalvelu",
                          "asiakaspalvelu"],
        "yksikkokustannus": [150.0, 50.0, 15.0, 10.0, 120.0],
    })


def test_palvelukustannukset_lukumaara_kertaa_yksikkokustannus_lajeittain():
    toimet = pd.DataFrame({
        "asiakas_id": ["A", "A", "A", "A", "B"],
        "toimenpide": ["myyntikäynti", "tarjous", "puhelu", "reklamaatio", "toimitus"],
        "lukumaara": [2, 1, 4, 1, 3],
    })
    hinnat = hinnasto()
    kopiot = ennallaan(toimet, hinnat)
    rivit = toimenpidekustannukset(toimet, hinnat)
    # 2·150 = 300, 1·50 = 50, 4·10 = 40, 1·120 = 120, 3·15 = 45
    assert rivit["kustannus"].tolist() == [300.0, 50.0, 40.0, 120.0, 45.0]
    assert rivit["kustannuslaji"].tolist() == ["myynti", "myynti", "asiakaspalvelu",
                                                "asiakaspalvelu", "asiakaspalvelu"]
    tulos = toimenpiteiden_kustannukset(toimet, hinnat)
    assert tulos["asiakas_id"].tolist() == ["A", "B"]
    # A myynti: 300 + 50 = 350; A asiakaspalvelu: 40 + 120 = 160
    # B myynti: ei myyntitoimia = 0; B asiakaspalvelu: 45
    assert tulos["myynnin_kustannukset"].tolist() == [350.0, 0.0]
    assert tulos["asiakaspalvelun_kustannukset"].tolist() == [160.0, 45.0]
    vertaa([toimet, hinnat], kopiot)


def test_palvelukustannukset_tuntematon_toimenpide():
    toimet = pd.DataFrame({"asiakas_id": ["A", "A"], "toimenpide": ["puhelu", "lahjakortti"],
                           "lukumaara": [1, 2]})
    viesti = odota_virhe(toimenpiteiden_kustannukset, toimet, hinnasto(),
                         sisaltaa=["'lahjakortti'", "toimenpide", "rivi 2", "hinnasto"])
    assert "puhelu" in viesti  # sallitut vaihtoehdot luetellaan


def test_palvelukustannukset_tuntematon_kustannuslaji():
    hinnat = hinnasto()
    hinnat.loc[3, "kustannuslaji"] = "markkinointi"
    toimet = pd.DataFrame({"asiakas_id": ["A"], "toimenpide": ["puhelu"], "lukumaara": [1]})
    odota_virhe(toimenpiteiden_kustannukset, toimet, hinnat,
                sisaltaa=["kustannuslaji", "'markkinointi'", "rivi 4", "myynti",
                          "asiakaspalvelu"])


def test_palvelukustannukset_toistuva_toimenpide_hinnastossa():
    hinnat = pd.concat([hinnasto(), hinnasto().iloc[[3]]], ignore_index=True)
    toimet = pd.DataFrame({"asiakas_id": ["A"], "toimenpide": ["puhelu"], "lukumaara": [1]})
    odota_virhe(toimenpiteiden_kustannukset, toimet, hinnat, sisaltaa=["'puhelu'", "toimenpide"])


def test_palvelukustannukset_lukumaara_ei_luku():
    toimet = pd.DataFrame({"asiakas_id": ["A", "B"], "toimenpide": ["puhelu", "puhelu"],
                           "lukumaara": [1, "kolme"]})
    odota_virhe(toimenpiteiden_kustannukset, toimet, hinnasto(),
                sisaltaa=["lukumaara", "'kolme'", "rivi 2"])


# ------------------------------------------------------------------ asiakkuuden kate

def raakataulut():
    myynnit = pd.DataFrame({
        "pvm": pd.to_datetime(["2024-03-01", "2025-02-01", "2024-06-01", "2025-07-01"]),
        "asiakas_id": ["A", "A", "B", "C"],
        "tuote_id": ["T1", "T2", "T1", "T2"],
        "maara": [10, 5, 2, 1],
        "yksikkohinta": [20.0, 40.0, 20.0, 40.0],
        "yksikkokustannus": [8.0, 15.0, 8.0, 15.0],
    })
    toimet = pd.DataFrame({
        "asiakas_id": ["A", "A", "B", "B", "D"],
        "vuosi": [2024, 2025, 2024, 2024, 2025],
        "toimenpide": ["myyntikäynti", "puhelu", "reklamaatio", "tarjous", "puhelu"],
        "lukumaara": [1, 3, 1, 1, 2],
    })
    markkinointi = pd.DataFrame({
        "asiakas_id": ["A", "A", "C", "E"],
        "vuosi": [2024, 2025, 2025, 2024],
        "markkinointikustannus": [20.0, 30.0, 10.0, 25.0],
    })
    return myynnit, toimet, hinnasto(), markkinointi


def rivi(tulos, asiakas):
    return tulos.set_index("asiakas_id").loc[asiakas]


def test_asiakkuuden_kate_raakataulukoista_kaikki_vuodet():
    taulut = raakataulut()
    kopiot = ennallaan(*taulut)
    tulos = asiakkuuden_kate(*taulut)
    # D on vain toimenpiteissä ja E vain markkinoinnissa: hekin kuuluvat tulokseen.
    assert tulos["asiakas_id"].tolist() == ["A", "B", "C", "D", "E"]
    # A: tuotot 10·20 + 5·40 = 400; suorat 10·8 + 5·15 = 155; myyntikate 245
    #    myynti 1·150 = 150; markkinointi 20 + 30 = 50; asiakaspalvelu 3·10 = 30
    #    kate 245 - 150 - 50 - 30 = 15
    a = rivi(tulos, "A")
    assert (a["tuotot"], a["suorat_kustannukset"], a["myyntikate"]) == (400.0, 155.0, 245.0)
    assert (a["myynnin_kustannukset"], a["markkinoinnin_kustannukset"],
            a["asiakaspalvelun_kustannukset"]) == (150.0, 50.0, 30.0)
    assert a["asiakkuuden_kate"] == 15.0
    assert a["kate_pros"] == pytest.approx(3.75)  # 15 / 400
    # B: tuotot 2·20 = 40; suorat 2·8 = 16; myynti tarjous 50; asiakaspalvelu reklamaatio 120
    #    kate 24 - 50 - 0 - 120 = -146
    b = rivi(tulos, "B")
    assert (b["tuotot"], b["myynnin_kustannukset"], b["asiakaspalvelun_kustannukset"]) == (
        40.0, 50.0, 120.0)
    assert b["asiakkuuden_kate"] == -146.0
    # C: 40 - 15 = 25 myyntikate; markkinointi 10 -> kate 15
    assert rivi(tulos, "C")["asiakkuuden_kate"] == 15.0
    # D: ei myyntiä; puhelut 2·10 = 20 -> kate -20 ja prosentti NaN (tuotot 0)
    d = rivi(tulos, "D")
    assert (d["tuotot"], d["asiakaspalvelun_kustannukset"], d["asiakkuuden_kate"]) == (
        0.0, 20.0, -20.0)
    assert math.isnan(d["kate_pros"])
    # E: vain markkinointia 25 -> kate -25
    e = rivi(tulos, "E")
    assert (e["markkinoinnin_kustannukset"], e["asiakkuuden_kate"]) == (25.0, -25.0)
    assert math.isnan(e["kate_pros"])
    vertaa(taulut, kopiot)


def test_asiakkuuden_kate_vuosirajaus():
    taulut = raakataulut()
    vuosi_2024 = asiakkuuden_kate(*taulut, vuosi=2024)
    # 2024: A, B ja E (E:llä markkinointia 2024); C ja D vasta 2025.
    assert vuosi_2024["asiakas_id"].tolist() == ["A", "B", "E"]
    # A 2024: 10·20 = 200 - 10·8 = 80 -> 120; myyntikäynti 150, markkinointi 20 -> -50
    assert rivi(vuosi_2024, "A")["asiakkuuden_kate"] == -50.0
    assert rivi(vuosi_2024, "B")["asiakkuuden_kate"] == -146.0
    vuosi_2025 = asiakkuuden_kate(*taulut, vuosi=2025)
    assert vuosi_2025["asiakas_id"].tolist() == ["A", "C", "D"]
    # A 2025: 5·40 = 200 - 5·15 = 75 -> 125; markkinointi 30, puhelut 30 -> 65
    a = rivi(vuosi_2025, "A")
    assert (a["myynnin_kustannukset"], a["asiakkuuden_kate"]) == (0.0, 65.0)
    assert rivi(vuosi_2025, "D")["asiakkuuden_kate"] == -20.0
    # Vuodet yhteensä = koko aika: A -50 + 65 = 15
    assert -50.0 + 65.0 == rivi(asiakkuuden_kate(*taulut), "A")["asiakkuuden_kate"]


def test_asiakkuuden_kate_vuosi_jolta_ei_toimenpiteita():
    myynnit, _, hinnat, markkinointi = raakataulut()
    toimet = pd.DataFrame({"asiakas_id": ["A"], "vuosi": [2024], "toimenpide": ["puhelu"],
                           "lukumaara": [5]})
    tulos = asiakkuuden_kate(myynnit, toimet, hinnat, markkinointi, vuosi=2025)
    # 2025 ei toimenpiteitä: A:n palvelukustannukset 0, kate 125 - 30 markkinointi = 95
    a = rivi(tulos, "A")
    assert (a["myynnin_kustannukset"], a["asiakaspalvelun_kustannukset"]) == (0.0, 0.0)
    assert a["asiakkuuden_kate"] == 95.0


def test_asiakkuuden_kate_vuosi_ilman_myyntia():
    odota_virhe(asiakkuuden_kate, *raakataulut(), vuosi=2023, sisaltaa=["2023"])


def test_asiakkuuden_kate_vuosirajaus_vaatii_vuosisarakkeen():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    odota_virhe(asiakkuuden_kate, myynnit, toimet, hinnat,
                markkinointi.drop(columns="vuosi"), vuosi=2024,
                sisaltaa=["Markkinointi", "'vuosi'"])


def test_asiakkuuden_kate_vuosirajaus_vaatii_pvm_sarakkeen():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    odota_virhe(asiakkuuden_kate, myynnit.drop(columns="pvm"), toimet, hinnat, markkinointi,
                vuosi=2024, sisaltaa=["'pvm'"])


def test_asiakkuuden_kate_vuosirajaus_pvm_tekstina():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    myynnit["pvm"] = myynnit["pvm"].dt.strftime("%d.%m.%Y")
    odota_virhe(asiakkuuden_kate, myynnit, toimet, hinnat, markkinointi, vuosi=2024,
                sisaltaa=["'pvm'"])


def test_asiakkuuden_kate_valmiiksi_lasketuista_riveista():
    myynnit = pd.DataFrame({"asiakas_id": ["A", "A"], "tuotot": [100.0, 50.0],
                            "suorat_kustannukset": [30.0, 20.0]})
    toimet = pd.DataFrame({"asiakas_id": ["A"], "toimenpide": ["toimitus"], "lukumaara": [2]})
    markkinointi = pd.DataFrame({"asiakas_id": ["A"], "markkinointikustannus": [5.0]})
    tulos = asiakkuuden_kate(myynnit, toimet, hinnasto(), markkinointi)
    # 150 - 50 = 100 myyntikate; 100 - 0 - 5 - 2·15 = 65
    assert tulos["asiakkuuden_kate"].tolist() == [65.0]


def test_asiakkuuden_kate_nimi_ja_tyyppi_asiakastaulukosta():
    asiakkaat = pd.DataFrame({"asiakas_id": ["E", "D", "C", "B", "A"],
                              "nimi": ["Eetu", "Dora", "Cafe", "Baari", "Hotelli A"],
                              "tyyppi": ["kuluttaja", "kuluttaja", "ravintola", "ravintola",
                                         "hotelli"]})
    tulos = asiakkuuden_kate(*raakataulut(), asiakkaat=asiakkaat)
    assert list(tulos.columns[:3]) == ["asiakas_id", "nimi", "tyyppi"]
    assert rivi(tulos, "A")["nimi"] == "Hotelli A"
    assert rivi(tulos, "C")["tyyppi"] == "ravintola"


def test_asiakkuuden_kate_toistuva_asiakas_asiakastaulukossa():
    asiakkaat = pd.DataFrame({"asiakas_id": ["A", "B", "A"], "nimi": ["x", "y", "z"],
                              "tyyppi": ["hotelli"] * 3})
    odota_virhe(asiakkuuden_kate, *raakataulut(), asiakkaat=asiakkaat,
                sisaltaa=["'A'", "asiakas_id"])


def test_asiakkuuden_kate_tuntematon_toimenpide():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    toimet.loc[4, "toimenpide"] = "kahvihetki"
    odota_virhe(asiakkuuden_kate, myynnit, toimet, hinnat, markkinointi,
                sisaltaa=["'kahvihetki'", "toimenpide", "rivi 5"])


def test_asiakkuuden_kate_ei_numeerinen_yksikkohinta():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    myynnit = myynnit.astype({"yksikkohinta": object})
    myynnit.loc[2, "yksikkohinta"] = "12,5 €"
    kopio = ennallaan(myynnit)
    odota_virhe(asiakkuuden_kate, myynnit, toimet, hinnat, markkinointi,
                sisaltaa=["yksikkohinta", "'12,5 €'", "rivi 3"])
    vertaa([myynnit], kopio)


def test_asiakkuuden_kate_puuttuvat_sarakkeet():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    odota_virhe(asiakkuuden_kate, myynnit.drop(columns="maara"), toimet, hinnat,
                markkinointi, sisaltaa=["'maara'"])
    odota_virhe(asiakkuuden_kate, myynnit, toimet, hinnat,
                markkinointi.drop(columns="markkinointikustannus"),
                sisaltaa=["'markkinointikustannus'"])
    odota_virhe(asiakkuuden_kate, myynnit, toimet.drop(columns="lukumaara"), hinnat,
                markkinointi, sisaltaa=["'lukumaara'"])
    odota_virhe(asiakkuuden_kate, myynnit.drop(columns="asiakas_id"), toimet, hinnat,
                markkinointi, sisaltaa=["'asiakas_id'"])


def test_asiakkuuden_kate_tyhja_myynti():
    myynnit, toimet, hinnat, markkinointi = raakataulut()
    odota_virhe(asiakkuuden_kate, myynnit.iloc[0:0], toimet, hinnat, markkinointi,
                sisaltaa=["Myynnit", "tyhjä"])


_MYYNTIRIVI = st.tuples(st.sampled_from("ABC"), st.integers(1, 20), st.integers(0, 10_000),
                        st.integers(0, 10_000))
_TOIMIRIVI = st.tuples(st.sampled_from("ABCD"),
                       st.sampled_from(["myyntikäynti", "tarjous", "toimitus", "puhelu",
                                        "reklamaatio"]),
                       st.integers(0, 10))
_MARKKINOINTIRIVI = st.tuples(st.sampled_from("ABCE"), st.integers(0, 100_000))


@NOPEA
@given(st.lists(_MYYNTIRIVI, min_size=1, max_size=12),
       st.lists(_TOIMIRIVI, min_size=1, max_size=12),
       st.lists(_MARKKINOINTIRIVI, min_size=1, max_size=6))
def test_ominaisuus_asiakkuuden_kate_sailyttaa_kokonaissummat(myynti, toimet, mainonta):
    myynnit = pd.DataFrame([(a, m, h / 100, k / 100) for a, m, h, k in myynti],
                           columns=["asiakas_id", "maara", "yksikkohinta", "yksikkokustannus"])
    toimenpiteet = pd.DataFrame(toimet, columns=["asiakas_id", "toimenpide", "lukumaara"])
    markkinointi = pd.DataFrame([(a, e / 100) for a, e in mainonta],
                                columns=["asiakas_id", "markkinointikustannus"])
    tulos = asiakkuuden_kate(myynnit, toimenpiteet, hinnasto(), markkinointi)
    hinta = hinnasto().set_index("toimenpide")["yksikkokustannus"]
    tuotot = sum(m * h / 100 for _, m, h, _ in myynti)
    suorat = sum(m * k / 100 for _, m, _, k in myynti)
    palvelu = sum(n * hinta[t] for _, t, n in toimet)
    mainos = sum(e / 100 for _, e in mainonta)
    assert tulos["tuotot"].sum() == pytest.approx(tuotot, abs=1e-6)
    assert tulos["asiakkuuden_kate"].sum() == pytest.approx(
        tuotot - suorat - palvelu - mainos, abs=1e-6)
    np.testing.assert_allclose(
        tulos["asiakkuuden_kate"], tulos["tuotot"] - tulos[KUSTANNUKSET].sum(axis=1), atol=1e-6)
    np.testing.assert_allclose(
        tulos["myyntikate"], tulos["tuotot"] - tulos["suorat_kustannukset"], atol=1e-6)
    assert tulos["asiakas_id"].is_unique


# ------------------------------------------------------------------ tuloslaskelma

def test_tuloslaskelma_kateketjun_jarjestyksessa():
    k = asiakkuuden_kate(*raakataulut())
    kopio = ennallaan(k)
    tulos = asiakkuuden_tuloslaskelma(k, "A")
    # A: tuotot 400, suorat -155, myyntikate 245, myynti -150, markkinointi -50,
    #    asiakaspalvelu -30, kate 15 (ks. test_asiakkuuden_kate_raakataulukoista...)
    assert tulos["euroa"].tolist() == [400.0, -155.0, 245.0, -150.0, -50.0, -30.0, 15.0]
    assert tulos["laji"].tolist() == ["tuotto", "kustannus", "välisumma", "kustannus",
                                      "kustannus", "kustannus", "välisumma"]
    assert tulos["rivi"].iloc[0] == "Asiakkuuden tuotot"
    assert tulos["rivi"].iloc[-1] == "= asiakkuuden kate"
    # Vesiputous täsmää: tuotot + kaikki (negatiiviset) kustannukset = kate
    assert tulos.loc[tulos["laji"] != "välisumma", "euroa"].sum() == tulos["euroa"].iloc[-1]
    vertaa([k], kopio)


def test_tuloslaskelma_tappiollinen_asiakas():
    k = asiakkuuden_kate(*raakataulut())
    tulos = asiakkuuden_tuloslaskelma(k, "B")
    # B: 40 - 16 = 24; 24 - 50 - 0 - 120 = -146
    assert tulos["euroa"].tolist() == [40.0, -16.0, 24.0, -50.0, -0.0, -120.0, -146.0]


def test_tuloslaskelma_tuntematon_asiakas():
    k = asiakkuuden_kate(*raakataulut())
    odota_virhe(asiakkuuden_tuloslaskelma, k, "A99", sisaltaa=["'A99'", "ei löydy", "A, B, C"])


def test_tuloslaskelma_puuttuva_sarake():
    k = asiakkuuden_kate(*raakataulut()).drop(columns="myyntikate")
    odota_virhe(asiakkuuden_tuloslaskelma, k, "A", sisaltaa=["'myyntikate'"])


def test_tuloslaskelma_toistuva_asiakas_hylataan():
    # Jos katetaulukossa on sama asiakas kahdesti (esim. kaksi vuotta allekkain),
    # ensimmäisen rivin näyttäminen hiljaa antaisi väärän tuloslaskelman.
    k = asiakkuuden_kate(*raakataulut())
    kahdesti = pd.concat([k, k.iloc[[0]]], ignore_index=True)
    odota_virhe(asiakkuuden_tuloslaskelma, kahdesti, "A", sisaltaa=["'A'"])


# ------------------------------------------------------------------ tuotekannattavuus

def test_tuotekannattavuus_kasin():
    m = pd.DataFrame({
        "asiakas_id": ["A", "B", "B", "A"],
        "tuote_id": ["T1", "T1", "T2", "T3"],
        "maara": [2, 3, 4, 1],
        "yksikkohinta": [10.0, 10.0, 5.0, 0.0],
        "yksikkokustannus": [6.0, 6.0, 5.0, 2.0],
    })
    kopio = ennallaan(m)
    tulos = tuotekannattavuus(m).set_index("tuote_id")
    # T1: määrä 2 + 3 = 5; tuotot 50; suorat 30; myyntikate 20 = 40 %; 2 ostajaa
    assert tulos.loc["T1", ["maara", "tuotot", "suorat_kustannukset", "myyntikate"]].tolist() \
        == [5, 50.0, 30.0, 20.0]
    assert tulos.loc["T1", "myyntikate_pros"] == pytest.approx(40.0)
    assert tulos.loc["T1", "asiakkaita"] == 2
    # T2: 4·5 = 20 tuotot, 4·5 = 20 suorat -> 0 katetta, 0 %
    assert tulos.loc["T2", "myyntikate"] == 0.0
    assert tulos.loc["T2", "myyntikate_pros"] == 0.0
    # T3: ilmainen näyte: tuotot 0, suorat 2 -> kate -2, prosentti NaN
    assert tulos.loc["T3", "myyntikate"] == -2.0
    assert math.isnan(tulos.loc["T3", "myyntikate_pros"])
    vertaa([m], kopio)


def test_tuotekannattavuus_tuotenimet():
    m = pd.DataFrame({"asiakas_id": ["A"], "tuote_id": ["T2"], "maara": [1],
                      "yksikkohinta": [8.5], "yksikkokustannus": [3.2]})
    tuotteet = pd.DataFrame({"tuote_id": ["T1", "T2"], "tuote": ["Tyrni", "Karpalo"]})
    tulos = tuotekannattavuus(m, tuotteet)
    assert tulos.loc[0, "tuote"] == "Karpalo"
    # 8,50 - 3,20 = 5,30
    assert tulos.loc[0, "myyntikate"] == pytest.approx(5.3)


def test_tuotekannattavuus_virheet():
    m = pd.DataFrame({"asiakas_id": ["A", "B"], "tuote_id": ["T1", "T1"],
                      "maara": [1, "kaksi"], "yksikkohinta": [1.0, 1.0],
                      "yksikkokustannus": [0.5, 0.5]})
    odota_virhe(tuotekannattavuus, m, sisaltaa=["maara", "'kaksi'", "rivi 2"])
    odota_virhe(tuotekannattavuus, m.drop(columns="tuote_id"), sisaltaa=["'tuote_id'"])
    hyva = m.assign(maara=[1, 2])
    tuotteet = pd.DataFrame({"tuote_id": ["T1", "T1"], "tuote": ["a", "b"]})
    odota_virhe(tuotekannattavuus, hyva, tuotteet, sisaltaa=["'T1'", "tuote_id"])


def test_tuotekannattavuus_valmiit_tuotot_ei_numeerinen():
    m = pd.DataFrame({"asiakas_id": ["A", "B"], "tuote_id": ["T1", "T1"], "maara": [1, 2],
                      "tuotot": [10.0, "20 €"], "suorat_kustannukset": [5.0, 8.0]})
    odota_virhe(tuotekannattavuus, m, sisaltaa=["tuotot", "'20 €'"])


# ------------------------------------------------------------------ valaskäyrä

def katteet(arvot, sarake="asiakkuuden_kate"):
    return pd.DataFrame({"asiakas_id": list("ABCDE")[: len(arvot)], sarake: arvot})


def test_valaskayra_kasin():
    k = katteet([50.0, -30.0, 200.0, 50.0, -20.0])
    kopio = ennallaan(k)
    kayra = valaskayra(k)
    # Suurin ensin, tasapeli (A ja D, 50) tunnuksen mukaan: C, A, D, E, B
    assert kayra["asiakas_id"].tolist() == ["C", "A", "D", "E", "B"]
    assert kayra["sija"].tolist() == [1, 2, 3, 4, 5]
    # kertymä: 200, 250, 300, 280, 250; summa 250
    assert kayra["kertyma"].tolist() == [200.0, 250.0, 300.0, 280.0, 250.0]
    # prosentit: 200/250 = 80, 100, 120, 112, 100
    np.testing.assert_allclose(kayra["kertyma_pros"], [80.0, 100.0, 120.0, 112.0, 100.0])
    assert kayra["asiakasosuus_pros"].tolist() == [20.0, 40.0, 60.0, 80.0, 100.0]
    huippu = valaskayran_huippu(kayra)
    # huippu 300 € = 120 % kolmen asiakkaan (60 %) kohdalla
    assert huippu == {"huippu": 300.0, "huippu_pros": 120.0, "asiakkaita": 3,
                      "asiakasosuus_pros": 60.0}
    vertaa([k], kopio)


def test_valaskayra_muu_sarake():
    k = katteet([10.0, 30.0, 20.0], sarake="myyntikate")
    kayra = valaskayra(k, "myyntikate")
    assert kayra["asiakas_id"].tolist() == ["B", "C", "A"]
    # 30, 30 + 20 = 50, 50 + 10 = 60
    assert kayra["kertyma"].tolist() == [30.0, 50.0, 60.0]


def test_valaskayra_nollasumma_antaa_nan_prosentit():
    kayra = valaskayra(katteet([10.0, -10.0]))
    assert kayra["kertyma"].tolist() == [10.0, 0.0]
    assert kayra["kertyma_pros"].isna().all()


def test_valaskayra_virheet():
    odota_virhe(valaskayra, katteet([1.0, 2.0]).drop(columns="asiakkuuden_kate"),
                sisaltaa=["'asiakkuuden_kate'"])
    k = katteet([1.0, "paljon"])
    odota_virhe(valaskayra, k, sisaltaa=["asiakkuuden_kate", "'paljon'", "rivi 2"])
    odota_virhe(valaskayran_huippu, katteet([1.0]), sisaltaa=["'sija'"])


def test_valaskayra_toistuva_asiakas_hylataan():
    k = pd.DataFrame({"asiakas_id": ["A", "B", "A"], "asiakkuuden_kate": [5.0, 3.0, 1.0]})
    odota_virhe(valaskayra, k, sisaltaa=["'A'"])


@NOPEA
@given(st.lists(st.integers(-10**7, 10**7), min_size=1, max_size=30))
def test_ominaisuus_valaskayra_paattyy_kokonaiskatteeseen(sentit):
    arvot = [s / 100 for s in sentit]
    k = pd.DataFrame({"asiakas_id": [f"X{i:02d}" for i in range(len(arvot))],
                      "asiakkuuden_kate": arvot})
    kayra = valaskayra(k)
    summa = sum(sentit) / 100
    assert kayra["kertyma"].iloc[-1] == pytest.approx(summa, abs=1e-6)
    assert kayra["asiakkuuden_kate"].is_monotonic_decreasing
    assert kayra["asiakasosuus_pros"].iloc[-1] == 100.0
    if sum(sentit) != 0:
        assert kayra["kertyma_pros"].iloc[-1] == pytest.approx(100.0)
    huippu = valaskayran_huippu(kayra)
    assert huippu["huippu"] == pytest.approx(kayra["kertyma"].max())
    assert huippu["huippu"] >= summa - 1e-6


# ------------------------------------------------------------------ 80/20

def pareto_taulu():
    return pd.DataFrame({
        "asiakas_id": [f"A{i}" for i in range(10)],
        "tuotot": [500.0, 300.0, 50.0, 50.0, 30.0, 20.0, 20.0, 10.0, 10.0, 10.0],
        "asiakkuuden_kate": [150.0, 60.0, 40.0, 20.0, 10.0, 10.0, 10.0, 0.0, 0.0, 0.0],
    })


def test_pareto_osuudet_kasin():
    t = pareto_taulu()
    kopio = ennallaan(t)
    tulos = pareto_osuudet(t)
    # tuotot yht. 1000, 80 % = 800: 500 + 300 = 800 -> 2 asiakasta = 20 %
    # kate yht. 300, 80 % = 240: 150 + 60 = 210 < 240, + 40 = 250 -> 3 asiakasta = 30 %
    assert tulos.drop(columns="osuus_pros").to_dict("list") == {
        "mittari": ["tuotot", "asiakkuuden_kate"], "asiakkaita": [2, 3],
        "asiakasosuus_pros": [20.0, 30.0]}
    assert tulos["osuus_pros"].tolist() == pytest.approx([80.0, 250 / 300 * 100])
    vertaa([t], kopio)


def test_pareto_osuudet_muu_raja_ja_jarjestys():
    t = pareto_taulu().iloc[::-1].reset_index(drop=True)  # järjestys ei saa vaikuttaa
    tulos = pareto_osuudet(t, raja=50)
    # 50 % tuotoista = 500: suurin asiakas yksin; 50 % katteesta = 150: suurin yksin
    assert tulos["asiakkaita"].tolist() == [1, 1]
    assert tulos["asiakasosuus_pros"].tolist() == [10.0, 10.0]


def test_pareto_osuudet_virheet():
    odota_virhe(pareto_osuudet, pareto_taulu(), raja=120, sisaltaa=["Raja", "120"])
    odota_virhe(pareto_osuudet, pareto_taulu(), raja="paljon", sisaltaa=["raja", "'paljon'", "luku"])
    tappio = pareto_taulu().assign(asiakkuuden_kate=-1.0)
    odota_virhe(pareto_osuudet, tappio, sisaltaa=["'asiakkuuden_kate'", "-10.00"])
    odota_virhe(pareto_osuudet, pareto_taulu().drop(columns="tuotot"), sisaltaa=["'tuotot'"])


def test_pareto_osuudet_toistuva_asiakas_hylataan():
    t = pareto_taulu()
    t.loc[1, "asiakas_id"] = "A0"
    odota_virhe(pareto_osuudet, t, sisaltaa=["'A0'"])


# ------------------------------------------------------------------ kannattamattomuuden syyt

def syytaulu(rivit):
    """rivit: (asiakas, myyntikate, myynti, markkinointi, asiakaspalvelu)."""
    t = pd.DataFrame(rivit, columns=["asiakas_id", "myyntikate", "myynnin_kustannukset",
                                     "markkinoinnin_kustannukset",
                                     "asiakaspalvelun_kustannukset"])
    t["asiakkuuden_kate"] = t["myyntikate"] - t[["myynnin_kustannukset",
                                                 "markkinoinnin_kustannukset",
                                                 "asiakaspalvelun_kustannukset"]].sum(axis=1)
    return t


def test_kannattamattomuuden_syyt_kasin_perustaso_200():
    t = syytaulu([
        ("pieni", 40.0, 50.0, 10.0, 40.0),        # palvelu 100, kate -60
        ("työläs", 500.0, 300.0, 100.0, 400.0),   # palvelu 800, kate -300
        ("molemmat", 100.0, 150.0, 50.0, 200.0),  # palvelu 400, kate -300
        ("molemmat2", 20.0, 100.0, 20.0, 130.0),  # palvelu 250, kate -230
        ("hyvä", 900.0, 100.0, 50.0, 50.0),       # kate +700: ei mukana
        ("nolla", 200.0, 100.0, 50.0, 50.0),      # kate 0: ei tappiota, ei mukana
    ])
    kopio = ennallaan(t)
    tulos = kannattamattomuuden_syyt(t, perustaso=200)
    # Järjestys: tappio suurimmasta; tasapeli 300/300 tunnuksen mukaan (molemmat < työläs)
    assert tulos["asiakas_id"].tolist() == ["molemmat", "työläs", "molemmat2", "pieni"]
    odotettu = {
        # molemmat: tappio 400 - 100 = 300; volyymi min(300, 200 - 100) = 100;
        #           työ 300 - 100 = 200 (= palvelu 400 - perustaso 200)
        "molemmat": (300.0, 100.0, 200.0, "liikaa työtä"),
        # työläs: tappio 800 - 500 = 300; myyntikate 500 > perustaso -> volyymi 0; työ 300
        "työläs": (300.0, 0.0, 300.0, "liikaa työtä"),
        # molemmat2: tappio 250 - 20 = 230; volyymi min(230, 200 - 20) = 180; työ 50
        "molemmat2": (230.0, 180.0, 50.0, "pieni volyymi"),
        # pieni: tappio 100 - 40 = 60; volyymi min(60, 160) = 60; työ 0
        "pieni": (60.0, 60.0, 0.0, "pieni volyymi"),
    }
    for _, r in tulos.iterrows():
        assert (r["tappio"], r["volyymisyy"], r["tyosyy"], r["paasyy"]) == \
            odotettu[r["asiakas_id"]]
    vertaa([t], kopio)


def test_kannattamattomuuden_syyt_tasapeli_ja_negatiivinen_myyntikate():
    t = syytaulu([
        ("tasan", 100.0, 100.0, 100.0, 100.0),  # palvelu 300, kate -200
        ("alle", -100.0, 0.0, 50.0, 0.0),       # myyty alle omakustannuksen: kate -150
    ])
    tulos = kannattamattomuuden_syyt(t, perustaso=200).set_index("asiakas_id")
    # tasan: tappio 200; volyymi min(200, 200 - 100) = 100; työ 100 -> tasan: volyymi
    assert tulos.loc["tasan", ["volyymisyy", "tyosyy"]].tolist() == [100.0, 100.0]
    assert tulos.loc["tasan", "paasyy"] == "pieni volyymi"
    # alle: tappio 50 - (-100) = 150; volyymi min(150, 200 + 100) = 150; työ 0
    assert tulos.loc["alle", ["tappio", "volyymisyy", "tyosyy"]].tolist() == [150.0, 150.0, 0.0]


def test_kannattamattomuuden_syyt_oletusperustaso_on_mediaani():
    t = syytaulu([
        ("X", 50.0, 50.0, 0.0, 50.0),     # palvelu 100, kate -50
        ("Y", 1000.0, 100.0, 100.0, 100.0),  # palvelu 300, kate 700
        ("Z", 100.0, 300.0, 100.0, 200.0),   # palvelu 600, kate -500
    ])
    tulos = kannattamattomuuden_syyt(t).set_index("asiakas_id")
    # mediaani palveluista (100, 300, 600) = 300 (keskiarvo olisi 333,33)
    # Z: tappio 600 - 100 = 500; volyymi min(500, 300 - 100) = 200; työ 300
    assert tulos.loc["Z", ["tappio", "volyymisyy", "tyosyy"]].tolist() == [500.0, 200.0, 300.0]
    assert tulos.loc["Z", "paasyy"] == "liikaa työtä"
    # X: tappio 50; volyymi min(50, 250) = 50
    assert tulos.loc["X", ["volyymisyy", "tyosyy"]].tolist() == [50.0, 0.0]


def test_kannattamattomuuden_syyt_ei_tappiollisia():
    tulos = kannattamattomuuden_syyt(syytaulu([("hyvä", 900.0, 100.0, 50.0, 50.0)]))
    assert len(tulos) == 0
    assert list(tulos.columns) == ["asiakas_id", "tappio", "volyymisyy", "tyosyy", "paasyy"]


def test_kannattamattomuuden_syyt_virheet():
    t = syytaulu([("pieni", 40.0, 50.0, 10.0, 40.0)])
    odota_virhe(kannattamattomuuden_syyt, t, perustaso=-5, sisaltaa=["Perustaso", "-5"])
    odota_virhe(kannattamattomuuden_syyt, t.drop(columns="asiakaspalvelun_kustannukset"),
                sisaltaa=["'asiakaspalvelun_kustannukset'"])
    huono = t.astype({"myyntikate": object})
    huono.loc[0, "myyntikate"] = "40 e"
    odota_virhe(kannattamattomuuden_syyt, huono, sisaltaa=["myyntikate", "'40 e'", "rivi 1"])
    odota_virhe(kannattamattomuuden_syyt, t.iloc[0:0], sisaltaa=["tyhjä"])


def test_kannattamattomuuden_syyt_toistuva_asiakas_hylataan():
    t = syytaulu([("pieni", 40.0, 50.0, 10.0, 40.0), ("pieni", 10.0, 50.0, 10.0, 40.0)])
    odota_virhe(kannattamattomuuden_syyt, t, perustaso=200, sisaltaa=["'pieni'"])


@NOPEA
@given(st.lists(st.tuples(st.integers(-50_000, 500_000), st.integers(0, 200_000),
                          st.integers(0, 200_000), st.integers(0, 200_000)),
                min_size=1, max_size=20),
       st.one_of(st.none(), st.integers(0, 500_000)))
def test_ominaisuus_syyt_summautuvat_tappioksi(rivit, perustaso):
    t = syytaulu([(f"X{i:02d}", a / 100, b / 100, c / 100, d / 100)
                  for i, (a, b, c, d) in enumerate(rivit)])
    tulos = kannattamattomuuden_syyt(t, None if perustaso is None else perustaso / 100)
    tappiolliset = t[t["asiakkuuden_kate"] < 0].set_index("asiakas_id")
    assert sorted(tulos["asiakas_id"]) == sorted(tappiolliset.index)
    assert (tulos["volyymisyy"] >= -1e-9).all()
    assert (tulos["tyosyy"] >= -1e-9).all()
    np.testing.assert_allclose(tulos["volyymisyy"] + tulos["tyosyy"], tulos["tappio"],
                               atol=1e-6)
    np.testing.assert_allclose(
        tulos["tappio"], -tappiolliset.loc[tulos["asiakas_id"], "asiakkuuden_kate"], atol=1e-6)
    assert tulos["tappio"].is_monotonic_decreasing


def test_moduulin_vakiot():
    # Kateketju kurssin kaavion järjestyksessä ja neljä kustannusta.
    assert KATEKETJU == ["tuotot", "suorat_kustannukset", "myyntikate",
                         "myynnin_kustannukset", "markkinoinnin_kustannukset",
                         "asiakaspalvelun_kustannukset", "asiakkuuden_kate"]
    assert set(KUSTANNUKSET) == set(KATEKETJU) - {"tuotot", "myyntikate", "asiakkuuden_kate"}
    assert kate.PALVELUKUSTANNUKSET == KUSTANNUKSET[1:]
