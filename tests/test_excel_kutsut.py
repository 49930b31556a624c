"""Everyday call mistakes, files that are not regular files, the limits and round trips.

Each case gives the documented result or one Finnish AsiakkuusVirhe that names the file,
sheet, row, column or argument and says how to fix it.
"""

from __future__ import annotations

import errno
import io
import os
import sys
import threading
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from apu import odota_virhe
from asiakkuus import excel, portfolio
from asiakkuus.excel import lukeminen, sarakkeet
from asiakkuus.virheet import AsiakkuusVirhe
from test_excel_ominaisuudet import suomenkielinen_virhe

KORPUS = Path(__file__).resolve().parent / "huonot_tiedostot"
sys.path.insert(0, str(KORPUS))
import tee_tiedostot  # noqa: E402  (the corpus generator)


def _virhe(funktio, *args, **kwargs) -> str:
    with pytest.raises(AsiakkuusVirhe) as tieto:
        funktio(*args, **kwargs)
    suomenkielinen_virhe(tieto.value)
    return str(tieto.value)


# ---------------------------------------------------------------------------
# Call mistakes
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("polku,osat", [
    (None, ["lue_asiakkaat", "tekstinä", "None"]),
    (pd.DataFrame({"a": [1]}), ["taulukon (DataFrame)", "jo luettu", "portfolio.oma_portfolio"]),
    (42, ["luvun 42"]), (b"asiakkaat.csv", ["tavujonon"]), ("", ["tekstinä"]),
    (["a.csv"], ["listan"]),
])
def test_reader_call_mistakes(polku, osat):
    viesti = _virhe(excel.lue_asiakkaat, polku)
    for osa in osat:
        assert osa in viesti, viesti


def test_reader_sheet_name_must_be_text():
    assert "valilehti='Asiakkaat'" in _virhe(excel.lue_asiakkaat, KORPUS / "hyva_pohja.xlsx",
                                              valilehti=2)


@pytest.fixture
def asiakkaat():
    return excel.esimerkkiasiakkaat()


def test_export_with_swapped_or_missing_arguments(tmp_path, asiakkaat):
    kohde = tmp_path / "p.xlsx"
    assert "väärässä järjestyksessä" in _virhe(excel.vie_exceliin, asiakkaat, kohde)
    assert "väärässä järjestyksessä" in _virhe(excel.vie_exceliin, asiakkaat, str(kohde))
    assert "tyhjän arvon None" in _virhe(excel.vie_exceliin, None, asiakkaat)
    viesti = _virhe(excel.vie_exceliin, kohde, None)
    assert "asiakkaat pitää antaa taulukkona" in viesti and "lue_asiakkaat" in viesti
    assert "tekstin 'a.csv'" in _virhe(excel.vie_exceliin, kohde, "a.csv")
    assert "True tai False" in _virhe(excel.vie_exceliin, kohde, asiakkaat, korvaa="kyllä")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("maara", [2.7, float("inf"), -1, True, "3", 10**400, float("nan")])
def test_export_key_account_count_must_be_a_whole_number(tmp_path, asiakkaat, maara):
    viesti = _virhe(excel.vie_exceliin, tmp_path / "p.xlsx", asiakkaat, avainasiakkaita=maara)
    assert "avainasiakkaiden määrän pitää olla kokonaisluku" in viesti
    assert os.listdir(tmp_path) == []


def test_a_250_character_file_name_gives_one_finnish_error(tmp_path, asiakkaat):
    pitka = tmp_path / ("p" * 245 + ".xlsx")
    viesti = _virhe(excel.vie_exceliin, pitka, asiakkaat)
    assert "liian pitkä" in viesti and "250 tavua" in viesti and "lyhyempi" in viesti
    assert "liian pitkä" in _virhe(excel.tee_pohja, pitka)
    assert os.listdir(tmp_path) == []
    # A name just under the limit is written, and its temporary file fits as well.
    assert excel.vie_exceliin(tmp_path / ("p" * 195 + ".xlsx"), asiakkaat).exists()


def test_a_too_long_folder_path_gives_one_finnish_error(tmp_path, asiakkaat):
    kohde = tmp_path / ("k" * 300) / "p.xlsx"
    viesti = _virhe(excel.vie_exceliin, kohde, asiakkaat)
    assert "tiedostonimi on liian pitkä" in viesti or "Kansiota" in viesti


