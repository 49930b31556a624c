"""Asiakkuuden kate eli asiakaskohtainen kannattavuus.

Kateketju asiakasta kohden::

      asiakkuuden tuotot
    - suorat kustannukset
    = myyntikate
    - myynnin kustannukset
    - markkinoinnin kustannukset
    - asiakaspalvelun kustannukset
    = asiakkuuden kate

Myynnin ja asiakaspalvelun kustannukset (palvelukustannukset, "cost-to-serve") lasketaan
toimenpiteiden määristä kertaa niiden yksikkökustannukset.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .argumentit import tarkista_argumentit
from .data import lisaa_rivisummat
from .virheet import (rivin_nimi, tarkista_luku, tarkista_paivamaarat,
                      tarkista_taulukko, tuntematon_asiakas, virhe)

KATEKETJU = [
    "tuotot",
    "suorat_kustannukset",
    "myyntikate",
    "myynnin_kustannukset",
    "markkinoinnin_kustannukset",
    "asiakaspalvelun_kustannukset",
    "asiakkuuden_kate",
]
KUSTANNUKSET = ["suorat_kustannukset", "myynnin_kustannukset",
                "markkinoinnin_kustannukset", "asiakaspalvelun_kustannukset"]
PALVELUKUSTANNUKSET = ["myynnin_kustannukset", "markkinoinnin_kustannukset",
                       "asiakaspalvelun_kustannukset"]
_KUSTANNUSLAJIT = {"myynti": "myynnin_kustannukset",
                   "asiakaspalvelu": "asiakaspalvelun_kustannukset"}

TULOSLASKELMAN_RIVIT = {
    "tuotot": "Asiakkuuden tuotot",
    "suorat_kustannukset": "− suorat kustannukset",
    "myyntikate": "= myyntikate",
    "myynnin_kustannukset": "− myynnin kustannukset",
    "markkinoinnin_kustannukset": "− markkinoinnin kustannukset",
    "asiakaspalvelun_kustannukset": "− asiakaspalvelun kustannukset",
    "asiakkuuden_kate": "= asiakkuuden kate",
}


@tarkista_argumentit
def laske_kateketju(taulukko: pd.DataFrame) -> pd.DataFrame:
    """Laske kateketju asiakaskohtaisista tuotoista ja kustannuksista.

    Taulukossa pitää olla sarakkeet tuotot, suorat_kustannukset, myynnin_kustannukset,
    markkinoinnin_kustannukset ja asiakaspalvelun_kustannukset (euroina). Tulokseen
    lisätään myyntikate, asiakkuuden_kate sekä niiden osuudet tuotoista prosentteina
    (myyntikate_pros, kate_pros). Jos tuotot ovat nolla, prosentti jää tyhjäksi (NaN).

    >>> t = pd.DataFrame({"tuotot": [1000.0], "suorat_kustannukset": [400.0],
    ...                   "myynnin_kustannukset": [150.0], "markkinoinnin_kustannukset": [50.0],
    ...                   "asiakaspalvelun_kustannukset": [100.0]})
    >>> laske_kateketju(t)[["myyntikate", "asiakkuuden_kate", "myyntikate_pros", "kate_pros"]]
       myyntikate  asiakkuuden_kate  myyntikate_pros  kate_pros
    0       600.0             300.0             60.0       30.0
    """
    tarkista_taulukko(taulukko, "Katelaskelma", numeeriset=["tuotot", *KUSTANNUKSET])
    tulos = taulukko.copy()
    tulos["myyntikate"] = tulos["tuotot"] - tulos["suorat_kustannukset"]
    tulos["asiakkuuden_kate"] = tulos["myyntikate"] - tulos[PALVELUKUSTANNUKSET].sum(axis=1)
    tuotot = tulos["tuotot"].where(tulos["tuotot"] != 0)
    tulos["myyntikate_pros"] = 100 * tulos["myyntikate"] / tuotot
    tulos["kate_pros"] = 100 * tulos["asiakkuuden_kate"] / tuotot
    muut = [s for s in tulos.columns if s not in KATEKETJU + ["myyntikate_pros", "kate_pros"]]
    return tulos[muut + KATEKETJU + ["myyntikate_pros", "kate_pros"]]


@tarkista_argumentit
def toimenpidekustannukset(toimenpiteet: pd.DataFrame, hinnasto: pd.DataFrame) -> pd.DataFrame:
    """Jokaisen toimenpiderivin kustannus: lukumäärä × toimenpiteen yksikkökustannus.

    >>> toimet = pd.DataFrame({"asiakas_id": ["A", "A"], "toimenpide": ["puhelu", "toimitus"],
    ...                        "lukumaara": [3, 2]})
    >>> hinnat = pd.DataFrame({"toimenpide": ["puhelu", "toimitus"],
    ...                        "kustannuslaji": ["asiakaspalvelu", "asiakaspalvelu"],
    ...                        "yksikkokustannus": [10.0, 15.0]})
    >>> toimenpidekustannukset(toimet, hinnat)[["toimenpide", "kustannus"]]
      toimenpide  kustannus
    0     puhelu       30.0
    1   toimitus       30.0
    """
    tarkista_taulukko(toimenpiteet, "Toimenpiteet", ["asiakas_id", "toimenpide"],
                      numeeriset=["lukumaara"])
    tarkista_taulukko(hinnasto, "Hinnasto", ["toimenpide", "kustannuslaji"],
                      numeeriset=["yksikkokustannus"], tunniste="toimenpide")
    tuntemattomat_lajit = ~hinnasto["kustannuslaji"].isin(list(_KUSTANNUSLAJIT))
    if tuntemattomat_lajit.any():
        rivi = int(np.argmax(tuntemattomat_lajit.to_numpy()))
        raise virhe("tuntematon_arvo", taulukko="Hinnasto", sarake="kustannuslaji",
                    arvo=hinnasto["kustannuslaji"].iloc[rivi], rivi=rivin_nimi(hinnasto, rivi),
                    vaihtoehdot=", ".join(_KUSTANNUSLAJIT))
    # Jokaisen rivin paikka hinnastossa (−1 = toimenpide puuttuu hinnastosta).
    paikka = pd.Index(hinnasto["toimenpide"]).get_indexer(toimenpiteet["toimenpide"])
    if (paikka < 0).any():
        rivi = int(np.argmax(paikka < 0))
        raise virhe("tuntematon_arvo", taulukko="Toimenpiteet", sarake="toimenpide",
                    arvo=toimenpiteet["toimenpide"].iloc[rivi],
                    rivi=rivin_nimi(toimenpiteet, rivi),
                    vaihtoehdot=", ".join(map(str, hinnasto["toimenpide"])) + " (lisää puuttuva "
                    "toimenpide hinnastoon)")
    tulos = toimenpiteet.copy(deep=False)
    tulos["kustannuslaji"] = hinnasto["kustannuslaji"].to_numpy()[paikka]
    tulos["kustannus"] = tulos["lukumaara"].to_numpy() * \
        hinnasto["yksikkokustannus"].to_numpy(dtype=float)[paikka]
    return tulos


@tarkista_argumentit
def toimenpiteiden_kustannukset(toimenpiteet: pd.DataFrame, hinnasto: pd.DataFrame) -> pd.DataFrame:
    """Toimenpiteistä lasketut myynnin ja asiakaspalvelun kustannukset asiakasta kohden.

    Yhdessä asiakkaalle kirjatun markkinoinnin kanssa ne ovat asiakkaan
    palvelukustannukset (``PALVELUKUSTANNUKSET``, cost to serve).

    Toimenpiteen kustannuslaji (hinnaston sarake ``kustannuslaji``) kertoo, kumpaan
    kustannukseen se kuuluu: ``myynti`` tai ``asiakaspalvelu``.

    >>> toimet = pd.DataFrame({"asiakas_id": ["A", "A", "B"],
    ...                        "toimenpide": ["myyntikäynti", "puhelu", "puhelu"],
    ...                        "lukumaara": [2, 5, 1]})
    >>> hinnat = pd.DataFrame({"toimenpide": ["myyntikäynti", "puhelu"],
    ...                        "kustannuslaji": ["myynti", "asiakaspalvelu"],
    ...                        "yksikkokustannus": [150.0, 10.0]})
    >>> toimenpiteiden_kustannukset(toimet, hinnat)
      asiakas_id  myynnin_kustannukset  asiakaspalvelun_kustannukset
    0          A                 300.0                          50.0
    1          B                   0.0                          10.0
    """
    rivit = toimenpidekustannukset(toimenpiteet, hinnasto)
    asiakas, asiakkaat = pd.factorize(rivit["asiakas_id"], sort=True)
    if (asiakas < 0).any():  # tunnus puuttuu
        raise virhe("puuttuva_arvo", taulukko="Toimenpiteet", sarake="asiakas_id",
                    rivi=rivin_nimi(toimenpiteet, int(np.argmax(asiakas < 0))))
    tulos = pd.DataFrame({"asiakas_id": asiakkaat})
    # Summat asiakkaittain kummallekin kustannuslajille (bincount on pivot_tablea nopeampi).
    for laji, sarake in _KUSTANNUSLAJIT.items():
        kustannus = np.where(rivit["kustannuslaji"].to_numpy() == laji,
                             rivit["kustannus"].to_numpy(dtype=float), 0.0)
        tulos[sarake] = np.bincount(asiakas, weights=kustannus, minlength=len(asiakkaat))
    return tulos


def _rajaa_vuosi(taulukko: pd.DataFrame, vuosi: int | None, sarake: str) -> pd.DataFrame:
    if vuosi is None:
        return taulukko
    if sarake == "pvm":
        return taulukko[taulukko["pvm"].dt.year == vuosi]
    return taulukko[taulukko[sarake] == vuosi]


@tarkista_argumentit
def asiakkuuden_kate(myynnit: pd.DataFrame, toimenpiteet: pd.DataFrame,
                     hinnasto: pd.DataFrame, markkinointi: pd.DataFrame,
                     asiakkaat: pd.DataFrame | None = None,
                     vuosi: int | None = None) -> pd.DataFrame:
    """Koko kateketju jokaiselle asiakkaalle kurssin taulukoista.

    Tuotot ja suorat kustannukset tulevat myyntiriveiltä, myynnin ja asiakaspalvelun
    kustannukset toimenpiteistä (``palvelukustannukset``) ja markkinoinnin kustannukset
    markkinointitaulukosta. ``vuosi`` rajaa laskelman yhteen vuoteen. Jos ``asiakkaat``
    annetaan, tulokseen tulevat myös asiakkaan nimi ja tyyppi.

    >>> from asiakkuus.data import lataa_aineisto
    >>> a = lataa_aineisto()
    >>> kate = asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    >>> tarkistus = kate["tuotot"] - kate[KUSTANNUKSET].sum(axis=1) - kate["asiakkuuden_kate"]
    >>> bool(tarkistus.abs().max() < 1e-6)
    True
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id"])
    if not {"tuotot", "suorat_kustannukset"} <= set(myynnit.columns):
        myynnit = lisaa_rivisummat(myynnit)
    tarkista_taulukko(myynnit, "Myynnit", numeeriset=["tuotot", "suorat_kustannukset"])
    tarkista_taulukko(markkinointi, "Markkinointi", ["asiakas_id"],
                      numeeriset=["markkinointikustannus"])
    if vuosi is not None:
        tarkista_paivamaarat(myynnit, "pvm", "Myynnit")
        for nimi, taulukko in (("Toimenpiteet", toimenpiteet), ("Markkinointi", markkinointi)):
            tarkista_taulukko(taulukko, nimi, ["vuosi"])
        myynnit = _rajaa_vuosi(myynnit, vuosi, "pvm")
        toimenpiteet = _rajaa_vuosi(toimenpiteet, vuosi, "vuosi")
        markkinointi = _rajaa_vuosi(markkinointi, vuosi, "vuosi")
        if len(myynnit) == 0:
            raise virhe("kate_vuosi_tyhja", vuosi=vuosi)
    myynti = myynnit.groupby("asiakas_id", sort=False)[["tuotot", "suorat_kustannukset"]].sum()
    palvelu = toimenpiteiden_kustannukset(toimenpiteet, hinnasto).set_index("asiakas_id") \
        if len(toimenpiteet) else pd.DataFrame(columns=list(_KUSTANNUSLAJIT.values()))
    mainonta = markkinointi.groupby("asiakas_id", sort=False)["markkinointikustannus"].sum()
    taulu = pd.concat([myynti, palvelu, mainonta.rename("markkinoinnin_kustannukset")],
                      axis=1).fillna(0.0).astype(float)
    taulu = taulu.sort_index()
    taulu.index.name = "asiakas_id"
    tulos = laske_kateketju(taulu.reset_index())
    if asiakkaat is not None:
        tarkista_taulukko(asiakkaat, "Asiakkaat", ["nimi", "tyyppi"], tunniste="asiakas_id")
        tiedot = asiakkaat.set_index("asiakas_id")[["nimi", "tyyppi"]]
        tulos.insert(1, "nimi", tulos["asiakas_id"].map(tiedot["nimi"]))
        tulos.insert(2, "tyyppi", tulos["asiakas_id"].map(tiedot["tyyppi"]))
    return tulos


