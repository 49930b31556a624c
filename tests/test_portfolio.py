"""Asiakasportfolio: pisteet 1–5, raakamittarit, kriteeripisteet, painotettu pisteytys,
avainasiakkaat, sijoitusmuutokset ja painoskenaariot.

Odotetut arvot on laskettu käsin; laskutoimitus on kommentissa.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from apu import odota_virhe, NOPEA
from asiakkuus.portfolio import (KRITEERIT, OLETUSPAINOT, SKENAARIOIDEN_NIMET, SKENAARIOT,
                                 avainasiakkaat, hae_painot, kriteeripisteet,
                                 painotettu_pistemaara, pisteet_1_5, pisteyta,
                                 pisteytyksen_mittarit, sijoitusmuutokset)
from asiakkuus.virheet import AsiakkuusVirhe



# ------------------------------------------------------------------ pisteet 1–5

def test_pisteet_viidenneksittain():
    # n = 6, p = (sija - 1) / 5 = 0; 0,2; 0,4; 0,6; 0,8; 1
    # pisteet 1 + ⌊5p⌋ = 1, 2, 3, 4, 5, 6 -> enintään 5
    assert pisteet_1_5(pd.Series([10, 20, 30, 40, 50, 60])).tolist() == [1, 2, 3, 4, 5, 5]


def test_pisteet_yksitoista_arvoa():
    # n = 11, p = k / 10; 1 + ⌊5k/10⌋ = 1 + ⌊k/2⌋: 1,1,2,2,3,3,4,4,5,5,(6->5)
    assert pisteet_1_5(pd.Series(range(11))).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5]


def test_pisteet_jarjestyksesta_riippumatta_ja_tasatulokset():
    # [3, 1, 2, 2, 5]: sijat (tasatulos saa sijojen 2 ja 3 keskiarvon 2,5) 4, 1, 2,5, 2,5, 5
    # n - 1 = 4: p = 3/4, 0, 1,5/4, 1,5/4, 1
    # -> 1 + ⌊3,75⌋ = 4, 1, 1 + ⌊1,875⌋ = 2, 2, 6 -> 5
    s = pd.Series([3, 1, 2, 2, 5], index=["a", "b", "c", "d", "e"])
    tulos = pisteet_1_5(s)
    assert tulos.tolist() == [4, 1, 2, 2, 5]
    assert tulos.index.tolist() == ["a", "b", "c", "d", "e"]
    # Docstringin esimerkki: [5, 5, 1] -> sijat 2,5; 2,5; 1; p = 0,75; 0,75; 0
    # -> 1 + ⌊3,75⌋ = 4, 4, 1
    assert pisteet_1_5(pd.Series([5.0, 5.0, 1.0])).tolist() == [4, 4, 1]
    # [0, 1, 1]: sijat 1; 2,5; 2,5 -> p = 0; 0,75; 0,75 -> 1, 4, 4
    assert pisteet_1_5(pd.Series([0, 1, 1])).tolist() == [1, 4, 4]


def test_pisteet_kaikki_samat_saavat_keskimmaiset_pisteet():
    # Kaikki tasoissa: sija (1+2+3+4)/4 = 2,5 kaikilla -> p = 1,5/3 = 0,5 -> 1 + ⌊2,5⌋ = 3.
    assert pisteet_1_5(pd.Series([7, 7, 7, 7])).tolist() == [3, 3, 3, 3]


def test_pisteet_puuttuva_arvo_ja_yksittainen():
    # NaN saa pienimmän sijan (1 piste); 10 -> sija 2, p = 0,5 -> 3; 20 -> p = 1 -> 5
    assert pisteet_1_5(pd.Series([np.nan, 10.0, 20.0])).tolist() == [1, 3, 5]
    assert pisteet_1_5(pd.Series([123.0])).tolist() == [3]


def test_pisteet_negatiiviset_kateluvut():
    # [-500, 0, 250]: p = 0, 0,5, 1 -> 1, 3, 5
    assert pisteet_1_5(pd.Series([-500.0, 0.0, 250.0])).tolist() == [1, 3, 5]


def test_pisteet_samat_sentit_samat_pisteet_ja_puuttuvat_yhden():
    # 200,20 € twice, once computed with floating-point noise: the same score for both.
    kaksi = pd.Series([150.0, 200.2, 0.1 * 2002, 300.0, 250.0])
    assert 0.1 * 2002 != 200.2  # the noise is real
    pisteet = pisteet_1_5(kaksi).tolist()
    assert pisteet[1] == pisteet[2]
    # Half of the values missing: every missing value still gets exactly 1 point. The missing
    # ones share ranks 1-3 (average 2, p = 0,2, which would give 2 points); 10, 20, 30 have
    # ranks 4, 5, 6 of n = 6: p = 0,6; 0,8; 1 -> 4, 5, 5.
    puuttuu = pd.Series([np.nan, np.nan, np.nan, 10.0, 20.0, 30.0])
    assert pisteet_1_5(puuttuu).tolist() == [1, 1, 1, 4, 5, 5]


def test_tappiollinen_ei_koskaan_yli_yhden_pisteen():
    from asiakkuus.portfolio import kannattavuuspisteet
    # Only loss-makers: ranks alone would give 1..5; the rule gives 1 to all.
    assert kannattavuuspisteet(pd.Series([-900.0, -500.0, -300.0, -100.0, -5.0])).tolist() \
        == [1, 1, 1, 1, 1]
    # −0,004 € is 0,00 € to the cent: not a loss.
    assert kannattavuuspisteet(pd.Series([-0.004, 10.0, 20.0])).tolist() == [1, 3, 5]


def test_pisteet_ei_numeerinen_arvo_hylataan():
    # "12,5 €" ei ole luku: sen ei pidä hiljaa muuttua yhdeksi pisteeksi.
    odota_virhe(pisteet_1_5, pd.Series([10.0, "12,5 €", 30.0]), sisaltaa=["'12,5 €'"])


@NOPEA
@given(st.lists(st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)),
                min_size=1, max_size=40))
def test_ominaisuus_pisteet_valilla_1_5_ja_monotoniset(arvot):
    s = pd.Series(arvot, dtype=float)
    pisteet = pisteet_1_5(s)
    assert pisteet.between(1, 5).all()
    assert len(pisteet) == len(s)
    jarjestys = np.argsort(s.to_numpy(), kind="stable")
    jarjestetyt = pisteet.to_numpy()[jarjestys]
    assert (np.diff(jarjestetyt) >= 0).all()  # suurempi arvo ei koskaan saa vähemmän
    # samat arvot -> samat pisteet
    for arvo in set(arvot):
        assert pisteet[s == float(arvo)].nunique() == 1
    # Ainoa pienin arvo saa sijan 1 eli 1 pisteen; ainoa suurin saa 5 (tasatuloksessa arvot
    # saavat sijojensa keskiarvon). Arvoja verrataan sentin tarkkuudella: 0 ja 0,004 ovat samat.
    senteissa = s.round(2)
    if len(s) == 1:
        assert pisteet.iloc[0] == 3
    if len(s) > 1 and (senteissa == senteissa.min()).sum() == 1:
        assert pisteet[senteissa == senteissa.min()].iloc[0] == 1
    if len(s) > 1 and (senteissa == senteissa.max()).sum() == 1:
        assert pisteet[senteissa == senteissa.max()].iloc[0] == 5
    for arvo in set(senteissa):  # equal to the cent -> equal points
        assert pisteet[senteissa == arvo].nunique() == 1


# ------------------------------------------------------------------ raakamittarit

def myyntirivit():
    return pd.DataFrame({
        "asiakas_id": ["A", "A", "A", "A", "B", "D"],
        "pvm": pd.to_datetime(["2024-01-10", "2024-02-20", "2024-08-01", "2025-03-31",
                               "2024-12-31", "2024-05-05"]),
    })


def katetaulu():
    return pd.DataFrame({"asiakas_id": ["A", "B", "C"], "tuotot": [1000.0, 200.0, 0.0],
                         "asiakkuuden_kate": [300.0, -50.0, -20.0]})


def test_pisteytyksen_mittarit_uskollisuus_on_ostoneljannesten_osuus():
    m, k = myyntirivit(), katetaulu()
    kopiot = [m.copy(), k.copy()]
    tulos = pisteytyksen_mittarit(k, m)
    # Aineiston aika 2024Q1 ... 2025Q1 = 5 neljännestä.
    # A osti neljänneksinä 2024Q1 (kahdesti), 2024Q3 ja 2025Q1 -> 3 / 5 = 60 %
    # B osti 2024Q4 -> 1 / 5 = 20 %; C ei ostanut -> 0 %; D ei ole katetaulussa -> ei mukana
    assert tulos["asiakas_id"].tolist() == ["A", "B", "C"]
    assert tulos["uskollisuus"].tolist() == [60.0, 20.0, 0.0]
    assert tulos["myyntivolyymi"].tolist() == [1000.0, 200.0, 0.0]
    assert tulos["kannattavuus"].tolist() == [300.0, -50.0, -20.0]
    pd.testing.assert_frame_equal(m, kopiot[0])
    pd.testing.assert_frame_equal(k, kopiot[1])


def test_pisteytyksen_mittarit_kolmasosat():
    # Docstringin tilanne eri päivillä: aika 2025Q1...2025Q3 = 3 neljännestä
    m = pd.DataFrame({"asiakas_id": ["A", "A", "B"],
                      "pvm": pd.to_datetime(["2025-03-31", "2025-09-30", "2025-01-01"])})
    k = pd.DataFrame({"asiakas_id": ["B", "A"], "tuotot": [1.0, 2.0],
                      "asiakkuuden_kate": [0.0, 0.0]})
    tulos = pisteytyksen_mittarit(k, m)
    # B: 1/3 = 33,3 %; A: 2/3 = 66,7 % (järjestys katetaulun mukaan)
    assert tulos["uskollisuus"].tolist() == [33.3, 66.7]


def test_pisteytyksen_mittarit_virheet():
    m, k = myyntirivit(), katetaulu()
    odota_virhe(pisteytyksen_mittarit, k, m.assign(pvm=m["pvm"].dt.strftime("%Y-%m-%d")),
                sisaltaa=["'pvm'"])
    odota_virhe(pisteytyksen_mittarit, k, m.drop(columns="pvm"), sisaltaa=["'pvm'"])
    odota_virhe(pisteytyksen_mittarit, k.drop(columns="tuotot"), m, sisaltaa=["'tuotot'"])
    kahdesti = pd.concat([k, k.iloc[[1]]], ignore_index=True)
    odota_virhe(pisteytyksen_mittarit, kahdesti, m, sisaltaa=["'B'", "asiakas_id"])
    huono = k.astype({"tuotot": object})
    huono.loc[2, "tuotot"] = "12,5 €"
    odota_virhe(pisteytyksen_mittarit, huono, m, sisaltaa=["tuotot", "'12,5 €'", "rivi 3"])
    odota_virhe(pisteytyksen_mittarit, k, m.iloc[0:0], sisaltaa=["Myynnit", "tyhjä"])


def test_pisteytyksen_mittarit_puuttuva_paivamaara():
    # Puuttuva ostopäivä (NaT) ei saa hiljaa nollata kaikkien uskollisuutta.
    m = myyntirivit()
    m.loc[5, "pvm"] = pd.NaT
    odota_virhe(pisteytyksen_mittarit, katetaulu(), m, sisaltaa=["'pvm'"])


# ------------------------------------------------------------------ kriteeripisteet

def asiakastaulu():
    return pd.DataFrame({
        "asiakas_id": ["A", "B", "C", "D"],
        "nimi": ["Hotelli", "Baari", "Cafe", "Dora"],
        "tyyppi": ["hotelli", "ravintola", "ravintola", "kuluttaja"],
        "tuleva_potentiaali": [4, 2, 5, 1],
        "referenssiarvo": [5, 1, 3, 2],
        "oppimisarvo": [3, 3, 4, 1],
    })


def test_kriteeripisteet_kasin():
    asiakkaat = asiakastaulu()
    kopio = asiakkaat.copy()
    tulos = kriteeripisteet(katetaulu(), myyntirivit(), asiakkaat)
    assert list(tulos.columns) == ["asiakas_id", "nimi", "tyyppi", *KRITEERIT]
    t = tulos.set_index("asiakas_id")
    # Kolme katetaulun asiakasta, n - 1 = 2:
    # volyymi 1000, 200, 0 -> sijat 3, 2, 1 -> p = 1; 0,5; 0 -> 5, 3, 1
    assert t.loc[["A", "B", "C"], "myyntivolyymi"].tolist() == [5, 3, 1]
    # kate 300, -50, -20 -> sijat 3, 1, 2 -> 5, 1, 3 by rank; C loses money (-20 €), and a
    # loss-maker never scores above 1 -> 5, 1, 1
    assert t.loc[["A", "B", "C"], "kannattavuus"].tolist() == [5, 1, 1]
    # uskollisuus 60, 20, 0 -> 5, 3, 1
    assert t.loc[["A", "B", "C"], "uskollisuus"].tolist() == [5, 3, 1]
    # D:llä ei katetta -> laskettujen kriteerien pisteet 1
    assert t.loc["D", KRITEERIT[:3]].tolist() == [1, 1, 1]
    # Arviokriteerit tulevat asiakastaulusta sellaisinaan
    assert t.loc["C", KRITEERIT[3:]].tolist() == [5, 3, 4]
    pd.testing.assert_frame_equal(asiakkaat, kopio)


@pytest.mark.parametrize("arvo", [0, 6])
def test_kriteeripisteet_arvio_asteikon_ulkopuolella(arvo):
    asiakkaat = asiakastaulu()
    asiakkaat.loc[2, "referenssiarvo"] = arvo
    odota_virhe(kriteeripisteet, katetaulu(), myyntirivit(), asiakkaat,
                sisaltaa=["referenssiarvo", str(arvo), "rivi 3", "1–5"])


def test_kriteeripisteet_virheet():
    odota_virhe(kriteeripisteet, katetaulu(), myyntirivit(),
                asiakastaulu().drop(columns="oppimisarvo"), sisaltaa=["'oppimisarvo'"])
    toistuva = asiakastaulu()
    toistuva.loc[3, "asiakas_id"] = "A"
    odota_virhe(kriteeripisteet, katetaulu(), myyntirivit(), toistuva,
                sisaltaa=["'A'", "asiakas_id"])
    huono = asiakastaulu().astype({"tuleva_potentiaali": object})
    huono.loc[0, "tuleva_potentiaali"] = "paljon"
    odota_virhe(kriteeripisteet, katetaulu(), myyntirivit(), huono,
                sisaltaa=["tuleva_potentiaali", "'paljon'", "rivi 1"])


# ------------------------------------------------------------------ pisteytys

def pistetaulu():
    # Sarakkeet KRITEERIT-järjestyksessä: volyymi, kannattavuus, uskollisuus,
    # potentiaali, referenssi, oppiminen.
    rivit = {
        "D": [5, 4, 3, 2, 1, 5],
        "B": [3, 3, 3, 3, 3, 3],
        "C": [1, 5, 5, 5, 5, 5],
        "A": [4, 2, 4, 2, 2, 2],
    }
    t = pd.DataFrame.from_dict(rivit, orient="index", columns=KRITEERIT)
    return t.rename_axis("asiakas_id").reset_index()


def test_pisteyta_oletuspainot_30_20_20_10_10_10():
    p = pistetaulu()
    kopio = p.copy()
    tulos = pisteyta(p, avainasiakkaita=2)
    # D: 5·30 + 4·20 + 3·20 + 2·10 + 1·10 + 5·10 = 150+80+60+20+10+50 = 370 -> 3,7
    # B: 3 kaikissa -> 3,0
    # C: 1·30 + 5·20 + 5·20 + 5·10 + 5·10 + 5·10 = 30+100+100+50+50+50 = 380 -> 3,8
    # A: 4·30 + 2·20 + 4·20 + 2·10 + 2·10 + 2·10 = 120+40+80+20+20+20 = 300 -> 3,0
    # Järjestys: C 3,8; D 3,7; A ja B tasan 3,0 -> tunnuksen mukaan A ennen B:tä
    assert tulos["asiakas_id"].tolist() == ["C", "D", "A", "B"]
    np.testing.assert_allclose(tulos["pisteet"], [3.8, 3.7, 3.0, 3.0])
    assert tulos["sija"].tolist() == [1, 2, 3, 4]
    assert tulos["avainasiakas"].tolist() == [True, True, False, False]
    assert avainasiakkaat(tulos)["asiakas_id"].tolist() == ["C", "D"]
    pd.testing.assert_frame_equal(p, kopio)


def test_pisteyta_tanaan_skenaario():
    tulos = pisteyta(pistetaulu(), "tanaan").set_index("asiakas_id")
    # tanaan 40/30/15/5/5/5:
    # D: 5·40 + 4·30 + 3·15 + 2·5 + 1·5 + 5·5 = 200+120+45+10+5+25 = 405 -> 4,05
    # C: 1·40 + 5·30 + 5·15 + 5·5 + 5·5 + 5·5 = 40+150+75+25+25+25 = 340 -> 3,4
    # A: 4·40 + 2·30 + 4·15 + 2·5 + 2·5 + 2·5 = 160+60+60+10+10+10 = 310 -> 3,1
    assert tulos.loc["D", "pisteet"] == pytest.approx(4.05)
    assert tulos.loc["C", "pisteet"] == pytest.approx(3.4)
    assert tulos.loc["A", "pisteet"] == pytest.approx(3.1)
    assert tulos.loc[["D", "C", "A", "B"], "sija"].tolist() == [1, 2, 3, 4]


def test_pisteyta_omat_painot_ja_tasapeli():
    painot = {k: 0 for k in KRITEERIT} | {"oppimisarvo": 100}
    tulos = pisteyta(pistetaulu(), painot, avainasiakkaita=1)
    # Vain oppimisarvo: D 5, C 5, B 3, A 2; C ja D tasan -> C ensin
    assert tulos["asiakas_id"].tolist() == ["C", "D", "B", "A"]
    assert tulos["pisteet"].tolist() == [5.0, 5.0, 3.0, 2.0]
    assert tulos["avainasiakas"].tolist() == [True, False, False, False]


def test_pisteyta_avainasiakkaiden_maara_nolla_ja_kaikki():
    assert not pisteyta(pistetaulu(), avainasiakkaita=0)["avainasiakas"].any()
    assert pisteyta(pistetaulu(), avainasiakkaita=10)["avainasiakas"].all()


def test_pisteyta_painojen_summa_ei_100():
    painot = dict(OLETUSPAINOT, oppimisarvo=0)  # 30+20+20+10+10+0 = 90
    viesti = odota_virhe(pisteyta, pistetaulu(), painot, sisaltaa=["90", "100"])
    assert "summa" in viesti.lower()
    painot = dict(OLETUSPAINOT, myyntivolyymi=40.5)  # 40,5+20+20+10+10+10 = 110,5
    odota_virhe(pisteyta, pistetaulu(), painot, sisaltaa=["110.5"])


def test_pisteyta_painovirheet():
    odota_virhe(pisteyta, pistetaulu(), dict(OLETUSPAINOT, hinta=0),
                sisaltaa=["'hinta'", "myyntivolyymi"])
    puuttuu = {k: v for k, v in OLETUSPAINOT.items() if k != "referenssiarvo"}
    odota_virhe(pisteyta, pistetaulu(), puuttuu, sisaltaa=["'referenssiarvo'"])
    # 50 - 20 + 40 + 10 + 10 + 10 = 100, mutta yksi paino on negatiivinen
    negatiivinen = dict(OLETUSPAINOT, myyntivolyymi=50, kannattavuus=-20, uskollisuus=40)
    odota_virhe(pisteyta, pistetaulu(), negatiivinen, sisaltaa=["'kannattavuus'", "-20"])
    odota_virhe(pisteyta, pistetaulu(), dict(OLETUSPAINOT, oppimisarvo="10 %"),
                sisaltaa=["oppimisarvo", "'10 %'"])
    odota_virhe(pisteyta, pistetaulu(), "ylihuomenna",
                sisaltaa=["'ylihuomenna'", "tanaan", "huomenna"])
    odota_virhe(pisteyta, pistetaulu(), [30, 20, 20, 10, 10, 10], sisaltaa=["sanakirja"])


@pytest.mark.parametrize("arvo", [0, 6])
def test_pisteyta_pisteet_asteikon_ulkopuolella(arvo):
    p = pistetaulu()
    p.loc[1, "uskollisuus"] = arvo
    kopio = p.copy()
    odota_virhe(pisteyta, p, sisaltaa=["uskollisuus", str(arvo), "rivi 2", "1–5"])
    pd.testing.assert_frame_equal(p, kopio)


def test_pisteyta_taulukkovirheet():
    p = pistetaulu()
    odota_virhe(pisteyta, p.drop(columns="kannattavuus"), sisaltaa=["'kannattavuus'"])
    odota_virhe(pisteyta, p.iloc[0:0], sisaltaa=["tyhjä"])
    kahdesti = p.copy()
    kahdesti.loc[3, "asiakas_id"] = "D"
    odota_virhe(pisteyta, kahdesti, sisaltaa=["'D'", "asiakas_id"])
    huono = p.astype({"oppimisarvo": object})
    huono.loc[0, "oppimisarvo"] = "neljä"
    odota_virhe(pisteyta, huono, sisaltaa=["oppimisarvo", "'neljä'", "rivi 1"])
    odota_virhe(pisteyta, p, avainasiakkaita=-1, sisaltaa=["Avainasiakkaiden määrä", "-1"])
    odota_virhe(avainasiakkaat, p, sisaltaa=["'sija'"])


def test_painotettu_pistemaara_mika_tahansa_summa():
    p = pd.DataFrame({"myyntivolyymi": [5, 1, 3], "kannattavuus": [1, 5, 3]})
    # (3·5 + 1·1) / 4 = 4; (3·1 + 1·5) / 4 = 2; (3·3 + 1·3) / 4 = 3
    assert painotettu_pistemaara(p, {"myyntivolyymi": 3, "kannattavuus": 1}).tolist() == [
        4.0, 2.0, 3.0]
    odota_virhe(painotettu_pistemaara, p, {"myyntivolyymi": 0, "kannattavuus": 0},
                sisaltaa=["nollia"])


def sijat(pisteet: pd.DataFrame, painot) -> list[str]:
    """Järjestys samalla säännöllä kuin pisteyta: pistemäärä laskevasti, tasapelissä tunnus."""
    t = pisteet.assign(pisteet=painotettu_pistemaara(pisteet, painot))
    return t.sort_values(["pisteet", "asiakas_id"], ascending=[False, True],
                         kind="stable")["asiakas_id"].tolist()


_PISTERIVI = st.lists(st.integers(1, 5), min_size=6, max_size=6)
_PAINOT = st.lists(st.integers(0, 100), min_size=6, max_size=6).filter(lambda w: sum(w) > 0)


@NOPEA
@given(st.lists(_PISTERIVI, min_size=2, max_size=12), _PAINOT,
       st.floats(0.01, 1000, allow_nan=False, allow_infinity=False))
def test_ominaisuus_painojen_skaalaus_ei_muuta_jarjestysta(rivit, painot, kerroin):
    p = pd.DataFrame(rivit, columns=KRITEERIT)
    p.insert(0, "asiakas_id", [f"X{i:02d}" for i in range(len(rivit))])
    w = dict(zip(KRITEERIT, painot))
    skaalattu = {k: v * kerroin for k, v in w.items()}
    assert sijat(p, w) == sijat(p, skaalattu)
    # pisteyta vaatii summan 100: normeerattuna sama järjestys
    normeerattu = {k: 100 * v / sum(painot) for k, v in w.items()}
    assert pisteyta(p, normeerattu)["asiakas_id"].tolist() == sijat(p, w)
    pisteet = pisteyta(p, normeerattu)["pisteet"]
    assert pisteet.between(1, 5).all()
    assert pisteet.is_monotonic_decreasing


# ------------------------------------------------------------------ sijoitusmuutokset

def test_sijoitusmuutokset_tanaan_huomenna():
    p = pd.DataFrame({"asiakas_id": ["iso", "lupaava", "tasainen"],
                      "nimi": ["Iso Oy", "Lupaava Oy", "Tasainen Oy"],
                      "myyntivolyymi": [5, 1, 3], "kannattavuus": [5, 1, 3],
                      "uskollisuus": [5, 2, 3], "tuleva_potentiaali": [1, 5, 3],
                      "referenssiarvo": [1, 5, 3], "oppimisarvo": [1, 5, 3]})
    kopio = p.copy()
    tulos = sijoitusmuutokset(p, "tanaan", "huomenna", avainasiakkaita=1)
    # tanaan 40/30/15/5/5/5: iso 200+150+75+5+5+5 = 440 -> 4,4;
    #   lupaava 40+30+30+25+25+25 = 175 -> 1,75; tasainen 3,0 -> sijat iso 1, tasainen 2,
    #   lupaava 3
    # huomenna 10/10/10/45/15/10: iso 50+50+50+45+15+10 = 220 -> 2,2;
    #   lupaava 10+10+20+225+75+50 = 390 -> 3,9; tasainen 3,0 -> lupaava 1, tasainen 2, iso 3
    assert tulos["asiakas_id"].tolist() == ["lupaava", "tasainen", "iso"]
    assert tulos["sija_a"].tolist() == [3, 2, 1]
    assert tulos["sija_b"].tolist() == [1, 2, 3]
    assert tulos["muutos"].tolist() == [2, 0, -2]  # sija_a - sija_b
    assert tulos["avainasiakas_a"].tolist() == [False, False, True]
    assert tulos["avainasiakas_b"].tolist() == [True, False, False]
    assert tulos["nimi"].tolist() == ["Lupaava Oy", "Tasainen Oy", "Iso Oy"]
    pd.testing.assert_frame_equal(p, kopio)


def test_sijoitusmuutokset_virheellinen_skenaario():
    odota_virhe(sijoitusmuutokset, pistetaulu(), "tanaan", "eilen", sisaltaa=["'eilen'"])


# ------------------------------------------------------------------ skenaariot

def test_oletuspainot_ovat_kurssin_taulukon_mukaiset():
    assert OLETUSPAINOT == {"myyntivolyymi": 30, "kannattavuus": 20, "uskollisuus": 20,
                            "tuleva_potentiaali": 10, "referenssiarvo": 10, "oppimisarvo": 10}
    assert KRITEERIT == list(OLETUSPAINOT)


def test_nimetyt_skenaariot():
    assert set(SKENAARIOT) == {"oletus", "tanaan", "huomenna"}
    assert set(SKENAARIOIDEN_NIMET) == set(SKENAARIOT)
    for nimi, painot in SKENAARIOT.items():
        assert set(painot) == set(KRITEERIT), nimi
        assert sum(painot.values()) == 100, nimi
        assert hae_painot(nimi) == {k: float(v) for k, v in painot.items()}
    oletus, tanaan, huomenna = (SKENAARIOT[n] for n in ("oletus", "tanaan", "huomenna"))
    # Tämän päivän painotus: nykyinen volyymi ja kannattavuus ylös
    assert tanaan["myyntivolyymi"] > oletus["myyntivolyymi"]
    assert tanaan["kannattavuus"] > oletus["kannattavuus"]
    # Huomisen painotus: tuleva potentiaali ylös ja suurin yksittäinen paino
    assert huomenna["tuleva_potentiaali"] > oletus["tuleva_potentiaali"]
    assert huomenna["tuleva_potentiaali"] == max(huomenna.values())
    assert hae_painot(None) == {k: float(v) for k, v in OLETUSPAINOT.items()}
