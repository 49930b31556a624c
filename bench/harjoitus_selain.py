"""Exercise feedback as a student feels it: click or Enter -> the feedback visible in Chromium.

    python bench/harjoitus_selain.py            # 30 checks of each kind
    python bench/harjoitus_selain.py --kertoja 60

Starts the course the way the README does (``python -m asiakkuus kurssi``, plus port, no
token and no browser), opens the exercise harjoitukset_03_asiakkuuden_kate.ipynb in headless
Chromium, runs it, types a name, and then alternates a right and a wrong answer in task 3.1.
Each measurement is from the key press or click to the moment the new feedback text is in the
page (a MutationObserver on the feedback region), so it includes the widget round trip to the
kernel, the check, the record file write and the browser's re-render. Target: median under
100 ms, p95 under 200 ms. Needs Debian's chromium (no browser download).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

JUURI = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUURI / "tests"))

from selain import palvelin, selainsivu, vapaa_portti, ymparisto  # noqa: E402

from asiakkuus.tehtavat import siemen_nimesta, tehtava  # noqa: E402

NIMI = "Mittari Testinen"
ODOTA = """([valitsin, odotettu]) => { window.__palaute = new Promise(valmis => {
    const alue = document.querySelector(valitsin);
    const alku = performance.now();
    const katso = () => alue.textContent.includes(odotettu);
    if (katso()) { valmis(0); return; }
    setTimeout(() => valmis(Infinity), 5000);  // never hang: a lost update counts as 5 s+
    new MutationObserver((_, o) => { if (katso()) { o.disconnect();
        valmis(performance.now() - alku); } }).observe(alue, {subtree: true, childList: true,
        characterData: true});
}); }"""


def _tunnusluvut(ajat: list[float]) -> str:
    ajat = sorted(ajat)
    p95 = ajat[min(len(ajat) - 1, round(0.95 * (len(ajat) - 1)))]
    return f"mediaani {statistics.median(ajat):6.1f} ms  p95 {p95:6.1f} ms  max {ajat[-1]:6.1f} ms"


def main() -> int:
    jasennin = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    jasennin.add_argument("--kertoja", type=int, default=30)
    kertoja = jasennin.parse_args().kertoja
    teht = tehtava("03_1", siemen_nimesta(NIMI))
    vastaukset = [(teht.oikea_tekstina(), "✔ Oikein!"),
                  (f"{teht.tyypilliset[0][0]:.0f}", "✘ Ei vielä.")]
    with tempfile.TemporaryDirectory() as kansio:
        kansio = Path(kansio)
        kurssi = kansio / "kurssi"
        kurssi.mkdir()
        for osa in ("notebooks", "exercises", "solutions"):
            shutil.copytree(JUURI / osa, kurssi / osa)
        portti = vapaa_portti()
        komento = [sys.executable, "-m", "asiakkuus", "kurssi", "--no-browser", "--allow-root",
                   f"--ServerApp.port={portti}", "--IdentityProvider.token=",
                   "--ServerApp.ip=127.0.0.1"]
        ymp = ymparisto(kansio)
        ymp["ASIAKKUUS_KURSSIKANSIO"] = str(kansio / "tallennukset")
        with palvelin(komento, kurssi, ymp, portti, "/api/status"), \
                selainsivu(kansio, 1280, 720) as sivu:
            sivu.goto(f"http://127.0.0.1:{portti}/lab/tree/exercises/"
                      "harjoitukset_03_asiakkuuden_kate.ipynb")
            print("JupyterLab auki, ajetaan harjoitus…", flush=True)
            sivu.locator("#jp-main-statusbar").get_by_text("Joutilas").wait_for()
            sivu.locator(".lm-MenuBar-itemLabel", has_text="Suorita").click()
            sivu.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
            nimi = sivu.locator(".asiakkuus-nimi input").first
            nimi.fill(NIMI)
            nimi.press("Enter")
            ruutu = sivu.locator(".asiakkuus-tehtava", has_text="Tehtävä 3.1").first
            ruutu.get_by_text("Sinun lukusi").wait_for()
            ruutu.evaluate("e => e.querySelector('.asiakkuus-palaute').id = 'mitattava'")
            kentta = ruutu.locator("input[type=text]")
            nappi = ruutu.get_by_role("button", name="Tarkista")
            tulokset: dict[str, list[float]] = {"Tarkista-painike": [], "Enter": []}
            for kerta in range(2 * kertoja):
                vastaus, odotettu = vastaukset[kerta % 2]
                kentta.fill(vastaus)
                sivu.wait_for_timeout(50)  # the typed value reaches the kernel first
                tapa = "Enter" if kerta % 4 >= 2 else "Tarkista-painike"
                sivu.evaluate(ODOTA, ["#mitattava", odotettu])  # observer in place first
                (kentta.press("Enter") if tapa == "Enter" else nappi.click())
                tulokset[tapa].append(sivu.evaluate("() => window.__palaute"))
    print(f"Palaute selaimessa ({kertoja} kertaa kumpaakin; oikea ja väärä vuorotellen):")
    for tapa, ajat in tulokset.items():
        print(f"  {tapa:<17} {_tunnusluvut(ajat)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
