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
