"""Asiakkuuden kate -välilehti: yhden asiakkaan kateketju vesiputouksena säätimillä."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import kate, kuvat
from ..muotoilu import SARAKKEIDEN_NIMET, euroa, prosenttia
from .apu import _askel, _html_vari, _kuva, _rinnakkain, _turvallisesti, _viesti
from .piirto import _Piirto
from .tyylit import _SAATIMEN_TYYLI, KATELASKURIN_SAATIMET


class _Vesiputous:
    """Kateketjun vesiputous: runko ``kuvat.vesiputous``-funktiolla, päivitys vain palkkeihin.

    Pystyakselin rajat pysyvät paikallaan, kun säädintä liikutetaan (palkit kasvavat ja
    kutistuvat näkyvästi). Jos palkki menisi rajojen yli, runko piirretään uudelleen.
    """

    VARA = 0.4  # rungon väljyys: osuus lukujen vaihteluvälistä ylä- ja alapuolelle

    def __init__(self):
        self.piirto = _Piirto((13, 6.4))
        self.otsikko = ""

    def runko(self, tuloslaskelma: pd.DataFrame, otsikko: str) -> None:
        """Piirrä koko kuvio uudelleen (uusi asiakas tai luvut rajojen ulkopuolella)."""
        ax = self.piirto.ax
        ax.clear()
        self.otsikko = otsikko
        kuvat.vesiputous(tuloslaskelma, otsikko=otsikko, ax=ax)
        n = len(tuloslaskelma)
        self.palkit = list(ax.patches)[:n]
        self.viivat = list(ax.lines)[:n - 1]
        self.tekstit = list(ax.texts)[:n]
        ala, yla = self._rajat(tuloslaskelma, self.VARA)
        ax.set_ylim(ala, yla)
        self.piirto.liikkuvat = [*self.palkit, *self.viivat, *self.tekstit]
        self.piirto.asettele()

    @staticmethod
    def _rajat(tuloslaskelma: pd.DataFrame, vara: float) -> tuple[float, float]:
        pohjat, arvot, _, _ = kuvat.vesiputouksen_palkit(tuloslaskelma)
        paat = np.r_[0.0, pohjat, pohjat + arvot]
        vali = max(paat.max() - paat.min(), 1.0)
        return (paat.min() - vara * vali if paat.min() < 0 else 0.0), paat.max() + vara * vali

    def paivita(self, tuloslaskelma: pd.DataFrame) -> bytes:
        """Päivitä palkit, katkoviivat ja arvot uusiin lukuihin ja palauta PNG."""
        ala, yla = self._rajat(tuloslaskelma, 0.12)  # sama tila arvoille kuin kuvat.vesiputous
        nyt_ala, nyt_yla = self.piirto.ax.get_ylim()
        if ala < nyt_ala or yla > nyt_yla:
            self.runko(tuloslaskelma, self.otsikko)
        pohjat, arvot, varit, tappio = kuvat.vesiputouksen_palkit(tuloslaskelma)
        for i, palkki in enumerate(self.palkit):
            palkki.set_y(pohjat[i])
            palkki.set_height(arvot[i])
            palkki.set_facecolor(varit[i])
            palkki.set_hatch("//" if tappio[i] else None)
        for i, viiva in enumerate(self.viivat):
            viiva.set_ydata([pohjat[i] + arvot[i]] * 2)
        for i, teksti in enumerate(self.tekstit):
            ylos = arvot[i] >= 0
            teksti.xy = (i, pohjat[i] + arvot[i])
            teksti.xyann = (0, 6 if ylos else -6)
            teksti.set_va("bottom" if ylos else "top")
            teksti.set_text(f"{euroa(arvot[i])}\n(tappio)" if tappio[i] else euroa(arvot[i]))
            teksti.set_color(kuvat.PUNAINEN if tappio[i] else "black")
        return self.piirto.png()



class Katelaskuri:
    """Yhden asiakkaan kateketju: valitse asiakas, muuta tuottoja ja kustannuksia säätimillä."""

    def __init__(self, kate_df: pd.DataFrame):
        self.kate = kate_df.reset_index(drop=True)
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self._kesken = False
        nimet = self.kate["nimi"] if "nimi" in self.kate.columns else self.kate["asiakas_id"]
        self.asiakas = widgets.Dropdown(
            options=[(f"{n} ({t})", t) for n, t in zip(nimet, self.kate["asiakas_id"])],
            description="Asiakas", style={"description_width": "90px"},
            layout={"width": "640px"})
        self.saatimet = {
            s: widgets.FloatSlider(value=0, min=0, max=1, step=1, readout=False,
                                   continuous_update=False, description=SARAKKEIDEN_NIMET[s],
                                   style={"description_width": "290px", **_SAATIMEN_TYYLI},
                                   layout={"width": "540px"})
            for s in KATELASKURIN_SAATIMET}
        self.lukemat = {s: widgets.HTML(layout={"width": "120px"}) for s in KATELASKURIN_SAATIMET}
        self.palauta = widgets.Button(description="Palauta asiakkaan luvut", icon="undo",
                                      layout={"width": "280px"})
        self.yhteenveto = widgets.HTML()
        self._kuvio = _Vesiputous()
        self.kuva = _kuva(self._kuvio.piirto)
        self.asiakas.observe(self._asiakas_vaihtui, names="value")
        for saadin in self.saatimet.values():
            saadin.observe(self._saadin_muuttui, names="value")
        self.palauta.on_click(lambda _: self.valitse(self.asiakas.value))
        ohje = widgets.HTML("<p>Valitse asiakas ja muuta lukuja säätimillä: vesiputous näyttää, "
                            "mitä asiakkuuden katteelle tapahtuu.</p>")
        saatimet = widgets.VBox([widgets.HBox([self.saatimet[s], self.lukemat[s]])
                                 for s in KATELASKURIN_SAATIMET])
        vasen = widgets.VBox([ohje, self.asiakas, saatimet, self.palauta, self.yhteenveto],
                             layout={"width": "680px"})
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva)])
        self.valitse(self.asiakas.value)

    def arvot(self) -> dict[str, float]:
        """Säädinten nykyiset arvot (euroa) kateketjun sarakkeittain."""
        return {s: float(self.saatimet[s].value) for s in KATELASKURIN_SAATIMET}

    def _asiakas_vaihtui(self, muutos) -> None:
        self.valitse(muutos["new"])

    @_turvallisesti
    def valitse(self, asiakas_id: str) -> None:
        """Näytä asiakkaan omat luvut: säätimet ja vesiputouksen runko asiakkaan mukaan."""
        rivi = self.kate.loc[self.kate["asiakas_id"] == asiakas_id].iloc[0]
        tuotot = float(rivi["tuotot"])
        self._kesken = True
        try:
            for s in KATELASKURIN_SAATIMET:
                arvo = max(float(rivi[s]), 0.0)
                # Tila kokeilla: tuotot kaksinkertaisiksi, kustannukset reilusti ylöspäin.
                yla = max(2 * arvo, 1000.0) if s == "tuotot" else max(2 * arvo, 0.5 * tuotot, 100.0)
                askel = _askel(yla)
                saadin = self.saatimet[s]
                saadin.max = max(np.ceil(yla / askel) * askel, saadin.value)
                saadin.step = askel
                saadin.value = arvo
                saadin.max = np.ceil(yla / askel) * askel
        finally:
            self._kesken = False
        nimi = rivi["nimi"] if "nimi" in rivi.index else asiakas_id
        self._kuvio.runko(self._tuloslaskelma(), f"Asiakkuuden kateketju: {nimi}")
        self.paivita()

    def _saadin_muuttui(self, muutos) -> None:
        if not self._kesken:
            self.paivita()

    def _tuloslaskelma(self) -> pd.DataFrame:
        tunnus = self.asiakas.value
        ketju = kate.laske_kateketju(pd.DataFrame([{"asiakas_id": tunnus, **self.arvot()}]))
        return kate.asiakkuuden_tuloslaskelma(ketju, tunnus)

    @_turvallisesti
    def paivita(self) -> None:
        """Laske kateketju säädinten luvuilla ja piirrä vesiputous uudelleen."""
        tuloslaskelma = self._tuloslaskelma()
        for s, arvo in self.arvot().items():
            self.lukemat[s].value = f"<b>{euroa(arvo)}</b>"
        rivit = tuloslaskelma.set_index("rivi")["euroa"]
        myyntikate = float(rivit[kate.TULOSLASKELMAN_RIVIT["myyntikate"]])
        kate_ = float(rivit[kate.TULOSLASKELMAN_RIVIT["asiakkuuden_kate"]])
        tuotot = float(rivit[kate.TULOSLASKELMAN_RIVIT["tuotot"]])
        osuus = (lambda a: f" ({prosenttia(100 * a / tuotot)})") if tuotot else (lambda a: "")
        self.yhteenveto.value = (
            f"<p>Myyntikate <b style='color:{_html_vari(myyntikate)}'>{euroa(myyntikate)}"
            f"{osuus(myyntikate)}</b></p>"
            f"<p class='kojelauta-iso' style='color:{_html_vari(kate_)}'>Asiakkuuden kate "
            f"{euroa(kate_)}{osuus(kate_)}</p>")
        self.kuva.value = self._kuvio.paivita(tuloslaskelma)


