"""Tiedoston lukeminen: tavut levyltä, tiedostolajin tunnistus ja Excel-työkirja.

CSV- ja tekstitiedostot lukee ``tekstitiedosto``. Tiedosto avataan vain lukemista varten,
eikä sitä koskaan muuteta. Tuloksena on lähteitä (``tulkinta._Lahde``): välilehden tai CSV-tiedoston ei-tyhjät rivit, jotka
``tulkinta`` muuntaa asiakastaulukoksi.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import warnings
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pandas as pd

from ..argumentit import kuvaile
from ..virheet import AsiakkuusVirhe, virhe
from .sarakkeet import (_SUURIN_RIVI, OHJEVALILEHTI, SUURIN_OSAMAARA, SUURIN_PURETTU,
                        SUURIN_SARAKEMAARA, SUURIN_SOLUMAARA, SUURIN_TIEDOSTO, _normalisoi,
                        os_syy)
from .tekstitiedosto import _lue_csv
from .tulkinta import _Kaava, _Lahde, _otsikkorivi_indeksi, _tulkitse

_TEKSTIPAATTEET = {".csv", ".txt", ".tsv"}
_TYOKIRJAPAATTEET = {".xlsx", ".xlsm"}
# Vain yksittäisiä merkkejä ja vaihtoehtoja, ei sisäkkäisiä toistoja: aika on lineaarinen.
_XML_MAARITTELY = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SOLU = re.compile(rb"<(?:[A-Za-z0-9_]{1,20}:)?c[\s>]")
_STRICT = b"http://purl.oclc.org/ooxml/"
# Solun osoite (r="B12"): rivi 0 tai sama osoite kahdesti on rikkinäinen tiedosto. Vain
# rajattuja toistoja, ei sisäkkäisiä: aika on lineaarinen.
_SOLUN_OSOITE = re.compile(rb'<(?:[A-Za-z0-9_]{1,20}:)?c\s[^<>]{0,2000}?\br="([A-Z]{1,3})([0-9]{1,8})"')
# 64 sisäkkäistä alkavaa elementtiä peräkkäin (esimerkiksi <r><r><r>…): Excel ei koskaan
# kirjoita niin syvää rakennetta, ja openpyxl lukisi sen hiljaa tyhjänä tekstinä.
_SYVA_RAKENNE = re.compile(rb"(?:<[A-Za-z][^<>]{0,300}(?<!/)>\s{0,50}){64}")
# OOXML tallentaa merkit, joita XML ei salli, muodossa _xHHHH_ (pystysarkain on _x000B_);
# _x005F_ on alaviiva itse. openpyxl ei pura niitä, joten ne puretaan tässä.
_XML_PAKO = re.compile(r"_x([0-9A-Fa-f]{4})_")


def suojaa_xml_pako(teksti: str) -> str:
    """Vientiä varten: teksti, joka näyttää Excelin koodaukselta (_x0041_), kirjoitetaan
    muodossa _x005F_x0041_, jotta Excel ja ``pura_xml_pako`` näyttävät sen sellaisenaan.

    >>> suojaa_xml_pako("Oy_x0041_"), pura_xml_pako(suojaa_xml_pako("Oy_x0041_"))
    ('Oy_x005F_x0041_', 'Oy_x0041_')
    """
    if "_x" not in teksti:
        return teksti
    return _XML_PAKO.sub(lambda osuma: "_x005F" + osuma.group(0), teksti)


def pura_xml_pako(teksti: str) -> str:
    """Pura Excelin _xHHHH_-koodaus: 'Kah_x000B_vila' → 'Kah\\x0bvila', '_x005F_x0041_' → '_x0041_'.

    >>> pura_xml_pako("Kah_x000B_vila"), pura_xml_pako("_x005F_x0041_"), pura_xml_pako("a_xZZ_")
    ('Kah\\x0bvila', '_x0041_', 'a_xZZ_')
    """
    if "_x" not in teksti:
        return teksti
    return _XML_PAKO.sub(lambda osuma: chr(int(osuma.group(1), 16)), teksti)


def lue_asiakkaat(polku: str | os.PathLike, valilehti: str | None = None) -> pd.DataFrame:
    """Lue omat asiakkaat Excel-työkirjasta (.xlsx) tai CSV-tiedostosta taulukoksi.

    Tulos on yksi asiakas riviä kohden ja sarakkeet ovat kurssin nimiä: ``asiakas_id``,
    ``nimi``, ``tyyppi``, ``asiakas_alkaen`` (päivä tai tyhjä), viisi eurosaraketta
    (``tuotot`` … ``asiakaspalvelun_kustannukset``) ja neljä arviota 1–5
    (``uskollisuus``, ``tuleva_potentiaali``, ``referenssiarvo``, ``oppimisarvo``).
    Taulukon voi antaa suoraan funktioille ``kate.laske_kateketju`` ja
    ``portfolio.oma_portfolio``.

    Hyväksytään: desimaalipilkku tai -piste, välilyönti tai sitova välilyönti
    tuhaterottimena, €-merkki, CSV:n erottimena puolipiste, pilkku tai sarkain, merkistönä
    UTF-8 tai Windows-1252, otsikot isoin tai pienin kirjaimin, ylimääräisin välilyönnein ja
    ilman ääkkösiä. Luvut luetaan funktiolla ``muotoilu.lue_luku`` tiukassa tilassa: piste
    tuhaterottimena (``12.500``) on monitulkintainen, ja siitä tulee virhe, joka pyytää
    kirjoittamaan 12500 tai 12,5; samoin pilkku ja kolme numeroa (``2,100``), ellei
    tiedoston muista euroista (``4,250.50``) selviä, kumpi merkki on tuhaterotin. CSV-rivi,
    jossa on enemmän kenttiä kuin otsikkorivillä, hylätään. Työkirjasta luetaan näkyvä
    välilehti *Asiakkaat* (tai ``vie_exceliin``-funktion tekemän työkirjan *Portfolio*) tai
    muuten ainoa näkyvä välilehti, jolla on asiakastaulukko; piilotettu välilehti luetaan
    vain valinnalla ``valilehti``, joka valitsee minkä tahansa välilehden. Otsikkorivin yläpuolella saa
    olla otsikkotekstiä ja muistiinpanoja (otsikkorivi etsitään ``OTSIKKOA_ETSITAAN``
    ensimmäisen ei-tyhjän rivin joukosta). Tyhjät rivit ohitetaan, tyhjä kustannussolu on
    0 €, tyhjä laji on "muu" ja tuntemattomat sarakkeet (esimerkiksi Huomiot) jätetään pois.
    Tunnus-sarake ei ole pakollinen: ilman sitä tunnuksena on asiakkaan nimi.

    Rajat (ne pitävät lukemisen muutaman sekunnin mittaisena): asiakasrivejä enintään
    ``SUURIN_RIVIMAARA`` (5 000), tiedosto enintään ``SUURIN_TIEDOSTO`` tavua (5 Mt),
    työkirja purettuna enintään ``SUURIN_PURETTU`` tavua (50 Mt), ``SUURIN_OSAMAARA`` osaa
    ja ``SUURIN_SOLUMAARA`` solua, tunnus, nimi ja laji enintään ``PISIN_TEKSTI`` merkkiä
    (Excelin solun raja) ja euromäärä enintään ``SUURIN_EURO``. Paketin oma vienti
    (``vie_exceliin``) rajan kokoisesta asiakasluettelosta luetaan takaisin.

    Mitä luetaan, sen voi viedä: ``vie_exceliin`` ja uusi lukeminen antavat samat asiakkaat
    (tunnuksen mukaan järjestettyinä). Siksi jo lukiessa hylätään, mitä työkirjaan ei voi
    tallentaa sellaisenaan: tekstin näkymättömät ohjausmerkit (esimerkiksi Wordin
    pystysarkain), yli ``PISIN_TEKSTI`` merkin tekstit ja yli 15 numeron luvut.

    Tiedosto avataan vain lukemista varten eikä sitä muuteta; kansio, nimetty putki tai
    laite hylätään ennen avaamista. Kaavoja ei lasketa: kaavasolusta luetaan taulukko-ohjelman
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
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto 'asiakkaat.csv', rivi 2, sarake 'Tuotot (€)': arvo 'paljon' ei ole luku. Korjaa arvo: kirjoita euromäärä numeroina, esimerkiksi 1234,50 (välilyönnit ja €-merkki sallitaan).
    >>> tiedosto.unlink(); kansio.rmdir()
    """
    polku = _tarkista_polku(polku, valilehti)
    nimi = polku.name
    data = _lue_tavut(polku)
    paate = polku.suffix.lower()
    on_zip = data[:4] in (b"PK\x03\x04", b"PK\x05\x06")
    on_ole = data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    if on_ole or paate == ".xls":
        raise virhe("excel_vanha_xls", nimi=nimi)
    if paate == ".ods":
        raise virhe("excel_ods", nimi=nimi)
    if paate in _TYOKIRJAPAATTEET:
        if not on_zip:
            if _nayttaa_tekstilta(data):
                raise virhe("excel_csv_xlsx", nimi=nimi, paate=polku.suffix)
            raise virhe("excel_ei_taulukko", nimi=nimi, laji=_tunnista_laji(data))
        lahteet = _lue_tyokirja(data, nimi, valilehti)
    elif paate in _TEKSTIPAATTEET:
        if on_zip:
            raise virhe("excel_xlsx_csv", nimi=nimi, paate=polku.suffix)
        lahteet = [_lue_csv(data, nimi)]
    else:
        raise virhe("excel_tuntematon_paate", nimi=nimi, paate=polku.suffix or "(ei päätettä)")
    return _tulkitse(lahteet, nimi)


def _tarkista_polku(polku, valilehti) -> Path:
    """Tavallisimmat kutsuvirheet ennen tiedoston avaamista: None, taulukko, luku …"""
    if isinstance(polku, pd.DataFrame):
        raise virhe("excel_ei_polku", funktio="lue_asiakkaat", esimerkki="asiakkaat.xlsx",
                    saatu="taulukon (DataFrame)",
                    lisa=" Taulukko on jo luettu: anna se suoraan funktiolle "
                         "portfolio.oma_portfolio tai vie_exceliin.")
    if not isinstance(polku, (str, os.PathLike)) or isinstance(polku, bytes) or polku == "":
        raise virhe("excel_ei_polku", funktio="lue_asiakkaat", esimerkki="asiakkaat.xlsx",
                    saatu=kuvaile(polku), lisa="")
    if valilehti is not None and not isinstance(valilehti, str):
        raise virhe("excel_valilehti_ei_teksti", saatu=kuvaile(valilehti))
    return _tarkista_polun_merkit(polku, "lue_asiakkaat", "asiakkaat.xlsx")


def _tarkista_polun_merkit(polku, funktio: str, esimerkki: str) -> Path:
    """Polku Path-oliona. Nollamerkki tai puolikas merkkipari (esimerkiksi '\\ud800')
    tiedoston nimessä antaa suomenkielisen virheen eikä ValueError- tai
    UnicodeEncodeError-poikkeusta."""
    try:
        uusi = Path(polku)
    except Exception:   # noqa: BLE001  esimerkiksi os.PathLike, joka ei anna tekstiä
        raise virhe("excel_ei_polku", funktio=funktio, esimerkki=esimerkki,
                    saatu=kuvaile(polku), lisa="") from None
    teksti = str(uusi)
    try:
        tavut = os.fsencode(teksti)
    except UnicodeError:
        tavut = None
    if tavut is None or b"\x00" in tavut:
        kohta = next(i for i, m in enumerate(teksti)
                     if m == "\x00" or ("\ud800" <= m <= "\udfff" and tavut is None))
        raise virhe("excel_polku_merkki", funktio=funktio, merkki=f"U+{ord(teksti[kohta]):04X}",
                    kohta=kohta + 1, esimerkki=esimerkki)
    return uusi


def _lue_tavut(polku: Path) -> bytes:
    """Tiedoston tavut, vain lukien. Muu kuin tavallinen tiedosto hylätään ennen avaamista:
    nimetyn putken (FIFO) avaaminen jäisi odottamaan kirjoittajaa ikuisesti."""
    try:
        tiedot = polku.stat()
    except FileNotFoundError:
        raise virhe("excel_ei_loydy", polku=polku) from None
    except OSError as syy:
        raise _avausvirhe(polku, syy) from None
    _vaadi_tavallinen(polku, tiedot.st_mode)
    if tiedot.st_size > SUURIN_TIEDOSTO:
        raise virhe("excel_liian_suuri", nimi=polku.name, koko=_mt(tiedot.st_size),
                    raja=_mt(SUURIN_TIEDOSTO))
    try:
        # Vain luku, eikä koskaan jäädä odottamaan: O_NONBLOCK, jos nimen takana on
        # sillä välin vaihtunut putki; avattu tiedosto tarkistetaan vielä kerran.
        with open(polku, "rb", opener=_avaa_odottamatta) as tiedosto:
            _vaadi_tavallinen(polku, os.fstat(tiedosto.fileno()).st_mode)
            data = tiedosto.read(SUURIN_TIEDOSTO + 1)
    except OSError as syy:
        raise _avausvirhe(polku, syy) from None
    if len(data) > SUURIN_TIEDOSTO:   # tiedosto kasvoi kesken lukemisen
        raise virhe("excel_liian_suuri", nimi=polku.name, koko=_mt(len(data)),
                    raja=_mt(SUURIN_TIEDOSTO))
    if not data:
        raise virhe("excel_tyhja_tiedosto", nimi=polku.name)
    return data


def _avausvirhe(polku: Path, syy: OSError) -> AsiakkuusVirhe:
    """Avaamisen virhe suomeksi; neuvo sen mukaan, mikä esti avaamisen."""
    if syy.errno == errno.ELOOP:
        return virhe("excel_linkkisilmukka", polku=polku)
    if syy.errno in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.EINVAL):
        return virhe("excel_polku_ei_kelpaa", polku=polku,
                     syy="polun osa ei ole kansio" if syy.errno == errno.ENOTDIR
                     else "nimi on liian pitkä" if syy.errno == errno.ENAMETOOLONG
                     else "nimessä on merkki, jota tiedostonimessä ei voi olla")
    return virhe("excel_ei_luettavissa", nimi=polku.name, syy=os_syy(syy))


def _avaa_odottamatta(polku, liput: int) -> int:
    return os.open(polku, liput | getattr(os, "O_NONBLOCK", 0))


def _vaadi_tavallinen(polku: Path, tila: int) -> None:
    if stat.S_ISREG(tila):
        return
    if stat.S_ISDIR(tila):
        raise virhe("excel_kansio", polku=polku)
    laji = ("nimetty putki (FIFO)" if stat.S_ISFIFO(tila) else
            "laite" if stat.S_ISCHR(tila) or stat.S_ISBLK(tila) else
            "pistoke (socket)" if stat.S_ISSOCK(tila) else "erikoistiedosto")
    raise virhe("excel_ei_tavallinen", polku=polku, laji=laji)


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
                    raise virhe("excel_xml_pommi", nimi=nimi, osa="(XML)") from None
                ketju = ketju.__cause__ or ketju.__context__
            raise virhe("excel_vioittunut", nimi=nimi) from None


def _tarkista_paketti(data: bytes, nimi: str) -> None:
    """Zip-paketin tarkistus ennen jäsentämistä: osien määrä ja koko purettuna, Strict Open
    XML, vaaralliset XML-määrittelyt ja solujen määrä."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as paketti:
            osat = paketti.infolist()
            if len(osat) > SUURIN_OSAMAARA:
                raise virhe("excel_liikaa_osia", nimi=nimi, osia=len(osat), raja=SUURIN_OSAMAARA)
            purettu = sum(osa.file_size for osa in osat)
            if purettu > SUURIN_PURETTU:
                raise virhe("excel_zip_pommi", nimi=nimi, koko=_mt(purettu),
                            raja=_mt(SUURIN_PURETTU))
            nimet = {osa.filename for osa in osat}
            if "xl/workbook.xml" not in nimet:
                if "_rels/.rels" in nimet and _STRICT in paketti.read("_rels/.rels"):
                    raise virhe("excel_strict", nimi=nimi)
                laji = "tuntematon zip-paketti"
                if "mimetype" in nimet:
                    tyyppi = paketti.read("mimetype")[:100]
                    if b"opendocument.spreadsheet" in tyyppi:
                        raise virhe("excel_ods", nimi=nimi)
                    laji = "OpenDocument-tiedosto"
                elif "word/document.xml" in nimet:
                    laji = "Word-asiakirja"
                elif "ppt/presentation.xml" in nimet:
                    laji = "PowerPoint-esitys"
                raise virhe("excel_ei_tyokirja", nimi=nimi, laji=laji)
            # Strict Open XML: samat osat, mutta eri nimiavaruudet, joita openpyxl ei tunne.
            if _STRICT in paketti.read("xl/workbook.xml"):
                raise virhe("excel_strict", nimi=nimi)
            soluja = 0
            for osa in osat:
                if osa.filename.lower().endswith((".xml", ".rels", ".vml")):
                    sisalto = paketti.read(osa)
                    # Excel ei koskaan kirjoita DOCTYPE- tai ENTITY-määrittelyjä.
                    if _XML_MAARITTELY.search(sisalto):
                        raise virhe("excel_xml_pommi", nimi=nimi, osa=osa.filename)
                    if _SYVA_RAKENNE.search(sisalto):
                        raise virhe("excel_vioittunut_osa", nimi=nimi, osa=osa.filename,
                                    vika="XML-rakenne on satoja tasoja syvä")
                    if osa.filename.startswith("xl/worksheets/"):
                        soluja += len(_SOLU.findall(sisalto))
                        if soluja <= SUURIN_SOLUMAARA:
                            _tarkista_osoitteet(sisalto, nimi, osa.filename)
            if soluja > SUURIN_SOLUMAARA:
                raise virhe("excel_liikaa_soluja", nimi=nimi, solut=soluja,
                            raja=SUURIN_SOLUMAARA)
    except AsiakkuusVirhe:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            EOFError, OSError, ValueError, KeyError, zlib.error):
        raise virhe("excel_vioittunut", nimi=nimi) from None