def _asiakkaan_rivi(kate: pd.DataFrame, asiakas_id: str) -> pd.Series:
    tarkista_taulukko(kate, "Katetaulukko", ["asiakas_id", *KATEKETJU], tunniste="asiakas_id")
    osumat = kate[kate["asiakas_id"] == asiakas_id]
    if len(osumat) == 0:
        raise tuntematon_asiakas(asiakas_id, kate["asiakas_id"])
    return osumat.iloc[0]


@tarkista_argumentit
def asiakkuuden_tuloslaskelma(kate: pd.DataFrame, asiakas_id: str) -> pd.DataFrame:
    """Yhden asiakkaan tuloslaskelma kateketjun järjestyksessä.

    Kustannukset ovat negatiivisia, välisummat (myyntikate, asiakkuuden kate) positiivisia
    tai negatiivisia sen mukaan, jäikö katetta. Sarake ``laji`` kertoo rivin roolin
    (tuotto, kustannus, välisumma); vesiputouskuvio piirretään tästä taulukosta.

    >>> t = pd.DataFrame({"asiakas_id": ["A"], "tuotot": [1000.0],
    ...                   "suorat_kustannukset": [400.0], "myynnin_kustannukset": [150.0],
    ...                   "markkinoinnin_kustannukset": [50.0],
    ...                   "asiakaspalvelun_kustannukset": [100.0]})
    >>> asiakkuuden_tuloslaskelma(laske_kateketju(t), "A")
                                 rivi   euroa       laji
    0              Asiakkuuden tuotot  1000.0     tuotto
    1           − suorat kustannukset  -400.0  kustannus
    2                    = myyntikate   600.0  välisumma
    3          − myynnin kustannukset  -150.0  kustannus
    4    − markkinoinnin kustannukset   -50.0  kustannus
    5  − asiakaspalvelun kustannukset  -100.0  kustannus
    6              = asiakkuuden kate   300.0  välisumma
    """
    rivi = _asiakkaan_rivi(kate, asiakas_id)
    rivit = []
    for sarake in KATEKETJU:
        if sarake == "tuotot":
            laji, etumerkki = "tuotto", 1
        elif sarake in KUSTANNUKSET:
            laji, etumerkki = "kustannus", -1
        else:
            laji, etumerkki = "välisumma", 1
        rivit.append((TULOSLASKELMAN_RIVIT[sarake], etumerkki * float(rivi[sarake]), laji))
    return pd.DataFrame(rivit, columns=["rivi", "euroa", "laji"])


