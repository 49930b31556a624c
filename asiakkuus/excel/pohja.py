"""Asiakaspohja, johon yrittäjä kirjoittaa omat asiakkaansa, ja pieni esimerkki-CSV."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..argumentit import tarkista_argumentit
from .kirjoitus import _ohjeet, _otsikkorivi, _tallenna, _tarkista_kohde, _teksti
from .ohjetekstit import POHJAN_OHJEET
from .sarakkeet import (ASIAKASVALILEHTI, ESIMERKKIASIAKKAAT, OHJEVALILEHTI, PAIVAMUOTO,
                        SARAKKEET, SENTTIMUOTO, SUURIN_RIVIMAARA, pohjan_sarakkeet)


@tarkista_argumentit
def tee_pohja(polku: Path | str, esimerkit: bool = True, korvaa: bool = False) -> Path:
    """Tee asiakaspohja (Excel-työkirja), johon yrittäjä kirjoittaa omat asiakkaansa.

    Välilehdellä *Ohjeet* kerrotaan, mitä kuhunkin sarakkeeseen kirjoitetaan, ja
    välilehdellä *Asiakkaat* ovat otsikot ja ``esimerkit=True``-valinnalla kahdeksan
    keksittyä esimerkkiasiakasta. Arviosarakkeisiin Excel hyväksyy vain kokonaisluvut
    1–5 ja eurosarakkeisiin vain luvut. Olemassa olevaa tiedostoa ei korvata, ellei
    ``korvaa=True``. Tiedostonimi saa olla enintään 200 tavua. Palauttaa tiedoston polun.

    >>> import shutil, tempfile
    >>> from asiakkuus.excel import lue_asiakkaat
    >>> kansio = Path(tempfile.mkdtemp())
    >>> pohja = tee_pohja(kansio / "asiakkaat.xlsx")
    >>> openpyxl.load_workbook(pohja).sheetnames
    ['Ohjeet', 'Asiakkaat']
    >>> len(lue_asiakkaat(pohja))
    8
    >>> lue_asiakkaat(tee_pohja(kansio / "tyhja.xlsx", esimerkit=False))
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto 'tyhja.xlsx', välilehti 'Asiakkaat', rivi 1: otsikkorivin alla ei ole yhtään asiakasta. Lisää asiakkaat otsikkorivin alle, yksi asiakas riviä kohden.
    >>> shutil.rmtree(kansio)
    """
    polku = _tarkista_kohde(polku, korvaa, "tee_pohja")
    wb = openpyxl.Workbook()
    ohjeet = wb.active
    ohjeet.title = OHJEVALILEHTI
    _ohjeet(ohjeet, "Asiakaspohja: omat asiakkaasi", POHJAN_OHJEET,
            pohjan_sarakkeet().rename(columns={"sarake": "Sarake", "pakollinen": "Pakollinen",
                                              "sisalto": "Mitä kirjoitan",
                                              "esimerkki": "Esimerkki"}))

    ws = wb.create_sheet(ASIAKASVALILEHTI)
    leveydet = {"tunnus": 10, "teksti": 30, "paiva": 14, "euro": 16, "arvio": 14}
    _otsikkorivi(ws, 1, [s.otsikko for s in SARAKKEET], [leveydet[s.laji] for s in SARAKKEET])
    ws.column_dimensions["C"].width = 18
    ws.freeze_panes = "C2"
    arvio = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                           allow_blank=True, showErrorMessage=True, errorTitle="Arvio 1–5",
                           error="Anna arvio kokonaislukuna 1 (heikko) – 5 (erinomainen).")
    euro = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                          allow_blank=True, showErrorMessage=True, errorTitle="Euroja",
                          error="Kirjoita euromäärä lukuna, joka on 0 tai suurempi.")
    for sarake, tieto in enumerate(SARAKKEET, start=1):
        kirjain = get_column_letter(sarake)
        alue = f"{kirjain}2:{kirjain}{SUURIN_RIVIMAARA + 1}"   # koko käytettävä alue
        if tieto.laji == "arvio":
            arvio.add(alue)
        elif tieto.laji == "euro":
            euro.add(alue)
            ws.column_dimensions[kirjain].number_format = SENTTIMUOTO
        elif tieto.laji == "paiva":
            ws.column_dimensions[kirjain].number_format = PAIVAMUOTO
    ws.add_data_validation(arvio)
    ws.add_data_validation(euro)
    if esimerkit:
        for rivi, arvot in enumerate(ESIMERKKIASIAKKAAT, start=2):
            for sarake, (tieto, arvo) in enumerate(zip(SARAKKEET, arvot), start=1):
                if tieto.laji == "paiva":
                    arvo = dt.datetime.fromisoformat(arvo)
                solu = _teksti(ws, rivi, sarake, arvo)
                if tieto.laji == "euro":
                    solu.number_format = SENTTIMUOTO
                elif tieto.laji == "paiva":
                    solu.number_format = PAIVAMUOTO
    wb.active = 0
    return _tallenna(wb, polku, korvaa)



@tarkista_argumentit
def tee_esimerkki_csv(polku: Path | str, virheellinen: bool = False,
                      korvaa: bool = False) -> Path:
    """Kirjoita pieni esimerkki-CSV (puolipiste-erotin, suomalaiset luvut) ja palauta polku.

    ``virheellinen=True`` kirjoittaa tiedoston, jonka tuotoissa on teksti *noin 500*,
    jotta lukijan virheilmoitusta voi kokeilla. Nimen pitää päättyä .csv. Olemassa olevaa
    tiedostoa ei korvata, ellei ``korvaa=True``, eikä koskaan muuta kuin tavallista
    tiedostoa (kansio, nimetty putki tai laite hylätään). Tiedosto kirjoitetaan ensin
    väliaikaiseen tiedostoon ja nimetään sitten lopulliseksi, kuten ``vie_exceliin``.

    >>> import tempfile
    >>> from asiakkuus.excel import lue_asiakkaat
    >>> with tempfile.TemporaryDirectory() as k:
    ...     print(lue_asiakkaat(tee_esimerkki_csv(Path(k) / "e.csv")).loc[0, "tuotot"])
    4250.5
    """
    otsikko = ("Asiakas;Laji;Tuotot;Suorat kustannukset;Myynnin kustannukset;"
               "Markkinoinnin kustannukset;Asiakaspalvelun kustannukset;"
               "Uskollisuus;Tuleva potentiaali;Referenssiarvo;Oppimisarvo\n")
    rivi = ("Kahvila Kuksa;kahvila;noin 500;200;0;0;0;4;3;3;2\n" if virheellinen else
            "Kahvila Kuksa;kahvila;4 250,50 €;2 100;300;;150;4;3;3;2\n")
    polku = _tarkista_kohde(polku, korvaa, "tee_esimerkki_csv", paate=".csv")
    return _tallenna((otsikko + rivi).encode("utf-8"), polku, korvaa)
