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

Laskenta tehdään moduuleissa ``kate`` ja ``portfolio`` (omien asiakkaiden pisteytys:
``portfolio.oma_portfolio``); tämä paketti vain lukee, tarkistaa ja kirjoittaa. Luvut
luetaan kurssin ainoalla jäsentimellä ``muotoilu.lue_luku`` ja virheilmoitukset ovat
sanakirjassa ``virheet.VIESTIT``.

Tiedostot, yksi tehtävä kussakin:

- ``sarakkeet``: pohjan sarakkeet, rajat ja esimerkkiasiakkaat
- ``pohja``: asiakaspohja ja esimerkki-CSV
- ``lukeminen``: tiedoston tavut, tiedostolajin tunnistus ja Excel-työkirja
- ``tekstitiedosto``: CSV- ja tekstitiedostot (merkistö, erotin)
- ``tulkinta``: otsikkorivi, sarakkeet ja solujen arvot
- ``kirjoitus``: tyylit ja turvallinen tallennus
- ``ohjetekstit``: pohjan ja vientityökirjan ohjevälilehtien tekstit tietona
- ``vienti``: vientityökirja eläviin kaavoihin

Rajat kutsua kohden (ne pitävät jokaisen kutsun muutaman sekunnin mittaisena):

- ``lue_asiakkaat``: tiedosto enintään ``SUURIN_TIEDOSTO`` tavua, työkirja purettuna
  ``SUURIN_PURETTU`` tavua ja ``SUURIN_OSAMAARA`` osaa, ``SUURIN_SOLUMAARA`` solua,
  ``SUURIN_RIVIMAARA`` asiakasta, otsikkorivi ``OTSIKKOA_ETSITAAN`` ensimmäisen ei-tyhjän
  rivin joukossa, teksti enintään ``PISIN_TEKSTI`` merkkiä ja euromäärä ``SUURIN_EURO``.
- ``vie_exceliin``: enintään ``SUURIN_RIVIMAARA`` asiakasta (sen verran luetaan takaisin).
- ``muotoilu.lue_luku``: teksti enintään ``muotoilu.PISIN_LUKUTEKSTI`` merkkiä.

Turvallisuus ja tietojen säilyminen:

- Luettava tiedosto avataan vain lukemista varten, eikä sitä koskaan muuteta. Kansio,
  nimetty putki ja laite hylätään ennen avaamista, joten lukeminen ei jää odottamaan.
- Mitä luetaan, sen voi viedä ja lukea takaisin samana; mitä työkirjaan ei voi tallentaa
  sellaisenaan (ohjausmerkit, liian pitkä teksti, yli 15 numeron luku), hylätään jo
  lukiessa viestillä.
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

from .lukeminen import lue_asiakkaat
from .pohja import tee_esimerkki_csv, tee_pohja
from .sarakkeet import (ARVIOT, ASIAKASVALILEHTI, ESIMERKKIASIAKKAAT, EUROMUOTO, EUROT,
                        OHJEVALILEHTI, OTSIKKOA_ETSITAAN, PAIVAMUOTO, PISIN_TEKSTI, PISTEMUOTO,
                        PROSENTTIMUOTO, SARAKKEET, SENTTIMUOTO, SUURIN_EURO, SUURIN_OSAMAARA,
                        SUURIN_PURETTU, SUURIN_RIVIMAARA, SUURIN_SARAKEMAARA, SUURIN_SOLUMAARA,
                        SUURIN_TIEDOSTO, Sarake, esimerkkiasiakkaat, pohjan_sarakkeet)
from .vienti import VIENNIN_RIVIT, vie_exceliin, vientikaavat, vientisarakkeet

__all__ = [
    "lue_asiakkaat", "tee_esimerkki_csv", "tee_pohja", "vie_exceliin", "vientikaavat",
    "vientisarakkeet", "pohjan_sarakkeet", "esimerkkiasiakkaat",
    "Sarake", "SARAKKEET", "ESIMERKKIASIAKKAAT", "ARVIOT", "EUROT", "ASIAKASVALILEHTI",
    "OHJEVALILEHTI", "VIENNIN_RIVIT", "SUURIN_TIEDOSTO", "SUURIN_PURETTU", "SUURIN_OSAMAARA",
    "SUURIN_SOLUMAARA", "SUURIN_RIVIMAARA", "SUURIN_SARAKEMAARA", "OTSIKKOA_ETSITAAN",
    "PISIN_TEKSTI", "SUURIN_EURO",
    "EUROMUOTO", "SENTTIMUOTO", "PROSENTTIMUOTO", "PISTEMUOTO", "PAIVAMUOTO",
]
