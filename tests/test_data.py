"""Kurssin aineisto: CSV-tiedostot vastaavat generaattoria, lataus antaa oikeat tyypit,
tietosanakirja kattaa kaikki sarakkeet ja kurssin tarinat pitävät paikkansa."""

from __future__ import annotations

import pandas as pd
import pytest

from asiakkuus import data
from asiakkuus.data import DATA_KANSIO, lataa_aineisto, lataa_taulukko, sarakekuvaukset
from asiakkuus.generointi import TAULUKOT, luo_aineisto, tallenna_csv
from asiakkuus.kate import asiakkuuden_kate, kannattamattomuuden_syyt, pareto_osuudet
from asiakkuus.portfolio import kriteeripisteet, sijoitusmuutokset
from asiakkuus.virheet import AsiakkuusVirhe

SARAKKEET = {
    "asiakkaat": ["asiakas_id", "nimi", "tyyppi", "paikkakunta", "asiakas_alkaen",
                  "tuleva_potentiaali", "referenssiarvo", "oppimisarvo"],
    "myynnit": ["pvm", "asiakas_id", "tuote_id", "maara", "yksikkohinta", "yksikkokustannus",
                "tuotot", "suorat_kustannukset"],
    "tuotteet": ["tuote_id", "tuote", "tuoteryhma", "yksikko", "listahinta",
                 "yksikkokustannus"],
    "toimenpiteet": ["asiakas_id", "vuosi", "toimenpide", "lukumaara"],
    "hinnasto": ["toimenpide", "kustannuslaji", "yksikkokustannus"],
    "markkinointi": ["asiakas_id", "vuosi", "markkinointikustannus"],
    "hankinta": ["vuosi", "kustannuslaji", "euroa"],
    "kyselyt": ["vastaus_id", "pvm", "asiakas_id", "nps", "csat", "ces", "arvo_kohtaaminen",
                "arvo_asiakkuus", "arvo_kokonaisuus"],
}
PAIVAMAARAT = {"asiakas_alkaen", "pvm"}
TEKSTIT = {"asiakas_id", "tuote_id", "vastaus_id", "nimi", "tyyppi", "paikkakunta", "tuote",
           "tuoteryhma", "yksikko", "toimenpide", "kustannuslaji"}
KOKONAISLUVUT = {"tuleva_potentiaali", "referenssiarvo", "oppimisarvo", "maara", "vuosi",
                 "lukumaara", "nps", "csat", "ces", "arvo_kohtaaminen", "arvo_asiakkuus",
                 "arvo_kokonaisuus"}
EUROT = {"yksikkohinta", "yksikkokustannus", "tuotot", "suorat_kustannukset", "listahinta",
         "markkinointikustannus", "euroa"}
TYYPIT = {"hotelli", "kauppa", "ravintola", "matkanjärjestäjä", "kuluttaja", "ryhmä"}


@pytest.fixture(scope="module")
def aineisto():
    return lataa_aineisto()


@pytest.fixture(scope="module")
def kate(aineisto):
    a = aineisto
    return asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi,
                            a.asiakkaat)


# ------------------------------------------------------------------ CSV = generaattori

def test_paketin_csv_tiedostot_vastaavat_generaattoria(tmp_path):
    polut = tallenna_csv(luo_aineisto(), tmp_path)
    assert sorted(p.name for p in polut) == sorted(f"{n}.csv" for n in TAULUKOT)
    for polku in polut:
        paketissa = DATA_KANSIO / polku.name
        assert paketissa.read_bytes() == polku.read_bytes(), (
            f"{polku.name} on eri kuin luo_aineisto() tuottaa: "
            "aja python -m asiakkuus.generointi")


def test_paketissa_ei_ylimaaraisia_tiedostoja():
    # Kansiossa on generaattorin taulukot ja käsin kirjoitettu tietosanakirja, ei muuta.
    tiedostot = {p.name for p in DATA_KANSIO.glob("*.csv")}
    assert tiedostot == {f"{n}.csv" for n in TAULUKOT} | {"sarakkeet.csv"}


def test_generaattorin_csv_latautuu_samoiksi_taulukoiksi(tmp_path, aineisto):
    tallenna_csv(luo_aineisto(), tmp_path)
    uudelleen = lataa_aineisto(tmp_path)
    for nimi in TAULUKOT:
        pd.testing.assert_frame_equal(getattr(uudelleen, nimi), getattr(aineisto, nimi))


