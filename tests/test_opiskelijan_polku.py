"""The student's whole path in a real browser, started exactly as the README says.

The start command is read from README.md (like .ci/run reads the test command) and its
JupyterLab step is run in a copy of the course whose path has spaces and ä/ö. Only what a
headless root run needs is added: a port, no token, ``--allow-root``, and a "browser" that
writes down the address JupyterLab opens, so the test visits exactly that page (JupyterLab's
local redirect file, as a student's browser gets it). Then, as a
student: the start page → its link to the first exercise → Run All → name → a wrong answer
→ a right one → the worked solution → the solutions notebook and back → restart the kernel
→ run again → the saved state is back → hand-in file. The instructor then grades that file
with generated ones (right, wrong, guessed, tampered, broken).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

from asiakkuus import palautus, tallennus
from asiakkuus.tehtavat import siemen_nimesta, tehtava
from selain import JUURI, palvelin, selain_tai_ohita, selainsivu, vapaa_portti, ymparisto

NIMI = "Äimä Öljymäki"
KIRJAA_OSOITE = """import pathlib, sys
pathlib.Path(sys.argv[1]).write_text(sys.argv[2], encoding="utf-8")
"""


def _readme_komento(nimi: str) -> str:
    tulos = subprocess.run(["bash", str(JUURI / ".ci" / "readme_komento.sh"), nimi,
                            str(JUURI / "README.md")], capture_output=True, text=True,
                           check=True)
    return tulos.stdout.strip()


def _kurssin_kopio(kohde: Path) -> Path:
    """The course as a student gets it (the files git knows), in a path with spaces and ä/ö."""
    tiedostot = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                               cwd=JUURI, capture_output=True, text=True, check=True).stdout
    for nimi in tiedostot.splitlines():
        lahde = JUURI / nimi
        if lahde.is_file():
            (kohde / nimi).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(lahde, kohde / nimi)
    return kohde


def _kaynnistysvaihe(komento: str) -> str:
    """The README command's last step (after venv, activation and install) as written."""
    vaiheet = [v.strip() for v in komento.split("&&")]
    assert vaiheet[0].startswith("python3 -m venv .venv"), komento
    assert any(v.startswith("pip install -e .") for v in vaiheet), komento
    return vaiheet[-1]


def _valikko(sivu, valikko: str, komento: str) -> None:
    """Click a menu command by the names the lessons use (as the Finnish UI shows them)."""
    sivu.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{re.escape(valikko)}$")).click()
    sivu.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(komento)}$")).click()


def _aja_kaikki(sivu) -> None:
    sivu.locator("#jp-main-statusbar").get_by_text(re.compile(r"\|\s*Joutilas")).wait_for()
    _valikko(sivu, "Suorita", "Run All Cells")


def _valikkopolut() -> set[tuple[str, str]]:
    """Every "**Valikko → Komento**" that the start notebook and the exercises tell students."""
    import nbformat

    polut = set()
    for muistio in [JUURI / "notebooks" / "00_aloitus.ipynb",
                    *sorted((JUURI / "exercises").glob("*.ipynb"))]:
        for solu in nbformat.read(muistio, as_version=4).cells:
            if solu.cell_type == "markdown":
                polut.update(re.findall(r"[*]{1,2}([A-ZÄÖ][a-zäö]+) → ([^*|]+?)[*]{1,2}",
                                        solu.source))
    return polut


def _nayta_valikot(sivu, polut) -> None:
    for valikko in sorted({v for v, _ in polut}):
        sivu.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{valikko}$")).click()
        komennot = set(sivu.locator(".lm-Menu:visible .lm-Menu-itemLabel").all_inner_texts())
        sivu.keyboard.press("Escape")
        for v, komento in polut:
            assert v != valikko or komento in komennot, (valikko, komento, sorted(komennot))


def _aktiivinen(sivu):
    return sivu.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")


