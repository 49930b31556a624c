"""Asiakasportfolion pisteytys ja avainasiakkaat.

Jokainen asiakas saa kuudesta kriteeristä pisteet 1–5. Painotettu pistemäärä on
pisteiden painotettu keskiarvo (painot yhteensä 100 %), ja suurimmat pistemäärät saaneet
asiakkaat ovat avainasiakkaita. Painoja muuttamalla nähdään eri aikojen avainasiakkaat:
nykyisen volyymin ja kannattavuuden painottaminen näyttää tämän päivän avainasiakkaat,
tulevan potentiaalin painottaminen huomisen.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import kate
from .argumentit import tarkista_argumentit
from .virheet import (tarkista_asteikko, tarkista_luku, tarkista_paivamaarat,
                      tarkista_painot, tarkista_taulukko, virhe)

KRITEERIT = ["myyntivolyymi", "kannattavuus", "uskollisuus",
             "tuleva_potentiaali", "referenssiarvo", "oppimisarvo"]
KRITEERIEN_NIMET = {
    "myyntivolyymi": "Myyntivolyymi",
    "kannattavuus": "Kannattavuus",
    "uskollisuus": "Lujuus / uskollisuus",
    "tuleva_potentiaali": "Tuleva potentiaali",
    "referenssiarvo": "Referenssiarvo",
    "oppimisarvo": "Oppimisarvo",
}
OLETUSPAINOT = {"myyntivolyymi": 30, "kannattavuus": 20, "uskollisuus": 20,
                "tuleva_potentiaali": 10, "referenssiarvo": 10, "oppimisarvo": 10}
SKENAARIOT = {
    "oletus": OLETUSPAINOT,
    # Tämän päivän avainasiakkaat: nykyinen volyymi ja kannattavuus painavat enemmän.
    "tanaan": {"myyntivolyymi": 40, "kannattavuus": 30, "uskollisuus": 15,
               "tuleva_potentiaali": 5, "referenssiarvo": 5, "oppimisarvo": 5},
    # Huomisen avainasiakkaat: tuleva potentiaali painaa eniten.
    "huomenna": {"myyntivolyymi": 10, "kannattavuus": 10, "uskollisuus": 10,
                 "tuleva_potentiaali": 45, "referenssiarvo": 15, "oppimisarvo": 10},
}
SKENAARIOIDEN_NIMET = {
    "oletus": "Oletuspainot (30/20/20/10/10/10)",
    "tanaan": "Tämän päivän avainasiakkaat",
    "huomenna": "Huomisen avainasiakkaat",
}


@tarkista_argumentit
def pisteet_1_5(arvot: pd.Series) -> pd.Series:
    """Muunna mittarin arvot pisteiksi 1–5 sijoituksen mukaan (viidenneksittäin).

    Sääntö: asiakkaan suhteellinen sija on p = (sija − 1) / (n − 1), missä sija 1 on
    pienin arvo ja tasatulokset saavat sijojensa keskiarvon. Pisteet ovat
    1 + ⌊5 · p⌋, enintään 5. Pienin viidennes saa siis 1 pisteen ja suurin
    viidennes 5 pistettä. Puuttuva arvo saa aina 1 pisteen; yksittäinen asiakas saa 3.
    Arvot verrataan sentin tarkkuudella (kaksi desimaalia), joten samat euromäärät
    saavat samat pisteet, vaikka laskun pyöristysvirhe erottaisi ne.

    >>> pisteet_1_5(pd.Series([10, 20, 30, 40, 50, 60])).tolist()
    [1, 2, 3, 4, 5, 5]
    >>> pisteet_1_5(pd.Series([5.0, 5.0, 1.0])).tolist()  # sijat 2,5; 2,5; 1
    [4, 4, 1]
    >>> pisteet_1_5(pd.Series([0.1 + 0.2, 0.3, 0.1])).tolist()  # 0,30 € = 0,30 €
    [4, 4, 1]
    """
    arvot = pd.Series(arvot)
    annetut = arvot.dropna()
    if len(annetut):  # puuttuvat arvot sallitaan, tekstit eivät
        nimi = str(arvot.name) if arvot.name is not None else "arvo"
        tarkista_taulukko(annetut.to_frame(nimi), "Pisteytettävät arvot", numeeriset=[nimi])
    arvot = pd.to_numeric(arvot).round(2)
    if len(arvot) == 1:
        return pd.Series([3], index=arvot.index, dtype="int64")
    sija = arvot.fillna(-np.inf).rank(method="average").to_numpy()
    p = (sija - 1) / max(len(arvot) - 1, 1)
    pisteet = np.minimum(1 + np.floor(5 * p + 1e-9), 5).astype("int64")
    pisteet[arvot.isna().to_numpy()] = 1  # puuttuva arvo: 1 piste, vaikka puuttuvia olisi paljon
    return pd.Series(pisteet, index=arvot.index)


@tarkista_argumentit
def kannattavuuspisteet(kate_euroina: pd.Series) -> pd.Series:
    """Kannattavuuden pisteet 1–5: sija-asteikko ``pisteet_1_5``, mutta tappiollinen asiakas
    saa aina 1 pisteen.

    Pelkkä sija antaisi tappiota tuottavalle asiakkaalle jopa 5 pistettä, jos muut
    tuottavat vielä enemmän tappiota. Kannattavuus on yrityksen olemassaolon ehto, joten
    rahaa vievä asiakas ei ole kannattava missään vertailussa.

    >>> kannattavuuspisteet(pd.Series([-500, -100, -50, -10, -1])).tolist()
    [1, 1, 1, 1, 1]
    >>> kannattavuuspisteet(pd.Series([-100, 200, 300, 400, 500, 600])).tolist()
    [1, 2, 3, 4, 5, 5]
    """
    pisteet = pisteet_1_5(kate_euroina)
    tappiolliset = (pd.to_numeric(pd.Series(kate_euroina)).round(2) < 0).to_numpy()
    return pisteet.mask(tappiolliset, 1)


def _kuukausikoodit(pvm: pd.Series) -> np.ndarray:
    """Kuukausi kokonaislukuna (kuukausia vuodesta 1970), nopeasti myös miljoonalle riville."""
    paivat = pvm.to_numpy().astype("datetime64[D]").astype("int64")
    alku = paivat.min()
    # Muunnos tehdään vain kerran kullekin aineiston päivälle ja haetaan taulukosta.
    taulu = np.arange(alku, paivat.max() + 1).astype("datetime64[D]")
    return taulu.astype("datetime64[M]").astype("int64")[paivat - alku]


@tarkista_argumentit
def pisteytyksen_mittarit(kate: pd.DataFrame, myynnit: pd.DataFrame) -> pd.DataFrame:
    """Kolmen lasketun kriteerin raakamittarit asiakasta kohden.

    - myyntivolyymi: asiakkuuden tuotot euroina
    - kannattavuus: asiakkuuden kate euroina (kuinka paljon katetta asiakas jättää)
    - uskollisuus: niiden vuosineljännesten osuus (%) aineiston koko ajalta, joina
      asiakas osti jotakin; säännöllinen ostaminen pitkään kertoo lujasta asiakkuudesta.

    >>> m = pd.DataFrame({"asiakas_id": ["A", "A", "B"],
    ...                   "pvm": pd.to_datetime(["2025-01-15", "2025-07-01", "2025-02-01"])})
    >>> k = pd.DataFrame({"asiakas_id": ["A", "B"], "tuotot": [500.0, 100.0],
    ...                   "asiakkuuden_kate": [120.0, -5.0]})
    >>> pisteytyksen_mittarit(k, m)
      asiakas_id  myyntivolyymi  kannattavuus  uskollisuus
    0          A          500.0        120.0         66.7
    1          B          100.0         -5.0         33.3
    """
    tarkista_taulukko(kate, "Katetaulukko", ["asiakas_id"],
                      numeeriset=["tuotot", "asiakkuuden_kate"], tunniste="asiakas_id")
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id"])
    tarkista_paivamaarat(myynnit, "pvm", "Myynnit")
    koodit, asiakkaat = pd.factorize(myynnit["asiakas_id"])
    neljannes = _kuukausikoodit(myynnit["pvm"]) // 3
    alku, loppu = neljannes.min(), neljannes.max()
    # Jokainen (asiakas, neljännes) -pari kerran: montako eri neljännestä asiakkaalla on.
    parit = pd.unique(koodit.astype("int64") * (loppu - alku + 1) + (neljannes - alku))
    aktiiviset = np.bincount(parit // (loppu - alku + 1), minlength=len(asiakkaat))
    uskollisuus = pd.Series(100 * aktiiviset / (loppu - alku + 1), index=asiakkaat)
    return pd.DataFrame({
        "asiakas_id": kate["asiakas_id"].to_numpy(),
        "myyntivolyymi": kate["tuotot"].to_numpy(dtype=float),
        "kannattavuus": kate["asiakkuuden_kate"].to_numpy(dtype=float),
        "uskollisuus": kate["asiakas_id"].map(uskollisuus).fillna(0.0).round(1).to_numpy(),
    })


@tarkista_argumentit
def kriteeripisteet(kate: pd.DataFrame, myynnit: pd.DataFrame,
                    asiakkaat: pd.DataFrame) -> pd.DataFrame:
    """Kaikkien kuuden kriteerin pisteet 1–5 asiakasta kohden.

    Myyntivolyymi, kannattavuus ja uskollisuus lasketaan aineistosta
    (``pisteytyksen_mittarit``) ja muunnetaan pisteiksi säännöllä ``pisteet_1_5``.
    Tuleva potentiaali, referenssiarvo ja oppimisarvo ovat yrittäjän omia arvioita
    asiakastaulukosta.

    >>> from asiakkuus.data import lataa_aineisto
    >>> from asiakkuus.kate import asiakkuuden_kate
    >>> a = lataa_aineisto()
    >>> kate = asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    >>> pisteet = kriteeripisteet(kate, a.myynnit, a.asiakkaat)
    >>> list(pisteet.columns)
    ['asiakas_id', 'nimi', 'tyyppi', 'myyntivolyymi', 'kannattavuus', 'uskollisuus', 'tuleva_potentiaali', 'referenssiarvo', 'oppimisarvo']
    """
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["nimi", "tyyppi"], tunniste="asiakas_id")
    for sarake in KRITEERIT[3:]:
        tarkista_taulukko(asiakkaat, "Asiakkaat", [sarake])
        tarkista_asteikko(asiakkaat, sarake, "Asiakkaat", 1, 5)
    mittarit = pisteytyksen_mittarit(kate, myynnit)
    tulos = asiakkaat[["asiakas_id", "nimi", "tyyppi"]].copy()
    # Asiakkaan rivi mittaritaulukossa; asiakas, jolla ei ole ostoja, saa 1 pisteen.
    paikka = pd.Index(mittarit["asiakas_id"]).get_indexer(tulos["asiakas_id"])
    for sarake in KRITEERIT[:3]:
        pisteyta_ = kannattavuuspisteet if sarake == "kannattavuus" else pisteet_1_5
        pisteet = np.append(pisteyta_(mittarit[sarake]).to_numpy(), 1)
        tulos[sarake] = pisteet[paikka].astype("int64")
    for sarake in KRITEERIT[3:]:
        tulos[sarake] = asiakkaat[sarake].astype("int64").to_numpy()
    return tulos.reset_index(drop=True)


@tarkista_argumentit
def hae_painot(painot: Mapping[str, float] | str | None) -> dict[str, float]:
    """Painot sanakirjana: skenaarion nimi ("oletus", "tanaan", "huomenna") tai omat painot.

    >>> hae_painot("tanaan")["myyntivolyymi"]
    40.0
    """
    if painot is None:
        painot = OLETUSPAINOT
    if isinstance(painot, str):
        if painot not in SKENAARIOT:
            raise virhe("tuntematon_skenaario", arvo=painot,
                        vaihtoehdot=", ".join(SKENAARIOT))
        painot = SKENAARIOT[painot]
    return tarkista_painot(painot, KRITEERIT)


@tarkista_argumentit
def painotettu_pistemaara(pisteet: pd.DataFrame, painot: Mapping[str, float]) -> pd.Series:
    """Painotettu keskiarvo Σ paino · pisteet / Σ paino (painojen summa voi olla mikä tahansa).

    >>> p = pd.DataFrame({"myyntivolyymi": [5, 1], "kannattavuus": [1, 5]})
    >>> painotettu_pistemaara(p, {"myyntivolyymi": 3, "kannattavuus": 1}).tolist()
    [4.0, 2.0]
    """
    kriteerit = list(painot)
    tarkista_painot(painot, kriteerit, vaadi_sata=False)
    w = np.array([float(painot[k]) for k in kriteerit])
    tarkista_taulukko(pisteet, "Pisteet", numeeriset=kriteerit)
    arvot = pisteet[kriteerit].to_numpy(dtype=float)
    # Pyöristys poistaa liukulukujen kohinan, jotta tasapisteet pysyvät tasoissa.
    return pd.Series(np.round(arvot @ w / w.sum(), 9), index=pisteet.index)


@tarkista_argumentit
def pisteyta(pisteet: pd.DataFrame, painot: Mapping[str, float] | str | None = None,
             avainasiakkaita: int = 5) -> pd.DataFrame:
    """Pisteytä asiakkaat: painotettu pistemäärä, sija ja avainasiakkaat.

    ``pisteet``-taulukossa on asiakas_id ja kuuden kriteerin pisteet 1–5 (esim.
    ``kriteeripisteet``-funktiosta). ``painot`` ovat prosentteja, yhteensä 100, tai
    skenaarion nimi. ``avainasiakkaita`` suurimman pistemäärän saanutta ovat
    avainasiakkaita. Tasapisteissä järjestys ratkeaa asiakastunnuksen mukaan.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B", "C"],
    ...                   "myyntivolyymi": [5, 2, 1], "kannattavuus": [4, 3, 1],
    ...                   "uskollisuus": [3, 5, 1], "tuleva_potentiaali": [1, 5, 1],
    ...                   "referenssiarvo": [2, 4, 1], "oppimisarvo": [3, 3, 1]})
    >>> pisteyta(p, avainasiakkaita=1)[["asiakas_id", "pisteet", "sija", "avainasiakas"]]
      asiakas_id  pisteet  sija  avainasiakas
    0          A      3.5     1          True
    1          B      3.4     2         False
    2          C      1.0     3         False
    """
    painot = hae_painot(painot)
    tarkista_taulukko(pisteet, "Pisteet", ["asiakas_id"], numeeriset=KRITEERIT,
                      tunniste="asiakas_id")
    for sarake in KRITEERIT:
        tarkista_asteikko(pisteet, sarake, "Pisteet", 1, 5)
    avainasiakkaita = int(tarkista_luku(avainasiakkaita, "Avainasiakkaiden määrä", alin=0))
    tulos = pisteet.copy()
    tulos["pisteet"] = painotettu_pistemaara(tulos, painot)
    tulos = tulos.sort_values(["pisteet", "asiakas_id"], ascending=[False, True],
                              kind="stable", ignore_index=True)
    tulos["sija"] = np.arange(1, len(tulos) + 1)
    tulos["avainasiakas"] = tulos["sija"] <= avainasiakkaita
    return tulos


@tarkista_argumentit
def avainasiakkaat(pisteytys: pd.DataFrame) -> pd.DataFrame:
    """Pisteytyksen avainasiakkaat sijoituksen mukaan.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B"], "sija": [2, 1],
    ...                   "avainasiakas": [False, True]})
    >>> avainasiakkaat(p)["asiakas_id"].tolist()
    ['B']
    """
    tarkista_taulukko(pisteytys, "Pisteytys", ["asiakas_id", "sija", "avainasiakas"])
    tulos = pisteytys[pisteytys["avainasiakas"].astype(bool)]
    return tulos.sort_values("sija").reset_index(drop=True)


@tarkista_argumentit
def sijoitusmuutokset(pisteet: pd.DataFrame, painot_a: Mapping[str, float] | str,
                      painot_b: Mapping[str, float] | str,
                      avainasiakkaita: int = 5) -> pd.DataFrame:
    """Vertaa kahta painotusta: kunkin asiakkaan sija kummallakin ja muutos.

    ``muutos`` = sija_a − sija_b: positiivinen luku tarkoittaa, että asiakas nousee
    painotuksella B. Tulos on järjestetty painotuksen B sijan mukaan.

    >>> p = pd.DataFrame({"asiakas_id": ["iso", "lupaava"],
    ...                   "myyntivolyymi": [5, 1], "kannattavuus": [4, 2],
    ...                   "uskollisuus": [5, 1], "tuleva_potentiaali": [1, 5],
    ...                   "referenssiarvo": [2, 5], "oppimisarvo": [2, 5]})
    >>> sijoitusmuutokset(p, "tanaan", "huomenna", avainasiakkaita=1)
      asiakas_id  sija_a  sija_b  muutos  avainasiakas_a  avainasiakas_b
    0    lupaava       2       1       1           False            True
    1        iso       1       2      -1            True           False
    """
    a = pisteyta(pisteet, painot_a, avainasiakkaita).set_index("asiakas_id")
    b = pisteyta(pisteet, painot_b, avainasiakkaita).set_index("asiakas_id")
    muut = [s for s in pisteet.columns if s not in KRITEERIT and s != "asiakas_id"]
    tulos = b[muut].copy()
    tulos["sija_a"] = a["sija"]
    tulos["sija_b"] = b["sija"]
    tulos["muutos"] = tulos["sija_a"] - tulos["sija_b"]
    tulos["avainasiakas_a"] = a["avainasiakas"]
    tulos["avainasiakas_b"] = b["avainasiakas"]
    return tulos.sort_values("sija_b").reset_index()


@tarkista_argumentit
def tasapainota_painot(painot: Mapping[str, int], kriteeri: str, arvo: int) -> dict[str, int]:
    """Aseta yhden kriteerin paino ja jaa loput 100 prosentista muille suhteessa niiden painoihin.

    Muut painot skaalataan niin, että kaikki ovat kokonaislukuja ja yhteensä 100.
    Pyöristyksestä jäävät yksiköt saavat ne, joiden desimaaliosa oli suurin (tasatilanteessa
    kriteerien järjestyksessä), joten sama liike antaa aina saman tuloksen. Jos muiden painot
    ovat kaikki nolla, loput jaetaan niille tasan.

    >>> list(tasapainota_painot(OLETUSPAINOT, "myyntivolyymi", 40).values())
    [40, 17, 17, 9, 9, 8]
    >>> sum(tasapainota_painot({"a": 100, "b": 0, "c": 0}, "a", 40).values())
    100
    """
    if kriteeri not in painot:
        raise virhe("painot_tuntematon", sarake=kriteeri, kriteerit=", ".join(painot))
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


# ---------------------------------------------------------------------------
# Omat asiakkaat: kate ja pisteytys yhdellä kutsulla
# ---------------------------------------------------------------------------

#: Yrittäjän omat arviot 1–5 (samat kuin asiakaspohjan arviosarakkeet).
ARVIOT = KRITEERIT[2:]


@tarkista_argumentit
def oma_portfolio(asiakkaat: pd.DataFrame, painot: Mapping[str, float] | str | None = None,
                  avainasiakkaita: int = 5) -> pd.DataFrame:
    """Omien asiakkaiden kateketju, kriteeripisteet, painotettu pistemäärä ja avainasiakkaat.

    ``asiakkaat`` on esimerkiksi ``excel.lue_asiakkaat``-funktion tulos: tunnus, nimi,
    tuotot ja kustannukset euroina sekä yrittäjän arviot 1–5 (``ARVIOT``). Kate lasketaan
    funktiolla ``kate.laske_kateketju``. Myyntivolyymin pisteet tulevat tuotoista säännöllä
    ``pisteet_1_5`` ja kannattavuuden pisteet asiakkuuden katteesta säännöllä
    ``kannattavuuspisteet`` (viidenneksittäin omien asiakkaiden kesken; tappiollinen
    asiakas saa 1 pisteen). Pisteytys on ``pisteyta``: tulos on järjestetty sijan mukaan.

    >>> omat = pd.DataFrame({"asiakas_id": ["A", "B", "C"], "nimi": ["Aho", "Berg", "Cafe"],
    ...     "tuotot": [9000.0, 4000.0, 1500.0], "suorat_kustannukset": [4000.0, 2500.0, 900.0],
    ...     "myynnin_kustannukset": [500.0, 200.0, 700.0], "markkinoinnin_kustannukset": 0.0,
    ...     "asiakaspalvelun_kustannukset": [300.0, 100.0, 200.0],
    ...     "uskollisuus": [5, 3, 2], "tuleva_potentiaali": [3, 4, 2],
    ...     "referenssiarvo": [4, 3, 1], "oppimisarvo": [2, 3, 1]})
    >>> oma_portfolio(omat, avainasiakkaita=1)[["sija", "nimi", "asiakkuuden_kate",
    ...                                          "pisteet", "avainasiakas"]]
       sija  nimi  asiakkuuden_kate  pisteet  avainasiakas
    0     1   Aho            4200.0      4.4          True
    1     2  Berg            1200.0      3.1         False
    2     3  Cafe            -300.0      1.3         False
    """
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["asiakas_id", "nimi"], numeeriset=ARVIOT,
                      tunniste="asiakas_id")
    # Rivi-indeksiä ei käytetä; se voi olla myös asiakas_id (set_index(..., drop=False)).
    k = kate.laske_kateketju(asiakkaat.reset_index(drop=True))
    pisteet = k[["asiakas_id", "nimi"]].copy()
    pisteet["tyyppi"] = k["tyyppi"] if "tyyppi" in k.columns else "muu"
    pisteet["myyntivolyymi"] = pisteet_1_5(k["tuotot"]).to_numpy()
    pisteet["kannattavuus"] = kannattavuuspisteet(k["asiakkuuden_kate"]).to_numpy()
    for sarake in ARVIOT:
        pisteet[sarake] = k[sarake].to_numpy()
    tulos = pisteyta(pisteet, painot, avainasiakkaita)
    katesarakkeet = ["asiakas_id", *kate.KATEKETJU, "myyntikate_pros", "kate_pros"]
    return tulos.merge(k[katesarakkeet], on="asiakas_id", how="left", validate="one_to_one")
