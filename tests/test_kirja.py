"""The course book (tyokalut/kirja.py): one HTML build shared by every test in this file.

The build runs Sphinx with warnings as errors on the stored notebooks (nothing is executed).
Checked: every lesson, exercise, solution and guide page exists with lang="fi" and the Finnish
search stemmer; the links between lessons, exercises and solutions resolve to pages and
anchors of the book; no page asks for anything outside the book (parsed from the HTML, and
in Chromium with every non-file request blocked); formulas are MathML; one lesson prints to
a PDF whose first page renders to a PNG. Leaving the solutions out turns their links into text.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tomllib
from html import escape as html_escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from selain import selain_tai_ohita

JUURI = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("kirja", JUURI / "tyokalut" / "kirja.py")
kirja = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kirja)

# Sphinx 9 warns about APIs that the theme and MyST still use; that is their business, not ours.
pytestmark = pytest.mark.filterwarnings("ignore:.*Check CHANGES for Sphinx API modifications")

OSAT = {"notebooks": "*.ipynb", "exercises": "*.ipynb", "solutions": "*.ipynb",
        "opettajalle": "*.md"}
ULKOINEN = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    """The whole book, built once (about 6 s on one core)."""
    return kirja.rakenna(tmp_path_factory.mktemp("kirja"))


class _Sivu(HTMLParser):
    """Collects (tag, attribute, value) for every URL-like attribute, ids and the html lang."""

    def __init__(self):
        super().__init__()
        self.osoitteet: list[tuple[str, str, str]] = []
        self.idt: set[str] = set()
        self.kieli: str | None = None

    def handle_starttag(self, tag, attrs):
        for nimi, arvo in attrs:
            if arvo is None:
                continue
            if nimi == "id":
                self.idt.add(arvo)
            if tag == "html" and nimi == "lang":
                self.kieli = arvo
            if nimi in ("src", "href", "data", "poster", "action"):
                self.osoitteet.append((tag, nimi, arvo))
            if nimi == "srcset":
                self.osoitteet += [(tag, nimi, osa.split()[0]) for osa in arvo.split(",") if osa.strip()]


def _lue(polku: Path) -> _Sivu:
    sivu = _Sivu()
    sivu.feed(polku.read_text(encoding="utf-8"))
    return sivu


def _html_sivut(html: Path) -> list[Path]:
    return sorted(p for p in html.rglob("*.html") if "_static" not in p.parts)


def test_every_part_is_in_the_book_in_finnish(html):
    for kansio, kuvio in OSAT.items():
        for lahde in sorted((JUURI / kansio).glob(kuvio)):
            assert (html / kansio / f"{lahde.stem}.html").is_file(), lahde
    for sivu in _html_sivut(html):
        assert _lue(sivu).kieli == "fi", sivu
        teksti = sivu.read_text(encoding="utf-8")
        for englanniksi in (*kirja.SUOMENNOKSET, "Search Results", "Table of Contents"):
            assert englanniksi not in teksti, (sivu.relative_to(html), englanniksi)
    asetukset = (html / "_static" / "documentation_options.js").read_text(encoding="utf-8")
    assert "LANGUAGE: 'fi'" in asetukset
    assert "FinnishStemmer" in (html / "_static" / "language_data.js").read_text(encoding="utf-8")


def test_nothing_is_requested_from_outside_the_book(html):
    for sivu in _html_sivut(html):
        for tag, nimi, arvo in _lue(sivu).osoitteet:
            if ULKOINEN.match(arvo) and not arvo.startswith(("data:", "mailto:")):
                # A plain link to cite a source is fine; scripts, styles, fonts, images are not.
                assert tag == "a" and nimi == "href", (sivu.relative_to(html), tag, arvo)
    for tyyli in (html / "_static").rglob("*.css"):
        teksti = tyyli.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", teksti), tyyli
        assert not re.search(r"@import\s+(?:url\()?['\"]?(?:https?:)?//", teksti), tyyli


def test_links_between_lessons_exercises_and_solutions_resolve(html):
    linkkeja = 0
    idt = {}
    for sivu in _html_sivut(html):
        for tag, nimi, arvo in _lue(sivu).osoitteet:
            if tag != "a" or nimi != "href" or ULKOINEN.match(arvo) or arvo.startswith("mailto:"):
                continue
            osat = urlsplit(arvo)
            kohde = (sivu.parent / unquote(osat.path)).resolve() if osat.path else sivu
            assert kohde.is_file(), (sivu.relative_to(html), arvo)
            assert ".ipynb" not in arvo and not arvo.endswith(".md"), (sivu.relative_to(html), arvo)
            if osat.fragment and kohde.suffix == ".html":
                if kohde not in idt:
                    idt[kohde] = _lue(kohde).idt
                assert osat.fragment in idt[kohde], (sivu.relative_to(html), arvo)
            linkkeja += 1
    assert linkkeja > 500
    for nimi in ("03_asiakkuuden_kate", "05_arvon_mittarit"):
        oppitunti = (html / "notebooks" / f"{nimi}.html").read_text(encoding="utf-8")
        assert f'href="../exercises/harjoitukset_{nimi}.html"' in oppitunti
        assert f'href="../solutions/ratkaisut_{nimi}.html"' in oppitunti
    harjoitus = (html / "exercises" / "harjoitukset_03_asiakkuuden_kate.html").read_text(encoding="utf-8")
    assert 'href="../notebooks/03_asiakkuuden_kate.html"' in harjoitus
    assert 'href="../solutions/ratkaisut_03_asiakkuuden_kate.html"' in harjoitus


def test_exercises_show_texts_and_say_where_the_answer_boxes_are(html):
    harjoitus = (html / "exercises" / "harjoitukset_03_asiakkuuden_kate.html").read_text(encoding="utf-8")
    assert "Tehtävä 3.1: Asiakkuuden kate" in harjoitus and "Laske asiakkuuden kate euroina" in harjoitus
    assert "JupyterLabissa" in harjoitus
    assert 'harjoitus("03_1")' not in harjoitus and "cell_input" not in harjoitus
    from asiakkuus import tehtavat

    seitseman = (html / "exercises" / "harjoitukset_07_kohtaaminen_ja_suunnitelma.html").read_text(
        encoding="utf-8")
    for vaihtoehto in tehtavat.tehtava("07_3").vaihtoehdot:  # the choices show on paper too
        assert html_escape(vaihtoehto, quote=False) in seitseman, vaihtoehto
    oppitunti = (html / "notebooks" / "03_asiakkuuden_kate.html").read_text(encoding="utf-8")
    assert "kateketjulaskuri" in oppitunti and "säätimet ja painikkeet eivät näy" in oppitunti
    assert oppitunti.count("<img") >= 3  # the stored figures
    sanasto = (html / "notebooks" / "08_sanasto.html").read_text(encoding="utf-8")
    assert "| Termi |" not in sanasto and sanasto.count("<table") >= 8  # printed Markdown tables
    mittarit = (html / "notebooks" / "05_arvon_mittarit.html").read_text(encoding="utf-8")
    assert mittarit.count("<math") >= 3 and "mathjax" not in mittarit.lower().replace(
        "mathjax_ignore", "")


def test_leaving_out_solutions_and_guide_turns_their_links_into_text(tmp_path):
    kansiot = kirja.kokoa_lahde(tmp_path, ratkaisut=False, opas=False)
    assert kansiot == ["notebooks", "exercises"]
    etusivu = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert ":caption: Oppitunnit" in etusivu and ":caption: Mallivastaukset" not in etusivu
    assert ":caption: Opettajan opas" not in etusivu and "solutions/" not in etusivu
    for muistio in tmp_path.rglob("*.ipynb"):
        teksti = muistio.read_text(encoding="utf-8")
        assert "../solutions/" not in teksti, muistio
    assert "Mallivastaukset: ratkaisut_03_asiakkuuden_kate.ipynb" in (
        tmp_path / "notebooks" / "03_asiakkuuden_kate.ipynb").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def selain(tmp_path_factory):
    selain_tai_ohita()
    pw, konteksti, estetyt = kirja.selain(tmp_path_factory.mktemp("profiili"))
    try:
        yield konteksti, estetyt
    finally:
        konteksti.close()
        pw.stop()


def test_pages_load_in_chromium_without_any_outside_request(html, selain):
    konteksti, estetyt = selain
    sivu = konteksti.new_page()
    sivu.set_viewport_size({"width": 1280, "height": 720})
    for polku in ["index.html", "notebooks/03_asiakkuuden_kate.html",
                  "exercises/harjoitukset_07_kohtaaminen_ja_suunnitelma.html",
                  "opettajalle/oppitunnit.html", "search.html"]:
        sivu.goto((html / polku).as_uri(), wait_until="load")
        kuvat = sivu.eval_on_selector_all("img", "k => k.map(i => i.complete && i.naturalWidth)")
        assert all(kuvat), (polku, kuvat)
    assert sivu.evaluate("document.documentElement.lang") == "fi"
    sivu.goto((html / "notebooks/05_arvon_mittarit.html").as_uri(), wait_until="load")
    korkeus = sivu.eval_on_selector("math[display=block]", "m => m.getBoundingClientRect().height")
    assert korkeus > 20  # rendered as a formula (a fraction), not as a line of raw text
    sivu.close()
    assert not estetyt, estetyt


def test_one_lesson_prints_to_a_pdf_with_readable_pages(html, selain, tmp_path):
    if not (shutil.which("pdftoppm") and shutil.which("pdfinfo")):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI needs poppler-utils (pdftoppm, pdfinfo) for the PDF test")
        pytest.skip("poppler-utils not installed (Debian: apt-get install poppler-utils)")
    konteksti, estetyt = selain
    pdf = tmp_path / "03.pdf"
    sivu = konteksti.new_page()
    kirja.tulosta_pdf(sivu, html / "notebooks" / "03_asiakkuuden_kate.html", pdf)
    sivu.close()
    assert not estetyt, estetyt
    tiedot = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    sivuja = int(re.search(r"Pages:\s+(\d+)", tiedot)[1])
    assert 5 <= sivuja <= 40, sivuja
    assert re.search(r"Page size:\s+59[45][.\d]* x 84[12][.\d]* pts \(A4\)", tiedot), tiedot
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf),
                    str(tmp_path / "sivu")], check=True)
    png = next(tmp_path.glob("sivu*.png"))
    leveys, korkeus = int.from_bytes(png.read_bytes()[16:20]), int.from_bytes(png.read_bytes()[20:24])
    assert (leveys, korkeus) == (331, 468) and png.stat().st_size > 10_000
    teksti = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert "3. Asiakkuuden kate" in teksti and "Etsi" not in teksti  # content, no search box


def test_readme_builds_the_book_with_one_command_and_the_extra_is_complete():
    komento = subprocess.run(["bash", str(JUURI / ".ci" / "readme_komento.sh"), "kirja",
                              str(JUURI / "README.md")], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert komento and "\n" not in komento
    assert 'pip install -e ".[kirja]"' in komento and komento.endswith("python tyokalut/kirja.py --pdf")
    tiedot = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    lisat = tiedot["project"]["optional-dependencies"]
    assert set(lisat["kirja"]) <= set(lisat["test"])  # the tests build the book too
    ci = (JUURI / ".ci" / "run").read_text(encoding="utf-8")
    assert "poppler-utils" in ci
