"""Tiedoston lukeminen: tavut levyltä, tiedostolajin tunnistus, työkirja ja CSV.

Tiedosto avataan vain lukemista varten, eikä sitä koskaan muuteta. Tuloksena on
lähteitä (``tulkinta._Lahde``): välilehden tai CSV-tiedoston ei-tyhjät rivit, jotka
``tulkinta`` muuntaa asiakastaulukoksi.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

from ..virheet import AsiakkuusVirhe
from .sarakkeet import (OHJEVALILEHTI, OTSIKKOA_ETSITAAN, SUURIN_PURETTU, SUURIN_RIVIMAARA,
                        SUURIN_SARAKEMAARA, SUURIN_SOLUMAARA, SUURIN_TIEDOSTO, _normalisoi,
                        _virhe)
from .tulkinta import _Kaava, _Lahde, _tulkitse, _tunnistettuja

_TEKSTIPAATTEET = {".csv", ".txt", ".tsv"}
_TYOKIRJAPAATTEET = {".xlsx", ".xlsm"}
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â‚¬|Â[\u00a0-\u00bf]")


def lue_asiakkaat(polku: str | os.PathLike, valilehti: str | None = None) -> pd.DataFrame:
    """Lue omat asiakkaat Excel-työkirjasta (.xlsx) tai CSV-tiedostosta taulukoksi.

    Tulos on yksi asiakas riviä kohden ja sarakkeet ovat kurssin nimiä: ``asiakas_id``,
    ``nimi``, ``tyyppi``, ``asiakas_alkaen`` (päivä tai tyhjä), viisi eurosaraketta
    (``tuotot`` … ``asiakaspalvelun_kustannukset``) ja neljä arviota 1–5
    (``uskollisuus``, ``tuleva_potentiaali``, ``referenssiarvo``, ``oppimisarvo``).
    Taulukon voi antaa suoraan funktioille ``kate.laske_kateketju`` ja ``oma_portfolio``.

    Hyväksytään: desimaalipilkku tai -piste, välilyönti tai sitova välilyönti
    tuhaterottimena, €-merkki, CSV:n erottimena puolipiste, pilkku tai sarkain, merkistönä
    UTF-8 tai Windows-1252, otsikot isoin tai pienin kirjaimin, ylimääräisin välilyönnein ja
    ilman ääkkösiä. Työkirjasta luetaan välilehti *Asiakkaat* (tai ``vie_exceliin``-
    funktion tekemän työkirjan *Portfolio*) tai muuten ainoa välilehti, jolla on
    asiakastaulukko; ``valilehti`` valitsee toisen. Otsikkorivin yläpuolella saa olla
    otsikkotekstiä. Tyhjät rivit ohitetaan, tyhjä kustannussolu on 0 €, tyhjä laji on
    "muu" ja tuntemattomat sarakkeet (esimerkiksi Huomiot) jätetään pois. Tunnus-sarake ei
    ole pakollinen: ilman sitä tunnuksena on asiakkaan nimi. Asiakasrivejä luetaan enintään
    ``SUURIN_RIVIMAARA`` ja tiedoston koko on enintään ``SUURIN_TIEDOSTO`` tavua.

    Tiedostoa ei muuteta. Kaavoja ei lasketa: kaavasolusta luetaan taulukko-ohjelman
    tallentama tulos, ja jos sitä ei ole, lukeminen pysähtyy neuvoon tallentaa tiedosto
    Excelissä tai liittää solut arvoina. Jos tiedostossa on vikaa, tulee yksi
    ``AsiakkuusVirhe``, joka nimeää tiedoston, välilehden, rivin ja sarakkeen ja kertoo,
    miten vian korjaa (ja luettelee muutaman muun korjattavan solun).

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> tiedosto = kansio / "asiakkaat.csv"
    >>> otsikot = ("Asiakas;Tuotot (€);Suorat kustannukset;Myynnin kustannukset;"
    ...     "Markkinoinnin kustannukset;Asiakaspalvelun kustannukset;Uskollisuus;"
    ...     "Tuleva potentiaali;Referenssiarvo;Oppimisarvo\\n")
    >>> _ = tiedosto.write_text(otsikot + "Kahvila Kuksa;1 234,50 €;600;100;0;;4;3;2;1\\n",
    ...                         encoding="utf-8")
    >>> a = lue_asiakkaat(tiedosto)
    >>> print(*a.loc[0, ["asiakas_id", "tuotot", "asiakaspalvelun_kustannukset", "tyyppi"]])
    Kahvila Kuksa 1234.5 0.0 muu
    >>> _ = tiedosto.write_text(otsikot + "Kahvila Kuksa;paljon;600;100;0;;4;3;2;1\\n",
    ...                         encoding="utf-8")
    >>> lue_asiakkaat(tiedosto)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto 'asiakkaat.csv', rivi 2, sarake 'Tuotot (€)': arvo 'paljon' ei ole luku. Kirjoita euromäärä numeroina, esimerkiksi 1234,50 (välilyönnit ja €-merkki sallitaan).
    >>> tiedosto.unlink(); kansio.rmdir()
    """
    polku = Path(polku)
    nimi = polku.name
    data = _lue_tavut(polku)
    paate = polku.suffix.lower()
    on_zip = data[:4] in (b"PK\x03\x04", b"PK\x05\x06")
    on_ole = data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    if on_ole:
        raise _virhe("vanha_xls", nimi=nimi)
    if paate == ".ods":
        raise _virhe("ods", nimi=nimi)
    if paate == ".xls":
        raise _virhe("vanha_xls", nimi=nimi)
    if paate in _TYOKIRJAPAATTEET:
        if not on_zip:
            if _nayttaa_tekstilta(data):
                raise _virhe("csv_xlsx", nimi=nimi, paate=polku.suffix)
            raise _virhe("ei_taulukko", nimi=nimi, laji=_tunnista_laji(data))
        lahteet = _lue_tyokirja(data, nimi, valilehti)
    elif paate in _TEKSTIPAATTEET:
        if on_zip:
            raise _virhe("xlsx_csv", nimi=nimi, paate=polku.suffix)
        lahteet = [_lue_csv(data, nimi)]
    else:
        raise _virhe("tuntematon_paate", nimi=nimi, paate=polku.suffix or "(ei päätettä)")
    return _tulkitse(lahteet, nimi)


def _lue_tavut(polku: Path) -> bytes:
    try:
        tiedot = polku.stat()
    except FileNotFoundError:
        raise _virhe("ei_loydy", polku=polku) from None
    except OSError as syy:
        raise _virhe("ei_luettavissa", nimi=polku.name, syy=type(syy).__name__) from None
    if polku.is_dir():
        raise _virhe("kansio", polku=polku)
    if tiedot.st_size > SUURIN_TIEDOSTO:
        raise _virhe("liian_suuri", nimi=polku.name, koko=_mt(tiedot.st_size),
                     raja=_mt(SUURIN_TIEDOSTO))
    try:
        with open(polku, "rb") as tiedosto:   # vain luku: tiedostoon ei kirjoiteta
            data = tiedosto.read(SUURIN_TIEDOSTO + 1)
    except OSError as syy:
        raise _virhe("ei_luettavissa", nimi=polku.name, syy=type(syy).__name__) from None
    if len(data) > SUURIN_TIEDOSTO:   # tiedosto kasvoi kesken lukemisen
        raise _virhe("liian_suuri", nimi=polku.name, koko=_mt(len(data)),
                     raja=_mt(SUURIN_TIEDOSTO))
    if not data:
        raise _virhe("tyhja_tiedosto", nimi=polku.name)
    return data


def _mt(tavuja: int) -> str:
    return f"{tavuja / 1_000_000:.1f}".replace(".", ",")


def _nayttaa_tekstilta(data: bytes) -> bool:
    alku = data[:4096]
    if b"\x00" in alku:
        return False
    try:
        teksti = alku.decode("utf-8")
    except UnicodeDecodeError:
        teksti = alku.decode("cp1252", errors="replace")
    ohjaus = sum(1 for m in teksti if ord(m) < 32 and m not in "\r\n\t")
    return ohjaus == 0 and any(erotin in teksti for erotin in ";,\t")


def _tunnista_laji(data: bytes) -> str:
    tunnisteet = [(b"%PDF", "PDF-tiedosto"), (b"\x89PNG", "PNG-kuva"),
                  (b"\xff\xd8\xff", "JPEG-kuva"), (b"GIF8", "GIF-kuva"),
                  (b"{\\rtf", "RTF-asiakirja"), (b"<?xml", "XML-tiedosto"),
                  (b"<html", "HTML-sivu"), (b"<!DOCTYPE html", "HTML-sivu")]
    for alku, laji in tunnisteet:
        if data[:len(alku)].lower() == alku.lower():
            return laji
    if _nayttaa_tekstilta(data) or data[:4096].isascii():
        return "tekstiä"
    return "tunnistamatonta binääridataa"


# --- Excel-työkirja --------------------------------------------------------

def _avaa_tyokirja(data: bytes, nimi: str, vain_tulokset: bool):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # openpyxl varoittaa mm. tukemattomista laajennuksista
        try:
            return openpyxl.load_workbook(io.BytesIO(data), read_only=False,
                                          data_only=vain_tulokset, keep_links=False,
                                          keep_vba=False, rich_text=False)
        except Exception as syy:   # openpyxl nostaa monenlaisia virheitä rikkinäisestä XML:stä
            ketju = syy
            while ketju is not None:
                if type(ketju).__module__.startswith("defusedxml"):
                    raise _virhe("xml_pommi", nimi=nimi, osa="(XML)") from None
                ketju = ketju.__cause__ or ketju.__context__
            raise _virhe("vioittunut", nimi=nimi, syy=type(syy).__name__) from None


def _tarkista_paketti(data: bytes, nimi: str) -> None:
    """Zip-paketin tarkistus ennen jäsentämistä: koko purettuna ja vaaralliset XML-osat."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as paketti:
            osat = paketti.infolist()
            purettu = sum(osa.file_size for osa in osat)
            if purettu > SUURIN_PURETTU or len(osat) > 5000:
                raise _virhe("zip_pommi", nimi=nimi, koko=_mt(purettu), raja=_mt(SUURIN_PURETTU))
            nimet = {osa.filename for osa in osat}
            if "xl/workbook.xml" not in nimet:
                laji = "tuntematon zip-paketti"
                if "mimetype" in nimet:
                    tyyppi = paketti.read("mimetype")[:100]
                    if b"opendocument.spreadsheet" in tyyppi:
                        raise _virhe("ods", nimi=nimi)
                    laji = "OpenDocument-tiedosto"
                elif "word/document.xml" in nimet:
                    laji = "Word-asiakirja"
                elif "ppt/presentation.xml" in nimet:
                    laji = "PowerPoint-esitys"
                raise _virhe("ei_tyokirja", nimi=nimi, laji=laji)
            soluja = 0
            for osa in osat:
                if osa.filename.lower().endswith((".xml", ".rels", ".vml")):
                    sisalto = paketti.read(osa)
                    # Excel ei koskaan kirjoita DOCTYPE- tai ENTITY-määrittelyjä.
                    if re.search(rb"<!\s*(DOCTYPE|ENTITY)", sisalto, re.IGNORECASE):
                        raise _virhe("xml_pommi", nimi=nimi, osa=osa.filename)
                    if osa.filename.startswith("xl/worksheets/"):
                        soluja += len(re.findall(rb"<(?:\w+:)?c[\s>]", sisalto))
            if soluja > SUURIN_SOLUMAARA:
                raise _virhe("liikaa_soluja", nimi=nimi, solut=soluja, raja=SUURIN_SOLUMAARA)
    except AsiakkuusVirhe:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            EOFError, OSError, ValueError) as syy:
        raise _virhe("vioittunut", nimi=nimi, syy=type(syy).__name__) from None