def _tarkista_osoitteet(xml: bytes, nimi: str, osa: str) -> None:
    """Solun osoite rivillä 0 tai sama osoite kahdesti: openpyxl lukisi sen hiljaa väärin
    (solu katoaisi tai korvaisi toisen), joten tiedosto on rikki."""
    nahdyt = set()
    for sarake, rivi in _SOLUN_OSOITE.findall(xml):
        if rivi.startswith(b"0"):
            raise virhe("excel_vioittunut_osa", nimi=nimi, osa=osa,
                        vika=f"solun osoite {(sarake + rivi).decode()} on rivillä 0")
        if (sarake, rivi) in nahdyt:
            raise virhe("excel_vioittunut_osa", nimi=nimi, osa=osa,
                        vika=f"solu {(sarake + rivi).decode()} on tiedostossa kahdesti")
        nahdyt.add((sarake, rivi))


def _lue_tyokirja(data: bytes, nimi: str, valilehti: str | None) -> list[_Lahde]:
    _tarkista_paketti(data, nimi)
    wb = _avaa_tyokirja(data, nimi, vain_tulokset=False)
    valilehdet = list(wb.worksheets)
    if not valilehdet:
        if not wb.chartsheets:   # ei yhtään välilehteä: Excel ei tallenna sellaista
            raise virhe("excel_vioittunut_osa", nimi=nimi, osa="xl/workbook.xml",
                        vika="työkirjassa ei ole yhtään välilehteä")
        raise virhe("excel_vain_kaaviot", nimi=nimi,
                    valilehdet=", ".join(f"'{ws.title}'" for ws in wb.chartsheets))

    tulokset = {}

    def tallennettu_tulos(valilehden_nimi: str, solu: str):
        # Toinen avaus vain, jos kaavoja todella tarvitaan: tallennetut tulokset.
        if "wb" not in tulokset:
            tulokset["wb"] = _avaa_tyokirja(data, nimi, vain_tulokset=True)
        kohde = tulokset["wb"][valilehden_nimi][solu]
        return kohde.value, kohde.data_type

    if valilehti is not None:
        osumat = [ws for ws in valilehdet if _normalisoi(ws.title) == _normalisoi(valilehti)]
        if not osumat:
            raise virhe("excel_ei_valilehtea", nimi=nimi, valilehti=valilehti,
                         valilehdet=", ".join(f"'{ws.title}'" for ws in valilehdet))
        return [_lue_valilehti(osumat[0], nimi, tallennettu_tulos)]
    # Vain näkyvät välilehdet: käyttäjä näkee Excelissä ne, ei piilotettuja (hidden,
    # veryHidden), joissa on usein vanhoja tietoja.
    nakyvat = [ws for ws in valilehdet if ws.sheet_state == "visible"]
    piilotetut = [ws for ws in valilehdet if ws.sheet_state != "visible"]
    lahteet = [_lue_valilehti(ws, nimi, tallennettu_tulos) for ws in _valitse(nakyvat)]
    if not any(_otsikkorivi_indeksi(l) is not None for l in lahteet):
        # Näkyviltä välilehdiltä ei löydy asiakastaulukkoa: onko se piilotetulla?
        for ws in _valitse(piilotetut):
            if _otsikkorivi_indeksi(_lue_valilehti(ws, nimi, tallennettu_tulos)) is not None:
                raise virhe("excel_piilotettu_valilehti", nimi=nimi, valilehti=ws.title,
                            nakyvat=", ".join(f"'{w.title}'" for w in nakyvat) or "(ei yhtään)")
    return lahteet or [_lue_valilehti(ws, nimi, tallennettu_tulos) for ws in _valitse(piilotetut)]


