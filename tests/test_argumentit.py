"""Argument checks of the public functions (asiakkuus.argumentit) and the issue's call mistakes."""

from __future__ import annotations

import importlib
import inspect
import math

import numpy as np
import pandas as pd
import pytest

from asiakkuus import argumentit, mittarit, portfolio, widgetit
from asiakkuus.argumentit import SUURIN_LUKU, tarkista_argumentit
from asiakkuus.virheet import AsiakkuusVirhe

# Modules whose public functions a student or instructor calls directly.
MODUULIT = ["arvotasot", "asiakastiedosto", "data", "generointi", "kate", "mittarit",
            "portfolio", "suunnitelma", "sanasto", "muotoilu", "kuvat", "kokeilut",
            "kojelauta.apu", "kojelauta.taulukko", "kojelauta.lauta", "palautus", "tallennus",
            "arviointi", "widgetit", "tehtavat"]
# Public functions that check their own arguments instead (and why).
OMAT_TARKISTUKSET = {
    "muotoilu.luku": "NaN and None are valid here (shown as a dash); checks its own types",
    "muotoilu.euroa": "delegates to luku",
    "muotoilu.prosenttia": "delegates to luku",
    "muotoilu.osuus": "delegates to luku",
    "muotoilu.pyorista": "shown numbers may exceed the 10**12 limit of calculations",
    "tehtavat.tehtava": "its own message lists every task id and suggests the right one",
    "tehtavat.tarkista": "never raises: every answer gets a Tulos",
    "tehtavat.lue_luku": "the answer parser returns None for anything that is not a number",
    "tehtavat.rekisteroi": "a decorator used at import time, not by students",
    "tehtavat.tarkista_tunnus": "it is the check",
    "widgetit.tarkista": "never raises: prints the Finnish message instead",
}


def _julkiset():
    for nimi in MODUULIT:
        moduuli = importlib.import_module(f"asiakkuus.{nimi}")
        for funktion_nimi, funktio in vars(moduuli).items():
            if (funktion_nimi.startswith("_") or not inspect.isfunction(funktio)
                    or getattr(inspect.unwrap(funktio), "__module__", "") != moduuli.__name__):
                continue
            yield f"{nimi}.{funktion_nimi}", funktio


def test_every_public_function_checks_its_arguments():
    puuttuvat = [nimi for nimi, funktio in _julkiset()
                 if not getattr(funktio, "tarkistettu", False) and nimi not in OMAT_TARKISTUKSET]
    assert not puuttuvat, f"add @tarkista_argumentit to: {puuttuvat}"
    assert len(list(_julkiset())) > 100


@tarkista_argumentit
def _esimerkki(summa: float, kertoja: int = 2, nimet: list[str] | None = None,
               kuva: "Axes | None" = None) -> float:
    return summa * kertoja


def _viesti(funktio, *args, **kwargs) -> str:
    with pytest.raises(AsiakkuusVirhe) as tieto:
        funktio(*args, **kwargs)
    return str(tieto.value)


@pytest.mark.parametrize("arvo, osa", [
    ("12", "tekstin '12'"), (None, "tyhjän arvon None"), (True, "totuusarvon True"),
    ([1, 2], "listan"), (pd.DataFrame({"a": [1]}), "taulukon (DataFrame)"),
    (math.inf, "ääretön tai liian suuri"), (-math.inf, "ääretön tai liian suuri"),
    (10 ** 400, "ääretön tai liian suuri"), (2 * SUURIN_LUKU, "ääretön tai liian suuri"),
    (math.nan, "puuttuu (arvo on NaN)"),
])
def test_a_number_argument_refuses_everything_but_a_finite_number(arvo, osa):
    viesti = _viesti(_esimerkki, arvo)
    assert viesti.startswith("test_argumentit._esimerkki(): argument")
    assert "summa" in viesti and osa in viesti


def test_numpy_numbers_and_whole_floats_are_accepted():
    assert _esimerkki(np.float64(1.5), np.int64(3)) == 4.5
    assert _esimerkki(2, kertoja=3.0) == 6
    assert isinstance(_esimerkki(2, 3.0), int)  # 3.0 became the int 3


def test_an_integer_argument_refuses_decimals_instead_of_cutting_them():
    viesti = _viesti(_esimerkki, 1, 2.7)
    assert "kertoja" in viesti and "kokonaisluku" in viesti and "2.7" in viesti


def test_a_list_argument_refuses_a_string_and_unknown_hints_are_not_checked():
    assert "listan" not in _viesti(_esimerkki, 1, 2, "A01, A02")
    assert "nimet" in _viesti(_esimerkki, 1, 2, "A01, A02")
    assert _esimerkki(1, 2, ["A01"], kuva="mikä tahansa") == 2


def test_wrong_number_of_arguments_is_told_in_finnish_with_the_right_call():
    viesti = _viesti(_esimerkki)
    assert "argumentteja on liian vähän" in viesti
    assert "test_argumentit._esimerkki(summa, kertoja, nimet, kuva)" in viesti
    assert "Korjaa kutsu" in _viesti(_esimerkki, 1, tuntematon=2)


# ------------------------------------------------------------------ the examples

@pytest.mark.parametrize("kutsu, osat", [
    (lambda: mittarit.nps(None), ["mittarit.nps()", "vastaukset", "None"]),
    (lambda: mittarit.nps(7), ["mittarit.nps()", "vastaukset", "luvun 7"]),
    (lambda: mittarit.nps("10910"), ["mittarit.nps()", "tekstin '10910'"]),
    (lambda: mittarit.clv(10 ** 400, 0.8, 0.1), ["kate_vuodessa", "ääretön tai liian suuri"]),
    (lambda: mittarit.clv("1e400", 0.8, 0.1), ["kate_vuodessa", "tekstin '1e400'"]),
    (lambda: mittarit.cac("inf", "inf"), ["hankintakustannukset", "tekstin 'inf'"]),
    (lambda: mittarit.cac(math.inf, 3), ["hankintakustannukset", "ääretön"]),
    (lambda: mittarit.clv_vuosittain(1000, 0.8, 0.1, 10 ** 10), ["Vuosien määrä", "1000"]),
])
def test_everyday_call_mistakes_get_one_finnish_message(kutsu, osat):
    viesti = _viesti(kutsu)
    for osa in osat:
        assert osa in viesti, viesti


@pytest.fixture(scope="module")
def pisteet():
    from asiakkuus import data, kate
    a = data.lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    return portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)


@pytest.mark.parametrize("maara, osa", [(math.inf, "ääretön"), (10 ** 400, "ääretön"),
                                        (2.7, "kokonaisluku")])
def test_key_account_count_is_refused_not_cut(pisteet, maara, osa):
    viesti = _viesti(portfolio.pisteyta, pisteet, avainasiakkaita=maara)
    assert "avainasiakkaita" in viesti and osa in viesti


def test_key_account_count_whole_float_still_works(pisteet):
    assert portfolio.pisteyta(pisteet, avainasiakkaita=3.0)["avainasiakas"].sum() == 3


def test_a_mistyped_task_id_in_a_check_cell_suggests_the_right_one(capsys):
    widgetit.tarkista("3_1", "6020")
    tuloste = capsys.readouterr().out
    assert "Tehtävää '3_1' ei ole" in tuloste and "Tarkoititko '03_1'?" in tuloste
    widgetit.tarkista(["03_1"], "6020")  # not even a string: still a message, no traceback
    assert "ei ole" in capsys.readouterr().out


def test_the_module_documents_its_limits():
    assert "SUURIN_LUKU" in argumentit.__doc__ and SUURIN_LUKU == 1e12
