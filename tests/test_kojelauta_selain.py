"""Real-browser tests (headless Chromium via Playwright): the dashboard under Voila and one
exercise notebook in JupyterLab.

Each test starts its own server on a free 127.0.0.1 port in its own process group and stops
it in a ``finally`` whatever happens. Chromium comes from Debian (``/usr/bin/chromium``); no
browser is ever downloaded. Under CI (``CI=true``) a missing browser fails the run; locally
these tests skip with the reason.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from asiakkuus import kate, lataa_aineisto, portfolio, tehtavat
from asiakkuus.kojelauta import tasapainota_painot

JUURI = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
LIPUT = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]
PALVELIMEN_AIKARAJA = 45  # s: server up and answering
SELAIMEN_AIKARAJA = 30_000  # ms: any single wait in the page


def _selain_tai_ohita():
    """Skip (locally) or fail (CI) with a clear reason when the browser cannot run."""
    syy = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        syy = "Playwright is not installed (pip install -e '.[test]')"
    if syy is None and not os.access(CHROMIUM, os.X_OK):
        syy = f"Chromium not found at {CHROMIUM} (Debian: apt-get install chromium chromium-driver)"
    if syy:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs the browser tests: {syy}")
        pytest.skip(syy)


def _vapaa_portti() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- servers in their own process group -----------------------------------------------------

def _prosessin_tiedot(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time) from /proc, or None when the process is gone."""
    try:
        kentat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(kentat[1]), int(kentat[19])


def _jalkelaiset(pid: int) -> dict[int, int]:
    """Descendants of pid -> start time (Linux). Kernels run in their own sessions, so the
    server's process group does not reach them; they are remembered to be stopped by PID."""
    if not Path("/proc").is_dir():
        return {}
    vanhemmat = {}
    for polku in Path("/proc").iterdir():
        if polku.name.isdigit() and (tiedot := _prosessin_tiedot(int(polku.name))):
            vanhemmat[int(polku.name)] = tiedot
    tulos, jono = {}, [pid]
    while jono:
        vanhempi = jono.pop()
        for lapsi, (ppid, alku) in vanhemmat.items():
            if ppid == vanhempi and lapsi not in tulos:
                tulos[lapsi] = alku
                jono.append(lapsi)
    return tulos


def _pysayta(prosessi: subprocess.Popen) -> None:
    """SIGTERM to the server's group (it shuts its kernels down), then SIGKILL leftovers."""
    lapset = _jalkelaiset(prosessi.pid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(prosessi.pid, signal.SIGTERM)
    try:
        prosessi.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(prosessi.pid, signal.SIGKILL)
        prosessi.wait(timeout=10)
    for pid, alku in lapset.items():
        tiedot = _prosessin_tiedot(pid)
        if tiedot and tiedot[1] == alku:  # still the same process, not a reused PID
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def _palvelin(komento: list[str], kansio: Path, ymparisto: dict[str, str], portti: int,
              valmis_polku: str | None = None):
    """Start a server in its own process group; yield once it answers; always stop it."""
    loki = kansio / "palvelin.log"
    with open(loki, "w", encoding="utf-8") as ulos:
        prosessi = subprocess.Popen(komento, cwd=kansio, env=ymparisto, stdout=ulos,
                                    stderr=subprocess.STDOUT, start_new_session=True)
    try:
        raja = time.monotonic() + PALVELIMEN_AIKARAJA
        while True:
            if prosessi.poll() is not None:
                pytest.fail(f"server exited ({prosessi.returncode}):\n{loki.read_text()[-3000:]}")
            try:
                if valmis_polku is None:
                    socket.create_connection(("127.0.0.1", portti), timeout=1).close()
                else:
                    urllib.request.urlopen(f"http://127.0.0.1:{portti}{valmis_polku}",
                                           timeout=2).close()
                break
            except OSError:
                if time.monotonic() > raja:
                    pytest.fail(f"server not ready in {PALVELIMEN_AIKARAJA} s:\n"
                                f"{loki.read_text()[-3000:]}")
                time.sleep(0.3)
        yield prosessi
    finally:
        _pysayta(prosessi)


def _ymparisto(kansio: Path) -> dict[str, str]:
    """Jupyter's config, runtime and workspace state in the temp folder, not the user's."""
    ymparisto = dict(os.environ)
    for muuttuja, nimi in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                           ("JUPYTERLAB_SETTINGS_DIR", "user-settings"),
                           ("JUPYTERLAB_WORKSPACES_DIR", "workspaces")):
        (kansio / nimi).mkdir(parents=True, exist_ok=True)
        ymparisto[muuttuja] = str(kansio / nimi)
    return ymparisto


