"""Harjoitusten widgetit: nimikenttä, tehtävä, Tarkista-painike, vihje ja palaute.

Widgetit vain näyttävät ``asiakkuus.tehtavat``-moduulin tuloksia; kaikki tarkistuslogiikka
on siellä tavallisina funktioina. Palaute kirjoitetaan HTML-widgettiin, joten sen voi lukea
myös testeissä ilman selainta (``nakyma.palaute.value``).
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import Markdown

from . import tehtavat as t

_VARIT = {True: ("#e6f4ea", "#1e7b34"), False: ("#fdecea", "#b3261e"),
          None: ("#eef2f7", "#334155")}


def palaute_html(tulos: t.Tulos) -> str:
    """Tuloksen HTML-esitys: vihreä oikein, punainen väärin, harmaa ei vastausta.

    >>> "Oikein" in palaute_html(t.Tulos(True, "Hyvä."))
    True
    """
    tausta, teksti = _VARIT[tulos.oikein]
    return (f'<div style="background:{tausta};color:{teksti};padding:8px 12px;'
            f'border-radius:6px;font-size:1.1em">{html.escape(str(tulos))}</div>')


class TehtavaNakyma:
    """Yhden tehtävän widget: kuvaus, vastauskenttä, Tarkista, Näytä vihje ja palaute."""

    def __init__(self, tunnus: str, siemen: int = 0):
        self.tunnus = tunnus
        self.kuvaus = widgets.Output()
        # continuous_update=False: Enter (tai kentästä poistuminen) tarkistaa vastauksen.
        self.vastaus = widgets.Text(placeholder="esim. 1 234,50", description="Vastaus:",
                                    continuous_update=False, layout={"width": "320px"})
        self.valinta = widgets.RadioButtons(options=[], value=None, description="Valitse:",
                                            layout={"width": "auto"})
        self.tarkista_nappi = widgets.Button(description="Tarkista", button_style="primary",
                                             icon="check")
        self.vihje_nappi = widgets.Button(description="Näytä vihje", icon="lightbulb-o")
        self.palaute = widgets.HTML()
        self.vihje = widgets.HTML()
        self.tarkista_nappi.on_click(lambda _: self.tarkista())
        self.vihje_nappi.on_click(lambda _: self.nayta_vihje())
        self.vastaus.observe(self._kentta_muuttui, names="value")
        self.otsikko = widgets.HTML()
        self.nakyma = widgets.VBox([self.otsikko, self.kuvaus, widgets.HBox([]),
                                    widgets.HBox([self.tarkista_nappi, self.vihje_nappi]),
                                    self.palaute, self.vihje])
        self.vaihda_siemen(siemen)

    def _kentta_muuttui(self, muutos) -> None:
        if muutos["new"].strip():
            self.tarkista()

    def vaihda_siemen(self, siemen: int) -> None:
        """Arvo tehtävän luvut uudelleen (uusi opiskelija) ja tyhjennä vastaus ja palaute."""
        self.tehtava = t.tehtava(self.tunnus, siemen)
        self.otsikko.value = f"<h3>Tehtävä {self.tunnus.replace('_', '.')}: " \
                             f"{html.escape(self.tehtava.otsikko)}</h3>"
        self.kuvaus.outputs = ()
        self.kuvaus.append_display_data(Markdown(self.tehtava.kuvaus))
        if self.tehtava.valinta:
            self.valinta.options = list(self.tehtava.vaihtoehdot)
            self.valinta.value = None
            self.nakyma.children[2].children = [self.valinta]
        else:
            self.vastaus.value = ""
            self.nakyma.children[2].children = [self.vastaus]
        self.palaute.value = ""
        self.vihje.value = ""

    def tarkista(self) -> t.Tulos:
        """Tarkista kentän vastaus ja näytä palaute."""
        vastaus = self.valinta.value if self.tehtava.valinta else self.vastaus.value
        tulos = t.tarkista(self.tehtava, vastaus)
        self.palaute.value = palaute_html(tulos)
        return tulos

    def nayta_vihje(self) -> None:
        """Näytä tehtävän vihje."""
        self.vihje.value = f"<p><b>Vihje:</b> {html.escape(self.tehtava.vihje)}</p>"

    def _ipython_display_(self):
        from IPython.display import display
        display(self.nakyma)


class Harjoitukset:
    """Harjoitusmuistion tila: opiskelijan muunnelma ja muistion tehtävänäkymät."""

    def __init__(self):
        self.nimi = ""
        self.siemen = 0
        self.nakymat: dict[str, TehtavaNakyma] = {}
        self.nimikentta = widgets.Text(placeholder="esim. Aino Niemi tai 2412345",
                                       description="Nimi:", continuous_update=False,
                                       layout={"width": "360px"})
        self.nimi_nappi = widgets.Button(description="Käytä tätä nimeä", icon="user")
        self.nimi_tila = widgets.HTML(self._tilateksti())
        self.nimi_nappi.on_click(lambda _: self.aseta_nimi(self.nimikentta.value))
        self.nimikentta.observe(lambda muutos: self.aseta_nimi(muutos["new"]), names="value")

    def _tilateksti(self) -> str:
        if not self.nimi:
            return "<i>Käytössä on oletusmuunnelma (samat luvut kuin ratkaisuissa).</i>"
        return (f"<i>Luvut on arvottu nimelle <b>{html.escape(self.nimi)}</b>. "
                "Saman nimen luvut ovat aina samat.</i>")

    def aseta_nimi(self, nimi: str) -> None:
        """Vaihda opiskelija: kaikkien tehtävien luvut arvotaan uudelleen hänen nimellään."""
        self.nimi = " ".join(str(nimi or "").split())
        self.siemen = t.siemen_nimesta(self.nimi)
        self.nimi_tila.value = self._tilateksti()
        for nakyma in self.nakymat.values():
            nakyma.vaihda_siemen(self.siemen)

    def opiskelija(self) -> widgets.Widget:
        """Nimikenttä muistion alkuun."""
        return widgets.VBox([widgets.HBox([self.nimikentta, self.nimi_nappi]), self.nimi_tila])

    def tehtava(self, tunnus: str) -> TehtavaNakyma:
        """Tehtävän widget; sama näkymä päivittyy, kun nimi vaihtuu."""
        self.nakymat[tunnus] = TehtavaNakyma(tunnus, self.siemen)
        return self.nakymat[tunnus]

    def tarkista(self, tunnus: str, vastaus) -> t.Tulos:
        """Tarkista koodisolussa laskettu vastaus ja tulosta palaute."""
        tulos = t.tarkista(t.tehtava(tunnus, self.siemen), vastaus)
        print(tulos)
        return tulos

    def luvut(self, tunnus: str) -> t.Tehtava:
        """Tehtävä opiskelijan luvuilla (esim. ratkaisun laskemista varten)."""
        return t.tehtava(tunnus, self.siemen)


_ISTUNTO = Harjoitukset()


def opiskelija() -> widgets.Widget:
    """Nimikenttä harjoitusmuistion alkuun: luvut arvotaan nimen tai opiskelijanumeron mukaan.

    >>> opiskelija().children[0].children[1].description
    'Käytä tätä nimeä'
    """
    return _ISTUNTO.opiskelija()


def harjoitus(tunnus: str) -> TehtavaNakyma:
    """Tehtävän widget muistioon: kuvaus, vastauskenttä, Tarkista ja Näytä vihje.

    >>> n = harjoitus("03_3")
    >>> n.vastaus.value = "ei lukua"; n.tarkista_nappi.click()
    >>> "En tunnistanut lukua" in n.palaute.value
    True
    """
    return _ISTUNTO.tehtava(tunnus)


def tarkista(tunnus: str, vastaus) -> None:
    """Tarkista koodisolussa laskettu vastaus ja tulosta palaute (ei koskaan virhettä).

    >>> tarkista("03_1", None)
    … Et ole vielä vastannut. Kirjoita vastauksesi ja paina Tarkista.
    """
    _ISTUNTO.tarkista(tunnus, vastaus)


class Luvut:
    """Tehtävän lähtötiedot koodisolua varten: ``arvot`` ja ``kuvaus`` (ei oikeaa vastausta)."""

    def __init__(self, tehtava: t.Tehtava):
        self.arvot = tehtava.arvot
        self.kuvaus = tehtava.kuvaus

    def _repr_markdown_(self) -> str:
        return self.kuvaus


def luvut(tunnus: str) -> Luvut:
    """Tehtävän luvut nykyiselle opiskelijalle, esim. ``luvut("03_1").arvot["tuotot"]``.

    >>> sorted(luvut("03_5").arvot)
    ['alennukset', 'esitteet', 'kaikkia', 'palkat', 'uusia']
    """
    return Luvut(_ISTUNTO.luvut(tunnus))