# ------------------------------------------------------------------ lataus ja tyypit

def test_taulukoiden_sarakkeet_suomeksi(aineisto):
    assert set(TAULUKOT) == set(SARAKKEET)
    for nimi, sarakkeet in SARAKKEET.items():
        assert list(getattr(aineisto, nimi).columns) == sarakkeet, nimi


def test_sarakkeiden_tietotyypit(aineisto):
    for nimi in TAULUKOT:
        taulukko = getattr(aineisto, nimi)
        for sarake in taulukko.columns:
            tyyppi = taulukko[sarake].dtype
            kuvaus = f"{nimi}.{sarake}: {tyyppi}"
            if sarake in PAIVAMAARAT:
                assert pd.api.types.is_datetime64_any_dtype(tyyppi), kuvaus
            elif sarake in TEKSTIT:
                assert pd.api.types.is_string_dtype(tyyppi), kuvaus
                assert taulukko[sarake].map(type).eq(str).all(), kuvaus
            elif sarake in KOKONAISLUVUT:
                assert pd.api.types.is_integer_dtype(tyyppi), kuvaus
            elif sarake in EUROT:
                assert pd.api.types.is_float_dtype(tyyppi), kuvaus
            else:
                pytest.fail(f"sarakkeen tyyppiä ei ole luokiteltu: {kuvaus}")


def test_tunnukset_sailyvat_tekstina(aineisto):
    # Tunnukset kuten "A01" ja "V0001" eivät saa muuttua luvuiksi eivätkä menettää nollia.
    assert aineisto.asiakkaat["asiakas_id"].iloc[0] == "A01"
    assert aineisto.kyselyt["vastaus_id"].iloc[0] == "V0001"
    assert aineisto.tuotteet["tuote_id"].tolist() == [f"T0{i}" for i in range(1, 7)]


def test_rivisummat_lasketaan_ladattaessa(aineisto):
    m = aineisto.myynnit
    pd.testing.assert_series_equal(m["tuotot"], (m["maara"] * m["yksikkohinta"]).round(2),
                                   check_names=False)
    pd.testing.assert_series_equal(m["suorat_kustannukset"],
                                   (m["maara"] * m["yksikkokustannus"]).round(2),
                                   check_names=False)


def test_lisaa_rivisummat_kasin():
    rivit = pd.DataFrame({"maara": [3, 2], "yksikkohinta": [8.9, 129.0],
                          "yksikkokustannus": [3.4, 62.0]})
    kopio = rivit.copy()
    tulos = data.lisaa_rivisummat(rivit)
    # 3 · 8,90 = 26,70; 3 · 3,40 = 10,20; 2 · 129 = 258; 2 · 62 = 124
    assert tulos["tuotot"].tolist() == [26.7, 258.0]
    assert tulos["suorat_kustannukset"].tolist() == [10.2, 124.0]
    pd.testing.assert_frame_equal(rivit, kopio)


def test_lataa_taulukko_virheet(tmp_path):
    viesti = str(pytest.raises(AsiakkuusVirhe, lataa_taulukko, "asiakkaat2").value)
    assert "'asiakkaat2'" in viesti and "myynnit" in viesti
    viesti = str(pytest.raises(AsiakkuusVirhe, lataa_taulukko, "asiakkaat", tmp_path).value)
    assert "asiakkaat.csv" in viesti and "ei löydy" in viesti


# ------------------------------------------------------------------ tietosanakirja

def test_jokainen_sarake_on_kuvattu(aineisto):
    kuvaukset = sarakekuvaukset()
    assert list(kuvaukset.columns) == ["taulukko", "sarake", "merkitys", "yksikko"]
    kuvatut = set(zip(kuvaukset["taulukko"], kuvaukset["sarake"]))
    olemassa = {(nimi, s) for nimi in TAULUKOT for s in getattr(aineisto, nimi).columns}
    assert olemassa - kuvatut == set(), "kuvaamattomia sarakkeita"
    assert kuvatut - olemassa == set(), "kuvauksia sarakkeille, joita ei ole"
    assert not kuvaukset.duplicated(["taulukko", "sarake"]).any()
    assert (kuvaukset["merkitys"].str.len() > 3).all()
    # Rahasarakkeiden yksikkö on euro.
    rahat = kuvaukset[kuvaukset["sarake"].isin(EUROT)]
    assert rahat["yksikko"].str.contains("€").all()