@contextlib.contextmanager
def _sivu(kansio: Path, leveys: int = 1920, korkeus: int = 1080):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        konteksti = p.chromium.launch_persistent_context(
            str(kansio / "chromium-profiili"), executable_path=CHROMIUM, headless=True,
            args=LIPUT, viewport={"width": leveys, "height": korkeus})
        try:
            konteksti.set_default_timeout(SELAIMEN_AIKARAJA)
            yield konteksti.pages[0] if konteksti.pages else konteksti.new_page()
        finally:
            konteksti.close()


# --- the dashboard under Voila --------------------------------------------------------------

def _taulukko(sivu) -> dict:
    return sivu.locator("table.kojelauta-sijoitus").evaluate("""t => ({
        painot: t.dataset.painot,
        rivit: [...t.querySelectorAll('tbody tr')].map(r => r.dataset.asiakas),
        avaimet: [...t.querySelectorAll('tbody tr.avainasiakas')].map(r => r.dataset.asiakas)})""")


def _odota_painot(sivu, painot: dict) -> None:
    teksti = ",".join(str(painot[k]) for k in portfolio.KRITEERIT)
    sivu.wait_for_function(
        "p => document.querySelector('table.kojelauta-sijoitus')?.dataset.painot === p",
        arg=teksti, timeout=SELAIMEN_AIKARAJA)


def _lukemat(sivu) -> dict:
    """The six weight readouts as the page shows them."""
    tulos = {}
    for kriteeri, nimi in portfolio.KRITEERIEN_NIMET.items():
        saadin = sivu.locator(".widget-slider", has=sivu.get_by_text(f"{nimi} (%)", exact=True))
        tulos[kriteeri] = int(saadin.locator(".widget-readout").inner_text())
    return tulos


def _saadin(sivu, nimi: str):
    return sivu.locator(".widget-slider", has=sivu.get_by_text(f"{nimi} (%)", exact=True))


def _odotettu(pisteet, painot) -> dict:
    tulos = portfolio.pisteyta(pisteet, painot)
    return {"rivit": tulos["asiakas_id"].head(12).tolist(),
            "avaimet": tulos.loc[tulos["avainasiakas"], "asiakas_id"].tolist()}


def _ei_virheita(sivu) -> None:
    teksti = sivu.locator("body").inner_text()
    for kielletty in ("Traceback", "Error", "error when executing", "⚠"):
        assert kielletty not in teksti, kielletty
    assert sivu.locator(".kojelauta-viesti").count() == 0
    assert sivu.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0


def test_dashboard_in_voila_follows_the_package(tmp_path, tmp_path_factory):
    _selain_tai_ohita()
    a = lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    pisteet = portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)
    kuvakansio = Path(os.environ.get("KOJELAUTA_KUVAKANSIO")
                      or tmp_path_factory.mktemp("kojelauta_kuvakaappaukset"))
    kuvakansio.mkdir(parents=True, exist_ok=True)
    portti = _vapaa_portti()
    komento = [sys.executable, "-m", "voila", str(JUURI / "notebooks" / "09_kojelauta.ipynb"),
               "--no-browser", f"--port={portti}", "--Voila.ip=127.0.0.1"]
    with _palvelin(komento, tmp_path, _ymparisto(tmp_path), portti), _sivu(tmp_path) as sivu:
        sivu.goto(f"http://127.0.0.1:{portti}/", wait_until="domcontentloaded")
        sivu.wait_for_selector("table.kojelauta-sijoitus", state="attached")
        sivu.get_by_role("tab", name="Asiakasportfolio").click()
        alussa = _taulukko(sivu)
        assert alussa["painot"] == "30,20,20,10,10,10"
        assert {k: alussa[k] for k in ("rivit", "avaimet")} == _odotettu(pisteet, "oletus")

        # 1) Type a weight into the readout: the other five rebalance to a total of 100.
        lukema = _saadin(sivu, "Tuleva potentiaali").locator(".widget-readout")
        lukema.click()
        sivu.keyboard.press("Control+A")
        sivu.keyboard.type("40")
        sivu.keyboard.press("Enter")
        painot = tasapainota_painot(portfolio.OLETUSPAINOT, "tuleva_potentiaali", 40)
        _odota_painot(sivu, painot)
        # 2) Keyboard on a slider handle, two steps to the right.
        kahva = _saadin(sivu, "Referenssiarvo").locator(".noUi-handle")
        for _ in range(2):
            kahva.focus()
            sivu.keyboard.press("ArrowRight")
            painot = tasapainota_painot(painot, "referenssiarvo", painot["referenssiarvo"] + 1)
            _odota_painot(sivu, painot)
        assert sum(painot.values()) == 100
        sivu.wait_for_function("""p => [...document.querySelectorAll('.widget-slider')]
            .filter(s => s.textContent.includes('(%)'))
            .map(s => s.querySelector('.widget-readout').textContent.trim()).join(',') === p""",
                               arg=",".join(str(painot[k]) for k in portfolio.KRITEERIT))
        assert _lukemat(sivu) == painot
        saatimilla = _taulukko(sivu)
        assert {k: saatimilla[k] for k in ("rivit", "avaimet")} == _odotettu(pisteet, painot)

        # 3) A preset: tomorrow's key accounts.
        sivu.get_by_role("button", name=portfolio.SKENAARIOIDEN_NIMET["huomenna"]).click()
        _odota_painot(sivu, portfolio.SKENAARIOT["huomenna"])
        huomenna = _taulukko(sivu)
        odotettu = _odotettu(pisteet, "huomenna")
        assert {k: huomenna[k] for k in ("rivit", "avaimet")} == odotettu
        assert set(huomenna["avaimet"]) != set(alussa["avaimet"])  # the key accounts change
        sivu.wait_for_function("""() => [...document.querySelectorAll('.widget-slider')]
            .filter(s => s.textContent.includes('(%)'))
            .map(s => s.querySelector('.widget-readout').textContent.trim()).join(',')
            === '10,10,10,45,15,10'""")
        assert _lukemat(sivu) == portfolio.SKENAARIOT["huomenna"]
        _ei_virheita(sivu)

        sivu.wait_for_timeout(300)  # let the new PNG paint before the screenshot
        kuva = kuvakansio / "kojelauta_portfolio.png"
        sivu.locator(".asiakkuus-kojelauta").screenshot(path=str(kuva))
        for nimi, tiedosto in (("Asiakkuuden kate", "kate"), ("Valaskäyrä ja 80/20", "valaskayra"),
                               ("NPS", "nps")):
            sivu.get_by_role("tab", name=nimi).click()
            sivu.wait_for_timeout(300)
            sivu.locator(".asiakkuus-kojelauta").screenshot(
                path=str(kuvakansio / f"kojelauta_{tiedosto}.png"))
        _ei_virheita(sivu)
    print(f"\nKojelaudan kuvakaappaus: {kuva}")
    assert kuva.stat().st_size > 50_000


