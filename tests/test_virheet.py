"""Suomenkieliset virheilmoitukset: tarkistusfunktiot ja koko julkisen rajapinnan
käytös vääränlaisella syötteellä."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from apu import odota_virhe
from asiakkuus import arvotasot, data, kate, mittarit, portfolio
from asiakkuus.virheet import (VIESTIT, AsiakkuusVirhe, tarkista_asteikko,
                               tarkista_ei_negatiivinen, tarkista_luku, tarkista_numeerinen,
                               tarkista_painot, tarkista_taulukko, virhe)


def test_virhe_on_valueerror():
    assert issubclass(AsiakkuusVirhe, ValueError)
    # Tavallinen `except ValueError` sieppaa myös paketin virheet.
    with pytest.raises(ValueError):
        raise virhe("tyhja", taulukko="Myynnit")


def test_virhe_muotoilee_viestin_sanakirjasta():
    viesti = str(virhe("puuttuva_sarake", taulukko="Myynnit", sarake="maara",
                       olemassa="pvm, asiakas_id"))
    assert viesti == ("Myynnit: sarake 'maara' puuttuu. Taulukossa on sarakkeet: "
                      "pvm, asiakas_id. Lisää sarake tai korjaa sen nimi.")
    assert str(virhe("painot_summa", summa=90)).startswith("Painojen summa on 90 %")


def test_viestit_ovat_suomea_ja_kertovat_korjauksen():
    # Jokainen viesti on kokonainen lause; suurin osa kertoo myös, miten virheen korjaa.
    ohjeet = ("Korjaa", "Lisää", "Täytä", "Tarkista", "Muuta", "Muunna", "Anna", "Valitse",
              "yhdistä", "Käytä", "Kirjoita", "Pyydä", "pyydä", "anna", "Korvaa", "Siirry",
              "pitää", "Sallitut", "Arvon", "Lataa")
    for avain, viesti in VIESTIT.items():
        assert viesti.rstrip().endswith((".", "}")), avain
        assert any(sana in viesti for sana in ohjeet), avain


# ------------------------------------------------------------------ tarkista_taulukko

def test_tarkista_taulukko_hyvaksyy_kelvollisen():
    df = pd.DataFrame({"asiakas_id": ["A", "B"], "tuotot": [1.5, 2]})
    assert tarkista_taulukko(df, "Kate", ["asiakas_id"], ["tuotot"], "asiakas_id") is None


def test_tarkista_taulukko_luvut_tekstina():
    # "2" kelpaisi luvuksi, mutta tekstinä se kaataisi laskennan myöhemmin (str − float):
    # virhe kertoo sarakkeen, esimerkkiarvon, rivin ja korjauksen.
    df = pd.DataFrame({"asiakas_id": ["A", "B"], "tuotot": [1.5, "2"]})
    odota_virhe(tarkista_taulukko, df, "Kate", ["asiakas_id"], ["tuotot"], "asiakas_id",
                sisaltaa=["'tuotot'", "tekstinä", "rivillä 1", "pd.to_numeric"])


def test_tarkista_taulukko_ei_taulukko():
    odota_virhe(tarkista_taulukko, [1, 2], "Kate", sisaltaa=["Kate", "DataFrame", "list"])
    odota_virhe(tarkista_taulukko, pd.Series([1.0]), "Kate", sisaltaa=["Series"])


def test_tarkista_taulukko_tyhja():
    odota_virhe(tarkista_taulukko, pd.DataFrame({"a": []}), "Kyselyt",
                sisaltaa=["Kyselyt on tyhjä"])


def test_tarkista_taulukko_puuttuva_sarake_luettelee_olemassa_olevat():
    df = pd.DataFrame({"asiakas_id": ["A"], "tuotto": [1.0]})
    odota_virhe(tarkista_taulukko, df, "Kate", ["asiakas_id"], ["tuotot"],
                sisaltaa=["'tuotot'", "puuttuu", "asiakas_id, tuotto"])
    odota_virhe(tarkista_taulukko, df, "Kate", tunniste="id", sisaltaa=["'id'"])


def test_tarkista_taulukko_ei_numeerinen_nimeaa_sarakkeen_arvon_ja_rivin():
    df = pd.DataFrame({"tuotot": [10.0, 20.0, "12,5 €"]})
    kopio = df.copy()
    viesti = odota_virhe(tarkista_taulukko, df, "Myynnit", numeeriset=["tuotot"],
                         sisaltaa=["Myynnit", "'tuotot'", "'12,5 €'", "rivi 3"])
    assert "luku" in viesti
    pd.testing.assert_frame_equal(df, kopio)


def test_tarkista_numeerinen_rivin_nimi_indeksista():
    # Jos indeksi on tunnus, rivi nimetään sillä (ei järjestysnumerolla).
    df = pd.DataFrame({"tuotot": [1.0, "paljon"]}, index=["A01", "A02"])
    odota_virhe(tarkista_numeerinen, df, "tuotot", "Kate", sisaltaa=["'paljon'", "rivi A02"])


def test_tarkista_numeerinen_puuttuva_ja_totuusarvo():
    df = pd.DataFrame({"x": [1.0, np.nan, 3.0]})
    odota_virhe(tarkista_numeerinen, df, "x", "T", sisaltaa=["'x'", "puuttuu", "rivillä 2"])
    df = pd.DataFrame({"x": [1, None, 3]}, dtype=object)
    odota_virhe(tarkista_numeerinen, df, "x", "T", sisaltaa=["rivillä 2"])
    # True muuntuisi luvuksi 1, mutta se ei ole luku.
    df = pd.DataFrame({"x": [1, True]}, dtype=object)
    odota_virhe(tarkista_numeerinen, df, "x", "T", sisaltaa=["True", "rivi 2"])
    odota_virhe(tarkista_numeerinen, pd.DataFrame({"x": [True, False]}), "x", "T",
                sisaltaa=["True", "rivi 1"])


def test_tarkista_taulukko_kaksoiskappale():
    df = pd.DataFrame({"asiakas_id": ["A01", "A02", "A01"]})
    odota_virhe(tarkista_taulukko, df, "Asiakkaat", tunniste="asiakas_id",
                sisaltaa=["'A01'", "'asiakas_id'", "useammin kuin kerran"])


# ------------------------------------------------------------------ asteikko, negatiiviset

@pytest.mark.parametrize("arvo, rivi", [(0, 2), (6, 3), (5.5, 1)])
def test_tarkista_asteikko(arvo, rivi):
    arvot = [3, 3, 3]
    arvot[rivi - 1] = arvo
    df = pd.DataFrame({"oppimisarvo": arvot})
    odota_virhe(tarkista_asteikko, df, "oppimisarvo", "Pisteet", 1, 5,
                sisaltaa=["'oppimisarvo'", f"arvo {arvo} ", f"rivi {rivi}", "1–5"])


def test_tarkista_asteikko_rajat_kelpaavat():
    assert tarkista_asteikko(pd.DataFrame({"x": [1, 5, 3.5]}), "x", "T", 1, 5) is None


def test_tarkista_ei_negatiivinen():
    df = pd.DataFrame({"a": [1.0, 2.0], "b": [0.0, -5.0]})
    odota_virhe(tarkista_ei_negatiivinen, df, ["a", "b"], "Myynnit",
                sisaltaa=["'b'", "negatiivinen", "-5", "rivi 2"])
    assert tarkista_ei_negatiivinen(df, ["a"], "Myynnit") is None


# ------------------------------------------------------------------ yksittäiset luvut

def test_tarkista_luku():
    assert tarkista_luku("0.8", "Pysyvyysaste", alin=0, ylin=1) == 0.8
    assert tarkista_luku(3, "Määrä", positiivinen=True) == 3.0
    odota_virhe(tarkista_luku, "paljon", "Pysyvyysaste", sisaltaa=["Pysyvyysaste", "'paljon'"])
    odota_virhe(tarkista_luku, None, "Korko", sisaltaa=["Korko", "None"])
    odota_virhe(tarkista_luku, True, "Korko", sisaltaa=["True"])
    odota_virhe(tarkista_luku, float("nan"), "Korko", sisaltaa=["Korko", "NaN"])
    odota_virhe(tarkista_luku, 0, "Määrä", positiivinen=True, vihje="Anna yksi tai useampi.",
                sisaltaa=["Määrä on 0", "suurempi kuin nolla", "Anna yksi tai useampi."])
    odota_virhe(tarkista_luku, 1.2, "Osuus", alin=0, ylin=1, sisaltaa=["1.2", "0–1"])


def test_tarkista_luku_pelkka_alaraja_ilman_aareton_tekstia():
    # Viesti ei saa puhua "inf"-rajasta: käyttäjä näkee vain "vähintään 0" -tyyppisen ohjeen.
    viesti = odota_virhe(tarkista_luku, -1, "Avainasiakkaiden määrä", alin=0,
                         sisaltaa=["Avainasiakkaiden määrä", "-1", "0"])
    assert "inf" not in viesti


# ------------------------------------------------------------------ painot

KRIT = ["a", "b", "c"]


def test_tarkista_painot():
    assert tarkista_painot({"a": 50, "b": 30, "c": 20}, KRIT) == {"a": 50.0, "b": 30.0,
                                                                  "c": 20.0}
    # 50 + 30 + 10 = 90
    odota_virhe(tarkista_painot, {"a": 50, "b": 30, "c": 10}, KRIT,
                sisaltaa=["summa on 90 %", "100"])
    # 50 + 30 + 20,25 = 100,25
    odota_virhe(tarkista_painot, {"a": 50, "b": 30, "c": 20.25}, KRIT, sisaltaa=["100.25"])
    odota_virhe(tarkista_painot, {"a": 50, "b": 30, "c": 10, "hinta": 10}, KRIT,
                sisaltaa=["Tuntematon kriteeri 'hinta'", "a, b, c"])
    odota_virhe(tarkista_painot, {"a": 70, "b": 30}, KRIT, sisaltaa=["'c'", "a, b, c"])
    odota_virhe(tarkista_painot, {"a": 120, "b": -20, "c": 0}, KRIT, sisaltaa=["'b'", "-20"])
    odota_virhe(tarkista_painot, {"a": "puolet", "b": 50, "c": 0}, KRIT,
                sisaltaa=["'a'", "'puolet'"])
    odota_virhe(tarkista_painot, [50, 30, 20], KRIT, sisaltaa=["sanakirja"])
    # Ilman 100 %-vaatimusta mikä tahansa positiivinen summa kelpaa, nollat eivät.
    assert tarkista_painot({"a": 1, "b": 1, "c": 0}, KRIT, vaadi_sata=False)["a"] == 1.0
    odota_virhe(tarkista_painot, {"a": 0, "b": 0, "c": 0}, KRIT, vaadi_sata=False,
                sisaltaa=["nollia"])


# ------------------------------------------------------------------ koko julkinen rajapinta

JULKISET = {
    "laske_kateketju": lambda x: kate.laske_kateketju(x),
    "toimenpidekustannukset": lambda x: kate.toimenpidekustannukset(x, x),
    "toimenpiteiden_kustannukset": lambda x: kate.toimenpiteiden_kustannukset(x, x),
    "asiakkuuden_kate": lambda x: kate.asiakkuuden_kate(x, x, x, x),
    "asiakkuuden_tuloslaskelma": lambda x: kate.asiakkuuden_tuloslaskelma(x, "A01"),
    "tuotekannattavuus": lambda x: kate.tuotekannattavuus(x),
    "valaskayra": lambda x: kate.valaskayra(x),
    "valaskayran_huippu": lambda x: kate.valaskayran_huippu(x),
    "pareto_osuudet": lambda x: kate.pareto_osuudet(x),
    "kannattamattomuuden_syyt": lambda x: kate.kannattamattomuuden_syyt(x),
    "pisteytyksen_mittarit": lambda x: portfolio.pisteytyksen_mittarit(x, x),
    "kriteeripisteet": lambda x: portfolio.kriteeripisteet(x, x, x),
    "pisteyta": lambda x: portfolio.pisteyta(x),
    "avainasiakkaat": lambda x: portfolio.avainasiakkaat(x),
    "sijoitusmuutokset": lambda x: portfolio.sijoitusmuutokset(x, "tanaan", "huomenna"),
    "painotettu_pistemaara": lambda x: portfolio.painotettu_pistemaara(
        x, portfolio.OLETUSPAINOT),
    "ostaneet_vuosittain": lambda x: mittarit.ostaneet_vuosittain(x),
    "uusintaostoaste": lambda x: mittarit.uusintaostoaste(x),
    "arvotasoprofiili": lambda x: arvotasot.arvotasoprofiili(x),
    "lisaa_rivisummat": lambda x: data.lisaa_rivisummat(x),
}


@pytest.mark.parametrize("nimi", sorted(JULKISET))
@pytest.mark.parametrize("syote, osa", [([1, 2], "sain listan"), (None, "sain tyhjän arvon None"),
                                        (pd.DataFrame(), "tyhjä")],
                         ids=["lista", "None", "tyhja"])
def test_julkiset_funktiot_hylkaavat_vaaran_taulukon(nimi, syote, osa):
    odota_virhe(JULKISET[nimi], syote, sisaltaa=[osa])


@pytest.mark.parametrize("funktio, args, huono", [
    (mittarit.clv, ("1000 €", 0.8, 0.1), "1000 €"),
    (mittarit.clv_vuosittain, (1000, "80 %", 0.1, 3), "80 %"),
    (mittarit.cac, (9000, "kuusi"), "kuusi"),
    (mittarit.ltv_cac, ("paljon", 1500), "paljon"),
    (mittarit.cac_takaisinmaksuaika, (1200, "sata"), "sata"),
    (mittarit.pysyvyysaste, (40, 42, "kahdeksan"), "kahdeksan"),
    (mittarit.poistuma, ("85 %",), "85 %"),
    (mittarit.nps, (["yhdeksän"],), "yhdeksän"),
    (mittarit.csat, ([5, "hyvä"],), "hyvä"),
    (mittarit.ces, (["helppo"],), "helppo"),
], ids=lambda x: getattr(x, "__name__", None))
def test_lukufunktiot_hylkaavat_tekstin(funktio, args, huono):
    odota_virhe(funktio, *args, sisaltaa=[repr(huono)])
