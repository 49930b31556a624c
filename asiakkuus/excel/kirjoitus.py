"""Työkirjojen kirjoittamisen yhteiset osat: tyylit, ohjevälilehti ja turvallinen tallennus.

Pohja (``pohja``) ja vienti (``vienti``) käyttävät näitä. Tallennus kirjoittaa ensin
väliaikaiseen tiedostoon samaan kansioon ja nimeää sen sitten lopulliseksi
(``os.replace``), joten keskeytynyt kirjoitus ei jätä puolikasta tiedostoa.
"""

from __future__ import annotations

import math
import os
import secrets
import stat
from pathlib import Path

import pandas as pd
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..argumentit import kuvaile
from ..virheet import AsiakkuusVirhe, virhe
from .sarakkeet import os_syy

_OTSIKKOTAYTTO = PatternFill(fill_type="solid", start_color="1F4E78", end_color="1F4E78")
_OTSIKKOFONTTI = Font(bold=True, color="FFFFFF")
_SYOTETAYTTO = PatternFill(fill_type="solid", start_color="FFF2CC", end_color="FFF2CC")
_LASKETTU = PatternFill(fill_type="solid", start_color="F2F2F2", end_color="F2F2F2")
_AVAINTAYTTO = PatternFill(fill_type="solid", start_color="F8CBAD", end_color="F8CBAD")
_VAROITUSTAYTTO = PatternFill(fill_type="solid", start_color="FF9999", end_color="FF9999")
_OHUT = Side(style="thin", color="808080")
_REUNA = Border(left=_OHUT, right=_OHUT, top=_OHUT, bottom=_OHUT)


def _otsikkorivi(ws, rivi: int, otsikot: list[str], leveydet: list[float]) -> None:
    for sarake, (otsikko, leveys) in enumerate(zip(otsikot, leveydet), start=1):
        solu = ws.cell(rivi, sarake, otsikko)
        solu.fill = _OTSIKKOTAYTTO
        solu.font = _OTSIKKOFONTTI
        solu.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        solu.border = _REUNA
        ws.column_dimensions[get_column_letter(sarake)].width = leveys
    ws.row_dimensions[rivi].height = 45


def _teksti(ws, rivi: int, sarake: int, arvo):
    """Kirjoita arvo soluun; '='-alkuinen teksti pysyy tekstinä eikä muutu kaavaksi."""
    solu = ws.cell(rivi, sarake, arvo)
    if isinstance(arvo, str) and solu.data_type == "f":
        solu.data_type = "s"   # muuten nimi "=HYPERLINK(...)" olisi Excelissä kaava
    return solu


def _korkeus(teksti: str, leveys: float) -> float:
    """Rivin korkeus rivitetylle tekstille: taulukko-ohjelma ei aina laske sitä itse."""
    rivit = sum(max(1, math.ceil(len(osa) / max(leveys * 0.95, 1)))
                for osa in str(teksti).split("\n"))
    return 15.0 * rivit + 2


def _ohjeet(ws, otsikko: str, kappaleet: list[str], taulukko: pd.DataFrame | None = None):
    leveydet = [30, 11, 80, 16] if taulukko is not None else [95]
    for sarake, leveys in enumerate(leveydet, start=1):
        ws.column_dimensions[get_column_letter(sarake)].width = leveys
    ws["A1"] = otsikko
    ws["A1"].font = Font(bold=True, size=16)
    viimeinen = get_column_letter(len(leveydet))
    rivi = 3
    for kappale in kappaleet:
        solu = ws.cell(rivi, 1, kappale)
        solu.alignment = Alignment(wrap_text=True, vertical="top")
        if kappale.endswith(":"):
            solu.font = Font(bold=True)
        if len(leveydet) > 1:   # ohjeteksti koko taulukon levyiseksi
            ws.merge_cells(f"A{rivi}:{viimeinen}{rivi}")
        ws.row_dimensions[rivi].height = _korkeus(kappale, sum(leveydet))
        rivi += 1
    if taulukko is not None:
        rivi += 1
        _otsikkorivi(ws, rivi, list(taulukko.columns), leveydet)
        ws.row_dimensions[rivi].height = 20
        for arvot in taulukko.itertuples(index=False):
            rivi += 1
            for sarake, arvo in enumerate(arvot, start=1):
                solu = _teksti(ws, rivi, sarake, arvo)
                solu.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[rivi].height = max(_korkeus(a, l) for a, l in zip(arvot, leveydet))
    _vaakatuloste(ws)
    return ws



def _vaakatuloste(ws) -> None:
    # Tulostettaessa koko leveys yhdelle vaakasivulle.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True



