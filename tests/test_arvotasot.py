"""Asiakkuuden arvon kolme tasoa ja asiakaskohtainen arvotasoprofiili.

Odotetut arvot on laskettu käsin; laskutoimitus on kommentissa.
"""

from __future__ import annotations

import pandas as pd
import pytest

from apu import odota_virhe
from asiakkuus.arvotasot import ARVOTASOT, KYSELYSARAKKEET, arvotasoprofiili
from asiakkuus.virheet import AsiakkuusVirhe


def test_kolme_tasoa_jarjestyksessa():
    assert ARVOTASOT["taso"].tolist() == [1, 2, 3]
    assert ARVOTASOT["avain"].tolist() == ["kohtaaminen", "asiakkuus", "kokonaisuus"]
    assert KYSELYSARAKKEET == ["arvo_kohtaaminen", "arvo_asiakkuus", "arvo_kokonaisuus"]
    # Jokaisella tasolla on nimi, kuvaus ja kurssiyrityksen esimerkki.
    assert ARVOTASOT["nimi"].tolist() == ["Kohtaamisen taso", "Asiakkuuden taso",
                                          "Kokonaisuuden taso"]
    for sarake in ("kuvaus", "esimerkki"):
        assert (ARVOTASOT[sarake].str.len() > 20).all(), sarake


def kyselyt():
    rivit = [
        ("A", 5, 3, 2), ("A", 4, 3, 4), ("A", 3, 3, 3),
        ("B", 2, 5, 5),
        ("C", 4, 4, 4),
        ("D", 1, 2, 3), ("D", 2, 2, 2),
        ("E", 5, 4, 4), ("E", 4, 4, 4), ("E", 4, 4, 4),
    ]
    return pd.DataFrame(rivit, columns=["asiakas_id", *KYSELYSARAKKEET])


def test_arvotasoprofiili_kasin():
    k = kyselyt()
    kopio = k.copy()
    tulos = arvotasoprofiili(k).set_index("asiakas_id")
    assert list(tulos.columns) == ["vastauksia", "kohtaaminen", "asiakkuus", "kokonaisuus",
                                   "vahvin_taso", "heikoin_taso"]
    assert tulos["vastauksia"].to_dict() == {"A": 3, "B": 1, "C": 1, "D": 2, "E": 3}
    # A: (5+4+3)/3 = 4,0; (3+3+3)/3 = 3,0; (2+4+3)/3 = 3,0
    #    vahvin kohtaaminen; heikoin tasan asiakkuus/kokonaisuus -> ylempi = kokonaisuus
    assert tulos.loc["A", ["kohtaaminen", "asiakkuus", "kokonaisuus"]].tolist() == [
        4.0, 3.0, 3.0]
    assert tulos.loc["A", ["vahvin_taso", "heikoin_taso"]].tolist() == [
        "kohtaaminen", "kokonaisuus"]
    # B: 2, 5, 5: vahvin tasan asiakkuus/kokonaisuus -> alempi = asiakkuus
    assert tulos.loc["B", ["vahvin_taso", "heikoin_taso"]].tolist() == [
        "asiakkuus", "kohtaaminen"]
    # C: kaikki 4: vahvin alin taso (kohtaaminen), heikoin ylin (kokonaisuus)
    assert tulos.loc["C", ["vahvin_taso", "heikoin_taso"]].tolist() == [
        "kohtaaminen", "kokonaisuus"]
    # D: (1+2)/2 = 1,5; (2+2)/2 = 2,0; (3+2)/2 = 2,5 -> vahvin kokonaisuus, heikoin kohtaaminen
    assert tulos.loc["D", ["kohtaaminen", "asiakkuus", "kokonaisuus"]].tolist() == [
        1.5, 2.0, 2.5]
    assert tulos.loc["D", ["vahvin_taso", "heikoin_taso"]].tolist() == [
        "kokonaisuus", "kohtaaminen"]
    # E: (5+4+4)/3 = 4,333… -> 4,33 (kaksi desimaalia)
    assert tulos.loc["E", "kohtaaminen"] == 4.33
    pd.testing.assert_frame_equal(k, kopio)


@pytest.mark.parametrize("arvo", [0, 6])
def test_arvotasoprofiili_asteikon_ulkopuolella(arvo):
    k = kyselyt()
    k.loc[4, "arvo_asiakkuus"] = arvo
    kopio = k.copy()
    odota_virhe(arvotasoprofiili, k, sisaltaa=["arvo_asiakkuus", str(arvo), "rivi 5", "1–5"])
    pd.testing.assert_frame_equal(k, kopio)


def test_arvotasoprofiili_virheet():
    k = kyselyt()
    odota_virhe(arvotasoprofiili, k.drop(columns="arvo_kokonaisuus"),
                sisaltaa=["'arvo_kokonaisuus'", "puuttuu"])
    odota_virhe(arvotasoprofiili, k.drop(columns="asiakas_id"), sisaltaa=["'asiakas_id'"])
    odota_virhe(arvotasoprofiili, k.iloc[0:0], sisaltaa=["Kyselyt", "tyhjä"])
    huono = k.astype({"arvo_kohtaaminen": object})
    huono.loc[1, "arvo_kohtaaminen"] = "neljä"
    odota_virhe(arvotasoprofiili, huono, sisaltaa=["arvo_kohtaaminen", "'neljä'", "rivi 2"])
    puuttuva = k.astype({"arvo_kohtaaminen": float})
    puuttuva.loc[2, "arvo_kohtaaminen"] = float("nan")
    odota_virhe(arvotasoprofiili, puuttuva, sisaltaa=["arvo_kohtaaminen", "rivillä 3"])
