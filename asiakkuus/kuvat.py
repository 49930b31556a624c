"""Kurssin kuviot: vesiputous, valaskäyrä, portfoliomatriisi, sijoitusvertailu, NPS ja luokka.

Kuviot piirtävät laskentamoduulien (``kate``, ``portfolio``, ``mittarit``, ``arviointi``)
palauttamat taulukot eivätkä laske liiketoiminnan lukuja itse. Jokainen kuvio ottaa
valinnaisen ``ax``-argumentin, joten kuvion voi piirtää myös osaksi isompaa kuvaa, ja
palauttaa matplotlibin Axes-olion; opettajan ``luokan_yhteenveto`` palauttaa koko
Figure-olion tallennettavaksi.

Ulkoasu on tehty luokan videotykille: isot fontit, paksut viivat ja Okabe–Iton värit,
jotka erottuvat myös värisokealle. Eurot näkyvät suomalaisittain (``1 234 €``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from .argumentit import tarkista_argumentit
from . import arviointi, arvotasot, kate, mittarit
from .muotoilu import euroa, luku, prosenttia
from .portfolio import KRITEERIEN_NIMET

# Okabe–Ito-paletti: värit erottuvat toisistaan myös yleisimmissä värisokeuksissa.
SININEN = "#0072B2"
ORANSSI = "#E69F00"
VIHREA = "#009E73"
PUNAINEN = "#D55E00"
HARMAA = "#767676"
TAIVAANSININEN = "#56B4E9"

FONTTI = 14
OTSIKKOFONTTI = 18
VIIVA = 3


def _akseli(ax: Axes | None, koko: tuple[float, float] = (10, 6)) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=koko, layout="constrained")
    return ax


@tarkista_argumentit
def viimeistele(ax: Axes, otsikko: str | None = None, x: str | None = None,
                y: str | None = None) -> Axes:
    """Viimeistele kuvio samalla tavalla kuin muut: otsikko, akselien nimet, isot fontit.

    >>> from matplotlib.figure import Figure
    >>> ax = viimeistele(Figure().subplots(), otsikko="Myynti", x="Vuosi", y="Euroa")
    >>> ax.get_title(), ax.get_xlabel(), ax.title.get_fontsize()
    ('Myynti', 'Vuosi', 18.0)
    """
    if otsikko is not None:
        ax.set_title(otsikko, fontsize=OTSIKKOFONTTI, fontweight="bold", pad=12)
    if x is not None:
        ax.set_xlabel(x, fontsize=FONTTI)
    if y is not None:
        ax.set_ylabel(y, fontsize=FONTTI)
    ax.tick_params(labelsize=FONTTI)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


@tarkista_argumentit
def euroakseli(ax: Axes, akseli: str = "y") -> Axes:
    """Näytä akselin luvut euroina suomalaisittain, esimerkiksi ``20 000 €``.

    >>> from matplotlib.figure import Figure
    >>> ax = euroakseli(Figure().subplots())
    >>> ax.yaxis.get_major_formatter()(-20000, 0).replace("\\u202f", " ").replace("\\xa0", " ")
    '−20 000 €'
    """
    muotoilija = FuncFormatter(lambda arvo, _: euroa(arvo))
    (ax.yaxis if akseli == "y" else ax.xaxis).set_major_formatter(muotoilija)
    return ax


def _prosenttiakseli(akseli) -> None:
    akseli.set_major_formatter(FuncFormatter(lambda arvo, _: prosenttia(arvo, 0)))


@tarkista_argumentit
def vesiputouksen_palkit(tuloslaskelma: pd.DataFrame):
    """Vesiputouksen palkit: alut, korkeudet, värit ja tappiolliset välisummat.

    Kustannus roikkuu edellisestä tasosta; tuotot ja välisummat alkavat nollasta.

    >>> t = pd.DataFrame({"euroa": [1000.0, -1200.0, -200.0],
    ...                   "laji": ["tuotto", "kustannus", "välisumma"]})
    >>> pohjat, arvot, varit, tappio = vesiputouksen_palkit(t)
    >>> pohjat.tolist(), tappio.tolist()
    ([0.0, 1000.0, 0.0], [False, False, True])
    """
    arvot = tuloslaskelma["euroa"].to_numpy(dtype=float)
    lajit = tuloslaskelma["laji"].to_numpy()
    pohjat, taso = [], 0.0
    for arvo, laji in zip(arvot, lajit):
        pohjat.append(taso if laji == "kustannus" else 0.0)
        taso = pohjat[-1] + arvo
    tappio = (lajit == "välisumma") & (arvot < 0)
    varit = np.select([lajit == "tuotto", lajit == "kustannus", tappio],
                      [SININEN, ORANSSI, PUNAINEN], VIHREA)
    return np.array(pohjat), arvot, varit, tappio


@tarkista_argumentit
def vesiputous(tuloslaskelma: pd.DataFrame, otsikko: str | None = None,
               ax: Axes | None = None) -> Axes:
    """Asiakkuuden kateketju vesiputouksena tuotoista asiakkuuden katteeseen.

    Piirtää saman kuin ``piirra_vesiputous`` ja palauttaa akselin.

    >>> from matplotlib.figure import Figure
    >>> t = pd.DataFrame({"rivi": ["Tuotot", "− kulut", "= kate"],
    ...                   "euroa": [1000.0, -1200.0, -200.0],
    ...                   "laji": ["tuotto", "kustannus", "välisumma"]})
    >>> ax = vesiputous(t, otsikko="Kokeilu", ax=Figure().subplots())
    >>> [(float(p.get_y()), float(p.get_height())) for p in ax.patches]  # (alku, korkeus)
    [(0.0, 1000.0), (1000.0, -1200.0), (0.0, -200.0)]
    """
    return piirra_vesiputous(tuloslaskelma, otsikko, ax)["ax"]


@tarkista_argumentit
def piirra_vesiputous(tuloslaskelma: pd.DataFrame, otsikko: str | None = None,
                      ax: Axes | None = None) -> dict:
    """Piirrä kateketjun vesiputous ja palauta sen osat päivitettäviksi.

    Tulos on sanakirja: ``ax``, ``palkit`` (palkki riviä kohden), ``viivat`` (katkoviiva
    palkista seuraavaan) ja ``arvot`` (palkin euromäärä tekstinä), kaikki rivien
    järjestyksessä. Kojelauta muuttaa näitä osia piirtämättä koko kuvaa uudelleen.

    Tuotot ja välisummat (myyntikate, asiakkuuden kate) nousevat nollasta, kustannukset
    roikkuvat edellisen tason alapuolella. Negatiivinen asiakkuuden kate on punainen ja
    viivoitettu. Taulukko tulee funktiosta ``kate.asiakkuuden_tuloslaskelma``.

    >>> from matplotlib.figure import Figure
    >>> t = pd.DataFrame({"rivi": ["Tuotot", "− kulut", "= kate"],
    ...                   "euroa": [1000.0, -1200.0, -200.0],
    ...                   "laji": ["tuotto", "kustannus", "välisumma"]})
    >>> osat = piirra_vesiputous(t, ax=Figure().subplots())
    >>> len(osat["palkit"]), len(osat["viivat"]), osat["arvot"][0].get_text() == euroa(1000)
    (3, 2, True)
    """
    ax = _akseli(ax, (13, 7))
    lajit = tuloslaskelma["laji"].to_numpy()
    pohjat, arvot, varit, tappio = vesiputouksen_palkit(tuloslaskelma)
    leveys = 0.7
    kohdat = np.arange(len(arvot))
    palkit = ax.bar(kohdat, arvot, bottom=pohjat, width=leveys, color=varit,
                    edgecolor="black", linewidth=1.5, zorder=2)
    for palkki in np.asarray(palkit.patches)[tappio]:
        palkki.set_hatch("//")
    viivat = []
    for i in kohdat[:-1]:
        # Katkoviiva kertoo, mistä tasosta seuraava palkki jatkaa.
        viivat += ax.plot([i + leveys / 2, i + 1 - leveys / 2], [pohjat[i] + arvot[i]] * 2,
                          color="black", linestyle=":", linewidth=1.5)
    ax.axhline(0, color="black", linewidth=1.5)
    tekstit = []
    for i, (pohja, arvo) in enumerate(zip(pohjat, arvot)):
        teksti = f"{euroa(arvo)}\n(tappio)" if tappio[i] else euroa(arvo)
        tekstit.append(ax.annotate(teksti, (i, pohja + arvo), xytext=(0, 6 if arvo >= 0 else -6),
                    textcoords="offset points", ha="center",
                    va="bottom" if arvo >= 0 else "top", fontsize=FONTTI - 1,
                    fontweight="bold", color=PUNAINEN if tappio[i] else "black"))
    # Pitkät rivinimet kolmelle riville, jotta vierekkäiset nimet eivät mene päällekkäin.
    # Sitova välilyönti pitää etumerkin (−, =) samalla rivillä kuin ensimmäisen sanan.
    rivit = [rivi.replace("− ", "−\u00a0").replace("= ", "=\u00a0")
             for rivi in tuloslaskelma["rivi"]]
    ax.set_xticks(kohdat, [textwrap.fill(r, 14, break_long_words=False) for r in rivit])
    for teksti, laji in zip(ax.get_xticklabels(), lajit):
        teksti.set_fontweight("bold" if laji == "välisumma" else "normal")
    # Akselin rajat itse: palkkien "tahmeat" reunat estäisivät marginaalin arvotekstien tilaksi.
    paat = np.r_[0.0, pohjat, np.add(pohjat, arvot)]
    vara = 0.12 * (paat.max() - paat.min())
    ax.set_ylim(paat.min() - (vara if paat.min() < 0 else 0), paat.max() + vara)
    euroakseli(ax)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    viimeistele(ax, otsikko or "Asiakkuuden kateketju", x="Kateketju", y="Euroa")
    ax.tick_params(axis="x", labelsize=FONTTI - 2)  # seitsemän pitkää nimeä rinnakkain
    return {"ax": ax, "palkit": list(palkit.patches), "viivat": viivat, "arvot": tekstit}


@tarkista_argumentit
def valaskayra_kuva(kayra: pd.DataFrame, pareto: pd.DataFrame | None = None,
                    ax: Axes | None = None) -> Axes:
    """Valaskäyrä: kertynyt kate asiakasosuuden funktiona, huippu ja 80/20-piste merkittyinä.

    ``kayra`` tulee funktiosta ``kate.valaskayra``. Jos ``pareto`` (funktiosta
    ``kate.pareto_osuudet``) annetaan, kuvioon merkitään kohta, jossa kertymä ylittää
    rajan (oletus 80 %).

    >>> from matplotlib.figure import Figure
    >>> k = pd.DataFrame({"asiakas_id": list("ABCDE"),
    ...                   "tuotot": [500.0, 300.0, 100.0, 60.0, 40.0],
    ...                   "asiakkuuden_kate": [200.0, 50.0, 10.0, -5.0, -5.0]})
    >>> ax = valaskayra_kuva(kate.valaskayra(k), kate.pareto_osuudet(k), ax=Figure().subplots())
    >>> ax.get_title()
    'Valaskäyrä: kertynyt asiakkuuden kate'
    """
    ax = _akseli(ax)
    x = np.r_[0.0, kayra["asiakasosuus_pros"].to_numpy(dtype=float)]
    y = np.r_[0.0, kayra["kertyma_pros"].to_numpy(dtype=float)]
    huippu = kate.valaskayran_huippu(kayra)
    if huippu["asiakasosuus_pros"] < 100:
        ax.axvspan(huippu["asiakasosuus_pros"], 100, color=PUNAINEN, alpha=0.12, linewidth=0)
        ax.text(98, 4, "Kannattamattomat\nasiakkaat", ha="right", va="bottom",
                fontsize=FONTTI - 1, color=PUNAINEN)
    ax.axhline(100, color="black", linestyle="--", linewidth=2)
    ax.text(98, 97, "Koko asiakaskunnan\nkate 100 %", ha="right", va="top",
            fontsize=FONTTI - 1)
    ax.plot(x, y, color=SININEN, linewidth=VIIVA + 1, solid_capstyle="round", zorder=3)

    ax.plot(huippu["asiakasosuus_pros"], huippu["huippu_pros"], "o", markersize=13,
            color=PUNAINEN, markeredgecolor="black", zorder=4)
    ax.annotate(f"Huippu {prosenttia(huippu['huippu_pros'])}\n"
                f"{huippu['asiakkaita']} asiakasta "
                f"({prosenttia(huippu['asiakasosuus_pros'])})",
                (huippu["asiakasosuus_pros"], huippu["huippu_pros"]), xytext=(0, 14),
                textcoords="offset points", ha="center", va="bottom", fontsize=FONTTI,
                fontweight="bold")
    if pareto is not None:
        rivi = pareto.set_index("mittari").loc["asiakkuuden_kate"]
        piste = kayra[kayra["sija"] == rivi["asiakkaita"]].iloc[0]
        px, py = piste["asiakasosuus_pros"], piste["kertyma_pros"]
        ax.plot([px, px, 0], [0, py, py], color=VIHREA, linestyle=":", linewidth=2.5)
        ax.plot(px, py, "s", markersize=12, color=VIHREA, markeredgecolor="black", zorder=4)
        ax.annotate(f"{prosenttia(px, 0)} asiakkaista\ntuo {prosenttia(py, 0)} katteesta",
                    (px, py), xytext=(14, -8), textcoords="offset points", ha="left",
                    va="top", fontsize=FONTTI, fontweight="bold", color="black")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, max(y.max(), 100) * 1.18)
    _prosenttiakseli(ax.xaxis)
    _prosenttiakseli(ax.yaxis)
    ax.grid(alpha=0.3)
    return viimeistele(ax, "Valaskäyrä: kertynyt asiakkuuden kate",
                       x="Asiakkaat katteen mukaan järjestettyinä (% asiakkaista)",
                       y="Kertynyt kate (% koko katteesta)")


def _hajautus(x: np.ndarray, y: np.ndarray, sade: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """Saman ruudun pisteet auringonkukan siemenkuvioon ruudun keskipisteen ympärille."""
    ruudut = pd.DataFrame({"x": x, "y": y}).groupby(["x", "y"])
    i = ruudut.cumcount().to_numpy()
    n = ruudut["x"].transform("size").to_numpy()
    # Kultainen kulma levittää pisteet tasaisesti ilman satunnaisuutta.
    r = sade * np.sqrt(i / n)
    kulma = i * np.pi * (3 - np.sqrt(5))
    return x + r * np.cos(kulma), y + r * np.sin(kulma)


def _nimet(taulukko: pd.DataFrame) -> pd.Series:
    return taulukko["nimi"] if "nimi" in taulukko.columns else taulukko["asiakas_id"]


#: Nelikentän lohkot (kannattavuus vaaka-akselilla, lujuus pystyakselilla) kulmissa; samat
#: nimet oppitunnin 2 lujuus–kannattavuus-kuvassa ja oppitunnin 4 portfoliomatriisissa.
LOHKOT = [(0.99, 0.99, "Kannattavat ja uskolliset", "right", "top"),
          (0.99, 0.01, "Kannattavat, satunnaiset", "right", "bottom"),
          (0.01, 0.99, "Uskolliset, heikosti kannattavat", "left", "top"),
          (0.01, 0.01, "Satunnaiset, heikosti kannattavat", "left", "bottom")]


def _leikkaavat(a, b, c, d) -> bool:
    """Leikkaavatko janat a–b ja c–d (pisteet (x, y))?"""
    def puoli(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (puoli(a, b, c) * puoli(a, b, d) < 0) and (puoli(c, d, a) * puoli(c, d, b) < 0)


def _ristikkaamaton(rivit: list, paikat: list[float], nimen_x: float) -> list:
    """Järjestä nimetyt pallot nimipaikkoihin niin, etteivät viivat risteä.

    Vierekkäiset vaihdetaan, jos niiden viivat leikkaavat; enintään n² kierrosta.

    >>> r = [{"x": 4.0, "y": 4.0}, {"x": 5.0, "y": 5.0}]  # viivat (4,4)→5 ja (5,5)→4 risteävät
    >>> [v["x"] for v in _ristikkaamaton(r, [5.0, 4.0], nimen_x=5.6)]
    [5.0, 4.0]
    """
    rivit = list(rivit)
    for _ in range(len(rivit) ** 2):
        vaihdettiin = False
        for i in range(len(rivit) - 1):
            a, b = rivit[i], rivit[i + 1]
            if _leikkaavat((a["x"], a["y"]), (nimen_x, paikat[i]),
                           (b["x"], b["y"]), (nimen_x, paikat[i + 1])):
                rivit[i], rivit[i + 1] = b, a
                vaihdettiin = True
        if not vaihdettiin:
            break
    return rivit


@tarkista_argumentit
def portfoliomatriisi(pisteytys: pd.DataFrame, kate_df: pd.DataFrame | None = None,
                      x: str = "kannattavuus", y: str = "uskollisuus",
                      ax: Axes | None = None, lohkot: bool = False,
                      nimetyt: Iterable[str] = ()) -> Axes:
    """Asiakasportfolio: kahden kriteerin pisteet 1–5, pallon koko on myynti.

    Piirtää saman kuin ``piirra_portfoliomatriisi`` ja palauttaa akselin.

    >>> from matplotlib.figure import Figure
    >>> p = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Iso", "Pieni"],
    ...                   "myyntivolyymi": [5, 1], "kannattavuus": [5, 2], "uskollisuus": [4, 1],
    ...                   "avainasiakas": [True, False], "sija": [1, 2]})
    >>> portfoliomatriisi(p, ax=Figure().subplots()).get_title()
    'Asiakasportfolio: kannattavuus ja lujuus / uskollisuus'
    """
    return piirra_portfoliomatriisi(pisteytys, kate_df, x, y, ax, lohkot, nimetyt)["ax"]


@tarkista_argumentit
def piirra_portfoliomatriisi(pisteytys: pd.DataFrame, kate_df: pd.DataFrame | None = None,
                             x: str = "kannattavuus", y: str = "uskollisuus",
                             ax: Axes | None = None, lohkot: bool = False,
                             nimetyt: Iterable[str] = ()) -> dict:
    """Piirrä asiakasportfolio ja palauta pallot ja niiden paikat päivitettäviksi.

    ``pisteytys`` tulee funktiosta ``portfolio.pisteyta``. Avainasiakkaat ovat punaisia ja
    nimettyjä. Pallon koko on asiakkuuden tuotot, jos ``kate_df``
    (``kate.asiakkuuden_kate``) annetaan, muuten myyntivolyymin pisteet. Saman ruudun
    asiakkaat levitetään ruudun sisälle, jotta jokainen näkyy. ``lohkot=True`` jakaa kuvan
    keskeltä (3 pistettä) neljään neljännekseen ja nimeää ne (``LOHKOT``); ``nimetyt``
    asiakkaat (tunnuksia) saavat nimensä pallon viereen.

    Tulos on sanakirja: ``ax``, ``pallot`` (kaikkien asiakkaiden pallot) sekä ``x``, ``y``
    ja ``koot``: jokaisen asiakkaan pallon keskipiste ja koko ``pisteytys``-taulukon
    rivien järjestyksessä. Kojelauta piirtää avainasiakkaat samoihin kohtiin.

    >>> from matplotlib.figure import Figure
    >>> p = pd.DataFrame({"asiakas_id": ["A", "B", "C"], "nimi": ["Iso", "Pieni", "Uusi"],
    ...                   "myyntivolyymi": [5, 1, 2], "kannattavuus": [5, 2, 2],
    ...                   "uskollisuus": [4, 1, 1], "avainasiakas": [True, False, False],
    ...                   "sija": [1, 2, 3]})
    >>> osat = piirra_portfoliomatriisi(p, ax=Figure().subplots())
    >>> osat["ax"].get_xlabel(), [t.get_text() for t in osat["ax"].texts]
    ('Kannattavuus (pisteet 1–5)', ['1. Iso'])
    >>> osat["x"].round(2).tolist(), osat["koot"].round().tolist()  # B ja C samassa ruudussa
    ([5.0, 2.0, 1.84], [1460.0, 340.0, 620.0])
    """
    ax = _akseli(ax, (11, 7.5))
    if kate_df is not None:
        volyymi = pisteytys["asiakas_id"].map(kate_df.set_index("asiakas_id")["tuotot"])
        kokoselite = "Pallon koko = asiakkuuden tuotot"
    else:
        volyymi = pisteytys["myyntivolyymi"].astype(float)
        kokoselite = "Pallon koko = myyntivolyymin pisteet"
    koko = 60 + 1400 * volyymi.to_numpy(dtype=float) / float(volyymi.max())
    px, py = _hajautus(pisteytys[x].to_numpy(dtype=float), pisteytys[y].to_numpy(dtype=float))
    avain = pisteytys["avainasiakas"].to_numpy(dtype=bool)
    # Isot pallot ensin, jotta pienet jäävät niiden päälle näkyviin.
    jarjestys = np.argsort(-koko, kind="stable")
    pallot = ax.scatter(px[jarjestys], py[jarjestys], s=koko[jarjestys],
               c=np.where(avain, PUNAINEN, SININEN)[jarjestys],
               alpha=0.8, edgecolors=np.where(avain, "black", "white")[jarjestys],
               linewidths=np.where(avain, 2.0, 1.0)[jarjestys], zorder=3)

    # Avainasiakkaiden nimet oikeaan reunaan allekkain, ettei mikään nimi peitä toista.
    avaimet = pd.DataFrame({"x": px, "y": py, "nimi": _nimet(pisteytys),
                            "sija": pisteytys["sija"], "sade": np.sqrt(koko) / 2})[avain]
    avaimet = avaimet.sort_values(["y", "x"], ascending=False)
    tila, paikat = 0.38, []
    for tavoite in avaimet["y"]:
        paikat.append(min(tavoite, paikat[-1] - tila) if paikat else tavoite)
    siirto = max(0.0, 0.7 - min(paikat, default=1.0))
    rivit = _ristikkaamaton([r for _, r in avaimet.iterrows()],
                            [p + siirto for p in paikat], nimen_x=0.5 + 1.02 * 5)
    for rivi, paikka in zip(rivit, paikat):
        ax.annotate(f"{rivi['sija']}. {rivi['nimi']}", (rivi["x"], rivi["y"]),
                    xytext=(1.02, paikka + siirto), textcoords=("axes fraction", "data"),
                    va="center", fontsize=FONTTI - 1, fontweight="bold",
                    arrowprops={"arrowstyle": "-", "color": "black", "linewidth": 1.2,
                                "shrinkA": 2, "shrinkB": rivi["sade"]},  # pallon reunasta
                    annotation_clip=False)

    if lohkot:
        ax.axvline(3, color=HARMAA, linestyle="--", linewidth=2.5, zorder=1)
        ax.axhline(3, color=HARMAA, linestyle="--", linewidth=2.5, zorder=1)
        for lx, ly, teksti, tasaus, pysty in LOHKOT:
            ax.text(lx, ly, teksti, transform=ax.transAxes, ha=tasaus, va=pysty,
                    fontsize=FONTTI - 2, color=HARMAA, fontweight="bold", zorder=2)
    paikat_id = pd.Series(range(len(pisteytys)), index=pisteytys["asiakas_id"].to_numpy())
    for tunnus in nimetyt:
        if tunnus in paikat_id.index and not avain[paikat_id[tunnus]]:
            i = int(paikat_id[tunnus])
            ax.annotate(_nimet(pisteytys).iloc[i], (px[i], py[i]), xytext=(0, -18),
                        textcoords="offset points", ha="center", va="top",
                        fontsize=FONTTI - 1, zorder=4,
                        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none",
                              "alpha": 0.85})

    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    # Ohuet ruudukkoviivat pisteiden välissä näyttävät, mihin ruutuun pallo kuuluu.
    ax.set_xticks(np.arange(0.5, 6), minor=True)
    ax.set_yticks(np.arange(0.5, 6), minor=True)
    ax.tick_params(which="minor", length=0)
    ax.grid(which="minor", color="#cccccc", linewidth=1)
    ax.set_axisbelow(True)
    selitteet = [
        Line2D([], [], marker="o", linestyle="", markersize=13, color=PUNAINEN,
               markeredgecolor="black", markeredgewidth=2, label="Avainasiakas"),
        Line2D([], [], marker="o", linestyle="", markersize=13, color=SININEN,
               alpha=0.8, label="Muu asiakas"),
        Line2D([], [], linestyle="", label=kokoselite),
    ]
    ax.legend(handles=selitteet, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3,
              fontsize=FONTTI - 1, frameon=False, handletextpad=0.3)
    viimeistele(ax, f"Asiakasportfolio: {KRITEERIEN_NIMET[x].lower()} ja "
                f"{KRITEERIEN_NIMET[y].lower()}", x=f"{KRITEERIEN_NIMET[x]} (pisteet 1–5)",
                y=f"{KRITEERIEN_NIMET[y]} (pisteet 1–5)")
    return {"ax": ax, "pallot": pallot, "x": px, "y": py, "koot": koko}


@tarkista_argumentit
def sijoitusvertailu(muutokset: pd.DataFrame, nimi_a: str = "Tänään",
                     nimi_b: str = "Huomenna", sijoja: int = 10,
                     ax: Axes | None = None) -> Axes:
    """Kahden painotuksen sijat rinnakkain: kuka nousee avainasiakkaaksi, kuka putoaa.

    ``muutokset`` tulee funktiosta ``portfolio.sijoitusmuutokset``. Kuvioon otetaan
    asiakkaat, jotka ovat jommallakummalla painotuksella ``sijoja`` parhaan joukossa.
    Vasemmalla on painotuksen A sija, oikealla painotuksen B.

    >>> from matplotlib.figure import Figure
    >>> m = pd.DataFrame({"asiakas_id": ["B", "A"], "nimi": ["Lupaava", "Iso"],
    ...                   "sija_a": [2, 1], "sija_b": [1, 2], "muutos": [1, -1],
    ...                   "avainasiakas_a": [False, True], "avainasiakas_b": [True, False]})
    >>> ax = sijoitusvertailu(m, ax=Figure().subplots())
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Iso 1.', 'Lupaava 2.']
    """
    ax = _akseli(ax, (12, 8))
    nakyvat = muutokset[(muutokset["sija_a"] <= sijoja) | (muutokset["sija_b"] <= sijoja)]
    a = nakyvat["avainasiakas_a"].to_numpy(dtype=bool)
    b = nakyvat["avainasiakas_b"].to_numpy(dtype=bool)
    ryhmat = {  # nimi: (valinta, väri, viivan paksuus, viivatyyli)
        "Nousee avainasiakkaaksi": (b & ~a, VIHREA, VIIVA + 1, "-"),
        "Putoaa avainasiakkaista": (a & ~b, PUNAINEN, VIIVA + 1, "--"),
        "Pysyy avainasiakkaana": (a & b, SININEN, VIIVA + 1, "-"),
        "Muut asiakkaat": (~a & ~b, HARMAA, 2, "-"),
    }
    varit = np.full(len(nakyvat), HARMAA, dtype=object)
    for selite, (valinta, vari, paksuus, tyyli) in ryhmat.items():
        varit[valinta] = vari
        for sa, sb in zip(nakyvat["sija_a"][valinta], nakyvat["sija_b"][valinta]):
            ax.plot([0, 1], [sa, sb], color=vari, linewidth=paksuus, linestyle=tyyli,
                    marker="o", markersize=9)
        ax.plot([], [], color=vari, linewidth=paksuus, linestyle=tyyli, label=selite)

    alin = max(nakyvat["sija_a"].max(), nakyvat["sija_b"].max())
    raja = int(muutokset["avainasiakas_a"].sum())
    ax.axhline(raja + 0.5, color="black", linestyle=":", linewidth=2,
               label="Avainasiakkaiden raja")
    nimet = _nimet(nakyvat).to_numpy()
    oikea = ax.twinx()
    for akseli, sarake, muoto in ((ax, "sija_a", "{nimi} {sija}."),
                                  (oikea, "sija_b", "{sija}. {nimi}")):
        jarjestys = np.argsort(nakyvat[sarake].to_numpy(), kind="stable")
        sijat = nakyvat[sarake].to_numpy()[jarjestys]
        akseli.set_ylim(alin + 0.5, 0.5)  # sija 1 ylimmäksi
        akseli.set_yticks(sijat, [muoto.format(nimi=n, sija=s)
                                  for n, s in zip(nimet[jarjestys], sijat)])
        for teksti, vari in zip(akseli.get_yticklabels(), varit[jarjestys]):
            teksti.set_color(vari)
            teksti.set_fontweight("normal" if vari == HARMAA else "bold")
        akseli.tick_params(axis="y", length=0, labelsize=FONTTI - 1)
        akseli.spines[:].set_visible(False)
    ax.set_xlim(-0.05, 1.05)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=3, fontsize=FONTTI - 1,
              frameon=False)
    viimeistele(ax, f"Asiakkaiden sijat: {nimi_a} → {nimi_b}", y="Sija (1 = paras)")
    # Painotusten nimet toimivat sarakeotsikoina, joten x-akselin nimeä ei tarvita.
    ax.set_xticks([0, 1], [nimi_a, nimi_b], fontsize=FONTTI + 1, fontweight="bold")
    ax.xaxis.tick_top()
    ax.tick_params(axis="y", labelsize=FONTTI - 1)
    ax.spines[:].set_visible(False)
    return ax


@tarkista_argumentit
def kohtaamisten_sarja(ostot: pd.DataFrame, asiakas_id: str, vuosi: int,
                       asiakkaan_prosessi: str, asiakas_antaa: str, yritys_antaa: str,
                       ax: Axes | None = None) -> Axes:
    """Asiakkuus kohtaamisten sarjana: asiakkaan ja yrityksen prosessit kaistoina ja
    jokainen tilauspäivä kaksisuuntaisena nuolena (resursseja kulkee molempiin suuntiin).

    ``ostot`` on ``asiakastiedosto.ostorivit``-taulukko. Saman päivän safari- ja tuotetilaus
    piirretään päivän verran erilleen, jotta molemmat näkyvät.

    >>> from asiakkuus import lataa_aineisto
    >>> from asiakkuus.asiakastiedosto import ostorivit
    >>> ax = kohtaamisten_sarja(ostorivit(lataa_aineisto()), "A01", 2025, "vieraiden lomat",
    ...                         "antaa tilauksen ↓", "antaa safarin ↑")
    >>> ax.get_title()
    'Asiakkuus kohtaamisten sarjana: Hotelli Tunturihovi 2025'
    """
    from .asiakastiedosto import KUUKAUDET

    omat = ostot[(ostot["asiakas_id"] == asiakas_id) & (ostot["pvm"].dt.year == vuosi)]
    tilaukset = omat.drop_duplicates(["pvm", "tuoteryhma"])
    nimi = ostot.loc[ostot["asiakas_id"] == asiakas_id, "nimi"].iloc[0]
    ax = _akseli(ax, (13, 5.5))
    for kohta, vari, kaista, antaa in [(1, SININEN, f"{nimi}: {asiakkaan_prosessi}",
                                        asiakas_antaa),
                                       (0, ORANSSI, "Kuurankukka Oy: tuotteet ja safarit",
                                        yritys_antaa)]:
        ax.axhspan(kohta - 0.18, kohta + 0.18, color=vari, alpha=0.25)
        ax.text(0.01, kohta, kaista, transform=ax.get_yaxis_transform(), va="center",
                fontsize=FONTTI, fontweight="bold")
        ax.text(0.99, kohta, antaa, transform=ax.get_yaxis_transform(), va="center",
                ha="right", fontsize=FONTTI - 1)
    for ryhma, vari, selite, siirto in [("luontomatkailupalvelu", SININEN, "safaritilaus", -1),
                                        ("luontotuote", VIHREA, "tuotetilaus", 1)]:
        paivat = tilaukset.loc[tilaukset["tuoteryhma"] == ryhma, "pvm"] + pd.Timedelta(days=siirto)
        ax.vlines(paivat, 0.22, 0.78, color=vari, linewidth=2.5, label=selite)
        ax.plot(paivat, [0.78] * len(paivat), "^", paivat, [0.22] * len(paivat), "v",
                color=vari, markersize=9)
    ax.legend(loc="upper right", ncol=2, fontsize=FONTTI - 1, frameon=False)
    ax.set_ylim(-0.3, 1.45)
    ax.set_yticks([])
    ax.set_xlim(pd.Timestamp(f"{vuosi}-01-01"), pd.Timestamp(f"{vuosi}-12-31"))
    alut = pd.date_range(f"{vuosi}-01-01", periods=12, freq="MS")
    ax.set_xticks(alut, [k.removesuffix("kuu") for k in KUUKAUDET])
    return viimeistele(ax, f"Asiakkuus kohtaamisten sarjana: {nimi} {vuosi}")


@tarkista_argumentit
def arvotasoprofiili_kuva(profiili: pd.DataFrame, asiakas_id: str,
                          ax: Axes | None = None) -> Axes:
    """Asiakkaan kolme arvon tasoa vaakapalkkeina (kyselyn keskiarvot 1–5).

    >>> p = pd.DataFrame({"asiakas_id": ["A"], "nimi": ["Hotelli A"], "kohtaaminen": [4.5],
    ...                   "asiakkuus": [3.0], "kokonaisuus": [2.0]})
    >>> arvotasoprofiili_kuva(p, "A").get_title()
    'Hotelli A: arvotasoprofiili'
    """
    nimet = dict(zip(arvotasot.ARVOTASOT["avain"], arvotasot.ARVOTASOT["nimi"]))
    rivi = profiili.set_index("asiakas_id").loc[asiakas_id]
    avaimet = list(nimet)[::-1]  # kohtaaminen ylimmäksi
    ax = _akseli(ax, (10, 3.8))
    ax.barh([nimet[t] for t in avaimet], [rivi[t] for t in avaimet],
            color=[VIHREA, ORANSSI, SININEN], edgecolor="black")
    ax.bar_label(ax.containers[0], labels=[luku(rivi[t], 2) for t in avaimet], padding=6,
                 fontsize=FONTTI)
    ax.set_xlim(1, 5.4)
    ax.set_xticks([1, 2, 3, 4, 5])
    return viimeistele(ax, f"{rivi['nimi']}: arvotasoprofiili", x="Kyselyn keskiarvo (1–5)")


@tarkista_argumentit
def myynti_lajeittain(lajit: pd.DataFrame, jakso: str = "", ax: Axes | None = None) -> Axes:
    """Tuotot asiakaslajeittain vaakapalkkeina, suurin ylimpänä; lajin perässä asiakkaiden määrä.

    ``lajit``: sarakkeet ``tyyppi``, ``asiakkaita`` ja ``tuotot``.

    >>> l = pd.DataFrame({"tyyppi": ["hotelli"], "asiakkaita": [5], "tuotot": [120000.0]})
    >>> myynti_lajeittain(l, "2023–2025").get_title()
    'Myynti asiakaslajeittain 2023–2025'
    """
    nimet = lajit["tyyppi"] + " (" + lajit["asiakkaita"].astype(str) + ")"
    ax = _akseli(ax, (10, 5))
    palkit = ax.barh(nimet, lajit["tuotot"], color=SININEN)
    ax.bar_label(palkit, [euroa(t) for t in lajit["tuotot"]], padding=5, fontsize=FONTTI - 1)
    ax.invert_yaxis()  # suurin ylimmäksi
    ax.set_xlim(0, 1.25 * lajit["tuotot"].max())  # tilaa palkkien luvuille
    ax.xaxis.set_major_locator(plt.MaxNLocator(5))
    euroakseli(ax, "x")
    return viimeistele(ax, f"Myynti asiakaslajeittain {jakso}".strip(), x="Tuotot yhteensä",
                       y="Asiakaslaji (asiakkaita)")


@tarkista_argumentit
def arvotasot_lajeittain(keskiarvot: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Arvon kolmen tason kyselykeskiarvot asiakaslajeittain pylväinä (asteikko 1–5).

    ``keskiarvot``: rivit asiakaslajeja, sarakkeet ``kohtaaminen``, ``asiakkuus`` ja
    ``kokonaisuus``.

    >>> k = pd.DataFrame({"kohtaaminen": [4.0], "asiakkuus": [3.5], "kokonaisuus": [3.0]},
    ...                  index=["hotelli"])
    >>> arvotasot_lajeittain(k).get_title()
    'Arvon tasot asiakaslajeittain'
    """
    ax = _akseli(ax, (12, 6.5))
    keskiarvot.rename(index=str.capitalize).plot.bar(
        ax=ax, rot=0, width=0.8, edgecolor="black", color=[SININEN, ORANSSI, VIHREA])
    ax.set_ylim(1, 5.6)  # asteikko alkaa ykkösestä; yläreunaan tilaa selitteelle
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.legend(list(arvotasot.ARVOTASOT["nimi"]), ncol=3, loc="upper center",
              fontsize=FONTTI - 1, frameon=False)
    return viimeistele(ax, "Arvon tasot asiakaslajeittain", x="Asiakaslaji",
                       y="Kyselyn keskiarvo (1–5)")


