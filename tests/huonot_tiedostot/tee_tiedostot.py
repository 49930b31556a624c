"""Make the corpus of good and malformed customer files that ``lue_asiakkaat`` must handle.

    python tests/huonot_tiedostot/tee_tiedostot.py            # (re)write the corpus here
    python tests/huonot_tiedostot/tee_tiedostot.py /tmp/x     # write it somewhere else

Every case is one file plus its expected outcome; the outcomes are also written to
``odotukset.csv`` next to the files (the manifest that ``tests/test_excel.py`` reads):

- ``ok`` with the number of customer rows the reader must return, or
- ``virhe`` with fragments that the one Finnish ``AsiakkuusVirhe`` message must contain
  (sheet, row, column or cell, and the fix), separated by `` | ``.

The files are reproducible: workbook timestamps are fixed, and the test compares a fresh
run with the committed files (member names and CRCs for zip files, bytes otherwise, so a
different zlib version cannot break it). The oversized file is made at test time, not here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl

KANSIO = Path(__file__).resolve().parent
MANIFESTI = "odotukset.csv"
AIKA = (2020, 1, 1, 0, 0, 0)

OTSIKOT = ["Tunnus", "Asiakas", "Laji", "Asiakkuus alkanut", "Tuotot (€)",
           "Suorat kustannukset (€)", "Myynnin kustannukset (€)",
           "Markkinoinnin kustannukset (€)", "Asiakaspalvelun kustannukset (€)",
           "Uskollisuus (1–5)", "Tuleva potentiaali (1–5)", "Referenssiarvo (1–5)",
           "Oppimisarvo (1–5)"]
# Columns: A tunnus, B asiakas, C laji, D alkanut, E tuotot, F suorat, G myynti,
# H markkinointi, I asiakaspalvelu, J uskollisuus, K potentiaali, L referenssi, M oppiminen.
RIVIT = [
    ["A01", "Hotelli Kelohovi", "hotelli", dt.datetime(2019, 3, 1),
     18400, 9200, 1200, 300, 900, 5, 3, 4, 2],
    ["A02", "Ravintola Kuukkeli", "ravintola", dt.datetime(2021, 6, 15),
     7600.5, 3900, 600, 150, 1400, 4, 2, 3, 3],
    ["A03", "Luontaistuotekauppa Pihlaja", "kauppa", dt.datetime(2018, 10, 1),
     11200, 6100, 800, 400, 500, 5, 3, 3, 2],
    ["A04", "Erämatkat Ruska", "matkanjärjestäjä", dt.datetime(2024, 2, 1),
     5200, 2900, 1500, 600, 700, 2, 5, 4, 4],
    ["A05", "Kyläkauppa Räito", "kauppa", None,
     2300, 1400, 500, 100, 450, 3, 2, 2, 1],
]


@dataclass
class Tapaus:
    tiedosto: str
    kuvaus: str
    data: bytes
    rivit: int | None = None             # ok: expected number of customers
    viestissa: tuple[str, ...] = ()      # virhe: fragments of the message

    @property
    def odotus(self) -> str:
        return "ok" if self.rivit is not None else "virhe"


def _rivit() -> list[list]:
    return [list(r) for r in RIVIT]


def vakioi(data: bytes, pakkaus: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Rewrite a zip with fixed timestamps so the same content gives the same file."""
    ulos = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as sisaan, zipfile.ZipFile(ulos, "w") as kohde:
        for osa in sisaan.infolist():
            sisalto = sisaan.read(osa)
            if osa.filename == "docProps/core.xml":
                sisalto = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-01-01T00:00:00Z",
                                 sisalto)
            uusi = zipfile.ZipInfo(osa.filename, date_time=AIKA)
            uusi.compress_type = pakkaus
            uusi.external_attr = 0o644 << 16
            kohde.writestr(uusi, sisalto)
    return ulos.getvalue()


