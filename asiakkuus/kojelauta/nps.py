"""NPS-välilehti: vastausten määrät arvosanoittain, NPS ja jakauma kuvana."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import kuvat, mittarit
from ..muotoilu import luku, prosenttia
from .apu import _html, _html_vari, _kuvamerkki, _rinnakkain, _turvallisesti, _viesti
from .piirto import Piirto, _siisti_raja

#: Suurin määrä yhdelle arvosanalle. Luokan esimerkkeihin riittää kolme numeroa, ja
#: 11 × 999 vastausta lasketaan millisekunneissa (miljoonat vastaukset veisivät sekunteja).
MAARA_ENINTAAN = 999


class _NpsKuva:
    """NPS-jakauma: runko ``kuvat.piirra_nps``-funktiolla, päivitys palkkeihin ja lukuihin.

    Pystyakselin yläraja on siisti luku; tausta piirretään kerran rajaa kohden ja otetaan
    talteen, joten isotkaan määrät eivät piirrä koko kuvaa uudelleen.
    """

    def __init__(self, vastaukset: np.ndarray):
        self.piirto = Piirto(korkeus=540)
        osat = kuvat.piirra_nps(vastaukset, ax=self.piirto.ax)
        self.palkit, self.luvut, self.selite = osat["palkit"], osat["luvut"], osat["selite"]
        ax = self.piirto.ax
        self.piirto.liikkuvat = [*self.palkit, *self.luvut, self.selite, ax.title]
        ax.set_ylim(0, _siisti_raja(1.3 * 11 * MAARA_ENINTAAN))  # tila leveimmälle luvulle
        self.piirto.asettele()

    def paivita(self, jakauma: pd.DataFrame, arvo: float) -> bytes:
        """Päivitä palkit, niiden luvut, ryhmien osuudet ja otsikon NPS; palauta PNG."""
        maarat = jakauma["vastauksia"].to_numpy()
        # Tilaa palkin luvulle ja selitteelle.
        self.piirto.sovita_pystyakseli(0.0, max(5.0, 1.3 * float(maarat.max())))
        for palkki, teksti, maara in zip(self.palkit, self.luvut, maarat):
            palkki.set_height(maara)
            teksti.xy = (palkki.get_x() + palkki.get_width() / 2, maara)
            teksti.set_text(str(int(maara)))
        yhteensa = maarat.sum()
        for teksti, (ryhma, selite, _) in zip(self.selite.get_texts(), kuvat.NPS_RYHMAT):
            osuus = 100 * maarat[(jakauma["ryhma"] == ryhma).to_numpy()].sum() / yhteensa
            teksti.set_text(f"{selite} ({prosenttia(osuus)})")
        self.piirto.ax.title.set_text(f"Suositteluhalukkuus: NPS {luku(arvo, 1)}")
        return self.piirto.png()


class NpsLaskuri:
    """NPS-laskuri: vastausten määrät arvosanoittain 0–10, NPS ja jakauma kuvana."""

    def __init__(self, kyselyt: pd.DataFrame | None = None):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.kyselyt = kyselyt
        self._kesken = False
        vaihtoehdot = [("Omat luvut", None)]
        if kyselyt is not None and len(kyselyt):
            vuodet = sorted(kyselyt["pvm"].dt.year.unique()) if "pvm" in kyselyt.columns else []
            vaihtoehdot = [("Kaikki kyselyn vastaukset", "kaikki"),
                           *[(f"Vuoden {v} vastaukset", int(v)) for v in vuodet], *vaihtoehdot]
        self.lahde = widgets.Dropdown(options=vaihtoehdot, description="Vastaukset",
                                      style={"description_width": "100px"},
                                      layout={"width": "320px"})
        self.maarat = [widgets.BoundedIntText(value=0, min=0, max=MAARA_ENINTAAN,
                                              continuous_update=False,
                                              layout={"width": "40px"})
                       for _ in range(11)]
        self.tyhjenna = widgets.Button(description="Tyhjennä", icon="eraser",
                                       layout={"width": "140px"})
        self.tulos = _html(nimi="nps-tulos")
        alku = vaihtoehdot[0][1]
        maarat = self._kyselyn_maarat(alku) if alku is not None else [5] * 11
        self._kuvio = _NpsKuva(np.repeat(np.arange(11), maarat))
        self.kuva = self._kuvio.piirto.kuvawidget("nps")
        self.lahde.observe(lambda muutos: self.lataa(muutos["new"]), names="value")
        for kentta in self.maarat:
            kentta.observe(self._maara_muuttui, names="value")
        self.tyhjenna.on_click(lambda _: self.tyhjenna_maarat())
        otsakkeet = []
        for arvosana in range(11):
            vari = kuvat.PUNAINEN if arvosana <= 6 else kuvat.HARMAA if arvosana <= 8 \
                else kuvat.VIHREA
            otsakkeet.append(widgets.HTML(
                f"<div style='background:{vari};color:white;text-align:center;"
                f"font-weight:700;border-radius:4px;padding:2px 0'>{arvosana}</div>",
                layout={"width": "40px"}))
        ruudukko = widgets.GridBox([*otsakkeet, *self.maarat], layout={
            "grid_template_columns": "repeat(11, 40px)", "grid_gap": "4px 2px"})
        ruudukko.add_class("kojelauta-nps-maarat")
        ohje = widgets.HTML(
            "<p>Kuinka moni vastaaja antoi kunkin arvosanan 0–10? Suosittelijat antavat 9–10, "
            "passiiviset 7–8 ja arvostelijat 0–6.</p><p class='kojelauta-kaava'>NPS = "
            "suosittelijoiden % − arvostelijoiden %</p>")
        vasen = [ohje, widgets.HBox([self.lahde, self.tyhjenna]), ruudukko, self.tulos]
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva, "nps")])
        self.aseta_maarat(maarat)

    def _kyselyn_maarat(self, valinta) -> list[int]:
        arvot = self.kyselyt["nps"]
        if valinta != "kaikki":
            arvot = arvot[self.kyselyt["pvm"].dt.year == valinta]
        jakauma = mittarit.nps_jakauma(arvot)
        return [int(m) for m in jakauma["vastauksia"]]

    @_turvallisesti
    def lataa(self, valinta) -> None:
        """Täytä määrät kyselyn vastauksista ("kaikki" tai vuosi); ``None`` = omat luvut."""
        if valinta is not None:
            self.aseta_maarat(self._kyselyn_maarat(valinta))

    def tyhjenna_maarat(self) -> None:
        """Nollaa kaikki määrät (omat luvut alusta)."""
        self._kesken = True
        try:
            self.lahde.value = None
        finally:
            self._kesken = False
        self.aseta_maarat([0] * 11)

    def aseta_maarat(self, maarat) -> None:
        """Aseta kaikkien arvosanojen määrät kerralla ja päivitä kerran."""
        self._kesken = True
        try:
            for kentta, maara in zip(self.maarat, maarat):
                kentta.value = int(maara)
        finally:
            self._kesken = False
        self.paivita()

    def _maara_muuttui(self, muutos) -> None:
        if self._kesken:
            return
        if self.lahde.value is not None:
            self._kesken = True  # käsin muutettu: luvut ovat nyt omia
            try:
                self.lahde.value = None
            finally:
                self._kesken = False
        self.paivita()

    def vastaukset(self) -> pd.Series:
        """Vastaukset lukuina (arvosana toistettuna määränsä verran)."""
        return pd.Series(np.repeat(np.arange(11), [int(k.value) for k in self.maarat]))

    @_turvallisesti
    def paivita(self) -> None:
        """Laske NPS ja piirrä jakauma uudelleen."""
        vastaukset = self.vastaukset()
        arvo = mittarit.nps(vastaukset)
        n = len(vastaukset)
        # Ryhmien rajat (9–10, 0–6) tulevat mittareista, ei kirjoiteta tähän uudelleen.
        jakauma = mittarit.nps_jakauma(vastaukset)
        ryhmat = jakauma.groupby("ryhma")["vastauksia"].sum()
        suosittelijat = int(ryhmat.get("suosittelija", 0))
        arvostelijat = int(ryhmat.get("arvostelija", 0))
        kuva = self._kuvio.paivita(jakauma, arvo)
        self.kuva.value = kuva
        self.tulos.value = _kuvamerkki(kuva) + (
            f"<p class='kojelauta-iso' style='color:{_html_vari(arvo)}'>NPS {luku(arvo, 1)}</p>"
            f"<p>{luku(n)} vastausta: suosittelijoita {luku(suosittelijat)} "
            f"({prosenttia(100 * suosittelijat / n)}) − arvostelijoita {luku(arvostelijat)} "
            f"({prosenttia(100 * arvostelijat / n)})</p>")