def _saavutettavuus(sivu, harjoitus) -> None:
    """axe-core finds no serious problem in the course's widgets; keyboard use works."""
    from axe_playwright_python.sync_playwright import Axe

    tulos = Axe().run(sivu, context={"include": [[".asiakkuus-tehtava"], [".asiakkuus-nimi"]]})
    vakavat = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
               for v in tulos.response["violations"] if v["impact"] in ("serious", "critical")]
    assert vakavat == [], vakavat
    assert harjoitus.locator(".asiakkuus-palaute[role=status][aria-live=polite]").count() >= 4

    # A choice task is one radio group: the arrow key moves the choice, not JupyterLab's cell.
    ryhma = harjoitus.locator(".asiakkuus-tehtava", has_text="Tehtävä 1.2").first \
        .locator("fieldset[role=radiogroup]")
    ryhma.scroll_into_view_if_needed()
    napit = ryhma.locator("input[type=radio]")
    napit.nth(0).click()
    assert sivu.evaluate("() => !!(window.__solu = document.querySelector('.jp-Cell.jp-mod-active'))")
    sivu.keyboard.press("ArrowDown")
    assert napit.nth(1).is_checked() and not napit.nth(0).is_checked()
    assert napit.nth(1).evaluate("n => n === document.activeElement")
    assert sivu.evaluate("() => document.querySelector('.jp-Cell.jp-mod-active') === window.__solu")

    # The focused button has a clearly visible focus ring (keyboard: Tab from the field).
    ruutu = harjoitus.locator(".asiakkuus-tehtava", has_text="Tehtävä 1.1").first
    ruutu.scroll_into_view_if_needed()
    ruutu.locator("input[type=text]").focus()
    sivu.keyboard.press("Tab")
    reunus = sivu.evaluate("""() => { const e = document.activeElement;
        const s = getComputedStyle(e);
        return [e.textContent.trim(), s.outlineStyle, parseFloat(s.outlineWidth)]; }""")
    assert reunus[0] == "Tarkista" and reunus[1] == "solid" and reunus[2] >= 3, reunus


class _kuva_virheesta:
    """On failure, keep a screenshot of the page next to the test's files."""

    def __init__(self, kansio):
        self.kansio = kansio

    def __enter__(self):
        return self

    def __exit__(self, tyyppi, *_):
        if tyyppi is not None and _SIVU:
            try:
                _SIVU[-1].screenshot(path=str(self.kansio / "virhe.png"))
                print(f"\nScreenshot: {self.kansio / 'virhe.png'}")
            except Exception:  # noqa: BLE001 - a screenshot must never hide the real failure
                pass
        return False


_SIVU: list = []


