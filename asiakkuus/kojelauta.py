"""Opettajan kojelauta: kurssin laskelmat säätiminä luokan videotykille.

Kojelauta kytkee widgetit paketin laskelmiin eikä laske liiketoiminnan lukuja itse:
kateketju tulee ``kate``-moduulista, pisteytys ja avainasiakkaat ``portfolio``-moduulista
ja NPS ``mittarit``-moduulista. Välilehdet:

1. **Asiakkuuden kate**: valitse asiakas, muuta tuottoja ja kustannuksia, vesiputous piirtyy.
2. **Valaskäyrä ja 80/20**: kertynyt kate ja kohta, jossa raja (oletus 80 %) ylittyy.
3. **Asiakasportfolio**: kuuden kriteerin painot (aina yhteensä 100 %), valmiit painotukset
   tämän päivän ja huomisen avainasiakkaille, sijoitustaulukko ja portfoliomatriisi.
4. **NPS**: vastausten määrät arvosanoittain, NPS ja jakauma.

Nopeus: kriteerien pisteet, asiakkuuden kate ja valaskäyrä lasketaan kerran. Säätimen liike
vain painottaa ja järjestää asiakkaat uudelleen ja päivittää kuvion valmiit piirtoelementit.
Kuvion kiinteä osa (akselit, otsikot, ruudukko, kaikki asiakkaat) piirretään kerran taustaksi,
ja päivityksessä sen päälle piirretään vain muuttuvat osat. Säätimet lähettävät arvonsa vasta,
kun liike päättyy (``continuous_update=False``), joten vetäminen ei jonouta turhia päivityksiä.

Turvallisuus: sivulla ei ole koodikenttiä, vain lukuja ja valintoja. Jokainen takaisinkutsu
sieppaa virheet ja näyttää suomenkielisen viestin; jäljitystä ei koskaan näytetä sivulla.
"""

from __future__ import annotations

import functools
import html
import io
import logging
from collections.abc import Mapping

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib import transforms
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image  # matplotlibin oma riippuvuus

from .argumentit import tarkista_argumentit
from . import kate, kuvat, mittarit, portfolio
from .data import lataa_aineisto
from .muotoilu import SARAKKEIDEN_NIMET, euroa, luku, prosenttia
from .virheet import AsiakkuusVirhe

_LOKI = logging.getLogger(__name__)

KUVAN_DPI = 90
TAULUKON_RIVIT = 12
YLEINEN_VIRHE = ("Näkymää ei voitu päivittää. Palauta oletusarvot painikkeella ja "
                 "kokeile uudelleen.")
_SAATIMEN_TYYLI = {"handle_color": kuvat.SININEN}  # näkyvä kahva myös videotykillä
KATELASKURIN_SAATIMET = ["tuotot", *kate.KUSTANNUKSET]

# Tekstin värit ovat kuvioiden Okabe–Ito-värien tummempia sävyjä: ohut teksti erottuu
# videotykillä vain, kun kontrasti valkoiseen on riittävä.
_TUMMA = "#1F2933"
_VIHREA_TEKSTI = "#00694D"
_PUNAINEN_TEKSTI = "#A3300B"
_OTSIKKORIVI = "#1F3A5F"
_AVAIN_TAUSTA = "#FDE3D3"

TYYLI = f"""
<style>
.asiakkuus-kojelauta {{
  --jp-widgets-font-size: 18px;
  --jp-widgets-inline-height: 36px;
  --jp-widgets-slider-handle-size: 22px;
  --jp-widgets-slider-track-thickness: 6px;
  --jp-widgets-slider-active-handle-color: {_OTSIKKORIVI};
  --jp-widgets-horizontal-tab-height: 44px;
  --jp-widgets-horizontal-tab-width: 240px;
  font-size: 18px; color: {_TUMMA};
}}
.asiakkuus-kojelauta .lm-TabBar-tab {{ font-size: 19px; font-weight: 600; }}
.asiakkuus-kojelauta .widget-readout {{ font-weight: 700; }}
.asiakkuus-kojelauta .widget-slider .noUi-handle {{ border: 2px solid {_OTSIKKORIVI}; }}
.asiakkuus-kojelauta .widget-button {{ font-size: 17px; }}
.asiakkuus-kojelauta h2 {{ font-size: 28px; margin: 4px 0 2px 0; }}
.asiakkuus-kojelauta h3 {{ font-size: 22px; margin: 6px 0; }}
.asiakkuus-kojelauta p {{ line-height: 1.35; margin: 4px 0; }}
.kojelauta-viesti {{ background: #FDECEA; color: #8A1C12; border-left: 6px solid #B3261E;
  padding: 8px 12px; font-size: 18px; border-radius: 4px; }}
table.kojelauta-sijoitus {{ border-collapse: collapse; font-size: 18px; }}
table.kojelauta-sijoitus th {{ background: {_OTSIKKORIVI}; color: white; padding: 6px 8px;
  text-align: left; }}
table.kojelauta-sijoitus td {{ padding: 4px 8px; border-bottom: 1px solid #D5DBE1; }}
table.kojelauta-sijoitus td.luku, table.kojelauta-sijoitus th.luku {{ text-align: right;
  white-space: nowrap; }}
table.kojelauta-sijoitus tr.avainasiakas td {{ background: {_AVAIN_TAUSTA}; font-weight: 700; }}
table.kojelauta-sijoitus tr.avainasiakas td:first-child {{
  border-left: 6px solid {kuvat.PUNAINEN}; }}
table.kojelauta-sijoitus caption {{ caption-side: top; text-align: left; padding: 4px 0;
  font-size: 17px; }}
.kojelauta-iso {{ font-size: 30px; font-weight: 700; }}
</style>
"""