#: Lujuuden ja kannattavuuden kuvassa nimetyt asiakkaat: (tunnus, siirto pikseleinä, tasaus).
NIMETYT_ASIAKKAAT = [("A01", (-12, 0), "right"), ("A05", (0, -16), "center"),
                     ("A10", (12, 0), "left"), ("A19", (12, 0), "left"),
                     ("A24", (-12, 0), "right")]


@tarkista_argumentit
def lujuus_ja_kannattavuus(ulottuvuudet: pd.DataFrame, nimetyt=NIMETYT_ASIAKKAAT,
                           raja_pros: float = 50, jakso: str = "",
                           ax: Axes | None = None) -> Axes:
    """Asiakkaat kannattavuuden (kate, vaaka-akseli) ja lujuuden (ostoneljännesten osuus,
    pystyakseli) mukaan, samoin päin kuin portfoliomatriisi.

    Nollakate ja lujuuden raja jakavat kuvan neljään lohkoon, joiden nimet ovat kulmissa;
    ``nimetyt`` asiakkaat saavat nimensä pisteen viereen.

    >>> u = pd.DataFrame({"asiakas_id": ["A01"], "nimi": ["Hotelli A"],
    ...                   "uskollisuus": [80.0], "kannattavuus": [1200.0]})
    >>> lujuus_ja_kannattavuus(u).get_title()
    'Asiakkuuden arvo: kannattavuus ja lujuus'
    """
    ax = _akseli(ax, (12, 7.5))
    ax.scatter(ulottuvuudet["kannattavuus"], ulottuvuudet["uskollisuus"], s=130,
               color=SININEN, edgecolor="black", alpha=0.85, zorder=3)
    ax.axvline(0, color="black", linewidth=1.5)  # nollakate: tappiot viivan vasemmalla
    ax.axhline(raja_pros, color=HARMAA, linestyle="--", linewidth=2)
    for x, y, teksti, tasaus, pysty in LOHKOT:  # valkoinen tausta: nollaviiva ei ylitä nimeä
        ax.text(x, y, teksti, ha=tasaus, va=pysty, transform=ax.transAxes, fontsize=FONTTI,
                color=HARMAA, fontweight="bold", zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    rivit = ulottuvuudet.set_index("asiakas_id")
    for tunnus, siirto, tasaus in nimetyt:
        if tunnus in rivit.index:
            rivi = rivit.loc[tunnus]
            ax.annotate(rivi["nimi"], (rivi["kannattavuus"], rivi["uskollisuus"]),
                        xytext=siirto, textcoords="offset points", ha=tasaus, va="center",
                        fontsize=FONTTI - 1)
    ax.set_ylim(-8, 112)  # tilaa kulmien nimille
    alin, ylin = float(ulottuvuudet["kannattavuus"].min()), float(ulottuvuudet["kannattavuus"].max())
    vali = max(ylin - min(alin, 0), 1)
    ax.set_xlim(min(alin, 0) - 0.05 * vali, ylin + 0.05 * vali)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:.0f} %" if 0 <= x <= 100 else ""))
    euroakseli(ax, "x")
    otsikko = f"Asiakkuuden arvo {jakso}: kannattavuus" if jakso else "Asiakkuuden arvo: kannattavuus"
    return viimeistele(ax, f"{otsikko} ja lujuus",
                       x="Kannattavuus: asiakkuuden kate",
                       y="Lujuus: osuus vuosineljänneksistä, joina asiakas osti")