# --- one exercise in JupyterLab -------------------------------------------------------------

EI_UUTISIA = {"@jupyterlab/apputils-extension:notification":
              {"fetchNews": "false", "checkForUpdates": False}}


def test_exercise_in_jupyterlab_gives_finnish_feedback(tmp_path):
    _selain_tai_ohita()
    from jupyterlab.commands import get_app_dir

    tyo = tmp_path / "tyo"
    tyo.mkdir()
    muistio = "03_asiakkuuden_kate.ipynb"
    shutil.copy(JUURI / "exercises" / muistio, tyo / muistio)  # a fresh copy: autosave
    # The news popup is switched off by an overrides.json in a private app settings folder;
    # the app's static files are linked next to it so JupyterLab finds its own metadata.
    asetukset = tmp_path / "lab" / "settings"
    asetukset.mkdir(parents=True)
    (asetukset / "overrides.json").write_text(json.dumps(EI_UUTISIA), encoding="utf-8")
    (tmp_path / "lab" / "static").symlink_to(Path(get_app_dir()) / "static")
    portti = _vapaa_portti()
    komento = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={portti}",
               "--ServerApp.port_retries=0", "--ServerApp.token=", "--ServerApp.password=",
               f"--ServerApp.root_dir={tyo}", f"--LabApp.app_settings_dir={asetukset}"]
    teht = tehtavat.tehtava("03_1")
    with _palvelin(komento, tmp_path, _ymparisto(tmp_path), portti, "/api/status"), \
            _sivu(tmp_path, 1600, 1000) as sivu:
        sivu.goto(f"http://127.0.0.1:{portti}/lab/tree/{muistio}", wait_until="domcontentloaded")
        sivu.locator("#jp-main-statusbar").get_by_text(re.compile(r"\|\s*Idle")).wait_for()
        sivu.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        sivu.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        tehtava = sivu.locator(".jp-OutputArea-output",
                               has=sivu.get_by_text("Tehtävä 03.1:", exact=False)).first
        kentta = tehtava.locator(".widget-text input")
        kentta.wait_for(state="visible")
        kentta.fill(teht.oikea_tekstina())
        tehtava.get_by_role("button", name="Tarkista").click()
        tehtava.get_by_text("✔ Oikein!").wait_for()
        # A typical wrong answer: stopping at the sales margin.
        myyntikate = teht.arvot["tuotot"] - teht.arvot["suorat_kustannukset"]
        kentta.fill(f"{myyntikate:.0f}")
        tehtava.get_by_role("button", name="Tarkista").click()
        palaute = tehtava.locator(".widget-html", has_text="✘")
        palaute.wait_for()
        assert "myyntikate" in palaute.inner_text()
        assert "Traceback" not in sivu.locator(".jp-NotebookPanel").inner_text()