# --- Pienet apufunktiot --------------------------------------------------------------------

@tarkista_argumentit
def tasapainota_painot(painot: Mapping[str, int], kriteeri: str, arvo: int) -> dict[str, int]:
    """Aseta yhden kriteerin paino ja jaa loput 100 prosentista muille suhteessa niiden painoihin.

    Muut painot skaalataan niin, että kaikki ovat kokonaislukuja ja yhteensä 100.
    Pyöristyksestä jäävät yksiköt saavat ne, joiden desimaaliosa oli suurin (tasatilanteessa
    kriteerien järjestyksessä), joten sama liike antaa aina saman tuloksen. Jos muiden painot
    ovat kaikki nolla, loput jaetaan niille tasan.

    >>> list(tasapainota_painot(portfolio.OLETUSPAINOT, "myyntivolyymi", 40).values())
    [40, 17, 17, 9, 9, 8]
    >>> sum(tasapainota_painot({"a": 100, "b": 0, "c": 0}, "a", 40).values())
    100
    """
    if kriteeri not in painot:
        raise AsiakkuusVirhe(f"Tuntematon kriteeri '{kriteeri}'. Sallitut kriteerit ovat: "
                             f"{', '.join(painot)}.")
    arvo = int(min(max(round(float(arvo)), 0), 100))
    muut = [k for k in painot if k != kriteeri]
    vanhat = np.array([max(float(painot[k]), 0.0) for k in muut])
    jaettava = 100 - arvo
    if not muut:
        return {kriteeri: 100}
    if vanhat.sum() > 0:
        tavoite = vanhat * jaettava / vanhat.sum()
    else:
        tavoite = np.full(len(muut), jaettava / len(muut))
    uudet = np.floor(tavoite + 1e-9).astype(int)
    # Jäljelle jääneet yksiköt suurimmille desimaaliosille; vakaa lajittelu = kriteerien järjestys.
    jaljella = jaettava - int(uudet.sum())
    jarjestys = np.argsort(-(tavoite - uudet), kind="stable")
    uudet[jarjestys[:jaljella]] += 1
    tulos = dict(zip(muut, (int(u) for u in uudet)))
    tulos[kriteeri] = arvo
    return {k: tulos[k] for k in painot}


@tarkista_argumentit
def virheilmoitus(poikkeus: BaseException) -> str:
    """Poikkeus lyhyeksi suomenkieliseksi viestiksi sivulle; jäljitystä ei koskaan näytetä.

    Kurssin omat virheet (``AsiakkuusVirhe``) kertovat jo suomeksi, mikä on vialla. Muiden
    virheiden teksti voi olla englantia tai paljastaa sisäisiä yksityiskohtia, joten niistä
    näytetään yleinen ohje.

    >>> virheilmoitus(AsiakkuusVirhe("NPS: vastauksia ei ole yhtään."))
    '⚠ NPS: vastauksia ei ole yhtään.'
    >>> virheilmoitus(KeyError("sisäinen avain"))
    '⚠ Näkymää ei voitu päivittää. Palauta oletusarvot painikkeella ja kokeile uudelleen.'
    """
    if isinstance(poikkeus, AsiakkuusVirhe):
        return f"⚠ {poikkeus}"
    return f"⚠ {YLEINEN_VIRHE}"