@tarkista_argumentit
def tuote_vai_asiakas(tuotteittain: pd.DataFrame, katteet: pd.DataFrame,
                      jakso: str = "") -> Figure:
    """Tuotekohtainen ja asiakaskohtainen kannattavuus rinnakkain: tuotteiden myyntikate
    ja asiakkaiden asiakkuuden kate (tappiot punaisina).

    >>> t = pd.DataFrame({"tuote": ["Marmeladi"], "myyntikate": [5000.0]})
    >>> k = pd.DataFrame({"asiakkuuden_kate": [300.0, -100.0]})
    >>> [ax.get_title() for ax in tuote_vai_asiakas(t, k).axes]
    ['Tuotteittain: kaikki kannattavia', 'Asiakkaittain: osa tuottaa tappiota']
    """
    tuotteet = tuotteittain.sort_values("myyntikate")
    asiakkaat = katteet.sort_values("asiakkuuden_kate", ascending=False)
    fig, (vasen, oikea) = plt.subplots(1, 2, figsize=(15, 6), layout="constrained",
                                       width_ratios=[1, 1.2])
    vasen.barh(tuotteet["tuote"], tuotteet["myyntikate"], color=VIHREA)
    vasen.xaxis.set_major_locator(plt.MaxNLocator(4))
    euroakseli(vasen, "x")
    viimeistele(vasen, "Tuotteittain: kaikki kannattavia", x=f"Myyntikate {jakso}".strip())
    varit = [VIHREA if k >= 0 else PUNAINEN for k in asiakkaat["asiakkuuden_kate"]]
    oikea.bar(range(len(asiakkaat)), asiakkaat["asiakkuuden_kate"], color=varit)
    oikea.axhline(0, color="black", linewidth=1.5)
    oikea.set_xticks([])
    euroakseli(oikea)
    viimeistele(oikea, "Asiakkaittain: osa tuottaa tappiota",
                x=f"{len(asiakkaat)} asiakasta suurimmasta katteesta pienimpään",
                y=f"Asiakkuuden kate {jakso}".strip())
    return fig


