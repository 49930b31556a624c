"""A simulated class on a real JupyterHub: the hub, its students and the kernel client.

Shared by ``tests/test_jupyterhub.py`` (three students, in CI) and ``bench/luokka.py`` (a class
of 20–30). The hub is PyPI ``jupyterhub`` with its proxy ``configurable-http-proxy`` from npm
(``.ci/run`` installs it into ``jupyterhub/node_modules``), a test-only authenticator (``dummy``
with a shared password) and local processes as user servers (``simple``: each student's home is
a folder of its own under the temp folder). The proxy runs apart from the hub, as in Zero to
JupyterHub. Each simulated student (``opiskelijan_kulku``) walks what a browser would do:

1. logs in with the login form (``POST /hub/login``) and starts the server through the hub API,
2. opens JupyterLab (the hub's OAuth flow sets the server's cookie),
3. follows the README's nbgitpuller link and pulls the course from a local git repository,
4. opens an exercise notebook, starts a kernel and runs every code cell through the kernel's
   websocket, building the widget models from the kernel's ``comm_open`` messages,
5. types a name, answers wrong and then right, each by the widget messages the browser sends
   (``update`` of the text field, ``click`` of the button) and waits for the feedback,
6. makes the hand-in file with the notebook's button and downloads it.

Every process started here is stopped by ``Hub.pysayta`` whatever happens.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from selain import pysayta_ryhma, vapaa_portti  # noqa: E402

JUURI = Path(__file__).resolve().parents[1]
CHP = JUURI / "jupyterhub" / "node_modules" / ".bin" / "configurable-http-proxy"
SALASANA = "testiluokka-2026"  # the dummy authenticator's shared password (test only)
PALVELUTUNNUS = "opettajan-palvelutunnus-" + "0" * 16  # service token for the instructor
KOHDE = "asiakkuus"  # the folder nbgitpuller clones the course into (targetpath)
HARJOITUS = "exercises/harjoitukset_03_asiakkuuden_kate.ipynb"
TEHTAVA = "03_1"
AIKARAJA = 120  # s: any single wait (server start, kernel reply, pull); CI may be busy
BIN = Path(sys.executable).parent


# --- tools ---------------------------------------------------------------------------------------

def hub_tai_ohita() -> None:
    """Skip (locally) or fail (CI) with a clear reason when a hub tool is missing."""
    syy = None
    for moduuli, paketti in (("jupyterhub", "jupyterhub"), ("nbgitpuller", "nbgitpuller"),
                             ("websocket", "websocket-client"), ("requests", "requests")):
        try:
            __import__(moduuli)
        except ImportError:
            syy = f"{paketti} is not installed (pip install -e '.[test]')"
            break
    if syy is None and not os.access(CHP, os.X_OK):
        syy = (f"configurable-http-proxy not found at {CHP.relative_to(JUURI)} "
               "(npm ci --prefix jupyterhub; node 20 or newer)")
    if syy is None and shutil.which("git") is None:
        syy = "git is not installed"
    if syy:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs the JupyterHub test: {syy}")
        pytest.skip(syy)


def _prosessin_alku(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def jalkelaiset(pid: int) -> list[int]:
    """All live descendants of pid (Linux /proc)."""
    import psutil

    try:
        return [p.pid for p in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


# --- the upstream course repository ------------------------------------------------------------

def _git(kansio: Path, *argumentit: str) -> str:
    ymparisto = dict(os.environ, GIT_AUTHOR_NAME="Opettaja", GIT_AUTHOR_EMAIL="opettaja@example.fi",
                     GIT_COMMITTER_NAME="Opettaja", GIT_COMMITTER_EMAIL="opettaja@example.fi")
    return subprocess.run(["git", *argumentit], cwd=kansio, env=ymparisto, check=True,
                          capture_output=True, text=True).stdout


def tee_kurssirepo(kansio: Path) -> Path:
    """The instructor's course repository: this checkout's course files in a fresh git repo.

    The course folders are copied from the working tree (not cloned from HEAD), so the test
    checks the notebooks against the package exactly as they are checked out."""
    repo = kansio / "kurssi.git-lahde"
    repo.mkdir()
    for nimi in ("notebooks", "exercises", "solutions"):
        shutil.copytree(JUURI / nimi, repo / nimi, ignore=shutil.ignore_patterns(
            ".ipynb_checkpoints", "omat_tiedostot", "omat_vastaukset", "palautukset"))
    for nimi in ("kurssiasetukset.toml", ".gitignore", "README.md"):
        shutil.copy2(JUURI / nimi, repo / nimi)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "Kurssi")
    return repo


# --- the hub -------------------------------------------------------------------------------------

HUB_ASETUKSET = """\
# Test-only JupyterHub: loopback, dummy authenticator, local processes. Never use in production.
c = get_config()  # noqa
c.JupyterHub.bind_url = "http://127.0.0.1:{portti}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_portti}
# The proxy runs apart from the hub, as in Zero to JupyterHub: a hub restart keeps the
# students' connections open.
c.ConfigurableHTTPProxy.should_start = False
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_portti}"
c.ConfigurableHTTPProxy.auth_token = {proxytunnus!r}
c.JupyterHub.db_url = "sqlite:///{kansio}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{kansio}/jupyterhub_cookie_secret"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {salasana!r}
c.Authenticator.allow_all = True
import sys
sys.path.insert(0, {testit!r})
from jupyterhub.spawner import SimpleLocalProcessSpawner
from selain import vapaa_portti