def _turvallisesti(metodi):
    """Takaisinkutsu, joka ei koskaan kaada sivua: virhe näkyy suomeksi ``viesti``-kentässä.

    Uloin kutsu tyhjentää edellisen viestin; sisäkkäisen kutsun virhe jää näkyviin, vaikka
    sitä kutsunut metodi jatkaisi loppuun.
    """

    @functools.wraps(metodi)
    def kaare(self, *args, **kwargs):
        syvyys = getattr(self, "_syvyys", 0)
        if syvyys == 0:
            self.viesti.value = ""
        self._syvyys = syvyys + 1
        try:
            return metodi(self, *args, **kwargs)
        except Exception as poikkeus:  # noqa: BLE001 – sivulle ei saa päätyä jäljitystä
            self.viimeisin_virhe = poikkeus
            # DEBUG-taso: oletusasetuksilla tämä ei tulostu minnekään, ei myöskään sivulle.
            _LOKI.debug("Kojelaudan päivitys epäonnistui", exc_info=poikkeus)
            self.viesti.value = (f'<div class="kojelauta-viesti" role="alert">'
                                 f"{html.escape(virheilmoitus(poikkeus))}</div>")
            return None
        finally:
            self._syvyys = syvyys

    return kaare


def _askel(maksimi: float) -> float:
    """Säätimen askel: noin 1/200 välistä pyöristettynä lukuun 1, 2 tai 5 · 10^n."""
    raaka = max(maksimi / 200, 1.0)
    kymmen = 10 ** np.floor(np.log10(raaka))
    return float(next(k * kymmen for k in (1, 2, 5, 10) if k * kymmen >= raaka))


def _html_vari(arvo: float) -> str:
    return _PUNAINEN_TEKSTI if arvo < 0 else _VIHREA_TEKSTI


@tarkista_argumentit
def sijoitustaulukko_html(pisteytys: pd.DataFrame, rivit: int = TAULUKON_RIVIT,
                          kate_df: pd.DataFrame | None = None,
                          vertailusijat: Mapping[str, int] | None = None,
                          painot: Mapping[str, float] | None = None) -> str:
    """Sijoitustaulukko HTML:nä: parhaat ``rivit`` asiakasta, avainasiakkaat korostettuina.

    ``pisteytys`` tulee funktiosta ``portfolio.pisteyta``. Jos ``kate_df``
    (``kate.asiakkuuden_kate``) annetaan, taulukossa on myös asiakkuuden kate;
    ``vertailusijat`` (asiakas → sija) näyttää, montako sijaa asiakas nousi tai laski.
    Rivien ``data-asiakas`` ja taulukon ``data-painot`` auttavat selaintestejä.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Iso & Co", "Pieni"],
    ...                   "pisteet": [4.5, 2.25], "sija": [1, 2], "avainasiakas": [True, False]})
    >>> taulu = sijoitustaulukko_html(p, vertailusijat={"A": 2, "B": 1})
    >>> taulu.count('class="avainasiakas"'), "4,50" in taulu, "Iso &amp; Co" in taulu
    (1, True, True)
    >>> "▲ 1" in taulu  # A nousi sijalta 2 sijalle 1
    True
    """
    nakyvat = pisteytys.sort_values("sija").head(rivit)
    avaimia = int(pisteytys["avainasiakas"].sum())
    if kate_df is not None:
        tiedot = kate_df.set_index("asiakas_id").reindex(nakyvat["asiakas_id"])
    sarakkeet = ["Sija", "Asiakas"] + (["Asiakaslaji"] if "tyyppi" in nakyvat.columns else []) \
        + ["Pisteet"] + (["Asiakkuuden kate"] if kate_df is not None else []) \
        + (["Muutos"] if vertailusijat is not None else [])
    luvut = {"Pisteet", "Asiakkuuden kate", "Muutos", "Sija"}
    otsikot = "".join(f'<th class="{"luku" if s in luvut else ""}">{s}</th>' for s in sarakkeet)
    painoteksti = ",".join(str(int(round(float(painot[k])))) for k in portfolio.KRITEERIT) \
        if painot is not None else ""
    osat = [f'<table class="kojelauta-sijoitus" data-painot="{painoteksti}" '
            f'data-avainasiakkaita="{avaimia}">',
            f"<caption>Parhaat {len(nakyvat)} asiakasta. <b>★ = avainasiakas</b> "
            f"({avaimia} parasta).</caption>",
            f"<thead><tr>{otsikot}</tr></thead><tbody>"]
    for i, rivi in enumerate(nakyvat.itertuples(index=False)):
        tunnus = str(rivi.asiakas_id)
        avain = bool(rivi.avainasiakas)
        nimi = str(getattr(rivi, "nimi", tunnus))
        solut = [f'<td class="luku">{"★ " if avain else ""}{int(rivi.sija)}</td>',
                 f"<td>{html.escape(nimi)}</td>"]
        if "tyyppi" in nakyvat.columns:
            solut.append(f"<td>{html.escape(str(rivi.tyyppi))}</td>")
        solut.append(f'<td class="luku">{luku(float(rivi.pisteet), 2)}</td>')
        if kate_df is not None:
            kate_ = float(tiedot["asiakkuuden_kate"].iloc[i])
            solut.append(f'<td class="luku" style="color:{_html_vari(kate_)}">'
                         f"{euroa(kate_)}</td>")
        if vertailusijat is not None:
            muutos = int(vertailusijat.get(tunnus, rivi.sija)) - int(rivi.sija)
            if muutos > 0:
                solut.append(f'<td class="luku" style="color:{_VIHREA_TEKSTI}">▲ {muutos}</td>')
            elif muutos < 0:
                solut.append(f'<td class="luku" style="color:{_PUNAINEN_TEKSTI}">▼ {-muutos}'
                             "</td>")
            else:
                solut.append('<td class="luku">–</td>')
        luokka = ' class="avainasiakas"' if avain else ""
        osat.append(f'<tr data-asiakas="{html.escape(tunnus)}"{luokka}>{"".join(solut)}</tr>')
    osat.append("</tbody></table>")
    return "".join(osat)


