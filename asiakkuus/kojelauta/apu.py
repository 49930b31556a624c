"""Kojelaudan yhteiset apuvälineet: virheet suomeksi, turvalliset takaisinkutsut, asettelu."""

from __future__ import annotations

import functools
import html
import logging
import zlib

import ipywidgets as widgets
import numpy as np

from ..argumentit import tarkista_argumentit
from ..virheet import AsiakkuusVirhe
from .tyylit import _PUNAINEN_TEKSTI, _VIHREA_TEKSTI, VASEN_LEVEYS, YLEINEN_VIRHE

_LOKI = logging.getLogger("asiakkuus.kojelauta")


@tarkista_argumentit
def virheilmoitus(poikkeus: BaseException) -> str:
    """Poikkeus lyhyeksi suomenkieliseksi viestiksi sivulle; jäljitystä ei koskaan näytetä.

    Kurssin omat virheet (``AsiakkuusVirhe``) kertovat jo suomeksi, mikä on vialla. Muiden
    virheiden teksti voi olla englantia tai paljastaa sisäisiä yksityiskohtia, joten niistä
    näytetään yleinen ohje.

    >>> virheilmoitus(AsiakkuusVirhe("NPS: vastauksia ei ole yhtään."))
    '⚠ NPS: vastauksia ei ole yhtään.'
    >>> virheilmoitus(KeyError("sisäinen avain"))
    '⚠ Näkymää ei voitu päivittää. Palauta oletusarvot painikkeella ja kokeile uudelleen.'
    """
    if isinstance(poikkeus, AsiakkuusVirhe):
        return f"⚠ {poikkeus}"
    return f"⚠ {YLEINEN_VIRHE}"


def _turvallisesti(metodi):
    """Takaisinkutsu, joka ei koskaan kaada sivua: virhe näkyy suomeksi ``viesti``-kentässä.

    Uloin kutsu tyhjentää edellisen viestin; sisäkkäisen kutsun virhe jää näkyviin, vaikka
    sitä kutsunut metodi jatkaisi loppuun.
    """

    @functools.wraps(metodi)
    def kaare(self, *args, **kwargs):
        syvyys = getattr(self, "_syvyys", 0)
        if syvyys == 0:
            self.viesti.value = ""
        self._syvyys = syvyys + 1
        try:
            return metodi(self, *args, **kwargs)
        except Exception as poikkeus:  # noqa: BLE001 – sivulle ei saa päätyä jäljitystä
            self.viimeisin_virhe = poikkeus
            # DEBUG-taso: oletusasetuksilla tämä ei tulostu minnekään, ei myöskään sivulle.
            _LOKI.debug("Kojelaudan päivitys epäonnistui", exc_info=poikkeus)
            self.viesti.value = (f'<div class="kojelauta-viesti" role="alert">'
                                 f"{html.escape(virheilmoitus(poikkeus))}</div>")
            return None
        finally:
            self._syvyys = syvyys

    return kaare


def _askel(maksimi: float) -> float:
    """Säätimen askel: noin 1/200 välistä pyöristettynä lukuun 1, 2 tai 5 · 10^n."""
    raaka = max(maksimi / 200, 1.0)
    kymmen = 10 ** np.floor(np.log10(raaka))
    return float(next(k * kymmen for k in (1, 2, 5, 10) if k * kymmen >= raaka))


def _html_vari(arvo: float) -> str:
    return _PUNAINEN_TEKSTI if arvo < 0 else _VIHREA_TEKSTI



def _rinnakkain(vasen: list, oikea: widgets.Widget, nimi: str) -> widgets.Box:
    """Välilehden runko: säätimet vasemmalla (``VASEN_LEVEYS``), niiden tulos oikealla.

    Asettelu ei rivity: 1280 × 720 -näytöllä molemmat näkyvät yhtä aikaa vierittämättä.
    ``nimi`` antaa rungolle luokan ``kojelauta-<nimi>`` (selaintestit ja mittaus).
    """
    vasen_laatikko = widgets.VBox(vasen, layout={"width": f"{VASEN_LEVEYS}px",
                                                 "flex": "0 0 auto", "overflow": "hidden"})
    runko = widgets.HBox([vasen_laatikko, oikea], layout={
        "align_items": "flex-start", "grid_gap": "0 16px", "width": "100%",
        "overflow": "hidden"})
    runko.add_class(f"kojelauta-{nimi}")
    return runko


def _viesti() -> widgets.HTML:
    return widgets.HTML("", layout=widgets.Layout(width="100%"))


def _html(arvo: str = "", nimi: str = "") -> widgets.HTML:
    """HTML-kenttä; ``nimi`` antaa luokan ``kojelauta-tulos`` ja ``kojelauta-<nimi>``."""
    kentta = widgets.HTML(arvo)
    if nimi:
        kentta.add_class("kojelauta-tulos")
        kentta.add_class(f"kojelauta-{nimi}")
    return kentta


def _kuvamerkki(png: bytes) -> str:
    """Piilotettu merkki tulostekstiin: mikä kuva kuuluu tämän tekstin kanssa yhteen.

    Selain ei saa kuvaa uudelleen, jos se ei muuttunut (sama PNG). Merkistä selaintesti ja
    nopeusmittaus näkevät, tuleeko tekstin jälkeen vielä uusi kuva vai ei."""
    return f"<span hidden class='kojelauta-kuvamerkki' data-kuva='{zlib.crc32(png)}'></span>"