def test_an_os_error_while_writing_is_explained_in_finnish(tmp_path, asiakkaat, monkeypatch):
    def kaatuu(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(excel.kirjoitus.os, "open", kaatuu)
    viesti = _virhe(excel.vie_exceliin, tmp_path / "p.xlsx", asiakkaat)
    assert "sinulla ei ole oikeutta siihen" in viesti


def test_export_refuses_what_it_cannot_store(tmp_path, asiakkaat):
    kohde = tmp_path / "p.xlsx"
    vt = asiakkaat.copy()
    vt.loc[2, "nimi"] = "Luontaistuotekauppa\x0bPihlaja"
    viesti = _virhe(excel.vie_exceliin, kohde, vt)
    assert "rivi 3" in viesti and "sarake 'nimi'" in viesti and "U+000B" in viesti
    pitka = asiakkaat.copy()
    pitka.loc[0, "nimi"] = "x" * 40_000
    assert "enintään 32\u202f767 merkkiä" in _virhe(excel.vie_exceliin, kohde, pitka)
    aareton = asiakkaat.copy()
    aareton.loc[1, "tuotot"] = float("inf")
    assert "sarake 'tuotot'" in _virhe(excel.vie_exceliin, kohde, aareton)
    assert not kohde.exists()


def test_other_entry_points_check_their_arguments(tmp_path):
    assert "tee_pohja" in _virhe(excel.tee_pohja, None)
    assert "tee_esimerkki_csv" in _virhe(excel.tee_esimerkki_csv, None)
    assert "vientikaavat" in _virhe(excel.vientikaavat, None, ["myyntikate"])
    vienti = excel.vie_exceliin(tmp_path / "p.xlsx", excel.esimerkkiasiakkaat())
    assert "Valitse jokin näistä" in _virhe(excel.vientikaavat, vienti, ["kate"])
    assert "rivi 2 ei kelpaa" in _virhe(excel.vientikaavat, vienti, ["myyntikate"], rivi=2)
    assert "ei löydy" in _virhe(excel.vientikaavat, tmp_path / "ei.xlsx", ["myyntikate"])
    pohja = excel.tee_pohja(tmp_path / "pohja.xlsx")
    assert "ei ole välilehteä 'Portfolio'" in _virhe(excel.vientikaavat, pohja, ["myyntikate"])


def test_own_portfolio_lives_in_portfolio_without_an_arrow_back_to_excel():
    assert not hasattr(excel, "oma_portfolio")
    assert "excel" not in Path(portfolio.__file__).read_text(encoding="utf-8").split("import")[0]
    tulos = portfolio.oma_portfolio(excel.esimerkkiasiakkaat(), avainasiakkaita=2)
    assert tulos["avainasiakas"].sum() == 2
    assert "portfolio.oma_portfolio" in _virhe(portfolio.oma_portfolio, None)


# ---------------------------------------------------------------------------
# Files that are not regular files: refused before opening, never blocking
# ---------------------------------------------------------------------------

def _ilman_avaamista(monkeypatch) -> list:
    avaukset = []
    alkuperainen = open

    def vakoja(*args, **kwargs):
        avaukset.append(args[0])
        return alkuperainen(*args, **kwargs)
    monkeypatch.setattr(lukeminen, "open", vakoja, raising=False)
    return avaukset


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_called_csv_is_refused_before_open(tmp_path, monkeypatch):
    putki = tmp_path / "asiakkaat.csv"
    os.mkfifo(putki)
    avaukset = _ilman_avaamista(monkeypatch)
    tulos = {}

    def lue():
        try:
            excel.lue_asiakkaat(putki)
        except BaseException as virhe:   # noqa: BLE001
            tulos["virhe"] = virhe
    saie = threading.Thread(target=lue, daemon=True)
    saie.start()
    saie.join(5)
    if saie.is_alive():   # unblock the reader before failing
        with open(putki, "wb"):
            pass
        pytest.fail("lukeminen jäi odottamaan nimettyä putkea")
    suomenkielinen_virhe(tulos["virhe"])
    assert "nimetty putki (FIFO)" in str(tulos["virhe"]) and "'asiakkaat.csv'" not in avaukset
    assert avaukset == []


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_and_a_folder_are_refused_before_open(tmp_path, monkeypatch):
    laite = tmp_path / "asiakkaat.xlsx"
    laite.symlink_to("/dev/zero")
    avaukset = _ilman_avaamista(monkeypatch)
    assert "laite" in _virhe(excel.lue_asiakkaat, laite)
    assert "laite" in _virhe(excel.lue_asiakkaat, "/dev/null")
    kansio = tmp_path / "kansio.csv"
    kansio.mkdir()
    assert "on kansio" in _virhe(excel.lue_asiakkaat, kansio)
    assert avaukset == []


def test_a_file_that_cannot_be_opened_is_explained_in_finnish(tmp_path, monkeypatch):
    polku = tmp_path / "a.csv"
    polku.write_text("x", encoding="utf-8")

    def kielletty(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(lukeminen, "open", kielletty, raising=False)
    viesti = _virhe(excel.lue_asiakkaat, polku)
    assert "sinulla ei ole oikeutta siihen" in viesti and "lukuoikeus" in viesti


# ---------------------------------------------------------------------------
# Workbooks Excel saves, and the limits
# ---------------------------------------------------------------------------

def test_many_zip_members_pass_and_too_many_are_named_for_what_they_are(tmp_path):
    # The old limit was 5 000 members with a message about the size: a workbook with 6 000
    # small parts is read, one over SUURIN_OSAMAARA gets a message that counts the parts.
    hyva = tmp_path / "monta.xlsx"
    hyva.write_bytes(tee_tiedostot.monta_osaa(6_000))
    assert len(excel.lue_asiakkaat(hyva)) == 5
    liikaa = tmp_path / "liikaa.xlsx"
    liikaa.write_bytes(tee_tiedostot.monta_osaa(excel.SUURIN_OSAMAARA))
    viesti = _virhe(excel.lue_asiakkaat, liikaa)
    assert f"on {excel.SUURIN_OSAMAARA + 9} osaa" in viesti and "Mt" not in viesti


def test_a_header_below_the_search_limit_names_the_rows_searched(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Asiakkaat"
    for i in range(excel.OTSIKKOA_ETSITAAN + 20):
        ws.append([f"Muistiinpano {i + 1}"])
    ws.append(tee_tiedostot.OTSIKOT)
    for rivi in tee_tiedostot.RIVIT:
        ws.append(rivi)
    wb.save(tmp_path / "alhaalla.xlsx")
    viesti = _virhe(excel.lue_asiakkaat, tmp_path / "alhaalla.xlsx")
    assert f"riveiltä 1–{excel.OTSIKKOA_ETSITAAN}" in viesti
    assert f"{excel.OTSIKKOA_ETSITAAN} ensimmäisen ei-tyhjän rivin joukossa" in viesti
    assert "rivi 1:" not in viesti


def test_a_huge_field_in_a_csv_gets_the_cells_message_not_the_csv_modules(tmp_path):
    otsikko = ";".join(tee_tiedostot.OTSIKOT + ["Huomiot"])
    rivi = "A01;Hotelli A;hotelli;;1000;500;0;0;0;3;3;3;3;" + "h" * 200_000
    polku = tmp_path / "iso_kentta.csv"
    polku.write_text(f"{otsikko}\n{rivi}\n", encoding="utf-8")
    assert len(excel.lue_asiakkaat(polku)) == 1   # a long note in an ignored column is fine
    polku.write_text(f"{otsikko}\n" + rivi.replace("Hotelli A", "n" * 200_000) + "\n",
                     encoding="utf-8")
    viesti = _virhe(excel.lue_asiakkaat, polku)
    assert "rivi 2" in viesti and "sarake 'Asiakas'" in viesti and "200\u202f000" in viesti


def test_corpus_cases_of_the_issue_give_the_exact_values(tmp_path):
    # Header on row 30 and a Y-tunnus column: the same five customers as the reference.
    for nimi in ("hyva_otsikko_rivilla_30.xlsx", "hyva_y_tunnus.xlsx", "hyva_monta_osaa.xlsx",
                 "hyva_pitkat_sulkeet.csv"):
        taulu = excel.lue_asiakkaat(KORPUS / nimi)
        assert taulu["nimi"].tolist() == [r[1] for r in tee_tiedostot.RIVIT], nimi
        assert taulu["tuotot"].tolist() == [float(r[4]) for r in tee_tiedostot.RIVIT], nimi
    y = excel.lue_asiakkaat(KORPUS / "hyva_y_tunnus.xlsx")
    assert y["asiakas_id"].tolist() == y["nimi"].tolist()   # no Tunnus column: names are ids


# ---------------------------------------------------------------------------
# Round trips: what is read is exported and read back unchanged
# ---------------------------------------------------------------------------

def _asiakkaita(n: int, siemen: int = 3) -> pd.DataFrame:
    r = np.random.default_rng(siemen)
    nimet = ["Hotelli Kelohovi", "=HYPERLINK(\"x\")", "Kahvila ’Kuksa’ & Co", "Ääkkös Öy",
             "Tab\tja\nrivinvaihto", "  ", "1234", "'lainattu'", "€ 5", "TOSI"]
    taulu = pd.DataFrame({
        "asiakas_id": [f"{i:05d}" for i in r.permutation(n)],
        "nimi": [f"{nimet[i % len(nimet)].strip() or 'Nimetön'} {i}" for i in range(n)],
        "tyyppi": r.choice(["hotelli", "kauppa", "muu", "ravintola"], n),
        "asiakas_alkaen": pd.to_datetime("1990-01-01") + pd.to_timedelta(
            r.integers(0, 12_000, n), "D"),
        "tuotot": np.round(r.uniform(0, 10**6, n), 2),
        "suorat_kustannukset": np.round(r.uniform(0, 10**5, n), 2),
        "myynnin_kustannukset": r.integers(0, 900, n).astype(float),
        "markkinoinnin_kustannukset": np.round(r.uniform(0, 100, n), 3),
        "asiakaspalvelun_kustannukset": r.choice([0.0, 0.1, 1e11], n),
        **{s: r.integers(1, 6, n).astype("int64") for s in excel.ARVIOT}})
    taulu.loc[::7, "asiakas_alkaen"] = pd.NaT
    return taulu


def test_a_medium_export_reads_back_unchanged(tmp_path):
    asiakkaat = _asiakkaita(300)
    vienti = excel.vie_exceliin(tmp_path / "v.xlsx", asiakkaat)
    takaisin = excel.lue_asiakkaat(vienti)
    odotettu = asiakkaat.sort_values("asiakas_id", kind="stable", ignore_index=True)
    pd.testing.assert_frame_equal(takaisin, odotettu)
    # And again: reading and exporting is a fixed point.
    toinen = excel.vie_exceliin(tmp_path / "v2.xlsx", takaisin)
    pd.testing.assert_frame_equal(excel.lue_asiakkaat(toinen), odotettu)


def test_the_documented_maximum_export_fits_the_reading_limits(tmp_path):
    # The full 5 000-customer round trip takes ~10 s and runs in bench/excel_rajat.py; here
    # the export's size per customer, measured at two sizes, shows that the maximum fits.
    koot = {}
    for n in (100, 400):
        polku = excel.vie_exceliin(tmp_path / f"v{n}.xlsx", _asiakkaita(n))
        with zipfile.ZipFile(polku) as paketti:
            purettu = sum(o.file_size for o in paketti.infolist())
            solut = sum(len(lukeminen._SOLU.findall(paketti.read(o))) for o in paketti.infolist()
                        if o.filename.startswith("xl/worksheets/"))
        koot[n] = (polku.stat().st_size, purettu, solut)
    enintaan = excel.SUURIN_RIVIMAARA
    for osa, raja in ((0, excel.SUURIN_TIEDOSTO), (1, excel.SUURIN_PURETTU),
                      (2, excel.SUURIN_SOLUMAARA)):
        per_asiakas = (koot[400][osa] - koot[100][osa]) / 300
        arvio = koot[100][osa] + per_asiakas * (enintaan - 100)
        assert arvio < 0.8 * raja, (osa, arvio, raja)   # a fifth left for Excel's re-save
    assert enintaan + 3 + 100 <= sarakkeet._SUURIN_RIVI   # rows of the Portfolio sheet


def test_more_customers_than_can_be_read_back_are_not_exported(tmp_path, monkeypatch):
    monkeypatch.setattr(excel.vienti, "SUURIN_RIVIMAARA", 5)
    viesti = _virhe(excel.vie_exceliin, tmp_path / "p.xlsx", excel.esimerkkiasiakkaat())
    assert "asiakkaita on 8, kun enintään 5 viedään" in viesti


def test_strict_open_xml_is_refused_before_openpyxl_sees_it(monkeypatch):
    def ei_saa(*args, **kwargs):
        raise AssertionError("openpyxl opened a Strict workbook")
    monkeypatch.setattr(lukeminen.openpyxl, "load_workbook", ei_saa)
    viesti = _virhe(excel.lue_asiakkaat, KORPUS / "strict_open_xml.xlsx")
    assert "Tallenna nimellä" in viesti and "'Excel-työkirja (.xlsx)'" in viesti


def test_the_zip_checks_read_no_member_twice_into_memory_when_refusing(monkeypatch):
    # A bomb is refused from the directory alone: no member is unpacked.
    avatut = []
    alkuperainen = zipfile.ZipFile.read

    def vakoja(self, nimi, *args, **kwargs):
        avatut.append(nimi)
        return alkuperainen(self, nimi, *args, **kwargs)
    monkeypatch.setattr(zipfile.ZipFile, "read", vakoja)
    odota_virhe(excel.lue_asiakkaat, KORPUS / "zip_pommi.xlsx", sisaltaa=["purettuna"])
    assert avatut == []
    assert io is not None and sarakkeet.SUURIN_PURETTU == excel.SUURIN_PURETTU


@pytest.mark.parametrize("sarake,arvo,osat", [
    ("asiakas_id", None, ["rivi 2", "sarake 'asiakas_id'", "tunnus puuttuu"]),
    ("asiakas_id", "", ["tunnus puuttuu"]),
    ("nimi", float("nan"), ["sarake 'nimi'", "nimi puuttuu"]),
    ("nimi", [1], ["ei tekstiä eikä luku"]),
    ("nimi", "a\x0bb", ["U+000B"]),
    ("tyyppi", "\x0b", ["U+000B"]),   # a lone vertical tab is not stripped away silently
    ("asiakas_alkaen", "viime keväänä", ["sarake 'asiakas_alkaen'", "ei ole päivämäärä"]),
    ("asiakas_alkaen", 10**30, ["ei ole päivämäärä"]),
    ("tuotot", -5, ["sarake 'tuotot'", "negatiivinen"]),
    ("tuotot", 1e300, ["sarake 'tuotot'", "1,0e+300 on liian suuri"]),
])
def test_a_hand_made_table_the_reader_would_refuse_is_not_exported(tmp_path, sarake, arvo, osat):
    taulu = excel.esimerkkiasiakkaat()
    arvot = taulu[sarake].astype(object).tolist()
    arvot[1] = arvo
    taulu[sarake] = pd.Series(arvot, dtype=object)
    viesti = _virhe(excel.vie_exceliin, tmp_path / "p.xlsx", taulu)
    for osa in osat:
        assert osa in viesti, viesti
    assert os.listdir(tmp_path) == []


def test_a_hand_made_table_is_exported_as_the_reader_would_read_it(tmp_path):
    # Numbers as ids and names become text, an empty type becomes 'muu', a date string a
    # date: exactly what lue_asiakkaat would have made of the same cells.
    taulu = excel.esimerkkiasiakkaat().head(3)
    taulu = taulu.assign(asiakas_id=[1, 2.0, "A3"], nimi=["Kelo", 2025, "Kuukkeli"],
                         tyyppi=[None, "hotelli", True],
                         asiakas_alkaen=["1.3.2019", None, pd.Timestamp("2020-05-01 13:30")])
    takaisin = excel.lue_asiakkaat(excel.vie_exceliin(tmp_path / "p.xlsx", taulu))
    assert takaisin["asiakas_id"].tolist() == ["1", "2", "A3"]
    assert takaisin["nimi"].tolist() == ["Kelo", "2025", "Kuukkeli"]
    assert takaisin["tyyppi"].tolist() == ["muu", "hotelli", "TOSI"]
    assert takaisin["asiakas_alkaen"].tolist()[0] == pd.Timestamp(2019, 3, 1)
    assert pd.isna(takaisin["asiakas_alkaen"].tolist()[1])
    assert takaisin["asiakas_alkaen"].tolist()[2] == pd.Timestamp(2020, 5, 1)
    toinen = excel.vie_exceliin(tmp_path / "q.xlsx", takaisin)
    pd.testing.assert_frame_equal(excel.lue_asiakkaat(toinen), takaisin)


# ---------------------------------------------------------------------------
# QA re-test of issue 11 (F1-F15): each finding has a case here or in the corpus
# ---------------------------------------------------------------------------

def test_f1_a_comma_before_three_digits_is_ambiguous_in_cells_unless_the_file_says():
    from asiakkuus import muotoilu
    # Unambiguous: a decimal comma with 1, 2 or 4+ decimals, a leading zero, groups of space.
    for teksti, odotettu in [("2,5", 2.5), ("0,500", 0.5), ("1 234,50", 1234.5),
                             ("4,250.50", 4250.5), ("1.234,50", 1234.5), ("1234,567", 1234.567)]:
        assert muotoilu.lue_luku(teksti, tiukka=True) == odotettu, teksti
    assert "(2100) tai ilman loppunollia (2,1)" in _virhe(muotoilu.lue_luku, "2,100", tiukka=True)
    assert "(1234567)" in _virhe(muotoilu.lue_luku, "1,234,567", tiukka=True)
    assert muotoilu.lue_luku("2,100") == 2.1   # answers: a comma is always a decimal comma
    # The file's other cells decide: '4,250.50' makes the comma a thousands separator.
    assert muotoilu.luku_ja_yksikko("2,100", tiukka=True, tuhaterotin=",") == (2100.0, "")
    assert muotoilu.luku_ja_yksikko("2,100", tiukka=True, tuhaterotin=".") == (2.1, "")
    assert muotoilu.luku_ja_yksikko("12.500", tiukka=True, tuhaterotin=".") == (12500.0, "")
    # The corpus file: every amount equals the reference rows (9,200 is 9 200, not 9,2).
    taulu = excel.lue_asiakkaat(KORPUS / "hyva_pilkku_tuhaterottimena.csv")
    assert taulu["tuotot"].tolist() == [float(r[4]) for r in tee_tiedostot.RIVIT]
    assert taulu["suorat_kustannukset"].tolist() == [float(r[5]) for r in tee_tiedostot.RIVIT]


def test_f1_a_file_with_both_styles_refuses_the_ambiguous_cell(tmp_path):
    otsikko = "Asiakas;Tuotot;Suorat kustannukset;Uskollisuus;Tuleva potentiaali;" \
              "Referenssiarvo;Oppimisarvo;Myynnin kustannukset;Markkinoinnin kustannukset;" \
              "Asiakaspalvelun kustannukset\n"
    polku = tmp_path / "a.csv"
    polku.write_text(otsikko + "A;1.234,50;2,100;3;3;3;3;0;0;0\nB;4,250.50;1;3;3;3;3;0;0;0\n",
                     encoding="utf-8")
    assert "'2,100' pilkku voi olla" in _virhe(excel.lue_asiakkaat, polku)


def test_f3_f4_integers_too_large_for_a_float(tmp_path):
    from asiakkuus import muotoilu
    assert muotoilu.lue_luku(10**400) is None and muotoilu.luku_ja_yksikko(10**400) is None
    asiakkaat = excel.esimerkkiasiakkaat()
    asiakkaat["tuotot"] = asiakkaat["tuotot"].astype(object)
    asiakkaat.loc[0, "tuotot"] = 10**400
    assert "1,0e+400 on liian suuri" in _virhe(excel.vie_exceliin, tmp_path / "x.xlsx",
                                               asiakkaat)
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("nimi,osa", [("Kah\ud800vila", "rikkinäinen merkki U+D800"),
                                      ("Kah\x7fvila", "U+007F"), ("Kah\x85vila", "U+0085"),
                                      ("Kah\u2028vila", "U+2028"), ("Kah\u2029vila", "U+2029")])
def test_f6_f12_export_refuses_broken_and_invisible_characters(tmp_path, nimi, osa):
    asiakkaat = excel.esimerkkiasiakkaat()
    asiakkaat.loc[0, "nimi"] = nimi
    assert osa in _virhe(excel.vie_exceliin, tmp_path / "x.xlsx", asiakkaat)
    assert list(tmp_path.iterdir()) == []


def test_f12_text_that_looks_like_excels_escape_survives_the_round_trip(tmp_path):
    asiakkaat = excel.esimerkkiasiakkaat()
    asiakkaat.loc[0, "nimi"] = "Oy _x0041_ ja _x005F_"
    takaisin = excel.lue_asiakkaat(excel.vie_exceliin(tmp_path / "x.xlsx", asiakkaat))
    assert takaisin.loc[0, "nimi"] == "Oy _x0041_ ja _x005F_"
    assert lukeminen.pura_xml_pako("Kah_x000B_vila") == "Kah\x0bvila"


@pytest.mark.parametrize("nimi", ["a\x00.xlsx", "\ud800.xlsx"])
def test_f7_a_broken_file_name_gives_one_finnish_message(tmp_path, nimi):
    polku = str(tmp_path / nimi)
    asiakkaat = excel.esimerkkiasiakkaat()
    for funktio, args in [(excel.lue_asiakkaat, (polku,)), (excel.tee_pohja, (polku,)),
                          (excel.vie_exceliin, (polku, asiakkaat)),
                          (excel.tee_esimerkki_csv, (polku.replace(".xlsx", ".csv"),))]:
        viesti = _virhe(funktio, *args)
        assert "tiedoston nimessä on merkki U+" in viesti and funktio.__name__ in viesti


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_f8_the_example_csv_checks_its_target_like_the_export(tmp_path):
    putki = tmp_path / "putki.csv"
    os.mkfifo(putki)
    assert "nimetty putki (FIFO)" in _virhe(excel.tee_esimerkki_csv, putki, korvaa=True)
    oma = tmp_path / "omat.csv"
    oma.write_bytes(b"omat tiedot")
    assert "on jo olemassa" in _virhe(excel.tee_esimerkki_csv, oma)
    assert oma.read_bytes() == b"omat tiedot"
    assert "päättyy .csv" in _virhe(excel.tee_esimerkki_csv, tmp_path / "pohja.xlsx")
    assert "on kansio" in _virhe(excel.tee_esimerkki_csv, tmp_path)
    excel.tee_esimerkki_csv(oma, korvaa=True)
    assert excel.lue_asiakkaat(oma).loc[0, "tuotot"] == 4250.5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omat.csv", "putki.csv"]


def test_f9_an_id_index_that_is_also_a_column_and_multi_level_headers(tmp_path):
    asiakkaat = excel.esimerkkiasiakkaat()
    polku = excel.vie_exceliin(tmp_path / "i.xlsx", asiakkaat.set_index("asiakas_id",
                                                                        drop=False))
    pd.testing.assert_frame_equal(excel.lue_asiakkaat(polku), asiakkaat)
    kaksitasoinen = asiakkaat.set_axis(pd.MultiIndex.from_tuples(
        [(s, "") for s in asiakkaat.columns]), axis=1)
    assert "monta otsikkotasoa" in _virhe(excel.vie_exceliin, tmp_path / "m.xlsx", kaksitasoinen)


def test_f15_a_symlink_loop_and_a_folder_target_are_named_for_what_they_are(tmp_path):
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    viesti = _virhe(excel.lue_asiakkaat, tmp_path / "a.csv")
    assert "osoittaa kehässä" in viesti and "virhekoodi" not in viesti and "Sulje" not in viesti
    (tmp_path / "k.xlsx").mkdir()
    viesti = _virhe(excel.vie_exceliin, tmp_path / "k.xlsx", excel.esimerkkiasiakkaat())
    assert "on kansio" in viesti and "CSV" not in viesti


def test_f14_what_the_round_trip_preserves(tmp_path):
    # Names: the reader strips leading and trailing spaces and tabs, and so does the export,
    # so a table that was read comes back unchanged; a hand-made one comes back as the reader
    # would have read it. Amounts: openpyxl writes 16 significant digits ('%.16g'); Excel
    # keeps 15. Ids come back as text (the reader's rule).
    asiakkaat = excel.esimerkkiasiakkaat()
    asiakkaat.loc[0, "nimi"] = "\t  Hotelli Kelohovi  "
    asiakkaat.loc[1, "tuotot"] = 0.1 + 0.2
    asiakkaat.loc[2, "tuotot"] = 1 / 3
    takaisin = excel.lue_asiakkaat(excel.vie_exceliin(tmp_path / "x.xlsx", asiakkaat))
    assert takaisin.loc[0, "nimi"] == "Hotelli Kelohovi"
    assert takaisin.loc[1, "tuotot"] == float("%.16g" % (0.1 + 0.2)) == 0.3
    assert takaisin.loc[2, "tuotot"] == float("%.16g" % (1 / 3))
    odotettu = asiakkaat.assign(nimi=asiakkaat["nimi"].str.strip(),
                                tuotot=[float("%.16g" % x) for x in asiakkaat["tuotot"]])
    pd.testing.assert_frame_equal(takaisin, odotettu)
