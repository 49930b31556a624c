"""Asiakasportfolio-välilehti: painot (aina 100 %), valmiit painotukset, sijoitus ja matriisi."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib import transforms
from matplotlib.collections import LineCollection

from .. import kuvat, portfolio
from ..portfolio import tasapainota_painot
from .apu import _html, _kuvamerkki, _turvallisesti, _viesti
from .piirto import Piirto
from .taulukko import sijoitustaulukko_html
from .tyylit import (_PUNAINEN_TEKSTI, _SAATIMEN_TYYLI, _VIHREA_TEKSTI, KUVAN_KORKEUS,
                     KUVAN_LEVEYS,
                     TAULUKON_RIVIT, VASEN_LEVEYS)


class _Matriisi:
    """Portfoliomatriisi: kaikki asiakkaat taustana, avainasiakkaat ja nimet päivittyvät.

    Runko ja kaikkien asiakkaiden pallot piirtää ``kuvat.portfoliomatriisi``. Avainasiakkaat
    piirretään punaisina samoihin kohtiin ja samankokoisina sen päälle, joten päivitys piirtää
    vain muutaman pallon ja nimen, olipa asiakkaita 40 tai 10 000.
    """

    NIMEN_PITUUS = 22

    def __init__(self, pisteet: pd.DataFrame, kate_df: pd.DataFrame | None,
                 enintaan: int = 10, x: str = "kannattavuus", y: str = "uskollisuus"):
        # Valmiit painotukset ovat kuvan yläpuolella ja sijoitustaulukko vie vasemmalta tilaa.
        self.piirto = Piirto(leveys=KUVAN_LEVEYS - 40, korkeus=KUVAN_KORKEUS - 48)
        ax = self.piirto.ax
        pohja = pisteet.assign(avainasiakas=False, sija=0)
        osat = kuvat.piirra_portfoliomatriisi(pohja, kate_df, x=x, y=y, ax=ax)
        # Lyhyt otsikko vasempaan reunaan ja selite tekstinä: oikea reuna on nimille.
        ax.set_title("Portfoliomatriisi (punainen = avainasiakas)", loc="left",
                     fontsize=kuvat.OTSIKKOFONTTI - 2, fontweight="bold")
        ax.title.set_text("")
        ax.get_legend().remove()
        koko = "tuotot" if kate_df is not None else "myyntivolyymi"
        ax.set_xlabel(f"{ax.get_xlabel()}, pallon koko = {koko}", loc="left")
        # Avainasiakkaat samoihin kohtiin ja samankokoisina kuin pohjakuvan pallot.
        self.paikka = pd.Series(np.arange(len(pohja)), index=pohja["asiakas_id"].to_numpy())
        self.px, self.py, self.koko = osat["x"], osat["y"], osat["koot"]
        self.nimet = (pohja["nimi"] if "nimi" in pohja.columns
                      else pohja["asiakas_id"]).astype(str).to_numpy()
        # Yhdysviivat ja nimet ovat tavallisia viivoja ja tekstejä: nuolellinen annotate
        # laskisi viivan leikkauksia joka piirrolla ja olisi moninkertaisesti hitaampi.
        self.viivat = LineCollection([], colors="black", linewidths=1.2, clip_on=False,
                                     zorder=3.5)
        ax.add_collection(self.viivat, autolim=False)
        self.avaimet = ax.scatter([], [], s=[], c=kuvat.PUNAINEN, alpha=0.9,
                                  edgecolors="black", linewidths=2.0, zorder=4)
        reuna = transforms.blended_transform_factory(ax.transAxes, ax.transData)
        self.tekstit = [ax.text(1.03, 3, "", transform=reuna, va="center",
                                fontsize=kuvat.FONTTI, fontweight="bold", clip_on=False,
                                visible=False)
                        for _ in range(enintaan)]
        self.piirto.liikkuvat = [self.viivat, self.avaimet, *self.tekstit]
        # Asettelu varaa oikeaan reunaan tilan pisimmälle mahdolliselle nimelle.
        self.tekstit[0].set_text(f"{enintaan}. {self._levein_nimi()}")
        self.tekstit[0].set_visible(True)
        self.piirto.asettele()
        self.tekstit[0].set_visible(False)

    def _levein_nimi(self) -> str:
        # Mitataan vain pisimmät nimet: 10 000 nimen mittaaminen veisi turhaa aikaa.
        ehdokkaat = sorted({self._nimi(n) for n in self.nimet}, key=len)[-200:]
        piirtaja = self.piirto.canvas.get_renderer()
        fontti = self.tekstit[0].get_fontproperties()
        return max(ehdokkaat,
                   key=lambda n: piirtaja.get_text_width_height_descent(n, fontti, False)[0])

    def _nimi(self, nimi: str) -> str:
        return nimi if len(nimi) <= self.NIMEN_PITUUS else nimi[:self.NIMEN_PITUUS - 1] + "…"

    def paivita(self, pisteytys: pd.DataFrame) -> bytes:
        """Piirrä pisteytyksen avainasiakkaat punaisina ja nimettyinä; palauta PNG."""
        avain = pisteytys[pisteytys["avainasiakas"].to_numpy(dtype=bool)]
        avain = avain.head(len(self.tekstit))
        i = self.paikka.reindex(avain["asiakas_id"].to_numpy()).to_numpy()
        x, y = self.px[i], self.py[i]
        self.avaimet.set_offsets(np.c_[x, y])
        self.avaimet.set_sizes(self.koko[i])
        # Nimet oikeaan reunaan allekkain ylhäältä alas, kuten kuvat.portfoliomatriisi.
        jarjestys = np.lexsort((-x, -y))
        tila, paikat = 0.38, []
        for tavoite in y[jarjestys]:
            paikat.append(min(tavoite, paikat[-1] - tila) if paikat else tavoite)
        siirto = max(0.0, 0.7 - min(paikat, default=1.0))
        sijat = avain["sija"].to_numpy()
        # Viivan pää oikeassa reunassa datakoordinaatteina (akselin osuus 1,02).
        vasen, oikea = self.piirto.ax.get_xlim()
        reuna = vasen + 1.02 * (oikea - vasen)
        self.viivat.set_segments([[(x[j], y[j]), (reuna, paikka + siirto)]
                                  for j, paikka in zip(jarjestys, paikat)])
        for teksti in self.tekstit:
            teksti.set_visible(False)
        for teksti, j, paikka in zip(self.tekstit, jarjestys, paikat):
            teksti.set_y(paikka + siirto)
            teksti.set_text(f"{sijat[j]}. {self._nimi(self.nimet[i[j]])}")
            teksti.set_visible(True)
        return self.piirto.png()



class Portfolionakyma:
    """Asiakasportfolio: painot (aina 100 %), valmiit painotukset, sijoitus ja matriisi."""

    def __init__(self, pisteet: pd.DataFrame, kate_df: pd.DataFrame | None = None,
                 avainasiakkaita: int = 5, rivit: int = TAULUKON_RIVIT):
        self.pisteet = pisteet
        self.kate = kate_df
        self.rivit = rivit
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.pisteytys: pd.DataFrame | None = None
        self._kesken = False
        self._piirretty = None
        self._painot = {k: int(v) for k, v in portfolio.OLETUSPAINOT.items()}
        self.saatimet = {
            k: widgets.IntSlider(value=self._painot[k], min=0, max=100, step=1,
                                 continuous_update=False,
                                 description=f"{portfolio.KRITEERIEN_NIMET[k]} (%)",
                                 style={"description_width": "200px", **_SAATIMEN_TYYLI},
                                 layout={"width": f"{VASEN_LEVEYS}px"})
            for k in portfolio.KRITEERIT}
        self.esiasetukset = {
            nimi: widgets.Button(description=portfolio.SKENAARIOIDEN_NIMET[nimi],
                                 layout={"width": "300px", "height": "36px"})
            for nimi in ("tanaan", "huomenna", "oletus")}
        self.avainmaara = widgets.IntSlider(value=avainasiakkaita, min=1, max=10,
                                            continuous_update=False,
                                            description="Avainasiakkaita",
                                            style={"description_width": "200px",
                                                   **_SAATIMEN_TYYLI},
                                            layout={"width": f"{VASEN_LEVEYS}px"})
        self.summa = widgets.HTML(layout={"width": "260px"})
        self.taulukko = _html(nimi="portfolio-taulukko")
        self._oletussijat = portfolio.pisteyta(pisteet, "oletus").set_index(
            "asiakas_id")["sija"].to_dict()
        self._kuvio = _Matriisi(pisteet, kate_df, enintaan=self.avainmaara.max)
        self.kuva = self._kuvio.piirto.kuvawidget("portfolio")
        for kriteeri, saadin in self.saatimet.items():
            saadin.observe(functools.partial(self._paino_muuttui, kriteeri), names="value")
        for nimi, nappi in self.esiasetukset.items():
            nappi.on_click(functools.partial(self._esiasetus, nimi))
        self.avainmaara.observe(lambda _: self.paivita(), names="value")
        # Valmiit painotukset ylös, painot ja sijoitustaulukko vasemmalle, matriisi oikealle:
        # liike ja sen vaikutus taulukkoon ja matriisiin näkyvät videotykillä yhtä aikaa.
        # Painot ovat aina yhteensä 100 %: kun yhtä siirtää, muut muuttuvat samassa suhteessa.
        ylarivi = widgets.HBox([*self.esiasetukset.values(), self.summa],
                               layout={"grid_gap": "0 12px", "align_items": "center"})
        vasen = widgets.VBox([*self.saatimet.values(), self.avainmaara, self.taulukko],
                             layout={"width": f"{VASEN_LEVEYS + 40}px", "flex": "0 0 auto"})
        runko = widgets.HBox([vasen, self.kuva], layout={"grid_gap": "0 16px",
                                                         "align_items": "flex-start"})
        runko.add_class("kojelauta-portfolio")
        self.nakyma = widgets.VBox([self.viesti, ylarivi, runko])
        self.paivita()

    def painot(self) -> dict[str, int]:
        """Nykyiset painot prosentteina (yhteensä aina 100)."""
        return dict(self._painot)

    def _aseta_saatimet(self, painot: Mapping[str, int]) -> None:
        self._kesken = True
        try:
            self._painot = {k: int(painot[k]) for k in portfolio.KRITEERIT}
            for kriteeri, saadin in self.saatimet.items():
                saadin.value = self._painot[kriteeri]
        finally:
            self._kesken = False

    @_turvallisesti
    def _paino_muuttui(self, kriteeri: str, muutos) -> None:
        if self._kesken:
            return
        self._aseta_saatimet(tasapainota_painot(self._painot, kriteeri, muutos["new"]))
        self.paivita()

    def _esiasetus(self, nimi: str, _nappi=None) -> None:
        self.valitse_skenaario(nimi)

    @_turvallisesti
    def valitse_skenaario(self, nimi: str) -> None:
        """Aseta valmis painotus: "oletus", "tanaan" (tämän päivän) tai "huomenna"."""
        self._aseta_saatimet(portfolio.hae_painot(nimi))
        self.paivita()

    @_turvallisesti
    def paivita(self) -> None:
        """Pisteytä uusilla painoilla, päivitä sijoitustaulukko ja matriisin avainasiakkaat."""
        painot = self.painot()
        tila = (tuple(painot.values()), self.avainmaara.value)
        if tila == self._piirretty:
            return
        tulos = portfolio.pisteyta(self.pisteet, painot, self.avainmaara.value)
        self.pisteytys = tulos
        kuva = self._kuvio.paivita(tulos)
        self.kuva.value = kuva
        self.taulukko.value = _kuvamerkki(kuva) + sijoitustaulukko_html(
            tulos, self.rivit, self.kate, self._oletussijat, painot)
        yhteensa = sum(painot.values())
        self.summa.value = (f"<p>Painot yhteensä <b style='color:"
                            f"{_VIHREA_TEKSTI if yhteensa == 100 else _PUNAINEN_TEKSTI}'>"
                            f"{yhteensa} %</b></p>")
        for nimi, nappi in self.esiasetukset.items():
            nappi.button_style = "primary" if portfolio.SKENAARIOT[nimi] == painot else ""
        self._piirretty = tila


