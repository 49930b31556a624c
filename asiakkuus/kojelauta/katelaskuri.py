"""Asiakkuuden kate -välilehti: yhden asiakkaan kateketju vesiputouksena säätimillä."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import kate, kuvat
from ..muotoilu import SARAKKEIDEN_NIMET, euroa, prosenttia
from .apu import _askel, _html, _html_vari, _kuvamerkki, _rinnakkain, _turvallisesti, _viesti
from .piirto import Piirto, _siisti_raja
from .tyylit import _SAATIMEN_TYYLI, KATELASKURIN_SAATIMET, VASEN_LEVEYS


#: Vesiputouksen sarakkeiden lyhyet nimet (``kate.asiakkuuden_tuloslaskelma``-rivien järjestys).
LYHYET_NIMET = ["Tuotot", "− suorat\nkustan-\nnukset", "= myynti-\nkate", "− myynti",
                "− markki-\nnointi", "− asiakas-\npalvelu", "= asiak-\nkuuden\nkate"]


class _Vesiputous:
    """Kateketjun vesiputous: runko ``kuvat.piirra_vesiputous``-funktiolla, päivitys osiin.

    Pystyakselin rajat ovat siistejä lukuja (``_siisti_raja``), joten moni asiakas ja moni
    säätimen asento jakaa saman rajan. Tausta (akselit, asteikko) piirretään kerran rajaa
    kohden ja otetaan talteen; asiakkaan vaihto tai säätimen liike piirtää vain palkit,
    katkoviivat, arvot ja otsikon. Jos palkki menisi rajojen yli, rajat vaihtuvat.
    """

    def __init__(self, tuloslaskelma: pd.DataFrame, suurin: float):
        self.piirto = Piirto()
        osat = kuvat.piirra_vesiputous(tuloslaskelma, otsikko="Asiakkuuden kateketju",
                                       ax=self.piirto.ax)
        self.palkit, self.viivat, self.tekstit = osat["palkit"], osat["viivat"], osat["arvot"]
        self.otsikko = self.piirto.ax.title
        # Seitsemän saraketta 740 pikselissä: lyhyet nimet, jotta 16 px:n teksti mahtuu.
        self.piirto.ax.set_xticks(range(len(LYHYET_NIMET)), LYHYET_NIMET)
        self.piirto.ax.set_xlabel("Kateketju: tuotoista vähennetään kustannukset")
        self.piirto.liikkuvat = [*self.palkit, *self.viivat, *self.tekstit, self.otsikko]
        # Asettelu varaa vasemmalle tilan leveimmälle asteikon luvulle (suurin tappio).
        self.piirto.ax.set_ylim(-_siisti_raja(suurin), _siisti_raja(suurin))
        self.piirto.asettele()

    @staticmethod
    def _tarvittavat_rajat(tuloslaskelma: pd.DataFrame) -> tuple[float, float]:
        pohjat, arvot, _, _ = kuvat.vesiputouksen_palkit(tuloslaskelma)
        paat = np.r_[0.0, pohjat, pohjat + arvot]
        vara = 0.15 * max(paat.max() - paat.min(), 1.0)  # tilaa palkkien arvoille
        return (paat.min() - vara if paat.min() < 0 else 0.0), paat.max() + vara

    def paivita(self, tuloslaskelma: pd.DataFrame, otsikko: str) -> bytes:
        """Päivitä palkit, katkoviivat, arvot ja otsikko uusiin lukuihin ja palauta PNG."""
        self.piirto.sovita_pystyakseli(*self._tarvittavat_rajat(tuloslaskelma))
        self.otsikko.set_text(otsikko)
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
            description="Asiakas", style={"description_width": "70px"},
            layout={"width": f"{VASEN_LEVEYS}px"})
        self.saatimet = {
            s: widgets.FloatSlider(value=0, min=0, max=1, step=1, readout=False,
                                   continuous_update=False, description=SARAKKEIDEN_NIMET[s],
                                   style={"description_width": "250px", **_SAATIMEN_TYYLI},
                                   layout={"width": "372px"})
            for s in KATELASKURIN_SAATIMET}
        self.lukemat = {s: widgets.HTML(layout={"width": "98px"})
                        for s in KATELASKURIN_SAATIMET}
        self.palauta = widgets.Button(description="Palauta asiakkaan luvut", icon="undo",
                                      layout={"width": "260px"})
        self.yhteenveto = _html(nimi="kate-yhteenveto")
        suurin = float(self.kate[KATELASKURIN_SAATIMET].abs().to_numpy().max(initial=1.0))
        self._kuvio = _Vesiputous(self._tuloslaskelma(self.kate["asiakas_id"].iloc[0]),
                                  2 * suurin)
        self.kuva = self._kuvio.piirto.kuvawidget("kate")
        self.asiakas.observe(self._asiakas_vaihtui, names="value")
        for saadin in self.saatimet.values():
            saadin.observe(self._saadin_muuttui, names="value")
        self.palauta.on_click(lambda _: self.valitse(self.asiakas.value))
        ohje = widgets.HTML("<p>Valitse asiakas ja muuta lukuja säätimillä: vesiputous näyttää, "
                            "mitä asiakkuuden katteelle tapahtuu.</p>")
        saatimet = [widgets.HBox([self.saatimet[s], self.lukemat[s]])
                    for s in KATELASKURIN_SAATIMET]
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(
            [ohje, self.asiakas, *saatimet, self.palauta, self.yhteenveto], self.kuva, "kate")])
        self.valitse(self.asiakas.value)

    def arvot(self) -> dict[str, float]:
        """Säädinten nykyiset arvot (euroa) kateketjun sarakkeittain."""
        return {s: float(self.saatimet[s].value) for s in KATELASKURIN_SAATIMET}

    def _asiakas_vaihtui(self, muutos) -> None:
        self.valitse(muutos["new"])

    @_turvallisesti
    def valitse(self, asiakas_id: str) -> None:
        """Näytä asiakkaan omat luvut säätimissä ja vesiputouksessa."""
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
                # Yksi viesti selaimelle säädintä kohden, ei neljää.
                with saadin.hold_sync():
                    saadin.max = max(np.ceil(yla / askel) * askel, saadin.value)
                    saadin.step = askel
                    saadin.value = arvo
                    saadin.max = np.ceil(yla / askel) * askel
        finally:
            self._kesken = False
        self.paivita()

    def _saadin_muuttui(self, muutos) -> None:
        if not self._kesken:
            self.paivita()

    def _tuloslaskelma(self, tunnus: str, arvot: dict | None = None) -> pd.DataFrame:
        if arvot is None:
            rivi = self.kate.loc[self.kate["asiakas_id"] == tunnus].iloc[0]
            arvot = {s: float(rivi[s]) for s in KATELASKURIN_SAATIMET}
        ketju = kate.laske_kateketju(pd.DataFrame([{"asiakas_id": tunnus, **arvot}]))
        return kate.asiakkuuden_tuloslaskelma(ketju, tunnus)

    def _nimi(self) -> str:
        tunnus = self.asiakas.value
        if "nimi" not in self.kate.columns:
            return str(tunnus)
        return str(self.kate.loc[self.kate["asiakas_id"] == tunnus, "nimi"].iloc[0])

    @_turvallisesti
    def paivita(self) -> None:
        """Laske kateketju säädinten luvuilla ja piirrä vesiputous uudelleen."""
        tuloslaskelma = self._tuloslaskelma(self.asiakas.value, self.arvot())
        for s, arvo in self.arvot().items():
            self.lukemat[s].value = f"<b>{euroa(arvo)}</b>"
        rivit = tuloslaskelma.set_index("rivi")["euroa"]
        myyntikate = float(rivit[kate.TULOSLASKELMAN_RIVIT["myyntikate"]])
        kate_ = float(rivit[kate.TULOSLASKELMAN_RIVIT["asiakkuuden_kate"]])
        tuotot = float(rivit[kate.TULOSLASKELMAN_RIVIT["tuotot"]])
        osuus = (lambda a: f" ({prosenttia(100 * a / tuotot)})") if tuotot else (lambda a: "")
        kuva = self._kuvio.paivita(tuloslaskelma, f"Asiakkuuden kateketju: {self._nimi()}")
        self.kuva.value = kuva
        self.yhteenveto.value = _kuvamerkki(kuva) + (
            f"<p>Myyntikate <b style='color:{_html_vari(myyntikate)}'>{euroa(myyntikate)}"
            f"{osuus(myyntikate)}</b></p>"
            f"<p class='kojelauta-iso' style='color:{_html_vari(kate_)}'>Asiakkuuden kate "
            f"{euroa(kate_)}{osuus(kate_)}</p>")
