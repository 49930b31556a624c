"""Real-browser test (headless Chromium via Playwright): the instructor's dashboard under Voila.

One Voila server for the whole module, started exactly as the README's command starts it (in
the course folder, so ``voila.py`` and the course's own template are used), on a free
127.0.0.1 port in its own process group, stopped in a ``finally`` whatever happens. Every
request to another host is blocked and recorded: the page must work offline. Under CI
(``CI=true``) a missing browser fails the run; locally the test skips with the reason.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest

from asiakkuus import kate, lataa_aineisto, portfolio
from asiakkuus.kojelauta import TAULUKON_RIVIT, Kojelauta
from asiakkuus.kojelauta.tyylit import FONTTI_PX
from asiakkuus.portfolio import tasapainota_painot
from selain import (CHROMIUM, JUURI, LIPUT, SELAIMEN_AIKARAJA, palvelin, selain_tai_ohita,
                    vapaa_portti, ymparisto)

KOOT = [(1280, 720), (1920, 1080)]
VALILEHDET = dict(zip(Kojelauta.VALILEHDET, ["kate", "valaskayra", "portfolio", "nps", "clv",
                                              "pysyvyys", "suunnitelma"]))


def _readme_komento() -> str:
    teksti = (JUURI / "README.md").read_text(encoding="utf-8")
    return re.search(r"<!-- komento: kojelauta -->\s*```bash\n(.+?)\n```", teksti).group(1)


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    """Port, blocked requests and browser for a server started as the README starts it."""
    selain_tai_ohita()
    from playwright.sync_api import sync_playwright

    kansio = tmp_path_factory.mktemp("kojelauta_voila")
    # The README command without the venv activation (this interpreter's own voila is used).
    komento = _readme_komento().split("&& ", 1)[1]
    assert komento.startswith("voila notebooks/10_kojelauta.ipynb")
    voila_ohjelma = str(Path(sys.executable).with_name("voila"))
    portti = vapaa_portti()
    kuori = (f"cd {shlex.quote(str(JUURI))} && exec {shlex.quote(voila_ohjelma)} "
             f"{komento.removeprefix('voila ')} --no-browser --port={portti}")
    ymp = ymparisto(kansio)
    # The kernel imports this checkout's package. The course folder itself cannot go on the
    # path: its voila.py (Voila's settings) would shadow the voila package.
    (kansio / "paketti").mkdir()
    (kansio / "paketti" / "asiakkuus").symlink_to(JUURI / "asiakkuus", target_is_directory=True)
    ymp["PYTHONPATH"] = os.pathsep.join([str(kansio / "paketti"),
                                         *filter(None, [ymp.get("PYTHONPATH")])])
    estetyt: list[str] = []

    def _reitti(reitti):
        if urlparse(reitti.request.url).hostname in ("127.0.0.1", None):
            reitti.continue_()
        else:
            estetyt.append(reitti.request.url)
            reitti.abort()

    with palvelin(["/bin/sh", "-c", kuori], kansio, ymp, portti), sync_playwright() as p:
        selain = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LIPUT)
        try:
            yield SimpleNamespace(portti=portti, estetyt=estetyt, selain=selain, reitti=_reitti)
        finally:
            selain.close()


def _sivu(voila, leveys=1280, korkeus=720):
    """The one page of the module (each page load costs a kernel run): resized on demand."""
    if not hasattr(voila, "sivu"):
        konteksti = voila.selain.new_context(viewport={"width": leveys, "height": korkeus})
        konteksti.route("**/*", voila.reitti)
        konteksti.set_default_timeout(SELAIMEN_AIKARAJA)
        voila.sivu = konteksti.new_page()
        voila.vastaus = voila.sivu.goto(f"http://127.0.0.1:{voila.portti}/",
                                        wait_until="domcontentloaded")
        voila.sivu.wait_for_selector("table.kojelauta-sijoitus", state="attached",
                                     timeout=90_000)
    voila.sivu.set_viewport_size({"width": leveys, "height": korkeus})
    return voila.sivu


def _kuva_valmis(sivu, nakyma: str) -> None:
    sivu.wait_for_function("""async n => {
        const img = document.querySelector('.kojelauta-' + n + ' img');
        if (!img) return true;
        if (!img.src) return false;
        try { await img.decode(); } catch (e) { return false; }
        return img.naturalWidth > 0; }""", arg=nakyma)


# --- the portfolio follows the package --------------------------------------------------------

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
    return {kriteeri: int(_saadin(sivu, nimi).locator(".widget-readout").inner_text())
            for kriteeri, nimi in portfolio.KRITEERIEN_NIMET.items()}


def _saadin(sivu, nimi: str):
    return sivu.locator(".widget-slider", has=sivu.get_by_text(f"{nimi} (%)", exact=True))


def _odotettu(pisteet, painot) -> dict:
    tulos = portfolio.pisteyta(pisteet, painot)
    return {"rivit": tulos["asiakas_id"].head(TAULUKON_RIVIT).tolist(),
            "avaimet": tulos.loc[tulos["avainasiakas"], "asiakas_id"].tolist()}


def _ei_virheita(sivu) -> None:
    teksti = sivu.locator("body").inner_text()
    for kielletty in ("Traceback", "Error", "error when executing", "⚠"):
        assert kielletty not in teksti, kielletty
    assert sivu.locator(".kojelauta-viesti").count() == 0
    assert sivu.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0


def test_dashboard_in_voila_follows_the_package(voila):
    a = lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    pisteet = portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)
    sivu = _sivu(voila)
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
        .filter(s => s.textContent.includes('(%)') && s.closest('.kojelauta-portfolio'))
        .map(s => s.querySelector('.widget-readout').textContent.trim()).join(',') === p""",
                           arg=",".join(str(painot[k]) for k in portfolio.KRITEERIT))
    assert _lukemat(sivu) == painot
    saatimilla = _taulukko(sivu)
    assert {k: saatimilla[k] for k in ("rivit", "avaimet")} == _odotettu(pisteet, painot)

    # 3) A preset: tomorrow's key accounts.
    sivu.get_by_role("button", name=portfolio.SKENAARIOIDEN_NIMET["huomenna"]).click()
    _odota_painot(sivu, portfolio.SKENAARIOT["huomenna"])
    huomenna = _taulukko(sivu)
    assert {k: huomenna[k] for k in ("rivit", "avaimet")} == _odotettu(pisteet, "huomenna")
    assert set(huomenna["avaimet"]) != set(alussa["avaimet"])  # the key accounts change
    assert _lukemat(sivu) == portfolio.SKENAARIOT["huomenna"]

    # 4) The customer plan follows the chosen customer.
    sivu.get_by_role("tab", name="Asiakassuunnitelma").click()
    valinta = sivu.locator(".kojelauta-suunnitelma select")
    valinta.select_option(index=valinta.evaluate(
        "s => [...s.options].findIndex(o => o.text.endsWith('(A05)'))"))
    sivu.wait_for_selector(".kojelauta-suunnitelma [data-asiakas='A05']")
    _ei_virheita(sivu)