# --- Nopeasti päivittyvät kuviot --------------------------------------------------------------

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


class _Matriisi:
    """Portfoliomatriisi: kaikki asiakkaat taustana, avainasiakkaat ja nimet päivittyvät.

    Runko ja kaikkien asiakkaiden pallot piirtää ``kuvat.portfoliomatriisi``. Avainasiakkaat
    piirretään punaisina samoihin kohtiin ja samankokoisina sen päälle, joten päivitys piirtää
    vain muutaman pallon ja nimen, olipa asiakkaita 40 tai 10 000.
    """

    NIMEN_PITUUS = 26

    def __init__(self, pisteet: pd.DataFrame, kate_df: pd.DataFrame | None,
                 enintaan: int = 10, x: str = "kannattavuus", y: str = "uskollisuus"):
        self.piirto = _Piirto((10.6, 6.8))
        ax = self.piirto.ax
        pohja = pisteet.assign(avainasiakas=False, sija=0)
        kuvat.portfoliomatriisi(pohja, kate_df, x=x, y=y, ax=ax)
        # Otsikko vasempaan reunaan: keskitettynä se ulottuisi kapeassa kuvassa reunan yli.
        ax.title.set_horizontalalignment("left")
        ax.title.set_x(0.0)
        kaikki = ax.collections[0]
        # Samat kohdat kuin pohjakuvassa: sama hajautusfunktio samoilla syötteillä.
        px, py = kuvat._hajautus(pohja[x].to_numpy(dtype=float), pohja[y].to_numpy(dtype=float))
        koot = {(float(a), float(b)): float(s)
                for (a, b), s in zip(kaikki.get_offsets(), kaikki.get_sizes())}
        self.paikka = pd.Series(np.arange(len(pohja)), index=pohja["asiakas_id"].to_numpy())
        self.px, self.py = px, py
        self.koko = np.array([koot[(float(a), float(b))] for a, b in zip(px, py)])
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


class _Valaskayra:
    """Valaskäyrä taustana (``kuvat.valaskayra_kuva``); rajan kohta piirretään päälle."""

    def __init__(self, kate_df: pd.DataFrame):
        self.kate = kate_df
        self.kayra = kate.valaskayra(kate_df)
        self.piirto = _Piirto((11, 6.6))
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


