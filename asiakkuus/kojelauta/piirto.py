"""Nopean uudelleenpiirron moottori: kiinteä tausta kerran, muuttuvat osat sen päälle."""

from __future__ import annotations

import io

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image  # matplotlibin oma riippuvuus

from .tyylit import KUVAN_DPI


class _Piirto:
    """Kuvio, jonka kiinteä osa piirretään kerran taustaksi ja muuttuvat osat sen päälle.

    ``liikkuvat`` ovat piirtoelementit, joita päivitys muuttaa. Tausta piirretään ilman niitä;
    päivityksessä tausta palautetaan muistista ja vain liikkuvat osat piirretään uudelleen.
    Kuvio on matplotlibin ``Figure`` ilman pyplotia, joten se ei näy muistiossa itsestään.
    """

    def __init__(self, koko: tuple[float, float], dpi: int = KUVAN_DPI):
        self.fig = Figure(figsize=koko, dpi=dpi, layout="constrained", facecolor="white")
        self.canvas = FigureCanvasAgg(self.fig)
        self.ax = self.fig.subplots()
        self.liikkuvat: list = []
        self._tausta = None

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

    def png(self) -> bytes:
        """Tausta ja liikkuvat osat PNG-kuvaksi (nopea pakkaus: kuva kulkee vain paikallisesti)."""
        self.canvas.restore_region(self._tausta)
        for artisti in self.liikkuvat:
            if artisti.get_visible():
                self.fig.draw_artist(artisti)
        puskuri = io.BytesIO()
        # RGB ilman läpinäkyvyyttä ja nopea pakkaus (zlibin RLE): kuva kulkee vain paikallisesti.
        kuva = Image.fromarray(np.asarray(self.canvas.buffer_rgba())[..., :3])
        kuva.save(puskuri, format="png", compress_level=1, compress_type=3)
        return puskuri.getvalue()