# --- a projector: every view fits, text is big enough -----------------------------------------

MITAT_JS = """([n, pienin]) => {
    const runko = document.querySelector('.kojelauta-' + n);
    const alue = runko.closest('.widget-tab-contents > *') || runko;
    const laatikot = [...alue.querySelectorAll('.widget-slider, .widget-dropdown, button, img,'
                                             + ' .kojelauta-tulos, input')]
        .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect());
    const tekstit = [...alue.querySelectorAll('*')].filter(e => e.offsetParent !== null
        && [...e.childNodes].some(c => c.nodeType === 3 && c.textContent.trim()));
    const pienet = tekstit.map(e => [e.textContent.trim().slice(0, 30),
                                     parseFloat(getComputedStyle(e).fontSize)])
        .filter(([, koko]) => koko < pienin);
    const leveat = [...alue.querySelectorAll('.kojelauta-tulos')].filter(
        e => e.scrollWidth > e.clientWidth + 1).map(e => e.className);
    const img = alue.querySelector('img');
    return {alin: Math.max(...laatikot.map(r => r.bottom)),
            oikein: Math.max(...laatikot.map(r => r.right)),
            vieritys: document.scrollingElement.scrollHeight - innerHeight,
            vaakavieritys: document.scrollingElement.scrollWidth - innerWidth,
            pienet: pienet.slice(0, 5), leveat: leveat,
            kuva: img ? [img.naturalWidth, img.getBoundingClientRect().width] : null,
            zoom: parseFloat(getComputedStyle(document.getElementById('rendered_cells')).zoom
                             || 1)};
}"""


