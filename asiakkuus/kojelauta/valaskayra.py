"""Valaskäyrä ja 80/20 -välilehti: kuinka harva asiakas tuo suurimman osan katteesta."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from .. import kate, kuvat
from ..muotoilu import euroa, luku, prosenttia
from .apu import _html, _kuvamerkki, _rinnakkain, _turvallisesti, _viesti
from .piirto import Piirto
from .tyylit import _SAATIMEN_TYYLI, VASEN_LEVEYS


class _Valaskayra:
    """Valaskäyrä taustana (``kuvat.valaskayra_kuva``); rajan kohta piirretään päälle."""

    def __init__(self, kate_df: pd.DataFrame):
        self.kate = kate_df
        self.kayra = kate.valaskayra(kate_df)
        self.piirto = Piirto()
        ax = self.piirto.ax
        kuvat.valaskayra_kuva(self.kayra, ax=ax)
        self.viiva, = ax.plot([], [], color=kuvat.VIHREA, linestyle=":", linewidth=2.5)
        self.piste, = ax.plot([], [], "s", markersize=12, color=kuvat.VIHREA,
                              markeredgecolor="black", zorder=4)
        self.teksti = ax.annotate("", (50, 50), xytext=(14, -8), textcoords="offset points",
                                  ha="left", va="top", fontsize=kuvat.FONTTI,
                                  fontweight="bold", color="black",
                                  bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                                        "edgecolor": "none", "alpha": 0.85})
        self.piirto.liikkuvat = [self.viiva, self.piste, self.teksti]
        self.piirto.asettele()

    def paivita(self, raja: float) -> tuple[bytes, pd.DataFrame]:
        """Merkitse kohta, jossa kertymä ylittää rajan; palauta PNG ja ``pareto_osuudet``."""
        pareto = kate.pareto_osuudet(self.kate, raja)
        maara = int(pareto.set_index("mittari").loc["asiakkuuden_kate", "asiakkaita"])
        piste = self.kayra.iloc[maara - 1]
        px, py = float(piste["asiakasosuus_pros"]), float(piste["kertyma_pros"])
        self.viiva.set_data([px, px, 0], [0, py, py])
        self.piste.set_data([px], [py])
        self.teksti.xy = (px, py)
        self.teksti.set_text(f"{prosenttia(px, 0)} asiakkaista\ntuo {prosenttia(py, 0)} "
                             "katteesta")
        return self.piirto.png(), pareto


class Valaskayranakyma:
    """Valaskäyrä ja 80/20: kuinka suuri osa asiakkaista tuo valitun osuuden katteesta."""

    def __init__(self, kate_df: pd.DataFrame):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self._kuvio = _Valaskayra(kate_df)
        self.huippu = kate.valaskayran_huippu(self._kuvio.kayra)
        self.raja = widgets.IntSlider(value=80, min=50, max=95, step=5, continuous_update=False,
                                      description="Raja (% katteesta)",
                                      style={"description_width": "170px", **_SAATIMEN_TYYLI},
                                      layout={"width": f"{VASEN_LEVEYS}px"})
        self.yhteenveto = _html(nimi="valaskayra-yhteenveto")
        self.kuva = self._kuvio.piirto.kuvawidget("valaskayra")
        self.raja.observe(lambda _: self.paivita(), names="value")
        vasen = [
            widgets.HTML("<p>Asiakkaat on järjestetty katteen mukaan, kannattavin ensin. "
                         "Käyrä nousee huippuunsa ja laskee kannattamattomien asiakkaiden "
                         "kohdalla. Siirrä rajaa: kuinka harva asiakas tuo suurimman osan "
                         "katteesta?</p>"),
            self.raja, self.yhteenveto]
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva, "valaskayra")])
        self.kuva.value = self._kuvio.piirto.png()  # käyrä näkyy, vaikka rajaa ei voisi laskea
        self.paivita()

    @_turvallisesti
    def paivita(self) -> None:
        """Merkitse rajan kohta käyrälle ja kerro osuudet sanoin."""
        kuva, pareto = self._kuvio.paivita(self.raja.value)
        osuudet = pareto.set_index("mittari")
        kate_ = osuudet.loc["asiakkuuden_kate"]
        myynti = osuudet.loc["tuotot"]
        h = self.huippu
        loput = len(self._kuvio.kayra) - h["asiakkaita"]
        self.kuva.value = kuva
        self.yhteenveto.value = _kuvamerkki(kuva) + (
            f"<p class='kojelauta-iso'>{int(kate_['asiakkaita'])} asiakasta "
            f"({prosenttia(kate_['asiakasosuus_pros'], 0)}) tuo vähintään "
            f"{self.raja.value} % katteesta</p>"
            f"<p>Myynnistä saman osuuden tuo {int(myynti['asiakkaita'])} asiakasta "
            f"({prosenttia(myynti['asiakasosuus_pros'], 0)}).</p>"
            f"<p>Käyrän huippu: {h['asiakkaita']} kannattavinta asiakasta tuo "
            f"{prosenttia(h['huippu_pros'])} koko katteesta ({euroa(h['huippu'])}). "
            f"Loput {loput} asiakasta pienentävät katetta "
            f"{luku(h['huippu_pros'] - 100, 1)} prosenttiyksikköä.</p>")