class _NpsKuva:
    """NPS-jakauma: runko ``kuvat.nps_kuva``-funktiolla, päivitys palkkeihin ja lukuihin."""

    RYHMAT = [("arvostelija", "Arvostelijat 0–6"), ("passiivinen", "Passiiviset 7–8"),
              ("suosittelija", "Suosittelijat 9–10")]

    def __init__(self):
        self.piirto = _Piirto((11, 5.4))

    def runko(self, vastaukset: np.ndarray) -> None:
        """Piirrä koko kuvio uudelleen; pystyakselille jää tilaa kasvaville palkeille."""
        ax = self.piirto.ax
        ax.clear()
        kuvat.nps_kuva(vastaukset, ax=ax)
        self.palkit = list(ax.patches)[:11]
        self.luvut = list(ax.texts)[:11]
        self.selite = ax.get_legend()
        suurin = np.bincount(vastaukset.astype(int), minlength=11).max()
        ax.set_ylim(0, max(5.0, 1.5 * suurin))
        self.piirto.liikkuvat = [*self.palkit, *self.luvut, self.selite, ax.title]
        self.piirto.asettele()

    def paivita(self, vastaukset: np.ndarray) -> bytes:
        """Päivitä palkit, niiden luvut, ryhmien osuudet ja otsikon NPS; palauta PNG."""
        jakauma = mittarit.nps_jakauma(vastaukset)
        arvo = mittarit.nps(vastaukset)
        maarat = jakauma["vastauksia"].to_numpy()
        if maarat.max() > 0.92 * self.piirto.ax.get_ylim()[1]:
            self.runko(vastaukset)
        for palkki, teksti, maara in zip(self.palkit, self.luvut, maarat):
            palkki.set_height(maara)
            teksti.xy = (palkki.get_x() + palkki.get_width() / 2, maara)
            teksti.set_text(str(int(maara)))
        yhteensa = maarat.sum()
        for teksti, (ryhma, selite) in zip(self.selite.get_texts(), self.RYHMAT):
            osuus = 100 * maarat[(jakauma["ryhma"] == ryhma).to_numpy()].sum() / yhteensa
            teksti.set_text(f"{selite} ({prosenttia(osuus)})")
        self.piirto.ax.title.set_text(f"Suositteluhalukkuus: NPS {luku(arvo, 1)}")
        return self.piirto.png()


def _kuva(piirto: _Piirto) -> widgets.Image:
    """Kuva, joka kutistuu kapealla näytöllä mutta ei veny luonnollista kokoaan isommaksi."""
    leveys = int(round(piirto.fig.get_figwidth() * piirto.fig.dpi))
    return widgets.Image(format="png", layout=widgets.Layout(
        width="100%", max_width=f"{leveys}px", height="auto"))


def _rinnakkain(vasen: widgets.Widget, oikea: widgets.Widget,
                oikea_vahintaan: str = "560px") -> widgets.Box:
    """Säätimet vasemmalle, tulos oikealle; kapealla näytöllä tulos siirtyy alle."""
    oikea_laatikko = widgets.Box([oikea], layout={"flex": f"1 1 {oikea_vahintaan}",
                                                  "min_width": "0"})
    return widgets.Box([vasen, oikea_laatikko], layout={
        "display": "flex", "flex_flow": "row wrap", "align_items": "flex-start",
        "grid_gap": "16px 24px", "width": "100%"})


def _viesti() -> widgets.HTML:
    return widgets.HTML("", layout=widgets.Layout(width="100%"))


# --- Välilehdet ------------------------------------------------------------------------------

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