def _lue_tyokirja(data: bytes, nimi: str, valilehti: str | None) -> list[_Lahde]:
    _tarkista_paketti(data, nimi)
    wb = _avaa_tyokirja(data, nimi, vain_tulokset=False)
    valilehdet = list(wb.worksheets)
    if valilehti is not None:
        osumat = [ws for ws in valilehdet if _normalisoi(ws.title) == _normalisoi(valilehti)]
        if not osumat:
            raise _virhe("ei_valilehtea", nimi=nimi, valilehti=valilehti,
                         valilehdet=", ".join(f"'{ws.title}'" for ws in valilehdet))
        valitut = osumat[:1]
    else:
        # Pohjan välilehti Asiakkaat tai vientityökirjan Portfolio (sen voi lukea takaisin).
        nimetty = [ws for ws in valilehdet if _normalisoi(ws.title) in ("asiakkaat", "portfolio")]
        valitut = nimetty[:1] or [ws for ws in valilehdet
                                  if _normalisoi(ws.title) != _normalisoi(OHJEVALILEHTI)]
        valitut = valitut or valilehdet

    tulokset = {}

    def tallennettu_tulos(valilehden_nimi: str, solu: str):
        # Toinen avaus vain, jos kaavoja todella tarvitaan: tallennetut tulokset.
        if "wb" not in tulokset:
            tulokset["wb"] = _avaa_tyokirja(data, nimi, vain_tulokset=True)
        kohde = tulokset["wb"][valilehden_nimi][solu]
        return kohde.value, kohde.data_type

    return [_lue_valilehti(ws, nimi, tallennettu_tulos) for ws in valitut]


