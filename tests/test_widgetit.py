"""Exercise widgets driven headlessly: answers, Enter vs. blur, saved work, solutions, hand-in."""

from __future__ import annotations

import json

import pytest

from asiakkuus import palautus, tallennus, widgetit
from asiakkuus.tehtavat import siemen_nimesta, tehtava


def _enter(widget) -> None:
    """What the browser sends when Enter is pressed in a text field or the radio group."""
    widget._handle_custom_msg({"event": "submit"}, [])


@pytest.fixture
def kurssi(tmp_path, monkeypatch):
    """An empty course folder of its own for each test."""
    monkeypatch.setenv(tallennus.KURSSIKANSIO_MUUTTUJA, str(tmp_path))
    return tmp_path


def test_click_and_enter_check_but_typing_or_leaving_the_field_does_not(kurssi):
    nakyma = widgetit.TehtavaNakyma("03_1")
    teht = tehtava("03_1")
    nakyma.vastaus.value = teht.oikea_tekstina()  # typed (value synced), then blur
    assert nakyma.palaute.html == ""
    _enter(nakyma.vastaus)
    assert "✔ Oikein!" in nakyma.palaute.html
    myyntikate = teht.arvot["tuotot"] - teht.arvot["suorat_kustannukset"]
    nakyma.vastaus.value = str(myyntikate).replace(".", ",")
    nakyma.tarkista_nappi.click()
    assert "✘" in nakyma.palaute.html and "myyntikate" in nakyma.palaute.html


def test_empty_answer_says_no_answer_yet(kurssi):
    nakyma = widgetit.TehtavaNakyma("03_3")
    nakyma.tarkista_nappi.click()
    assert "Et ole vielä vastannut" in nakyma.palaute.html


def test_choice_task_is_one_radio_group_and_enter_checks(kurssi):
    nakyma = widgetit.TehtavaNakyma("03_4")
    teht = tehtava("03_4")
    assert list(nakyma.valinta.vaihtoehdot) == list(teht.vaihtoehdot)
    assert nakyma.kentta.children == (nakyma.valinta,)
    assert "3.4" in nakyma.valinta.otsikko
    nakyma.valinta.value = teht.oikea
    _enter(nakyma.valinta)
    assert "✔ Oikein!" in nakyma.palaute.html
    nakyma.valinta.value = next(v for v in teht.vaihtoehdot if v != teht.oikea)
    nakyma.tarkista_nappi.click()
    assert "✘" in nakyma.palaute.html


def test_hint_on_request(kurssi):
    nakyma = widgetit.TehtavaNakyma("03_5")
    assert nakyma.vihje.value == ""
    nakyma.vihje_nappi.click()
    assert "CAC" in nakyma.vihje.value


def test_solution_button_after_a_right_answer_or_three_wrong_ones(kurssi):
    nakyma = widgetit.TehtavaNakyma("03_1")
    assert nakyma.ratkaisu_nappi.layout.display == "none"
    for vaara in ("1", "2"):
        nakyma.tarkista(vaara)
        assert nakyma.ratkaisu_nappi.layout.display == "none"
    nakyma.tarkista("ei lukua")  # an unreadable answer is a wrong attempt too
    assert nakyma.ratkaisu_nappi.layout.display is None
    nakyma.ratkaisu_nappi.click()
    teksti = "".join(o["data"]["text/markdown"] for o in nakyma.ratkaisu.outputs)
    assert "6\u202f020" in teksti  # the worked answer with this variant's numbers (default)

    oikein = widgetit.TehtavaNakyma("03_1")
    oikein.tarkista(tehtava("03_1").oikea)
    assert oikein.ratkaisu_nappi.layout.display is None


def test_instructor_can_switch_the_solution_button_off(kurssi):
    (kurssi / widgetit.ASETUSTIEDOSTO).write_text("nayta_ratkaisut = false\n", encoding="utf-8")
    nakyma = widgetit.TehtavaNakyma("03_1")
    nakyma.tarkista(tehtava("03_1").oikea)
    assert nakyma.ratkaisu_nappi.layout.display == "none"
    nakyma.nayta_ratkaisu()
    assert nakyma.ratkaisu.outputs == ()
    (kurssi / widgetit.ASETUSTIEDOSTO).write_text("nayta_ratkaisut = [rikki\n", encoding="utf-8")
    assert widgetit.ratkaisut_sallittu() is True  # a broken file falls back to the default


def test_student_name_changes_numbers_and_checks_follow(kurssi):
    istunto = widgetit.Harjoitukset()
    nakyma = istunto.tehtava("03_1")
    oletus = nakyma.tehtava
    istunto.nimikentta.value = "Aino Niemi"
    assert istunto.nimi == ""  # typing alone does not switch the student
    _enter(istunto.nimikentta)
    assert istunto.siemen == siemen_nimesta("Aino Niemi") != 0
    assert nakyma.tehtava != oletus and "Aino Niemi" in istunto.nimi_tila.html
    assert "Sinun lukusi" in nakyma.kuvaus.outputs[0]["data"]["text/markdown"]
    nakyma.vastaus.value = nakyma.tehtava.oikea_tekstina()
    nakyma.tarkista_nappi.click()
    assert "✔ Oikein!" in nakyma.palaute.html
    nakyma.vastaus.value = oletus.oikea_tekstina()
    nakyma.tarkista_nappi.click()
    assert "✘" in nakyma.palaute.html


@pytest.mark.parametrize("nimi", ["=HYPERLINK(\"x\")", "+358", "a\u200bb", "a\x00b", "x" * 200])
def test_unusable_names_are_refused_with_a_finnish_reason(kurssi, nimi):
    istunto = widgetit.Harjoitukset()
    istunto.aseta_nimi(nimi)
    assert istunto.nimi == ""
    assert "Nimi" in istunto.nimi_tila.html or "nimi" in istunto.nimi_tila.html
    assert not (kurssi / tallennus.VASTAUSKANSIO).exists()


