"""Shared helpers for the real-browser tests (headless Chromium driven by Playwright).

Each test starts its own server on a free 127.0.0.1 port in its own process group and stops
it in a ``finally`` whatever happens. Chromium comes from Debian (``/usr/bin/chromium``); no
browser is ever downloaded. Under CI (``CI=true``) a missing browser fails the run; locally
these tests skip with the reason.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import random
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

JUURI = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
LIPUT = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]
PALVELIMEN_AIKARAJA = 45  # s: server up and answering
SELAIMEN_AIKARAJA = 30_000  # ms: any single wait in the page


def selain_tai_ohita():
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


def vapaa_portti() -> int:
    """A free port below the kernel's ephemeral range.

    Jupyter kernels (ZMQ) and every other `bind(0)` take ports from the ephemeral range, so a
    port found that way can be taken again before our server binds it (seen under parallel
    tests: the readiness probe got a ZMQ greeting). Ports below that range are never handed
    out automatically."""
    try:
        alin = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        alin = 32768
    satunnainen = random.Random()
    for _ in range(200):
        portti = satunnainen.randrange(20000, max(20001, min(alin, 32768)))
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", portti))
            except (OSError, http.client.HTTPException):  # not up yet, or not our server
                continue
            return portti
    raise RuntimeError("no free port below the ephemeral range")


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


def pysayta_ryhma(prosessi: subprocess.Popen) -> None:
    """SIGTERM to the process group, SIGKILL if it has not ended in 15 s (children started
    in their own groups, such as a hub's user servers, are left running)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(prosessi.pid, signal.SIGTERM)
    try:
        prosessi.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(prosessi.pid, signal.SIGKILL)
        prosessi.wait(timeout=10)


def pysayta(prosessi: subprocess.Popen) -> None:
    """SIGTERM to the server's group (it shuts its kernels down), then SIGKILL leftovers."""
    lapset = _jalkelaiset(prosessi.pid)
    pysayta_ryhma(prosessi)
    for pid, alku in lapset.items():
        tiedot = _prosessin_tiedot(pid)
        if tiedot and tiedot[1] == alku:  # still the same process, not a reused PID
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def palvelin(komento: list[str], kansio: Path, ymparisto: dict[str, str], portti: int,
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
            except (OSError, http.client.HTTPException):  # not up yet, or not our server
                if time.monotonic() > raja:
                    pytest.fail(f"server not ready in {PALVELIMEN_AIKARAJA} s:\n"
                                f"{loki.read_text()[-3000:]}")
                time.sleep(0.3)
        yield prosessi
    finally:
        pysayta(prosessi)


def ymparisto(kansio: Path) -> dict[str, str]:
    """Jupyter's config, runtime and workspace state in the temp folder, not the user's."""
    ymparisto = dict(os.environ)
    for muuttuja, nimi in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                           ("JUPYTERLAB_SETTINGS_DIR", "user-settings"),
                           ("JUPYTERLAB_WORKSPACES_DIR", "workspaces")):
        (kansio / nimi).mkdir(parents=True, exist_ok=True)
        ymparisto[muuttuja] = str(kansio / nimi)
    return ymparisto


@contextlib.contextmanager
def selainsivu(kansio: Path, leveys: int = 1920, korkeus: int = 1080):
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