@tarkista_argumentit
def tuotekannattavuus(myynnit: pd.DataFrame, tuotteet: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tuotekohtainen kannattavuus: yksi tuote, monta ostajaa.

    Vertaa asiakaskohtaiseen kannattavuuteen (yksi asiakas, yksi tai monta tuotetta):
    tuotteen myyntikate ei kerro, paljonko kunkin asiakkaan palveleminen maksaa.

    >>> m = pd.DataFrame({"asiakas_id": ["A", "B", "B"], "tuote_id": ["T1", "T1", "T2"],
    ...                   "maara": [2, 1, 5], "yksikkohinta": [10.0, 10.0, 4.0],
    ...                   "yksikkokustannus": [6.0, 6.0, 1.0]})
    >>> tuotekannattavuus(m)
      tuote_id  maara  tuotot  suorat_kustannukset  myyntikate  myyntikate_pros  asiakkaita
    0       T1      3    30.0                 18.0        12.0             40.0           2
    1       T2      5    20.0                  5.0        15.0             75.0           1
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id", "tuote_id"], numeeriset=["maara"])
    if not {"tuotot", "suorat_kustannukset"} <= set(myynnit.columns):
        myynnit = lisaa_rivisummat(myynnit)
    tarkista_taulukko(myynnit, "Myynnit", numeeriset=["tuotot", "suorat_kustannukset"])
    ryhmat = myynnit.groupby("tuote_id")
    tulos = ryhmat[["maara", "tuotot", "suorat_kustannukset"]].sum()
    tulos["myyntikate"] = tulos["tuotot"] - tulos["suorat_kustannukset"]
    tulos["myyntikate_pros"] = 100 * tulos["myyntikate"] / tulos["tuotot"].where(
        tulos["tuotot"] != 0)
    tulos["asiakkaita"] = ryhmat["asiakas_id"].nunique()
    tulos = tulos.reset_index()
    if tuotteet is not None:
        tarkista_taulukko(tuotteet, "Tuotteet", ["tuote"], tunniste="tuote_id")
        tulos.insert(1, "tuote", tulos["tuote_id"].map(tuotteet.set_index("tuote_id")["tuote"]))
    return tulos


@tarkista_argumentit
def valaskayra(kate: pd.DataFrame, sarake: str = "asiakkuuden_kate") -> pd.DataFrame:
    """Valaskäyrä: asiakkaat katteen mukaan järjestettyinä, suurin ensin, ja kertymä.

    ``kertyma_pros`` on kertynyt kate prosentteina kaikkien asiakkaiden katteesta ja
    ``asiakasosuus_pros`` mukana olevien asiakkaiden osuus kaikista. Käyrä nousee
    kannattavien asiakkaiden kohdalla huippuunsa ja laskee lopussa kannattamattomien
    kohdalla; viimeinen piste on aina koko katteen summa (100 %).

    >>> k = pd.DataFrame({"asiakas_id": ["A", "B", "C", "D"],
    ...                   "asiakkuuden_kate": [-20.0, 100.0, 20.0, 0.0]})
    >>> valaskayra(k)
       sija asiakas_id  asiakkuuden_kate  kertyma  kertyma_pros  asiakasosuus_pros
    0     1          B             100.0    100.0         100.0               25.0
    1     2          C              20.0    120.0         120.0               50.0
    2     3          D               0.0    120.0         120.0               75.0
    3     4          A             -20.0    100.0         100.0              100.0
    """
    tarkista_taulukko(kate, "Katetaulukko", ["asiakas_id"], numeeriset=[sarake],
                      tunniste="asiakas_id")
    nimet = [s for s in ("nimi", "tyyppi") if s in kate.columns]  # mukaan, jos annettu
    jarjestys = kate[["asiakas_id", *nimet, sarake]].sort_values(
        [sarake, "asiakas_id"], ascending=[False, True], kind="stable", ignore_index=True)
    summa = jarjestys[sarake].sum()
    jarjestys.insert(0, "sija", np.arange(1, len(jarjestys) + 1))
    jarjestys["kertyma"] = jarjestys[sarake].cumsum()
    jarjestys["kertyma_pros"] = 100 * jarjestys["kertyma"] / summa if summa else np.nan
    jarjestys["asiakasosuus_pros"] = 100 * jarjestys["sija"] / len(jarjestys)
    return jarjestys


@tarkista_argumentit
def valaskayran_huippu(kayra: pd.DataFrame) -> dict:
    """Valaskäyrän huippu: kuinka suureksi kate kasvaa ennen kannattamattomia asiakkaita.

    >>> k = pd.DataFrame({"asiakas_id": ["A", "B", "C"], "asiakkuuden_kate": [90.0, 30.0, -20.0]})
    >>> h = valaskayran_huippu(valaskayra(k))
    >>> h["huippu"], h["huippu_pros"], h["asiakkaita"], round(h["asiakasosuus_pros"], 1)
    (120.0, 120.0, 2, 66.7)
    """
    tarkista_taulukko(kayra, "Valaskäyrä", ["sija", "kertyma", "kertyma_pros",
                                            "asiakasosuus_pros"])
    kohta = int(kayra["kertyma"].to_numpy().argmax())
    return {
        "huippu": float(kayra["kertyma"].iloc[kohta]),
        "huippu_pros": float(kayra["kertyma_pros"].iloc[kohta]),
        "asiakkaita": int(kayra["sija"].iloc[kohta]),
        "asiakasosuus_pros": float(kayra["asiakasosuus_pros"].iloc[kohta]),
    }


@tarkista_argumentit
def pareto_osuudet(kate: pd.DataFrame, raja: float = 80) -> pd.DataFrame:
    """Kuinka pieni osa asiakkaista tuo ``raja`` % (oletus 80 %) myynnistä ja katteesta.

    Asiakkaat järjestetään suurimmasta pienimpään ja lasketaan, monenko asiakkaan
    yhteissumma ylittää ensimmäisenä rajan; ``osuus_pros`` kertoo, kuinka suuren osan
    summasta nämä asiakkaat tuovat. 80/20-säännön mukaan noin viidennes
    asiakkaista tuo suurimman osan myynnistä.

    >>> k = pd.DataFrame({"asiakas_id": list("ABCDE"),
    ...                   "tuotot": [500.0, 300.0, 100.0, 60.0, 40.0],
    ...                   "asiakkuuden_kate": [200.0, 50.0, 10.0, -5.0, -5.0]})
    >>> pareto_osuudet(k)  # 500 + 300 = 800 / 1 000 ja 200 / 250
                mittari  asiakkaita  asiakasosuus_pros  osuus_pros
    0            tuotot           2               40.0        80.0
    1  asiakkuuden_kate           1               20.0        80.0
    """
    raja = tarkista_luku(raja, "Raja", alin=0, ylin=100, vihje="Anna raja prosentteina.")
    tarkista_taulukko(kate, "Katetaulukko", ["asiakas_id"],
                      numeeriset=["tuotot", "asiakkuuden_kate"], tunniste="asiakas_id")
    rivit = []
    for sarake in ("tuotot", "asiakkuuden_kate"):
        arvot = np.sort(kate[sarake].to_numpy(dtype=float))[::-1]
        summa = arvot.sum()
        if summa <= 0:
            raise virhe("kate_summa_ei_positiivinen", sarake=sarake, summa=summa)
        # Pieni toleranssi, jotta esim. tasan 80,0 % ei jää liukulukuvirheen takia alle.
        ylittaa = np.cumsum(arvot) >= raja / 100 * summa - 1e-9 * abs(summa)
        maara = int(np.argmax(ylittaa)) + 1
        rivit.append((sarake, maara, 100 * maara / len(arvot),
                      100 * float(arvot[:maara].sum()) / summa))
    return pd.DataFrame(rivit, columns=["mittari", "asiakkaita", "asiakasosuus_pros",
                                        "osuus_pros"])


@tarkista_argumentit
def kannattamattomuuden_syyt(kate: pd.DataFrame, perustaso: float | None = None) -> pd.DataFrame:
    """Jaa jokaisen kannattamattoman asiakkaan tappio volyymisyyhyn ja työsyyhyn.

    Menetelmä: *perustaso* on tavallisen asiakkaan palvelukustannus, eli myynnin,
    markkinoinnin ja asiakaspalvelun kustannusten summa; oletuksena kaikkien asiakkaiden
    mediaani. Tappio = palvelukustannukset − myyntikate.

    - **Volyymisyy** = se osa tappiosta, jonka myyntikate jää perustasosta:
      min(tappio, max(0, perustaso − myyntikate)). Asiakas ostaa niin vähän, ettei
      myyntikate riitä edes tavallisen asiakkaan palvelemiseen.
    - **Työsyy** = loput tappiosta, eli perustason ylittävät palvelukustannukset:
      asiakas teettää tavallista enemmän työtä.

    Osat ovat aina vähintään nolla ja niiden summa on tappio. ``paasyy`` on suurempi osa.

    >>> k = pd.DataFrame({"asiakas_id": ["pieni", "työläs", "hyvä"],
    ...                   "myyntikate": [40.0, 500.0, 900.0],
    ...                   "myynnin_kustannukset": [50.0, 300.0, 100.0],
    ...                   "markkinoinnin_kustannukset": [10.0, 100.0, 50.0],
    ...                   "asiakaspalvelun_kustannukset": [40.0, 400.0, 50.0],
    ...                   "asiakkuuden_kate": [-60.0, -300.0, 700.0]})
    >>> kannattamattomuuden_syyt(k, perustaso=200)
      asiakas_id  tappio  volyymisyy  tyosyy         paasyy
    0     työläs   300.0         0.0   300.0   liikaa työtä
    1      pieni    60.0        60.0     0.0  pieni volyymi
    """
    tarkista_taulukko(kate, "Katetaulukko", ["asiakas_id"],
                      numeeriset=["myyntikate", *PALVELUKUSTANNUKSET, "asiakkuuden_kate"],
                      tunniste="asiakas_id")
    palvelu = kate[PALVELUKUSTANNUKSET].sum(axis=1)
    if perustaso is None:
        perustaso = float(palvelu.median())
    perustaso = tarkista_luku(perustaso, "Perustaso", alin=0)
    tappiolliset = kate["asiakkuuden_kate"] < 0
    tappio = (palvelu - kate["myyntikate"])[tappiolliset]
    volyymi = np.minimum(tappio, (perustaso - kate["myyntikate"][tappiolliset]).clip(lower=0))
    tulos = pd.DataFrame({
        "asiakas_id": kate["asiakas_id"][tappiolliset],
        **{s: kate[s][tappiolliset] for s in ("nimi", "tyyppi") if s in kate.columns},
        "tappio": tappio,
        "volyymisyy": volyymi,
        "tyosyy": tappio - volyymi,
    })
    tulos["paasyy"] = np.where(tulos["volyymisyy"] >= tulos["tyosyy"], "pieni volyymi",
                               "liikaa työtä")
    return tulos.sort_values(["tappio", "asiakas_id"], ascending=[False, True],
                             ignore_index=True)