def test_every_check_is_recorded_and_comes_back_after_a_restart(kurssi):
    istunto = widgetit.Harjoitukset()
    istunto.opiskelija()
    nakyma = istunto.tehtava("03_1")
    istunto.aseta_nimi("Aino Niemi")
    teht = nakyma.tehtava
    myyntikate = teht.arvot["tuotot"] - teht.arvot["suorat_kustannukset"]
    nakyma.vastaus.value = str(int(myyntikate))
    _enter(nakyma.vastaus)
    nakyma.vastaus.value = teht.oikea_tekstina()
    nakyma.tarkista_nappi.click()
    valinta = istunto.tehtava("03_4")
    valinta.valinta.value = next(v for v in valinta.tehtava.vaihtoehdot if v != valinta.tehtava.oikea)
    valinta.tarkista_nappi.click()

    polku = kurssi / tallennus.VASTAUSKANSIO / "aino-niemi.json"
    tallennettu = json.loads(polku.read_text(encoding="utf-8"))
    assert tallennettu["nimi"] == "Aino Niemi"
    yritykset = tallennettu["yritykset"]
    assert [(y["tehtava"], y["oikein"]) for y in yritykset][:2] == [("03_1", False), ("03_1", True)]
    assert yritykset[0]["vastaus"] == str(int(myyntikate))
    assert yritykset[0]["vaarinkasitys"] == 0  # stopped at the sales margin: the first typical
    assert set(yritykset[0]) == {"tehtava", "vastaus", "oikein", "vaarinkasitys", "aika"}
    teksti = polku.read_text(encoding="utf-8")
    assert str(kurssi) not in teksti  # no paths (and no user name) in the file

    # A new kernel: the same notebook run again restores the name and the last answers.
    uusi = widgetit.Harjoitukset()
    uusi.opiskelija()
    assert uusi.nimi == "Aino Niemi" and uusi.nimikentta.value == "Aino Niemi"
    palannut = uusi.tehtava("03_1")
    assert palannut.vastaus.value == teht.oikea_tekstina()
    assert "✔ Oikein!" in palannut.palaute.html
    assert palannut.ratkaisu_nappi.layout.display is None
    assert uusi.tehtava("03_2").palaute.html == ""  # untouched task stays empty


def test_start_over_removes_the_saved_answers_after_confirmation(kurssi):
    istunto = widgetit.Harjoitukset()
    istunto.aseta_nimi("Aino Niemi")
    nakyma = istunto.tehtava("03_1")
    nakyma.tarkista("1")
    polku = kurssi / tallennus.VASTAUSKANSIO / "aino-niemi.json"
    assert polku.exists()
    istunto.alusta_nappi.click()
    assert istunto.vahvistus.layout.display is None and polku.exists()  # asks first
    istunto.peru_nappi.click()
    assert polku.exists()
    istunto.alusta_nappi.click()
    istunto.vahvista_nappi.click()
    assert not polku.exists()
    assert nakyma.palaute.html == "" and nakyma.vastaus.value == ""


def test_without_a_name_nothing_is_recorded(kurssi):
    istunto = widgetit.Harjoitukset()
    istunto.tehtava("03_1").tarkista("1")
    assert not (kurssi / tallennus.VASTAUSKANSIO).exists()


def test_code_cell_check_updates_the_task_box_and_is_silent_without_an_answer(kurssi, capsys):
    istunto = widgetit.Harjoitukset()
    istunto.aseta_nimi("2412345")
    nakyma = istunto.tehtava("03_3")
    assert istunto.tarkista("03_3", None) is None
    assert capsys.readouterr().out == ""
    tulos = istunto.tarkista("03_3", nakyma.tehtava.oikea)
    assert tulos.oikein is True
    assert capsys.readouterr().out.startswith("✔ Oikein!")
    assert "✔ Oikein!" in nakyma.palaute.html
    assert len(tallennus.lue("2412345")["yritykset"]) == 1


def test_hand_in_button_writes_a_file_the_grader_accepts(kurssi):
    istunto = widgetit.Harjoitukset()
    laatikko = istunto.palautus("03")
    laatikko.children[0].click()
    assert "Kirjoita ensin nimesi" in laatikko.children[1].html
    istunto.aseta_nimi("Aino Niemi")
    nakyma = istunto.tehtava("03_1")
    nakyma.tarkista("1")
    nakyma.tarkista(nakyma.tehtava.oikea)
    laatikko.children[0].click()
    assert "Palautustiedosto on valmis" in laatikko.children[1].html
    polku = kurssi / palautus.PALAUTUSKANSIO / "palautus_03_aino-niemi.json"
    sisalto = palautus.lue_palautus(polku)
    assert [y["oikein"] for y in sisalto["tehtavat"]["03_1"]["yritykset"]] == [False, True]
    assert sorted(sisalto["tehtavat"]) == widgetit.t.tehtavat("03")


def test_solution_notebooks_use_default_numbers_and_save_nothing(kurssi, monkeypatch):
    tallennus.kirjaa("Aino Niemi", "03_1", "1", widgetit.t.Tulos(False, "x"))
    monkeypatch.setattr(widgetit, "_ISTUNTO", widgetit._ISTUNTO)  # restored after the test
    widgetit.mallivastaukset()
    nakyma = widgetit.harjoitus("03_1")
    assert nakyma.tehtava == tehtava("03_1") and nakyma.palaute.html == ""
    widgetit.tarkista("03_1", tehtava("03_1").oikea)
    assert len(tallennus.lue("Aino Niemi")["yritykset"]) == 1