def test_student_path_from_the_readme_command_to_a_grade(tmp_path):
    selain_tai_ohita()
    kurssi = _kurssin_kopio(tmp_path / "Käyttäjät" / "Mäkinen Öljy" / "kurssi")
    vaihe = _kaynnistysvaihe(_readme_komento("kurssi"))
    assert vaihe == "python -m asiakkuus kurssi"
    osoitetiedosto = tmp_path / "avattu osoite.txt"
    (tmp_path / "kirjaa_osoite.py").write_text(KIRJAA_OSOITE, encoding="utf-8")
    selain = " ".join(shlex.quote(x) for x in (sys.executable, str(tmp_path / "kirjaa_osoite.py"),
                                                str(osoitetiedosto))) + " %s"
    portti = vapaa_portti()
    lisat = ["--allow-root", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={portti}",
             "--ServerApp.port_retries=0", "--IdentityProvider.token=",
             "--ServerApp.password=",
             f"--ServerApp.browser={selain}"]
    ympari = ymparisto(tmp_path)
    ympari.pop(tallennus.KURSSIKANSIO_MUUTTUJA, None)  # the real folder detection, as at home
    # "Activating" the environment = its bin folder first on PATH; the README step runs as is.
    ympari["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{ympari.get('PATH', '')}"
    komento = ["bash", "-c", f"{vaihe} {' '.join(shlex.quote(x) for x in lisat)}"]
    teht = tehtava("01_1", siemen_nimesta(NIMI))
    vaara = teht.tyypilliset[0][0]

    with palvelin(komento, kurssi, ympari, portti, "/api/status"), \
            selainsivu(tmp_path, 1280, 720) as sivu, _kuva_virheesta(tmp_path):
        _SIVU.append(sivu)
        for _ in range(100):
            if osoitetiedosto.exists():
                break
            time.sleep(0.1)
        # JupyterLab opens a local redirect page (file:…), which leads to the start notebook.
        osoite = osoitetiedosto.read_text(encoding="utf-8")
        assert osoite.startswith("file:"), osoite
        sivu.goto(osoite, wait_until="domcontentloaded")
        sivu.wait_for_url(re.compile(rf"^http://127\.0\.0\.1:{portti}/lab/tree/notebooks/"
                                     r"00_aloitus\.ipynb"))

        # Finnish UI without touching Settings, and no English news pop-up.
        sivu.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Asetukset$")).wait_for()
        aloitus = _aktiivinen(sivu)
        aloitus.get_by_role("heading", name="Aloitus: näin käytät kurssia").wait_for()
        assert "official Jupyter news" not in sivu.locator("body").inner_text()
        polut = _valikkopolut()
        assert ("Suorita", "Run All Cells") in polut and len(polut) >= 5
        _nayta_valikot(sivu, polut)  # the lessons name menus exactly as the student sees them

        # The start page's link to the first exercise opens it inside JupyterLab.
        linkki = aloitus.locator(".jp-RenderedMarkdown a",
                                 has_text=re.compile(r"^harjoitukset$")).first
        linkki.scroll_into_view_if_needed()
        linkki.click()
        sivu.locator(".lm-TabBar-tab.lm-mod-current",
                     has_text="harjoitukset_01_asiakkuudet.ipynb").wait_for()
        harjoitus = _aktiivinen(sivu)
        # Readable before running: the task text with the default numbers.
        harjoitus.locator(".jp-RenderedMarkdown", has_text="Tehtävä oletusluvuilla").first.wait_for()
        _aja_kaikki(sivu)

        nimi = harjoitus.locator(".asiakkuus-nimi input").first
        nimi.wait_for(state="visible")
        nimi.fill(NIMI)
        nimi.press("Enter")
        harjoitus.get_by_text(f"Luvut on arvottu nimelle {NIMI}").wait_for()

        ruutu = harjoitus.locator(".asiakkuus-tehtava", has_text="Tehtävä 1.1").first
        ruutu.get_by_text("Sinun lukusi").wait_for()
        _saavutettavuus(sivu, harjoitus)
        kentta = ruutu.locator("input[type=text]")
        kentta.fill(str(vaara).replace(".", ","))
        kentta.press("Enter")
        palaute = ruutu.locator(".asiakkuus-palaute[role=status]")
        palaute.get_by_text("✘ Ei vielä.").wait_for()
        assert teht.tyypilliset[0][1][:40] in palaute.inner_text()
        kentta.fill(teht.oikea_tekstina())
        kentta.blur()  # leaving the field does not check
        time.sleep(0.3)
        assert "✘ Ei vielä." in palaute.inner_text()
        ruutu.get_by_role("button", name="Tarkista").click()
        palaute.get_by_text("✔ Oikein!").wait_for()
        ruutu.get_by_role("button", name="Näytä ratkaisu").click()
        ruutu.get_by_text("Ratkaisu sinun luvuillasi").wait_for()
        kuvat = Path(os.environ.get("POLKU_KUVAKANSIO") or tmp_path)
        kuvat.mkdir(parents=True, exist_ok=True)
        ruutu.scroll_into_view_if_needed()
        sivu.screenshot(path=str(kuvat / "harjoitus_1280x720.png"))

        # The solutions notebook shows the question next to its worked answer; then back.
        ylaosa = harjoitus.locator(".jp-RenderedMarkdown").first
        ylaosa.scroll_into_view_if_needed()
        ylaosa.locator("a", has_text="mallivastaukset").click()
        sivu.locator(".lm-TabBar-tab.lm-mod-current",
                     has_text="ratkaisut_01_asiakkuudet.ipynb").wait_for()
        ratkaisut = _aktiivinen(sivu)
        ratkaisut.get_by_role("heading", name=re.compile("^Mallivastaukset 1:")).wait_for()
        ratkaisut.locator(".jp-RenderedMarkdown",
                          has_text="joilla alla oleva mallivastaus on laskettu").first.wait_for()
        sivu.locator(".lm-TabBar-tab", has_text="harjoitukset_01_asiakkuudet.ipynb").click()

        # Restart the kernel, run again: the name and the last answer come back.
        _valikko(sivu, "Ydin", "Käynnistä ydin uudelleen…")
        hyvaksy = sivu.locator(".jp-Dialog button.jp-mod-accept")
        assert hyvaksy.inner_text().strip() == "Käynnistä uudelleen"
        hyvaksy.click()
        sivu.locator(".jp-Dialog").wait_for(state="detached")
        _aja_kaikki(sivu)
        harjoitus = _aktiivinen(sivu)
        harjoitus.get_by_text(f"Luvut on arvottu nimelle {NIMI}").wait_for()
        ruutu = harjoitus.locator(".asiakkuus-tehtava", has_text="Tehtävä 1.1").first
        ruutu.locator(".asiakkuus-palaute").get_by_text("✔ Oikein!").wait_for()
        assert ruutu.locator("input[type=text]").input_value() == teht.oikea_tekstina()

        # Hand in.
        nappi = harjoitus.get_by_role("button", name="Tee palautustiedosto (harjoitukset 1)")
        nappi.scroll_into_view_if_needed()
        nappi.click()
        harjoitus.get_by_text("Palautustiedosto on valmis").wait_for()

    palautettu = kurssi / palautus.PALAUTUSKANSIO / palautus.palautuksen_nimi(NIMI, "01")
    sisalto = palautus.lue_palautus(palautettu)
    assert [y["oikein"] for y in sisalto["tehtavat"]["01_1"]["yritykset"]] == [False, True]
    tallennettu = json.loads((kurssi / tallennus.VASTAUSKANSIO
                              / tallennus.tiedoston_nimi(NIMI)).read_text(encoding="utf-8"))
    assert tallennettu["nimi"] == NIMI and str(tmp_path) not in json.dumps(tallennettu)
    _opettaja_arvioi(palautettu, tmp_path / "Moodlen palautukset")


def _tee(kansio: Path, nimi: str, vastaukset: dict[str, list]) -> Path:
    """A generated hand-in: task id -> answers in order (the file's flags say 'right')."""
    yritykset = [{"tehtava": tunnus, "vastaus": v, "oikein": True}
                 for tunnus, lista in vastaukset.items() for v in lista]
    polku = kansio / nimi / palautus.palautuksen_nimi(nimi, "01")
    polku.parent.mkdir(parents=True)
    polku.write_text(json.dumps(palautus.tee_palautus(nimi, "01", {"yritykset": yritykset}),
                                ensure_ascii=False), encoding="utf-8")
    return polku


def _opettaja_arvioi(polku: Path, kansio: Path) -> None:
    """The teacher grades the journey's hand-in with generated ones of typical students."""
    import pandas as pd

    tehtavat = ["01_1", "01_2", "01_3", "01_4"]

    def muunnelmat(nimi):
        return {tunnus: tehtava(tunnus, siemen_nimesta(nimi)) for tunnus in tehtavat}

    def vaarat(teht):
        return [v for v in teht.vaihtoehdot if v != teht.oikea] if teht.valinta else \
            [teht.tyypilliset[0][0]]

    (kansio / "polku").mkdir(parents=True)
    shutil.copy2(polku, kansio / "polku" / polku.name)
    oikein = muunnelmat("2400001")
    _tee(kansio, "2400001", {k: [v.oikea] for k, v in oikein.items()})
    vaarin = muunnelmat("2400002")
    _tee(kansio, "2400002", {k: vaarat(v)[:1] for k, v in vaarin.items()})
    arvaaja = muunnelmat("2400003")  # choice tasks: every wrong option first, then the right one
    _tee(kansio, "2400003", {k: [*vaarat(v), v.oikea] if v.valinta else [v.oikea]
                             for k, v in arvaaja.items()})
    muokattu = _tee(kansio, "2400004", {k: [v.oikea] for k, v in muunnelmat("2400004").items()})
    muokattu.write_text(muokattu.read_text(encoding="utf-8").replace('"oikein": true',
                                                                     '"oikein": false', 1),
                        encoding="utf-8")
    rikki = kansio / "2400005" / "palautus_01_2400005.json"
    rikki.parent.mkdir()
    rikki.write_text(json.dumps(palautus.tee_palautus("2400005", "01"))[:150], encoding="utf-8")
    ennen = {p: p.read_bytes() for p in kansio.rglob("*") if p.is_file()}

    tulos = subprocess.run([sys.executable, "-m", "asiakkuus", "arvioi", str(kansio)],
                           capture_output=True, text=True, timeout=120)
    assert tulos.returncode == 0, tulos.stderr
    assert "Traceback" not in tulos.stdout + tulos.stderr
    assert {p: p.read_bytes() for p in ennen} == ennen  # no hand-in file was changed
    ongelmat = [r for r in tulos.stdout.splitlines() if "palautus_01_240000" in r]
    viallinen = [r for r in ongelmat if "2400004" in r or "2400005" in r]
    assert len(viallinen) == 2, tulos.stdout  # the edited and the broken file, one line each
    # The generated files claim "right" for every answer: the grader says it did not trust it.
    assert any("2400002" in r and "oikein-merkinnät" in r for r in ongelmat), ongelmat
    assert any("muokattu" in r and "2400004" in r for r in viallinen), viallinen
    assert any("rikki" in r and "2400005" in r for r in viallinen), viallinen

    arvosanat = pd.read_csv(kansio / "arviointi" / "arvosanat_moodle.csv", encoding="utf-8",
                            dtype={"Tunniste": str}).set_index("Tunniste")
    assert sorted(arvosanat.index) == ["2400001", "2400002", "2400003", NIMI]
    odotetut = {  # (right in the end, right at the first attempt)
        NIMI: (1, 0),          # 1.1 wrong, then right; the rest not answered
        "2400001": (4, 4),
        "2400002": (0, 0),     # the file's "right" flags are not trusted
        "2400003": (4, 2),     # the two choice tasks only after guessing
    }
    for tunniste, (lopulta, heti) in odotetut.items():
        rivi = arvosanat.loc[tunniste]
        assert (rivi["Oikein"], rivi["Oikein 1. yrityksellä"], rivi["Harjoitukset 1"]) == \
            (lopulta, heti, lopulta), tunniste
    assert "1.2" in arvosanat.loc["2400003", "Huomautus"]
    assert "1.4" in arvosanat.loc["2400003", "Huomautus"]

    yhteenveto = pd.read_csv(kansio / "arviointi" / "yhteenveto_vaarinkasitykset.csv",
                             encoding="utf-8")
    ensimmainen = tehtava("01_1").tyypilliset[0][1].split(". ")[0]
    rivi = yhteenveto[yhteenveto.astype(str).apply(
        lambda r: "1.1" in " ".join(r) and ensimmainen[:25] in " ".join(r), axis=1)]
    assert len(rivi) == 1, yhteenveto.to_string()
    assert "2 / 4" in " ".join(rivi.astype(str).iloc[0]), rivi.to_string()
    assert (kansio / "arviointi" / "yhteenveto.png").stat().st_size > 20_000
