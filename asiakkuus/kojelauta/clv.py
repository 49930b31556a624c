"""CLV ja LTV/CAC -välilehti: elinkaariarvon kaava säätiminä ja hankinnan takaisinmaksu.

Säätimet ovat kaavan syötteet: asiakkuuden vuosikate m, pysyvyys r, diskonttokorko d ja
asiakashankinnan kustannus CAC. Muunnelma valitaan painikkeilla (``mittarit.clv``): arvo
ensi vuodesta alkaen (nykyisen asiakkaan arvo tästä eteenpäin) tai kuluva vuosi mukaan
(uuden asiakkaan arvo hankintahetkellä). Kaava näkyy lukuineen, ja kuva näyttää, miten
arvo kertyy vuosi vuodelta ja missä kohtaa se ylittää hankintakustannuksen.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from .. import kuvat, mittarit
from ..muotoilu import euroa, luku
from .apu import _html, _kuvamerkki, _rinnakkain, _turvallisesti, _viesti
from .piirto import Piirto, _siisti_raja
from .tyylit import _PUNAINEN_TEKSTI, _SAATIMEN_TYYLI, _VIHREA_TEKSTI, VASEN_LEVEYS

VUOSIA = 15
MUUNNELMAT = {False: ("Ensi vuodesta alkaen", "CLV = m · r / (1 + d − r)"),
              True: ("Kuluva vuosi mukaan", "CLV = m · (1 + d) / (1 + d − r)")}


class _ClvKuva:
    """Elinkaariarvon kertymä (``kuvat.piirra_clv``); pylväät, viivat ja selite päivittyvät."""

    def __init__(self, m: float, r: float, d: float, cac: float):
        self.piirto = Piirto()
        osat = kuvat.piirra_clv(m, r, d, VUOSIA, hankintakustannus=cac, ax=self.piirto.ax)
        self.palkit, self.kertyma = osat["palkit"], osat["kertyma"]
        self.clv, self.cac, self.selite = osat["clv"], osat["cac"], osat["selite"]
        self.piirto.liikkuvat = [*self.palkit, self.kertyma, self.clv, self.cac, self.selite]
        self.piirto.ax.set_ylim(0, 1_000_000)  # asettelu varaa tilan leveimmälle luvulle
        self.piirto.asettele()

    def paivita(self, m: float, r: float, d: float, cac: float, ensimmainen_vuosi: bool,
                clv: float) -> bytes:
        """Päivitä pylväät, kertymä, CLV- ja CAC-viiva ja selite; palauta PNG."""
        _, katteet = kuvat.clv_palkit(m, r, d, VUOSIA, ensimmainen_vuosi)
        kertyma = np.cumsum(katteet)
        self.piirto.sovita_pystyakseli(0.0, max(100.0, 1.12 * max(clv, float(kertyma.max()), cac)))
        for palkki, korkeus in zip(self.palkit, katteet):
            palkki.set_height(korkeus)
        self.kertyma.set_ydata(kertyma)
        self.clv.set_ydata([clv, clv])
        self.cac.set_ydata([cac, cac])
        for teksti in self.selite.get_texts():  # selitteen järjestys on matplotlibin
            if teksti.get_text().startswith("Kaavan CLV"):
                teksti.set_text(f"Kaavan CLV {euroa(clv)}")
            elif teksti.get_text().startswith("CAC"):
                teksti.set_text(f"CAC {euroa(cac)}")
        return self.piirto.png()


class ClvNakyma:
    """CLV ja LTV/CAC: kaavan syötteet säätiminä, kaava lukuineen, kertymä kuvana."""

    def __init__(self, kate_vuodessa: float = 1000.0, pysyvyys_pros: float = 80.0,
                 hankintakustannus: float = 1500.0):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.oletukset = (kate_vuodessa, pysyvyys_pros, hankintakustannus)
        euroina = {"style": {"description_width": "230px", **_SAATIMEN_TYYLI},
                   "layout": {"width": "350px"}, "readout": False, "continuous_update": False}
        self.kate = widgets.FloatSlider(value=0, min=0, max=_siisti_raja(
            max(3 * kate_vuodessa, 5000)), step=50, description="Vuosikate m (€)", **euroina)
        self.cac = widgets.FloatSlider(value=100, min=100, max=_siisti_raja(
            max(3 * hankintakustannus, 5000)), step=50, description="Hankinta CAC (€)",
                                       **euroina)
        prosentit = {"style": {"description_width": "230px", **_SAATIMEN_TYYLI},
                     "layout": {"width": f"{VASEN_LEVEYS}px"}, "continuous_update": False}
        self.pysyvyys = widgets.IntSlider(value=80, min=0, max=99,
                                          description="Pysyvyys r (%)", **prosentit)
        self.korko = widgets.IntSlider(value=10, min=0, max=30, description="Diskonttokorko d (%)",
                                       **prosentit)
        self.muunnelma = widgets.ToggleButtons(
            options=[(nimi, avain) for avain, (nimi, _) in MUUNNELMAT.items()], value=False,
            style={"button_width": "225px"})
        self.lukemat = {nimi: widgets.HTML(layout={"width": "110px"}) for nimi in ("m", "cac")}
        self.palauta = widgets.Button(description="Palauta kurssin luvut", icon="undo",
                                      layout={"width": "260px"})
        self.kaava = _html(nimi="clv-kaava")
        self._kuvio = _ClvKuva(kate_vuodessa, pysyvyys_pros / 100, 0.1, hankintakustannus)
        self.kuva = self._kuvio.piirto.kuvawidget("clv")
        for saadin in (self.kate, self.cac, self.pysyvyys, self.korko, self.muunnelma):
            saadin.observe(lambda _: self.paivita(), names="value")
        self.palauta.on_click(lambda _: self.palauta_oletukset())
        vasen = [self.muunnelma, widgets.HBox([self.kate, self.lukemat["m"]]), self.pysyvyys,
                 self.korko, widgets.HBox([self.cac, self.lukemat["cac"]]), self.palauta,
                 self.kaava]
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva, "clv")])
        self._kesken = False
        self.palauta_oletukset()

    def palauta_oletukset(self) -> None:
        """Kurssiyrityksen luvut: keskimääräinen vuosikate, viimeisin pysyvyys ja CAC."""
        kate_vuodessa, pysyvyys_pros, hankinta = self.oletukset
        self._kesken = True
        try:
            self.kate.value = min(round(kate_vuodessa / 50) * 50, self.kate.max)
            self.cac.value = min(max(round(hankinta / 50) * 50, self.cac.min), self.cac.max)
            self.pysyvyys.value = int(min(round(pysyvyys_pros), self.pysyvyys.max))
            self.korko.value = 10
            self.muunnelma.value = False
        finally:
            self._kesken = False
        self.paivita()

    @_turvallisesti
    def paivita(self) -> None:
        """Laske CLV ja LTV/CAC säädinten luvuilla, näytä kaava ja piirrä kertymä."""
        if self._kesken:
            return
        m, cac = float(self.kate.value), float(self.cac.value)
        r, d = self.pysyvyys.value / 100, self.korko.value / 100
        ensimmainen = bool(self.muunnelma.value)
        clv = mittarit.clv(m, r, d, ensimmainen_vuosi=ensimmainen)
        suhde = mittarit.ltv_cac(clv, cac)
        self.lukemat["m"].value = f"<b>{euroa(m)}</b>"
        self.lukemat["cac"].value = f"<b>{euroa(cac)}</b>"
        nimi, kaava = MUUNNELMAT[ensimmainen]
        osoittaja = f"{euroa(m)} · {luku(1 + d, 2)}" if ensimmainen else \
            f"{euroa(m)} · {luku(r, 2)}"
        if suhde >= 3:
            arvio, vari = "yli 3: hyvä, hankinta maksaa itsensä moninkertaisesti", _VIHREA_TEKSTI
        elif suhde >= 1:
            arvio, vari = "1–3: hankinta maksaa itsensä takaisin, mutta niukasti", _TUMMA_ORANSSI
        else:
            arvio, vari = "alle 1: hankinta tuottaa tappiota", _PUNAINEN_TEKSTI
        takaisin = (f"{luku(mittarit.cac_takaisinmaksuaika(cac, m / 12), 1)} kuukaudessa"
                    if m > 0 else "ei koskaan (ei katetta)")
        kuva = self._kuvio.paivita(m, r, d, cac, ensimmainen, clv)
        self.kuva.value = kuva
        self.kaava.value = _kuvamerkki(kuva) + (
            f"<p><b>Muunnelma: {nimi}</b></p>"
            f"<p class='kojelauta-kaava'>{kaava}<br>= {osoittaja} / (1 + {luku(d, 2)} − "
            f"{luku(r, 2)})<br>= <b>{euroa(clv)}</b></p>"
            f"<p class='kojelauta-iso' style='color:{vari}'>LTV/CAC = {luku(suhde, 1)}</p>"
            f"<p>{euroa(clv)} / {euroa(cac)}: {arvio}. Kate maksaa hankinnan takaisin "
            f"{takaisin}.</p>")


_TUMMA_ORANSSI = "#8A5A00"
