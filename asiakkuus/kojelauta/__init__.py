"""Opettajan kojelauta: kurssin laskelmat säätiminä luokan videotykille.

Kojelauta kytkee widgetit paketin laskelmiin eikä laske liiketoiminnan lukuja itse:
kateketju tulee ``kate``-moduulista, pisteytys ja avainasiakkaat ``portfolio``-moduulista
ja NPS ``mittarit``-moduulista. Välilehdet:

1. **Asiakkuuden kate**: valitse asiakas, muuta tuottoja ja kustannuksia, vesiputous piirtyy.
2. **Valaskäyrä ja 80/20**: kertynyt kate ja kohta, jossa raja (oletus 80 %) ylittyy.
3. **Asiakasportfolio**: kuuden kriteerin painot (aina yhteensä 100 %), valmiit painotukset
   tämän päivän ja huomisen avainasiakkaille, sijoitustaulukko ja portfoliomatriisi.
4. **NPS**: vastausten määrät arvosanoittain, NPS ja jakauma.

Nopeus: kriteerien pisteet, asiakkuuden kate ja valaskäyrä lasketaan kerran. Säätimen liike
vain painottaa ja järjestää asiakkaat uudelleen ja päivittää kuvion valmiit piirtoelementit.
Kuvion kiinteä osa (akselit, otsikot, ruudukko, kaikki asiakkaat) piirretään kerran taustaksi,
ja päivityksessä sen päälle piirretään vain muuttuvat osat. Säätimet lähettävät arvonsa vasta,
kun liike päättyy (``continuous_update=False``), joten vetäminen ei jonouta turhia päivityksiä.

Turvallisuus: sivulla ei ole koodikenttiä, vain lukuja ja valintoja. Jokainen takaisinkutsu
sieppaa virheet ja näyttää suomenkielisen viestin; jäljitystä ei koskaan näytetä sivulla.
"""

from __future__ import annotations

from .. import kate, kuvat, mittarit, portfolio  # noqa: F401 – testit korvaavat näitä
from ..portfolio import tasapainota_painot  # noqa: F401 – vanha tuontipaikka toimii yhä
from .apu import virheilmoitus
from .katelaskuri import Katelaskuri
from .lauta import Kojelauta, kojelauta
from .nps import NpsLaskuri
from .portfolionakyma import Portfolionakyma
from .taulukko import sijoitustaulukko_html
from .tyylit import KATELASKURIN_SAATIMET, TAULUKON_RIVIT, TYYLI, YLEINEN_VIRHE
from .valaskayra import Valaskayranakyma

__all__ = ["KATELASKURIN_SAATIMET", "Katelaskuri", "Kojelauta", "NpsLaskuri",
           "Portfolionakyma", "TAULUKON_RIVIT", "TYYLI", "Valaskayranakyma", "YLEINEN_VIRHE",
           "kojelauta", "sijoitustaulukko_html", "tasapainota_painot", "virheilmoitus"]