class Testispawner(SimpleLocalProcessSpawner):
    # Servers on ports below the ephemeral range: a random ephemeral port (the default) can
    # be taken by a kernel's ZMQ socket before the server binds it (seen with 30 students).

    async def start(self):
        self.port = vapaa_portti()
        return await super().start()


c.JupyterHub.spawner_class = Testispawner
c.SimpleLocalProcessSpawner.home_dir_template = "{kansio}/kodit/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {argumentit!r}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = {aikaraja}
c.Spawner.http_timeout = {aikaraja}
c.Spawner.environment = {{"MPLBACKEND": "Agg"}}
# Like Zero to JupyterHub: a hub restart leaves the students' servers running.
c.JupyterHub.cleanup_servers = False
c.JupyterHub.services = [{{"name": "opettaja", "api_token": {palvelutunnus!r}}}]
c.JupyterHub.load_roles = [{{"name": "opettaja", "services": ["opettaja"],
                            "scopes": ["admin:users", "admin:servers", "list:users"]}}]
"""
PROXYTUNNUS = "proxy-" + "1" * 26
# Test-only trims of each server's start (measured: 2.7 -> 1.0 CPU-s; the CI test starts four
# servers and two hubs). The servers skip extensions the class never touches (the language
# server, Voila's server side, terminals), and Python finds an empty `rfc3987_syntax` first:
# jsonschema then skips the IRI format check that no Jupyter event schema here uses, instead of
# building its Lark grammar (~1.1 s) in every hub and server. The bench runs without these.
KEVENNYKSET = ['--ServerApp.jpserver_extensions={"jupyter_lsp": False, '
               '"voila.server_extension": False, "jupyter_server_terminals": False}']


def _pysayta_ryhma(prosessi: subprocess.Popen | None) -> None:
    # Only the group: the hub restart test keeps the students' servers running.
    if prosessi is not None:
        pysayta_ryhma(prosessi)


@dataclass
class Hub:
    """JupyterHub and its proxy, each in its own process group; stop() stops all it started."""

    kansio: Path
    kevyt: bool = False  # test-only start-up trims (KEVENNYKSET); the bench runs without
    portti: int = field(default_factory=vapaa_portti)
    hub_portti: int = field(default_factory=vapaa_portti)
    proxy_portti: int = field(default_factory=vapaa_portti)
    prosessi: subprocess.Popen | None = None
    proxy: subprocess.Popen | None = None
    nahdyt: dict[int, int] = field(default_factory=dict)  # pid -> start time, to stop at the end

    @property
    def osoite(self) -> str:
        return f"http://127.0.0.1:{self.portti}"

    def _ymparisto(self) -> dict[str, str]:
        ymparisto = {k: v for k, v in os.environ.items()
                     if not k.startswith(("JUPYTER", "ASIAKKUUS_", "PYTEST", "COV_"))}
        ymparisto["PATH"] = f"{BIN}{os.pathsep}{CHP.parent}{os.pathsep}{os.environ['PATH']}"
        if self.kevyt:
            tyhja = self.kansio / "kevennys"
            tyhja.mkdir(exist_ok=True)
            (tyhja / "rfc3987_syntax.py").write_text(
                "raise ImportError('test-only: skip the IRI grammar build')\n", encoding="utf-8")
            ymparisto["PYTHONPATH"] = str(tyhja)  # LocalProcessSpawner passes it to servers
        return ymparisto

    def _odota(self, prosessi: subprocess.Popen, osoite: str, loki: str, **kwargs) -> None:
        import requests

        raja = time.monotonic() + AIKARAJA
        while True:
            if prosessi.poll() is not None:
                raise AssertionError(f"{loki} exited ({prosessi.returncode}):\n{self.loki(loki)}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(osoite, timeout=2, **kwargs).status_code == 200:
                    return
            if time.monotonic() > raja:
                raise AssertionError(f"{loki} did not answer in {AIKARAJA} s:\n{self.loki(loki)}")
            time.sleep(0.1)

    def _popen(self, komento: list[str], loki: str, **ymparisto) -> subprocess.Popen:
        with open(self.kansio / loki, "a", encoding="utf-8") as ulos:
            return subprocess.Popen(komento, cwd=self.kansio, stdout=ulos,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    env={**self._ymparisto(), **ymparisto})

    def kaynnista(self) -> None:
        """Start the proxy (once) and the hub; return when the hub API answers."""
        (self.kansio / "kodit").mkdir(exist_ok=True)
        if self.proxy is None:
            self.proxy = self._popen(
                [str(CHP), "--ip", "127.0.0.1", "--port", str(self.portti),
                 "--api-ip", "127.0.0.1", "--api-port", str(self.proxy_portti),
                 "--error-target", f"http://127.0.0.1:{self.hub_portti}/hub/error",
                 "--log-level", "warn"], "proxy.log", CONFIGPROXY_AUTH_TOKEN=PROXYTUNNUS)
            self._odota(self.proxy, f"http://127.0.0.1:{self.proxy_portti}/api/routes",
                        "proxy.log", headers={"Authorization": f"token {PROXYTUNNUS}"})
        asetukset = self.kansio / "jupyterhub_config.py"
        asetukset.write_text(HUB_ASETUKSET.format(
            portti=self.portti, hub_portti=self.hub_portti, proxy_portti=self.proxy_portti,
            proxytunnus=PROXYTUNNUS, kansio=self.kansio, salasana=SALASANA, aikaraja=AIKARAJA,
            singleuser=str(BIN / "jupyterhub-singleuser"), palvelutunnus=PALVELUTUNNUS,
            testit=str(JUURI / "tests"),
            # A taken port fails the start at once instead of moving the server elsewhere.
            argumentit=["--ServerApp.port_retries=0"] + (["--allow-root"] if os.geteuid() == 0
                                                         else [])
            + (KEVENNYKSET if self.kevyt else [])), encoding="utf-8")
        self.prosessi = self._popen([str(BIN / "jupyterhub"), "-f", str(asetukset)],
                                    "jupyterhub.log")
        self._odota(self.prosessi, f"{self.osoite}/hub/api/", "jupyterhub.log")
        self.muista()

    def muista(self) -> None:
        """Remember the hub's descendants (servers, kernels) to stop them in the end: with
        cleanup_servers off, servers outlive a hub restart and leave its process tree."""
        if self.prosessi is not None:
            for pid in jalkelaiset(self.prosessi.pid):
                if (alku := _prosessin_alku(pid)) is not None:
                    self.nahdyt.setdefault(pid, alku)

    def loki(self, nimi: str = "jupyterhub.log") -> str:
        with contextlib.suppress(OSError):
            return (self.kansio / nimi).read_text(encoding="utf-8")[-4000:]
        return ""

    def pysayta_hub(self) -> None:
        """Stop the hub only: the proxy and the students' servers keep running."""
        self.muista()
        _pysayta_ryhma(self.prosessi)
        self.prosessi = None

    def pysayta(self) -> None:
        """Stop everything this hub ever started, whatever state it is in."""
        try:
            with contextlib.suppress(Exception):
                self.muista()
            _pysayta_ryhma(self.prosessi)
            _pysayta_ryhma(self.proxy)
        finally:
            for pid, alku in self.nahdyt.items():
                if _prosessin_alku(pid) == alku:  # still the same process, not a reused PID
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)

    def api(self, metodi: str, polku: str, **kwargs):
        """The hub API as the instructor's service (admin: users and servers)."""
        import requests

        return requests.request(metodi, f"{self.osoite}/hub/api{polku}", timeout=AIKARAJA,
                                headers={"Authorization": f"token {PALVELUTUNNUS}"}, **kwargs)

    def palvelimen_prosessit(self, kayttaja: str) -> list[int]:
        """PIDs of a student's server and kernels (found by the hub's variables in their
        environment: after a hub restart they are no longer the hub's children)."""
        import psutil

        tulos = []
        for prosessi in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                ymp = prosessi.environ()
                if (ymp.get("JUPYTERHUB_USER") == kayttaja and
                        f":{self.hub_portti}/" in ymp.get("JUPYTERHUB_API_URL", "")):
                    tulos.append(prosessi.pid)
                    self.nahdyt.setdefault(prosessi.pid, _prosessin_alku(prosessi.pid) or 0)
        return tulos