@tarkista_argumentit
def clv_kertyma(kate_vuodessa: float, pysyvyys: float, diskonttokorko: float,
                vuosia: int, ax: Axes | None = None) -> Axes:
    """Elinkaariarvon kertymä: vuosien diskontatut katteet pylväinä, kertymä viivana ja
    kaavan CLV (``mittarit.clv``) katkoviivana.

    >>> ax = clv_kertyma(1000, 0.8, 0.1, 10)
    >>> ax.get_title()
    'Elinkaariarvo kertyy vuosi vuodelta'
    """
    taulu = mittarit.clv_vuosittain(kate_vuodessa, pysyvyys, diskonttokorko, vuosia)
    raja = mittarit.clv(kate_vuodessa, pysyvyys, diskonttokorko)
    ax = _akseli(ax, (11, 6))
    ax.bar(taulu["vuosi"], taulu["diskontattu_kate"], color=ORANSSI, edgecolor="black",
           label="Vuoden diskontattu kate")
    ax.plot(taulu["vuosi"], taulu["kertyma"], color=SININEN, linewidth=VIIVA, marker="o",
            label="Kertynyt elinkaariarvo")
    ax.axhline(raja, color="black", linestyle="--", linewidth=2,
               label=f"Kaavan CLV {euroa(raja)}")
    ax.set_ylim(0, max(raja, taulu["kertyma"].max(), 100) * 1.15)
    ax.locator_params(axis="x", integer=True)  # vuodet kokonaislukuina
    ax.legend(fontsize=FONTTI - 1, frameon=False, loc="center right")
    euroakseli(ax)
    return viimeistele(ax, "Elinkaariarvo kertyy vuosi vuodelta", x="Vuosi", y="Euroa")


