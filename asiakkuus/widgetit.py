"""Harjoitusten widgetit: nimi, tehtävä, Tarkista, vihje, ratkaisu ja palautus.

Widgetit vain näyttävät ja kirjaavat: tarkistuslogiikka on ``asiakkuus.tehtavat``-
moduulissa, tallennus ``asiakkuus.tallennus``-moduulissa ja palautustiedosto
``asiakkuus.palautus``-moduulissa tavallisina funktioina. Jokainen tarkistus
(Tarkista-painike tai Enter, ei pelkkä kentästä poistuminen) kirjataan opiskelijan
tiedostoon, kun nimi on annettu. Palautteen voi lukea testeissä ilman selainta
(``nakyma.palaute.html``).
"""

from __future__ import annotations

import html
import tomllib

import ipywidgets as widgets
from IPython.display import Markdown

from .argumentit import tarkista_argumentit
from . import palautus as p
from . import tallennus
from . import tehtavat as t
from .komponentit import Palaute, Valinta
from .lomake import Suunnitelmalomake
from .virheet import AsiakkuusVirhe

_VARIT = {True: ("#e6f4ea", "#14532d"), False: ("#fdecea", "#8c1d18"),
          None: ("#eef2f7", "#1e293b")}
#: Näin monen väärän yrityksen jälkeen Näytä ratkaisu -painike tulee näkyviin.
YRITYKSIA_ENNEN_RATKAISUA = 3
_SOLU = "padding:3px 14px;border-bottom:1px solid #d0d7de;text-align:left"
#: Opettajan asetustiedosto kurssikansiossa (ks. README, opettajalle).
ASETUSTIEDOSTO = "kurssiasetukset.toml"


@tarkista_argumentit
def palaute_html(tulos: t.Tulos) -> str:
    """Tuloksen HTML-esitys: vihreä oikein, punainen väärin, harmaa ei vastausta.

    >>> "Oikein" in palaute_html(t.Tulos(True, "Hyvä."))
    True
    """
    tausta, teksti = _VARIT[tulos.oikein]
    return (f'<div style="background:{tausta};color:{teksti};padding:8px 12px;'
            f'border-radius:6px;font-size:1.1em">{html.escape(str(tulos))}</div>')