@contextlib.contextmanager
def kaynnissa_oleva_hub(kansio: Path, kevyt: bool = False):
    hub = Hub(kansio, kevyt)
    try:
        hub.kaynnista()
        yield hub
    finally:
        hub.pysayta()


# --- the nbgitpuller link (the README gives this format) -----------------------------------------

def nbgitpuller_linkki(hub: str, repo: str, haara: str = "main",
                       avaa: str = "notebooks/00_aloitus.ipynb", kohde: str = KOHDE) -> str:
    """The link a student clicks: log in, pull the course into ~/KOHDE, open the start page."""
    kysely = urllib.parse.urlencode({"repo": repo, "branch": haara, "targetpath": kohde,
                                     "urlpath": f"lab/tree/{kohde}/{avaa}"})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{kysely}"


def binder_linkki(repo_github: str, haara: str = "main",
                  avaa: str = "notebooks/00_aloitus.ipynb", kohde: str = KOHDE) -> str:
    """The same on mybinder.org: build the image from this repository's Dockerfile, then pull."""
    kysely = urllib.parse.urlencode({"repo": f"https://github.com/{repo_github}",
                                     "branch": haara, "targetpath": kohde,
                                     "urlpath": f"lab/tree/{kohde}/{avaa}"})
    return (f"https://mybinder.org/v2/gh/{repo_github}/{haara}?urlpath="
            + urllib.parse.quote(f"git-pull?{kysely}", safe=""))


