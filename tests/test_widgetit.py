"""Exercise widgets driven headlessly: set the answer, click Tarkista, read the feedback."""

from __future__ import annotations

from asiakkuus import widgetit
from asiakkuus.tehtavat import tehtava


def test_click_shows_right_and_wrong_feedback():
    nakyma = widgetit.TehtavaNakyma("03_1")
    teht = tehtava("03_1")
    nakyma.vastaus.value = teht.oikea_tekstina()
    assert "✔ Oikein!" in nakyma.palaute.value  # Enter / leaving the field checks too
    nakyma.palaute.value = ""
    nakyma.tarkista_nappi.click()
    assert "✔ Oikein!" in nakyma.palaute.value
    myyntikate = teht.arvot["tuotot"] - teht.arvot["suorat_kustannukset"]
    nakyma.vastaus.value = str(myyntikate).replace(".", ",")
    nakyma.tarkista_nappi.click()
    assert "✘" in nakyma.palaute.value and "myyntikate" in nakyma.palaute.value


def test_empty_answer_says_no_answer_yet():
    nakyma = widgetit.TehtavaNakyma("03_3")
    nakyma.tarkista_nappi.click()
    assert "Et ole vielä vastannut" in nakyma.palaute.value


def test_choice_task_uses_radio_buttons():
    nakyma = widgetit.TehtavaNakyma("03_4")
    teht = tehtava("03_4")
    assert list(nakyma.valinta.options) == list(teht.vaihtoehdot)
    assert nakyma.nakyma.children[2].children == (nakyma.valinta,)
    nakyma.valinta.value = teht.oikea
    nakyma.tarkista_nappi.click()
    assert "✔ Oikein!" in nakyma.palaute.value
    vaara = next(v for v in teht.vaihtoehdot if v != teht.oikea)
    nakyma.valinta.value = vaara
    nakyma.tarkista_nappi.click()
    assert "✘" in nakyma.palaute.value


def test_hint_on_request():
    nakyma = widgetit.TehtavaNakyma("03_5")
    assert nakyma.vihje.value == ""
    nakyma.vihje_nappi.click()
    assert "CAC" in nakyma.vihje.value


def test_student_name_changes_numbers_and_checks_follow():
    istunto = widgetit.Harjoitukset()
    nakyma = istunto.tehtava("03_1")
    oletus = nakyma.tehtava
    istunto.nimikentta.value = "Aino Niemi"  # typing + Enter sets the student
    assert istunto.siemen != 0
    assert nakyma.tehtava != oletus and "Aino Niemi" in istunto.nimi_tila.value
    # The widget now checks against the student's own numbers, not the default ones.
    nakyma.vastaus.value = nakyma.tehtava.oikea_tekstina()
    assert "✔ Oikein!" in nakyma.palaute.value
    nakyma.vastaus.value = oletus.oikea_tekstina()
    assert "✘" in nakyma.palaute.value
    # ... and so does the code-cell check.
    assert istunto.tarkista("03_1", nakyma.tehtava.oikea).oikein is True


def test_code_cell_check_prints_feedback(capsys):
    istunto = widgetit.Harjoitukset()
    tulos = istunto.tarkista("03_3", None)
    assert tulos.oikein is None
    assert capsys.readouterr().out.startswith("… Et ole vielä vastannut")