@tarkista_argumentit
def nps_kuva(vastaukset: Iterable[int], ax: Axes | None = None) -> Axes:
    """NPS-kyselyn vastausten jakauma arvosanoittain 0–10, NPS otsikossa.

    Arvostelijat (0–6) ovat punaisia, passiiviset (7–8) harmaita ja suosittelijat (9–10)
    vihreitä. Jakauma ja NPS tulevat funktioista ``mittarit.nps_jakauma`` ja ``mittarit.nps``.

    >>> from matplotlib.figure import Figure
    >>> ax = nps_kuva([10, 9, 9, 8, 7, 6, 3, 10, 9, 0], ax=Figure().subplots())
    >>> ax.get_title()
    'Suositteluhalukkuus: NPS 20,0'
    """
    return piirra_nps(vastaukset, ax)["ax"]


#: NPS-kuvan ryhmät piirtojärjestyksessä: (ryhmä, selite, väri).
NPS_RYHMAT = [("arvostelija", "Arvostelijat 0–6", PUNAINEN),
              ("passiivinen", "Passiiviset 7–8", HARMAA),
              ("suosittelija", "Suosittelijat 9–10", VIHREA)]


@tarkista_argumentit
def piirra_nps(vastaukset: Iterable[int], ax: Axes | None = None) -> dict:
    """Piirrä NPS-jakauma ja palauta sen osat päivitettäviksi.

    Tulos on sanakirja: ``ax``, ``palkit`` ja ``luvut`` (palkki ja sen määrä arvosanoittain
    0–10) sekä ``selite`` (ryhmät ``NPS_RYHMAT``-järjestyksessä).

    >>> from matplotlib.figure import Figure
    >>> osat = piirra_nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 0], ax=Figure().subplots())
    >>> [int(p.get_height()) for p in osat["palkit"]][9:], osat["luvut"][10].get_text()
    ([3, 2], '2')
    """
    ax = _akseli(ax)
    jakauma = mittarit.nps_jakauma(vastaukset)
    yhteensa = jakauma["vastauksia"].sum()
    kaikki_palkit, luvut = [], []
    for ryhma, selite, vari in NPS_RYHMAT:
        osa = jakauma[jakauma["ryhma"] == ryhma]
        osuus = 100 * osa["vastauksia"].sum() / yhteensa
        palkit = ax.bar(osa["arvosana"], osa["vastauksia"], color=vari, edgecolor="black",
                        linewidth=1.2, width=0.8, label=f"{selite} ({prosenttia(osuus)})",
                        zorder=2)
        kaikki_palkit += list(palkit.patches)
        luvut += ax.bar_label(palkit, fontsize=FONTTI - 1, padding=3)
    ax.set_xticks(range(11))
    ax.margins(y=0.12)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    selite = ax.legend(fontsize=FONTTI - 1, loc="upper left", frameon=False)
    viimeistele(ax, f"Suositteluhalukkuus: NPS {luku(mittarit.nps(vastaukset), 1)}",
                x="Kuinka todennäköisesti suosittelisit meitä? (0–10)", y="Vastauksia (kpl)")
    return {"ax": ax, "palkit": kaikki_palkit, "luvut": luvut, "selite": selite}