# --- a kernel through the server's websocket, seen like a browser sees it -----------------------

class Ydin:
    """A kernel's websocket (Jupyter protocol v5 as JSON) and the widget models it opened."""

    def __init__(self, ws_osoite: str, otsakkeet: list[str], evasteet: str):
        import websocket

        self.ws = websocket.create_connection(ws_osoite, header=otsakkeet, cookie=evasteet,
                                              timeout=AIKARAJA)
        self.istunto = uuid.uuid4().hex
        self.mallit: dict[str, dict] = {}  # widget model id -> state (from comm_open / update)

    def sulje(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()

    def _laheta(self, tyyppi: str, sisalto: dict) -> str:
        tunnus = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": tunnus, "msg_type": tyyppi, "session": self.istunto,
                       "username": "opiskelija", "version": "5.3",
                       "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            "parent_header": {}, "metadata": {}, "content": sisalto, "channel": "shell",
            "buffers": []}))
        return tunnus

    def _odota(self, tunnus: str, ehto=None, vastaus: bool = True) -> list[dict]:
        """Messages answering `tunnus` until the kernel is idle (and, for a request, its
        reply came); with `ehto`, until a widget update satisfies it."""
        viestit, idle, vastattu = [], False, not vastaus
        raja = time.monotonic() + AIKARAJA
        while not (idle and vastattu):
            if time.monotonic() > raja:
                raise AssertionError(f"no answer from the kernel in {AIKARAJA} s")
            viesti = json.loads(self.ws.recv())
            tyyppi = viesti["header"]["msg_type"]
            sisalto = viesti["content"]
            if tyyppi == "comm_open":
                self.mallit[sisalto["comm_id"]] = dict(sisalto["data"].get("state", {}))
            elif (tyyppi == "comm_msg"
                  and sisalto["data"].get("method") in ("update", "echo_update")):
                self.mallit.setdefault(sisalto["comm_id"], {}).update(sisalto["data"]["state"])
            if viesti["parent_header"].get("msg_id") != tunnus:
                continue
            viestit.append(viesti)
            if tyyppi == "status" and sisalto["execution_state"] == "idle":
                idle = True
            elif viesti.get("channel") == "shell":
                vastattu = True
            if ehto is not None and tyyppi == "comm_msg" and ehto(self):
                return viestit
        if ehto is not None and not ehto(self):
            raise AssertionError("the kernel went idle without the expected widget update")
        return viestit

    def aja(self, koodi: str) -> list[dict]:
        """Run one cell; fail on an error; return its iopub outputs."""
        viestit = self._odota(self._laheta("execute_request", {
            "code": koodi, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True}))
        for viesti in viestit:
            if viesti["header"]["msg_type"] == "error":
                raise AssertionError("cell failed: " + "\n".join(viesti["content"]["traceback"]))
        return viestit

    def widget_viesti(self, malli: str, data: dict, ehto=None) -> None:
        """Send what the browser sends to a widget model; wait for the kernel to finish."""
        self._odota(self._laheta("comm_msg", {"comm_id": malli, "data": data}), ehto,
                    vastaus=False)

    def aseta(self, malli: str, **tila) -> None:
        self.widget_viesti(malli, {"method": "update", "state": tila, "buffer_paths": []})

    def klikkaa(self, malli: str, ehto=None) -> None:
        self.widget_viesti(malli, {"method": "custom", "content": {"event": "click"}}, ehto)

    def lapset(self, malli: str) -> list[str]:
        return [m.removeprefix("IPY_MODEL_") for m in self.mallit[malli].get("children", [])]

    def etsi(self, **tila) -> str:
        osumat = [m for m, s in self.mallit.items() if all(s.get(k) == v for k, v in tila.items())]
        assert len(osumat) == 1, f"widgets with {tila}: {len(osumat)}"
        return osumat[0]


