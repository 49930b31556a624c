"""Nopean uudelleenpiirron moottori: kiinteä tausta kerran, muuttuvat osat sen päälle.

Säätimen liike muuttaa kuviosta vain muutamia osia (palkkien korkeudet, pisteen paikan,
tekstejä). Matplotlibin koko kuvan piirto veisi 100–200 ms, joten ``Piirto`` piirtää kiinteän
osan (akselit, otsikot, ruudukon, taustan pisteet) kerran muistiin ja päivityksessä vain
palauttaa sen ja piirtää muuttuvat osat (``liikkuvat``) päälle. Kuva lähtee selaimelle
PNG-muodossa nopealla pakkauksella: se kulkee vain omalla koneella.

Kuva on matplotlibin ``Figure`` ilman pyplotia, joten se ei näy muistiossa itsestään, ja sen
koko annetaan pikseleinä: sivulla kuva näytetään juuri siinä koossa (``kuvawidget``), jotta
fontit ovat sivulla samankokoisia kuin kuvassa (``tyylit.FONTTI_PX``).
"""

from __future__ import annotations

import io

import ipywidgets as widgets
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image  # matplotlibin oma riippuvuus

from .tyylit import KUVAN_DPI, KUVAN_KORKEUS, KUVAN_LEVEYS

#: Kuinka monta taustaa (yksi pystyakselin rajaparia kohden) otetaan talteen kuviota kohden.
TAUSTOJA_ENINTAAN = 64


def _siisti_raja(arvo: float) -> float:
    """Pienin luvuista 1; 1,5; 2; 3; 4; 5; 6; 8 · 10^n, joka on vähintään ``arvo`` (> 0)."""
    kymmen = 10 ** np.floor(np.log10(max(arvo, 1.0)))
    return float(next(k * kymmen for k in (1, 1.5, 2, 3, 4, 5, 6, 8, 10) if k * kymmen >= arvo))


class Piirto:
    """Kuvio, jonka kiinteä osa piirretään kerran taustaksi ja muuttuvat osat sen päälle.

    ``liikkuvat`` ovat piirtoelementit, joita päivitys muuttaa. ``asettele()`` laskee
    asettelun kaikki osat näkyvinä, lukitsee sen ja piirtää taustan ilman liikkuvia osia;
    ``png()`` palauttaa taustan ja piirtää liikkuvat osat sen päälle.
    """

    def __init__(self, leveys: int = KUVAN_LEVEYS, korkeus: int = KUVAN_KORKEUS,
                 dpi: int = KUVAN_DPI):
        self.fig = Figure(figsize=(leveys / dpi, korkeus / dpi), dpi=dpi,
                          layout="constrained", facecolor="white")
        self.canvas = FigureCanvasAgg(self.fig)
        self.ax = self.fig.subplots()
        self.liikkuvat: list = []
        self._tausta = None
        self._rajat: tuple[float, float] | None = None
        self._taustat: dict[tuple[float, float], object] = {}

    @property
    def koko(self) -> tuple[int, int]:
        """Kuvan leveys ja korkeus pikseleinä."""
        leveys, korkeus = self.fig.get_size_inches() * self.fig.dpi
        return int(round(leveys)), int(round(korkeus))

    def asettele(self) -> None:
        """Laske asettelu kerran kaikki osat näkyvinä ja lukitse se (nopeat päivitykset)."""
        self.fig.set_layout_engine("constrained")
        self.fig.get_layout_engine().execute(self.fig)  # asettelu ilman turhaa piirtoa
        self.fig.set_layout_engine("none")
        self.tallenna_tausta()

    def tallenna_tausta(self) -> None:
        """Piirrä kiinteä osa ilman liikkuvia osia ja ota se talteen."""
        nakyvat = [a.get_visible() for a in self.liikkuvat]
        # Piirto siirtää akselin otsikkoa, jos se on piilossa: paikat talteen ja takaisin.
        paikat = [a.get_position() if isinstance(a, Text) else None for a in self.liikkuvat]
        for artisti in self.liikkuvat:
            artisti.set_visible(False)
        self.canvas.draw()
        self._tausta = self.canvas.copy_from_bbox(self.fig.bbox)
        for artisti, nakyva, paikka in zip(self.liikkuvat, nakyvat, paikat):
            artisti.set_visible(nakyva)
            if paikka is not None:
                artisti.set_position(paikka)

    def sovita_pystyakseli(self, ala: float, yla: float) -> None:
        """Pystyakselin rajat, joiden väliin ``ala``–``yla`` mahtuu; tausta rajaparia kohden.

        Rajat ovat siistejä lukuja (``_siisti_raja``), joten moni asiakas ja moni säätimen
        asento jakaa saman rajan. Nykyiset rajat pidetään, jos väli mahtuu niihin eikä jää
        alle 30 %:iin ylärajasta. Tausta piirretään kerran rajaparia kohden ja otetaan talteen.
        """
        if self._rajat and self._rajat[0] <= ala and yla <= self._rajat[1] \
                and yla > 0.3 * self._rajat[1]:
            return  # nykyiset rajat käyvät: tausta pysyy
        rajat = (-_siisti_raja(-ala) if ala < 0 else 0.0, _siisti_raja(yla))
        self.ax.set_ylim(*rajat)
        self._rajat = rajat
        if rajat in self._taustat:
            self._tausta = self._taustat[rajat]
            return
        self.tallenna_tausta()
        if len(self._taustat) < TAUSTOJA_ENINTAAN:
            self._taustat[rajat] = self._tausta

    def png(self) -> bytes:
        """Tausta ja liikkuvat osat PNG-kuvaksi."""
        self.canvas.restore_region(self._tausta)
        for artisti in self.liikkuvat:
            if artisti.get_visible():
                self.fig.draw_artist(artisti)
        puskuri = io.BytesIO()
        # RGB ilman läpinäkyvyyttä ja nopein pakkaus: kuva kulkee vain paikallisesti.
        kuva = Image.fromarray(np.asarray(self.canvas.buffer_rgba())[..., :3])
        kuva.save(puskuri, format="png", compress_level=1)
        return puskuri.getvalue()

    def kuvawidget(self, nimi: str = "") -> widgets.Image:
        """Kuva sivulle täsmälleen piirretyn kokoisena (ei venytystä eikä kutistusta)."""
        leveys, korkeus = self.koko
        kuva = widgets.Image(format="png", layout=widgets.Layout(
            width=f"{leveys}px", height=f"{korkeus}px", flex="0 0 auto"))
        kuva.add_class("kojelauta-kuva")
        if nimi:
            kuva.add_class(f"kojelauta-kuva-{nimi}")
        return kuva
