"""Call mistakes an independent QA run found outside the Excel reader (issue 11), one test each.

Each test names the class of mistake; the expected messages are the rules of the issue (one
Finnish AsiakkuusVirhe that names what is wrong and how to fix it), not copies of the code.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from asiakkuus import arviointi, mittarit, palautus, tallennus
from asiakkuus import tehtavat as t
from asiakkuus.tehtavat import Tulos
from asiakkuus.virheet import AsiakkuusVirhe


def viesti(funktio, *args, **kwargs) -> str:
    with pytest.raises(AsiakkuusVirhe) as tieto:
        funktio(*args, **kwargs)
    return str(tieto.value)


# ------------------------------------------------------------------ survey answers in lists

@pytest.mark.parametrize("funktio", [mittarit.nps, mittarit.nps_virhemarginaali,
                                     mittarit.nps_jakauma])
def test_a_huge_integer_among_the_answers_is_off_the_scale_not_an_overflow(funktio):
    assert "ei ole asteikolla 0–10" in viesti(funktio, [9, 10 ** 400])


@pytest.mark.parametrize("huono", ["9", True, b"9", object()], ids=["text", "bool", "bytes",
                                                                       "object"])
def test_text_and_truth_values_are_not_answers(huono):
    assert "ei ole luku" in viesti(mittarit.nps, [0, 10, huono])


def test_numeric_arrays_still_take_the_fast_path_and_give_the_hand_result():
    # 2 promoters, 1 detractor of 4 -> (2 - 1) / 4 = 25 points
    assert mittarit.nps(np.array([10, 9, 3, 8])) == pytest.approx(25.0)
    assert mittarit.csat(pd.Series([5, 4, 1, 2])) == pytest.approx(0.5)


@pytest.mark.parametrize("z", [0, -1])
def test_confidence_factor_must_be_positive(z):
    assert "suurempi kuin nolla" in viesti(mittarit.nps_muutos, [9, 0], [9, 9], z=z)
    assert "1.96" in viesti(mittarit.nps_virhemarginaali, [9, 0], z=z)


# ------------------------------------------------------------------ exercise answers

@pytest.fixture(scope="module")
def kate_tehtava():
    return t.tehtava("03_1")  # the answer is in euros


def test_a_right_number_in_the_wrong_unit_is_not_right(kate_tehtava):
    oikea = f"{kate_tehtava.oikea:.0f}"
    assert t.tarkista(kate_tehtava, f"{oikea} €").oikein is True
    assert t.tarkista(kate_tehtava, oikea).oikein is True
    tulos = t.tarkista(kate_tehtava, f"{oikea} %")
    assert tulos.oikein is False and "%" in tulos.viesti and "€" in tulos.viesti


def test_feedback_does_not_repeat_a_huge_answer(kate_tehtava):
    tulos = t.tarkista(kate_tehtava, "x" * 100_000)
    assert tulos.oikein is False and len(tulos.viesti) < 200


@pytest.mark.parametrize("vastaus", [10 ** 400, 10 ** 5000, math.inf, math.nan],
                         ids=["400-digits", "5000-digits", "inf", "nan"])
def test_unreadable_numbers_as_answers_get_feedback_not_a_traceback(kate_tehtava, vastaus):
    assert t.tarkista(kate_tehtava, vastaus).oikein is False


def test_checking_something_that_is_not_a_task_names_the_argument():
    assert "tehtava('03_1')" in viesti(t.tarkista, None, "5")


# ------------------------------------------------------------------ saving answers

def test_saved_answers_stay_valid_json_and_reach_the_hand_in(tmp_path):
    for vastaus in (math.inf, math.nan, 10 ** 20, 10 ** 400, 6020):
        tallennus.kirjaa("Aino Niemi", "03_1", vastaus, Tulos(False, "x"), kansio=tmp_path)
    teksti = (tmp_path / "aino-niemi.json").read_text(encoding="utf-8")
    json.loads(teksti, parse_constant=lambda c: pytest.fail(f"{c} is not JSON"))
    sisalto = palautus.tee_palautus("Aino Niemi", "03", kansio=tmp_path)
    polku = tmp_path / "palautus.json"
    polku.write_text(json.dumps(sisalto, ensure_ascii=False), encoding="utf-8")
    luettu = palautus.lue_palautus(polku)  # the grader accepts it
    assert len(luettu["tehtavat"]["03_1"]["yritykset"]) == 5


@pytest.mark.parametrize("nimi, osa", [("", "Kirjoita nimesi"), ("=1+1", "kaavaksi")])
def test_no_answers_are_saved_without_a_usable_name(tmp_path, nimi, osa):
    assert osa in viesti(tallennus.kirjaa, nimi, "03_1", 5, Tulos(True, "x"), kansio=tmp_path)
    assert not list(tmp_path.iterdir())


def test_saving_needs_a_check_result(tmp_path):
    assert "Tulos" in viesti(tallennus.kirjaa, "Aino", "03_1", 5, None, kansio=tmp_path)


def test_an_answer_too_long_for_a_hand_in_is_refused_when_saved(tmp_path):
    pitka = "1" * (palautus.VASTAUKSEN_PITUUS + 1)
    assert "merkkiä" in viesti(tallennus.kirjaa, "Aino", "03_1", pitka, Tulos(False, "x"),
                               kansio=tmp_path)
    assert tallennus.VASTAUKSEN_PITUUS == palautus.VASTAUKSEN_PITUUS


def test_a_folder_that_is_a_file_is_told_in_finnish(tmp_path):
    tiedosto = tmp_path / "omat_vastaukset"
    tiedosto.write_text("x")
    teksti = viesti(tallennus.kirjaa, "Aino", "03_1", 5, Tulos(True, "x"), kansio=tiedosto)
    assert "ei voitu tallentaa" in teksti and "Error" not in teksti


def test_a_deeply_nested_answer_file_reads_as_empty_not_a_recursion_error(tmp_path):
    (tmp_path / "aino.json").write_text("[" * 100_000)
    assert tallennus.lue("Aino", tmp_path)["yritykset"] == []


def test_the_whole_answer_file_may_be_longer_than_an_argument_text(tmp_path):
    teksti = "x" * 200_000  # a term of attempts: far over argumentit.PISIN_TEKSTI
    tallennus.kirjoita_atomisesti(tmp_path / "a.json", teksti)
    assert (tmp_path / "a.json").read_text() == teksti


def test_more_attempts_than_a_hand_in_holds_keep_the_first_and_the_latest(tmp_path):
    n = palautus.YRITYKSIA_ENINTAAN + 20
    vastaukset = {"yritykset": [{"tehtava": "03_1", "vastaus": str(i), "oikein": False,
                                 "aika": "2026-09-01T10:00:00+03:00"} for i in range(n)]}
    yritykset = palautus.tee_palautus("Aino", "03", vastaukset)["tehtavat"]["03_1"]["yritykset"]
    assert len(yritykset) == palautus.YRITYKSIA_ENINTAAN
    assert yritykset[0]["vastaus"] == "0" and yritykset[-1]["vastaus"] == str(n - 1)
    assert yritykset[1]["vastaus"] == str(n - palautus.YRITYKSIA_ENINTAAN + 1)


# ------------------------------------------------------------------ grading

def test_grading_lists_hand_made_pairs_as_problems_and_goes_on():
    tulos = arviointi.arvioi_palautukset([("x.json", {}), ("y.json", 5), 7])
    assert len(tulos.ongelmat) == 3 and tulos.opiskelijoita == 0
    assert "x.json" in tulos.ongelmat[0] and "Palautus 2" in tulos.ongelmat[1]


@pytest.mark.parametrize("funktio", [arviointi.arvosanat, arviointi.tehtavayhteenveto,
                                     arviointi.vaarinkasitystaulukko, arviointi.yleisimmat])
def test_grading_tables_without_their_columns_are_named(funktio):
    assert "puuttuu sarake" in viesti(funktio, pd.DataFrame({"muu": [1]}))


def test_writing_a_grading_needs_a_grading(tmp_path):
    assert "Arviointi-olio" in viesti(arviointi.kirjoita_arviointi, None, tmp_path)


def test_own_portfolio_accepts_a_table_indexed_by_its_id_column():
    from asiakkuus import excel, portfolio
    omat = excel.esimerkkiasiakkaat()
    tavallinen = portfolio.oma_portfolio(omat)
    indeksoitu = portfolio.oma_portfolio(omat.set_index("asiakas_id", drop=False))
    pd.testing.assert_frame_equal(tavallinen, indeksoitu)
