"""Pysyvyys ja poistuma -välilehti: ostaneet asiakkaat vuosittain ja lähteneet asiakkaat.

Luvut tulevat funktiosta ``mittarit.ostaneet_vuosittain`` (jatkaneet, palanneet, uudet,
pysyvyysaste ja poistuma) ja lähteneiden nimet funktiosta ``mittarit.lahteneet``. Asiakaslajin
valinta rajaa molemmat lajin asiakkaisiin. Lajeja on vähän, joten jokaisen lajin luvut ja kuva
lasketaan kerran ja otetaan talteen: valinta näkyy heti, olipa asiakkaita 40 tai 10 000.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import kuvat, mittarit
from ..muotoilu import prosenttia
from .apu import _html, _kuvamerkki, _rinnakkain, _turvallisesti, _viesti
from .piirto import Piirto
from .taulukko import lahteneet_html, pysyvyystaulukko_html
from .tyylit import VASEN_LEVEYS

KAIKKI = "kaikki"


class _PysyvyysKuva:
    """Pysyvyyskuva (``kuvat.piirra_pysyvyys``): palkit ja pysyvyysasteet päivittyvät."""

    def __init__(self, ostaneet: pd.DataFrame):
        self.piirto = Piirto(korkeus=430)
        osat = kuvat.piirra_pysyvyys(ostaneet, ax=self.piirto.ax)
        # Selite akselin alle: pylväiden yläpuolella on pysyvyysasteiden tila.
        selite = self.piirto.ax.get_legend()
        selite.set_loc("upper center")
        selite.set_bbox_to_anchor((0.5, -0.1))
        selite.set_ncols(4)
        self.piirto.ax.set_xlabel("")
        self.palkit, self.tekstit = osat["palkit"], osat["tekstit"]
        self.piirto.liikkuvat = [*(p for lista in self.palkit.values() for p in lista),
                                 *self.tekstit]
        self.piirto.asettele()

    def paivita(self, ostaneet: pd.DataFrame) -> bytes:
        """Piirrä lajin luvut; pystyakselin rajat sovitetaan lajin asiakasmäärään."""
        korkeudet = kuvat.pysyvyyden_palkit(ostaneet)
        pohja = np.zeros(len(ostaneet))
        for nimi, arvot in korkeudet.items():
            for palkki, arvo, alku in zip(self.palkit[nimi], arvot, pohja):
                palkki.set_y(0.0 if nimi == "Poistuneet" else alku)
                palkki.set_height(arvo)
            if nimi != "Poistuneet":
                pohja = pohja + arvot
        for teksti, korkeus, pros in zip(self.tekstit, pohja, ostaneet["pysyvyys_pros"]):
            teksti.xy = (teksti.xy[0], korkeus)
            teksti.set_text(f"Pysyvyys\n{prosenttia(pros)}" if pd.notna(pros)
                            else "Ensimmäinen\nvuosi")
        self.piirto.ax.set_ylim(min(-0.1 * pohja.max(), 1.3 * korkeudet["Poistuneet"].min()),
                                1.35 * max(pohja.max(), 1.0))
        self.piirto.tallenna_tausta()  # uusi asteikko; tulos otetaan talteen lajia kohden
        return self.piirto.png()


class Pysyvyysnakyma:
    """Pysyvyys ja poistuma vuosittain asiakaslajeittain sekä kunkin vuoden lähteneet."""

    def __init__(self, myynnit: pd.DataFrame, asiakkaat: pd.DataFrame):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.myynnit, self.asiakkaat = myynnit, asiakkaat
        lajit = sorted(asiakkaat["tyyppi"].dropna().unique()) if "tyyppi" in asiakkaat else []
        self.laji = widgets.Dropdown(
            options=[("Kaikki asiakkaat", KAIKKI), *[(str(t).capitalize(), t) for t in lajit]],
            description="Asiakaslaji", style={"description_width": "110px"},
            layout={"width": f"{VASEN_LEVEYS}px"})
        vuodet = sorted(myynnit["pvm"].dt.year.unique())[1:]  # lähteneet: edellinen vuosi tarvitaan
        self.vuosi = widgets.Dropdown(options=[(f"Vuonna {v} lähteneet", int(v)) for v in vuodet],
                                      value=int(vuodet[-1]) if vuodet else None,
                                      description="Lähteneet", style={"description_width": "110px"},
                                      layout={"width": f"{VASEN_LEVEYS}px"})
        self.taulukko = _html(nimi="pysyvyys-taulukko")
        self._valmiit: dict = {}
        self._kuvio = _PysyvyysKuva(self._ostaneet(KAIKKI))
        self.kuva = self._kuvio.piirto.kuvawidget("pysyvyys")
        self.laji.observe(lambda _: self.paivita(), names="value")
        self.vuosi.observe(lambda _: self.paivita(), names="value")
        ohje = widgets.HTML(
            "<p>Pysyvyys on niiden osuus edellisen vuoden ostajista, jotka ostivat myös tänä "
            "vuonna; poistuma on loput. Palanneet ostivat aiemmin, mutta eivät edellisenä "
            "vuonna.</p>")
        self.lahteneet = _html(nimi="pysyvyys-lahteneet")
        oikea = widgets.VBox([self.kuva, self.taulukko])
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(
            [ohje, self.laji, self.vuosi, self.lahteneet], oikea, "pysyvyys")])
        self.paivita()

    def _myynnit(self, laji) -> pd.DataFrame:
        if laji == KAIKKI:
            return self.myynnit
        omat = self.asiakkaat.loc[self.asiakkaat["tyyppi"] == laji, "asiakas_id"]
        return self.myynnit[self.myynnit["asiakas_id"].isin(omat)]

    def _ostaneet(self, laji) -> pd.DataFrame:
        if ("ostaneet", laji) not in self._valmiit:
            self._valmiit["ostaneet", laji] = mittarit.ostaneet_vuosittain(self._myynnit(laji))
        return self._valmiit["ostaneet", laji]

    @_turvallisesti
    def paivita(self) -> None:
        """Näytä valitun lajin luvut taulukkona ja kuvana sekä valitun vuoden lähteneet."""
        laji, vuosi = self.laji.value, self.vuosi.value
        ostaneet = self._ostaneet(laji)
        if ("lahteneet", laji, vuosi) not in self._valmiit:
            asiakkaat = self.asiakkaat if laji == KAIKKI else \
                self.asiakkaat[self.asiakkaat["tyyppi"] == laji]
            self._valmiit["lahteneet", laji, vuosi] = (
                mittarit.lahteneet(self._myynnit(laji), asiakkaat, vuosi)
                if vuosi is not None else asiakkaat.iloc[:0])
        lahteneet = self._valmiit["lahteneet", laji, vuosi]
        if ("kuva", laji) not in self._valmiit:
            self._valmiit["kuva", laji] = self._kuvio.paivita(ostaneet)
        kuva = self._valmiit["kuva", laji]
        self.kuva.value = kuva
        otsikko = dict((arvo, nimi) for nimi, arvo in self.laji.options)[laji]
        self.taulukko.value = _kuvamerkki(kuva) + pysyvyystaulukko_html(
            ostaneet, f"{otsikko}: ostaneet vuosittain")
        self.lahteneet.value = lahteneet_html(lahteneet, vuosi)
