"""A whole class on one JupyterHub: a real hub on 127.0.0.1 and simulated students.

Three students (``jupyterhub_luokka.opiskelijan_kulku``: log in, pull the course with the README's
nbgitpuller link, run exercise 3 through the kernel's websocket, answer wrong and right, make and
download the hand-in file) at the same time; the instructor grades all downloads with
``python -m asiakkuus arvioi``. Fault cases: a server killed mid-exercise comes back with the
saved answers, a student's own edit survives a course update (nbgitpuller merge), and a hub
restart (while a student works and the instructor grades) keeps every student's files and
servers. Cheap checks without docker: the Dockerfile installs the course as the README does,
its start hook clones and merges, the README's links and sizing match what is tested.

``bench/luokka.py`` drives the same student with a class of 20–30 at the same moment (and
without the test's start-up trims, see ``jupyterhub_luokka.KEVENNYKSET``). Locally the hub test
skips when a tool is missing; under CI (``CI=true``) it fails instead.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from jupyterhub_luokka import (  # noqa: E402
    AIKARAJA, BIN, HARJOITUS, JUURI, KOHDE, Opiskelija, Ydin, _git, arvioi, binder_linkki,
    hub_tai_ohita, kaynnissa_oleva_hub, lue_moodle_csv, nbgitpuller_linkki, oikea_ja_vaara,
    opiskelijan_kulku, tee_kurssirepo)


# --- the image recipe: same install as the README, cheap checks without docker ---------------

def _dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    rivit, kesken = [], ""
    for rivi in (JUURI / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if not kesken and (not rivi.strip() or rivi.lstrip().startswith("#")):
            continue
        kesken += rivi.rstrip("\\").strip() + " "
        if not rivi.endswith("\\"):
            kasky, _, loput = kesken.strip().partition(" ")
            rivit.append((kasky.upper(), loput.strip()))
            kesken = ""
    return rivit


def test_image_installs_the_course_exactly_as_the_readme_does():
    import re
    import shlex
    import tomllib

    kaskyt = _dockerfile()
    pohja = [a for k, a in kaskyt if k == "FROM"]
    assert len(pohja) == 1 and re.fullmatch(
        r"quay\.io/jupyter/minimal-notebook:(\d{4}-\d{2}-\d{2}|[0-9a-f]{12})"
        r"(@sha256:[0-9a-f]{64})?",
        pohja[0]), f"pin the Jupyter Docker Stacks image to a date tag: {pohja}"

    # One requirement set: the image pip-installs the copied project (its pyproject.toml) and
    # nothing else; the README's command and environment.yml install the same project.
    kopiot = {}
    for kasky, argumentit in kaskyt:
        if kasky == "COPY":
            osat = [o for o in shlex.split(argumentit) if not o.startswith("--")]
            for lahde in osat[:-1]:
                kopiot[lahde] = osat[-1]
    asennukset = [a for k, a in kaskyt if k == "RUN" and "pip install" in a]
    assert len(asennukset) == 1, asennukset
    pip = shlex.split(asennukset[0].split("pip install", 1)[1].split("&&")[0])
    kohteet = [o for o in pip if not o.startswith("-")]
    assert kohteet == ["/tmp/asiakkuus"], f"the image must install only the project: {pip}"
    assert kopiot["pyproject.toml"] == "/tmp/asiakkuus/"
    assert kopiot["asiakkuus"] == "/tmp/asiakkuus/asiakkuus"
    kurssi = subprocess.run(["bash", str(JUURI / ".ci" / "readme_komento.sh"), "kurssi",
                             str(JUURI / "README.md")], capture_output=True, text=True,
                            check=True).stdout
    assert "pip install -e . " in kurssi  # the same pyproject.toml, editable on a laptop
    assert "      - -e .\n" in (JUURI / "environment.yml").read_text(encoding="utf-8")
    riippuvuudet = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(r.startswith("nbgitpuller") for r in riippuvuudet["project"]["dependencies"]), \
        "the image gets nbgitpuller from the course's own dependencies"

    # Finnish JupyterLab: the image runs the same function as `python -m asiakkuus kurssi`.
    import inspect

    from asiakkuus import kaynnistys

    assert "asenna_oletukset()" in inspect.getsource(kaynnistys.kaynnista)
    assert "from asiakkuus.kaynnistys import asenna_oletukset; assert asenna_oletukset()" \
        in asennukset[0]

    # The start hook is executed (not sourced: no .sh) by the stacks' start script.
    assert kopiot["jupyterhub/kurssi-kotiin"] == "/usr/local/bin/before-notebook.d/50-kurssi-kotiin"
    assert os.access(JUURI / "jupyterhub" / "kurssi-kotiin", os.X_OK)

    # Everything COPY needs is in the build context; nothing else is (.dockerignore).
    mukaan = [r[1:] for r in (JUURI / ".dockerignore").read_text(encoding="utf-8").splitlines()
              if r.startswith("!")]
    for lahde in kopiot:
        assert (JUURI / lahde).exists(), lahde
        assert lahde in mukaan or f"{lahde}/" in mukaan, f"{lahde} is excluded by .dockerignore"
    assert "*" in (JUURI / ".dockerignore").read_text(encoding="utf-8").splitlines()


def test_start_hook_clones_the_course_then_merges_without_losing_edits(tmp_path):
    if shutil.which("git") is None or not (BIN / "gitpuller").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI needs git and nbgitpuller's gitpuller")
        pytest.skip("git or nbgitpuller (gitpuller) missing")
    repo = tee_kurssirepo(tmp_path)
    koti = tmp_path / "koti"
    koti.mkdir()
    ymparisto = {"HOME": str(koti), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
                 "TMPDIR": str(tmp_path), "KURSSI_REPO": f"file://{repo}"}
    koukku = [str(JUURI / "jupyterhub" / "kurssi-kotiin")]

    def aja(**lisat):
        return subprocess.run(koukku, env={**ymparisto, **lisat}, capture_output=True,
                              text=True, timeout=AIKARAJA)

    assert aja().returncode == 0
    muistio = koti / KOHDE / HARJOITUS
    assert muistio.is_file() and (koti / KOHDE / "notebooks" / "00_aloitus.ipynb").is_file()
    # The student's edit and answers; then the instructor's update of the same notebook.
    oma = muistio.read_text(encoding="utf-8").replace("*Kirjoita vastauksesi tähän.*",
                                                      "Oma vastaukseni.")
    muistio.write_text(oma, encoding="utf-8")
    (koti / KOHDE / "omat_vastaukset").mkdir()
    (koti / KOHDE / "omat_vastaukset" / "2400001.json").write_text("{}", encoding="utf-8")
    lahde = repo / HARJOITUS
    lahde.write_text(lahde.read_text(encoding="utf-8").replace(
        "Harjoitukset 3:", "Harjoitukset 3 (päivitetty):"), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "Päivitys")
    assert aja().returncode == 0
    teksti = muistio.read_text(encoding="utf-8")
    assert "Oma vastaukseni." in teksti and "Harjoitukset 3 (päivitetty):" in teksti
    assert (koti / KOHDE / "omat_vastaukset" / "2400001.json").read_text() == "{}"
    # Without a repository, or with a broken one, the server still starts (exit 0).
    assert aja(KURSSI_REPO="").returncode == 0
    rikki = aja(KURSSI_REPO=f"file://{tmp_path}/ei-ole", KURSSI_KANSIO="toinen")
    assert rikki.returncode == 0 and "epäonnistui" in rikki.stdout


def _readme_osio() -> str:
    readme = (JUURI / "README.md").read_text(encoding="utf-8")
    otsikko = "### Kurssi JupyterHubissa (Noppe, kampuksen JupyterHub, Binder)"
    assert otsikko in readme
    return readme.split(otsikko, 1)[1].split("\n### ", 1)[0]


def test_readme_gives_the_links_the_test_class_uses():
    # The students of the hub test follow nbgitpuller_linkki(); the README gives the same.
    osio = _readme_osio()
    assert nbgitpuller_linkki("https://HUBIN-OSOITE", "https://github.com/OMISTAJA/REPO") in osio
    assert binder_linkki("OMISTAJA/REPO") in osio
    kysely = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(
        nbgitpuller_linkki("https://h", "https://r")).query))
    assert (JUURI / kysely["urlpath"].removeprefix(f"lab/tree/{KOHDE}/")).is_file()
    binder = urllib.parse.parse_qs(urllib.parse.urlsplit(binder_linkki("o/r")).query)["urlpath"][0]
    assert dict(urllib.parse.parse_qsl(binder.split("?", 1)[1]))["urlpath"] == kysely["urlpath"]
    for polku in ("Dockerfile", "jupyterhub/z2jh-arvot.yaml", "bench/luokka.py"):
        assert polku in osio and (JUURI / polku).is_file(), polku


def test_zero_to_jupyterhub_values_match_the_image_and_the_readme():
    import yaml

    arvot = yaml.safe_load((JUURI / "jupyterhub" / "z2jh-arvot.yaml").read_text(encoding="utf-8"))
    kayttaja = arvot["singleuser"]
    # The stacks' start script runs the image's hook; the chart's default command would not.
    assert kayttaja["cmd"] == "start-singleuser.py"
    assert kayttaja["defaultUrl"] == f"/lab/tree/{KOHDE}/notebooks/00_aloitus.ipynb"
    assert {"KURSSI_REPO", "KURSSI_HAARA"} <= set(kayttaja["extraEnv"])
    osio = " ".join(_readme_osio().split())
    assert (kayttaja["memory"]["guarantee"], kayttaja["memory"]["limit"]) == ("512M", "1G")
    assert "512 MB taattua muistia ja enintään 1 GB" in osio
    assert (kayttaja["cpu"]["guarantee"], kayttaja["cpu"]["limit"]) == (0.25, 1)
    assert "0,25 ydintä taattuna ja enintään 1 ydin" in osio
    assert "**30 opiskelijalle varaa" in osio


# --- the test ----------------------------------------------------------------------------------

OPISKELIJOITA = 3


def _koti(tmp_path: Path, opiskelija: Opiskelija) -> Path:
    return tmp_path / "kodit" / opiskelija.tunnus / KOHDE


def test_a_class_of_three_on_a_real_jupyterhub(tmp_path):
    hub_tai_ohita()
    from asiakkuus.kaynnistys import asenna_oletukset

    # What the Dockerfile does for the image: the course's JupyterLab defaults in the
    # environment the servers run in (the same file `python -m asiakkuus kurssi` writes).
    assert asenna_oletukset() is not None
    repo = tee_kurssirepo(tmp_path)
    luokka = [Opiskelija(f"opiskelija{i}", f"24{i:05d}") for i in range(1, OPISKELIJOITA + 1)]
    aino, bertta, cecilia = luokka
    _oikea, vaara = oikea_ja_vaara(aino.nimi)

    def kaada_ja_palaa(ydin: Ydin) -> Ydin:
        # Fault 1: Aino's server and kernel are killed mid-exercise. She starts the server
        # again, reruns the notebook and finds her name and her last answer with its feedback.
        ydin.sulje()
        pidit = hub.palvelimen_prosessit(aino.tunnus)
        assert len(pidit) >= 2, "a server and a kernel expected"
        for pid in pidit:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        aino.kaynnista_palvelin()
        ydin = aino.avaa_harjoitus()
        kentta, _nappi, _tila = aino.nimen_mallit(ydin)
        vastaus, _nappi, palaute = aino.tehtavan_mallit(ydin)
        assert (ydin.mallit[kentta]["value"], ydin.mallit[vastaus]["value"]) == (aino.nimi, vaara)
        assert "Ei vielä" in ydin.mallit[palaute]["html"]
        return ydin

    def kaynnista_hub_uudelleen() -> None:
        hub.pysayta_hub()
        hub.kaynnista()

    with kaynnissa_oleva_hub(tmp_path, kevyt=True) as hub, \
            concurrent.futures.ThreadPoolExecutor(OPISKELIJOITA) as poolit:
        palautukset = list(poolit.map(lambda o: opiskelijan_kulku(
            hub, o, f"file://{repo}", kesken=kaada_ja_palaa if o is aino else None), luokka))

        # Fault 3: the hub restarts while students still work and the instructor grades. The
        # proxy and the servers keep running (cleanup_servers off and the proxy apart, as in
        # Zero to JupyterHub), so the work goes on; afterwards the hub knows every server.
        uudelleen = poolit.submit(kaynnista_hub_uudelleen)

        # JupyterLab is Finnish by default, as on a laptop with `python -m asiakkuus kurssi`.
        asetus = bertta.rest("GET", "lab/api/settings/@jupyterlab/translation-extension:plugin")
        assert asetus.json()["schema"]["properties"]["locale"]["default"] == "fi_FI"
        assert bertta.rest("GET", "lab/api/translations/fi_FI").json()["data"]

        # Each student's course is in their own home, with only their own answers.
        for opiskelija in luokka:
            assert (_koti(tmp_path, opiskelija) / HARJOITUS).is_file()
            assert sorted(p.name for p in (_koti(tmp_path, opiskelija) / "omat_vastaukset")
                          .glob("*.json")) == [f"{opiskelija.nimi}.json"]

        # Fault 2, first half: Bertta writes her reflection into the notebook; the instructor
        # then changes the notebook's title and adds a file.
        polku = f"api/contents/{KOHDE}/{HARJOITUS}"
        muistio = bertta.rest("GET", polku).json()["content"]
        oma = "Bertan oma pohdinta: tappio johtuu liiasta työstä."
        solu = next(s for s in muistio["cells"] if "Kirjoita vastauksesi tähän" in s["source"])
        solu["source"] = oma
        bertta.rest("PUT", polku, json={"type": "notebook", "format": "json", "content": muistio})
        lahde = repo / HARJOITUS
        nb = json.loads(lahde.read_text(encoding="utf-8"))
        nb["cells"][0]["source"] = [r.replace("Harjoitukset 3:", "Harjoitukset 3 (päivitetty):")
                                    for r in nb["cells"][0]["source"]]
        lahde.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (repo / "notebooks" / "uutta.md").write_text("Uusi aineisto\n", encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", "Päivitys")

        # The instructor grades the downloads (one sub-folder per student, as in Moodle's zip).
        moodle = tmp_path / "moodle"
        for opiskelija, sisalto in zip(luokka, palautukset):
            kansio = moodle / f"{opiskelija.nimi}_assignsubmission_file"
            kansio.mkdir(parents=True)
            (kansio / f"palautus_03_{opiskelija.nimi}.json").write_bytes(sisalto)
        tulos = arvioi(moodle)
        assert tulos.returncode == 0, tulos.stdout + tulos.stderr
        arvosanat = lue_moodle_csv(moodle)
        assert set(arvosanat) == {o.nimi for o in luokka}
        for rivi in arvosanat.values():
            assert (rivi["Oikein"], rivi["Oikein 1. yrityksellä"]) == ("1", "0"), rivi

        uudelleen.result()
        kayttajat = hub.api("GET", "/users").json()
        assert {k["name"] for k in kayttajat if k["servers"].get("", {}).get("ready")} == \
            {o.tunnus for o in luokka}
        lista = cecilia.rest("GET", f"api/contents/{KOHDE}/palautukset").json()["content"]
        assert [t["name"] for t in lista] == [f"palautus_03_{cecilia.nimi}.json"]

        # Fault 2, second half: Bertta follows the link again (through the restarted hub,
        # logged in as before). The update arrives, and her own text is kept.
        bertta.hae_kurssi(f"file://{repo}")
        paivitetty = json.loads((_koti(tmp_path, bertta) / HARJOITUS).read_text(encoding="utf-8"))
        tekstit = ["".join(s["source"]) for s in paivitetty["cells"]]
        assert oma in tekstit, "the student's own edit was lost in the course update"
        assert "Harjoitukset 3 (päivitetty):" in tekstit[0], "the course update did not arrive"
        assert (_koti(tmp_path, bertta) / "notebooks" / "uutta.md").is_file()
        assert (_koti(tmp_path, bertta) / "omat_vastaukset" / f"{bertta.nimi}.json").is_file()