class Valaskayranakyma:
    """Valaskäyrä ja 80/20: kuinka suuri osa asiakkaista tuo valitun osuuden katteesta."""

    def __init__(self, kate_df: pd.DataFrame):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self._kuvio = _Valaskayra(kate_df)
        self.huippu = kate.valaskayran_huippu(self._kuvio.kayra)
        self.raja = widgets.IntSlider(value=80, min=50, max=95, step=5, continuous_update=False,
                                      description="Raja (% katteesta)",
                                      style={"description_width": "200px", **_SAATIMEN_TYYLI},
                                      layout={"width": "540px"})
        self.yhteenveto = widgets.HTML()
        self.kuva = _kuva(self._kuvio.piirto)
        self.raja.observe(lambda _: self.paivita(), names="value")
        vasen = widgets.VBox([
            widgets.HTML("<p>Asiakkaat on järjestetty katteen mukaan, kannattavin ensin. "
                         "Käyrä nousee huippuunsa ja laskee kannattamattomien asiakkaiden "
                         "kohdalla. Siirrä rajaa: kuinka harva asiakas tuo suurimman osan "
                         "katteesta?</p>"),
            self.raja, self.yhteenveto], layout={"width": "580px"})
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva)])
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
        self.yhteenveto.value = (
            f"<p class='kojelauta-iso'>{int(kate_['asiakkaita'])} asiakasta "
            f"({prosenttia(kate_['asiakasosuus_pros'], 0)}) tuo vähintään "
            f"{self.raja.value} % katteesta</p>"
            f"<p>Myynnistä saman osuuden tuo {int(myynti['asiakkaita'])} asiakasta "
            f"({prosenttia(myynti['asiakasosuus_pros'], 0)}).</p>"
            f"<p>Käyrän huippu: {h['asiakkaita']} kannattavinta asiakasta tuo "
            f"{prosenttia(h['huippu_pros'])} koko katteesta ({euroa(h['huippu'])}). "
            f"Loput {loput} asiakasta pienentävät katetta "
            f"{luku(h['huippu_pros'] - 100, 1)} prosenttiyksikköä.</p>")
        self.kuva.value = kuva


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
                                 style={"description_width": "230px", **_SAATIMEN_TYYLI},
                                 layout={"width": "540px"})
            for k in portfolio.KRITEERIT}
        self.esiasetukset = {
            nimi: widgets.Button(description=portfolio.SKENAARIOIDEN_NIMET[nimi],
                                 layout={"width": "340px", "height": "40px"})
            for nimi in ("tanaan", "huomenna", "oletus")}
        self.avainmaara = widgets.IntSlider(value=avainasiakkaita, min=1, max=10,
                                            continuous_update=False,
                                            description="Avainasiakkaita",
                                            style={"description_width": "230px",
                                                   **_SAATIMEN_TYYLI},
                                            layout={"width": "540px"})
        self.summa = widgets.HTML(layout={"width": "540px"})
        self.taulukko = widgets.HTML()
        self._oletussijat = portfolio.pisteyta(pisteet, "oletus").set_index(
            "asiakas_id")["sija"].to_dict()
        self._kuvio = _Matriisi(pisteet, kate_df, enintaan=self.avainmaara.max)
        self.kuva = _kuva(self._kuvio.piirto)
        for kriteeri, saadin in self.saatimet.items():
            saadin.observe(functools.partial(self._paino_muuttui, kriteeri), names="value")
        for nimi, nappi in self.esiasetukset.items():
            nappi.on_click(functools.partial(self._esiasetus, nimi))
        self.avainmaara.observe(lambda _: self.paivita(), names="value")
        ohje = widgets.HTML(
            "<p>Painot ovat aina yhteensä 100 %: kun siirrät yhtä, muut muuttuvat samassa "
            "suhteessa. Valmiit painotukset näyttävät tämän päivän ja huomisen "
            "avainasiakkaat.</p>")
        # Säätimet kompaktisti ylös (kaksi saraketta), tulokset rinnakkain alle: liike ja sen
        # vaikutus taulukkoon ja matriisiin näkyvät videotykillä samalla kertaa.
        rivi = {"flex_flow": "row wrap", "grid_gap": "4px 24px"}
        saatimet = widgets.Box([*self.saatimet.values(), self.summa, self.avainmaara],
                               layout={"display": "grid",
                                       "grid_template_columns": "repeat(auto-fill, 560px)",
                                       "grid_gap": "2px 16px", "width": "100%"})
        self.nakyma = widgets.VBox([
            self.viesti, ohje, widgets.HBox(list(self.esiasetukset.values()), layout=rivi),
            saatimet, _rinnakkain(self.taulukko, self.kuva)])
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
        self.taulukko.value = sijoitustaulukko_html(tulos, self.rivit, self.kate,
                                                    self._oletussijat, painot)
        self.kuva.value = self._kuvio.paivita(tulos)
        yhteensa = sum(painot.values())
        self.summa.value = (f"<p>Painot yhteensä <b style='color:"
                            f"{_VIHREA_TEKSTI if yhteensa == 100 else _PUNAINEN_TEKSTI}'>"
                            f"{yhteensa} %</b></p>")
        for nimi, nappi in self.esiasetukset.items():
            nappi.button_style = "primary" if portfolio.SKENAARIOT[nimi] == painot else ""
        self._piirretty = tila