def widget_solu(viestit: list[dict]) -> str:
    """The model id a cell displayed."""
    for viesti in viestit:
        data = viesti["content"].get("data", {})
        if "application/vnd.jupyter.widget-view+json" in data:
            return data["application/vnd.jupyter.widget-view+json"]["model_id"]
    raise AssertionError("the cell displayed no widget")


# --- one simulated student ---------------------------------------------------------------------

@dataclass
class Opiskelija:
    """A student of the simulated class: hub user name, the name typed in the notebook."""

    tunnus: str
    nimi: str
    ajat: dict[str, float] = field(default_factory=dict)  # phase -> seconds since login
    istunto: object = None
    alku: float = 0.0

    def _merkitse(self, vaihe: str) -> None:
        self.ajat[vaihe] = time.monotonic() - self.alku

    def _xsrf(self, polku: str) -> str:
        for evaste in self.istunto.cookies:
            if evaste.name == "_xsrf" and evaste.path.rstrip("/") == polku.rstrip("/"):
                return evaste.value
        raise AssertionError(f"no _xsrf cookie for {polku}")

    def kirjaudu(self, hub: Hub) -> None:
        """The login form, then start the server through the hub API and wait until ready."""
        import requests

        self.alku = time.monotonic()
        self.hub = hub
        self.istunto = requests.Session()
        self.istunto.get(f"{hub.osoite}/hub/login", timeout=AIKARAJA).raise_for_status()
        vastaus = self.istunto.post(
            f"{hub.osoite}/hub/login", allow_redirects=False, timeout=AIKARAJA,
            data={"username": self.tunnus, "password": SALASANA, "_xsrf": self._xsrf("/hub/")})
        assert vastaus.status_code == 302, f"login refused: {vastaus.status_code}"
        self._merkitse("kirjautunut")
        self.kaynnista_palvelin()

    def kaynnista_palvelin(self) -> None:
        """Start the server (POST /hub/api/users/NAME/server) and wait until it is ready.

        Like a student who clicks again, retry while the hub is restarting (the proxy answers
        503) or still believes a killed server runs."""
        import requests

        hub = self.hub
        otsakkeet = {"X-XSRFToken": self._xsrf("/hub/")}
        osoite = f"{hub.osoite}/hub/api/users/{self.tunnus}"
        raja = time.monotonic() + AIKARAJA
        while True:
            try:
                vastaus = self.istunto.post(f"{osoite}/server", headers=otsakkeet,
                                            timeout=AIKARAJA)
                if vastaus.status_code in (201, 202):
                    break
                kesken = vastaus.status_code in (502, 503, 504) or any(
                    syy in vastaus.text for syy in ("already running", "is pending"))
            except requests.ConnectionError as virhe:
                vastaus, kesken = virhe, True
            assert kesken and time.monotonic() < raja, \
                f"server start: {vastaus} {getattr(vastaus, 'text', '')}"
            time.sleep(0.3)
        while True:
            tila = self.istunto.get(osoite, headers=otsakkeet, timeout=AIKARAJA)
            if tila.status_code == 200 and tila.json().get("servers", {}).get("", {}).get("ready"):
                break
            assert time.monotonic() < raja, f"server of {self.tunnus} not ready:\n{hub.loki()}"
            time.sleep(0.2)
        hub.muista()
        self._merkitse("palvelin")
        # Open JupyterLab: the OAuth round trip sets the server's own cookie.
        sivu = self.istunto.get(f"{hub.osoite}/user/{self.tunnus}/lab", timeout=AIKARAJA)
        assert sivu.status_code == 200 and "JupyterLab" in sivu.text, sivu.status_code
        self._merkitse("jupyterlab")

    @property
    def palvelin(self) -> str:
        return f"{self.hub.osoite}/user/{self.tunnus}"

    def rest(self, metodi: str, polku: str, **kwargs):
        vastaus = self.istunto.request(
            metodi, f"{self.palvelin}/{polku}", timeout=AIKARAJA,
            headers={"X-XSRFToken": self._xsrf(f"/user/{self.tunnus}/")}, **kwargs)
        vastaus.raise_for_status()
        return vastaus

    def hae_kurssi(self, repo: str) -> list[str]:
        """Follow the README link, then pull as its page does (the /git-pull/api event stream)."""
        linkki = nbgitpuller_linkki(self.hub.osoite, repo)
        sivu = self.istunto.get(linkki, timeout=AIKARAJA)
        assert sivu.status_code == 200 and "nbgitpuller" in sivu.text.lower(), sivu.status_code
        assert sivu.url.startswith(f"{self.palvelin}/git-pull?"), sivu.url
        kysely = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(linkki).query))
        rivit = []
        with self.rest("GET", "git-pull/api", stream=True,
                       params={k: kysely[k] for k in ("repo", "branch", "targetpath")}) as virta:
            for rivi in virta.iter_lines(decode_unicode=True):
                if rivi.startswith("data: "):
                    tapahtuma = json.loads(rivi[6:])
                    rivit.append(tapahtuma.get("output", "").rstrip())
                    if tapahtuma.get("phase") == "error":
                        raise AssertionError(f"nbgitpuller failed: {tapahtuma.get('message')}\n"
                                             + "\n".join(rivit))
                    if tapahtuma.get("phase") == "finished":
                        break
            else:
                raise AssertionError("nbgitpuller stream ended without 'finished'")
        # Where the page goes next: the start notebook in JupyterLab.
        avaa = self.istunto.get(f"{self.palvelin}/{kysely['urlpath']}", timeout=AIKARAJA)
        assert avaa.status_code == 200, avaa.status_code
        self._merkitse("kurssi")
        return rivit

    def avaa_harjoitus(self, polku: str = HARJOITUS) -> Ydin:
        """Open the notebook (contents API), start its kernel and run every code cell."""
        muistio = self.rest("GET", f"api/contents/{KOHDE}/{polku}").json()["content"]
        istunto = self.rest("POST", "api/sessions", json={
            "path": f"{KOHDE}/{polku}", "type": "notebook", "name": Path(polku).name,
            "kernel": {"name": "python3"}}).json()
        ws = self.palvelin.replace("http://", "ws://") + \
            f"/api/kernels/{istunto['kernel']['id']}/channels?session_id={uuid.uuid4().hex}"
        evasteet = "; ".join(f"{e.name}={e.value}" for e in self.istunto.cookies
                             if e.path.rstrip("/") in ("", f"/user/{self.tunnus}"))
        ydin = Ydin(ws, [f"X-XSRFToken: {self._xsrf(f'/user/{self.tunnus}/')}"], evasteet)
        self.solut = {}
        try:
            for solu in muistio["cells"]:
                if solu["cell_type"] == "code":
                    tulos = ydin.aja(solu["source"] if isinstance(solu["source"], str)
                                     else "".join(solu["source"]))
                    for tagi in solu["metadata"].get("tags", []):
                        self.solut.setdefault(tagi, []).append(tulos)
        except BaseException:
            ydin.sulje()
            raise
        self._merkitse("muistio ajettu")
        return ydin

    # The widgets, found as a frontend finds them: from the models the cells displayed.

    def nimen_mallit(self, ydin: Ydin) -> tuple[str, str, str]:
        laatikko = widget_solu(self.solut["nimi"][0])
        rivi, _vahvistus, tila = ydin.lapset(laatikko)
        kentta, nappi, _alusta = ydin.lapset(rivi)
        return kentta, nappi, tila

    def tehtavan_mallit(self, ydin: Ydin, tunnus: str = TEHTAVA) -> tuple[str, str, str]:
        """(answer field, Tarkista button, feedback) of a task widget."""
        nakyma = next(widget_solu(v) for v in self.solut[f"tehtava-{tunnus}"]
                      if any("widget-view" in str(m["content"].get("data")) for m in v))
        _kuvaus, kentta, napit, palaute, *_ = ydin.lapset(nakyma)
        return ydin.lapset(kentta)[0], ydin.lapset(napit)[0], palaute

    def anna_nimi(self, ydin: Ydin) -> None:
        kentta, nappi, tila = self.nimen_mallit(ydin)
        ydin.aseta(kentta, value=self.nimi)
        ydin.klikkaa(nappi, lambda y: self.nimi in y.mallit[tila].get("html", ""))

    def vastaa(self, ydin: Ydin, vastaus: str, tunnus: str = TEHTAVA) -> str:
        """Type the answer, click Tarkista, return the feedback text the browser would show."""
        kentta, nappi, palaute = self.tehtavan_mallit(ydin, tunnus)
        ennen = ydin.mallit[palaute].get("html")
        ydin.aseta(kentta, value=vastaus)
        ydin.klikkaa(nappi, lambda y: y.mallit[palaute].get("html") not in (ennen, "", None))
        self.ajat.setdefault("ensimmäinen palaute", time.monotonic() - self.alku)
        return ydin.mallit[palaute]["html"]

    def palauta(self, ydin: Ydin) -> tuple[str, bytes]:
        """Click the hand-in button; download the hand-in file like 'Lataa' in JupyterLab."""
        laatikko = widget_solu(self.solut["palautus"][-1])
        nappi, tila = ydin.lapset(laatikko)
        ydin.klikkaa(nappi, lambda y: "Palautustiedosto on valmis"
                     in y.mallit[tila].get("html", ""))
        kansio = self.rest("GET", f"api/contents/{KOHDE}/palautukset").json()["content"]
        tiedostot = [t["name"] for t in kansio if t["name"].startswith("palautus_03_")]
        assert len(tiedostot) == 1, tiedostot
        lataus = self.rest("GET", f"files/{KOHDE}/palautukset/{tiedostot[0]}")
        self._merkitse("palautettu")
        return tiedostot[0], lataus.content


