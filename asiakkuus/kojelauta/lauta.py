"""Koko kojelauta välilehtinä ja sen rakentava funktio ``kojelauta()``."""

from __future__ import annotations

import html

import ipywidgets as widgets

from .. import kate, portfolio
from ..argumentit import tarkista_argumentit
from ..data import lataa_aineisto
from ..muotoilu import luku
from .apu import _LOKI, virheilmoitus
from .katelaskuri import Katelaskuri
from .nps import NpsLaskuri
from .portfolionakyma import Portfolionakyma
from .tyylit import TAULUKON_RIVIT, TYYLI
from .valaskayra import Valaskayranakyma


class Kojelauta:
    """Koko kojelauta välilehtinä; ``nakyma`` on näytettävä widget."""

    VALILEHDET = ["Asiakkuuden kate", "Valaskäyrä ja 80/20", "Asiakasportfolio", "NPS"]

    def __init__(self, aineisto=None, avainasiakkaita: int = 5, rivit: int = TAULUKON_RIVIT,
                 otsikko: str = "Kuurankukka Oy"):
        aineisto = aineisto if aineisto is not None else lataa_aineisto()
        # Raskas laskenta kerran: kateketju ja kriteerien pisteet kaikille asiakkaille.
        self.kate = kate.asiakkuuden_kate(aineisto.myynnit, aineisto.toimenpiteet,
                                          aineisto.hinnasto, aineisto.markkinointi,
                                          aineisto.asiakkaat)
        self.pisteet = portfolio.kriteeripisteet(self.kate, aineisto.myynnit,
                                                 aineisto.asiakkaat)
        self.katelaskuri = Katelaskuri(self.kate)
        self.valaskayra = Valaskayranakyma(self.kate)
        self.portfolio = Portfolionakyma(self.pisteet, self.kate, avainasiakkaita, rivit)
        self.nps = NpsLaskuri(getattr(aineisto, "kyselyt", None))
        vuodet = aineisto.myynnit["pvm"].dt.year
        otsake = widgets.HTML(
            f"<h2>{html.escape(otsikko)}: asiakkuuksien kojelauta</h2>"
            f"<p>{luku(len(self.kate))} asiakasta, myynnit vuosilta "
            f"{vuodet.min()}–{vuodet.max()}. Valitse välilehti ja liikuta säätimiä.</p>")
        self.valilehdet = widgets.Tab(
            children=[self.katelaskuri.nakyma, self.valaskayra.nakyma,
                      self.portfolio.nakyma, self.nps.nakyma],
            titles=self.VALILEHDET)
        self.nakyma = widgets.VBox([widgets.HTML(TYYLI), otsake, self.valilehdet])
        self.nakyma.add_class("asiakkuus-kojelauta")

    def virheet(self) -> list[str]:
        """Välilehtien näkyvät virheilmoitukset (tyhjä lista, kun kaikki on kunnossa)."""
        return [osa.viesti.value for osa in (self.katelaskuri, self.valaskayra,
                                             self.portfolio, self.nps) if osa.viesti.value]

    def _repr_mimebundle_(self, **kwargs):
        return self.nakyma._repr_mimebundle_(**kwargs)


@tarkista_argumentit
def kojelauta(aineisto=None, avainasiakkaita: int = 5) -> Kojelauta | widgets.HTML:
    """Opettajan kojelauta kurssiyrityksen (tai annetun) aineiston päälle.

    ``aineisto`` on ``lataa_aineisto()``- tai ``luo_aineisto()``-funktion palauttama
    aineisto; oletuksena Kuurankukka Oy. Muistiossa viimeisen rivin ``kojelauta()``
    näyttää kojelaudan; Voila näyttää saman selaimessa ilman koodia. Jos kojelautaa ei voi
    rakentaa (esimerkiksi omassa aineistossa on virhe), tuloksena on suomenkielinen viesti:
    sivulla ei koskaan näy jäljitystä.

    >>> k = kojelauta()
    >>> k.portfolio.valitse_skenaario("huomenna")
    >>> k.portfolio.painot()["tuleva_potentiaali"], sum(k.portfolio.painot().values())
    (45, 100)
    >>> k.virheet()
    []
    >>> "Näkymää ei voitu päivittää" in kojelauta(aineisto="ei aineistoa").value
    True
    """
    try:
        return Kojelauta(aineisto, avainasiakkaita)
    except Exception as poikkeus:  # noqa: BLE001 – sivulle ei saa päätyä jäljitystä
        _LOKI.debug("Kojelaudan rakentaminen epäonnistui", exc_info=poikkeus)
        viesti = widgets.HTML(f'{TYYLI}<div class="kojelauta-viesti" role="alert">'
                              f"{html.escape(virheilmoitus(poikkeus))}</div>")
        viesti.add_class("asiakkuus-kojelauta")
        return viesti
