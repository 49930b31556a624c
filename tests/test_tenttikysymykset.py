"""Exam question sheets: own numbers per student, and an answer key that matches the sheet.

The key is checked against a calculation made here from the numbers printed on the
student's sheet (not from the generator's inputs), for the margin chain (3.1), the NPS (6.1)
and the weighted score (4.1).
"""

from __future__ import annotations

import re

import pytest

from asiakkuus import tehtavat as t
from asiakkuus import tenttikysymykset as tk
from asiakkuus.muotoilu import euroa, luku
from asiakkuus.virheet import AsiakkuusVirhe

NIMET = ["2412345", "Äimä Öljymäki", "O'Brien-Mäkelä"]
KIERROS = "kevät 2027"


def _kysymys(lomake: str, numero: int) -> str:
    return lomake.split(f"## Kysymys {numero}. ", 1)[1].split("\n## ", 1)[0]


def _avainrivi(avain: str, nimi: str, numero: int) -> list[str]:
    osa = avain.split(f"## {nimi}\n", 1)[1]
    rivi = next(r for r in osa.splitlines() if r.startswith(f"| {numero} |"))
    return [s.strip() for s in rivi.strip("|").split("|")]


def _euroja(teksti: str) -> float:
    return float(re.sub(r"\s", "", teksti).replace("€", "").replace("\u2212", "-")
                 .replace(",", "."))


@pytest.mark.parametrize("nimi", NIMET)
def test_margin_chain_key_matches_the_numbers_on_the_sheet(nimi):
    lomake = tk.kysymyslomake(nimi, KIERROS, ["03_1"])
    luvut = {m[1]: _euroja(m[2]) for m in re.finditer(r"\| ([A-Za-zäö ]+) \| ([−\d\s]+€) \|",
                                                       _kysymys(lomake, 1))}
    kate = (luvut["Asiakkuuden tuotot"] - luvut["Suorat kustannukset"]
            - luvut["Myynnin kustannukset"] - luvut["Markkinoinnin kustannukset"]
            - luvut["Asiakaspalvelun kustannukset"])
    rivi = _avainrivi(tk.vastausavain([nimi], KIERROS, ["03_1"]), nimi, 1)
    assert rivi[2] == euroa(kate) and rivi[3] == "±1"


@pytest.mark.parametrize("nimi", NIMET)
def test_nps_key_matches_the_distribution_on_the_sheet(nimi):
    kysymys = _kysymys(tk.kysymyslomake(nimi, KIERROS, ["06_1"]), 1)
    maarat = [int(x) for x in re.search(r"\| Vastauksia \|(.+)\|", kysymys)[1].split("|")]
    assert len(maarat) == 11
    n = sum(maarat)
    nps = 100 * (sum(maarat[9:]) - sum(maarat[:7])) / n
    rivi = _avainrivi(tk.vastausavain([nimi], KIERROS, ["06_1"]), nimi, 1)
    assert abs(float(rivi[2].replace(",", ".")) - nps) <= 0.05


@pytest.mark.parametrize("nimi", NIMET)
def test_weighted_score_key_matches_the_table_on_the_sheet(nimi):
    kysymys = _kysymys(tk.kysymyslomake(nimi, KIERROS, ["04_1"]), 1)
    rivit = re.findall(r"\| [A-Za-zäö /]+ \| (\d) \| (\d+) % \|", kysymys)
    assert len(rivit) == 6 and sum(int(p) for _, p in rivit) == 100
    pisteet = sum(int(a) * int(p) for a, p in rivit) / 100
    rivi = _avainrivi(tk.vastausavain([nimi], KIERROS, ["04_1"]), nimi, 1)
    assert rivi[2] == luku(pisteet, 2)


def test_exam_numbers_differ_from_the_exercises_and_between_rounds():
    for tunnus in tk.OLETUSTEHTAVAT:
        tentti = tk.tenttitehtava(tunnus, "2412345", KIERROS)
        harjoitus = t.tehtava(tunnus, t.siemen_nimesta("2412345"))
        uusinta = tk.tenttitehtava(tunnus, "2412345", "uusinta kesä 2027")
        assert tentti.kuvaus != harjoitus.kuvaus, tunnus
        assert tentti.kuvaus != uusinta.kuvaus, tunnus
        # Same name written differently is the same student, as in the exercises.
        assert tk.tenttitehtava(tunnus, " 2412345 ", "Kevät 2027") == tentti
        assert t.tarkista(tentti, tentti.oikea).oikein is True


def test_choice_question_lists_options_and_key_names_the_right_letter():
    lomake = tk.kysymyslomake("2412345", KIERROS, ["04_3"])
    tehtava = tk.tenttitehtava("04_3", "2412345", KIERROS)
    for i, vaihtoehto in enumerate(tehtava.vaihtoehdot):
        assert f"{'abcdef'[i]}) {vaihtoehto}" in lomake
    rivi = _avainrivi(tk.vastausavain(["2412345"], KIERROS, ["04_3"]), "2412345", 1)
    kirjain = "abcdef"[tehtava.vaihtoehdot.index(tehtava.oikea)]
    assert rivi[2] == f"{kirjain}) {tehtava.oikea}"


def test_command_writes_a_sheet_per_student_and_one_key(tmp_path, capsys):
    nimitiedosto = tmp_path / "nimet.txt"
    nimitiedosto.write_text("\ufeff2412345\n\nÄimä Öljymäki\n", encoding="utf-8")
    koodi = tk.main(["--kierros", KIERROS, "--nimet", str(nimitiedosto), "--kohde",
                     str(tmp_path / "tentti"), "--tehtavat", "03_1,06_1", "王小明"])
    assert koodi == 0
    tiedostot = sorted(p.name for p in (tmp_path / "tentti").iterdir())
    assert tiedostot == ["tentti_2412345.md", "tentti_738b-5c0f-660e.md",
                         "tentti_aima-oljymaki.md", "vastausavain.md"]
    avain = (tmp_path / "tentti" / "vastausavain.md").read_text(encoding="utf-8")
    assert "## Äimä Öljymäki" in avain and "## 王小明" in avain
    assert "Kirjoitettu 3 kysymyslomaketta" in capsys.readouterr().out


def test_form_task_and_unknown_task_are_refused(capsys):
    with pytest.raises(AsiakkuusVirhe, match="lomaketehtävä"):
        tk.tenttitehtava("07_5", "2412345", KIERROS)
    assert tk.main(["--kierros", KIERROS, "--tehtavat", "07_5", "2412345"]) == 2
    assert tk.main(["--kierros", KIERROS, "--tehtavat", "03_9", "2412345"]) == 2
    assert tk.main(["--kierros", KIERROS]) == 2
    tuloste = capsys.readouterr().out
    assert "lomaketehtävä" in tuloste and "Tehtävää 03_9 ei ole" in tuloste
