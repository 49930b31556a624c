"""Lomaketehtävän näkymä: asiakkuussuunnitelman lomake (tehtävä 7.5).

Lomake on tavallisia ipywidgets-kenttiä (pudotusvalikot, tekstikentät ja valintaruudut),
joilla jokaisella on näkyvä suomenkielinen nimi. Lomake vain kokoaa kentät yhdeksi
vastaukseksi (``t07_kohtaaminen.lomakevastaus``); tarkistus on tehtävän tarkistimessa, ja
``widgetit.TehtavaNakyma`` näyttää palautteen ja kirjaa yrityksen kuten muissakin tehtävissä.

>>> from asiakkuus.tehtavat import tehtava
>>> lomake = Suunnitelmalomake(tehtava("07_5"))
>>> lomake.arvo()  # koskematon lomake on tyhjä vastaus
''
>>> lomake.taso.value = "avainasiakas"; lomake.toimet["hinta"].value = True
>>> lomake.arvo()
'["avainasiakas","","",["hinta"],"","",""]'
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from .tehtavat import Tehtava
from .tehtavat.t07_kohtaaminen import lomakevastaus, lue_lomake

_EI_VALITTU = "– valitse –"
_TYYLI = {"description_width": "initial"}


def _otsikko(teksti: str) -> widgets.HTML:
    return widgets.HTML(f'<div style="font-weight:600;margin-top:6px">{html.escape(teksti)}</div>')


def _valikko(kuvaus: str, vaihtoehdot) -> widgets.Dropdown:
    return widgets.Dropdown(options=[(_EI_VALITTU, ""), *((nimi, koodi) for koodi, nimi
                                                           in vaihtoehdot)],
                            value="", description=kuvaus, style=_TYYLI,
                            layout={"width": "max-content"})


def _teksti(kuvaus: str, esimerkki: str, leveys: str = "520px") -> widgets.Text:
    # continuous_update=True: arvo on kernelillä ennen Enterin viestiä (kuten widgetit.py).
    return widgets.Text(description=kuvaus, placeholder=esimerkki, continuous_update=True,
                        style=_TYYLI, layout={"width": leveys})


class Suunnitelmalomake:
    """Asiakkuussuunnitelman lomake: viisi kohtaa, vastaus yhtenä tekstinä (``arvo``).

    ``toiminto`` kutsutaan, kun tekstikentässä painetaan Enter (sama kuin Tarkista).
    """

    def __init__(self, tehtava: Tehtava, toiminto=None):
        osat = tehtava.arvot["lomake"]
        self.taso = _valikko("Palvelutaso:", osat["palvelutasot"])
        self.heikoin = _valikko("Heikoin arvon taso:", osat["arvotasot"])
        self.tavoite = _teksti("Asiakkuuden kate-% ensi vuonna:", "esim. 12,5", "320px")
        self.toimet = {koodi: widgets.Checkbox(value=False, description=teksti, indent=False,
                                               layout={"width": "auto"})
                       for koodi, teksti in osat["toimenpiteet"]}
        self.vastuu = _teksti("Vastuuhenkilö:", "esim. yrittäjä itse, asiakkaan yhteyshenkilönä")
        self.aikataulu = _teksti("Aikataulu:", "esim. tapaaminen tammikuussa, arvio kesäkuussa")
        self.seuranta = _valikko("Seurantamittari:", osat["seurannat"])
        if toiminto is not None:
            for kentta in (self.tavoite, self.vastuu, self.aikataulu):
                kentta.on_msg(lambda _w, sisalto, _b: toiminto()
                              if sisalto.get("event") == "submit" else None)
        self.nakyma = widgets.VBox([
            _otsikko("1. Nykytila"), self.taso, self.heikoin,
            _otsikko("2. Tavoite"), self.tavoite,
            _otsikko("3. Toimenpiteet (valitse 2–3)"),
            widgets.VBox(list(self.toimet.values())),
            _otsikko("4. Vastuuhenkilö ja aikataulu"), self.vastuu, self.aikataulu,
            _otsikko("5. Seuranta"), self.seuranta,
        ])
        self.nakyma.add_class("asiakkuus-lomake")

    def arvo(self) -> str:
        """Lomakkeen kentät yhtenä vastauksena (tyhjä lomake: tyhjä merkkijono)."""
        return lomakevastaus(taso=self.taso.value, heikoin=self.heikoin.value,
                             tavoite=self.tavoite.value,
                             toimet=[k for k, ruutu in self.toimet.items() if ruutu.value],
                             vastuu=self.vastuu.value, aikataulu=self.aikataulu.value,
                             seuranta=self.seuranta.value)

    def aseta(self, vastaus) -> None:
        """Palauta lomakkeeseen tallennettu vastaus; tuntemattomat arvot jäävät tyhjiksi."""
        kentat = lue_lomake(vastaus) or {}
        for valikko, avain in ((self.taso, "taso"), (self.heikoin, "heikoin"),
                               (self.seuranta, "seuranta")):
            arvo = kentat.get(avain, "")
            valikko.value = arvo if arvo in [koodi for _, koodi in valikko.options] else ""
        self.tavoite.value = kentat.get("tavoite", "")
        self.vastuu.value = kentat.get("vastuu", "")
        self.aikataulu.value = kentat.get("aikataulu", "")
        for koodi, ruutu in self.toimet.items():
            ruutu.value = koodi in kentat.get("toimet", [])