@tarkista_argumentit
def luokan_yhteenveto(tehtavat: pd.DataFrame, opiskelijoita: int | None = None,
                      ax: Axes | None = None) -> Figure:
    """Luokan tulokset tehtävittäin vaakapalkkeina: oikein 1. yrityksellä ja lopulta.

    Tumma palkki on ensimmäisellä yrityksellä oikein vastanneiden osuus, vaalea jatke
    niiden, jotka pääsivät oikeaan vastaukseen myöhemmin. Lyhyt vaalea palkki kertoo
    vaikeasta tehtävästä, pitkä vaalea jatke tehtävästä, jossa palaute auttoi. Taulukko
    tulee funktiosta ``arviointi.tehtavayhteenveto``. Kuvio on videotykin kokoinen (16:9)
    ja palautetaan Figure-oliona, jotta sen voi tallentaa (``savefig``).

    >>> t = pd.DataFrame({"Tunnus": ["03_1", "03_2"], "Tehtävä": ["3.1 Kate", "3.2 Kulut"],
    ...                   "Oikein 1. yrityksellä (%)": [40.0, 80.0],
    ...                   "Oikein lopulta (%)": [90.0, 85.0]})
    >>> kuva = luokan_yhteenveto(t, opiskelijoita=20)
    >>> ax = kuva.axes[0]
    >>> ax.get_title()
    'Oikein vastanneet tehtävittäin (20 palauttanutta)'
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['3.1 Kate', '3.2 Kulut']
    """
    if ax is None:
        # Ei pyplotia: kuvio ei jää auki komentorivillä eikä näy muistiossa kahdesti.
        ax = Figure(figsize=(12.8, 7.2), layout="constrained").subplots()
    maara = len(tehtavat)
    kohdat = np.arange(maara)
    lopulta = tehtavat[arviointi.LOPULTA].to_numpy(dtype=float)
    ensin = tehtavat[arviointi.ENSIMMAISELLA].to_numpy(dtype=float)
    tiheys = FONTTI - 2 if maara > 20 else FONTTI  # yli 30 tehtävää mahtuu 720 pikseliin
    loppu_palkit = ax.barh(kohdat, lopulta, height=0.78, color=TAIVAANSININEN,
                           edgecolor="black", linewidth=0.8, label="Oikein lopulta", zorder=2)
    eka_palkit = ax.barh(kohdat, ensin, height=0.78, color=SININEN, edgecolor="black",
                         linewidth=0.8, label="Oikein 1. yrityksellä", zorder=3)
    for kohta, eka, loppu in zip(kohdat, ensin, lopulta):
        ax.text(loppu + 1, kohta, f"{prosenttia(eka, 0)} → {prosenttia(loppu, 0)}",
                va="center", ha="left", fontsize=tiheys, zorder=4)
    if "Tunnus" in tehtavat.columns:
        teemat = tehtavat["Tunnus"].str.split("_").str[0].to_numpy()
        for raja in np.flatnonzero(teemat[1:] != teemat[:-1]):
            ax.axhline(raja + 0.5, color=HARMAA, linewidth=1, linestyle="--", zorder=1)
    nimet = [textwrap.shorten(str(n), 50, placeholder="…") for n in tehtavat["Tehtävä"]]
    ax.set_yticks(kohdat, nimet)
    ax.set_ylim(maara - 0.5, -0.5)  # ensimmäinen tehtävä ylimmäksi
    ax.set_xlim(0, 118)  # tilaa arvoteksteille
    ax.set_xticks(range(0, 101, 20))
    _prosenttiakseli(ax.xaxis)
    ax.grid(axis="x", alpha=0.3, zorder=0)
    # Selite akselin alle: rivit tarvitsevat pystytilan, ja prosentit selittävät itsensä.
    ax.legend(handles=[eka_palkit, loppu_palkit], loc="upper center",
              bbox_to_anchor=(0.5, -0.06), ncol=2, fontsize=FONTTI, frameon=False,
              borderaxespad=0)
    otsikko = "Oikein vastanneet tehtävittäin"
    if opiskelijoita is not None:
        otsikko += f" ({opiskelijoita} palauttanut{'' if opiskelijoita == 1 else 'ta'})"
    viimeistele(ax, otsikko)
    ax.tick_params(axis="y", labelsize=tiheys, length=0)
    return ax.figure


