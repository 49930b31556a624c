"""Koko kojelauta välilehtinä ja sen rakentava funktio ``kojelauta()``."""

from __future__ import annotations

import html

import ipywidgets as widgets

from .. import kate, mittarit, portfolio
from ..argumentit import tarkista_argumentit
from ..data import lataa_aineisto
from ..muotoilu import luku
from ..virheet import AsiakkuusVirhe
from .apu import _LOKI, virheilmoitus
from .asiakassuunnitelma import Suunnitelmanakyma
from .clv import ClvNakyma
from .katelaskuri import Katelaskuri
from .nps import NpsLaskuri
from .portfolionakyma import Portfolionakyma
from .pysyvyys import KAIKKI, Pysyvyysnakyma
from .tyylit import TAULUKON_RIVIT, TYYLI
from .valaskayra import Valaskayranakyma


def _clv_oletukset(aineisto, kate_df, pysyvyys) -> tuple[float, float, float]:
    """CLV-välilehden alkuarvot kurssiyrityksestä: vuosikate, pysyvyys (%) ja CAC.

    Vuosikate on asiakkuuden katteen keskiarvo asiakasta ja vuotta kohden, pysyvyys
    viimeisimmän vuoden pysyvyysaste ja CAC viimeisimmän vuoden hankintakustannus.
    Puuttuvan tiedon tilalla on opetusesimerkin luku.
    """
    vuosia = max(aineisto.myynnit["pvm"].dt.year.nunique(), 1)
    kate_vuodessa = float(kate_df["asiakkuuden_kate"].mean()) / vuosia
    pysyvyydet = pysyvyys._ostaneet(KAIKKI)["pysyvyys_pros"].dropna()
    pysyvyys_pros = float(pysyvyydet.iloc[-1]) if len(pysyvyydet) else 80.0
    cac = 1500.0
    hankinta = getattr(aineisto, "hankinta", None)
    if hankinta is not None and "asiakas_alkaen" in aineisto.asiakkaat.columns:
        try:
            cac = float(mittarit.cac_vuosittain(hankinta, aineisto.asiakkaat)["cac"].iloc[-1])
        except AsiakkuusVirhe:  # viimeisenä vuonna ei uusia asiakkaita
            pass
    return max(kate_vuodessa, 0.0), pysyvyys_pros, cac


class Kojelauta:
    """Koko kojelauta välilehtinä; ``nakyma`` on näytettävä widget."""

    VALILEHDET = ["Asiakkuuden kate", "Valaskäyrä ja 80/20", "Asiakasportfolio", "NPS",
                  "CLV ja LTV/CAC", "Pysyvyys", "Asiakassuunnitelma"]

    def __init__(self, aineisto=None, avainasiakkaita: int = 5, rivit: int = TAULUKON_RIVIT,
                 otsikko: str = "Kuurankukka Oy"):
        aineisto = aineisto if aineisto is not None else lataa_aineisto()
        # Raskas laskenta kerran: kateketju ja kriteerien pisteet kaikille asiakkaille.
        self.kate = kate.asiakkuuden_kate(aineisto.myynnit, aineisto.toimenpiteet,
                                          aineisto.hinnasto, aineisto.markkinointi,
                                          aineisto.asiakkaat)
        self.pisteet = portfolio.kriteeripisteet(self.kate, aineisto.myynnit,
                                                 aineisto.asiakkaat)
        kyselyt = getattr(aineisto, "kyselyt", None)
        self.katelaskuri = Katelaskuri(self.kate)
        self.valaskayra = Valaskayranakyma(self.kate)
        self.portfolio = Portfolionakyma(self.pisteet, self.kate, avainasiakkaita, rivit)
        self.nps = NpsLaskuri(kyselyt)
        self.pysyvyys = Pysyvyysnakyma(aineisto.myynnit, aineisto.asiakkaat)
        self.clv = ClvNakyma(*_clv_oletukset(aineisto, self.kate, self.pysyvyys))
        self.suunnitelma = Suunnitelmanakyma(self.pisteet, self.kate, kyselyt, avainasiakkaita)
        vuodet = aineisto.myynnit["pvm"].dt.year
        otsake = widgets.HTML(
            f"<div class='kojelauta-otsake'><h2>{html.escape(otsikko)}: asiakkuuksien "
            f"kojelauta</h2><span>{luku(len(self.kate))} asiakasta, myynnit vuosilta "
            f"{vuodet.min()}–{vuodet.max()}</span></div>")
        self.valilehdet = widgets.Tab(children=[osa.nakyma for osa in self.osat()],
                                      titles=self.VALILEHDET)
        self.nakyma = widgets.VBox([widgets.HTML(TYYLI), otsake, self.valilehdet])
        self.nakyma.add_class("asiakkuus-kojelauta")

    def osat(self) -> list:
        """Välilehtien näkymät välilehtien järjestyksessä."""
        return [self.katelaskuri, self.valaskayra, self.portfolio, self.nps, self.clv,
                self.pysyvyys, self.suunnitelma]

    def virheet(self) -> list[str]:
        """Välilehtien näkyvät virheilmoitukset (tyhjä lista, kun kaikki on kunnossa)."""
        return [osa.viesti.value for osa in self.osat() if osa.viesti.value]

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