def _valitse(valilehdet: list) -> list:
    """Pohjan välilehti Asiakkaat tai vientityökirjan Portfolio (sen voi lukea takaisin),
    muuten kaikki paitsi Ohjeet (tai Ohjeet, jos muita ei ole)."""
    nimetty = [ws for ws in valilehdet if _normalisoi(ws.title) in ("asiakkaat", "portfolio")]
    valitut = nimetty[:1] or [ws for ws in valilehdet
                              if _normalisoi(ws.title) != _normalisoi(OHJEVALILEHTI)]
    return valitut or valilehdet


def _lue_valilehti(ws, nimi: str, tallennettu_tulos) -> _Lahde:
    # Vain solut, joissa on arvo: muotoiltu tyhjä solu (reunaviiva riville 20 000 tai
    # väri sarakkeessa 300) ei ole tietoa eikä kasvata välilehteä. Solujen määrä on jo
    # rajattu (SUURIN_SOLUMAARA), joten läpikäynti on nopea; ws._cells on openpyxl-
    # kirjaston solusanakirja {(rivi, sarake): solu}.
    riveittain: dict[int, dict[int, object]] = {}
    for (rivi, sarake), solu in ws._cells.items():
        arvo = solu.value
        if arvo is None or (isinstance(arvo, str) and not arvo.strip()):
            continue
        if solu.data_type == "f":
            arvo = _Kaava(str(getattr(arvo, "text", arvo)), solu.coordinate)
        elif isinstance(arvo, str):
            arvo = pura_xml_pako(arvo)
        elif isinstance(arvo, (int, float)) and not isinstance(arvo, bool) \
                and "%" in str(solu.number_format):
            # Prosentiksi muotoiltu solu (0,12 näkyy 12 %): ei hiljaa 0,12 euroa.
            arvo = f"{arvo * 100:g} %" if not isinstance(arvo, int) or abs(arvo) < 10**15 \
                else arvo
        riveittain.setdefault(rivi, {})[sarake] = arvo
    leveys = max((max(solut) for solut in riveittain.values()), default=0)
    if len(riveittain) > _SUURIN_RIVI or leveys > SUURIN_SARAKEMAARA:
        raise virhe("excel_liian_laaja", nimi=nimi, valilehti=ws.title,
                    rivit=len(riveittain), sarakkeet=leveys, raja_rivit=_SUURIN_RIVI,
                    raja_sarakkeet=SUURIN_SARAKEMAARA)
    rivit = [(rivi, [riveittain[rivi].get(sarake) for sarake in range(1, leveys + 1)])
             for rivi in sorted(riveittain)]
    yhdistetyt = [(a.min_row, a.min_col, a.max_row, a.max_col, a.coord)
                  for a in ws.merged_cells.ranges]
    lahde = _Lahde(nimi, ws.title, rivit, yhdistetyt)
    lahde.tulokset = lambda solu: tallennettu_tulos(ws.title, solu)
    return lahde
