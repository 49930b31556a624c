"""The instructor's grading: hand-in files -> grades, class summary and output files.

Hand-ins are built with ``palautus.tee_palautus`` so that their checksums are valid.
Expected values come from the task definitions (``tehtava(...).oikea``, ``.tyypilliset``,
``.arvot``), never from the grader's own helpers.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asiakkuus import arviointi, palautus
from asiakkuus.tehtavat import siemen_nimesta, tehtava, tehtavat
from asiakkuus.virheet import AsiakkuusVirhe

JUURI = Path(__file__).resolve().parents[1]
TEHTAVIA = len(tehtavat())


# --- helpers ------------------------------------------------------------------------------

def oma(tunnus: str, nimi: str):
    """The student's own variant of a task."""
    return tehtava(tunnus, siemen_nimesta(nimi))


def yritys(tunnus: str, vastaus, oikein: bool) -> dict:
    return {"tehtava": tunnus, "vastaus": vastaus, "oikein": oikein}


def oikein(tunnus: str, nimi: str) -> dict:
    return yritys(tunnus, oma(tunnus, nimi).oikea, True)


def vaarin(tunnus: str, nimi: str) -> dict:
    """A wrong answer that is not one of the typical wrong answers."""
    t = oma(tunnus, nimi)
    if t.valinta:
        muut = [v for v in t.vaihtoehdot if v != t.oikea]
        return yritys(tunnus, muut[0], False)
    return yritys(tunnus, float(t.oikea) * 3 + 12345, False)


def kirjoita(kansio: Path, nimi: str, yritykset: list[dict], teema: str | None = None,
             aika: str = "2026-10-01T10:00:00+03:00", alikansio: str | None = None,
             tiedosto: str | None = None, muokkaa=None) -> Path:
    """Write a hand-in file like the notebook button does (valid checksum)."""
    sisalto = palautus.tee_palautus(nimi, teema, {"yritykset": yritykset}, aika=aika)
    if muokkaa is not None:
        muokkaa(sisalto)
        sisalto["tarkiste"] = palautus.tarkiste(sisalto)
    kohde = kansio / alikansio if alikansio else kansio
    kohde.mkdir(parents=True, exist_ok=True)
    polku = kohde / (tiedosto or palautus.palautuksen_nimi(nimi, teema))
    polku.write_text(json.dumps(sisalto, ensure_ascii=False, indent=1), encoding="utf-8")
    return polku


def rivi(tulos: arviointi.Arviointi, tunniste: str) -> dict:
    taulukko = tulos.arvosanat.set_index("Tunniste")
    return taulukko.loc[tunniste].to_dict()


def tehtavan_tulos(tulos: arviointi.Arviointi, tunniste: str, tunnus: str) -> dict:
    t = tulos.tulokset
    osa = t[(t["tunniste"] == tunniste) & (t["tunnus"] == tunnus)]
    assert len(osa) == 1
    return osa.iloc[0].to_dict()


