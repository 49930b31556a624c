"""A whole class on one JupyterHub at the same moment: memory, time to first feedback, failures.

    python bench/luokka.py                       # 30 students start at the same moment
    python bench/luokka.py --opiskelijoita 20
    python bench/luokka.py --porrastus 2         # one student every 2 s instead
    python bench/luokka.py --tarkista            # exit 1 on a failure or p95 over 30 s

Starts the same real JupyterHub as tests/test_jupyterhub.py (``tests/jupyterhub_luokka.py``:
loopback, test-only dummy authenticator, one local server process per student, each in their
own home folder) and lets every student walk the test's path at once: log in, start the
server, follow the nbgitpuller link and pull the course, open exercise 3, run it through the
kernel, type a name, answer wrong and then right, make the hand-in file and download it.
Then the instructor grades all downloads with ``python -m asiakkuus arvioi``.

Reported: per student the memory of the server and its kernel (RSS, and PSS where shared
libraries count once per machine, which is what a host with many students pays), the time
from login to the first feedback (median, p95, max), the CPU seconds each student's processes
used, and the failures. Needs the hub's proxy (``npm ci --prefix jupyterhub``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

JUURI = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUURI / "tests"))

import jupyterhub_luokka as th  # noqa: E402


def _pctl(arvot: list[float], osuus: float) -> float:
    arvot = sorted(arvot)
    return arvot[min(len(arvot) - 1, round(osuus * (len(arvot) - 1)))]


def _tunnusluvut(arvot: list[float], yksikko: str, muoto: str = "{:.1f}") -> str:
    if not arvot:
        return "ei mittauksia"
    return (f"mediaani {muoto.format(statistics.median(arvot))} {yksikko}, "
            f"p95 {muoto.format(_pctl(arvot, 0.95))} {yksikko}, "
            f"max {muoto.format(max(arvot))} {yksikko}")


class Muistimittari(threading.Thread):
    """Samples every student's server + kernel memory once a second; keeps each one's peak."""

    def __init__(self, hub: th.Hub, tunnukset: list[str]):
        super().__init__(daemon=True)
        self.hub, self.tunnukset = hub, tunnukset
        self.huippu_rss: dict[str, float] = {}
        self.huippu_pss: dict[str, float] = {}
        self.huippu_yhteensa = 0.0
        self.cpu: dict[str, float] = {}
        self.seis = threading.Event()

    def mittaa(self) -> None:
        import psutil

        kaikki = {}
        for prosessi in psutil.process_iter():
            try:
                ymp = prosessi.environ()
                if f":{self.hub.hub_portti}/" not in ymp.get("JUPYTERHUB_API_URL", ""):
                    continue
                tiedot = prosessi.memory_full_info()
                ajat = prosessi.cpu_times()
            except psutil.Error:
                continue
            kayttaja = ymp.get("JUPYTERHUB_USER", "")
            rss, pss, cpu = kaikki.get(kayttaja, (0, 0, 0))
            kaikki[kayttaja] = (rss + tiedot.rss, pss + getattr(tiedot, "pss", tiedot.rss),
                                cpu + ajat.user + ajat.system)
        for kayttaja, (rss, pss, cpu) in kaikki.items():
            self.huippu_rss[kayttaja] = max(self.huippu_rss.get(kayttaja, 0), rss / 2**20)
            self.huippu_pss[kayttaja] = max(self.huippu_pss.get(kayttaja, 0), pss / 2**20)
            self.cpu[kayttaja] = max(self.cpu.get(kayttaja, 0), cpu)
        self.huippu_yhteensa = max(self.huippu_yhteensa,
                                   sum(p for _, p, _ in kaikki.values()) / 2**20)

    def run(self) -> None:
        while not self.seis.wait(1.0):
            self.mittaa()


def main() -> int:
    jasennin = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    jasennin.add_argument("--opiskelijoita", type=int, default=30)
    jasennin.add_argument("--porrastus", type=float, default=0.0,
                          help="seconds between two students' logins (0: all at once)")
    jasennin.add_argument("--aikaraja", type=float, default=300,
                          help="seconds any single wait may take (server start, kernel reply)")
    jasennin.add_argument("--tarkista", action="store_true")
    asetukset = jasennin.parse_args()
    th.AIKARAJA = asetukset.aikaraja
    th.hub_tai_ohita = lambda: None  # noqa: E731 (a bench reports; the tools must be there)
    from asiakkuus.kaynnistys import asenna_oletukset

    asenna_oletukset()
    luokka = [th.Opiskelija(f"opiskelija{i}", f"24{i:05d}")
              for i in range(1, asetukset.opiskelijoita + 1)]
    virheet: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="luokka-") as kansio:
        kansio = Path(kansio)
        repo = th.tee_kurssirepo(kansio)
        with th.kaynnissa_oleva_hub(kansio) as hub:
            mittari = Muistimittari(hub, [o.tunnus for o in luokka])
            mittari.start()
            lahto = threading.Barrier(len(luokka))

            def opiskelijana(indeksi: int, opiskelija: th.Opiskelija) -> bytes | None:
                lahto.wait()
                time.sleep(indeksi * asetukset.porrastus)
                try:
                    return th.opiskelijan_kulku(hub, opiskelija, f"file://{repo}")
                except Exception:
                    virheet[opiskelija.tunnus] = traceback.format_exc(limit=3)
                    return None

            alku = time.monotonic()
            with concurrent.futures.ThreadPoolExecutor(len(luokka)) as poolit:
                palautukset = list(poolit.map(opiskelijana, range(len(luokka)), luokka))
            kesto = time.monotonic() - alku
            mittari.seis.set()
            mittari.join()
            mittari.mittaa()  # every server and kernel is still running here
        moodle = kansio / "moodle"
        for opiskelija, sisalto in zip(luokka, palautukset):
            if sisalto is not None:
                (moodle / opiskelija.tunnus).mkdir(parents=True)
                (moodle / opiskelija.tunnus / "palautus.json").write_bytes(sisalto)
        arvioidut = 0
        if moodle.is_dir():
            tulos = th.arvioi(moodle)
            if tulos.returncode == 0:
                arvioidut = len(th.lue_moodle_csv(moodle))
            else:
                virheet["arviointi"] = tulos.stdout + tulos.stderr

    palaute = [o.ajat["ensimmäinen palaute"] for o in luokka if "ensimmäinen palaute" in o.ajat]
    palvelin = [o.ajat["palvelin"] for o in luokka if "palvelin" in o.ajat]
    valmiit = [o.tunnus for o, p in zip(luokka, palautukset) if p is not None]
    rss = [mittari.huippu_rss[t] for t in valmiit if t in mittari.huippu_rss]
    pss = [mittari.huippu_pss[t] for t in valmiit if t in mittari.huippu_pss]
    cpu = [mittari.cpu[t] for t in valmiit if t in mittari.cpu]
    print(f"Luokka: {len(luokka)} opiskelijaa, porrastus {asetukset.porrastus:g} s, "
          f"koko luokka valmis {kesto:.1f} s:ssa")
    print(f"  kirjautumisesta palvelimen käynnistymiseen: {_tunnusluvut(palvelin, 's')}")
    print(f"  kirjautumisesta ensimmäiseen palautteeseen: {_tunnusluvut(palaute, 's')}")
    print(f"  muisti / opiskelija (palvelin + ydin, RSS):  {_tunnusluvut(rss, 'MB', '{:.0f}')}")
    print(f"  muisti / opiskelija (PSS, jaetut kirjastot kerran): "
          f"{_tunnusluvut(pss, 'MB', '{:.0f}')}")
    print(f"  kaikkien opiskelijoiden muisti yhteensä huipussaan (PSS): "
          f"{mittari.huippu_yhteensa:.0f} MB")
    print(f"  suoritinaika / opiskelija (palvelin + ydin): {_tunnusluvut(cpu, 'CPU-s')}")
    print(f"  muisti ja suoritinaika: {len(rss)} valmista opiskelijaa")
    print(f"  arvioituja palautuksia: {arvioidut} / {len(luokka)}")
    print(f"  epäonnistuneita: {len(virheet)}")
    for kuka, virhe in virheet.items():
        rivit = virhe.strip().splitlines()
        # The exception line is the last one (the first is "Traceback ..."); the frame above
        # it says where it happened.
        print(f"    {kuka}: {' | '.join(r.strip() for r in rivit[-3:])[:400]}")
    if asetukset.tarkista and (virheet or not palaute or _pctl(palaute, 0.95) > 30
                               or arvioidut != len(luokka)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