@pytest.mark.parametrize("leveys, korkeus", KOOT, ids=[f"{w}x{h}" for w, h in KOOT])
def test_every_view_fits_a_projector_screen(voila, leveys, korkeus, tmp_path_factory):
    kuvakansio = Path(os.environ.get("KOJELAUTA_KUVAKANSIO")
                      or tmp_path_factory.mktemp("kojelauta_kuvakaappaukset"))
    kuvakansio.mkdir(parents=True, exist_ok=True)
    sivu = _sivu(voila, leveys, korkeus)
    for valilehti, nakyma in VALILEHDET.items():
        sivu.get_by_role("tab", name=valilehti, exact=True).click()
        _kuva_valmis(sivu, nakyma)
        sivu.wait_for_timeout(150)  # the tab's layout settles
        mitat = sivu.evaluate(MITAT_JS, [nakyma, FONTTI_PX])
        kohta = f"{valilehti} at {leveys}×{korkeus}"
        # Controls and the figure or table they drive are all on screen, without scrolling.
        assert mitat["alin"] <= korkeus and mitat["oikein"] <= leveys, (kohta, mitat)
        assert mitat["vieritys"] <= 0 and mitat["vaakavieritys"] <= 0, (kohta, mitat)
        assert not mitat["pienet"], (kohta, mitat["pienet"])  # no text below FONTTI_PX
        assert not mitat["leveat"], (kohta, mitat["leveat"])  # no table cut at its edge
        if mitat["kuva"]:  # the figure is shown at its drawn size (times the page zoom)
            luonnollinen, naytetty = mitat["kuva"]
            assert naytetty == pytest.approx(luonnollinen * mitat["zoom"], abs=1), kohta
        sivu.screenshot(path=str(kuvakansio / f"kojelauta_{nakyma}_{leveys}x{korkeus}.png"))
    assert (mitat["zoom"] == 1.5) == (leveys == 1920)  # the course template scales up
    _ei_virheita(sivu)
    print(f"\nKojelaudan kuvakaappaukset: {kuvakansio}")


# --- Finnish and offline -------------------------------------------------------------------

def test_page_is_finnish_and_needs_no_network(voila):
    sivu = _sivu(voila)
    sivu.get_by_role("tab", name="Asiakkuuden kate").click()
    assert sivu.evaluate("document.documentElement.lang") == "fi"
    html = voila.vastaus.text()  # as served: the loading text is gone from the live page
    for englanti in ("Executing", "Running ", "Reading "):
        assert englanti not in html, englanti
    assert "Kojelauta avautuu" in html and "Kojelauta käynnistyy" in html
    # The icons come from the course template, not from a CDN, and they render.
    kuvake = sivu.evaluate("""async () => {
        await document.fonts.ready;
        const i = document.querySelector('.kojelauta-kate button i.fa');
        const ennen = getComputedStyle(i, '::before');
        return {sisalto: ennen.content, fontti: ennen.fontFamily, leveys: i.offsetWidth,
                ladattu: [...document.fonts].some(f => f.family.includes('Font Awesome')
                                                      && f.status === 'loaded')};
    }""")
    assert kuvake["sisalto"] not in ("", "none", "normal") and kuvake["leveys"] > 0, kuvake
    assert "Font Awesome" in kuvake["fontti"] and kuvake["ladattu"], kuvake
    assert sivu.get_by_role("button", name="Palauta asiakkaan luvut").is_visible()
    assert not voila.estetyt, f"requests left 127.0.0.1: {voila.estetyt}"