def tila(kansio: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and modification times of every file under the folder."""
    return {p.relative_to(kansio).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(kansio.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _ei_kuvia(request, monkeypatch):
    """Figures are slow to render: only tests using 'oikea_kuva' (and the CLI) draw one."""
    if "oikea_kuva" not in request.fixturenames:
        monkeypatch.setattr(arviointi, "_kuva", lambda a, polku: Path(polku).write_bytes(b"png"))


@pytest.fixture
def oikea_kuva():
    """Marker fixture: keep the real figure writer."""


# --- one class used by several tests ------------------------------------------------------

AINO = "Aino Niemi"          # everything right on the first attempt
OSKU = "2412345"             # wrong, then right in 03_1
VEERA = "veera@example.com"  # guessed a choice task
TIMO = "Timo Tamper"         # claims oikein: true for wrong answers


@pytest.fixture(scope="module")
def luokka(tmp_path_factory) -> Path:
    kansio = tmp_path_factory.mktemp("palautukset")
    kirjoita(kansio, AINO, [oikein(t, AINO) for t in tehtavat()], alikansio="Aino_1_file")
    kirjoita(kansio, OSKU, [vaarin("03_1", OSKU), oikein("03_1", OSKU)], teema="03",
             alikansio="Osku_2_file")
    t = oma("01_4", VEERA)
    vaarat = [v for v in t.vaihtoehdot if v != t.oikea][:2]
    kirjoita(kansio, VEERA, [yritys("01_4", vaarat[0], False), yritys("01_4", vaarat[1], False),
                             yritys("01_4", t.oikea, True)], teema="01")
    kirjoita(kansio, TIMO, [{**vaarin("03_1", TIMO), "oikein": True},
                            {**vaarin("03_2", TIMO), "oikein": True}], teema="03")
    # Broken files: each gives exactly one problem line, the others are still graded.
    (kansio / "Katkennut_3_file").mkdir()
    ehja = json.dumps(palautus.tee_palautus("Katkennut", "03", {"yritykset": []}))
    (kansio / "Katkennut_3_file" / "palautus_03_katkennut.json").write_text(ehja[:len(ehja) // 2])
    (kansio / "vieras.json").write_text('{"a": 1}')
    (kansio / "roskaa.json").write_bytes(bytes(range(256)) * 4)
    (kansio / "tyhja.json").write_bytes(b"")
    muokattu = kirjoita(kansio, "Maija Muokkaaja", [vaarin("03_1", "Maija Muokkaaja")],
                        teema="03")
    sisalto = json.loads(muokattu.read_text(encoding="utf-8"))
    sisalto["tehtavat"]["03_1"]["yritykset"][0]["vastaus"] = oma("03_1", "Maija Muokkaaja").oikea
    muokattu.write_text(json.dumps(sisalto), encoding="utf-8")
    (kansio / "lue_minut.txt").write_text("ei palautus")  # not *.json: not a hand-in
    return kansio


@pytest.fixture(scope="module")
def tulos(luokka) -> arviointi.Arviointi:
    return arviointi.arvioi_kansio(luokka)


def ongelma(tulos, osa: str) -> list[str]:
    return [r for r in tulos.ongelmat if osa in r]


def test_the_valid_students_are_graded_despite_broken_files(tulos):
    assert tulos.arvosanat["Tunniste"].tolist() == sorted(
        [AINO, OSKU, VEERA, TIMO], key=lambda n: n.lower())
    assert tulos.tiedostoja == 4


def test_all_right_on_the_first_attempt(tulos):
    r = rivi(tulos, AINO)
    assert r["Oikein"] == r["Oikein 1. yrityksellä"] == r["Tehtäviä"] == TEHTAVIA
    assert r["Pisteet (%)"] == 100.0
    for teema in ["01", "02", "03", "04", "05", "06", "07"]:
        assert r[f"Harjoitukset {int(teema)}"] == len(tehtavat(teema))
    assert r["Huomautus"] == ""


def test_wrong_then_right_is_right_in_the_end_but_not_on_the_first_attempt(tulos):
    t = tehtavan_tulos(tulos, OSKU, "03_1")
    assert (t["yrityksia"], t["oikein_ensimmaisella"], t["oikein_lopulta"]) == (2, False, True)
    r = rivi(tulos, OSKU)
    assert (r["Oikein"], r["Oikein 1. yrityksellä"], r["Harjoitukset 3"]) == (1, 0, 1)
    assert r["Pisteet (%)"] == round(100 / TEHTAVIA, 1)


def test_guessing_a_choice_task_is_visible_in_the_remark(tulos):
    t = tehtavan_tulos(tulos, VEERA, "01_4")
    assert (t["oikein_ensimmaisella"], t["oikein_lopulta"]) == (False, True)
    assert "myöhemmällä yrityksellä: 1.4 (3. yritys)" in rivi(tulos, VEERA)["Huomautus"]
    valinnat = tulos.vaarinkasitykset[tulos.vaarinkasitykset["Tunnus"] == "01_4"]
    vaarat = [v for v in oma("01_4", VEERA).vaihtoehdot if v != oma("01_4", VEERA).oikea][:2]
    assert sorted(valinnat["Väärinkäsitys"]) == sorted(f"valitsi ”{v}”" for v in vaarat)


def test_tampered_right_flags_are_regraded_from_the_answers(tulos):
    r = rivi(tulos, TIMO)
    assert r["Oikein"] == 0
    rivit = ongelma(tulos, "palautus_03_timo-tamper.json")
    assert len(rivit) == 2
    assert any("3.1 oikein-merkinnät eivät vastaa vastauksia" in r for r in rivit)
    assert "oikein-merkinnät eivät täsmää: 3.1, 3.2" in r["Huomautus"]


def test_each_broken_file_gives_one_problem_line_naming_it(tulos):
    odotetut = {
        "Katkennut_3_file/palautus_03_katkennut.json: ": "rikki tai vajaa",
        "vieras.json: ": "ei ole kurssin palautustiedosto",
        "roskaa.json: ": "ei ole tekstiä",
        "tyhja.json: ": "rikki tai vajaa",
        "palautus_03_maija-muokkaaja.json: ": "muokattu",
    }
    for alku, syy in odotetut.items():
        rivit = [r for r in tulos.ongelmat if r.startswith(alku)]
        assert len(rivit) == 1, (alku, tulos.ongelmat)
        assert syy in rivit[0]
    assert not ongelma(tulos, "lue_minut")
    assert len(tulos.ongelmat) == len(odotetut) + 2  # + Timo's two flag lines
    assert "Maija Muokkaaja" not in tulos.arvosanat["Tunniste"].tolist()


def test_class_summary_shares_are_over_all_graded_students(tulos):
    yhteenveto = tulos.tehtavat.set_index("Tunnus")
    assert yhteenveto.index.tolist() == tehtavat()
    rivi_ = yhteenveto.loc["03_1"]
    assert rivi_["Tehtävä"] == "3.1 " + tehtava("03_1").otsikko
    # Aino (first attempt), Osku (second), Timo (wrong) answered; Veera did not.
    assert rivi_["Vastanneita"] == 3
    assert rivi_[arviointi.ENSIMMAISELLA] == 25.0
    assert rivi_[arviointi.LOPULTA] == 50.0
    assert rivi_["Yrityksiä (mediaani)"] == 1.0


# --- merging -----------------------------------------------------------------------------

def test_files_of_the_same_student_are_merged_by_latest_file_per_task(tmp_path):
    nimi = "Aino Niemi"
    # Older whole-course file: 03_1 wrong, 05_1 right, 03_2 right.
    kirjoita(tmp_path, nimi, [vaarin("03_1", nimi), oikein("05_1", nimi), oikein("03_2", nimi)],
             aika="2026-10-01T10:00:00+03:00")
    # Newer per-theme file (different spelling of the name): 03_1 right, nothing for 03_2.
    kirjoita(tmp_path, "  AINO   NIEMI ", [vaarin("03_1", nimi), oikein("03_1", nimi)],
             teema="03", aika="2026-10-02T09:00:00+03:00")
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert len(tulos.arvosanat) == 1
    r = tulos.arvosanat.iloc[0]
    assert r["Tunniste"] == "AINO NIEMI"  # as typed in the latest file
    assert (r["Oikein"], r["Harjoitukset 3"], r["Harjoitukset 5"]) == (3, 2, 1)
    t = tehtavan_tulos(tulos, "AINO NIEMI", "03_1")
    assert (t["yrityksia"], t["tiedosto"]) == (2, "palautus_03_aino-niemi.json")
    assert tehtavan_tulos(tulos, "AINO NIEMI", "03_2")["tiedosto"] == \
        "palautus_kaikki_aino-niemi.json"
    assert tulos.ongelmat == []


def test_latest_file_wins_even_with_other_time_zones(tmp_path):
    nimi = "2412345"
    kirjoita(tmp_path, nimi, [oikein("03_1", nimi)], teema="03",
             aika="2026-10-01T12:00:00+03:00", tiedosto="a.json")  # 09:00 UTC
    kirjoita(tmp_path, nimi, [vaarin("03_1", nimi)], teema="03",
             aika="2026-10-01T10:00:00+00:00", tiedosto="b.json")  # 10:00 UTC: newer
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert tehtavan_tulos(tulos, nimi, "03_1")["oikein_lopulta"] is False


def test_changed_task_text_is_still_graded_with_a_problem_line(tmp_path):
    nimi = "2412345"

    def vanha_teksti(sisalto):
        sisalto["tehtavat"]["03_1"]["kysymys"] = "000000000000"
        sisalto["paketti"] = "0.0.9"

    kirjoita(tmp_path, nimi, [oikein("03_1", nimi)], teema="03", muokkaa=vanha_teksti)
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert tulos.arvosanat.iloc[0]["Oikein"] == 1
    assert len(tulos.ongelmat) == 1
    assert tulos.ongelmat[0].startswith("palautus_03_2412345.json: tehtävän 3.1 teksti")
    assert "0.0.9" in tulos.ongelmat[0]
    assert "tehtävän teksti muuttunut: 3.1" in tulos.arvosanat.iloc[0]["Huomautus"]


# --- misconceptions ------------------------------------------------------------------------

def test_stopping_at_the_sales_margin_is_counted_once_per_student(tmp_path):
    pysahtyneet = ["Aino", "Beata", "Cecilia"]
    for nimi in pysahtyneet:
        arvot = oma("03_1", nimi).arvot
        myyntikate = arvot["tuotot"] - arvot["suorat_kustannukset"]
        # Twice the same mistake still counts as one student.
        kirjoita(tmp_path, nimi, [yritys("03_1", myyntikate, False),
                                  yritys("03_1", str(myyntikate).replace(".", ","), False),
                                  oikein("03_1", nimi)], teema="03")
    kirjoita(tmp_path, "Daniel", [oikein("03_1", "Daniel")], teema="03")
    kirjoita(tmp_path, "Eemeli", [yritys("03_1", "en tiedä", False)], teema="03")
    tulos = arviointi.arvioi_kansio(tmp_path)
    v = tulos.vaarinkasitykset
    oletusselitys = tehtava("03_1", 0).tyypilliset[0][1]
    assert oletusselitys.startswith("Tämä on myyntikate. ")
    rivi_ = v[(v["Tunnus"] == "03_1") & (v["Väärinkäsitys"] == "Tämä on myyntikate.")]
    assert len(rivi_) == 1
    assert rivi_.iloc[0]["Opiskelijoita"] == 3
    assert rivi_.iloc[0]["Kuvaus"] == \
        "3 / 5 sai palautteen ”Tämä on myyntikate.” tehtävässä 3.1"
    assert v.iloc[0]["Väärinkäsitys"] == "Tämä on myyntikate."  # the most common first
    ei_luku = v[v["Väärinkäsitys"] == "vastaus ei ollut luku"]
    assert ei_luku["Opiskelijoita"].tolist() == [1]
    assert arviointi.yleisimmat(v) == [rivi_.iloc[0]["Kuvaus"]]


def test_misconception_label_does_not_depend_on_the_students_numbers(tmp_path):
    nimet = [f"Opiskelija {i}" for i in range(6)]
    for nimi in nimet:
        t = oma("03_1", nimi)
        unohti_markkinoinnin = t.tyypilliset[1][0]  # "Unohdit markkinoinnin kustannukset."
        kirjoita(tmp_path, nimi, [yritys("03_1", unohti_markkinoinnin, False)], teema="03")
    v = arviointi.arvioi_kansio(tmp_path).vaarinkasitykset
    assert v["Väärinkäsitys"].tolist() == ["Unohdit markkinoinnin kustannukset."]
    assert v["Opiskelijoita"].tolist() == [6]


# --- finding files ------------------------------------------------------------------------

def test_missing_folder_not_a_folder_and_no_hand_ins_are_one_finnish_error(tmp_path):
    with pytest.raises(AsiakkuusVirhe, match="Kansiota .* ei ole"):
        arviointi.arvioi_kansio(tmp_path / "ei_ole")
    zip_ = tmp_path / "palautukset.zip"
    zip_.write_bytes(b"PK")
    with pytest.raises(AsiakkuusVirhe, match="ei ole kansio. Pura zip-tiedosto"):
        arviointi.arvioi_kansio(zip_)
    (tmp_path / "tyhja").mkdir()
    (tmp_path / "tyhja" / "muistio.ipynb").write_text("{}")
    with pytest.raises(AsiakkuusVirhe, match="ei ole yhtään palautustiedostoa"):
        arviointi.arvioi_kansio(tmp_path / "tyhja")


def test_links_outside_and_json_folders_are_reported_not_followed(tmp_path):
    ulkona = tmp_path / "ulkona"
    ulkona.mkdir()
    vieras = kirjoita(ulkona, "Ulla Ulkona", [oikein("03_1", "Ulla Ulkona")], teema="03")
    kansio = tmp_path / "palautukset"
    kirjoita(kansio, OSKU, [oikein("03_1", OSKU)], teema="03")
    try:
        (kansio / "linkki.json").symlink_to(vieras)
        (kansio / "kansiolinkki").symlink_to(ulkona, target_is_directory=True)
    except OSError:
        pytest.skip("symlinks are not available")
    (kansio / "kansio.json").mkdir()
    tulos = arviointi.arvioi_kansio(kansio)
    assert tulos.arvosanat["Tunniste"].tolist() == [OSKU]
    assert len(ongelma(tulos, "linkki.json: linkki osoittaa kansion ulkopuolelle")) == 1
    assert len(ongelma(tulos, "kansiolinkki: linkki toiseen kansioon")) == 1
    assert ongelma(tulos, "kansio.json: ei ole tavallinen tiedosto")


def test_odd_file_names_and_lone_surrogates_are_problem_lines_not_crashes(tmp_path):
    kirjoita(tmp_path, OSKU, [oikein("03_1", OSKU)], teema="03")
    try:
        (tmp_path / os.fsdecode(b"nimi_\xff.json")).write_text("{}")
    except (OSError, UnicodeError):
        pytest.skip("the file system does not allow non-UTF-8 names")
    # A lone surrogate escape is valid JSON but not text: the checksum cannot even be computed.
    (tmp_path / "puolikas.json").write_text(
        '{"muoto": "asiakkuus-palautus", "versio": 1, "nimi": "\\ud800", "tarkiste": "x"}')
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert tulos.opiskelijoita == 1
    assert sorted(r.split(":")[0] for r in tulos.ongelmat) == ["nimi_\ufffd.json",
                                                               "puolikas.json"]
    arviointi.kirjoita_arviointi(tulos, tmp_path / "tulokset")
    assert len((tmp_path / "tulokset" / "ongelmat.txt").read_text(encoding="utf-8")
               .splitlines()) == 2


def test_many_files_are_read_in_bounded_time_and_a_wrong_folder_is_refused(tmp_path,
                                                                           monkeypatch):
    for i in range(400):
        (tmp_path / f"roska_{i:04d}.json").write_text("{}")
        (tmp_path / f"muistiinpano_{i:04d}.txt").write_text("x")
    kirjoita(tmp_path, OSKU, [oikein("03_1", OSKU)], teema="03")
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert len(tulos.ongelmat) == 400 and tulos.opiskelijoita == 1
    # A wrong folder (e.g. the whole home folder) stops early with one clear error.
    monkeypatch.setattr(arviointi, "ENINTAAN_PALAUTUKSIA", 200)
    with pytest.raises(AsiakkuusVirhe, match="yli 200 .json-tiedostoa"):
        arviointi.arvioi_kansio(tmp_path)
    monkeypatch.setattr(arviointi, "ENINTAAN_KOHTEITA", 500)
    with pytest.raises(AsiakkuusVirhe, match="yli 500 tiedostoa tai kansiota"):
        arviointi.arvioi_kansio(tmp_path)


def test_grading_never_changes_the_hand_in_folder(luokka, tmp_path):
    ennen = tila(luokka)
    tulos = arviointi.arvioi_kansio(luokka)
    kohde = tmp_path / "tulokset"
    arviointi.kirjoita_arviointi(tulos, kohde)
    assert tila(luokka) == ennen


def test_the_output_folder_inside_the_hand_in_folder_is_not_read_as_hand_ins(tmp_path):
    kirjoita(tmp_path, OSKU, [oikein("03_1", OSKU)], teema="03")
    ennen = tila(tmp_path)
    kohde = tmp_path / arviointi.TULOSKANSIO
    arviointi.kirjoita_arviointi(arviointi.arvioi_kansio(tmp_path), kohde)
    (kohde / "sekaan.json").write_text("{}")  # would be a problem line if it were read
    tulos = arviointi.arvioi_kansio(tmp_path)
    assert tulos.ongelmat == []
    jalkeen = {k: v for k, v in tila(tmp_path).items()
               if not k.startswith(f"{arviointi.TULOSKANSIO}/")}
    assert jalkeen == ennen


# --- writing ------------------------------------------------------------------------------

def test_output_files_are_written_and_never_overwritten_without_korvaa(tulos, tmp_path):
    kohde = tmp_path / "arviointi"
    polut = arviointi.kirjoita_arviointi(tulos, kohde)
    assert sorted(p.name for p in polut) == sorted(arviointi.TIEDOSTOT)
    assert (kohde / "ongelmat.txt").read_text(encoding="utf-8").splitlines() == tulos.ongelmat
    (kohde / "arvosanat_moodle.csv").write_text("opettajan muokkaama", encoding="utf-8")
    with pytest.raises(AsiakkuusVirhe) as virhe:
        arviointi.kirjoita_arviointi(tulos, kohde)
    assert "arvosanat_moodle.csv" in str(virhe.value) and "--korvaa" in str(virhe.value)
    assert "--kohde" in str(virhe.value)
    assert (kohde / "arvosanat_moodle.csv").read_text(encoding="utf-8") == "opettajan muokkaama"
    arviointi.kirjoita_arviointi(tulos, kohde, korvaa=True)
    assert (kohde / "arvosanat_moodle.csv").read_text(encoding="utf-8").startswith("Tunniste,")
    assert not [p for p in kohde.iterdir() if p.name.startswith(".")], "temporary files left"


def test_stale_problem_list_is_removed_when_replacing(tulos, tmp_path):
    arviointi.kirjoita_arviointi(tulos, tmp_path)
    ilman = dataclasses.replace(tulos, ongelmat=[])
    arviointi.kirjoita_arviointi(ilman, tmp_path, korvaa=True)
    assert not (tmp_path / "ongelmat.txt").exists()


def test_moodle_csv_is_utf8_with_the_identifier_header(tulos, tmp_path):
    arviointi.kirjoita_arviointi(tulos, tmp_path)
    teksti = (tmp_path / "arvosanat_moodle.csv").read_bytes().decode("utf-8")  # strict
    otsikot = teksti.splitlines()[0].split(",")
    assert otsikot[:5] == ["Tunniste", "Oikein", "Oikein 1. yrityksellä", "Tehtäviä",
                           "Pisteet (%)"]
    assert otsikot[-1] == "Huomautus"
    assert f"\n{AINO},{TEHTAVIA},{TEHTAVIA},{TEHTAVIA},100.0," in teksti
    assert "veera@example.com" in teksti


def test_hostile_values_stay_text_in_csv_and_excel(tulos, tmp_path):
    arvosanat = tulos.arvosanat.copy()
    arvosanat.loc[0, "Tunniste"] = '=HYPERLINK("http://example.com","x")'
    arvosanat.loc[1, "Huomautus"] = "@SUM(1+1)"
    arviointi.kirjoita_arviointi(dataclasses.replace(tulos, arvosanat=arvosanat), tmp_path)
    teksti = (tmp_path / "arvosanat_moodle.csv").read_text(encoding="utf-8")
    assert "\n\"'=HYPERLINK(" in teksti and ",'@SUM(1+1)" in teksti
    lehti = load_workbook(tmp_path / "arvosanat.xlsx").active
    assert lehti["A2"].value == '=HYPERLINK("http://example.com","x")'
    assert lehti["A2"].data_type == "s"
    huomautus = lehti.cell(3, arvosanat.columns.get_loc("Huomautus") + 1)
    assert (huomautus.value, huomautus.data_type) == ("@SUM(1+1)", "s")
    assert lehti["B2"].data_type == "n"


def test_target_that_is_a_file_is_refused(tulos, tmp_path):
    (tmp_path / "tiedosto").write_text("x")
    with pytest.raises(AsiakkuusVirhe, match="on tiedosto, ei kansio"):
        arviointi.kirjoita_arviointi(tulos, tmp_path / "tiedosto")


def test_summary_figure_is_finnish_and_readable_on_a_projector(tulos, oikea_kuva):
    from asiakkuus import kuvat

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph (→, %, ä) is a warning
        kuva = kuvat.luokan_yhteenveto(tulos.tehtavat, opiskelijoita=tulos.opiskelijoita)
        kuva.canvas.draw()
    ax = kuva.axes[0]
    assert ax.get_title() == "Oikein vastanneet tehtävittäin (4 palauttanutta)"
    assert ax.title.get_fontsize() >= 16
    assert "3.1 " + tehtava("03_1").otsikko in [t.get_text() for t in ax.get_yticklabels()]
    assert len(ax.patches) == 2 * TEHTAVIA
    for teksti in [*ax.get_xticklabels(), *ax.get_yticklabels(), *ax.texts]:
        assert teksti.get_fontsize() >= 12, teksti.get_text()
    assert ax.get_xticklabels()[-1].get_text() == "100\u00a0%"
    assert tuple(kuva.get_size_inches()) == (12.8, 7.2)  # 16:9 like a projector


# --- command line -------------------------------------------------------------------------

def _kaynnista(*argumentit) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "asiakkuus", *argumentit], cwd=JUURI,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module", autouse=True)
def cli(luokka, tmp_path_factory):
    """Start the command-line runs at once; the in-process tests run in the meantime."""
    kohde = tmp_path_factory.mktemp("cli") / "tulokset"
    puuttuva = tmp_path_factory.mktemp("cli") / "ei_ole"
    ajot = {"arvioi": (_kaynnista("arvioi", str(luokka), "--kohde", str(kohde)), kohde),
            "puuttuu": (_kaynnista("arvioi", str(puuttuva)), puuttuva)}
    yield ajot
    for ajo, _ in ajot.values():
        if ajo.poll() is None:
            ajo.kill()
            ajo.wait()


def _tulos(ajo: subprocess.Popen) -> tuple[int, str, str]:
    tuloste, virheet = ajo.communicate(timeout=120)
    return ajo.returncode, tuloste, virheet


def test_cli_grades_the_folder_and_prints_the_summary(cli):
    ajo, kohde = cli["arvioi"]
    koodi, tuloste, virheet = _tulos(ajo)
    assert koodi == 0, virheet
    assert "Traceback" not in virheet
    rivit = tuloste.splitlines()
    assert any(r.startswith("vieras.json: tämä ei ole kurssin palautustiedosto.") for r in rivit)
    assert "Arvioitu 4 opiskelijaa 4 palautustiedostosta." in rivit
    assert any(str(kohde) in r for r in rivit)
    assert "  1 / 4 valitsi" in tuloste
    assert (kohde / "arvosanat_moodle.csv").is_file() and (kohde / "yhteenveto.png").is_file()
    assert (kohde / "yhteenveto.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_missing_folder_is_one_finnish_line_and_exit_code_2(cli):
    ajo, puuttuva = cli["puuttuu"]
    koodi, tuloste, virheet = _tulos(ajo)
    assert koodi == 2
    assert "Traceback" not in virheet
    assert virheet.strip().splitlines() == [
        f"Virhe: Kansiota {puuttuva} ei ole. Anna kansio, johon purit Moodlesta "
        "ladatut palautukset."]
    assert not puuttuva.exists()


def test_cli_refuses_to_overwrite_without_korvaa(luokka, tmp_path, capsys):
    from asiakkuus.__main__ import main

    (tmp_path / "arvosanat.xlsx").write_bytes(b"vanha")
    assert main(["arvioi", str(luokka), "--kohde", str(tmp_path)]) == 2
    tuloste = capsys.readouterr()
    assert tuloste.out == ""
    assert tuloste.err.count("\n") == 1 and "--korvaa" in tuloste.err
    assert (tmp_path / "arvosanat.xlsx").read_bytes() == b"vanha"
    assert main(["arvioi", str(luokka), "--kohde", str(tmp_path), "--korvaa"]) == 0
    assert "Arvioitu 4 opiskelijaa" in capsys.readouterr().out


def test_cli_help_is_finnish_and_keeps_tee_aineisto():
    from asiakkuus.__main__ import KOMENNOT, jasentaja

    assert {"tee-aineisto", "arvioi"} <= set(KOMENNOT)
    ohje = jasentaja().format_help()
    assert ohje.startswith("Käyttö: python -m asiakkuus")
    assert "tee-aineisto" in ohje and "arvioi" in ohje and "usage" not in ohje
    valinnat = jasentaja().parse_args(["arvioi", "kansio", "--kohde", "muu", "--korvaa"])
    assert (valinnat.kansio, valinnat.kohde, valinnat.korvaa) == (Path("kansio"), Path("muu"),
                                                                  True)
