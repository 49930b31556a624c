"""Oppituntien kokeilut: liukusäätimet laskelmien päälle (widgetit).

Oppitunnilla kokeilu on yksi rivi, esimerkiksi ``clv_tutkija()``. Laskenta on
laskentamoduuleissa ja kuvat ``kuvat``-moduulissa; tämä moduuli vain yhdistää ne
säätimiin. Säätimen liike päivittää tuloksen heti (``observe``), ja tulos kirjoitetaan
Output-widgettiin, joten sen voi lukea testeissä ilman selainta (``tulos.outputs``).
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt

from . import kuvat, mittarit
from .muotoilu import clv_vuosittain_taulukko, euroa, luku

_TYYLI = {"description_width": "150px"}


def clv_tutkija(kate_vuodessa: int = 1050, pysyvyys_pros: int = 92,
                korko_pros: int = 10, vuosia: int = 10) -> widgets.VBox:
    """Elinkaariarvon tutkija: vuosikate, pysyvyys, korko ja vuodet säätiminä.

    Näyttää kaavan CLV:n laskuineen, valitun jakson kertymän kuvana ja kymmenen
    ensimmäistä vuotta taulukkona.

    >>> tutkija = clv_tutkija(1000, 80, 10, 5)
    >>> tutkija.children[-1].outputs[0]["text"].split("\\n")[0].replace("\\u202f", " ")
    'Kaavan CLV = 1 000\\xa0€ · 0,80 / (1 + 0,10 − 0,80) = 2 667\\xa0€'
    """
    saatimet = {
        "m": widgets.IntSlider(value=kate_vuodessa, min=100, max=5000, step=50,
                               description="Vuosikate (€)", style=_TYYLI),
        "r": widgets.IntSlider(value=pysyvyys_pros, min=0, max=99,
                               description="Pysyvyys (%)", style=_TYYLI),
        "d": widgets.IntSlider(value=korko_pros, min=0, max=30,
                               description="Diskonttokorko (%)", style=_TYYLI),
        "vuosia": widgets.IntSlider(value=vuosia, min=1, max=30, description="Vuosia",
                                    style=_TYYLI),
    }
    tulos = widgets.Output()

    def paivita(_muutos=None) -> None:
        m, n = saatimet["m"].value, saatimet["vuosia"].value
        r, d = saatimet["r"].value / 100, saatimet["d"].value / 100
        taulu = mittarit.clv_vuosittain(m, r, d, n)
        tulos.outputs = ()  # edellinen tulos pois
        tulos.append_stdout(
            f"Kaavan CLV = {euroa(m)} · {luku(r, 2)} / (1 + {luku(d, 2)} − {luku(r, 2)})"
            f" = {euroa(mittarit.clv(m, r, d))}\n"
            f"Ensimmäisten {n} vuoden kertymä: {euroa(taulu['kertyma'].iloc[-1])}\n")
        kuva = kuvat.clv_kertyma(m, r, d, n).figure
        tulos.append_display_data(kuva)
        plt.close(kuva)  # kuva näytetään vain tutkijan sisällä
        tulos.append_display_data(clv_vuosittain_taulukko(taulu.head(10)))

    for saadin in saatimet.values():
        saadin.observe(paivita, names="value")
    paivita()
    return widgets.VBox([*saatimet.values(), tulos])