def tyokirja(rivit=None, otsikot=None, valilehti="Asiakkaat", muokkaa=None,
             ennen: list[list] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = valilehti
    for rivi in ennen or []:
        ws.append(rivi)
    if otsikot is not False:
        ws.append(OTSIKOT if otsikot is None else otsikot)
    for rivi in _rivit() if rivit is None else rivit:
        ws.append(rivi)
    if muokkaa:
        muokkaa(wb, ws)
    puskuri = io.BytesIO()
    wb.save(puskuri)
    return vakioi(puskuri.getvalue())


def _csv_arvo(arvo, desimaali: str) -> str:
    if arvo is None:
        return ""
    if isinstance(arvo, dt.datetime):
        return f"{arvo.day}.{arvo.month}.{arvo.year}"
    if isinstance(arvo, float):
        return f"{arvo:.2f}".replace(".", desimaali)
    return str(arvo)


def csv_teksti(rivit=None, otsikot=None, erotin=";", desimaali=",") -> str:
    puskuri = io.StringIO()
    kirjoittaja = csv.writer(puskuri, delimiter=erotin, lineterminator="\r\n")
    kirjoittaja.writerow(OTSIKOT if otsikot is None else otsikot)
    for rivi in _rivit() if rivit is None else rivit:
        kirjoittaja.writerow([_csv_arvo(a, desimaali) for a in rivi])
    return puskuri.getvalue()


def _korvaa_osa(data: bytes, osa: str, muutos) -> bytes:
    """Change one member of a zip (e.g. the sheet XML) and keep the rest."""
    ulos = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as sisaan, zipfile.ZipFile(ulos, "w") as kohde:
        for tieto in sisaan.infolist():
            sisalto = sisaan.read(tieto)
            if tieto.filename == osa:
                sisalto = muutos(sisalto)
            kohde.writestr(tieto, sisalto, compress_type=zipfile.ZIP_DEFLATED)
    return vakioi(ulos.getvalue())


def _aseta(solu: str, arvo):
    def muokkaa(wb, ws):
        ws[solu] = arvo
    return muokkaa


def _pohja() -> bytes:
    from asiakkuus.excel import tee_pohja

    with tempfile.TemporaryDirectory() as kansio:
        return vakioi(tee_pohja(Path(kansio) / "pohja.xlsx").read_bytes())


def _tallennetut_tulokset() -> bytes:
    """Formulas with the results a spreadsheet program stores (<v>) next to them."""
    def kaavat(wb, ws):
        ws["E2"] = "=18000+400"
        ws["G3"] = "=4*150"
        ws["I4"] = "=SUM(200,300)"
    data = tyokirja(muokkaa=kaavat)
    tulokset = {b"E2": b"18400", b"G3": b"600", b"I4": b"500"}

    def lisaa_tulokset(xml: bytes) -> bytes:
        for solu, tulos in tulokset.items():
            xml = re.sub(rb'(<c r="' + solu + rb'"[^>]*>)<f>(.*?)</f><v\s*/>',
                         rb"\1<f>\2</f><v>" + tulos + rb"</v>", xml)
        return xml
    return _korvaa_osa(data, "xl/worksheets/sheet1.xml", lisaa_tulokset)


def _virhetulos() -> bytes:
    data = tyokirja(muokkaa=_aseta("E2", "=1/0"))

    def virhe(xml: bytes) -> bytes:
        return re.sub(rb'<c r="E2"[^>]*><f>1/0</f><v\s*/></c>',
                      rb'<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', xml)
    return _korvaa_osa(data, "xl/worksheets/sheet1.xml", virhe)


def _xml_pommi() -> bytes:
    """Billion laughs: ten nested entities; tiny on disk, gigabytes if expanded."""
    maaritelmat = b'<!ENTITY l0 "nauru">' + b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"".join(b"&l%d;" % (i - 1) for _ in range(10)))
        for i in range(1, 10))
    alku = b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [' + maaritelmat + b"]>"

    def pommi(xml: bytes) -> bytes:
        xml = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        return alku + xml.replace(b"<t>Hotelli Kelohovi</t>", b"<t>&l9;</t>", 1)
    return _korvaa_osa(tyokirja(), "xl/worksheets/sheet1.xml", pommi)


def _zip_pommi() -> bytes:
    """A member that is 60 MB unpacked but about 60 kB packed (over the 50 MB limit)."""
    return _zip_pommi_osa(60_000_000)


def _zip_pommi_osa(koko: int) -> bytes:
    """A member of ``koko`` zero bytes: a few kilobytes packed."""
    ulos = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(tyokirja())) as sisaan, zipfile.ZipFile(ulos, "w") as kohde:
        for tieto in sisaan.infolist():
            kohde.writestr(tieto, sisaan.read(tieto), compress_type=zipfile.ZIP_DEFLATED)
        tieto = zipfile.ZipInfo("xl/media/tayte.bin", date_time=AIKA)
        kohde.writestr(tieto, b"\0" * koko, compress_type=zipfile.ZIP_DEFLATED,
                       compresslevel=9)
    return ulos.getvalue()


def monta_osaa(osia: int) -> bytes:
    """A good workbook with ``osia`` extra tiny members (custom XML parts Excel ignores)."""
    ulos = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(tyokirja())) as sisaan, zipfile.ZipFile(ulos, "w") as kohde:
        for tieto in sisaan.infolist():
            kohde.writestr(tieto, sisaan.read(tieto), compress_type=zipfile.ZIP_DEFLATED)
        for numero in range(osia):
            kohde.writestr(zipfile.ZipInfo(f"customXml/i{numero}.xml", date_time=AIKA), b"<a/>")
    return ulos.getvalue()


