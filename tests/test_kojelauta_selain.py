"""Real-browser test (headless Chromium via Playwright): the instructor's dashboard under Voila.

The server runs on a free 127.0.0.1 port in its own process group and is stopped in a
``finally`` whatever happens. Under CI (``CI=true``) a missing browser fails the run; locally
the test skips with the reason.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from asiakkuus import kate, lataa_aineisto, portfolio
from asiakkuus.portfolio import tasapainota_painot
from selain import JUURI, SELAIMEN_AIKARAJA, palvelin, selain_tai_ohita, selainsivu, vapaa_portti, ymparisto


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
    selain_tai_ohita()
    a = lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    pisteet = portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)
    kuvakansio = Path(os.environ.get("KOJELAUTA_KUVAKANSIO")
                      or tmp_path_factory.mktemp("kojelauta_kuvakaappaukset"))
    kuvakansio.mkdir(parents=True, exist_ok=True)
    portti = vapaa_portti()
    komento = [sys.executable, "-m", "voila", str(JUURI / "notebooks" / "10_kojelauta.ipynb"),
               "--no-browser", f"--port={portti}", "--Voila.ip=127.0.0.1"]
    with palvelin(komento, tmp_path, ymparisto(tmp_path), portti), selainsivu(tmp_path) as sivu:
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