@tarkista_argumentit
def clv_palkit(kate_vuodessa: float, pysyvyys: float, diskonttokorko: float, vuosia: int,
               ensimmainen_vuosi: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Elinkaariarvokuvan vuodet 0 … ``vuosia`` ja vuosien diskontatut katteet.

    Vuodet 1 … ``vuosia`` tulevat funktiosta ``mittarit.clv_vuosittain``. Vuosi 0 on kuluva
    vuosi: sen kate (diskonttaamatta) on mukana vain muunnelmassa ``ensimmainen_vuosi=True``,
    kuten funktiossa ``mittarit.clv``.

    >>> vuodet, katteet = clv_palkit(1000, 0.5, 0.0, 2, ensimmainen_vuosi=True)
    >>> vuodet.tolist(), katteet.tolist()
    ([0, 1, 2], [1000.0, 500.0, 250.0])
    """
    taulu = mittarit.clv_vuosittain(kate_vuodessa, pysyvyys, diskonttokorko, vuosia)
    nolla = float(kate_vuodessa) if ensimmainen_vuosi else 0.0
    return (np.r_[0, taulu["vuosi"].to_numpy()],
            np.r_[nolla, taulu["diskontattu_kate"].to_numpy(dtype=float)])


@tarkista_argumentit
def piirra_clv(kate_vuodessa: float, pysyvyys: float, diskonttokorko: float, vuosia: int,
               hankintakustannus: float | None = None, ensimmainen_vuosi: bool = False,
               ax: Axes | None = None) -> dict:
    """Elinkaariarvon kertymä ja hankintakustannus (CAC) samassa kuvassa; palauta osat.

    Pylväät ovat vuosien diskontatut katteet (``mittarit.clv_vuosittain``), viiva niiden
    kertymä ja katkoviiva kaavan CLV (``mittarit.clv``). Muunnelma ``ensimmainen_vuosi=True``
    ottaa mukaan kuluvan vuoden katteen (vuosi 0, ei diskontata); oletus laskee arvon ensi
    vuodesta alkaen. Punainen viiva on CAC: kertymän ja sen leikkauskohdassa hankinta on
    maksanut itsensä takaisin.

    Tulos on sanakirja: ``ax``, ``palkit`` (vuodet 0 … ``vuosia``), ``kertyma`` (viiva),
    ``clv`` ja ``cac`` (vaakaviivat) sekä ``selite``.

    >>> from matplotlib.figure import Figure
    >>> osat = piirra_clv(1000, 0.8, 0.1, 10, hankintakustannus=1500, ax=Figure().subplots())
    >>> len(osat["palkit"]), osat["ax"].get_title()
    (11, 'Elinkaariarvo kertyy vuosi vuodelta')
    """
    ax = _akseli(ax, (11, 6))
    vuodet, katteet = clv_palkit(kate_vuodessa, pysyvyys, diskonttokorko, vuosia,
                                 ensimmainen_vuosi)
    raja = mittarit.clv(kate_vuodessa, pysyvyys, diskonttokorko, ensimmainen_vuosi)
    palkit = ax.bar(vuodet, katteet, color=ORANSSI, edgecolor="black", width=0.7,
                    label="Vuoden diskontattu kate", zorder=2)
    kertyma, = ax.plot(vuodet, np.cumsum(katteet), color=SININEN, linewidth=VIIVA, marker="o",
                       label="Kertynyt elinkaariarvo", zorder=3)
    clv_viiva = ax.axhline(raja, color="black", linestyle="--", linewidth=2,
                           label=f"Kaavan CLV {euroa(raja)}")
    cac_viiva = ax.axhline(hankintakustannus if hankintakustannus is not None else np.nan,
                           color=PUNAINEN, linewidth=VIIVA,
                           label=f"CAC {euroa(hankintakustannus)}" if hankintakustannus
                           is not None else "CAC")
    ax.set_ylim(0, max(raja, float(np.cumsum(katteet).max()), hankintakustannus or 0, 100) * 1.15)
    ax.set_xlim(-0.6, vuosia + 0.6)
    ax.locator_params(axis="x", integer=True)  # vuodet kokonaislukuina
    selite = ax.legend(fontsize=FONTTI - 1, frameon=False, loc="lower right")
    euroakseli(ax)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    viimeistele(ax, "Elinkaariarvo kertyy vuosi vuodelta", x="Vuosi (0 = kuluva vuosi)",
                y="Euroa")
    return {"ax": ax, "palkit": list(palkit.patches), "kertyma": kertyma, "clv": clv_viiva,
            "cac": cac_viiva, "selite": selite}


@tarkista_argumentit
def piirra_pysyvyys(ostaneet: pd.DataFrame, ax: Axes | None = None) -> dict:
    """Asiakkaat vuosittain: jatkaneet, palanneet ja uudet pinottuina, poistuneet alaspäin.

    ``ostaneet`` tulee funktiosta ``mittarit.ostaneet_vuosittain``. Pylvään yläpuolella on
    vuoden pysyvyysaste. Aineiston ensimmäiseltä vuodelta tiedetään vain ostaneiden määrä.
    Poistuneet ovat edellisen vuoden ostajat, jotka eivät ostaneet tänä vuonna.

    Tulos on sanakirja: ``ax``, ``palkit`` (lajin nimi → palkit vuosittain) ja ``tekstit``
    (pysyvyysasteet vuosittain).

    >>> from matplotlib.figure import Figure
    >>> o = pd.DataFrame({"vuosi": [2024, 2025], "ostaneita": [3, 3],
    ...                   "jatkaneita": pd.array([pd.NA, 2], dtype="Int64"),
    ...                   "palanneita": pd.array([pd.NA, 0], dtype="Int64"),
    ...                   "uusia": pd.array([pd.NA, 1], dtype="Int64"),
    ...                   "pysyvyys_pros": [np.nan, 66.7], "poistuma_pros": [np.nan, 33.3]})
    >>> osat = piirra_pysyvyys(o, ax=Figure().subplots())
    >>> [float(p.get_height()) for p in osat["palkit"]["Poistuneet"]], osat["tekstit"][1].get_text()
    ([0.0, -1.0], 'Pysyvyys\\n66,7\\xa0%')
    """
    ax = _akseli(ax, (11, 6))
    vuodet = ostaneet["vuosi"].to_numpy()
    lajit = pysyvyyden_palkit(ostaneet)
    palkit, pohja = {}, np.zeros(len(vuodet))
    for (nimi, arvot), vari in zip(lajit.items(), [SININEN, TAIVAANSININEN, VIHREA, PUNAINEN]):
        alku = pohja if nimi != "Poistuneet" else np.zeros(len(vuodet))
        palkit[nimi] = list(ax.bar(vuodet, arvot, bottom=alku, color=vari, edgecolor="black",
                                   width=0.6, label=nimi, zorder=2).patches)
        if nimi != "Poistuneet":
            pohja = pohja + arvot
    tekstit = []
    for vuosi, korkeus, pros in zip(vuodet, pohja, ostaneet["pysyvyys_pros"]):
        teksti = f"Pysyvyys\n{prosenttia(pros)}" if pd.notna(pros) else "Ensimmäinen\nvuosi"
        tekstit.append(ax.annotate(teksti, (vuosi, korkeus), xytext=(0, 6),
                                   textcoords="offset points", ha="center", va="bottom",
                                   fontsize=FONTTI, fontweight="bold"))
    ax.axhline(0, color="black", linewidth=1.5)
    ax.set_xticks(vuodet)
    ax.set_ylim(min(-0.1 * pohja.max(), 1.3 * lajit["Poistuneet"].min()), 1.35 * pohja.max())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda arvo, _: luku(abs(arvo))))
    ax.grid(axis="y", alpha=0.3, zorder=0)
    ax.legend(fontsize=FONTTI - 1, frameon=False, loc="upper left", ncol=2)
    viimeistele(ax, "Asiakkaat vuosittain: pysyvyys ja poistuma", x="Vuosi",
                y="Asiakkaita (poistuneet alaspäin)")
    return {"ax": ax, "palkit": palkit, "tekstit": tekstit}


@tarkista_argumentit
def pysyvyyden_palkit(ostaneet: pd.DataFrame) -> dict:
    """Pysyvyyskuvan palkkien korkeudet vuosittain (``mittarit.ostaneet_vuosittain``-taulukosta).

    Ensimmäisenä vuonna kaikki ostaneet ovat "jatkaneita" (aiempia ostoja ei tiedetä).
    Poistuneet ovat negatiivisia: edellisen vuoden ostajat, jotka eivät jatkaneet.

    >>> o = pd.DataFrame({"vuosi": [2024, 2025], "ostaneita": [3, 3],
    ...                   "jatkaneita": pd.array([pd.NA, 2], dtype="Int64"),
    ...                   "palanneita": pd.array([pd.NA, 0], dtype="Int64"),
    ...                   "uusia": pd.array([pd.NA, 1], dtype="Int64")})
    >>> {k: v.tolist() for k, v in pysyvyyden_palkit(o).items()}  # doctest: +NORMALIZE_WHITESPACE
    {'Jatkaneet': [3.0, 2.0], 'Palanneet': [0.0, 0.0], 'Uudet': [0.0, 1.0],
     'Poistuneet': [0.0, -1.0]}
    """
    ostaneita = ostaneet["ostaneita"].to_numpy(dtype=float)
    jatkaneita = ostaneet["jatkaneita"].astype("Float64").fillna(np.nan).to_numpy(dtype=float)
    ensimmainen = np.isnan(jatkaneita)
    return {
        "Jatkaneet": np.where(ensimmainen, ostaneita, jatkaneita),
        "Palanneet": ostaneet["palanneita"].astype("Float64").fillna(0).to_numpy(dtype=float),
        "Uudet": ostaneet["uusia"].astype("Float64").fillna(0).to_numpy(dtype=float),
        "Poistuneet": np.where(ensimmainen, 0.0,
                               -(np.r_[np.nan, ostaneita[:-1]] - np.nan_to_num(jatkaneita))),
    }