@tarkista_argumentit
def ratkaisut_sallittu() -> bool:
    """Näytetäänkö Näytä ratkaisu -painike? Opettaja päättää asetustiedostossa.

    Kurssikansion tiedostossa ``kurssiasetukset.toml`` rivi ``nayta_ratkaisut = false``
    piilottaa painikkeen (esimerkiksi arvioitavaa kierrosta varten). Jos tiedostoa ei ole
    tai se on rikki, painike näytetään.

    >>> ratkaisut_sallittu() in (True, False)
    True
    """
    try:
        asetukset = tomllib.loads((tallennus.kurssikansio() / ASETUSTIEDOSTO)
                                  .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return asetukset.get("nayta_ratkaisut", True) is not False


def _tekstikentta(**asetukset) -> widgets.Text:
    # continuous_update=True: arvo kulkee kernelille jokaisella näppäilyllä, joten Enterin
    # viesti ("submit") tulee aina vasta kirjoitetun arvon jälkeen. Tarkistus tehdään vain
    # Enterillä tai painikkeella, ei silloin, kun kentästä poistutaan.
    return widgets.Text(continuous_update=True, **asetukset)


def _enterilla(widget, toiminto) -> None:
    """Kutsu toimintoa, kun kentässä painetaan Enter (selaimen viesti ``submit``)."""
    widget.on_msg(lambda _w, sisalto, _b: toiminto() if sisalto.get("event") == "submit"
                  else None)


class TehtavaNakyma:
    """Yhden tehtävän widget: omat luvut, vastaus, Tarkista, vihje, palaute ja ratkaisu."""

    def __init__(self, tunnus: str, siemen: int = 0, kirjaa=None, yritykset=()):
        self.tunnus = tunnus
        self._kirjaa = kirjaa  # kutsutaan jokaisesta tarkistuksesta: (tunnus, vastaus, tulos)
        self.kuvaus = widgets.Output()
        self.vastaus = _tekstikentta(placeholder="esim. 1 234,50", description="Vastaus:",
                                     layout={"width": "320px"})
        self.valinta = Valinta()
        self.tarkista_nappi = widgets.Button(description="Tarkista", button_style="primary",
                                             icon="check")
        self.vihje_nappi = widgets.Button(description="Näytä vihje", icon="lightbulb-o")
        self.ratkaisu_nappi = widgets.Button(description="Näytä ratkaisu", icon="book",
                                             layout={"display": "none"})
        self.palaute = Palaute()
        self.vihje = widgets.HTML()
        self.ratkaisu = widgets.Output()
        self.vaaria = 0
        self.oikein = False
        self.tarkista_nappi.on_click(lambda _: self.tarkista())
        self.vihje_nappi.on_click(lambda _: self.nayta_vihje())
        self.ratkaisu_nappi.on_click(lambda _: self.nayta_ratkaisu())
        _enterilla(self.vastaus, self.tarkista)
        _enterilla(self.valinta, self.tarkista)
        self.kentta = widgets.Box([])
        self.nakyma = widgets.VBox([self.kuvaus, self.kentta,
                                    widgets.HBox([self.tarkista_nappi, self.vihje_nappi,
                                                  self.ratkaisu_nappi]),
                                    self.palaute, self.vihje, self.ratkaisu])
        self.nakyma.add_class("asiakkuus-tehtava")
        self.vaihda_siemen(siemen, yritykset)

    def vaihda_siemen(self, siemen: int, yritykset=()) -> None:
        """Tehtävä opiskelijan luvuilla; palauta tallennetuista yrityksistä viimeisin tila."""
        self.tehtava = t.tehtava(self.tunnus, siemen)
        self.kuvaus.outputs = ()
        if siemen:
            self.kuvaus.append_display_data(Markdown(
                f"**Sinun lukusi – {t.otsikko(self.tunnus)}**\n\n{self.tehtava.kuvaus}"))
        else:
            self.kuvaus.append_display_data(Markdown(
                f"*{t.otsikko(self.tunnus)}: käytössä ovat yllä olevat oletusluvut. Kirjoita "
                "nimesi muistion alkuun, niin saat omat lukusi.*"))
        self.lomake = None
        if self.tehtava.lomake:
            self.lomake = Suunnitelmalomake(self.tehtava, self.tarkista)
            self.kentta.children = [self.lomake.nakyma]
        elif self.tehtava.valinta:
            self.valinta.otsikko = f"Valitse vastaus tehtävään {t.numero(self.tunnus)}:"
            self.valinta.vaihtoehdot = list(self.tehtava.vaihtoehdot)
            self.valinta.value = ""
            self.kentta.children = [self.valinta]
        else:
            self.vastaus.value = ""
            self.kentta.children = [self.vastaus]
        self.palaute.html = ""
        self.vihje.value = ""
        self.ratkaisu.outputs = ()
        self.vaaria = sum(y.get("oikein") is False for y in yritykset)
        self.oikein = False
        if yritykset:
            viimeisin = yritykset[-1]["vastaus"]
            if self.lomake is not None:
                self.lomake.aseta(viimeisin)
            elif self.tehtava.valinta:
                self.valinta.value = str(viimeisin) if viimeisin in self.tehtava.vaihtoehdot else ""
            else:
                self.vastaus.value = str(viimeisin)
            tulos = t.tarkista(self.tehtava, viimeisin)
            self.oikein = tulos.oikein is True or any(y.get("oikein") for y in yritykset)
            self._nayta(tulos)
        self._paivita_ratkaisunappi()

    def nykyinen_vastaus(self):
        """Kentän, valintaryhmän tai lomakkeen nykyinen vastaus."""
        if self.lomake is not None:
            return self.lomake.arvo()
        return self.valinta.value if self.tehtava.valinta else self.vastaus.value

    def tarkista(self, vastaus=None) -> t.Tulos:
        """Tarkista vastaus (oletuksena kentän vastaus), näytä palaute ja kirjaa yritys."""
        if vastaus is None:
            vastaus = self.nykyinen_vastaus()
        tulos = t.tarkista(self.tehtava, vastaus)
        if tulos.oikein is not None:
            self.oikein = self.oikein or tulos.oikein
            self.vaaria += tulos.oikein is False
            if self._kirjaa is not None:
                self._kirjaa(self.tunnus, vastaus, tulos)
        self._nayta(tulos)
        self._paivita_ratkaisunappi()
        return tulos

    def _nayta(self, tulos: t.Tulos) -> None:
        self.palaute.html = palaute_html(tulos)

    def _paivita_ratkaisunappi(self) -> None:
        nakyvissa = ratkaisut_sallittu() and (
            self.oikein or self.vaaria >= YRITYKSIA_ENNEN_RATKAISUA)
        self.ratkaisu_nappi.layout.display = None if nakyvissa else "none"

    def nayta_vihje(self) -> None:
        """Näytä tehtävän vihje."""
        self.vihje.value = f"<p><b>Vihje:</b> {html.escape(self.tehtava.vihje)}</p>"

    def nayta_ratkaisu(self) -> None:
        """Näytä mallivastaus opiskelijan omilla luvuilla (jos opettaja sallii)."""
        self.ratkaisu.outputs = ()
        if ratkaisut_sallittu():
            self.ratkaisu.append_display_data(Markdown(
                f"**Ratkaisu sinun luvuillasi.** {self.tehtava.ratkaisu}"))

    def _ipython_display_(self):
        from IPython.display import display
        display(self.nakyma)


class Harjoitukset:
    """Harjoitusmuistion tila: opiskelija, hänen lukunsa, tallennetut vastaukset ja näkymät.

    ``tallenna=False`` (mallivastausmuistiot ja testit): nimeä ei palauteta eikä mitään
    kirjata. ``kansio`` on vastausten kansio (oletus: kurssikansion ``omat_vastaukset``).
    """

    def __init__(self, tallenna: bool = True, kansio=None):
        self.tallenna = tallenna
        self.kansio = kansio
        self.nimi = ""
        self.siemen = 0
        self.nakymat: dict[str, TehtavaNakyma] = {}
        self.nimikentta = _tekstikentta(placeholder="esim. Aino Niemi tai 2412345",
                                        description="Nimi:", layout={"width": "360px"})
        self.nimi_nappi = widgets.Button(description="Käytä tätä nimeä", icon="user")
        self.alusta_nappi = widgets.Button(description="Aloita alusta…", icon="undo",
                                           layout={"display": "none"})
        self.vahvista_nappi = widgets.Button(description="Kyllä, poista vastaukseni",
                                             button_style="danger")
        self.peru_nappi = widgets.Button(description="Peruuta")
        self.vahvistus = widgets.HBox([widgets.HTML(), self.vahvista_nappi, self.peru_nappi],
                                      layout={"display": "none"})
        self.nimi_tila = Palaute(html=self._tilateksti())
        self.nimi_nappi.on_click(lambda _: self.aseta_nimi(self.nimikentta.value))
        _enterilla(self.nimikentta, lambda: self.aseta_nimi(self.nimikentta.value))
        self.alusta_nappi.on_click(lambda _: self._kysy_vahvistus())
        self.vahvista_nappi.on_click(lambda _: self.aloita_alusta())
        self.peru_nappi.on_click(lambda _: setattr(self.vahvistus.layout, "display", "none"))
        self._palautettu = False
        self._jatkettu = False  # nimi palautettiin tallennetuista vastauksista

    # --- nimi ja tallennus ---------------------------------------------------------------

    def _tilateksti(self, huomio: str = "") -> str:
        if huomio:
            return f'<p style="color:#8c1d18"><b>{html.escape(huomio)}</b></p>'
        if not self.nimi:
            if not self.tallenna:
                return ("<i>Mallivastaukset: käytössä ovat oletusluvut, eikä tässä muistiossa "
                        "tallenneta mitään.</i>")
            return ("<i>Käytössä ovat oletusluvut. Kirjoita nimesi tai opiskelijanumerosi ja "
                    "paina Enter tai <b>Käytä tätä nimeä</b>: saat omat lukusi, ja "
                    "vastauksesi tallentuvat.</i>")
        teksti = (f"<i>Luvut on arvottu nimelle <b>{html.escape(self.nimi)}</b>. Saman nimen "
                  "luvut ovat aina samat.")
        if self._jatkettu:
            teksti += (" Nimi on tällä koneella viimeksi käytetty: jos se ei ole sinun, kirjoita "
                       "oma nimesi ja paina Enter.")
        if self.tallenna:
            teksti += (" Vastauksesi tallentuvat kurssikansion tiedostoon "
                       f"<code>{tallennus.VASTAUSKANSIO}/{tallennus.tiedoston_nimi(self.nimi)}"
                       "</code>.")
        return teksti + "</i>"

    def palauta_edellinen(self) -> None:
        """Jatka siitä, mihin viimeksi jäätiin: viimeksi tallentaneen opiskelijan nimi."""
        if self.tallenna and not self._palautettu and not self.nimi:
            self._palautettu = True
            nimi = tallennus.viimeisin_opiskelija(self.kansio)
            if nimi:
                self.nimikentta.value = nimi
                self.aseta_nimi(nimi)
                self._jatkettu = True
                self.nimi_tila.html = self._tilateksti()

    def aseta_nimi(self, nimi: str) -> None:
        """Vaihda opiskelija: luvut arvotaan hänen nimellään ja hänen vastauksensa palaavat."""
        nimi = tallennus.siisti_nimi(nimi)
        if nimi and (ongelma := tallennus.nimen_ongelma(nimi)):
            self.nimi_tila.html = self._tilateksti(ongelma)
            return
        self.nimi = nimi
        self._jatkettu = False
        self.siemen = t.siemen_nimesta(self.nimi)
        self.nimi_tila.html = self._tilateksti()
        self.alusta_nappi.layout.display = None if self.nimi and self.tallenna else "none"
        self.vahvistus.layout.display = "none"
        for tunnus, nakyma in self.nakymat.items():
            nakyma.vaihda_siemen(self.siemen, self._yritykset(tunnus))

    def _yritykset(self, tunnus: str) -> list[dict]:
        if not (self.nimi and self.tallenna):
            return []
        return [y for y in tallennus.lue(self.nimi, self.kansio)["yritykset"]
                if y.get("tehtava") == tunnus]

    def kirjaa(self, tunnus: str, vastaus, tulos: t.Tulos) -> None:
        """Kirjaa tarkistus opiskelijan tiedostoon (vain kun nimi on annettu)."""
        if not (self.nimi and self.tallenna):
            return
        try:
            tallennus.kirjaa(self.nimi, tunnus, vastaus, tulos, self.kansio)
        except AsiakkuusVirhe as virhe:  # esim. levy täynnä tai vastaus liian pitkä
            self.nimi_tila.html = self._tilateksti(str(virhe))

    def _kysy_vahvistus(self) -> None:
        self.vahvistus.children[0].value = (
            f"Poistetaanko nimellä <b>{html.escape(self.nimi)}</b> tallennetut vastaukset "
            "kaikista harjoituksista (1–6)? Poistoa ei voi perua.")
        self.vahvistus.layout.display = None

    def aloita_alusta(self) -> None:
        """Poista opiskelijan tallennetut vastaukset ja tyhjennä tehtävät."""
        if self.nimi:
            tallennus.aloita_alusta(self.nimi, self.kansio)
        self.aseta_nimi(self.nimi)
        self.nimi_tila.html = self._tilateksti() + " <i>Aloitit alusta: vastaukset poistettiin.</i>"

    # --- widgetit muistioon --------------------------------------------------------------

    def opiskelija(self) -> widgets.Widget:
        """Nimikenttä muistion alkuun; jatkaa viimeksi tallentaneen opiskelijan nimellä."""
        self.palauta_edellinen()
        laatikko = widgets.VBox([
            widgets.HBox([self.nimikentta, self.nimi_nappi, self.alusta_nappi]),
            self.vahvistus, self.nimi_tila])
        laatikko.add_class("asiakkuus-nimi")
        return laatikko

    def tehtava(self, tunnus: str) -> TehtavaNakyma:
        """Tehtävän widget; sama näkymä päivittyy, kun nimi vaihtuu."""
        self.nakymat[tunnus] = TehtavaNakyma(tunnus, self.siemen, self.kirjaa,
                                             self._yritykset(tunnus))
        return self.nakymat[tunnus]

    def tarkista(self, tunnus: str, vastaus) -> t.Tulos | None:
        """Tarkista koodisolussa laskettu vastaus; tulos näkyy myös tehtävän widgetissä.

        Jos vastausta ei ole (``vastaus = None``), ei tulosteta mitään: silloin vastataan
        tehtävän kenttään.
        """
        if vastaus is None:
            return None
        nakyma = self.nakymat.get(tunnus)
        if nakyma is None:
            nakyma = TehtavaNakyma(tunnus, self.siemen, self.kirjaa, self._yritykset(tunnus))
        tulos = nakyma.tarkista(vastaus)
        print(tulos)
        return tulos

    def luvut(self, tunnus: str) -> t.Tehtava:
        """Tehtävä opiskelijan luvuilla (esim. ratkaisun laskemista varten)."""
        return t.tehtava(tunnus, self.siemen)

    def palautus(self, teema: str | None = None) -> widgets.Widget:
        """Palautuspainike: tekee palautustiedoston yhden teeman tai koko kurssin tehtävistä."""
        mita = f"harjoitukset {int(teema)}" if teema else "koko kurssi"
        nappi = widgets.Button(description=f"Tee palautustiedosto ({mita})",
                               button_style="success", icon="upload",
                               layout={"width": "fit-content"})
        tila = Palaute()
        nappi.on_click(lambda _: setattr(tila, "html", self._tee_palautus(teema)))
        laatikko = widgets.VBox([nappi, tila])
        laatikko.add_class("asiakkuus-tehtava")
        return laatikko

    def _tee_palautus(self, teema: str | None) -> str:
        if not self.nimi:
            return ('<p style="color:#8c1d18"><b>Kirjoita ensin nimesi tai opiskelijanumerosi '
                    "Nimi-kenttään ja paina Enter.</b></p>")
        try:
            polku = p.kirjoita_palautus(self.nimi, teema, tallennus.kurssikansio()
                                        if self.kansio is None else self.kansio.parent)
        except (OSError, AsiakkuusVirhe) as virhe:
            syy = (virhe.strerror or "kirjoitusvirhe") if isinstance(virhe, OSError) else str(virhe)
            return ('<p style="color:#8c1d18"><b>Palautustiedostoa ei voitu tehdä: '
                    f"{html.escape(syy)}</b></p>")
        sisalto = p.lue_palautus(polku)
        rivit = "".join(
            f'<tr><td style="{_SOLU}">{t.numero(tunnus)}</td>'
            f'<td style="{_SOLU};text-align:right">{len(tieto["yritykset"])}</td>'
            f'<td style="{_SOLU}">'
            f"{'oikein' if any(y['oikein'] for y in tieto['yritykset']) else 'ei vielä oikein'}"
            "</td></tr>"
            for tunnus, tieto in sisalto["tehtavat"].items())
        return (f"<p><b>Palautustiedosto on valmis:</b> <code>{html.escape(str(polku))}</code></p>"
                "<p>Palauta tämä tiedosto Moodlen Tehtävä-aktiviteettiin (tai sinne, minne opettajasi "
                "pyytää): valitse tiedosto yllä näkyvästä kansiosta. JupyterLabin "
                f"tiedostoselaimessa se on kansiossa <code>{p.PALAUTUSKANSIO}</code> (hiiren "
                "oikea painike → Lataa tallentaa kopion selaimen Lataukset-kansioon). Jos "
                "jatkat tehtäviä, tee tiedosto uudelleen ennen palauttamista.</p>"
                '<table style="border-collapse:collapse"><thead><tr>'
                f'<th scope="col" style="{_SOLU}">Tehtävä</th>'
                f'<th scope="col" style="{_SOLU}">Yrityksiä</th>'
                f'<th scope="col" style="{_SOLU}">Tila</th></tr></thead>'
                f"<tbody>{rivit}</tbody></table>")


_ISTUNTO = Harjoitukset()


@tarkista_argumentit
def opiskelija() -> widgets.Widget:
    """Nimikenttä harjoitusmuistion alkuun: luvut arvotaan nimen tai opiskelijanumeron mukaan.

    Jos tällä koneella on jo tallennettuja vastauksia, jatketaan viimeisimmän opiskelijan
    nimellä ja hänen vastauksensa palaavat tehtäviin.

    >>> opiskelija().children[0].children[1].description
    'Käytä tätä nimeä'
    """
    return _ISTUNTO.opiskelija()


@tarkista_argumentit
def mallivastaukset() -> widgets.Widget:
    """Mallivastausmuistion alku: oletusluvut, eikä mitään tallenneta.

    >>> "oletusluvut" in mallivastaukset().html
    True
    """
    global _ISTUNTO
    _ISTUNTO = Harjoitukset(tallenna=False)
    return _ISTUNTO.nimi_tila


@tarkista_argumentit
def harjoitus(tunnus: str) -> TehtavaNakyma:
    """Tehtävän widget muistioon: omat luvut, vastauskenttä, Tarkista, vihje ja ratkaisu.

    >>> n = harjoitus("03_3")
    >>> n.vastaus.value = "ei lukua"; n.tarkista_nappi.click()
    >>> "En tunnistanut lukua" in n.palaute.html
    True
    """
    return _ISTUNTO.tehtava(tunnus)


def tarkista(tunnus: str, vastaus) -> None:
    """Tarkista koodisolussa laskettu vastaus ja tulosta palaute (ei koskaan virhettä).

    >>> tarkista("03_1", None)  # ei vastausta: ei tulostetta
    >>> tarkista("3_1", "6020")  # doctest: +ELLIPSIS
    ⚠ Tehtävää '3_1' ei ole. Kirjoita tunnus muodossa teema_numero, esimerkiksi '03_1'. ...
    >>> tarkista("03_1", "0")
    ✘ Ei vielä. Vastaus ei ole oikein (hyväksyn poikkeaman ±1). Tarkista laskusi vaihe vaiheelta tai pyydä vihje.
    """
    try:
        _ISTUNTO.tarkista(t.tarkista_tunnus(tunnus), vastaus)
    except AsiakkuusVirhe as virhe:
        print(f"⚠ {virhe}")


@tarkista_argumentit
def palautus(teema: str | None = None) -> widgets.Widget:
    """Palautuspainike muistion loppuun: ``palautus("03")`` tai koko kurssi ``palautus()``.

    >>> palautus("03").children[0].description
    'Tee palautustiedosto (harjoitukset 3)'
    """
    return _ISTUNTO.palautus(teema)


class Luvut:
    """Tehtävän lähtötiedot koodisolua varten: ``arvot`` ja ``kuvaus`` (ei oikeaa vastausta)."""

    def __init__(self, tehtava: t.Tehtava):
        self.arvot = tehtava.arvot
        self.kuvaus = tehtava.kuvaus

    def _repr_markdown_(self) -> str:
        return self.kuvaus


@tarkista_argumentit
def luvut(tunnus: str) -> Luvut:
    """Tehtävän luvut nykyiselle opiskelijalle, esim. ``luvut("03_1").arvot["tuotot"]``.

    >>> sorted(luvut("03_5").arvot)
    ['alennukset', 'esitteet', 'kaikkia', 'palkat', 'uusia']
    """
    return Luvut(_ISTUNTO.luvut(tunnus))
