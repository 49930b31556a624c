"""Service levels and the customer plan: hand-made customers, one rule at a time."""

import pandas as pd
import pytest

from apu import odota_virhe
from asiakkuus.suunnitelma import asiakkuussuunnitelma, palvelutasot, suunnitelma_tekstina


def test_palvelutasot_rajat():
    # Key accounts first whatever their score; then >= 3.0, >= 2.0, the rest.
    p = pd.DataFrame({"asiakas_id": list("ABCDEF"),
                      "pisteet": [2.0, 3.0, 2.99, 2.0, 1.99, 5.0],
                      "avainasiakas": [True, False, False, False, False, False]})
    assert palvelutasot(p)["palvelutaso"].tolist() == [
        "avainasiakas", "kasvuasiakas", "perusasiakas", "perusasiakas", "kevytasiakas",
        "kasvuasiakas"]
    assert "palvelutaso" not in p.columns  # input not modified


def _asiakas(**muutokset):
    pisteet = {"asiakas_id": "A", "nimi": "Testi Oy", "pisteet": 3.5, "sija": 2,
               "avainasiakas": False, "myyntivolyymi": 3, "kannattavuus": 3, "uskollisuus": 3,
               "tuleva_potentiaali": 3, "referenssiarvo": 3, "oppimisarvo": 3}
    kate = {"asiakas_id": "A", "tuotot": 10_000.0, "myyntikate": 4_000.0,
            "asiakaspalvelun_kustannukset": 1_000.0, "asiakkuuden_kate": 2_000.0,
            "kate_pros": 20.0}
    for avain, arvo in muutokset.items():
        (pisteet if avain in pisteet else kate)[avain] = arvo
    return pd.DataFrame([pisteet]), pd.DataFrame([kate])


def test_tavallinen_asiakas_ei_saa_toimenpiteita():
    # 20 % margin, service 1000 / 10000 = 10 % of revenue, all judgments 3: no rule fires.
    p, k = _asiakas()
    s = asiakkuussuunnitelma("A", p, k)
    assert s["toimenpiteet"] == []
    assert s["palvelutaso"] == "Kasvuasiakas"
    assert s["luvut"]["Kate-%"] == "20,0\u00a0%"


@pytest.mark.parametrize("muutos,alku", [
    ({"kate_pros": 9.9}, "Tarkista hinnoittelu"),
    ({"asiakaspalvelun_kustannukset": 1_600.0}, "Kevennä palvelutyötä"),  # 16 % > 15 %
    ({"tuleva_potentiaali": 4}, "Kasvata asiakkuutta"),
    ({"referenssiarvo": 5}, "Pyydä lupa"),
    ({"oppimisarvo": 4}, "Ota asiakas mukaan"),
    ({"uskollisuus": 2}, "Vahvista sitoutumista"),
])
def test_yksi_saanto_kerrallaan(muutos, alku):
    p, k = _asiakas(**muutos)
    toimenpiteet = asiakkuussuunnitelma("A", p, k)["toimenpiteet"]
    assert len(toimenpiteet) == 1 and toimenpiteet[0].startswith(alku)


def test_tappiollinen_asiakas_ei_saa_vain_prosenttia():
    # A loss is reported as a loss (in euros), not as "margin only -20 %".
    p, k = _asiakas(asiakkuuden_kate=-2_000.0, kate_pros=-20.0)
    toimenpiteet = asiakkuussuunnitelma("A", p, k)["toimenpiteet"]
    assert len(toimenpiteet) == 1
    # euroa(-2000) = "−2 000 €" with U+2212, U+202F thousands space and U+00A0 before €
    assert toimenpiteet[0].startswith("Asiakkuus on tappiollinen (\u22122\u202f000\u00a0€).")


def test_arvotasot_ja_nps_kyselysta():
    p, k = _asiakas()
    profiili = pd.DataFrame({"asiakas_id": ["A"], "vastauksia": [2], "kohtaaminen": [4.0],
                             "asiakkuus": [2.5], "kokonaisuus": [3.0],
                             "vahvin_taso": ["kohtaaminen"], "heikoin_taso": ["asiakkuus"]})
    kyselyt = pd.DataFrame({"asiakas_id": ["A", "A", "B"], "nps": [6, 5, 10]})
    s = asiakkuussuunnitelma("A", p, k, profiili, kyselyt)
    # weakest level 'asiakkuus' -> renew the offering; NPS (6 + 5) / 2 = 5,5 <= 6
    assert [t.split(":")[0] for t in s["toimenpiteet"]] == [
        "Uudista tarjoomaa", "Selvitä tyytymättömyyden syy"]
    assert "5,5/10" in s["toimenpiteet"][1]
    assert s["arvotasot"] == {"Kohtaamisen taso": 4.0, "Asiakkuuden taso": 2.5,
                              "Kokonaisuuden taso": 3.0}
    teksti = suunnitelma_tekstina(s)
    assert "Asiakkuuden taso 2,5" in teksti and "1. Uudista tarjoomaa" in teksti


def test_tuntematon_asiakas():
    p, k = _asiakas()
    odota_virhe(asiakkuussuunnitelma, "Z99", p, k, sisaltaa=["'Z99'", "A"])
