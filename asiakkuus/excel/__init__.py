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

from .lukeminen import lue_asiakkaat
from .pisteytys import oma_portfolio
from .pohja import tee_esimerkki_csv, tee_pohja
from .sarakkeet import (ARVIOT, ASIAKASVALILEHTI, ESIMERKKIASIAKKAAT, EUROMUOTO, EUROT,
                        OHJEVALILEHTI, OTSIKKOA_ETSITAAN, PAIVAMUOTO, PISTEMUOTO,
                        PROSENTTIMUOTO, SARAKKEET, SENTTIMUOTO, SUURIN_PURETTU,
                        SUURIN_RIVIMAARA, SUURIN_SARAKEMAARA, SUURIN_SOLUMAARA,
                        SUURIN_TIEDOSTO, VIESTIT_EXCEL, Sarake, esimerkkiasiakkaat,
                        pohjan_sarakkeet)
from .vienti import VIENNIN_RIVIT, vie_exceliin, vientikaavat, vientisarakkeet

__all__ = [
    "lue_asiakkaat", "oma_portfolio", "tee_esimerkki_csv", "tee_pohja", "vie_exceliin",
    "vientikaavat", "vientisarakkeet", "pohjan_sarakkeet", "esimerkkiasiakkaat",
    "Sarake", "SARAKKEET", "ESIMERKKIASIAKKAAT", "ARVIOT", "EUROT", "ASIAKASVALILEHTI",
    "OHJEVALILEHTI", "VIENNIN_RIVIT", "VIESTIT_EXCEL", "SUURIN_TIEDOSTO", "SUURIN_PURETTU",
    "SUURIN_SOLUMAARA", "SUURIN_RIVIMAARA", "SUURIN_SARAKEMAARA", "OTSIKKOA_ETSITAAN",
    "EUROMUOTO", "SENTTIMUOTO", "PROSENTTIMUOTO", "PISTEMUOTO", "PAIVAMUOTO",
]