def oikea_ja_vaara(nimi: str, tunnus: str = TEHTAVA) -> tuple[str, str]:
    from asiakkuus.tehtavat import siemen_nimesta, tehtava

    teht = tehtava(tunnus, siemen_nimesta(nimi))
    return teht.oikea_tekstina(), f"{teht.tyypilliset[0][0]:.0f}"


def opiskelijan_kulku(hub: Hub, opiskelija: Opiskelija, repo: str, kesken=None) -> bytes:
    """The whole walk of one student: login to the downloaded hand-in file.

    ``kesken(ydin) -> ydin`` runs after the first, wrong answer (the test kills the server
    there)."""
    oikea, vaara = oikea_ja_vaara(opiskelija.nimi)
    opiskelija.kirjaudu(hub)
    opiskelija.hae_kurssi(repo)
    ydin = opiskelija.avaa_harjoitus()
    try:
        opiskelija.anna_nimi(ydin)
        assert "Ei vielä" in opiskelija.vastaa(ydin, vaara)
        if kesken is not None:
            ydin = kesken(ydin)
        assert "Oikein" in opiskelija.vastaa(ydin, oikea)
        return opiskelija.palauta(ydin)[1]
    finally:
        ydin.sulje()


def arvioi(kansio: Path) -> subprocess.CompletedProcess:
    """The instructor's grading command, exactly as the README gives it."""
    return subprocess.run([sys.executable, "-m", "asiakkuus", "arvioi", str(kansio)],
                          capture_output=True, text=True, timeout=AIKARAJA)


def lue_moodle_csv(kansio: Path) -> dict[str, dict[str, str]]:
    import csv

    with open(kansio / "arviointi" / "arvosanat_moodle.csv", encoding="utf-8-sig") as f:
        return {rivi["Tunniste"]: rivi for rivi in csv.DictReader(f)}