def test_sarakekuvaukset_yhdelle_taulukolle():
    assert sarakekuvaukset("toimenpiteet")["sarake"].tolist() == SARAKKEET["toimenpiteet"]


def test_sarakekuvaukset_tuntematon_taulukko():
    with pytest.raises(AsiakkuusVirhe, match="asiakas"):
        sarakekuvaukset("asiakas")


# ------------------------------------------------------------------ aineiston muoto

def test_asiakkaat_ja_tyypit(aineisto):
    asiakkaat = aineisto.asiakkaat
    assert 30 <= len(asiakkaat) <= 50
    assert asiakkaat["asiakas_id"].is_unique
    assert set(asiakkaat["tyyppi"]) == TYYPIT
    for sarake in ("tuleva_potentiaali", "referenssiarvo", "oppimisarvo"):
        assert asiakkaat[sarake].between(1, 5).all(), sarake


def test_myyntia_kahdelta_tai_kolmelta_vuodelta(aineisto):
    vuodet = sorted(aineisto.myynnit["pvm"].dt.year.unique())
    assert 2 <= len(vuodet) <= 3
    assert vuodet == list(range(vuodet[0], vuodet[-1] + 1))
    # Toimenpiteet ja markkinointi samoilta vuosilta kuin myynti
    assert set(aineisto.toimenpiteet["vuosi"]) <= set(vuodet)
    assert set(aineisto.markkinointi["vuosi"]) <= set(vuodet)


def test_viittaukset_taulukoiden_valilla(aineisto):
    a = aineisto
    tunnukset = set(a.asiakkaat["asiakas_id"])
    for nimi in ("myynnit", "toimenpiteet", "markkinointi", "kyselyt"):
        assert set(getattr(a, nimi)["asiakas_id"]) <= tunnukset, nimi
    assert set(a.myynnit["tuote_id"]) <= set(a.tuotteet["tuote_id"])
    assert set(a.toimenpiteet["toimenpide"]) <= set(a.hinnasto["toimenpide"])
    assert set(a.hinnasto["kustannuslaji"]) == {"myynti", "asiakaspalvelu"}
    assert a.kyselyt["vastaus_id"].is_unique
    # Kukaan ei osta ennen asiakkuutensa alkua.
    alku = a.myynnit["asiakas_id"].map(a.asiakkaat.set_index("asiakas_id")["asiakas_alkaen"])
    assert (a.myynnit["pvm"] >= alku).all()
    # Myynnit ja kulut ovat ei-negatiivisia; määrät positiivisia.
    assert (a.myynnit["maara"] > 0).all()
    assert (a.myynnit[["yksikkohinta", "yksikkokustannus"]] >= 0).all().all()
    assert (a.toimenpiteet["lukumaara"] >= 0).all()
    assert (a.markkinointi["markkinointikustannus"] >= 0).all()


def test_kyselyjen_asteikot(aineisto):
    k = aineisto.kyselyt
    assert k["nps"].between(0, 10).all()
    assert k["csat"].between(1, 5).all()
    assert k["ces"].between(1, 7).all()
    for sarake in ("arvo_kohtaaminen", "arvo_asiakkuus", "arvo_kokonaisuus"):
        assert k[sarake].between(1, 5).all(), sarake


# ------------------------------------------------------------------ kurssin tarinat

def test_muutama_erittain_kannattava_ja_monta_kohtuullista(kate):
    paras = kate["asiakkuuden_kate"].max()
    erittain = kate[kate["asiakkuuden_kate"] >= 0.3 * paras]
    kohtuulliset = kate[(kate["asiakkuuden_kate"] > 0)
                        & (kate["asiakkuuden_kate"] < 0.3 * paras)]
    assert 2 <= len(erittain) <= len(kate) // 4
    assert len(kohtuulliset) > len(erittain)
    # 80/20: enintään neljännes asiakkaista tuo 80 % katteesta
    osuudet = pareto_osuudet(kate).set_index("mittari")
    assert osuudet.loc["asiakkuuden_kate", "asiakasosuus_pros"] <= 25