def _lue_valilehti(ws, nimi: str, tallennettu_tulos) -> _Lahde:
    if ws.max_row > SUURIN_RIVIMAARA + 200 or ws.max_column > SUURIN_SARAKEMAARA:
        raise _virhe("liian_laaja", nimi=nimi, valilehti=ws.title, rivit=ws.max_row,
                     sarakkeet=ws.max_column, raja_rivit=SUURIN_RIVIMAARA + 200,
                     raja_sarakkeet=SUURIN_SARAKEMAARA)
    rivit = []
    for solut in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        arvot = []
        for solu in solut:
            arvo = solu.value
            if solu.data_type == "f":
                arvo = _Kaava(str(getattr(arvo, "text", arvo)), solu.coordinate)
            elif isinstance(arvo, (int, float)) and not isinstance(arvo, bool) \
                    and "%" in str(solu.number_format):
                # Prosentiksi muotoiltu solu (0,12 näkyy 12 %): ei hiljaa 0,12 euroa.
                arvo = f"{arvo * 100:g} %"
            arvot.append(arvo)
        if any(a is not None and not (isinstance(a, str) and not a.strip()) for a in arvot):
            rivit.append((solut[0].row, arvot))
    yhdistetyt = [(a.min_row, a.min_col, a.max_row, a.max_col, a.coord)
                  for a in ws.merged_cells.ranges]
    lahde = _Lahde(nimi, ws.title, rivit, yhdistetyt)
    lahde.tulokset = lambda solu: tallennettu_tulos(ws.title, solu)
    return lahde


