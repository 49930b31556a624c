"""Omat asiakkaat Excelistä kurssin laskelmiin ja tulokset takaisin Exceliin.

Kolme vaihetta:

1. ``tee_pohja`` tekee asiakaspohjan (Excel-työkirja): ohjevälilehti, suomenkieliset
   otsikot ja muutama keksitty esimerkkiasiakas.
2. ``lue_asiakkaat`` lukee täytetyn pohjan tai CSV-tiedoston taulukoksi, jonka sarakkeet
   ovat kurssin omia nimiä (``tuotot``, ``suorat_kustannukset`` …). Virheellisestä
   tiedostosta tulee yksi suomenkielinen ``AsiakkuusVirhe``, joka nimeää välilehden, rivin
   ja sarakkeen ja kertoo, miten virheen korjaa.
3. ``vie_exceliin`` kirjoittaa katteet, pisteet ja avainasiakkaat uuteen työkirjaan, jossa
   painot ovat soluja ja pisteet ja sijat Excelin kaavoja: kun painoa muuttaa Excelissä,
   asiakkaiden järjestys päivittyy ilman Pythonia.

Laskenta tehdään moduuleissa ``kate`` ja ``portfolio``; tämä moduuli vain lukee, tarkistaa
ja kirjoittaa.

Turvallisuus ja tietojen säilyminen:

- Luettava tiedosto avataan vain lukemista varten, eikä sitä koskaan muuteta. Tiedoston
  koolla ja purettujen osien koolla on yläraja (``SUURIN_TIEDOSTO``, ``SUURIN_PURETTU``).
- XML-määrittelyt (DOCTYPE, ENTITY), joilla tiedostoa voisi paisuttaa (XML-pommi),
  hylätään ennen jäsentämistä; lisäksi openpyxl käyttää defusedxml-kirjastoa.
- Kaavoja ei koskaan lasketa. Jos kaavasolussa on taulukko-ohjelman tallentama tulos
  (Excel ja LibreOffice tallentavat sen aina), luetaan se tulos. Jos tulosta ei ole
  (tiedostoa ei ole tallennettu taulukko-ohjelmassa) tai se on virhe kuten ``#JAKO/0!``,
  lukeminen pysähtyy virheeseen, joka neuvoo tallentamaan tiedoston tai liittämään solut
  arvoina.
- Vienti ei korvaa olemassa olevaa tiedostoa, ellei ``korvaa=True``. Työkirja kirjoitetaan
  ensin väliaikaiseen tiedostoon samaan kansioon ja nimetään sitten lopulliseksi
  (``os.replace``), joten keskeytynyt kirjoitus ei jätä puolikasta tiedostoa.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import math
import os
import re
import secrets
import unicodedata
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import kate, portfolio
from .virheet import AsiakkuusVirhe, tarkista_luku, tarkista_taulukko

# Rajat: pienen yrityksen asiakasluettelo mahtuu näihin reilusti.
SUURIN_TIEDOSTO = 2_000_000        # tavua levyllä
SUURIN_PURETTU = 10_000_000        # tavua Excel-työkirjan osia purettuna yhteensä
SUURIN_SOLUMAARA = 200_000         # solua kaikilla välilehdillä (pitää lukemisen nopeana)
SUURIN_RIVIMAARA = 5_000           # asiakasriviä
SUURIN_SARAKEMAARA = 200           # käytössä olevia sarakkeita välilehdellä
OTSIKKOA_ETSITAAN = 20             # monenko ensimmäisen ei-tyhjän rivin joukosta otsikkoa etsitään

ASIAKASVALILEHTI = "Asiakkaat"
OHJEVALILEHTI = "Ohjeet"
ARVIOT = ["uskollisuus", "tuleva_potentiaali", "referenssiarvo", "oppimisarvo"]
EUROT = ["tuotot", *kate.KUSTANNUKSET]

# Excelin lukumuodot kirjoitetaan tiedostoon aina kielestä riippumattomina: piste
# desimaalierottimena ja pilkku tuhaterottimena. Suomenkielinen Excel näyttää ne
# suomalaisittain (1 234 € ja 12,3 %). Kirjaimellinen '# ##0' rikkoisi miljoonat.
EUROMUOTO = '#,##0 "€"'
SENTTIMUOTO = '#,##0.00 "€"'
PROSENTTIMUOTO = '0.0 %'
PISTEMUOTO = '0.00'
PAIVAMUOTO = 'd.m.yyyy'


@dataclass(frozen=True)
class Sarake:
    """Asiakaspohjan sarake: kurssin nimi, otsikko pohjassa ja mitä siihen kirjoitetaan."""

    nimi: str
    otsikko: str
    laji: str            # tunnus, teksti, paiva, euro tai arvio
    pakollinen: bool
    sisalto: str
    esimerkki: str
    aliakset: tuple[str, ...] = ()


SARAKKEET: tuple[Sarake, ...] = (
    Sarake("asiakas_id", "Tunnus", "tunnus", False,
           "Lyhyt tunnus, joka on jokaisella asiakkaalla eri. Jos sarake puuttuu, "
           "tunnuksena käytetään asiakkaan nimeä.", "A01",
           ("asiakastunnus", "asiakasnumero", "asiakasnro", "id", "asiakas id", "nro")),
    Sarake("nimi", "Asiakas", "teksti", True,
           "Asiakkaan nimi.", "Hotelli Kelohovi",
           ("asiakkaan nimi", "nimi", "asiakas nimi", "yritys")),
    Sarake("tyyppi", "Asiakaslaji", "teksti", False,
           "Asiakkaan laji, esimerkiksi hotelli, ravintola, kauppa, ryhmä tai kuluttaja. "
           "Tyhjä = muu.", "hotelli",
           ("tyyppi", "laji", "asiakastyyppi", "asiakasryhma", "ryhma")),
    Sarake("asiakas_alkaen", "Asiakkuus alkoi", "paiva", False,
           "Päivä, jona asiakkuus alkoi (1.3.2019), tai pelkkä vuosi (2019). Saa jäädä "
           "tyhjäksi.", "1.3.2019",
           ("asiakkuus alkanut", "asiakkuuden alku", "asiakkuuden alkupaiva", "asiakas alkaen",
            "asiakkaana alkaen", "asiakkaana vuodesta", "alkanut", "alkupaiva")),
    Sarake("tuotot", "Tuotot (€)", "euro", True,
           "Asiakkuuden tuotot euroina ilman arvonlisäveroa: kaikki, mitä asiakas maksoi "
           "tarkastelujaksolla.", "18 400",
           ("asiakkuuden tuotot", "myynti", "liikevaihto", "tulot")),
    Sarake("suorat_kustannukset", "Suorat kustannukset (€)", "euro", True,
           "Myytyjen tuotteiden ja palvelujen suorat kustannukset: raaka-aineet, "
           "pakkaukset, ostopalvelut.", "9 200",
           ("suorat kulut", "muuttuvat kustannukset")),
    Sarake("myynnin_kustannukset", "Myynnin kustannukset (€)", "euro", True,
           "Myyntikäynnit, tarjoukset ja neuvottelut euroina (esimerkiksi 4 käyntiä × 60 € "
           "= 240 €). Tyhjä = 0 €.", "1 200",
           ("myyntikustannukset", "myynnin kulut", "myyntikulut")),
    Sarake("markkinoinnin_kustannukset", "Markkinoinnin kustannukset (€)", "euro", True,
           "Juuri tähän asiakkaaseen kohdistettu markkinointi: näytteet, esitteet, "
           "mainokset. Tyhjä = 0 €.", "300",
           ("markkinointikustannukset", "markkinoinnin kulut", "markkinointikulut")),
    Sarake("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset (€)", "euro", True,
           "Toimitukset, puhelut, erikoistilaukset ja reklamaatiot euroina. Tyhjä = 0 €.",
           "900",
           ("asiakaspalvelukustannukset", "asiakaspalvelun kulut", "asiakaspalvelukulut")),
    Sarake("uskollisuus", "Lujuus / uskollisuus (1–5)", "arvio", True,
           "Kuinka pitkään ja säännöllisesti asiakas ostaa. "
           "1 = osti kerran tai on uusi, 5 = ostaa joka kausi jo vuosia.", "5",
           ("uskollisuus", "lujuus", "lujuus uskollisuus", "uskollisuus lujuus",
            "asiakasuskollisuus")),
    Sarake("tuleva_potentiaali", "Tuleva potentiaali (1–5)", "arvio", True,
           "Kuinka paljon asiakkuus voi vielä kasvaa. 1 = ei kasvua, 5 = paljon kasvua.", "3",
           ("potentiaali", "kasvupotentiaali")),
    Sarake("referenssiarvo", "Referenssiarvo (1–5)", "arvio", True,
           "Tuoko asiakas mainetta ja suosituksia. 1 = ei lainkaan, 5 = erinomainen "
           "referenssi.", "4",
           ("referenssi", "suositteluarvo")),
    Sarake("oppimisarvo", "Oppimisarvo (1–5)", "arvio", True,
           "Kuinka paljon yrityksesi oppii asiakkaalta. 1 = ei juuri mitään, 5 = paljon.",
           "2",
           ("oppiminen",)),
)
_SARAKE = {s.nimi: s for s in SARAKKEET}

ESIMERKKIASIAKKAAT = [
    # tunnus, nimi, laji, alkanut, tuotot, suorat, myynti, markkinointi, palvelu, arviot 4 kpl
    ("A01", "Hotelli Kelohovi", "hotelli", "2019-03-01",
     18400, 9200, 1200, 300, 900, 5, 3, 4, 2),
    ("A02", "Ravintola Kuukkeli", "ravintola", "2021-06-15",
     7600, 3900, 600, 150, 1400, 4, 2, 3, 3),
    ("A03", "Luontaistuotekauppa Pihlaja", "kauppa", "2018-10-01",
     11200, 6100, 800, 400, 500, 5, 3, 3, 2),
    ("A04", "Erämatkat Ruska", "matkanjärjestäjä", "2024-02-01",
     5200, 2900, 1500, 600, 700, 2, 5, 4, 4),
    ("A05", "Kyläkauppa Raito", "kauppa", "2020-05-20",
     2300, 1400, 500, 100, 450, 3, 2, 2, 1),
    ("A06", "Retkeilijät ry", "ryhmä", "2022-08-10",
     3100, 1200, 200, 50, 300, 4, 3, 5, 5),
    ("A07", "Matkamuistomyymälä Tuisku", "kauppa", "2023-11-01",
     1500, 900, 650, 200, 350, 2, 2, 1, 2),
    ("A08", "Safaritalo Revontuli", "matkanjärjestäjä", "2017-01-15",
     24800, 17300, 1900, 800, 2600, 5, 4, 4, 3),
]

VIESTIT_EXCEL: dict[str, str] = {
    # Tiedosto kokonaisuutena
    "ei_loydy": "Tiedostoa '{polku}' ei löydy. Tarkista tiedoston nimi ja kansio.",
    "kansio": "'{polku}' on kansio eikä tiedosto. Anna Excel- tai CSV-tiedoston nimi.",
    "ei_luettavissa": "Tiedostoa '{nimi}' ei voi avata ({syy}). Sulje tiedosto muista "
                      "ohjelmista ja tarkista, että sinulla on lukuoikeus.",
    "liian_suuri": "Tiedosto '{nimi}' on liian suuri: {koko} Mt, kun enintään {raja} Mt "
                   "luetaan. Asiakasluettelon pitäisi mahtua pieneen tiedostoon: poista "
                   "ylimääräiset välilehdet, kuvat ja tyhjät rivit tai tallenna pelkät "
                   "asiakasrivit CSV-tiedostoksi.",
    "tyhja_tiedosto": "Tiedosto '{nimi}' on tyhjä (0 tavua). Täytä asiakaspohja ja "
                      "tallenna se uudelleen.",
    "tuntematon_paate": "Tiedoston '{nimi}' päätettä '{paate}' ei tueta. Tallenna "
                        "asiakasluettelo Excel-työkirjana (.xlsx) tai CSV-tiedostona (.csv).",
    "vanha_xls": "Tiedosto '{nimi}' on vanhaa Excel 97–2003 -muotoa (.xls) tai salasanalla "
                 "suojattu työkirja, eikä sitä voi lukea. Avaa se Excelissä, poista "
                 "mahdollinen salasana ja tallenna muodossa Excel-työkirja (.xlsx).",
    "ods": "Tiedosto '{nimi}' on OpenDocument-laskentataulukko (.ods). Tallenna se "
           "LibreOfficessa muodossa Excel 2007–365 (.xlsx) tai CSV ja lue se uudelleen.",
    "csv_xlsx": "Tiedosto '{nimi}' on CSV-tekstiä, vaikka sen pääte on '{paate}'. Vaihda "
                "tiedoston päätteeksi .csv tai avaa se Excelissä ja tallenna muodossa "
                "Excel-työkirja (.xlsx).",
    "xlsx_csv": "Tiedosto '{nimi}' on Excel-työkirja, vaikka sen pääte on '{paate}'. "
                "Vaihda tiedoston päätteeksi .xlsx ja lue se uudelleen.",
    "ei_taulukko": "Tiedosto '{nimi}' ei ole Excel-työkirja eikä CSV-tiedosto (se on {laji}). "
                   "Tallenna asiakasluettelo Excelissä muodossa Excel-työkirja (.xlsx) "
                   "tai CSV UTF-8.",
    "ei_tyokirja": "Tiedosto '{nimi}' on zip-paketti ({laji}), mutta ei Excel-työkirja: "
                   "siitä puuttuu työkirjan osa xl/workbook.xml. Tallenna asiakasluettelo "
                   "Excelissä muodossa Excel-työkirja (.xlsx).",
    "vioittunut": "Tiedostoa '{nimi}' ei voi lukea: se on vioittunut tai keskeneräinen "
                  "({syy}). Avaa alkuperäinen tiedosto Excelissä ja tallenna se uudelleen "
                  "muodossa Excel-työkirja (.xlsx).",
    "xml_pommi": "Tiedosto '{nimi}' hylättiin turvallisuussyistä: sen osassa {osa} on "
                 "XML-määrittelyjä (DOCTYPE tai ENTITY), joita Excel ei koskaan tee ja joilla "
                 "tiedoston voi paisuttaa valtavaksi (XML-pommi). Älä avaa tiedostoa; pyydä "
                 "lähettäjältä uusi tiedosto tai kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "zip_pommi": "Tiedosto '{nimi}' hylättiin: purettuna se olisi {koko} Mt, kun enintään "
                 "{raja} Mt sallitaan. Asiakasluettelo on tätä paljon pienempi; tiedostossa "
                 "on jotain muuta (kuvia, piilotettuja välilehtiä tai tahallinen zip-pommi). "
                 "Kopioi asiakasrivit tyhjään asiakaspohjaan.",
    # CSV-teksti
    "binaari": "Tiedosto '{nimi}' ei ole tekstiä: siinä on ohjausmerkkejä (esimerkiksi "
               "merkki {tavu} {kohta}). Jos tiedosto on tallennettu muodossa "
               "'Unicode-teksti', tallenna se uudelleen muodossa 'CSV UTF-8 (luetteloerotin)'.",
    "merkisto": "Tiedoston '{nimi}' merkistöä ei tunnistettu: se ei ole UTF-8 eikä "
                "Windows-1252 (tavu {tavu} kohdassa {kohta}). Tallenna tiedosto Excelissä "
                "muodossa 'CSV UTF-8 (luetteloerotin)'.",
    "mojibake": "Tiedosto '{nimi}', rivi {rivi}: ääkköset ovat menneet sekaisin ({esimerkki!r}). "
                "Tiedosto on jossain vaiheessa avattu ja tallennettu väärällä merkistöllä. "
                "Vie tiedot uudelleen alkuperäisestä ohjelmasta muodossa 'CSV UTF-8' tai "
                "korjaa ä- ja ö-kirjaimet.",
    "csv_rikki": "Tiedosto '{nimi}', rivi {rivi}: CSV-rivin rakenne on rikki ({syy}). "
                 "Tarkista lainausmerkit: jokaiselle alkavalle \"-merkille pitää olla pari.",
    # Välilehdet ja otsikot
    "ei_valilehtea": "Tiedostossa '{nimi}' ei ole välilehteä '{valilehti}'. Välilehdet ovat: "
                     "{valilehdet}.",
    "tyhja_valilehti": "Tiedosto '{nimi}', välilehti '{valilehti}' on tyhjä. Kirjoita "
                       "asiakkaat välilehdelle '{valilehti}' (otsikot ensimmäiselle riville) "
                       "tai valitse oikea välilehti.",
    "tyhja_csv": "Tiedosto '{nimi}' on tyhjä: siinä ei ole yhtään riviä. Tallenna "
                 "asiakasluettelo uudelleen.",
    "monta_valilehtea": "Tiedostossa '{nimi}' on asiakastaulukko usealla välilehdellä "
                        "({valilehdet}). Nimeä luettava välilehti 'Asiakkaat' tai anna sen "
                        "nimi: lue_asiakkaat(polku, valilehti='...').",
    "ei_otsikkoa": "{paikka}: en löytänyt otsikkoriviä. Ensimmäisellä rivillä on: {rivi}. "
                   "Otsikkorivillä pitää olla ainakin sarakkeet 'Asiakas' ja 'Tuotot (€)'; "
                   "kopioi otsikot asiakaspohjasta (tee_pohja).{lisa}",
    "puuttuva_sarake": "{paikka}: sarake '{sarake}' puuttuu otsikkoriviltä. Löysin sarakkeet: "
                       "{olemassa}. Lisää sarake '{sarake}' tai kopioi otsikot asiakaspohjasta.",
    "kirjoitusvirhe": "{paikka}: otsikkoa '{otsikko}' ei tunnistettu – tarkoititko "
                      "'{sarake}'? Korjaa otsikon kirjoitusasu.",
    "kahdesti": "{paikka}: sarake '{sarake}' on otsikkorivillä kahdesti ({otsikot}). Poista "
                "ylimääräinen sarake tai anna sille toinen otsikko.",
    "yhdistetyt": "{paikka}: solut {alue} on yhdistetty. Yhdistetty solu sekoittaa sarakkeet. "
                  "Valitse solut, poista yhdistäminen (Yhdistä ja keskitä) ja kirjoita "
                  "jokaiselle sarakkeelle oma otsikko ja jokaiselle asiakkaalle oma rivi.",
    "vain_otsikko": "{paikka}: otsikkorivin alla ei ole yhtään asiakasta. Kirjoita asiakkaat "
                    "otsikkorivin alle, yksi asiakas riviä kohden.",
    "liikaa_riveja": "{paikka}: asiakasrivejä on yli {raja}. Näin suurta luetteloa ei lueta; "
                     "valitse tarkasteltavat asiakkaat (esimerkiksi avainasiakasehdokkaat) "
                     "ja tallenna ne omaan tiedostoonsa.",
    "liikaa_soluja": "Tiedostossa '{nimi}' on {solut} täytettyä solua, kun enintään {raja} "
                     "luetaan. Asiakasluettelo on paljon pienempi: poista ylimääräiset "
                     "välilehdet ja tiedot tai kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "liian_laaja": "Tiedosto '{nimi}', välilehti '{valilehti}': käytössä on {rivit} riviä ja "
                   "{sarakkeet} saraketta, kun enintään {raja_rivit} riviä ja {raja_sarakkeet} "
                   "saraketta luetaan. Poista tyhjät rivit ja sarakkeet taulukon perästä tai "
                   "kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "kaksoiskappale": "{paikka}: tunnus {arvo!r} on myös rivillä {toinen}. Jokaisella "
                      "asiakkaalla saa olla vain yksi rivi: yhdistä rivit tai anna toiselle "
                      "asiakkaalle oma tunnus.",
    # Yksittäinen solu: alkuun tulee paikka (välilehti, rivi, sarake, solu)
    "ei_luku": "arvo {arvo!r} ei ole luku. Kirjoita euromäärä numeroina, esimerkiksi 1234,50 "
               "(välilyönnit ja €-merkki sallitaan).",
    "ei_luku_arvio": "arvo {arvo!r} ei ole luku. Anna arvio kokonaislukuna 1–5.",
    "prosentti": "arvo {arvo!r} on prosentti, mutta sarakkeessa pitää olla euroja. Kirjoita "
                 "euromäärä.",
    "totuusarvo": "arvo {arvo} on totuusarvo (TOSI/EPÄTOSI), ei luku. Kirjoita luku.",
    "paiva_luvussa": "solussa on päivämäärä ({arvo}), vaikka sarakkeessa pitää olla luku. "
                     "Muuta solun muoto luvuksi (Muotoile solut → Luku) ja kirjoita luku.",
    "puuttuu_tuotot": "tuotot puuttuvat. Kirjoita asiakkaan tuotot euroina (0, jos asiakas ei "
                      "ostanut mitään).",
    "puuttuu_arvio": "arvio puuttuu. Anna arvio kokonaislukuna 1 (heikko) – 5 (erinomainen).",
    "negatiivinen": "arvo {arvo} on negatiivinen. Tuotot ja kustannukset kirjoitetaan "
                    "positiivisina lukuina (ilman miinusmerkkiä), ja hyvitykset vähennetään "
                    "tuotoista ennen kirjoittamista.",
    "ei_asteikolla": "arvo {arvo} ei ole asteikolla 1–5. Anna arvio kokonaislukuna 1 (heikko) "
                     "– 5 (erinomainen).",
    "ei_kokonaisluku": "arvo {arvo} ei ole kokonaisluku. Anna arvio kokonaislukuna 1–5 "
                       "(ei desimaaleja).",
    "ei_paiva": "arvo {arvo!r} ei ole päivämäärä. Kirjoita päivä muodossa 1.3.2019 tai pelkkä "
                "vuosi (2019), tai jätä solu tyhjäksi.",
    "nimi_puuttuu": "asiakkaan nimi puuttuu, vaikka rivillä on tietoja. Kirjoita nimi tai "
                    "poista rivi.",
    "tunnus_puuttuu": "tunnus puuttuu, vaikka rivillä on tietoja. Anna asiakkaalle tunnus, "
                      "joka ei ole muilla asiakkailla (esimerkiksi A09).",
    "summarivi": "rivi näyttää summariviltä ({arvo!r}). Poista summarivi: kurssi laskee "
                 "summat itse, ja summarivi näkyisi muuten yhtenä asiakkaana.",
    "kaava_ei_arvoa": "solussa on kaava {kaava}, jolla ei ole tallennettua tulosta (tiedostoa "
                      "ei ole tallennettu taulukko-ohjelmassa). Kaavoja ei lasketa "
                      "turvallisuussyistä. Avaa tiedosto Excelissä ja tallenna se, tai kopioi "
                      "solut ja liitä ne arvoina (Liitä määräten → Arvot).",
    "kaava_virhe": "kaavan {kaava} tulos on virhe {arvo}. Korjaa kaava Excelissä tai kirjoita "
                   "soluun luku.",
    "lisaa": " Korjaa myös: {luettelo}.",
    # Vienti
    "ei_xlsx": "Anna tiedostonimi, joka päättyy .xlsx (sain '{nimi}').",
    "on_jo": "Tiedosto '{polku}' on jo olemassa, enkä korvaa sitä. Anna uusi tiedostonimi tai "
             "kirjoita korvaa=True, jos haluat korvata vanhan tiedoston.",
    "ei_kansiota": "Kansiota '{kansio}' ei ole. Luo kansio ensin tai anna toinen polku.",
    "kirjoitus": "Tiedoston '{polku}' kirjoittaminen epäonnistui ({syy}). Mahdollinen vanha "
                 "tiedosto on ennallaan. Onko tiedosto auki Excelissä? Sulje se ja yritä "
                 "uudelleen.",
}

_TEKSTIPAATTEET = {".csv", ".txt", ".tsv"}
_TYOKIRJAPAATTEET = {".xlsx", ".xlsm"}
_EXCELIN_VIRHEET = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"}
_SUMMARIVIT = {"yhteensa", "summa", "yht", "kaikki yhteensa", "total", "kokonaissumma"}
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â‚¬|Â[\u00a0-\u00bf]")


def _viesti(avain: str, **tiedot) -> str:
    return VIESTIT_EXCEL[avain].format(**tiedot)


def _virhe(avain: str, **tiedot) -> AsiakkuusVirhe:
    return AsiakkuusVirhe(_viesti(avain, **tiedot))


# ---------------------------------------------------------------------------
# Asiakaspohja
# ---------------------------------------------------------------------------

def pohjan_sarakkeet() -> pd.DataFrame:
    """Asiakaspohjan sarakkeet: otsikko, pakollisuus, mitä soluun kirjoitetaan ja esimerkki.

    Sama taulukko on pohjan ohjevälilehdellä.

    >>> sarakkeet = pohjan_sarakkeet()
    >>> sarakkeet.loc[4, ["sarake", "pakollinen", "esimerkki"]].tolist()
    ['Tuotot (€)', 'kyllä', '18 400']
    >>> len(sarakkeet)
    13
    """
    return pd.DataFrame({
        "sarake": [s.otsikko for s in SARAKKEET],
        "pakollinen": ["kyllä" if s.pakollinen else "ei" for s in SARAKKEET],
        "sisalto": [s.sisalto for s in SARAKKEET],
        "esimerkki": [s.esimerkki for s in SARAKKEET],
    })


def esimerkkiasiakkaat() -> pd.DataFrame:
    """Asiakaspohjan keksityt esimerkkiasiakkaat samassa muodossa kuin ``lue_asiakkaat`` antaa.

    >>> e = esimerkkiasiakkaat()
    >>> print(*e.loc[0, ["asiakas_id", "nimi", "tuotot", "uskollisuus"]], sep=" | ")
    A01 | Hotelli Kelohovi | 18400.0 | 5
    >>> len(e)
    8
    """
    taulu = pd.DataFrame(ESIMERKKIASIAKKAAT, columns=[s.nimi for s in SARAKKEET])
    taulu["asiakas_alkaen"] = pd.to_datetime(taulu["asiakas_alkaen"])
    taulu[EUROT] = taulu[EUROT].astype(float)
    taulu[ARVIOT] = taulu[ARVIOT].astype("int64")
    return taulu


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


def tee_pohja(polku: str | os.PathLike, esimerkit: bool = True, korvaa: bool = False) -> Path:
    """Tee asiakaspohja (Excel-työkirja), johon yrittäjä kirjoittaa omat asiakkaansa.

    Välilehdellä *Ohjeet* kerrotaan, mitä kuhunkin sarakkeeseen kirjoitetaan, ja
    välilehdellä *Asiakkaat* ovat otsikot ja ``esimerkit=True``-valinnalla kahdeksan
    keksittyä esimerkkiasiakasta. Arviosarakkeisiin Excel hyväksyy vain kokonaisluvut
    1–5 ja eurosarakkeisiin vain luvut. Olemassa olevaa tiedostoa ei korvata, ellei
    ``korvaa=True``. Palauttaa tiedoston polun.

    >>> import shutil, tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> pohja = tee_pohja(kansio / "asiakkaat.xlsx")
    >>> openpyxl.load_workbook(pohja).sheetnames
    ['Ohjeet', 'Asiakkaat']
    >>> len(lue_asiakkaat(pohja))
    8
    >>> lue_asiakkaat(tee_pohja(kansio / "tyhja.xlsx", esimerkit=False))
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto 'tyhja.xlsx', välilehti 'Asiakkaat', rivi 1: otsikkorivin alla ei ole yhtään asiakasta. Kirjoita asiakkaat otsikkorivin alle, yksi asiakas riviä kohden.
    >>> shutil.rmtree(kansio)
    """
    polku = _tarkista_kohde(polku, korvaa)
    wb = openpyxl.Workbook()
    ohjeet = wb.active
    ohjeet.title = OHJEVALILEHTI
    _ohjeet(ohjeet, "Asiakaspohja: omat asiakkaasi", [
        "Näin täytät pohjan:",
        "1. Kirjoita välilehdelle Asiakkaat jokainen asiakas omalle rivilleen. Korvaa "
        "esimerkkirivit omilla asiakkaillasi (poista ylimääräiset rivit kokonaan).",
        "2. Käytä kaikille asiakkaille samaa ajanjaksoa, esimerkiksi viime vuotta "
        "1.1.–31.12. Eurot kirjoitetaan ilman arvonlisäveroa.",
        "3. Kustannukset ovat asiakaskohtaisia: laske esimerkiksi myynnin kustannukset "
        "kertomalla myyntikäyntien määrä käynnin hinnalla (4 × 60 € = 240 €). Tyhjä "
        "kustannussolu tarkoittaa 0 €.",
        "4. Arviot annetaan kokonaislukuina 1 (heikko) – 5 (erinomainen). Myyntivolyymin ja "
        "kannattavuuden pisteet kurssi laskee euroista itse.",
        "5. Älä muuta otsikoita. Voit lisätä omia sarakkeita oikealle (esimerkiksi Huomiot); "
        "niitä ei lueta. Älä yhdistä soluja äläkä lisää summariviä.",
        "6. Jos kirjoitat soluun kaavan (esimerkiksi =4*60), tallenna tiedosto Excelissä: "
        "kurssi lukee Excelin tallentaman tuloksen eikä laske kaavoja itse.",
        "7. Tallenna tiedosto Excel-työkirjana (.xlsx) tai CSV-tiedostona ja lue se kurssin "
        "muistiossa 09 funktiolla lue_asiakkaat.",
        "Asiakastiedot ovat henkilötietoja, jos asiakkaat ovat ihmisiä: säilytä tiedosto "
        "turvallisesti äläkä lähetä sitä eteenpäin.",
        "Sarakkeet:",
    ], pohjan_sarakkeet().rename(columns={"sarake": "Sarake", "pakollinen": "Pakollinen",
                                          "sisalto": "Mitä kirjoitan", "esimerkki": "Esimerkki"}))

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


# ---------------------------------------------------------------------------
# Lukeminen
# ---------------------------------------------------------------------------

def _normalisoi(teksti) -> str:
    """Otsikko vertailumuotoon: pienet kirjaimet, ei ääkkösiä, yksiköt ja välimerkit pois."""
    teksti = unicodedata.normalize("NFKD", str(teksti))
    teksti = "".join(m for m in teksti if not unicodedata.combining(m)).casefold()
    teksti = re.sub(r"\(.*?\)|\[.*?\]", " ", teksti)
    teksti = re.sub(r"[^0-9a-z]+", " ", teksti)
    sanat = [s for s in teksti.split() if s not in {"eur", "euroa", "euro"} and not s.isdigit()]
    return " ".join(sanat)


_ALIAKSET: dict[str, str] = {}
for _s in SARAKKEET:
    for _a in (_s.otsikko, _s.nimi, *_s.aliakset):
        _ALIAKSET.setdefault(_normalisoi(_a), _s.nimi)


class _Kaava:
    """Kaavasolu: kaavaa ei lasketa, vaan sen tilalle haetaan tallennettu tulos."""

    def __init__(self, teksti: str, solu: str):
        self.teksti, self.solu = teksti, solu


@dataclass
class _Lahde:
    nimi: str                           # tiedoston nimi
    valilehti: str | None               # None = CSV-tiedosto
    rivit: list[tuple[int, list]]       # (rivinumero, arvot)
    yhdistetyt: list[tuple[int, int, int, int, str]]
    tulokset: object = None             # kaavojen tallennetut tulokset (funktio)

    def paikka(self, rivi: int | None = None, sarake: int | None = None,
               otsikko: str | None = None) -> str:
        osat = [f"Tiedosto '{self.nimi}'"]
        if self.valilehti is not None:
            osat.append(f"välilehti '{self.valilehti}'")
        if rivi is not None:
            osat.append(f"rivi {rivi}")
        if otsikko is not None:
            osat.append(f"sarake '{otsikko}'")
        teksti = ", ".join(osat)
        if self.valilehti is not None and rivi is not None and sarake is not None:
            teksti += f" (solu {get_column_letter(sarake + 1)}{rivi})"
        return teksti


class _Soluvirhe(Exception):
    pass


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


# --- Yhteinen tulkinta -------------------------------------------------------

def _tunnistettuja(arvot: list) -> int:
    return len({_ALIAKSET[_normalisoi(a)] for a in arvot
                if isinstance(a, str) and _normalisoi(a) in _ALIAKSET})


def _otsikkorivi_indeksi(lahde: _Lahde) -> int | None:
    pisteet = [_tunnistettuja(arvot) for _, arvot in lahde.rivit[:OTSIKKOA_ETSITAAN]]
    if not pisteet or max(pisteet) < 2:
        return None
    return pisteet.index(max(pisteet))


def _nayta_arvo(arvo) -> str:
    if isinstance(arvo, _Kaava):
        return "=" + arvo.teksti.lstrip("=")
    if isinstance(arvo, (dt.datetime, dt.date)):
        return f"{arvo.day}.{arvo.month}.{arvo.year}"
    teksti = str(arvo)
    return teksti if len(teksti) <= 60 else teksti[:57] + "…"


def _nayta_rivi(arvot: list) -> str:
    tekstit = [f"'{_nayta_arvo(a)}'" for a in arvot if a is not None]
    teksti = ", ".join(tekstit[:8]) + (", …" if len(tekstit) > 8 else "")
    return teksti or "(tyhjä)"


def _tulkitse(lahteet: list[_Lahde], nimi: str) -> pd.DataFrame:
    ei_tyhjat = [l for l in lahteet if l.rivit]
    if not ei_tyhjat:
        if lahteet[0].valilehti is None:
            raise _virhe("tyhja_csv", nimi=nimi)
        raise _virhe("tyhja_valilehti", nimi=nimi, valilehti=lahteet[0].valilehti)
    otsikolliset = [(l, i) for l in ei_tyhjat if (i := _otsikkorivi_indeksi(l)) is not None]
    if len(otsikolliset) > 1:
        raise _virhe("monta_valilehtea", nimi=nimi,
                     valilehdet=", ".join(f"'{l.valilehti}'" for l, _ in otsikolliset))
    if not otsikolliset:
        lahde = ei_tyhjat[0]
        rivi, arvot = lahde.rivit[0]
        _tarkista_yhdistetyt(lahde, rivi)
        lisa = (" Erottimena pitää olla puolipiste, pilkku tai sarkain."
                if lahde.valilehti is None else "")
        raise _virhe("ei_otsikkoa", paikka=lahde.paikka(rivi), rivi=_nayta_rivi(arvot),
                     lisa=lisa)
    lahde, indeksi = otsikolliset[0]
    otsikkorivi, otsikot = lahde.rivit[indeksi]
    _tarkista_yhdistetyt(lahde, otsikkorivi)
    sarakkeet = _sarakkeet(lahde, otsikkorivi, otsikot)
    datarivit = lahde.rivit[indeksi + 1:]
    return _muunna_rivit(lahde, otsikkorivi, sarakkeet, datarivit)


def _tarkista_yhdistetyt(lahde: _Lahde, alkaen: int) -> None:
    for ylin, vasen, alin, _, alue in sorted(lahde.yhdistetyt):
        if alin >= alkaen:   # otsikon yläpuolella oleva yhdistetty nimiö saa olla
            rivi = max(ylin, alkaen)
            raise _virhe("yhdistetyt", paikka=lahde.paikka(rivi), alue=alue)


def _sarakkeet(lahde: _Lahde, rivi: int, otsikot: list) -> dict[str, tuple[int, str]]:
    """Kurssin sarakkeen nimi → (sarakkeen indeksi, käyttäjän otsikko)."""
    loydetyt: dict[str, tuple[int, str]] = {}
    tuntemattomat: list[tuple[int, str]] = []
    for indeksi, otsikko in enumerate(otsikot):
        if otsikko is None:
            continue
        teksti = str(otsikko.teksti if isinstance(otsikko, _Kaava) else otsikko).strip()
        kentta = _ALIAKSET.get(_normalisoi(teksti))
        if kentta is None:
            tuntemattomat.append((indeksi, teksti))
        elif kentta in loydetyt:
            raise _virhe("kahdesti", paikka=lahde.paikka(rivi), sarake=_SARAKE[kentta].otsikko,
                         otsikot=f"'{loydetyt[kentta][1]}' ja '{teksti}'")
        else:
            loydetyt[kentta] = (indeksi, teksti)
    # Kirjoitusvirhe: tuntematon otsikko, joka muistuttaa puuttuvaa saraketta.
    vertailu = {a: k for a, k in _ALIAKSET.items() if k not in loydetyt and len(a) >= 4}
    for indeksi, teksti in tuntemattomat:
        lahin = difflib.get_close_matches(_normalisoi(teksti), list(vertailu), n=1, cutoff=0.8)
        if lahin:
            raise _virhe("kirjoitusvirhe", paikka=lahde.paikka(rivi, indeksi, teksti),
                         otsikko=teksti, sarake=_SARAKE[vertailu[lahin[0]]].otsikko)
    for tieto in SARAKKEET:
        if tieto.pakollinen and tieto.nimi not in loydetyt:
            olemassa = ", ".join(o for _, o in sorted([*loydetyt.values(), *tuntemattomat]))
            raise _virhe("puuttuva_sarake", paikka=lahde.paikka(rivi), sarake=tieto.otsikko,
                         olemassa=olemassa or "(ei yhtään)")
    return loydetyt


def _tekstista_luku(teksti: str) -> float | None:
    t = re.sub(r"[\s\u00a0\u202f\u2009\u2007']", "", teksti)
    t = t.replace("\u2212", "-").replace("\u2013", "-").replace("€", "")
    t = re.sub(r"(?i)(?<=\d)(euroa|eur|e)$", "", t)
    t = re.sub(r"(?i)^eur", "", t)
    merkki = -1.0 if t.startswith("-") else 1.0
    t = t.lstrip("+-")
    if not re.fullmatch(r"[\d.,]*\d[\d.,]*", t or "x"):
        return None
    pilkut, pisteet = t.count(","), t.count(".")
    if pilkut and pisteet:
        desimaali = "," if t.rfind(",") > t.rfind(".") else "."
        tuhat = "." if desimaali == "," else ","
        kokonaiset, _, desimaalit = t.rpartition(desimaali)
        if desimaali in kokonaiset or not re.fullmatch(rf"\d{{1,3}}(\{tuhat}\d{{3}})*", kokonaiset):
            return None
        t = kokonaiset.replace(tuhat, "") + "." + desimaalit
    elif pilkut > 1 or pisteet > 1:
        erotin = "," if pilkut else "."
        if not re.fullmatch(rf"\d{{1,3}}(\{erotin}\d{{3}})+", t):
            return None
        t = t.replace(erotin, "")
    else:
        t = t.replace(",", ".")
    if t.startswith(".") or t.endswith("."):
        return None
    return merkki * float(t)


def _luku(arvo, laji: str) -> float | None:
    """Solun arvo luvuksi; None = tyhjä. Virheellisestä arvosta nousee _Soluvirhe."""
    if arvo is None:
        return None
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("totuusarvo", arvo="TOSI" if arvo else "EPÄTOSI"))
    if isinstance(arvo, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise _Soluvirhe(_viesti("paiva_luvussa", arvo=_nayta_arvo(arvo)))
    if isinstance(arvo, (int, float)):
        if not math.isfinite(arvo):
            raise _Soluvirhe(_viesti("ei_luku", arvo=str(arvo)))
        return float(arvo)
    teksti = str(arvo).strip()
    if not teksti:
        return None
    luku = _tekstista_luku(teksti)
    if luku is None:
        if "%" in teksti and _tekstista_luku(teksti.replace("%", "")) is not None:
            raise _Soluvirhe(_viesti("prosentti", arvo=teksti))
        raise _Soluvirhe(_viesti("ei_luku_arvio" if laji == "arvio" else "ei_luku", arvo=teksti))
    return luku


def _paiva(arvo) -> pd.Timestamp:
    if arvo is None:
        return pd.NaT
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("ei_paiva", arvo=str(arvo)))
    if isinstance(arvo, (dt.datetime, dt.date)):
        paiva = pd.Timestamp(arvo)
    elif isinstance(arvo, (int, float)) and float(arvo).is_integer() and 1900 <= arvo <= 2100:
        paiva = pd.Timestamp(int(arvo), 1, 1)
    else:
        teksti = str(arvo).strip()
        paiva = None
        for muoto in ("%d.%m.%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y"):
            try:
                paiva = pd.Timestamp(dt.datetime.strptime(teksti, muoto))
                break
            except ValueError:
                continue
        if paiva is None:
            raise _Soluvirhe(_viesti("ei_paiva", arvo=teksti))
    if not 1900 <= paiva.year <= 2100:
        raise _Soluvirhe(_viesti("ei_paiva", arvo=str(arvo)))
    return paiva.normalize()


def _tekstiksi(arvo) -> str | None:
    if arvo is None:
        return None
    if isinstance(arvo, float) and arvo.is_integer():
        arvo = int(arvo)
    if isinstance(arvo, dt.datetime):
        arvo = arvo.date()
    teksti = str(arvo).strip()
    return teksti or None


def _ratkaise_kaava(lahde: _Lahde, arvo):
    if not isinstance(arvo, _Kaava):
        return arvo
    tulos, laji = lahde.tulokset(arvo.solu)
    if laji == "e" or (isinstance(tulos, str) and tulos.strip() in _EXCELIN_VIRHEET):
        raise _Soluvirhe(_viesti("kaava_virhe", kaava=f"={arvo.teksti.lstrip('=')}", arvo=tulos))
    if tulos is None:
        raise _Soluvirhe(_viesti("kaava_ei_arvoa", kaava=f"={arvo.teksti.lstrip('=')}"))
    return tulos


def _muunna_rivit(lahde: _Lahde, otsikkorivi: int, sarakkeet: dict[str, tuple[int, str]],
                  datarivit: list[tuple[int, list]]) -> pd.DataFrame:
    if len(datarivit) > SUURIN_RIVIMAARA:
        raise _virhe("liikaa_riveja", paikka=lahde.paikka(), raja=SUURIN_RIVIMAARA)
    ongelmat: list[tuple[str, str]] = []   # (koko viesti, lyhyt paikka)
    tulos: dict[str, list] = {s.nimi: [] for s in SARAKKEET}
    rivinumerot: list[int] = []

    def ongelma(rivi: int, kentta: str | None, viesti: str) -> None:
        indeksi, otsikko = sarakkeet[kentta] if kentta else (None, None)
        ongelmat.append((f"{lahde.paikka(rivi, indeksi, otsikko)}: {viesti}",
                         f"rivi {rivi}" + (f" sarake '{otsikko}'" if otsikko else "")))

    for rivi, arvot in datarivit:
        solut = {k: (arvot[i] if i < len(arvot) else None) for k, (i, _) in sarakkeet.items()}
        solut = {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in solut.items()}
        if all(v is None for v in solut.values()):
            continue   # tyhjä rivi tai pelkkiä omia huomioita: ei asiakas
        rivin_ongelmia = len(ongelmat)
        muunnetut = {}
        for kentta, arvo in solut.items():
            laji = _SARAKE[kentta].laji
            try:
                arvo = _ratkaise_kaava(lahde, arvo)
                if laji in ("tunnus", "teksti"):
                    muunnetut[kentta] = _tekstiksi(arvo)
                elif laji == "paiva":
                    muunnetut[kentta] = _paiva(arvo)
                else:
                    muunnetut[kentta] = _tarkista_luku_solu(kentta, _luku(arvo, laji))
            except _Soluvirhe as syy:
                ongelma(rivi, kentta, str(syy))
        nimi = muunnetut.get("nimi")
        if "nimi" in muunnetut and nimi is None:
            ongelma(rivi, "nimi", _viesti("nimi_puuttuu"))
        elif nimi is not None and _normalisoi(nimi) in _SUMMARIVIT:
            # Summarivin muut puutteet (tunnus, arviot) olisivat tässä vain melua.
            del ongelmat[rivin_ongelmia:]
            ongelma(rivi, "nimi", _viesti("summarivi", arvo=nimi))
            continue
        if "asiakas_id" in sarakkeet and "asiakas_id" in muunnetut \
                and muunnetut["asiakas_id"] is None:
            ongelma(rivi, "asiakas_id", _viesti("tunnus_puuttuu"))
        for kentta in ARVIOT:
            if kentta in muunnetut and muunnetut[kentta] is None:
                ongelma(rivi, kentta, _viesti("puuttuu_arvio"))
        if "tuotot" in muunnetut and muunnetut["tuotot"] is None:
            ongelma(rivi, "tuotot", _viesti("puuttuu_tuotot"))
        if len(ongelmat) > rivin_ongelmia:
            continue
        rivinumerot.append(rivi)
        for tieto in SARAKKEET:
            arvo = muunnetut.get(tieto.nimi)
            if tieto.nimi == "asiakas_id" and arvo is None:
                arvo = muunnetut["nimi"]
            elif tieto.nimi == "tyyppi" and arvo is None:
                arvo = "muu"
            elif tieto.laji == "euro" and arvo is None:
                arvo = 0.0
            elif tieto.laji == "paiva" and arvo is None:
                arvo = pd.NaT
            tulos[tieto.nimi].append(arvo)
    if ongelmat:
        viesti = ongelmat[0][0]
        if len(ongelmat) > 1:
            muut = [paikka for _, paikka in ongelmat[1:6]]
            if len(ongelmat) > 6:
                muut.append(f"ja {len(ongelmat) - 6} muuta")
            viesti += _viesti("lisaa", luettelo="; ".join(muut))
        raise AsiakkuusVirhe(viesti)
    if not rivinumerot:
        raise _virhe("vain_otsikko", paikka=lahde.paikka(otsikkorivi))
    _tarkista_yhdistetyt(lahde, otsikkorivi + 1)
    nahdyt: dict[str, int] = {}
    tunnussarake = "asiakas_id" if "asiakas_id" in sarakkeet else "nimi"
    for rivi, tunnus in zip(rivinumerot, tulos["asiakas_id"]):
        if tunnus in nahdyt:
            indeksi, otsikko = sarakkeet[tunnussarake]
            raise _virhe("kaksoiskappale", paikka=lahde.paikka(rivi, indeksi, otsikko),
                         arvo=tunnus, toinen=nahdyt[tunnus])
        nahdyt[tunnus] = rivi
    taulu = pd.DataFrame(tulos)
    taulu["asiakas_alkaen"] = pd.to_datetime(taulu["asiakas_alkaen"])
    taulu[EUROT] = taulu[EUROT].astype(float)
    taulu[ARVIOT] = taulu[ARVIOT].astype("int64")
    return taulu


def _tarkista_luku_solu(kentta: str, luku: float | None):
    if luku is None:
        return None
    arvo = int(luku) if float(luku).is_integer() else luku
    if _SARAKE[kentta].laji == "arvio":
        if not float(luku).is_integer():
            raise _Soluvirhe(_viesti("ei_kokonaisluku", arvo=str(luku).replace(".", ",")))
        if not 1 <= luku <= 5:
            raise _Soluvirhe(_viesti("ei_asteikolla", arvo=arvo))
        return int(luku)
    if luku < 0:
        raise _Soluvirhe(_viesti("negatiivinen", arvo=str(arvo).replace(".", ",")))
    return luku


# ---------------------------------------------------------------------------
# Pisteytys omille asiakkaille
# ---------------------------------------------------------------------------

def oma_portfolio(asiakkaat: pd.DataFrame, painot: Mapping[str, float] | str | None = None,
                  avainasiakkaita: int = 5) -> pd.DataFrame:
    """Omien asiakkaiden kateketju, kriteeripisteet, painotettu pistemäärä ja avainasiakkaat.

    Kate lasketaan funktiolla ``kate.laske_kateketju``. Myyntivolyymin pisteet tulevat
    tuotoista säännöllä ``portfolio.pisteet_1_5`` ja kannattavuuden pisteet asiakkuuden
    katteesta säännöllä ``portfolio.kannattavuuspisteet`` (viidenneksittäin omien asiakkaiden
    kesken; tappiollinen asiakas saa 1 pisteen). Uskollisuus,
    tuleva potentiaali, referenssiarvo ja oppimisarvo ovat yrittäjän arvioita 1–5.
    Pisteytys on ``portfolio.pisteyta``: tulos on järjestetty sijan mukaan.

    >>> p = oma_portfolio(esimerkkiasiakkaat(), avainasiakkaita=3)
    >>> p[["sija", "nimi", "pisteet", "avainasiakas"]].head(4)
       sija                         nimi  pisteet  avainasiakas
    0     1             Hotelli Kelohovi      4.4          True
    1     2         Safaritalo Revontuli      4.4          True
    2     3  Luontaistuotekauppa Pihlaja      4.0          True
    3     4               Retkeilijät ry      3.3         False
    """
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["asiakas_id", "nimi"], numeeriset=ARVIOT,
                      tunniste="asiakas_id")
    k = kate.laske_kateketju(asiakkaat)
    pisteet = k[["asiakas_id", "nimi"]].copy()
    pisteet["tyyppi"] = k["tyyppi"] if "tyyppi" in k.columns else "muu"
    pisteet["myyntivolyymi"] = portfolio.pisteet_1_5(k["tuotot"]).to_numpy()
    pisteet["kannattavuus"] = portfolio.kannattavuuspisteet(k["asiakkuuden_kate"]).to_numpy()
    for sarake in ARVIOT:
        pisteet[sarake] = k[sarake].to_numpy()
    tulos = portfolio.pisteyta(pisteet, painot, avainasiakkaita)
    katesarakkeet = ["asiakas_id", *kate.KATEKETJU, "myyntikate_pros", "kate_pros"]
    return tulos.merge(k[katesarakkeet], on="asiakas_id", how="left", validate="one_to_one")


# ---------------------------------------------------------------------------
# Vienti Exceliin
# ---------------------------------------------------------------------------

def _tarkista_kohde(polku, korvaa: bool) -> Path:
    polku = Path(polku)
    if polku.suffix.lower() != ".xlsx":
        raise _virhe("ei_xlsx", nimi=polku.name)
    if not polku.parent.is_dir():
        raise _virhe("ei_kansiota", kansio=polku.parent)
    if polku.is_dir():
        raise _virhe("kansio", polku=polku)
    if polku.exists() and not korvaa:
        raise _virhe("on_jo", polku=polku)
    return polku


def _tallenna(wb, polku: Path, korvaa: bool) -> Path:
    """Tallenna ensin väliaikaiseen tiedostoon samaan kansioon ja nimeä se sitten."""
    tilapainen = polku.with_name(f".~{polku.stem}.{secrets.token_hex(4)}.tmp")
    try:
        # Uusi tiedosto tavallisin oikeuksin (umask), O_EXCL: ei koskaan jonkun toisen päälle.
        kahva = os.open(tilapainen, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                        | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(kahva, "wb") as tiedosto:
            wb.save(tiedosto)
            tiedosto.flush()
            os.fsync(tiedosto.fileno())
        if polku.exists() and not korvaa:   # joku ehti tehdä tiedoston sillä välin
            raise _virhe("on_jo", polku=polku)
        os.replace(tilapainen, polku)
    except AsiakkuusVirhe:
        tilapainen.unlink(missing_ok=True)
        raise
    except OSError as syy:
        tilapainen.unlink(missing_ok=True)
        raise _virhe("kirjoitus", polku=polku, syy=syy.strerror or type(syy).__name__) from None
    except BaseException:
        tilapainen.unlink(missing_ok=True)
        raise
    return polku


@dataclass(frozen=True)
class _Vientisarake:
    nimi: str
    otsikko: str
    leveys: float
    muoto: str | None = None
    laskettu: bool = False


_VIENTISARAKKEET = [
    _Vientisarake("asiakas_id", "Tunnus", 16),
    _Vientisarake("nimi", "Asiakas", 30),
    _Vientisarake("tyyppi", "Asiakaslaji", 16),
    _Vientisarake("asiakas_alkaen", "Asiakkuus alkanut", 12, PAIVAMUOTO),
    _Vientisarake("tuotot", "Tuotot", 13, EUROMUOTO),
    _Vientisarake("suorat_kustannukset", "Suorat kustannukset", 13, EUROMUOTO),
    _Vientisarake("myyntikate", "Myyntikate", 13, EUROMUOTO, True),
    _Vientisarake("myynnin_kustannukset", "Myynnin kustannukset", 13, EUROMUOTO),
    _Vientisarake("markkinoinnin_kustannukset", "Markkinoinnin kustannukset", 14, EUROMUOTO),
    _Vientisarake("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset", 14, EUROMUOTO),
    _Vientisarake("asiakkuuden_kate", "Asiakkuuden kate", 13, EUROMUOTO, True),
    _Vientisarake("myyntikate_pros", "Myyntikate-%", 11, PROSENTTIMUOTO, True),
    _Vientisarake("kate_pros", "Kate-%", 10, PROSENTTIMUOTO, True),
    *[_Vientisarake(k, portfolio.KRITEERIEN_NIMET[k], 14, "0", k in ("myyntivolyymi",
                                                                     "kannattavuus"))
      for k in portfolio.KRITEERIT],
    _Vientisarake("pisteet", "Pisteet", 10, PISTEMUOTO, True),
    _Vientisarake("sija", "Sija", 8, "0", True),
    _Vientisarake("avainasiakas", "Avainasiakas", 13, None, True),
]
VIENNIN_RIVIT = {"otsikko": 3, "ensimmainen": 4, "painot": 2}
"""Vientityökirjan rivit: painot rivillä 2, otsikot rivillä 3, asiakkaat rivistä 4 alkaen."""


def vientisarakkeet() -> dict[str, str]:
    """Vientityökirjan Portfolio-välilehden sarakkeet: kurssin nimi → sarakkeen kirjain.

    Painot ovat rivillä 2 kriteerien sarakkeiden yläpuolella, avainasiakkaiden määrä
    solussa B2 ja asiakkaat rivistä 4 alkaen.

    >>> s = vientisarakkeet()
    >>> s["tuotot"], s["myyntivolyymi"], s["pisteet"], s["sija"]
    ('E', 'N', 'T', 'U')
    """
    return {s.nimi: get_column_letter(i) for i, s in enumerate(_VIENTISARAKKEET, start=1)}


def vientikaavat(polku: str | os.PathLike, sarakkeet: list[str], rivi: int = 4) -> pd.DataFrame:
    """Vientityökirjan kaavat yhdeltä riviltä luettavaksi: sarake ja sen kaava.

    Tiedostossa uudempien Excel-funktioiden edessä on tunnus ``_xlfn.`` (esimerkiksi
    ``_xlfn.RANK.AVG``). Excel ei näytä sitä käyttäjälle, joten se jätetään tästäkin pois.
    Työkirja avataan vain lukemista varten.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as k:
    ...     polku = vie_exceliin(Path(k) / "p.xlsx", esimerkkiasiakkaat())
    ...     print(vientikaavat(polku, ["myyntikate"]).iloc[0, 1])
    =ROUND(E4-F4,2)
    """
    tyokirja = openpyxl.load_workbook(polku, read_only=True)
    try:
        taulukko = tyokirja["Portfolio"]
        kirjaimet = vientisarakkeet()
        kaavat = [str(taulukko[f"{kirjaimet[nimi]}{rivi}"].value).replace("_xlfn.", "")
                  for nimi in sarakkeet]
    finally:
        tyokirja.close()
    otsikot = {s.nimi: s.otsikko for s in _VIENTISARAKKEET}
    return pd.DataFrame({"Sarake": [otsikot[n] for n in sarakkeet], "Kaava": kaavat})


def tee_esimerkki_csv(polku: str | os.PathLike, virheellinen: bool = False) -> Path:
    """Kirjoita pieni esimerkki-CSV (puolipiste-erotin, suomalaiset luvut) ja palauta polku.

    ``virheellinen=True`` kirjoittaa tiedoston, jonka tuotoissa on teksti *noin 500*,
    jotta lukijan virheilmoitusta voi kokeilla. Tiedosto kirjoitetaan joka kerta uudelleen:
    käytä sille omaa nimeä, älä omien asiakkaidesi tiedoston nimeä.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as k:
    ...     print(lue_asiakkaat(tee_esimerkki_csv(Path(k) / "e.csv")).loc[0, "tuotot"])
    4250.5
    """
    otsikko = ("Asiakas;Laji;Tuotot;Suorat kustannukset;Myynnin kustannukset;"
               "Markkinoinnin kustannukset;Asiakaspalvelun kustannukset;"
               "Uskollisuus;Tuleva potentiaali;Referenssiarvo;Oppimisarvo\n")
    rivi = ("Kahvila Kuksa;kahvila;noin 500;200;0;0;0;4;3;3;2\n" if virheellinen else
            "Kahvila Kuksa;kahvila;4 250,50 €;2 100;300;;150;4;3;3;2\n")
    polku = Path(polku)
    polku.write_text(otsikko + rivi, encoding="utf-8")
    return polku


def vie_exceliin(polku: str | os.PathLike, asiakkaat: pd.DataFrame,
                 painot: Mapping[str, float] | str | None = None, avainasiakkaita: int = 5,
                 korvaa: bool = False) -> Path:
    """Vie katteet, pisteet ja avainasiakkaat uuteen Excel-työkirjaan, jossa kaavat elävät.

    ``asiakkaat`` on ``lue_asiakkaat``-funktion tulos. Välilehdellä *Portfolio* on yksi
    asiakas riviä kohden (tunnuksen mukaan järjestettynä). Painot ovat keltaisissa
    soluissa rivillä 2 kunkin kriteerin yläpuolella ja avainasiakkaiden määrä solussa B2.
    Myyntikate, asiakkuuden kate, katteiden prosentit, myyntivolyymin ja kannattavuuden
    pisteet (``portfolio.pisteet_1_5`` Excelin kaavana), painotettu pistemäärä
    (TULOJEN.SUMMA eli SUMPRODUCT), sija (ARVON.MUKAAN.TASAN eli RANK.EQ, tasapisteissä
    tunnuksen mukaan kuten ``portfolio.pisteyta``) ja avainasiakas ovat kaavoja, joten
    painon muuttaminen Excelissä järjestää asiakkaat uudelleen. Avainasiakkaat korostetaan
    ehdollisella muotoilulla, joka seuraa sijaa. Välilehti *Järjestys* näyttää asiakkaat
    sijan mukaan (INDEX/MATCH-kaavat) ja *Ohjeet* kertoo, miten työkirjaa käytetään ilman
    Pythonia.

    Olemassa olevaa tiedostoa ei korvata, ellei ``korvaa=True``. Työkirja kirjoitetaan
    ensin väliaikaiseen tiedostoon samaan kansioon ja nimetään sitten lopulliseksi.

    >>> import shutil, tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> tiedosto = vie_exceliin(kansio / "portfolio.xlsx", esimerkkiasiakkaat())
    >>> ws = openpyxl.load_workbook(tiedosto)["Portfolio"]
    >>> ws["N2"].value, ws["T4"].value
    (30, '=ROUND(SUMPRODUCT($N$2:$S$2,N4:S4)/SUM($N$2:$S$2),9)')
    >>> vie_exceliin(tiedosto, esimerkkiasiakkaat())
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto '...portfolio.xlsx' on jo olemassa, enkä korvaa sitä. Anna uusi tiedostonimi tai kirjoita korvaa=True, jos haluat korvata vanhan tiedoston.
    >>> shutil.rmtree(kansio)
    """
    polku = _tarkista_kohde(polku, korvaa)
    painot = portfolio.hae_painot(painot)
    avainasiakkaita = int(tarkista_luku(avainasiakkaita, "Avainasiakkaiden määrä", alin=0))
    oma_portfolio(asiakkaat, painot, avainasiakkaita)   # tarkistaa syötteen ennen kirjoitusta
    # Rivit tunnuksen mukaan: silloin "ylempi rivi voittaa tasapisteissä" on sama sääntö
    # kuin portfolio.pisteyta-funktiossa, painoista riippumatta.
    rivit = asiakkaat.assign(asiakas_id=asiakkaat["asiakas_id"].astype(str)) \
        .sort_values("asiakas_id", kind="stable", ignore_index=True)
    if "tyyppi" not in rivit.columns:
        rivit["tyyppi"] = "muu"
    if "asiakas_alkaen" not in rivit.columns:
        rivit["asiakas_alkaen"] = pd.NaT

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    _portfolio_valilehti(ws, rivit, painot, avainasiakkaita)
    _jarjestys_valilehti(wb.create_sheet("Järjestys"), len(rivit))
    _ohjeet(wb.create_sheet(OHJEVALILEHTI), "Näin käytät portfoliotyökirjaa", _VIENNIN_OHJEET)
    wb.calculation.fullCalcOnLoad = True   # Excel laskee kaavat heti avattaessa
    return _tallenna(wb, polku, korvaa)


def _portfolio_valilehti(ws, rivit: pd.DataFrame, painot: dict[str, float],
                         avainasiakkaita: int) -> None:
    s = vientisarakkeet()
    eka = VIENNIN_RIVIT["ensimmainen"]
    vika = eka + len(rivit) - 1
    kriteerit = f"${s['myyntivolyymi']}$2:${s['oppimisarvo']}$2"

    ws["A1"] = "Asiakasportfolio"
    ws["A1"].font = Font(bold=True, size=16)
    ws["E1"] = ("Muuta keltaisia soluja: painot (%) ja avainasiakkaiden määrä. Katteet, "
                "pisteet, sijat ja avainasiakkaat päivittyvät itsestään.")
    ws["E1"].font = Font(italic=True)
    ws["A2"] = "Avainasiakkaita"
    ws["A2"].font = Font(bold=True)
    ws["B2"] = avainasiakkaita
    ws[f"{s['kate_pros']}2"] = "Painot (%) →"
    ws[f"{s['kate_pros']}2"].font = Font(bold=True)
    ws[f"{s['kate_pros']}2"].alignment = Alignment(horizontal="right")
    for kriteeri in portfolio.KRITEERIT:
        arvo = painot[kriteeri]
        ws[f"{s[kriteeri]}2"] = int(arvo) if float(arvo).is_integer() else arvo
    summa = ws[f"{s['pisteet']}2"]
    summa.value = f"=SUM({kriteerit})"
    summa.number_format = '0 "% yht."'
    summa.font = Font(bold=True)
    for solu in [ws["B2"], *(ws[f"{s[k]}2"] for k in portfolio.KRITEERIT)]:
        solu.fill = _SYOTETAYTTO
        solu.border = _REUNA
        solu.font = Font(bold=True)
        solu.alignment = Alignment(horizontal="center")
    ws.add_data_validation(_kelpo(DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100",
        error="Anna paino prosentteina 0–100. Painojen summan pitää olla 100."),
        f"{s['myyntivolyymi']}2:{s['oppimisarvo']}2"))
    ws.add_data_validation(_kelpo(DataValidation(
        type="whole", operator="between", formula1="0", formula2=str(len(rivit)),
        error=f"Anna avainasiakkaiden määrä kokonaislukuna 0–{len(rivit)}."), "B2"))

    otsikkorivi = VIENNIN_RIVIT["otsikko"]
    _otsikkorivi(ws, otsikkorivi, [v.otsikko for v in _VIENTISARAKKEET],
                 [v.leveys for v in _VIENTISARAKKEET])

    def alue(nimi: str) -> str:
        return f"${s[nimi]}${eka}:${s[nimi]}${vika}"

    def pisteet_1_5(nimi: str, r: int) -> str:
        # portfolio.pisteet_1_5: sija = keskimääräinen nouseva sija, p = (sija − 1)/(n − 1),
        # pisteet = min(5, 1 + ⌊5p + 1e-9⌋); yksi asiakas saa 3 pistettä.
        n = f"COUNT({alue(nimi)})"
        sija = f"_xlfn.RANK.AVG({s[nimi]}{r},{alue(nimi)},1)"
        return f"=IF({n}=1,3,MIN(5,1+INT(5*(({sija}-1)/({n}-1))+1E-9)))"

    for i, asiakas in enumerate(rivit.itertuples(index=False)):
        r = eka + i
        tiedot = asiakas._asdict()
        kaavat = {
            # Sentin tarkkuudella kuten portfolio.pisteet_1_5: samat eurot, samat pisteet.
            "myyntikate": f"=ROUND({s['tuotot']}{r}-{s['suorat_kustannukset']}{r},2)",
            "asiakkuuden_kate": (f"=ROUND({s['myyntikate']}{r}-({s['myynnin_kustannukset']}{r}"
                                 f"+{s['markkinoinnin_kustannukset']}{r}"
                                 f"+{s['asiakaspalvelun_kustannukset']}{r}),2)"),
            "myyntikate_pros": f'=IF({s["tuotot"]}{r}=0,"",{s["myyntikate"]}{r}/{s["tuotot"]}{r})',
            "kate_pros": f'=IF({s["tuotot"]}{r}=0,"",{s["asiakkuuden_kate"]}{r}/{s["tuotot"]}{r})',
            "myyntivolyymi": pisteet_1_5("tuotot", r),
            # portfolio.kannattavuuspisteet: tappiollinen asiakas saa aina 1 pisteen.
            "kannattavuus": (f"=IF({s['asiakkuuden_kate']}{r}<0,1,"
                             f"{pisteet_1_5('asiakkuuden_kate', r).lstrip('=')})"),
            "pisteet": (f"=ROUND(SUMPRODUCT({kriteerit},{s['myyntivolyymi']}{r}:"
                        f"{s['oppimisarvo']}{r})/SUM({kriteerit}),9)"),
            # Tasapisteissä ylempi rivi (pienempi tunnus) saa paremman sijan.
            "sija": (f"=_xlfn.RANK.EQ({s['pisteet']}{r},{alue('pisteet')},0)"
                     f"+COUNTIF(${s['pisteet']}${otsikkorivi}:{s['pisteet']}{r - 1},"
                     f"{s['pisteet']}{r})"),
            "avainasiakas": f'=IF({s["sija"]}{r}<=$B$2,"kyllä","ei")',
        }
        for j, sarake in enumerate(_VIENTISARAKKEET, start=1):
            if sarake.nimi in kaavat:
                solu = ws.cell(r, j, kaavat[sarake.nimi])
                solu.fill = _LASKETTU
            else:
                arvo = tiedot.get(sarake.nimi)
                if sarake.nimi == "asiakas_alkaen":
                    arvo = None if pd.isna(arvo) else pd.Timestamp(arvo).to_pydatetime()
                elif sarake.nimi in ARVIOT:
                    arvo = int(arvo)
                elif sarake.nimi in EUROT:
                    arvo = float(arvo)
                solu = _teksti(ws, r, j, arvo)
            if sarake.muoto:
                solu.number_format = sarake.muoto
            if sarake.nimi in ("sija", "avainasiakas", *portfolio.KRITEERIT):
                solu.alignment = Alignment(horizontal="center")

    ws.freeze_panes = f"C{eka}"
    _vaakatuloste(ws)
    ws.auto_filter.ref = f"A{otsikkorivi}:{get_column_letter(len(_VIENTISARAKKEET))}{vika}"
    koko = f"A{eka}:{get_column_letter(len(_VIENTISARAKKEET))}{vika}"
    ws.conditional_formatting.add(koko, FormulaRule(
        formula=[f"${s['sija']}{eka}<=$B$2"], fill=_AVAINTAYTTO, font=Font(bold=True)))
    for nimi in ("asiakkuuden_kate", "kate_pros", "myyntikate"):
        ws.conditional_formatting.add(
            f"{s[nimi]}{eka}:{s[nimi]}{vika}",
            CellIsRule(operator="lessThan", formula=["0"], font=Font(color="C00000", bold=True)))
    ws.conditional_formatting.add(f"{s['pisteet']}2", FormulaRule(
        formula=[f"ROUND(${s['pisteet']}$2,6)<>100"], fill=_VAROITUSTAYTTO))


def _vaakatuloste(ws) -> None:
    # Tulostettaessa koko leveys yhdelle vaakasivulle.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _kelpo(validointi: DataValidation, alue: str) -> DataValidation:
    validointi.showErrorMessage = True
    validointi.errorTitle = "Tarkista arvo"
    validointi.add(alue)
    return validointi


def _jarjestys_valilehti(ws, n: int) -> None:
    s = vientisarakkeet()
    eka = VIENNIN_RIVIT["ensimmainen"]
    vika = eka + n - 1
    ws["A1"] = "Asiakkaat sijan mukaan"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Järjestys päivittyy itsestään, kun muutat painoja tai avainasiakkaiden "
                "määrää välilehdellä Portfolio.")
    ws["A2"].font = Font(italic=True)
    sarakkeet = [("sija", "Sija", 8, "0"), ("asiakas_id", "Tunnus", 10, None),
                 ("nimi", "Asiakas", 30, None), ("tyyppi", "Asiakaslaji", 16, None),
                 ("pisteet", "Pisteet", 10, PISTEMUOTO), ("tuotot", "Tuotot", 13, EUROMUOTO),
                 ("asiakkuuden_kate", "Asiakkuuden kate", 14, EUROMUOTO),
                 ("avainasiakas", "Avainasiakas", 13, None)]
    otsikkorivi = VIENNIN_RIVIT["otsikko"]
    _otsikkorivi(ws, otsikkorivi, [o for _, o, _, _ in sarakkeet], [l for _, _, l, _ in sarakkeet])
    sijat = f"Portfolio!${s['sija']}${eka}:${s['sija']}${vika}"
    for k in range(1, n + 1):
        r = eka + k - 1
        for j, (nimi, _, _, muoto) in enumerate(sarakkeet, start=1):
            if nimi == "sija":
                solu = ws.cell(r, j, k)
            else:
                lahde = f"Portfolio!${s[nimi]}${eka}:${s[nimi]}${vika}"
                solu = ws.cell(r, j, f"=INDEX({lahde},MATCH($A{r},{sijat},0))")
            if muoto:
                solu.number_format = muoto
            if nimi in ("sija", "avainasiakas"):
                solu.alignment = Alignment(horizontal="center")
    ws.freeze_panes = f"A{eka}"
    _vaakatuloste(ws)
    viimeinen = get_column_letter(len(sarakkeet))
    ws.conditional_formatting.add(f"A{eka}:{viimeinen}{vika}", FormulaRule(
        formula=[f'${viimeinen}{eka}="kyllä"'], fill=_AVAINTAYTTO, font=Font(bold=True)))


_VIENNIN_OHJEET = [
    "Työkirjan välilehdet:",
    "Portfolio: yksi asiakas riviä kohden. Valkoiset solut ovat lähtötietoja, harmaat solut "
    "kaavoja ja keltaiset solut asetuksia, joita voit muuttaa.",
    "Järjestys: asiakkaat parhaasta alkaen. Lista järjestyy uudelleen itsestään.",
    "Painojen muuttaminen:",
    "Kirjoita uudet painot (prosentteina) Portfolio-välilehden riville 2 kunkin kriteerin "
    "yläpuolelle. Painojen summan pitää olla 100; jos se ei ole, summasolu muuttuu "
    "punaiseksi. Kun painat Enter, pisteet, sijat ja avainasiakkaat lasketaan uudelleen.",
    "Avainasiakkaiden määrän voit vaihtaa solussa B2. Avainasiakkaiden rivit näkyvät "
    "oranssina kaikilla välilehdillä.",
    "Kaavat:",
    "Myyntikate = tuotot − suorat kustannukset. Asiakkuuden kate = myyntikate − myynnin, "
    "markkinoinnin ja asiakaspalvelun kustannukset.",
    "Myyntivolyymin ja kannattavuuden pisteet 1–5 tulevat asiakkaan sijasta omien "
    "asiakkaidesi joukossa viidenneksittäin: pienimmät tuotot (tai kate) saavat 1 pisteen, "
    "suurimmat 5 pistettä, ja sentilleen samat eurot saavat samat pisteet. Tappiollinen "
    "asiakas saa kannattavuudesta aina 1 pisteen. Muut neljä pistemäärää ovat omia "
    "arvioitasi.",
    "Pisteet = painotettu keskiarvo: TULOJEN.SUMMA(painot; pisteet) / SUMMA(painot). "
    "Sija = ARVON.MUKAAN.TASAN; tasapisteissä ylempi rivi saa paremman sijan.",
    "Suomenkielinen Excel näyttää kaavat suomeksi: SUMPRODUCT = TULOJEN.SUMMA, "
    "RANK.EQ = ARVON.MUKAAN.TASAN, RANK.AVG = ARVON.MUKAAN.KESKIARVO, COUNTIF = LASKE.JOS, "
    "IF = JOS, ROUND = PYÖRISTÄ, INDEX = INDEKSI, MATCH = VASTINE.",
    "Ensi vuonna:",
    "Päivitä eurot ja arviot valkoisiin soluihin: kaikki muu päivittyy. Uuden asiakkaan "
    "voit lisätä lisäämällä rivin taulukon keskelle (ei viimeisen rivin alle) ja kopioimalla "
    "harmaat kaavasolut yläpuolella olevalta riviltä. Voit myös täyttää uuden asiakaspohjan "
    "ja tehdä työkirjan uudelleen kurssin muistiossa 09.",
    "Taulukon voi järjestää otsikkorivin suodatinnuolista, esimerkiksi sijan mukaan.",
    "Asiakastiedot ovat henkilötietoja, jos asiakkaat ovat ihmisiä: säilytä työkirja "
    "turvallisesti.",
]