def _strict() -> bytes:
    """The same workbook in the namespaces of 'Strict Open XML' (ISO/IEC 29500 strict)."""
    nimiavaruudet = [
        (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
        (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
         b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ]
    ulos = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(tyokirja())) as sisaan, zipfile.ZipFile(ulos, "w") as kohde:
        for tieto in sisaan.infolist():
            sisalto = sisaan.read(tieto)
            for vanha, uusi in nimiavaruudet:
                sisalto = sisalto.replace(vanha, uusi)
            if tieto.filename == "xl/workbook.xml":
                sisalto = sisalto.replace(b"<workbook ", b'<workbook conformance="strict" ', 1)
            kohde.writestr(tieto, sisalto, compress_type=zipfile.ZIP_DEFLATED)
    return vakioi(ulos.getvalue())


def _vain_kaavio() -> bytes:
    """A workbook whose only sheet is a chart sheet (a chart moved to its own sheet)."""
    from openpyxl.chart import BarChart, Reference

    wb = openpyxl.Workbook()
    ws = wb.active
    for rivi in _rivit():
        ws.append(rivi[1:2] + rivi[4:5])
    kaavio = BarChart()
    kaavio.add_data(Reference(ws, min_col=2, min_row=1, max_row=5))
    wb.create_chartsheet("Kaavio1").add_chart(kaavio)
    wb.remove(ws)
    puskuri = io.BytesIO()
    wb.save(puskuri)
    return vakioi(puskuri.getvalue())


def _zip(osat: dict[str, bytes]) -> bytes:
    ulos = io.BytesIO()
    with zipfile.ZipFile(ulos, "w") as kohde:
        for nimi, sisalto in osat.items():
            kohde.writestr(zipfile.ZipInfo(nimi, date_time=AIKA), sisalto)
    return ulos.getvalue()


def _katkennut() -> bytes:
    # Stored (uncompressed) so the bytes do not depend on the zlib version.
    kokonainen = vakioi(tyokirja(), pakkaus=zipfile.ZIP_STORED)
    return kokonainen[: len(kokonainen) // 2]


def tapaukset() -> list[Tapaus]:
    """All corpus cases, good ones first."""
    t: list[Tapaus] = []

    def ok(tiedosto, kuvaus, data, rivit=5):
        t.append(Tapaus(tiedosto, kuvaus, data, rivit=rivit))

    def virhe(tiedosto, kuvaus, data, *viestissa):
        t.append(Tapaus(tiedosto, kuvaus, data, viestissa=viestissa))

    # --- Good files: the documented result -------------------------------------------
    ok("hyva_pohja.xlsx", "the template made by tee_pohja, with its 8 example rows",
       _pohja(), rivit=8)
    rivit = _rivit()
    rivit[1][7] = None   # empty cost cell = 0 €
    ok("hyva_puolipiste_desimaalipilkku.csv",
       "semicolons, decimal commas, d.m.yyyy dates, one empty cost cell (UTF-8)",
       csv_teksti(rivit).encode("utf-8"))
    rivit = _rivit()
    rivit[2][1] = "Insinööritoimisto Kiila, virkistyspäivä"
    ok("hyva_pilkku_desimaalipiste.csv",
       "commas between fields, decimal points, a quoted name containing a comma",
       csv_teksti(rivit, erotin=",", desimaali=".").encode("utf-8"))
    ok("hyva_windows1252.csv", "Windows-1252 (Excel's old 'CSV (luetteloerotin)')",
       csv_teksti().encode("cp1252"))
    ok("hyva_utf8_bom.csv", "UTF-8 with a byte order mark (Excel's 'CSV UTF-8')",
       b"\xef\xbb\xbf" + csv_teksti().encode("utf-8"))
    teksti = csv_teksti().splitlines()
    teksti[1] = ("A01;Hotelli Kelohovi;hotelli;1.3.2019;18 400,00 €;9\u00a0200 €;"
                 "1\u202f200,50;€ 300;900 EUR;5;3;4;2")
    teksti[2] = ("A02;Ravintola Kuukkeli;ravintola;2021-06-15;7.600,50;3,900.00;600e;150;1400;"
                 "4;2;3;3")
    ok("hyva_tuhaterottimet_euro.csv",
       "space, no-break and narrow no-break thousands separators, euro signs, 1.234,5 style",
       ("\r\n".join(teksti) + "\r\n").encode("utf-8"))
    ok("hyva_otsikkomuunnelmat.xlsx",
       "header spelling variants: case, extra spaces, underscores, no diacritics, aliases",
       tyokirja(otsikot=["tunnus", " ASIAKAS ", "Asiakasryhma", "asiakkuuden alkupaiva",
                         "tuotot", "Suorat Kustannukset ", "myynnin kustannukset",
                         "MARKKINOINNIN KUSTANNUKSET", "asiakaspalvelun_kustannukset",
                         "Lujuus / uskollisuus", "tuleva  potentiaali", "Referenssiarvo 1-5",
                         "oppimisarvo"]))

    def toinen_valilehti(wb, ws):
        wb.create_sheet("Taul1", 0)
    ok("hyva_toisella_valilehdella.xlsx",
       "data on the second sheet 'Taul2', the first sheet empty: the only table is found",
       tyokirja(valilehti="Taul2", muokkaa=toinen_valilehti))

    def otsikko_yhdistetty(wb, ws):
        ws.merge_cells("A1:D1")
    ok("hyva_otsikko_ylempana.xlsx",
       "a merged title and an empty row above the header row",
       tyokirja(ennen=[["Asiakkaat 2025"], [None]], muokkaa=otsikko_yhdistetty))
    ok("hyva_kaavat_tallennetuin_tuloksin.xlsx",
       "formula cells with the results a spreadsheet program stored: results are read",
       _tallennetut_tulokset())
    rivit = _rivit()
    rivit.insert(2, [None] * 13)
    rivit.insert(4, ["  ", "", None])
    rivit[0].append("Tärkeä asiakas")
    rivit.append([None] * 13 + ["muistiinpano ilman asiakasta"])
    ok("hyva_tyhjat_rivit_ja_huomiot.xlsx",
       "empty and blank rows, an extra 'Huomiot' column, a note row without a customer",
       tyokirja(rivit, otsikot=OTSIKOT + ["Huomiot"]))
    ok("hyva_ilman_tunnusta.csv", "no Tunnus column: the name is the id",
       csv_teksti([r[1:] for r in _rivit()], OTSIKOT[1:]).encode("utf-8"))
    rivit = _rivit()
    for rivi in rivit:
        rivi[4] = f"{rivi[4]:,.2f}".replace(",", " ").replace(".", ",")
        rivi[9] = str(rivi[9])
    ok("hyva_luvut_tekstina.xlsx", "numbers and scores stored as text cells ('18 400,00')",
       tyokirja(rivit))
    rivit = _rivit()
    for numero, rivi in enumerate(rivit, start=1):
        rivi[0] = numero
    ok("hyva_numerotunnukset.xlsx", "numeric ids 1-5 (read as text '1'…'5')", tyokirja(rivit))
    ok("hyva_unicode_teksti.txt",
       "Excel's 'Unicode text': UTF-16 with a byte order mark, tab separated",
       csv_teksti(erotin="\t").encode("utf-16"))

    # --- Bad files: one Finnish error naming the place and the fix ---------------------
    virhe("puuttuva_sarake.xlsx", "the direct costs column is missing",
          tyokirja([r[:5] + r[6:] for r in _rivit()], OTSIKOT[:5] + OTSIKOT[6:]),
          "välilehti 'Asiakkaat'", "rivi 1", "'Suorat kustannukset (€)' puuttuu",
          "Löysin sarakkeet: Tunnus, Asiakas")
    otsikot = list(OTSIKOT)
    otsikot[5] = "Suorat kustanukset (€)"
    virhe("kirjoitusvirhe_otsikossa.xlsx", "misspelled header",
          tyokirja(otsikot=otsikot), "rivi 1", "sarake 'Suorat kustanukset (€)'", "solu F1",
          "tarkoititko 'Suorat kustannukset (€)'")
    virhe("teksti_lukusolussa.xlsx", "text in a revenue cell",
          tyokirja(muokkaa=_aseta("E4", "paljon")), "välilehti 'Asiakkaat'", "rivi 4",
          "sarake 'Tuotot (€)'", "solu E4", "'paljon' ei ole luku", "esimerkiksi 1234,50")
    rivit = _rivit()
    rivit[1][6] = "n. 500"
    virhe("teksti_lukusolussa.csv", "text in a cost field of a CSV",
          csv_teksti(rivit).encode("utf-8"), "Tiedosto 'teksti_lukusolussa.csv'", "rivi 3",
          "sarake 'Myynnin kustannukset (€)'", "'n. 500' ei ole luku")
    virhe("tyhja_valilehti.xlsx", "an empty workbook", tyokirja([], otsikot=False),
          "välilehti 'Asiakkaat' on tyhjä")
    virhe("vain_otsikko.xlsx", "header row only", tyokirja([]),
          "välilehti 'Asiakkaat', rivi 1", "ei ole yhtään asiakasta")
    virhe("vain_otsikko.csv", "header line only", csv_teksti([]).encode("utf-8"),
          "Tiedosto 'vain_otsikko.csv', rivi 1", "ei ole yhtään asiakasta")
    virhe("tyhja.csv", "zero bytes", b"", "on tyhjä (0 tavua)")
    rivit = _rivit()
    rivit[3][0] = "A02"
    virhe("kaksi_samaa_tunnusta.xlsx", "duplicate customer id", tyokirja(rivit),
          "rivi 5", "sarake 'Tunnus'", "solu A5", "'A02' on myös rivillä 3")
    virhe("negatiivinen_kustannus.xlsx", "negative marketing cost",
          tyokirja(muokkaa=_aseta("H3", -150)), "rivi 3",
          "sarake 'Markkinoinnin kustannukset (€)'", "solu H3", "-150 on negatiivinen")
    rivit = _rivit()
    rivit[2][4] = -1200.0
    virhe("negatiiviset_tuotot.csv", "negative revenue in a CSV", csv_teksti(rivit).encode(),
          "rivi 4", "sarake 'Tuotot (€)'", "negatiivinen")
    virhe("arvio_nolla.xlsx", "score 0", tyokirja(muokkaa=_aseta("M2", 0)),
          "rivi 2", "sarake 'Oppimisarvo (1–5)'", "solu M2", "arvo 0 ei ole asteikolla 1–5")
    rivit = _rivit()
    rivit[4][11] = 6
    virhe("arvio_kuusi.csv", "score 6 in a CSV", csv_teksti(rivit).encode(),
          "rivi 6", "sarake 'Referenssiarvo (1–5)'", "arvo 6 ei ole asteikolla 1–5")
    virhe("arvio_desimaali.xlsx", "score 3.5", tyokirja(muokkaa=_aseta("J2", 3.5)),
          "solu J2", "3,5 ei ole kokonaisluku")
    virhe("arvio_puuttuu.xlsx", "a missing judgment", tyokirja(muokkaa=_aseta("K3", None)),
          "rivi 3", "sarake 'Tuleva potentiaali (1–5)'", "arvio puuttuu")
    virhe("nimi_puuttuu.xlsx", "a row with figures but no name",
          tyokirja(muokkaa=_aseta("B4", None)), "rivi 4", "sarake 'Asiakas'", "nimi puuttuu")

    def yhdista_otsikot(wb, ws):
        ws["E1"] = "Tuotot ja suorat kustannukset"
        ws.merge_cells("E1:F1")
    virhe("yhdistetyt_otsikkosolut.xlsx", "merged header cells",
          tyokirja(muokkaa=yhdista_otsikot), "rivi 1", "solut E1:F1 on yhdistetty",
          "poista yhdistäminen")

    def yhdista_data(wb, ws):
        ws.merge_cells("C3:C4")
    virhe("yhdistetyt_datasolut.xlsx", "merged cells in the customer rows",
          tyokirja(muokkaa=yhdista_data), "rivi 3", "solut C3:C4 on yhdistetty")

    def kaksi_taulukkoa(wb, ws):
        toinen = wb.create_sheet("Taul2")
        toinen.append(OTSIKOT)
        for rivi in _rivit():
            toinen.append(rivi)
    virhe("asiakkaita_kahdella_valilehdella.xlsx", "customer tables on two sheets",
          tyokirja(valilehti="Taul1", muokkaa=kaksi_taulukkoa),
          "'Taul1', 'Taul2'", "Nimeä luettava välilehti 'Asiakkaat'")
    virhe("kaava_ilman_tulosta.xlsx", "a formula never calculated (no stored result)",
          tyokirja(muokkaa=_aseta("G3", "=4*60")), "rivi 3",
          "sarake 'Myynnin kustannukset (€)'", "solu G3", "kaava =4*60",
          "Kaavoja ei lasketa", "liitä ne arvoina")
    virhe("kaava_virhetulos.xlsx", "a formula whose stored result is #DIV/0!",
          _virhetulos(), "solu E2", "kaavan =1/0 tulos on virhe #DIV/0!")
    virhe("csv_xlsx_paatteella.xlsx", "a CSV file renamed to .xlsx",
          csv_teksti().encode("utf-8"), "on CSV-tekstiä", "pääte on '.xlsx'",
          "Vaihda tiedoston päätteeksi .csv")
    virhe("kuva_xlsx_paatteella.xlsx", "a PNG picture renamed to .xlsx",
          b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "ei ole Excel-työkirja", "PNG-kuva")
    virhe("word_asiakirja.xlsx", "a Word document (zip) renamed to .xlsx",
          _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"}),
          "Word-asiakirja", "xl/workbook.xml")
    virhe("katkennut.xlsx", "half of a workbook (interrupted download)", _katkennut(),
          "vioittunut tai keskeneräinen")
    virhe("xml_pommi.xlsx", "billion laughs entity expansion in the sheet XML",
          _xml_pommi(), "turvallisuussyistä", "xl/worksheets/sheet1.xml", "XML-pommi")
    virhe("zip_pommi.xlsx", "a member that unpacks to 60 MB", _zip_pommi(),
          "purettuna se olisi 60,", "enintään 50,0 Mt")
    virhe("vanha_muoto.xls", "Excel 97-2003 (OLE) file",
          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "Excel 97–2003", "(.xlsx)")
    virhe("laskentataulukko.ods", "an OpenDocument spreadsheet",
          _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<office:document-content/>"}), "OpenDocument")
    virhe("sekaisin_merkisto.csv", "UTF-8 read as Windows-1252 and saved again (mojibake)",
          csv_teksti().encode("utf-8").decode("cp1252").encode("utf-8"),
          "rivi 1", "ääkköset ovat menneet sekaisin", "CSV UTF-8")
    virhe("tuntematon_merkisto.csv", "neither UTF-8 nor Windows-1252 (byte 0x81)",
          csv_teksti().encode("cp1252").replace(b"Kelohovi", b"Kelo\x81hovi"),
          "merkistöä ei tunnistettu", "0x81")
    virhe("binaaridata.csv", "binary data named .csv",
          bytes((i * 37) % 256 for i in range(2048)), "ei ole tekstiä", "0x00")
    virhe("paivamaara_vaarin.xlsx", "text in the date column",
          tyokirja(muokkaa=_aseta("D2", "viime keväänä")), "rivi 2",
          "sarake 'Asiakkuus alkanut'", "'viime keväänä' ei ole päivämäärä", "1.3.2019")
    virhe("paivamaara_euroissa.xlsx", "a date in the revenue column",
          tyokirja(muokkaa=_aseta("E3", dt.datetime(2025, 3, 1))), "solu E3",
          "päivämäärä", "Muotoile solut")
    rivit = _rivit()
    rivit[0][4] = "12 %"
    virhe("prosentti_euroissa.csv", "a percentage instead of euros", csv_teksti(rivit).encode(),
          "rivi 2", "sarake 'Tuotot (€)'", "'12 %' on prosentti")
    virhe("pystyviiva_erottimena.csv", "fields separated by '|'",
          csv_teksti(erotin="|").encode(), "en löytänyt otsikkoriviä riveiltä 1–6",
          "Rivillä 1 on", "puolipiste, pilkku tai sarkain")
    otsikot = list(OTSIKOT)
    otsikot[7] = "Tuotot"
    virhe("sama_sarake_kahdesti.xlsx", "two revenue columns", tyokirja(otsikot=otsikot),
          "rivi 1", "'Tuotot (€)' on otsikkorivillä kahdesti", "'Tuotot (€)' ja 'Tuotot'")
    rivit = _rivit() + [["", "Yhteensä", None, None, 44700, 23500, 4600, 1550, 3950,
                         None, None, None, None]]
    virhe("summarivi.xlsx", "a totals row at the bottom", tyokirja(rivit),
          "rivi 7", "summariviltä ('Yhteensä')", "Poista summarivi")
    virhe("totuusarvo.xlsx", "TRUE in a score cell", tyokirja(muokkaa=_aseta("M4", True)),
          "solu M4", "totuusarvo")
    virhe("asiakkaat.pdf", "an unsupported file type", b"%PDF-1.4\n%\xe2\xe3\n",
          "päätettä '.pdf' ei tueta", "(.xlsx) tai CSV")
    virhe("tyokirja_csv_paatteella.csv", "a workbook renamed to .csv", tyokirja(),
          "on Excel-työkirja", "pääte on '.csv'", ".xlsx")

    def monta(wb, ws):
        ws["E2"] = "?"
        ws["J4"] = 9
        ws["B5"] = None
    virhe("monta_virhetta.xlsx", "three bad cells: the first is explained, the rest listed",
          tyokirja(muokkaa=monta), "rivi 2", "solu E2", "Korjaa myös: rivi 4 sarake "
          "'Uskollisuus (1–5)'; rivi 5 sarake 'Asiakas'")
    virhe("liian_laaja.xlsx", "a stray value in column 250 (IP2), over the 200-column limit",
          tyokirja(muokkaa=_aseta("IP2", "x")), "tiedot ulottuvat sarakkeeseen 250",
          "enintään 5200 täytettyä riviä ja 200 saraketta", "Poista ylimääräiset tiedot")
    virhe("ei_otsikkorivia.xlsx", "customer rows without a header row",
          tyokirja(otsikot=False), "en löytänyt otsikkoriviä riveiltä 1–5", "Rivillä 1 on",
          "'A01'", "100 ensimmäisen ei-tyhjän rivin joukossa", "kopioi otsikot asiakaspohjasta")

    # --- Classes of issue 11: one case each ----------------------------------------------
    ok("hyva_otsikko_rivilla_30.xlsx",
       "29 rows of notes above the header (the README allows text above the header)",
       tyokirja(ennen=[[f"Muistiinpano {i}"] for i in range(1, 30)]))
    ok("hyva_y_tunnus.xlsx", "a 'Y-tunnus' column and no Tunnus: ignored, not taken for a typo",
       tyokirja([["1234567-8", *r[1:]] for r in _rivit()], otsikot=["Y-tunnus", *OTSIKOT[1:]]))
    ok("hyva_monta_osaa.xlsx", "a workbook with 600 extra zip members (well under the limit)",
       vakioi(monta_osaa(600)))
    rivit = _rivit()
    rivit[0].append("(" * 32_000)
    ok("hyva_pitkat_sulkeet.csv",
       "a 32 000-character cell of '(' in the header row and in a note: read fast",
       csv_teksti(rivit, OTSIKOT + ["(" * 32_000]).encode("utf-8"))
    virhe("strict_open_xml.xlsx", "saved as 'Strict Open XML Spreadsheet' (other namespaces)",
          _strict(), "'Strict Open XML -laskentataulukko'", "'Excel-työkirja (.xlsx)'")
    virhe("vain_kaaviovalilehti.xlsx", "the only sheet is a chart sheet", _vain_kaavio(),
          "ei ole yhtään taulukkovälilehteä", "'Kaavio1'", "tavalliselle välilehdelle")
    rivit = _rivit()
    rivit[2][10] = "60 %"
    virhe("prosentti_arviossa.csv", "'60 %' in a 1–5 score column", csv_teksti(rivit).encode(),
          "rivi 4", "sarake 'Tuleva potentiaali (1–5)'", "'60 %' on prosentti",
          "arvio on asteikolla 1–5")
    rivit = _rivit()
    rivit[3][1] = "Erämatkat\x0bRuska"
    virhe("pystysarkain_nimessa.csv", "a vertical tab (U+000B, Word's line break) in a name",
          csv_teksti(rivit).encode("utf-8"), "rivi 5", "sarake 'Asiakas'", "U+000B",
          "ei voi tallentaa")
    rivit = _rivit()
    rivit[1][4] = "1" * 400
    virhe("iso_luku.csv", "a 400-digit amount (not infinity)", csv_teksti(rivit).encode(),
          "rivi 3", "sarake 'Tuotot (€)'", "yli 15 merkitsevää numeroa")
    rivit = _rivit()
    rivit[0][1] = "Hotelli " + "x" * 40_000
    virhe("pitka_nimi.csv", "a 40 000-character name (an Excel cell holds 32 767)",
          csv_teksti(rivit).encode(), "rivi 2", "sarake 'Asiakas'", "enintään 32\u202f767 merkkiä",
          "40\u202f008 merkkiä")
    rivit = _rivit()
    rivit[0][4] = "18.400"
    virhe("tuhatpiste.csv", "'18.400' in euros: 18 400 or 18,4? (ambiguous dotted thousands)",
          csv_teksti(rivit).encode(), "rivi 2", "sarake 'Tuotot (€)'",
          "tuhaterotin tai desimaalipiste", "(18400)", "(18,4)")

    # --- QA re-test of issue 11 (F1-F15): one case per class ---------------------------
    rivit = _rivit()
    rivit[2][5] = "6,100"
    virhe("tuhatpilkku.csv", "'6,100' in euros: 6 100 or 6,1? (comma followed by three digits)",
          csv_teksti(rivit).encode(), "rivi 4", "sarake 'Suorat kustannukset (€)'",
          "pilkku voi olla tuhaterotin tai desimaalipilkku", "(6100)", "(6,1)")
    rivit = _rivit()
    for rivi in rivit:   # US style, as Google Sheets (en-US) exports: "18,400.00", "9,200"
        rivi[4] = f"{rivi[4]:,.2f}"
        rivi[5] = f"{rivi[5]:,}"
    ok("hyva_pilkku_tuhaterottimena.csv",
       "comma-separated, quoted '18,400.00' and '9,200': the file's '1,234.50' style says "
       "commas are thousands, so '9,200' is 9 200",
       csv_teksti(rivit, erotin=",", desimaali=".").encode("utf-8"))
    teksti = csv_teksti(erotin=",", desimaali=".").replace("7600.50", "7600,50")
    virhe("liikaa_kenttia.csv",
          "an unquoted decimal comma in a comma-separated file: the row has a field too many",
          teksti.encode("utf-8"), "rivi 3", "rivillä on 14 kenttää", "otsikkorivillä vain 13",
          "lainausmerkkeihin", "puolipistein erotettuna")
    virhe("liian_levea.csv", "a CSV header with 300 extra columns (the workbook limit is 200)",
          csv_teksti(otsikot=OTSIKOT + [f"x{i}" for i in range(300)]).encode("utf-8"),
          "rivi 1", "rivillä on 313 kenttää", "enintään 200")

    def iso(xml: bytes) -> bytes:
        return xml.replace(b"<v>5200</v>", b"<v>" + b"1" * 400 + b"</v>", 1)
    virhe("iso_kokonaisluku.xlsx", "a 400-digit integer in a numeric workbook cell",
          _korvaa_osa(tyokirja(), "xl/worksheets/sheet1.xml", iso), "rivi 5", "solu E5",
          "1,1e+399 on liian suuri")

    def piilotettu(wb, ws):
        vanha = wb.create_sheet("Asiakkaat")
        vanha.append(OTSIKOT)
        vanha.append(["A99", "Vanha asiakas", "kauppa", None, 1, 1, 0, 0, 0, 1, 1, 1, 1])
        vanha.sheet_state = "hidden"
    ok("hyva_piilotettu_vanha_valilehti.xlsx",
       "a hidden sheet 'Asiakkaat' with stale data and the visible 'Taul1': the visible one",
       tyokirja(valilehti="Taul1", muokkaa=piilotettu))

    def vain_piilotettu(wb, ws):
        wb.create_sheet("Taul1", 0)
        wb.active = 0
        ws.sheet_state = "hidden"
    virhe("vain_piilotettu_valilehti.xlsx", "the only customer table is on a hidden sheet",
          tyokirja(muokkaa=vain_piilotettu), "piilotetulla välilehdellä 'Asiakkaat'",
          "Näytä välilehti", "valilehti='Asiakkaat'")

    def muotoillut(wb, ws):
        from openpyxl.styles import Border, PatternFill, Side
        reuna = Border(left=Side(style="thin"))
        for rivi in (7, 8, 20_000):   # the used range ends at row 20 000
            ws.cell(rivi, 1).border = reuna
        ws.cell(2, 300).fill = PatternFill(fill_type="solid", start_color="FFFF00")
    ok("hyva_muotoillut_tyhjat_solut.xlsx",
       "empty bordered cells down to row 20 000 and a coloured empty cell in column 300 "
       "(the used range is 20 000 x 300, the data 6 x 13)",
       tyokirja(muokkaa=muotoillut))
    rivit = _rivit()
    rivit[3][1] = "Erämatkat_x000B_Ruska"
    virhe("ohjausmerkki_koodattuna.xlsx",
          "a vertical tab as Excel stores it in a workbook (_x000B_)",
          tyokirja(rivit), "rivi 5", "solu B5", "U+000B", "ei voi tallentaa")
    rivit = _rivit()
    rivit[3][1] = "Erämatkat _x005F_x0041_ Ruska"
    ok("hyva_alaviivakoodi.xlsx", "the text '_x0041_' stored escaped (_x005F_x0041_)",
       tyokirja(rivit))

    def ei_valilehtia(xml: bytes) -> bytes:
        return re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", xml)
    virhe("ei_valilehtia.xlsx", "a workbook whose sheet list is empty",
          _korvaa_osa(tyokirja(), "xl/workbook.xml", ei_valilehtia), "vioittunut",
          "ei ole yhtään välilehteä")
    virhe("solu_rivilla_0.xlsx", "a cell address on row 0 (A0)",
          _korvaa_osa(tyokirja(), "xl/worksheets/sheet1.xml",
                      lambda xml: xml.replace(b'r="A2"', b'r="A0"', 1)),
          "vioittunut", "solun osoite A0 on rivillä 0")
    virhe("sama_solu_kahdesti.xlsx", "the same cell address twice (B2 written as A2)",
          _korvaa_osa(tyokirja(), "xl/worksheets/sheet1.xml",
                      lambda xml: xml.replace(b'r="B2"', b'r="A2"', 1)),
          "vioittunut", "solu A2 on tiedostossa kahdesti")
    return t


def tee(kansio: Path = KANSIO) -> list[Tapaus]:
    """Write every case and the manifest into ``kansio``; return the cases."""
    kansio = Path(kansio)
    kansio.mkdir(parents=True, exist_ok=True)
    kaikki = tapaukset()
    for tapaus in kaikki:
        (kansio / tapaus.tiedosto).write_bytes(tapaus.data)
    with open(kansio / MANIFESTI, "w", encoding="utf-8", newline="") as tiedosto:
        kirjoittaja = csv.writer(tiedosto, lineterminator="\n")
        kirjoittaja.writerow(["tiedosto", "odotus", "rivit", "viestissa", "kuvaus"])
        for tapaus in kaikki:
            kirjoittaja.writerow([tapaus.tiedosto, tapaus.odotus,
                                  "" if tapaus.rivit is None else tapaus.rivit,
                                  " | ".join(tapaus.viestissa), tapaus.kuvaus])
    return kaikki


if __name__ == "__main__":
    kohde = Path(sys.argv[1]) if len(sys.argv) > 1 else KANSIO
    tapauksia = tee(kohde)
    print(f"{len(tapauksia)} tiedostoa ja {MANIFESTI} kansioon {kohde}")