def test_kannattamattomia_molemmista_syista(kate):
    syyt = kannattamattomuuden_syyt(kate)
    assert len(syyt) >= 2
    assert (syyt["paasyy"] == "pieni volyymi").any()
    assert (syyt["paasyy"] == "liikaa työtä").any()
    # Suurimman tappion tekee liikaa työtä teettävä asiakas (kurssin ravintolatarina).
    suurin = syyt.iloc[0]
    assert suurin["paasyy"] == "liikaa työtä"
    assert kate.set_index("asiakas_id").loc[suurin["asiakas_id"], "tyyppi"] == "ravintola"


def test_suuri_mutta_ohutkatteinen_asiakas(kate):
    top3 = kate.nlargest(3, "tuotot")
    ohuet = top3[top3["kate_pros"] < 15]
    assert len(ohuet) >= 1
    assert (ohuet["asiakkuuden_kate"] > 0).all()  # ohut, mutta ei tappiollinen
    assert "matkanjärjestäjä" in set(ohuet["tyyppi"])


def test_huomisen_avainasiakas_nousee_paljon(aineisto, kate):
    pisteet = kriteeripisteet(kate, aineisto.myynnit, aineisto.asiakkaat)
    muutokset = sijoitusmuutokset(pisteet, "tanaan", "huomenna")
    nousijat = muutokset[(muutokset["muutos"] >= 10) & muutokset["avainasiakas_b"]
                         & ~muutokset["avainasiakas_a"]]
    assert len(nousijat) >= 1
    # Tämän päivän avainasiakkaat ja huomisen eivät ole täysin samat
    assert set(muutokset.loc[muutokset["avainasiakas_a"], "asiakas_id"]) != set(
        muutokset.loc[muutokset["avainasiakas_b"], "asiakas_id"])


# ------------------------------------------------------------------ generaattori

def test_generaattori_deterministinen():
    a, b = luo_aineisto(), luo_aineisto()
    for nimi in TAULUKOT:
        pd.testing.assert_frame_equal(getattr(a, nimi), getattr(b, nimi))


def test_suuri_generaattori_siemen():
    a = luo_aineisto(asiakkaita=50, tapahtumia=500, siemen=1)
    b = luo_aineisto(asiakkaita=50, tapahtumia=500, siemen=1)
    c = luo_aineisto(asiakkaita=50, tapahtumia=500, siemen=2)
    for nimi in TAULUKOT:
        pd.testing.assert_frame_equal(getattr(a, nimi), getattr(b, nimi))
    assert not a.myynnit.equals(c.myynnit)
    assert not a.asiakkaat.equals(c.asiakkaat)


def test_suuren_aineiston_muoto():
    kurssi = luo_aineisto()
    iso = luo_aineisto(asiakkaita=200, tapahtumia=5000)
    assert len(iso.asiakkaat) == 200
    assert len(iso.myynnit) == 5000
    assert iso.asiakkaat["asiakas_id"].is_unique
    for nimi in TAULUKOT:
        assert list(getattr(iso, nimi).columns) == list(getattr(kurssi, nimi).columns), nimi
        assert dict(getattr(iso, nimi).dtypes) == dict(getattr(kurssi, nimi).dtypes), nimi
    assert set(iso.asiakkaat["tyyppi"]) <= TYYPIT
    # Jokaisella asiakkaalla on vähintään yksi osto ja kaikki laskelmat toimivat.
    assert iso.myynnit["asiakas_id"].nunique() == 200
    m = data.lisaa_rivisummat(iso.myynnit)
    k = asiakkuuden_kate(m, iso.toimenpiteet, iso.hinnasto, iso.markkinointi)
    assert len(k) == 200
    assert k["tuotot"].sum() == pytest.approx(m["tuotot"].sum())


@pytest.mark.parametrize("maarat", [{"asiakkaita": 0, "tapahtumia": 10},
                                    {"asiakkaita": 10, "tapahtumia": 0},
                                    {"asiakkaita": -5, "tapahtumia": 10}])
def test_suuri_generaattori_hylkaa_nollan_ja_negatiivisen(maarat):
    # Nolla asiakasta ei saa hiljaa muuttua oletusarvoksi (1000), ja virhe on paketin
    # oma AsiakkuusVirhe kuten muissakin julkisissa funktioissa.
    with pytest.raises(AsiakkuusVirhe, match="vähintään 1"):
        luo_aineisto(**maarat)