class NpsLaskuri:
    """NPS-laskuri: vastausten määrät arvosanoittain 0–10, NPS ja jakauma kuvana."""

    def __init__(self, kyselyt: pd.DataFrame | None = None):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.kyselyt = kyselyt
        self._kesken = False
        vaihtoehdot = [("Omat luvut", None)]
        if kyselyt is not None and len(kyselyt):
            vuodet = sorted(kyselyt["pvm"].dt.year.unique()) if "pvm" in kyselyt.columns else []
            vaihtoehdot = [("Kaikki kyselyn vastaukset", "kaikki"),
                           *[(f"Vuoden {v} vastaukset", int(v)) for v in vuodet], *vaihtoehdot]
        self.lahde = widgets.Dropdown(options=vaihtoehdot, description="Vastaukset",
                                      style={"description_width": "120px"},
                                      layout={"width": "480px"})
        self.maarat = [widgets.BoundedIntText(value=0, min=0, max=1_000_000,
                                              continuous_update=False,
                                              layout={"width": "64px"})
                       for _ in range(11)]
        self.tyhjenna = widgets.Button(description="Tyhjennä", icon="eraser",
                                       layout={"width": "180px"})
        self.tulos = widgets.HTML()
        self._kuvio = _NpsKuva()
        self.kuva = _kuva(self._kuvio.piirto)
        self.lahde.observe(lambda muutos: self.lataa(muutos["new"]), names="value")
        for kentta in self.maarat:
            kentta.observe(self._maara_muuttui, names="value")
        self.tyhjenna.on_click(lambda _: self.tyhjenna_maarat())
        otsakkeet = []
        for arvosana in range(11):
            vari = kuvat.PUNAINEN if arvosana <= 6 else kuvat.HARMAA if arvosana <= 8 \
                else kuvat.VIHREA
            otsakkeet.append(widgets.HTML(
                f"<div style='background:{vari};color:white;text-align:center;"
                f"font-weight:700;border-radius:4px;padding:2px 0'>{arvosana}</div>",
                layout={"width": "64px"}))
        ruudukko = widgets.GridBox([*otsakkeet, *self.maarat], layout={
            "grid_template_columns": "repeat(11, 66px)", "grid_gap": "4px 2px"})
        ohje = widgets.HTML(
            "<p>Kuinka moni vastaaja antoi kunkin arvosanan 0–10? Suosittelijat antavat 9–10, "
            "passiiviset 7–8 ja arvostelijat 0–6. NPS = suosittelijoiden % − arvostelijoiden %."
            "</p>")
        vasen = widgets.VBox([ohje, widgets.HBox([self.lahde, self.tyhjenna]), ruudukko,
                              self.tulos],
                             layout={"width": "760px"})
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(vasen, self.kuva)])
        alku = vaihtoehdot[0][1]
        maarat = self._kyselyn_maarat(alku) if alku is not None else [5] * 11
        self._kuvio.runko(np.repeat(np.arange(11), maarat))
        self.aseta_maarat(maarat)

    def _kyselyn_maarat(self, valinta) -> list[int]:
        arvot = self.kyselyt["nps"]
        if valinta != "kaikki":
            arvot = arvot[self.kyselyt["pvm"].dt.year == valinta]
        jakauma = mittarit.nps_jakauma(arvot)
        return [int(m) for m in jakauma["vastauksia"]]

    @_turvallisesti
    def lataa(self, valinta) -> None:
        """Täytä määrät kyselyn vastauksista ("kaikki" tai vuosi); ``None`` = omat luvut."""
        if valinta is not None:
            self.aseta_maarat(self._kyselyn_maarat(valinta))

    def tyhjenna_maarat(self) -> None:
        """Nollaa kaikki määrät (omat luvut alusta)."""
        self._kesken = True
        try:
            self.lahde.value = None
        finally:
            self._kesken = False
        self.aseta_maarat([0] * 11)

    def aseta_maarat(self, maarat) -> None:
        """Aseta kaikkien arvosanojen määrät kerralla ja päivitä kerran."""
        self._kesken = True
        try:
            for kentta, maara in zip(self.maarat, maarat):
                kentta.value = int(maara)
        finally:
            self._kesken = False
        self.paivita()

    def _maara_muuttui(self, muutos) -> None:
        if self._kesken:
            return
        if self.lahde.value is not None:
            self._kesken = True  # käsin muutettu: luvut ovat nyt omia
            try:
                self.lahde.value = None
            finally:
                self._kesken = False
        self.paivita()

    def vastaukset(self) -> np.ndarray:
        """Vastaukset lukuina (arvosana toistettuna määränsä verran)."""
        return np.repeat(np.arange(11), [int(k.value) for k in self.maarat])

    @_turvallisesti
    def paivita(self) -> None:
        """Laske NPS ja piirrä jakauma uudelleen."""
        vastaukset = self.vastaukset()
        arvo = mittarit.nps(vastaukset)
        n = len(vastaukset)
        # Ryhmien rajat (9–10, 0–6) tulevat mittareista, ei kirjoiteta tähän uudelleen.
        ryhmat = mittarit.nps_jakauma(vastaukset).groupby("ryhma")["vastauksia"].sum()
        suosittelijat = int(ryhmat.get("suosittelija", 0))
        arvostelijat = int(ryhmat.get("arvostelija", 0))
        self.tulos.value = (
            f"<p class='kojelauta-iso' style='color:{_html_vari(arvo)}'>NPS {luku(arvo, 1)}</p>"
            f"<p>{n} vastausta: suosittelijoita {suosittelijat} "
            f"({prosenttia(100 * suosittelijat / n)}) − arvostelijoita {arvostelijat} "
            f"({prosenttia(100 * arvostelijat / n)})</p>")
        self.kuva.value = self._kuvio.paivita(vastaukset)


