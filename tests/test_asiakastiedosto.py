"""The customer file of lesson 1, on a tiny hand-made data set."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from asiakkuus.asiakastiedosto import asiakastiedosto
from asiakkuus.virheet import AsiakkuusVirhe


def _aineisto():
    return SimpleNamespace(
        asiakkaat=pd.DataFrame({"asiakas_id": ["X1"], "nimi": ["Kahvila Kuura"],
                                "tyyppi": ["ravintola"], "paikkakunta": ["Inari"],
                                "asiakas_alkaen": pd.to_datetime(["2024-02-15"])}),
        tuotteet=pd.DataFrame({"tuote_id": ["T1", "T2"], "tuote": ["Marmeladi", "Safari"],
                               "tuoteryhma": ["luontotuote", "luontomatkailupalvelu"],
                               "yksikko": ["purkki", "hlö"]}),
        myynnit=pd.DataFrame({"asiakas_id": ["X1"] * 4, "tuote_id": ["T1", "T1", "T2", "T1"],
                              "pvm": pd.to_datetime(["2024-03-01", "2024-03-08", "2024-03-08",
                                                     "2024-12-10"]),
                              "maara": [10, 5, 2, 20], "tuotot": [100.0, 50.0, 300.0, 200.0]}),
        toimenpiteet=pd.DataFrame({"asiakas_id": ["X1", "X1"], "vuosi": [2024, 2024],
                                   "toimenpide": ["erikoistilaus", "puhelu"],
                                   "lukumaara": [2, 7]}),
        kyselyt=pd.DataFrame({"asiakas_id": ["X1", "X1"], "nps": [9, 10]}))


def test_summary_and_history_by_hand():
    tiivistelma, historia = asiakastiedosto(_aineisto(), "X1")
    rivit = tiivistelma.splitlines()
    assert rivit[0] == "Kahvila Kuura (X1): ravintola, Inari"
    assert rivit[1] == "Asiakkaana 15.2.2024 alkaen"
    # purchase days: 1.3., 8.3. (two products, one day) and 10.12. -> 3; March has 2 days
    assert rivit[2] == "Ostopäiviä 2024–2024: 3; eniten ostoja: maaliskuu, joulukuu"
    assert rivit[3] == "Erikoistilauksia 2, reklamaatioita 0"
    assert rivit[4] == "Suositteluhalukkuus kyselyissä keskimäärin 9,5 / 10 (vastauksia 2)"
    # Marmeladi: 3 days, 35 jars, 350 EUR; Safari: 1 day, 2, 300 EUR (by revenue, largest first)
    assert historia.values.tolist() == [["Marmeladi", "purkki", 3, 35, 350.0],
                                        ["Safari", "hlö", 1, 2, 300.0]]


def test_unknown_customer_gives_a_finnish_message():
    with pytest.raises(AsiakkuusVirhe, match="Asiakasta 'X9' ei ole aineistossa"):
        asiakastiedosto(_aineisto(), "X9")
