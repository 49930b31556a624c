"""The student's record file: atomic writes (killed mid-write), hostile content, no leaks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from asiakkuus import tallennus
from asiakkuus.tehtavat import Tulos

KIRJOITTAJA = r"""
import sys
from pathlib import Path
from asiakkuus import tallennus
from asiakkuus.tehtavat import Tulos
kansio = Path(sys.argv[1])
# Big answers make each write slow enough to be killed in the middle of it.
for i in range(100_000):
    tallennus.kirjaa("Aino Niemi", "03_1", str(i) + "x" * 150, Tulos(False, "x"), kansio)
    if i == 0:
        print("alkoi", flush=True)
"""


def test_a_kernel_killed_mid_write_never_leaves_a_broken_or_empty_file(tmp_path):
    polku = tmp_path / "aino-niemi.json"
    for kierros in range(2):
        prosessi = subprocess.Popen([sys.executable, "-c", KIRJOITTAJA, str(tmp_path)],
                                    stdout=subprocess.PIPE, text=True)
        assert prosessi.stdout.readline().strip() == "alkoi"
        time.sleep(0.05 + 0.1 * kierros)  # a different moment of the write each round
        os.kill(prosessi.pid, signal.SIGKILL)
        prosessi.wait()
        sisalto = json.loads(polku.read_text(encoding="utf-8"))  # whole and valid
        assert sisalto["nimi"] == "Aino Niemi" and sisalto["yritykset"]
        assert tallennus.lue("Aino Niemi", tmp_path)["yritykset"] == sisalto["yritykset"]
    jaljelle = {p.name for p in tmp_path.iterdir()}
    # The killed writer may leave a temporary file behind, never a second record.
    assert {n for n in jaljelle if not n.startswith(".")} == {"aino-niemi.json"}


KATKAISIJA = r"""
import builtins, io, os, signal, sys
from pathlib import Path
from asiakkuus import tallennus
from asiakkuus.tehtavat import Tulos
kansio = Path(sys.argv[1])
tallennus.kirjaa("Aino Niemi", "03_1", "ensimmainen", Tulos(False, "x"), kansio)


class Katkaise:
    # Writes half of the text, flushes it to the disk and dies: a kill in the middle of a write.
    def __init__(self, tiedosto):
        self.tiedosto = tiedosto

    def __getattr__(self, nimi):
        return getattr(self.tiedosto, nimi)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.tiedosto.close()

    def write(self, teksti):
        self.tiedosto.write(teksti[: len(teksti) // 2])
        self.tiedosto.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def kaari(avaa):
    def avaa_ja_katkaise(*args, **kwargs):
        tiedosto = avaa(*args, **kwargs)
        tila = getattr(tiedosto, "mode", "")
        return Katkaise(tiedosto) if isinstance(tila, str) and "w" in tila else tiedosto
    return avaa_ja_katkaise


builtins.open, os.fdopen, io.open = kaari(builtins.open), kaari(os.fdopen), kaari(io.open)
tallennus.kirjaa("Aino Niemi", "03_1", "toinen", Tulos(False, "x"), kansio)
"""


def test_a_write_killed_halfway_keeps_the_previous_record(tmp_path):
    """Deterministic: the process dies with half of the new content written, whatever way
    the module opens its file."""
    tulos = subprocess.run([sys.executable, "-c", KATKAISIJA, str(tmp_path)], timeout=60)
    assert tulos.returncode == -signal.SIGKILL
    sisalto = json.loads((tmp_path / "aino-niemi.json").read_text(encoding="utf-8"))
    assert [y["vastaus"] for y in sisalto["yritykset"]] == ["ensimmainen"]


def test_one_file_per_student_and_only_what_grading_needs(tmp_path):
    tallennus.kirjaa("Aino Niemi", "03_1", "8270", Tulos(False, "Myyntikate.", 0), tmp_path)
    tallennus.kirjaa("aino  niemi", "03_1", 6020.0, Tulos(True, "Oikein."), tmp_path)
    tallennus.kirjaa("2412345", "05_4", "40", Tulos(True, "Oikein."), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2412345.json", "aino-niemi.json"]
    sisalto = json.loads((tmp_path / "aino-niemi.json").read_text(encoding="utf-8"))
    assert set(sisalto) == {"muoto", "versio", "nimi", "yritykset"}
    assert [y["vastaus"] for y in sisalto["yritykset"]] == ["8270", 6020.0]
    assert [y["vaarinkasitys"] for y in sisalto["yritykset"]] == [0, None]
    teksti = (tmp_path / "aino-niemi.json").read_text(encoding="utf-8")
    kayttaja = os.environ.get("USER") or os.environ.get("USERNAME") or "root"
    assert str(tmp_path) not in teksti and f'"{kayttaja}"' not in teksti


@pytest.mark.parametrize("roska", [b"", b"{", b"\xff\xfe\x00", b"[]", b'{"muoto": "muu"}',
                                   b'{"muoto": "asiakkuus-vastaukset", "yritykset": [1]}'])
def test_a_broken_record_is_kept_aside_and_never_crashes(tmp_path, roska):
    polku = tmp_path / "aino-niemi.json"
    polku.write_bytes(roska)
    assert tallennus.lue("Aino Niemi", tmp_path)["yritykset"] == []
    tallennus.kirjaa("Aino Niemi", "03_1", "1", Tulos(False, "x"), tmp_path)
    assert (tmp_path / "aino-niemi.rikki.json").read_bytes() == roska  # for the teacher
    assert len(tallennus.lue("Aino Niemi", tmp_path)["yritykset"]) == 1


def test_the_last_student_on_this_machine_is_restored(tmp_path):
    tallennus.kirjaa("Aino Niemi", "03_1", "1", Tulos(False, "x"), tmp_path)
    time.sleep(0.02)
    tallennus.kirjaa("Eero Järvi", "03_1", "1", Tulos(False, "x"), tmp_path)
    os.utime(tmp_path / "aino-niemi.json", (time.time() + 5, time.time() + 5))
    assert tallennus.viimeisin_opiskelija(tmp_path) == "Aino Niemi"
    (tmp_path / "aino-niemi.json").write_text("{rikki", encoding="utf-8")
    assert tallennus.viimeisin_opiskelija(tmp_path) == "Eero Järvi"
    assert tallennus.viimeisin_opiskelija(tmp_path / "ei_ole") is None


def test_start_over_removes_only_that_students_file(tmp_path):
    tallennus.kirjaa("Aino Niemi", "03_1", "1", Tulos(False, "x"), tmp_path)
    tallennus.kirjaa("2412345", "03_1", "1", Tulos(False, "x"), tmp_path)
    assert tallennus.aloita_alusta("Aino Niemi", tmp_path) is True
    assert tallennus.aloita_alusta("Aino Niemi", tmp_path) is False
    assert [p.name for p in tmp_path.iterdir()] == ["2412345.json"]


def test_course_folder_is_found_from_a_notebook_folder_with_spaces_and_umlauts(tmp_path):
    kurssi = tmp_path / "Käyttäjät" / "Mäkinen Öljy" / "kurssi"
    for kansio in ("notebooks", "exercises", "solutions"):
        (kurssi / kansio).mkdir(parents=True)
    assert tallennus.kurssikansio(kurssi / "exercises") == kurssi
    assert tallennus.kurssikansio(kurssi) == kurssi
    assert tallennus.kurssikansio(tmp_path) == tmp_path  # no course: the folder itself
