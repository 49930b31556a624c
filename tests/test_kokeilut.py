"""Lesson explorations driven headlessly: moving a slider recomputes the result."""

from __future__ import annotations

from asiakkuus.kokeilut import clv_tutkija


def _teksti(tutkija) -> str:
    return tutkija.children[-1].outputs[0]["text"].replace("\u202f", " ").replace("\xa0", " ")


def test_clv_explorer_follows_its_sliders():
    tutkija = clv_tutkija()
    m, r, d, vuosia = tutkija.children[:4]
    m.value, r.value, d.value, vuosia.value = 2000, 50, 0, 3
    # CLV = 2 000 · 0,5 / (1 + 0 − 0,5) = 2 000; three years: 2 000 · (0,5 + 0,25 + 0,125) = 1 750
    assert "= 2 000 €" in _teksti(tutkija)
    assert "Ensimmäisten 3 vuoden kertymä: 1 750 €" in _teksti(tutkija)
    tulosteet = tutkija.children[-1].outputs
    assert len(tulosteet) == 3  # text, figure, table: the previous result was replaced
    assert "Figure" in str(tulosteet[1]["data"])  # PNG in a kernel, a repr without one
    assert "Asiakas vielä mukana" in tulosteet[2]["data"]["text/plain"]


def test_margin_calculator_fills_a_customer_and_recomputes_when_a_field_changes():
    import pandas as pd

    from asiakkuus.kokeilut import kateketjulaskuri

    katteet = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Hotelli A", "Kauppa B"],
                            "tuotot": [1000.0, 5000.0], "suorat_kustannukset": [600.0, 2000.0],
                            "myynnin_kustannukset": [100.0, 500.0],
                            "markkinoinnin_kustannukset": [50.0, 0.0],
                            "asiakaspalvelun_kustannukset": [50.0, 300.0]})
    laskuri = kateketjulaskuri(katteet, alku="B")
    valinta, tuotot, *_ = laskuri.children
    # B: 5 000 − 2 000 = 3 000 (60 %); 3 000 − 800 = 2 200 (44 %)
    assert "Myyntikate 3 000 € (60,0 %), asiakkuuden kate 2 200 € (44,0 %)" in _teksti(laskuri)
    tuotot.value = 4000  # the price drops, direct costs stay: 2 000 (50 %), 1 200 (30 %)
    assert "Myyntikate 2 000 € (50,0 %), asiakkuuden kate 1 200 € (30,0 %)" in _teksti(laskuri)
    valinta.value = "A"
    assert "asiakkuuden kate 200 € (20,0 %)" in _teksti(laskuri)


def test_weight_explorer_explains_a_sum_other_than_100_and_reranks():
    import pandas as pd

    from asiakkuus import portfolio
    from asiakkuus.kokeilut import painotuskokeilu

    # A is strong on volume, B on future potential.
    pisteet = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Hotelli A", "Kauppa B"],
                            "tyyppi": ["hotelli", "kauppa"],
                            "myyntivolyymi": [5, 1], "kannattavuus": [3, 3], "uskollisuus": [3, 3],
                            "tuleva_potentiaali": [1, 5], "referenssiarvo": [3, 3],
                            "oppimisarvo": [3, 3]})
    kokeilu = painotuskokeilu(pisteet)
    saatimet = dict(zip(portfolio.KRITEERIT, kokeilu.children))
    taulu = kokeilu.children[-1].outputs[-1]["data"]["text/plain"]
    assert taulu.index("Hotelli A") < taulu.index("Kauppa B")  # default: volume 30 %, future 10 %
    saatimet["tuleva_potentiaali"].value = 15  # 105 %
    assert "105" in _teksti(kokeilu) and "100" in kokeilu.children[-1].outputs[-1]["text"]
    saatimet["myyntivolyymi"].value = 5  # 80 %
    # volume 5 %, future 35 %: A 2,40, B 3,60 points -> B ahead (default: A 3,40, B 2,60)
    saatimet["tuleva_potentiaali"].value = 35
    taulu = kokeilu.children[-1].outputs[-1]["data"]["text/plain"]
    assert taulu.index("Kauppa B") < taulu.index("Hotelli A")


def test_value_level_profiles_follow_the_chosen_customer():
    import pandas as pd

    from asiakkuus.kokeilut import arvotasoprofiilit

    profiili = pd.DataFrame({
        "asiakas_id": ["A", "B"], "nimi": ["Hotelli A", "Kauppa B"], "vastauksia": [2, 3],
        "kohtaaminen": [4.5, 2.0], "asiakkuus": [3.0, 3.0], "kokonaisuus": [2.0, 4.7],
        "vahvin_taso": ["kohtaaminen", "kokonaisuus"], "heikoin_taso": ["kokonaisuus", "kohtaaminen"]})
    valikko = arvotasoprofiilit(profiili, alku="A")
    assert "Heikoin taso: Kokonaisuuden taso" in valikko.children[1].outputs[1]["text"]
    valikko.children[0].value = "B"
    teksti = valikko.children[1].outputs[1]["text"]
    assert teksti.startswith("Kauppa B: profiili perustuu 3 vastaukseen.")
    assert "Vahvin taso: Kokonaisuuden taso" in teksti and "suunnittele kohtaaminen" in teksti
    assert len(valikko.children[1].outputs) == 2  # the previous customer's output was replaced