class Kojelauta:
    """Koko kojelauta välilehtinä; ``nakyma`` on näytettävä widget."""

    VALILEHDET = ["Asiakkuuden kate", "Valaskäyrä ja 80/20", "Asiakasportfolio", "NPS"]

    def __init__(self, aineisto=None, avainasiakkaita: int = 5, rivit: int = TAULUKON_RIVIT,
                 otsikko: str = "Kuurankukka Oy"):
        aineisto = aineisto if aineisto is not None else lataa_aineisto()
        # Raskas laskenta kerran: kateketju ja kriteerien pisteet kaikille asiakkaille.
        self.kate = kate.asiakkuuden_kate(aineisto.myynnit, aineisto.toimenpiteet,
                                          aineisto.hinnasto, aineisto.markkinointi,
                                          aineisto.asiakkaat)
        self.pisteet = portfolio.kriteeripisteet(self.kate, aineisto.myynnit,
                                                 aineisto.asiakkaat)
        self.katelaskuri = Katelaskuri(self.kate)
        self.valaskayra = Valaskayranakyma(self.kate)
        self.portfolio = Portfolionakyma(self.pisteet, self.kate, avainasiakkaita, rivit)
        self.nps = NpsLaskuri(getattr(aineisto, "kyselyt", None))
        vuodet = aineisto.myynnit["pvm"].dt.year
        otsake = widgets.HTML(
            f"<h2>{html.escape(otsikko)}: asiakkuuksien kojelauta</h2>"
            f"<p>{luku(len(self.kate))} asiakasta, myynnit vuosilta "
            f"{vuodet.min()}–{vuodet.max()}. Valitse välilehti ja liikuta säätimiä.</p>")
        self.valilehdet = widgets.Tab(
            children=[self.katelaskuri.nakyma, self.valaskayra.nakyma,
                      self.portfolio.nakyma, self.nps.nakyma],
            titles=self.VALILEHDET)
        self.nakyma = widgets.VBox([widgets.HTML(TYYLI), otsake, self.valilehdet])
        self.nakyma.add_class("asiakkuus-kojelauta")

    def virheet(self) -> list[str]:
        """Välilehtien näkyvät virheilmoitukset (tyhjä lista, kun kaikki on kunnossa)."""
        return [osa.viesti.value for osa in (self.katelaskuri, self.valaskayra,
                                             self.portfolio, self.nps) if osa.viesti.value]

    def _repr_mimebundle_(self, **kwargs):
        return self.nakyma._repr_mimebundle_(**kwargs)


@tarkista_argumentit
def kojelauta(aineisto=None, avainasiakkaita: int = 5) -> Kojelauta | widgets.HTML:
    """Opettajan kojelauta kurssiyrityksen (tai annetun) aineiston päälle.

    ``aineisto`` on ``lataa_aineisto()``- tai ``luo_aineisto()``-funktion palauttama
    aineisto; oletuksena Kuurankukka Oy. Muistiossa viimeisen rivin ``kojelauta()``
    näyttää kojelaudan; Voila näyttää saman selaimessa ilman koodia. Jos kojelautaa ei voi
    rakentaa (esimerkiksi omassa aineistossa on virhe), tuloksena on suomenkielinen viesti:
    sivulla ei koskaan näy jäljitystä.

    >>> k = kojelauta()
    >>> k.portfolio.valitse_skenaario("huomenna")
    >>> k.portfolio.painot()["tuleva_potentiaali"], sum(k.portfolio.painot().values())
    (45, 100)
    >>> k.virheet()
    []
    >>> "Näkymää ei voitu päivittää" in kojelauta(aineisto="ei aineistoa").value
    True
    """
    try:
        return Kojelauta(aineisto, avainasiakkaita)
    except Exception as poikkeus:  # noqa: BLE001 – sivulle ei saa päätyä jäljitystä
        _LOKI.debug("Kojelaudan rakentaminen epäonnistui", exc_info=poikkeus)
        viesti = widgets.HTML(f'{TYYLI}<div class="kojelauta-viesti" role="alert">'
                              f"{html.escape(virheilmoitus(poikkeus))}</div>")
        viesti.add_class("asiakkuus-kojelauta")
        return viesti
