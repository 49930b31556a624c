"""Kurssiyrityksen aineiston tuottaminen: samat luvut joka kerta (kiinteä siemenluku).

Kuvitteellinen Kuurankukka Oy (Rovaniemi) myy luontotuotteita (tyrni- ja karpalomarmeladia,
yrttiravintolisää, lahjapakkauksia) ja luontomatkailupalveluja (lumikenkäsafari
loimulohilounaalla, villiyrttikurssi). Kurssin aineistossa on 40 käsin suunniteltua
asiakasta, joiden tarinat kurssi kertoo: muutama erittäin kannattava, monta
kohtuullista, kannattamattomia sekä pienen volyymin että liian suuren työmäärän vuoksi,
suuri mutta ohutkatteinen matkanjärjestäjä ja asiakkaita, joiden sijoitus vaihtuu
tämän päivän ja huomisen painoilla.

``luo_aineisto()`` tekee kurssin aineiston; ``luo_aineisto(asiakkaita=10_000,
tapahtumia=1_000_000)`` tekee samanmuotoisen satunnaisaineiston suorituskykytesteihin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .argumentit import tarkista_argumentit
from .virheet import tarkista_luku, virhe

VUODET = (2023, 2024, 2025)
HINTAINDEKSI = {2023: 1.00, 2024: 1.03, 2025: 1.06}

TUOTTEET = pd.DataFrame(
    [
        ("T01", "Tyrnimarmeladi 200 g", "luontotuote", "kpl", 8.90, 3.40),
        ("T02", "Karpalomarmeladi 200 g", "luontotuote", "kpl", 8.50, 3.20),
        ("T03", "Yrttiravintolisä 60 kaps.", "luontotuote", "pkt", 26.00, 10.50),
        ("T04", "Lahjapakkaus Lapin maut", "luontotuote", "kpl", 42.00, 19.00),
        ("T05", "Lumikenkäsafari ja loimulohilounas", "luontomatkailupalvelu", "hlö", 129.00, 62.00),
        ("T06", "Villiyrttikurssi", "luontomatkailupalvelu", "hlö", 79.00, 31.00),
    ],
    columns=["tuote_id", "tuote", "tuoteryhma", "yksikko", "listahinta", "yksikkokustannus"],
)

# Toimenpiteiden yksikkökustannukset (työaika + matkat + materiaali).
HINNASTO = pd.DataFrame(
    [
        ("myyntikäynti", "myynti", 150.0),
        ("tarjous", "myynti", 50.0),
        ("toimitus", "asiakaspalvelu", 15.0),
        ("puhelu", "asiakaspalvelu", 10.0),
        ("erikoistilaus", "asiakaspalvelu", 80.0),
        ("reklamaatio", "asiakaspalvelu", 120.0),
    ],
    columns=["toimenpide", "kustannuslaji", "yksikkokustannus"],
)

# Kuukausien painot: safarit talvella, yrttikurssit kesällä, tuotteet ympäri vuoden
# ja eniten joulun alla.
_KAUSI = {
    "safari": [3, 3, 3, 2, 0, 0, 0, 0, 0, 0, 1, 3],
    "kurssi": [0, 0, 0, 0, 1, 3, 3, 3, 1, 0, 0, 0],
    "tuote": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3],
}
_TUOTTEEN_KAUSI = {"T05": "safari", "T06": "kurssi"}


@dataclass(frozen=True)
class Profiili:
    """Yhden kurssiasiakkaan suunnitelma: kuka asiakas on ja miten hän ostaa."""

    asiakas_id: str
    nimi: str
    tyyppi: str
    paikkakunta: str
    alkaen: str
    potentiaali: int
    referenssi: int
    oppiminen: int
    tilauksia: float  # tilauksia vuodessa
    kori: dict = field(default_factory=dict)  # tuote_id -> keskimääräinen määrä / tilaus
    alennus: float = 0.0
    kaynnit: float = 0.0  # myyntikäyntejä / vuosi
    tarjoukset: float = 0.0
    puhelut: float = 0.0
    erikois: float = 0.0
    reklamaatiot: float = 0.0
    markkinointi: float = 0.0  # € / vuosi
    nps: float = 8.0  # keskimääräinen suositteluhalukkuus 0-10
    vastaajia: int = 1  # kyselyvastauksia vuodessa
    loppu: int = 2025  # viimeinen ostovuosi
    arvopainotus: str = "kohtaaminen"  # mikä arvon taso on asiakkaalle vahvin


P = Profiili
KURSSIN_ASIAKKAAT: tuple[Profiili, ...] = (
    # Hotellit: isoja, säännöllisiä ja kannattavia.
    P("A01", "Hotelli Tunturihovi", "hotelli", "Kittilä", "2016-09-01", 4, 5, 3, 14,
      {"T05": 16, "T01": 25, "T02": 20}, 0.12, 3, 2, 12, 2, 0.3, 500, 9.0, 4,
      arvopainotus="asiakkuus"),
    P("A02", "Hotelli Revontulenportti", "hotelli", "Rovaniemi", "2018-02-15", 3, 4, 2, 12,
      {"T05": 12, "T01": 20, "T03": 2}, 0.10, 2, 2, 10, 1, 0.3, 400, 8.6, 3),
    P("A03", "Kylpylähotelli Kuura", "hotelli", "Levi", "2021-05-10", 4, 3, 3, 8,
      {"T06": 10, "T03": 6, "T02": 15}, 0.10, 2, 2, 8, 1, 0.3, 350, 8.3, 3,
      arvopainotus="kokonaisuus"),
    P("A04", "Hotelli Pallaksen Helmi", "hotelli", "Muonio", "2022-01-20", 3, 3, 2, 10,
      {"T05": 7, "T01": 12}, 0.10, 1, 1, 6, 1, 0.3, 200, 7.8, 2),
    # Matkanjärjestäjät: suuri mutta ohutkatteinen, kannattava, kohtuullinen.
    P("A05", "Pohjoisen Elämysmatkat Oy", "matkanjärjestäjä", "Rovaniemi", "2017-03-01", 3, 4, 2, 30,
      {"T05": 17}, 0.34, 12, 14, 60, 36, 7, 2200, 6.8, 3),
    P("A06", "Lapin Safarikeskus Oy", "matkanjärjestäjä", "Saariselkä", "2019-11-01", 3, 4, 3, 10,
      {"T05": 15}, 0.18, 3, 3, 14, 4, 0.5, 600, 8.8, 3, arvopainotus="asiakkuus"),
    P("A07", "Matkatoimisto Kaamos", "matkanjärjestäjä", "Kemi", "2020-10-05", 3, 3, 2, 5,
      {"T05": 8, "T06": 4}, 0.15, 2, 3, 8, 2, 0.5, 300, 7.5, 2),
    P("A08", "Tunturiladun Matkat", "matkanjärjestäjä", "Ylläs", "2024-09-01", 5, 4, 4, 5,
      {"T05": 8}, 0.15, 3, 3, 6, 2, 0.3, 700, 9.0, 1, arvopainotus="asiakkuus"),
    # Ravintolat: Jäkälä teettää liikaa työtä, Kelo ja Rovan Kota ovat kelpo asiakkaita.
    P("A09", "Ravintola Kelo", "ravintola", "Rovaniemi", "2019-04-01", 3, 3, 2, 10,
      {"T01": 18, "T02": 18}, 0.12, 1, 1, 6, 1, 0.2, 100, 8.1, 1),
    P("A10", "Ravintola Jäkälä", "ravintola", "Rovaniemi", "2020-08-15", 2, 2, 2, 22,
      {"T01": 14, "T02": 12, "T04": 1}, 0.15, 5, 6, 40, 16, 9, 300, 4.5, 2),
    P("A11", "Ravintola Rovan Kota", "ravintola", "Rovaniemi", "2021-02-01", 3, 3, 3, 8,
      {"T02": 20, "T06": 3}, 0.10, 1, 1, 6, 1, 0.3, 150, 8.0, 1,
      arvopainotus="kokonaisuus"),
    # Kaupat: Kielo ja Poro isoja tänään; Poron omistaja jää eläkkeelle (potentiaali 1).
    P("A12", "Luontaistuotekauppa Kielo", "kauppa", "Rovaniemi", "2015-06-01", 3, 4, 3, 18,
      {"T03": 20, "T01": 20, "T02": 15}, 0.30, 2, 1, 10, 1, 0.3, 400, 8.7, 2,
      arvopainotus="kokonaisuus"),
    P("A13", "Matkamuistomyymälä Poro", "kauppa", "Rovaniemi", "2016-11-01", 1, 2, 1, 14,
      {"T04": 10, "T01": 40, "T02": 40}, 0.30, 2, 1, 8, 1, 0.3, 300, 8.2, 1),
    P("A14", "Lapin Herkkupuoti", "kauppa", "Sodankylä", "2019-09-01", 3, 2, 2, 8,
      {"T04": 6, "T01": 16, "T02": 16}, 0.30, 1, 1, 6, 1, 0.3, 200, 7.9, 1),
    P("A15", "Luomukauppa Vaara", "kauppa", "Kemijärvi", "2022-04-01", 4, 3, 3, 6,
      {"T03": 6, "T02": 10}, 0.30, 1, 1, 5, 1, 0.2, 200, 8.4, 1,
      arvopainotus="kokonaisuus"),
    P("A16", "Kyläkauppa Aapa", "kauppa", "Posio", "2021-03-01", 2, 1, 1, 5,
      {"T01": 4, "T02": 3}, 0.30, 1, 1, 4, 0.2, 0.1, 60, 7.0, 1),
    P("A17", "Kioski Tunturituuli", "kauppa", "Salla", "2022-06-01", 1, 1, 1, 4,
      {"T02": 3, "T01": 2}, 0.30, 1, 1, 3, 0.2, 0.2, 40, 6.5, 1),
    P("A18", "Lentoaseman Lahjapuoti", "kauppa", "Rovaniemi", "2023-05-01", 4, 4, 2, 8,
      {"T04": 5, "T01": 10}, 0.30, 2, 2, 6, 1, 0.3, 300, 8.0, 1),
    # Ryhmät: työpaikkojen virkistyspäivät, koulu ja seniorit.
    P("A19", "Rovaniemen Energian henkilöstökerho", "ryhmä", "Rovaniemi", "2019-01-10", 3, 4, 2, 1,
      {"T05": 24}, 0.05, 1, 1, 3, 1, 0, 100, 8.9, 3),
    P("A20", "Lapin ammattiopiston luonto-ohjaajat", "ryhmä", "Rovaniemi", "2021-08-20", 4, 5, 5, 2,
      {"T06": 16}, 0.20, 1, 1, 3, 1, 0, 50, 9.2, 3, arvopainotus="kokonaisuus"),
    P("A21", "Kemin seniorikerho", "ryhmä", "Kemi", "2022-05-01", 2, 2, 2, 1,
      {"T06": 18}, 0.10, 0, 1, 4, 1, 0.3, 50, 8.5, 2),
    P("A22", "Insinööritoimisto Kiila, virkistyspäivä", "ryhmä", "Oulu", "2023-02-01", 3, 3, 2, 1,
      {"T05": 14}, 0.05, 1, 2, 4, 2, 0.3, 150, 7.9, 2, loppu=2024),
    P("A23", "Pellon partiolaiset", "ryhmä", "Pello", "2024-06-01", 3, 3, 4, 1,
      {"T06": 12}, 0.25, 0, 1, 3, 0, 0, 30, 9.4, 2, arvopainotus="kokonaisuus"),
    # Uusi putiikkimajoitus: pieni tänään, huomisen avainasiakas.
    P("A24", "Villa Aurora Lodge", "hotelli", "Inari", "2025-03-01", 5, 5, 4, 4,
      {"T05": 6, "T03": 2}, 0.10, 3, 2, 5, 1, 0, 900, 9.5, 2, arvopainotus="kokonaisuus"),
    # Kuluttajat: verkkokaupan ja safarien yksittäiset ostajat.
    P("A25", "Aino Niemelä", "kuluttaja", "Helsinki", "2018-12-01", 2, 2, 2, 10,
      {"T03": 1}, 0.0, 0, 0, 1, 0, 0, 10, 9.0, 1, arvopainotus="kokonaisuus"),
    P("A26", "Mikko Laine", "kuluttaja", "Tampere", "2020-11-20", 2, 1, 1, 2,
      {"T01": 2, "T02": 1}, 0.0, 0, 0, 1, 0, 0.1, 15, 7.5, 1),
    P("A27", "Perhe Koskinen", "kuluttaja", "Espoo", "2022-02-10", 2, 3, 1, 1,
      {"T05": 4}, 0.0, 0, 0, 2, 0, 0, 20, 9.3, 1),
    P("A28", "Liisa Heikkinen", "kuluttaja", "Rovaniemi", "2021-06-01", 2, 2, 3, 1,
      {"T06": 1, "T02": 2}, 0.0, 0, 0, 1, 0, 0, 10, 8.8, 1, arvopainotus="kokonaisuus"),
    P("A29", "Jukka Mäkinen", "kuluttaja", "Oulu", "2023-10-01", 1, 1, 1, 1,
      {"T01": 1}, 0.0, 0, 0, 2, 0, 0.2, 15, 5.5, 1, loppu=2024),
    P("A30", "Sanna Virtanen", "kuluttaja", "Turku", "2019-12-05", 2, 2, 1, 3,
      {"T04": 1, "T01": 1}, 0.0, 0, 0, 1, 0, 0, 15, 8.6, 1),
    P("A31", "Perhe Lindholm", "kuluttaja", "Vantaa", "2023-01-15", 2, 3, 1, 1,
      {"T05": 5}, 0.0, 0, 0, 3, 0, 0, 25, 9.1, 1, loppu=2024),
    P("A32", "Tiina Korhonen", "kuluttaja", "Jyväskylä", "2024-11-01", 1, 1, 1, 1,
      {"T02": 2}, 0.0, 0, 0, 1, 0, 0.3, 15, 6.0, 1),
    P("A33", "Eero Salminen", "kuluttaja", "Kuopio", "2020-03-01", 2, 1, 1, 6,
      {"T03": 1, "T01": 1}, 0.0, 0, 0, 2, 0, 0.1, 10, 8.4, 1),
    P("A34", "Marja Hämäläinen", "kuluttaja", "Rovaniemi", "2022-08-01", 2, 2, 2, 2,
      {"T06": 1}, 0.0, 0, 0, 1, 0, 0, 10, 9.0, 1, arvopainotus="kokonaisuus"),
    P("A35", "Perhe Nieminen", "kuluttaja", "Lahti", "2024-01-20", 2, 2, 1, 1,
      {"T05": 3}, 0.0, 0, 0, 2, 0, 0, 25, 8.9, 1),
    P("A36", "Jari Lehtonen", "kuluttaja", "Pori", "2021-12-01", 1, 1, 1, 1,
      {"T04": 1}, 0.0, 0, 0, 2, 0.3, 0.3, 15, 6.8, 1, loppu=2023),
    P("A37", "Helena Ojala", "kuluttaja", "Kemi", "2023-04-01", 2, 2, 2, 4,
      {"T03": 1, "T02": 1}, 0.0, 0, 0, 1, 0, 0, 10, 8.7, 1, arvopainotus="kokonaisuus"),
    P("A38", "Timo Rantanen", "kuluttaja", "Vaasa", "2022-12-10", 1, 1, 1, 2,
      {"T01": 1}, 0.0, 0, 0, 3, 0.5, 0.4, 20, 4.0, 1),
    P("A39", "Noora Aalto", "kuluttaja", "Helsinki", "2025-02-01", 3, 3, 2, 2,
      {"T05": 2, "T03": 1}, 0.0, 0, 0, 2, 0, 0, 30, 9.6, 1, arvopainotus="kokonaisuus"),
    P("A40", "Ville Heinonen", "kuluttaja", "Oulu", "2023-06-01", 1, 1, 1, 1,
      {"T02": 1}, 0.0, 0, 0, 1, 0, 0.2, 10, 6.2, 1),
)
del P

# Asiakkaan hankinnan kustannukset vuosittain (CAC:n laskemiseen).
HANKINTAKUSTANNUKSET = pd.DataFrame(
    [
        (2023, "myyntityön palkat", 5200.0),
        (2023, "esitteet ja tuotenäytteet", 1400.0),
        (2023, "avajaisalennukset", 900.0),
        (2024, "myyntityön palkat", 6100.0),
        (2024, "esitteet ja tuotenäytteet", 1700.0),
        (2024, "avajaisalennukset", 1200.0),
        (2025, "myyntityön palkat", 6800.0),
        (2025, "esitteet ja tuotenäytteet", 1500.0),
        (2025, "avajaisalennukset", 1500.0),
    ],
    columns=["vuosi", "kustannuslaji", "euroa"],
)

_TOIMENPIDE_KENTTA = {
    "myyntikäynti": "kaynnit",
    "tarjous": "tarjoukset",
    "puhelu": "puhelut",
    "erikoistilaus": "erikois",
    "reklamaatio": "reklamaatiot",
}


@dataclass
class Aineisto:
    """Kurssiyrityksen taulukot yhdessä paketissa."""

    asiakkaat: pd.DataFrame
    myynnit: pd.DataFrame
    tuotteet: pd.DataFrame
    toimenpiteet: pd.DataFrame
    hinnasto: pd.DataFrame
    markkinointi: pd.DataFrame
    hankinta: pd.DataFrame
    kyselyt: pd.DataFrame

    def taulukot(self) -> dict[str, pd.DataFrame]:
        """Taulukot nimen mukaan (tiedostonimet ilman päätettä)."""
        return {nimi: getattr(self, nimi) for nimi in TAULUKOT}


TAULUKOT = ("asiakkaat", "myynnit", "tuotteet", "toimenpiteet", "hinnasto",
            "markkinointi", "hankinta", "kyselyt")


def _paivat_vuodessa(rng, vuosi: int, alku: pd.Timestamp, kausi: str, n: int) -> list:
    """Arvo ``n`` päivämäärää vuodelta kauden painoilla, aikaisintaan päivänä ``alku``."""
    painot = np.array(_KAUSI[kausi], dtype=float)
    kuukaudet = np.arange(1, 13)
    if alku.year == vuosi:
        painot[kuukaudet < alku.month] = 0
    if painot.sum() == 0:  # asiakkuus alkoi kauden jälkeen: ostot loppuvuoteen
        painot[kuukaudet >= alku.month] = 1
    kk = rng.choice(kuukaudet, size=n, p=painot / painot.sum())
    pv = rng.integers(1, 29, size=n)
    return [pd.Timestamp(vuosi, int(k), int(d)) for k, d in zip(kk, pv)]


def _kurssin_aineisto(siemen: int) -> Aineisto:
    rng = np.random.default_rng(siemen)
    tuotteet = TUOTTEET.set_index("tuote_id")
    myynti, toimet, markkinointi, kyselyt = [], [], [], []
    for p in KURSSIN_ASIAKKAAT:
        alku = pd.Timestamp(p.alkaen)
        for vuosi in VUODET:
            if vuosi < alku.year or vuosi > p.loppu:
                continue
            osuus = 1.0 if alku.year < vuosi else (13 - alku.month) / 12
            tilauksia = max(1, int(rng.poisson(p.tilauksia * osuus)))
            # Palvelut ja tuotteet tilataan eri tilauksina, koska niillä on eri kausi.
            palvelut = [t for t in p.kori if t in _TUOTTEEN_KAUSI]
            tavarat = [t for t in p.kori if t not in _TUOTTEEN_KAUSI]
            toimituksia = 0
            for tilaus in range(tilauksia):
                ryhma = palvelut if (palvelut and (not tavarat or tilaus % 2 == 0)) else tavarat
                kausi = _TUOTTEEN_KAUSI.get(ryhma[0], "tuote")
                (pvm,) = _paivat_vuodessa(rng, vuosi, alku, kausi, 1)
                if ryhma is tavarat:
                    toimituksia += 1
                for tuote_id in ryhma:
                    maara = max(1, int(rng.poisson(p.kori[tuote_id])))
                    hinta = tuotteet.at[tuote_id, "listahinta"] * HINTAINDEKSI[vuosi]
                    kustannus = tuotteet.at[tuote_id, "yksikkokustannus"] * HINTAINDEKSI[vuosi]
                    myynti.append((pvm, p.asiakas_id, tuote_id, maara,
                                   round(hinta * (1 - p.alennus), 2), round(kustannus, 2)))
            toimet.append((p.asiakas_id, vuosi, "toimitus", toimituksia))
            for toimenpide, kentta in _TOIMENPIDE_KENTTA.items():
                toimet.append((p.asiakas_id, vuosi, toimenpide,
                               int(rng.poisson(getattr(p, kentta) * osuus))))
            markkinointi.append((p.asiakas_id, vuosi,
                                 round(p.markkinointi * osuus * rng.uniform(0.85, 1.15), -1)))
            if vuosi >= 2024:
                for _ in range(p.vastaajia):
                    kyselyt.append(_kyselyvastaus(rng, p, vuosi, alku))
    asiakkaat = pd.DataFrame(
        [(p.asiakas_id, p.nimi, p.tyyppi, p.paikkakunta, pd.Timestamp(p.alkaen),
          p.potentiaali, p.referenssi, p.oppiminen) for p in KURSSIN_ASIAKKAAT],
        columns=["asiakas_id", "nimi", "tyyppi", "paikkakunta", "asiakas_alkaen",
                 "tuleva_potentiaali", "referenssiarvo", "oppimisarvo"],
    )
    return _koosta(asiakkaat, myynti, toimet, markkinointi, kyselyt)


def _kyselyvastaus(rng, p: Profiili, vuosi: int, alku: pd.Timestamp) -> tuple:
    (pvm,) = _paivat_vuodessa(rng, vuosi, max(alku, pd.Timestamp(vuosi, 9, 1)), "tuote", 1)
    nps = int(np.clip(round(rng.normal(p.nps, 0.9)), 0, 10))
    # Tyytyväisyys (1-5) ja asioinnin helppous (1-7) seuraavat suositteluhalukkuutta.
    csat = int(np.clip(round(1 + nps * 0.4 + rng.normal(0, 0.5)), 1, 5))
    ces = int(np.clip(round(1 + nps * 0.6 + rng.normal(0, 0.7)), 1, 7))
    tasot = {}
    for taso in ("kohtaaminen", "asiakkuus", "kokonaisuus"):
        keskiarvo = 1 + nps * 0.35 + (0.9 if taso == p.arvopainotus else -0.3)
        tasot[taso] = int(np.clip(round(rng.normal(keskiarvo, 0.5)), 1, 5))
    return (pvm, p.asiakas_id, nps, csat, ces,
            tasot["kohtaaminen"], tasot["asiakkuus"], tasot["kokonaisuus"])


def _koosta(asiakkaat, myynti, toimet, markkinointi, kyselyt) -> Aineisto:
    """Kokoa listat taulukoiksi ja järjestä ne, jotta tulos on aina sama."""
    myynnit = pd.DataFrame(myynti, columns=["pvm", "asiakas_id", "tuote_id", "maara",
                                            "yksikkohinta", "yksikkokustannus"])
    myynnit = myynnit.sort_values(["pvm", "asiakas_id", "tuote_id"], kind="stable",
                                  ignore_index=True)
    toimenpiteet = pd.DataFrame(toimet, columns=["asiakas_id", "vuosi", "toimenpide",
                                                 "lukumaara"])
    markkinointi = pd.DataFrame(markkinointi, columns=["asiakas_id", "vuosi",
                                                       "markkinointikustannus"])
    kyselyt = pd.DataFrame(kyselyt, columns=["pvm", "asiakas_id", "nps", "csat", "ces",
                                             "arvo_kohtaaminen", "arvo_asiakkuus",
                                             "arvo_kokonaisuus"])
    kyselyt = kyselyt.sort_values(["pvm", "asiakas_id"], kind="stable", ignore_index=True)
    kyselyt.insert(0, "vastaus_id", [f"V{i:04d}" for i in range(1, len(kyselyt) + 1)])
    return Aineisto(
        asiakkaat=asiakkaat, myynnit=myynnit, tuotteet=TUOTTEET.copy(),
        toimenpiteet=toimenpiteet, hinnasto=HINNASTO.copy(), markkinointi=markkinointi,
        hankinta=HANKINTAKUSTANNUKSET.copy(), kyselyt=kyselyt,
    )


_TYYPIT = np.array(["hotelli", "kauppa", "ravintola", "matkanjärjestäjä", "kuluttaja", "ryhmä"])


def _satunnainen_aineisto(asiakkaita: int, tapahtumia: int, siemen: int) -> Aineisto:
    """Suuri satunnaisaineisto: sama muoto kuin kurssin aineistolla, ei tarinoita."""
    rng = np.random.default_rng(siemen)
    ids = np.array([f"S{i:06d}" for i in range(1, asiakkaita + 1)], dtype=object)
    tyyppi = rng.choice(_TYYPIT, size=asiakkaita, p=[.08, .15, .1, .07, .5, .1])
    # Kaikki satunnaiset asiakkuudet alkavat ennen aineiston ensimmäistä myyntiä (2023).
    alkaen = pd.Timestamp("2010-01-01") + pd.to_timedelta(
        rng.integers(0, 13 * 365, size=asiakkaita), unit="D")
    asiakkaat = pd.DataFrame({
        "asiakas_id": ids,
        "nimi": [f"Asiakas {i}" for i in range(1, asiakkaita + 1)],
        "tyyppi": tyyppi,
        "paikkakunta": rng.choice(["Rovaniemi", "Kemi", "Inari", "Oulu", "Helsinki"],
                                  size=asiakkaita),
        "asiakas_alkaen": alkaen,
        "tuleva_potentiaali": rng.integers(1, 6, size=asiakkaita),
        "referenssiarvo": rng.integers(1, 6, size=asiakkaita),
        "oppimisarvo": rng.integers(1, 6, size=asiakkaita),
    })
    # Asiakkaiden koot vaihtelevat lognormaalisti: muutama iso, paljon pieniä.
    koko = rng.lognormal(0, 1.2, size=asiakkaita)
    asiakas = rng.choice(asiakkaita, size=tapahtumia, p=koko / koko.sum())
    asiakas[:asiakkaita] = np.arange(asiakkaita)[: min(asiakkaita, tapahtumia)]
    tuote = rng.integers(0, len(TUOTTEET), size=tapahtumia)
    paiva = rng.integers(0, 3 * 365, size=tapahtumia)
    vuosi = 2023 + np.minimum(paiva // 365, 2)
    indeksi = np.select([vuosi == 2023, vuosi == 2024], [1.0, 1.03], 1.06)
    alennus = rng.choice([0.0, 0.1, 0.2, 0.3], size=tapahtumia)
    myynnit = pd.DataFrame({
        "pvm": pd.Timestamp("2023-01-01") + pd.to_timedelta(paiva, unit="D"),
        "asiakas_id": ids[asiakas],
        "tuote_id": TUOTTEET["tuote_id"].to_numpy()[tuote],
        "maara": rng.poisson(4, size=tapahtumia) + 1,
        "yksikkohinta": np.round(TUOTTEET["listahinta"].to_numpy()[tuote] * indeksi
                                 * (1 - alennus), 2),
        "yksikkokustannus": np.round(TUOTTEET["yksikkokustannus"].to_numpy()[tuote]
                                     * indeksi, 2),
    }).sort_values(["pvm", "asiakas_id"], kind="stable", ignore_index=True)
    n_toimet = asiakkaita * len(VUODET) * len(HINNASTO)
    toimenpiteet = pd.DataFrame({
        "asiakas_id": np.repeat(ids, len(VUODET) * len(HINNASTO)),
        "vuosi": np.tile(np.repeat(VUODET, len(HINNASTO)), asiakkaita),
        "toimenpide": np.tile(HINNASTO["toimenpide"].to_numpy(), asiakkaita * len(VUODET)),
        "lukumaara": rng.poisson(1.5, size=n_toimet),
    })
    markkinointi = pd.DataFrame({
        "asiakas_id": np.repeat(ids, len(VUODET)),
        "vuosi": np.tile(VUODET, asiakkaita),
        "markkinointikustannus": np.round(rng.gamma(2, 40, size=asiakkaita * len(VUODET)), -1),
    })
    vastaajat = rng.choice(asiakkaita, size=asiakkaita // 2, replace=False)
    nps = rng.integers(0, 11, size=len(vastaajat))
    kyselyt = [(pd.Timestamp("2025-10-01"), ids[a], int(n), int(np.clip(1 + n // 2.5, 1, 5)),
                int(np.clip(1 + n // 1.7, 1, 7)), *rng.integers(1, 6, size=3).tolist())
               for a, n in zip(vastaajat, nps)]
    return _koosta(asiakkaat, myynnit, toimenpiteet, markkinointi, kyselyt)


@tarkista_argumentit
def luo_aineisto(asiakkaita: int | None = None, tapahtumia: int | None = None,
                 siemen: int = 2026) -> Aineisto:
    """Tee kurssiyrityksen aineisto; samalla siemenluvulla tulos on aina sama.

    Ilman lukumääriä palautetaan kurssin 40 asiakkaan aineisto. Lukumäärillä
    tehdään satunnainen aineisto (esim. suorituskyvyn mittaamiseen).

    >>> aineisto = luo_aineisto()
    >>> len(aineisto.asiakkaat)
    40
    >>> iso = luo_aineisto(asiakkaita=100, tapahtumia=2_000)
    >>> len(iso.asiakkaat), len(iso.myynnit)
    (100, 2000)
    """
    if asiakkaita is None and tapahtumia is None:
        return _kurssin_aineisto(siemen)
    asiakkaita = 1000 if asiakkaita is None else asiakkaita
    tapahtumia = asiakkaita * 100 if tapahtumia is None else tapahtumia
    for nimi, maara in (("Asiakkaiden määrä", asiakkaita), ("Tapahtumien määrä", tapahtumia)):
        luku = tarkista_luku(maara, nimi, alin=1)
        if not luku.is_integer():
            raise virhe("maara_ei_kokonaisluku", nimi=nimi, arvo=maara)
    return _satunnainen_aineisto(int(asiakkaita), int(tapahtumia), siemen)


@tarkista_argumentit
def tallenna_csv(aineisto: Aineisto, kansio: Path | str) -> list[Path]:
    """Kirjoita taulukot CSV-tiedostoiksi kansioon (pilkku erottimena, piste desimaaleissa).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as kansio:
    ...     [p.name for p in tallenna_csv(luo_aineisto(), kansio)][:2]
    ['asiakkaat.csv', 'myynnit.csv']
    """
    kansio = Path(kansio)
    kansio.mkdir(parents=True, exist_ok=True)
    polut = []
    for nimi, taulukko in aineisto.taulukot().items():
        polku = kansio / f"{nimi}.csv"
        taulukko.to_csv(polku, index=False, date_format="%Y-%m-%d", lineterminator="\n")
        polut.append(polku)
    return polut


@tarkista_argumentit
def paivita_paketin_aineisto(kansio: Path | str | None = None) -> list[Path]:
    """Tee kurssin aineisto uudelleen, oletuksena paketin kansioon ``aineisto``.

    Komentoriviltä: ``python -m asiakkuus tee-aineisto``. Tiedostot ovat täsmälleen
    samat, ellei generaattoria muuteta.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as kansio:
    ...     print(len(paivita_paketin_aineisto(kansio)))
    8
    """
    return tallenna_csv(luo_aineisto(), kansio or Path(__file__).parent / "aineisto")