# Väliaikaisen tiedoston nimi on lyhyt ja kiinteän mittainen: pitkäkin kohdenimi mahtuu.
_PISIN_NIMI = 200   # tavua; useimmat tiedostojärjestelmät sallivat 255


def _tarkista_kohde(polku, korvaa, funktio: str = "vie_exceliin",
                    paate: str = ".xlsx") -> Path:
    """Kirjoitettavan tiedoston polku: pääte, kansio on olemassa, nimi ei liian pitkä eikä
    rikkinäinen, ja olemassa oleva kohde on tavallinen tiedosto, jonka saa korvata."""
    esimerkki = {".csv": "esimerkki.csv"}.get(paate, "asiakaspohja.xlsx" if funktio == "tee_pohja"
                                             else "portfolio.xlsx")
    if isinstance(polku, pd.DataFrame):
        raise virhe("excel_vaihdetut", funktio=funktio,
                    kaytto=f"{funktio}('omat_tiedostot/portfolio.xlsx', asiakkaat)")
    if not isinstance(polku, (str, os.PathLike)) or isinstance(polku, bytes) or polku == "":
        raise virhe("excel_ei_polku", funktio=funktio, esimerkki=esimerkki,
                    saatu=kuvaile(polku), lisa="")
    if not isinstance(korvaa, bool):
        raise virhe("excel_totuusarvo_arg", funktio=funktio, nimi="korvaa",
                    saatu=kuvaile(korvaa))
    from .lukeminen import _tarkista_polun_merkit   # lukeminen ei tuo tätä tiedostoa
    polku = _tarkista_polun_merkit(polku, funktio, esimerkki)
    try:
        if polku.is_dir():
            raise virhe("excel_kohde_kansio", polku=polku, esimerkki=esimerkki)
    except OSError:
        pass   # esimerkiksi linkkisilmukka: kansion tarkistus alla kertoo syyn
    if polku.suffix.lower() != paate:
        raise virhe("excel_ei_xlsx" if paate == ".xlsx" else "excel_ei_csv", nimi=polku.name)
    pituus = len(os.fsencode(polku.name))
    if pituus > _PISIN_NIMI:
        raise virhe("excel_nimi_liian_pitka", nimi=polku.name[:40] + "…", pituus=pituus,
                    raja=_PISIN_NIMI)
    try:
        if not polku.parent.is_dir():
            raise virhe("excel_ei_kansiota", kansio=polku.parent)
        try:
            tila = polku.stat().st_mode
        except FileNotFoundError:
            tila = None
        if tila is not None and not stat.S_ISREG(tila):
            laji = ("nimetty putki (FIFO)" if stat.S_ISFIFO(tila) else
                    "laite" if stat.S_ISCHR(tila) or stat.S_ISBLK(tila) else
                    "pistoke (socket)" if stat.S_ISSOCK(tila) else "erikoistiedosto")
            raise virhe("excel_kohde_ei_tavallinen", polku=polku, laji=laji)
        if tila is not None and not korvaa:
            raise virhe("excel_on_jo", polku=polku)
    except OSError as syy:
        raise virhe("excel_kirjoitus", polku=polku, syy=os_syy(syy)) from None
    return polku


def _poista_hiljaa(polku: Path) -> None:
    try:
        polku.unlink(missing_ok=True)
    except OSError:   # siivous ei saa peittää alkuperäistä virhettä
        pass


def _tallenna(wb, polku: Path, korvaa: bool) -> Path:
    """Tallenna ensin väliaikaiseen tiedostoon samaan kansioon ja nimeä se sitten.

    ``wb`` on openpyxl-työkirja tai valmiit tavut (esimerkki-CSV)."""
    tilapainen = polku.with_name(f".~vienti.{secrets.token_hex(4)}.tmp")
    try:
        # Uusi tiedosto tavallisin oikeuksin (umask), O_EXCL: ei koskaan jonkun toisen päälle.
        kahva = os.open(tilapainen, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                        | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(kahva, "wb") as tiedosto:
            if isinstance(wb, bytes):
                tiedosto.write(wb)
            else:
                wb.save(tiedosto)
            tiedosto.flush()
            os.fsync(tiedosto.fileno())
        if polku.exists() and not korvaa:   # joku ehti tehdä tiedoston sillä välin
            raise virhe("excel_on_jo", polku=polku)
        os.replace(tilapainen, polku)
    except AsiakkuusVirhe:
        _poista_hiljaa(tilapainen)
        raise
    except OSError as syy:
        _poista_hiljaa(tilapainen)
        raise virhe("excel_kirjoitus", polku=polku, syy=os_syy(syy)) from None
    except BaseException:
        _poista_hiljaa(tilapainen)
        raise
    return polku
