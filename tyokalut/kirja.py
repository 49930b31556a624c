"""Kurssikirja HTML:nä ja PDF:nä tallennetuista muistioista (ei ajoa, ei verkkoa).

    python tyokalut/kirja.py                      # HTML: build/kirja/html/index.html
    python tyokalut/kirja.py --pdf                # lisäksi PDF: build/kirja/pdf/
    python tyokalut/kirja.py --ilman-ratkaisuja   # opiskelijoille: ilman mallivastauksia
    python tyokalut/kirja.py --ilman-opasta       # ilman opettajan opasta

Kirjan lähde kootaan kansioon ``build/kirja/lahde``: oppitunnit (``notebooks/``),
harjoitukset (``exercises/``), mallivastaukset (``solutions/``) ja opettajan opas
(``opettajalle/``) samoissa kansioissa kuin kurssikansiossa, joten muistioiden väliset linkit
(``../exercises/harjoitukset_03_….ipynb``) osoittavat kirjan sivuille. Sphinx (myst-nb,
sphinx-book-theme, asetukset ``kirja/conf.py``) tekee HTML:n varoitukset virheinä. Jos osa
jätetään pois, linkit siihen muuttuvat pelkäksi tekstiksi.

PDF tehdään ilman LaTeXia: Chromium (Debianin ``chromium``) tulostaa sivut Playwrightin
kautta. Koko kirja on yksi PDF (``kurssikirja.pdf``, tulostettu kirjan yhden sivun
versiosta, joten sivunumerot juoksevat ja linkit toimivat PDF:n sisällä), ja jokaisesta
oppitunnista, harjoituksesta, mallivastauksesta ja oppaan sivusta tulee lisäksi oma PDF.
Verkkopyynnöt estetään tulostettaessa: jos sivu yrittää hakea jotain verkosta, komento
pysähtyy virheeseen.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
from pathlib import Path

JUURI = Path(__file__).resolve().parents[1]
ASETUKSET = JUURI / "kirja"
KOHDE = JUURI / "build" / "kirja"
# Debianin ja Ubuntun Chromium; muualla polun voi antaa muuttujalla KIRJA_CHROMIUM.
CHROMIUM = os.environ.get("KIRJA_CHROMIUM", "/usr/bin/chromium")
OSAT = {"notebooks": "Oppitunnit", "exercises": "Harjoitukset", "solutions": "Mallivastaukset",
        "opettajalle": "Opettajan opas"}
# Chromium ilman verkkoa ja taustapalveluja (ks. tests/selain.py).
SELAIMEN_LIPUT = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
# Teeman käyttöliittymätekstit, joita sen suomennos ei kata (tai kattaa merkeillä < ja >).
SUOMENNOKSET = {
    ">Skip to main content<": ">Siirry sisältöön<",
    "</i>Back to top</button>": "</i>Takaisin ylös</button>",
    'placeholder="Search..."': 'placeholder="Etsi…"',
    'aria-label="Search..."': 'aria-label="Etsi"',
    'title="Link to this heading"': 'title="Linkki tähän otsikkoon"',
    'title="Toggle primary sidebar"': 'title="Näytä tai piilota valikko"',
    'title="Toggle secondary sidebar"': 'title="Näytä tai piilota sisällys"',
    'aria-label="Site navigation"': 'aria-label="Kirjan sisällys"',
    'aria-label="On this page"': 'aria-label="Tällä sivulla"',
    'aria-label="Main"': 'aria-label="Päävalikko"',
    'aria-label="Page"': 'aria-label="Sivu"',
    'aria-label="Version warning"': 'aria-label="Versiovaroitus"',
    'aria-label="Color mode"': 'aria-label="Väriteema"',
    'title="Color mode"': 'title="Väriteema"',
    ">System Settings<": ">Järjestelmän asetus<",
    'title="System Settings"': 'title="Järjestelmän asetus"',
    ">Light<": ">Vaalea<", 'title="Light"': 'title="Vaalea"',
    ">Dark<": ">Tumma<", 'title="Dark"': 'title="Tumma"',
    'title="previous page"': 'title="edellinen sivu"',
    'title="next page"': 'title="seuraava sivu"',
    '<p class="prev-next-subtitle"><</p>': '<p class="prev-next-subtitle">Edellinen</p>',
    '<p class="prev-next-subtitle">></p>': '<p class="prev-next-subtitle">Seuraava</p>',
}
_TOCTREE = re.compile(r"```\{toctree\}\n:caption: (?P<otsikko>[^\n]+)\n.*?```\n*", re.DOTALL)


def _poista_linkit(teksti: str, kansiot: list[str]) -> str:
    """Linkit pois jätettyihin osiin pelkäksi tekstiksi: ``[ratkaisut](../solutions/x)`` → ``ratkaisut``.

    >>> _poista_linkit("Katso [mallivastaukset](../solutions/ratkaisut_01.ipynb).", ["solutions"])
    'Katso mallivastaukset.'
    """
    for kansio in kansiot:
        teksti = re.sub(r"\[([^\]\n]+)\]\((?:\.\./)*" + kansio + r"/[^)\s]+\)", r"\1", teksti)
    return teksti


# Kirjassa ei ole ydintä: widgetit (vastauskentät, Tarkista, säätimet) eivät näy. Harjoituksista
# ja mallivastauksista jätetään pois widgettien koodisolut, oppitunneille lisätään huomautus.
HARJOITUSHUOMAUTUS = (
    ":::{note}\nKirjassa näkyvät tehtävien tekstit oletusluvuilla. Vastauskentät, "
    "**Tarkista**-painikkeet, vihjeet ja omat lukusi ovat muistiossa: avaa "
    "`exercises/{nimi}` JupyterLabissa, aja sen solut ja kirjoita nimesi tai "
    "opiskelijanumerosi.\n:::")
KOKEILUHUOMAUTUS = ("*Kirjassa tämän solun säätimet ja painikkeet eivät näy. Ne toimivat, kun "
                    "ajat muistion JupyterLabissa.*")


def _vaihtoehdot(koodi: str) -> str:
    """Valintatehtävän vaihtoehdot tekstinä, jos solu on tehtäväruutu ``harjoitus("07_3")``.

    Tehtäväruutu näyttää vaihtoehdot vain JupyterLabissa; kirjaan ne kirjoitetaan
    oletusmuunnelmasta, jolla tehtävän teksti on tallennettu.

    >>> print(_vaihtoehdot('harjoitus("01_4")'))
    Vaihtoehdot (JupyterLabissa valitset yhden):
    <BLANKLINE>
    - tuote
    ...
    >>> _vaihtoehdot('harjoitus("03_1")')
    ''
    """
    osuma = re.fullmatch(r'\s*harjoitus\("(\d\d_\d)"\)\s*', koodi)
    if not osuma:
        return ""
    from asiakkuus import tehtavat

    tehtava = tehtavat.tehtava(osuma[1])
    if not tehtava.valinta:
        return ""
    return "Vaihtoehdot (JupyterLabissa valitset yhden):\n\n" + "\n".join(
        f"- {vaihtoehto}" for vaihtoehto in tehtava.vaihtoehdot)


def _muokkaa_muistio(teksti: str, kansio: str, nimi: str, pois: list[str]) -> str:
    """Muistio kirjaa varten: widgettisolut pois tai huomautus, linkit poistettuihin osiin tekstiksi."""
    import nbformat

    nb = nbformat.reads(teksti, as_version=4)
    solut = []
    for solu in nb.cells:
        if solu.cell_type == "markdown":
            solu.source = _poista_linkit(solu.source, pois)
        for tuloste in solu.get("outputs", []):
            if "text/markdown" in tuloste.get("data", {}):  # esimerkiksi sanaston taulukot
                tuloste["data"]["text/markdown"] = _poista_linkit(
                    tuloste["data"]["text/markdown"], pois)
        tagit = set(solu.metadata.get("tags", []))
        widgetti = solu.cell_type == "code" and "nbval-ignore-output" in tagit \
            and not solu.get("outputs")
        if solu.cell_type == "code" and kansio in ("exercises", "solutions"):
            vaihtoehdot = _vaihtoehdot(solu.source)
            if vaihtoehdot:
                solut.append(nbformat.v4.new_markdown_cell(vaihtoehdot))
        if kansio == "exercises" and solu.cell_type == "code":
            continue  # harjoituksen koodi on vain tehtäväruutuja ja laskupapereita
        if kansio == "solutions" and solu.cell_type == "code" and (
                widgetti or tagit & {"tuonti", "nimi"}):
            continue
        solut.append(solu)
        if kansio == "notebooks" and widgetti:
            solut.append(nbformat.v4.new_markdown_cell(KOKEILUHUOMAUTUS))
    if kansio == "exercises":
        solut.insert(1, nbformat.v4.new_markdown_cell(HARJOITUSHUOMAUTUS.replace("{nimi}", nimi)))
    for numero, solu in enumerate(solut):
        solu.id = f"kirja-{numero:03d}"
    nb.cells = solut
    return nbformat.writes(nb)


def kokoa_lahde(lahde: Path, ratkaisut: bool = True, opas: bool = True) -> list[str]:
    """Kokoa kirjan lähdekansio; palauttaa kirjaan otetut kansiot."""
    if lahde.exists():
        shutil.rmtree(lahde)
    lahde.mkdir(parents=True)
    kansiot = ["notebooks", "exercises"] + (["solutions"] if ratkaisut else []) \
        + (["opettajalle"] if opas else [])
    pois = [k for k in OSAT if k not in kansiot]
    pois_otsikot = {OSAT[k] for k in pois}
    etusivu = (ASETUKSET / "index.md").read_text(encoding="utf-8")
    etusivu = _TOCTREE.sub(lambda m: "" if m["otsikko"] in pois_otsikot else m[0], etusivu)
    (lahde / "index.md").write_text(etusivu, encoding="utf-8")
    for kansio in kansiot:
        (lahde / kansio).mkdir()
        paate = "*.md" if kansio == "opettajalle" else "*.ipynb"  # README:t jäävät pois
        for tiedosto in sorted((JUURI / kansio).glob(paate)):
            teksti = tiedosto.read_text(encoding="utf-8")
            if tiedosto.suffix == ".ipynb":
                teksti = _muokkaa_muistio(teksti, kansio, tiedosto.name, pois)
            else:
                teksti = _poista_linkit(teksti, pois)
            (lahde / kansio / tiedosto.name).write_text(teksti, encoding="utf-8")
    return kansiot


def rakenna(kohde: Path = KOHDE, ratkaisut: bool = True, opas: bool = True,
            yksi_sivu: bool = False, hiljaa: bool = True) -> Path:
    """Rakenna HTML-kirja varoitukset virheinä; palauttaa kansion, jossa on index.html.

    ``yksi_sivu`` tekee lisäksi koko kirjan yhdeksi sivuksi (``kohde/yksi``, PDF:ää varten);
    se käyttää samaa luettua lähdettä, joten se maksaa vain kirjoittamisen.
    """
    from sphinx.cmd.build import build_main

    lahde = kohde / "lahde"
    kokoa_lahde(lahde, ratkaisut, opas)
    rakennelmat = [("html", kohde / "html")] + ([("singlehtml", kohde / "yksi")] if yksi_sivu else [])
    for rakentaja, ulos in rakennelmat:
        if ulos.exists():
            shutil.rmtree(ulos)
        argumentit = ["-b", rakentaja, "-W", "--keep-going", "-c", str(ASETUKSET),
                      "-d", str(kohde / "doctrees"), str(lahde), str(ulos)]
        if hiljaa:
            argumentit.insert(0, "-q")
        if build_main(argumentit) != 0:
            raise SystemExit("Kirjan rakentaminen epäonnistui: katso varoitukset yllä.")
        suomenna(ulos)
    return kohde / "html"


def suomenna(html: Path) -> None:
    """Teeman englanninkieliset käyttöliittymätekstit suomeksi kaikilla sivuilla."""
    for sivu in html.rglob("*.html"):
        teksti = alku = sivu.read_text(encoding="utf-8")
        for englanniksi, suomeksi in SUOMENNOKSET.items():
            teksti = teksti.replace(englanniksi, suomeksi)
        if teksti != alku:
            sivu.write_text(teksti, encoding="utf-8")


def sivut(html: Path) -> list[Path]:
    """Kirjan sisältösivut lukujärjestyksessä (oppitunnit, harjoitukset, …, opas)."""
    return [html / "index.html"] + [p for kansio in OSAT
                                    for p in sorted((html / kansio).glob("*.html"))]


def selain(profiili: Path):
    """Playwrightin Chromium-konteksti, joka ei päästä yhtään pyyntöä kirjan ulkopuolelle.

    Palauttaa (playwright, konteksti, estetyt), jossa ``estetyt`` kerää jokaisen estetyn
    osoitteen. Sulje lopuksi: ``konteksti.close(); playwright.stop()``.
    """
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        konteksti = pw.chromium.launch_persistent_context(
            str(profiili), executable_path=CHROMIUM if os.path.exists(CHROMIUM) else None,
            headless=True, args=SELAIMEN_LIPUT)
    except Exception as virhe:  # noqa: BLE001 – selain puuttuu: suomenkielinen ohje
        pw.stop()
        raise SystemExit(f"Chromiumia ei voitu käynnistää ({CHROMIUM}). Asenna se (Debian ja "
                         "Ubuntu: apt-get install chromium) tai anna sen polku muuttujalla "
                         "KIRJA_CHROMIUM. HTML-kirja on jo valmis: sen sivut voi tulostaa "
                         f"PDF:ksi myös selaimen omalla tulostustoiminnolla. ({virhe})") from None
    estetyt: list[str] = []

    def reititys(reitti):
        osoite = reitti.request.url
        if osoite.startswith(("file:", "data:", "blob:", "about:")):
            reitti.continue_()
        else:
            estetyt.append(osoite)
            reitti.abort()

    konteksti.route("**/*", reititys)
    return pw, konteksti, estetyt


def tulosta_pdf(sivu, html_tiedosto: Path, pdf: Path) -> None:
    """Tulosta yksi HTML-sivu A4-PDF:ksi (tulostustyylit kirja/_static/kirja.css)."""
    sivu.goto(html_tiedosto.as_uri(), wait_until="load")
    sivu.emulate_media(media="print")
    pdf.parent.mkdir(parents=True, exist_ok=True)
    sivu.pdf(path=str(pdf), format="A4", print_background=True, prefer_css_page_size=True,
             display_header_footer=True, header_template="<span></span>",
             footer_template=('<div style="font-size:8pt;width:100%;text-align:center;'
                              'color:#555"><span class="pageNumber"></span> / '
                              '<span class="totalPages"></span></div>'),
             margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"})


def tee_pdf(html: Path, kokonainen: Path | None, kohde: Path,
            vain: list[str] | None = None) -> list[Path]:
    """Tulosta PDF:t: koko kirja (``kokonainen``: yhden sivun HTML) ja jokainen sivu erikseen.

    ``vain`` rajaa erilliset sivut nimen alun mukaan (esimerkiksi ``["03_"]``). Palauttaa
    tehdyt tiedostot; jos jokin sivu yritti hakea jotain verkosta, pysähtyy virheeseen.
    """
    kohde.mkdir(parents=True, exist_ok=True)
    tehdyt = []
    pw, konteksti, estetyt = selain(kohde / ".profiili")
    try:
        sivu = konteksti.new_page()
        if kokonainen is not None:
            tulosta_pdf(sivu, kokonainen / "index.html", kohde / "kurssikirja.pdf")
            tehdyt.append(kohde / "kurssikirja.pdf")
        for html_tiedosto in sivut(html)[1:]:
            if vain is not None and not any(html_tiedosto.stem.startswith(v) for v in vain):
                continue
            etuliite = "opas_" if html_tiedosto.parent.name == "opettajalle" else ""
            pdf = kohde / f"{etuliite}{html_tiedosto.stem}.pdf"
            tulosta_pdf(sivu, html_tiedosto, pdf)
            tehdyt.append(pdf)
    finally:
        konteksti.close()
        pw.stop()
        shutil.rmtree(kohde / ".profiili", ignore_errors=True)
    if estetyt:
        raise SystemExit("Kirja yritti hakea verkosta: " + ", ".join(sorted(set(estetyt))))
    return tehdyt


def main(argv: list[str] | None = None) -> int:
    jasennin = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    jasennin.add_argument("--pdf", action="store_true", help="tee myös PDF:t (Chromium)")
    jasennin.add_argument("--ilman-ratkaisuja", action="store_true",
                          help="jätä mallivastaukset pois (opiskelijoille jaettava kirja)")
    jasennin.add_argument("--ilman-opasta", action="store_true",
                          help="jätä opettajan opas pois")
    jasennin.add_argument("--kohde", type=Path, default=KOHDE,
                          help="mihin kirja tehdään (oletus build/kirja)")
    valinnat = jasennin.parse_args(argv)
    alku = time.perf_counter()
    html = rakenna(valinnat.kohde, not valinnat.ilman_ratkaisuja, not valinnat.ilman_opasta,
                   yksi_sivu=valinnat.pdf)
    print(f"HTML: {html / 'index.html'} ({time.perf_counter() - alku:.1f} s)")
    if valinnat.pdf:
        pdft = tee_pdf(html, valinnat.kohde / "yksi", valinnat.kohde / "pdf")
        print(f"PDF: {pdft[0]} ja {len(pdft) - 1} muuta PDF:ää kansiossa {pdft[0].parent} "
              f"({time.perf_counter() - alku:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