# --- CSV -------------------------------------------------------------------

def _pura_teksti(data: bytes, nimi: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as syy:
            raise _virhe("merkisto", nimi=nimi, tavu=f"0x{data[syy.start]:02X}",
                         kohta=syy.start) from None
    nolla = data.find(b"\x00")
    if nolla >= 0:
        raise _virhe("binaari", nimi=nimi, tavu="0x00", kohta=f"kohdassa {nolla}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as syy:
        raise _virhe("merkisto", nimi=nimi, tavu=f"0x{data[syy.start]:02X}",
                     kohta=syy.start) from None


def _csv_rivit(teksti: str, erotin: str, nimi: str, enintaan: int | None = None):
    rivit = []
    lukija = csv.reader(io.StringIO(teksti, newline=""), delimiter=erotin)
    numero = 0
    try:
        for arvot in lukija:
            numero += 1
            if enintaan is not None and numero > enintaan:
                break
            arvot = [a.strip() or None for a in arvot]
            if any(a is not None for a in arvot):
                rivit.append((numero, arvot))
            if len(rivit) > SUURIN_RIVIMAARA + 200:
                break
    except csv.Error as syy:
        raise _virhe("csv_rikki", nimi=nimi, rivi=numero + 1, syy=str(syy)) from None
    return rivit


def _lue_csv(data: bytes, nimi: str) -> _Lahde:
    teksti = _pura_teksti(data, nimi)
    for numero, rivi in enumerate(teksti.splitlines(), start=1):
        ohjaus = next((m for m in rivi if ord(m) < 32 and m != "\t"), None)
        if ohjaus is not None:
            raise _virhe("binaari", nimi=nimi, tavu=f"0x{ord(ohjaus):02X}",
                         kohta=f"rivillä {numero}")
        osuma = _MOJIBAKE.search(rivi)
        if osuma:
            raise _virhe("mojibake", nimi=nimi, rivi=numero,
                         esimerkki=rivi[max(0, osuma.start() - 8):osuma.end() + 8])
    # Erotin valitaan sen mukaan, millä otsikkorivistä tunnistuu eniten sarakkeita.
    paras, parhaat_pisteet = ";", -1
    for erotin in (";", ",", "\t"):
        alku = _csv_rivit(teksti, erotin, nimi, enintaan=OTSIKKOA_ETSITAAN + 5)
        pisteet = max((_tunnistettuja(arvot) for _, arvot in alku), default=0)
        if pisteet > parhaat_pisteet:
            paras, parhaat_pisteet = erotin, pisteet
    return _Lahde(nimi, None, _csv_rivit(teksti, paras, nimi), [])

