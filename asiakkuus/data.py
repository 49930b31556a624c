"""Kurssiyrityksen aineiston lataaminen siisteiksi taulukoiksi.

Aineisto on paketin mukana CSV-tiedostoina (kansio ``asiakkuus/aineisto``). Se on tehty
funktiolla ``asiakkuus.generointi.luo_aineisto()``, joten sen voi tehdä uudelleen
täsmälleen samanlaisena.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .argumentit import tarkista_argumentit
from .generointi import TAULUKOT, Aineisto
from .virheet import tarkista_taulukko, virhe

DATA_KANSIO = Path(__file__).parent / "aineisto"

# Sarakkeiden tietotyypit: päivämäärät päivämääriksi, tunnukset tekstiksi.
_PAIVAMAARAT = {
    "asiakkaat": ["asiakas_alkaen"],
    "myynnit": ["pvm"],
    "kyselyt": ["pvm"],
}
_TEKSTIT = ["asiakas_id", "tuote_id", "vastaus_id", "nimi", "tyyppi", "paikkakunta",
            "tuote", "tuoteryhma", "yksikko", "toimenpide", "kustannuslaji"]


@tarkista_argumentit
def lisaa_rivisummat(myynnit: pd.DataFrame) -> pd.DataFrame:
    """Lisää myyntiriveille tuotot (määrä × hinta) ja suorat kustannukset (määrä × kustannus).

    Palauttaa uuden taulukon; alkuperäinen jää ennalleen.

    >>> rivi = pd.DataFrame({"maara": [3], "yksikkohinta": [10.0], "yksikkokustannus": [4.0]})
    >>> lisaa_rivisummat(rivi)[["tuotot", "suorat_kustannukset"]]
       tuotot  suorat_kustannukset
    0    30.0                 12.0
    """
    tarkista_taulukko(myynnit, "Myynnit", numeeriset=["maara", "yksikkohinta",
                                                       "yksikkokustannus"])
    tulos = myynnit.copy(deep=False)  # uudet sarakkeet eivät muuta alkuperäistä taulukkoa
    tulos["tuotot"] = (tulos["maara"] * tulos["yksikkohinta"]).astype(float).round(2)
    tulos["suorat_kustannukset"] = (
        tulos["maara"] * tulos["yksikkokustannus"]).astype(float).round(2)
    return tulos


@tarkista_argumentit
def lataa_taulukko(nimi: str, kansio: Path | str | None = None) -> pd.DataFrame:
    """Lataa yksi taulukko CSV-tiedostosta oikeilla tietotyypeillä.

    >>> asiakkaat = lataa_taulukko("asiakkaat")
    >>> asiakkaat.loc[0, ["asiakas_id", "nimi", "tyyppi"]].tolist()
    ['A01', 'Hotelli Tunturihovi', 'hotelli']
    >>> asiakkaat["asiakas_alkaen"].dtype.kind  # 'M' = päivämäärä
    'M'
    """
    if nimi not in TAULUKOT:
        raise virhe("tuntematon_taulukko", nimi=nimi, vaihtoehdot=", ".join(TAULUKOT))
    polku = Path(kansio or DATA_KANSIO) / f"{nimi}.csv"
    if not polku.exists():
        raise virhe("aineisto_ei_loydy", polku=polku)
    tekstit = {s: "str" for s in _TEKSTIT}
    taulukko = pd.read_csv(polku, dtype=tekstit, parse_dates=_PAIVAMAARAT.get(nimi, []),
                           encoding="utf-8")
    if nimi == "myynnit":
        taulukko = lisaa_rivisummat(taulukko)
    return taulukko


@tarkista_argumentit
def lataa_aineisto(kansio: Path | str | None = None) -> Aineisto:
    """Lataa kurssiyrityksen kaikki taulukot; taulukot ovat tuloksen kenttiä.

    >>> aineisto = lataa_aineisto()
    >>> len(aineisto.asiakkaat), int(aineisto.myynnit["pvm"].dt.year.min())
    (40, 2023)
    """
    return Aineisto(**{nimi: lataa_taulukko(nimi, kansio) for nimi in TAULUKOT})


@tarkista_argumentit
def sarakekuvaukset(taulukko: str | None = None) -> pd.DataFrame:
    """Aineiston sarakekuvaukset: taulukko, sarake, merkitys ja yksikkö.

    >>> kuvaukset = sarakekuvaukset("hinnasto")
    >>> kuvaukset["sarake"].tolist()
    ['toimenpide', 'kustannuslaji', 'yksikkokustannus']
    """
    kuvaukset = pd.read_csv(DATA_KANSIO / "sarakkeet.csv", dtype="str",
                            keep_default_na=False, encoding="utf-8")
    if taulukko is not None and taulukko not in TAULUKOT:
        raise virhe("tuntematon_taulukko", nimi=taulukko, vaihtoehdot=", ".join(TAULUKOT))
    if taulukko is not None:
        kuvaukset = kuvaukset[kuvaukset["taulukko"] == taulukko].reset_index(drop=True)
    return kuvaukset


@tarkista_argumentit
def myynti_lajeittain(myynnit: pd.DataFrame, asiakkaat: pd.DataFrame) -> pd.DataFrame:
    """Asiakaslajeittain asiakkaiden määrä, tuotot ja osuus tuotoista (%), suurin ensin.

    >>> m = pd.DataFrame({"asiakas_id": ["A", "A", "B"], "tuotot": [300.0, 100.0, 100.0]})
    >>> s = pd.DataFrame({"asiakas_id": ["A", "B"], "tyyppi": ["hotelli", "kuluttaja"]})
    >>> myynti_lajeittain(m, s)[["tyyppi", "asiakkaita", "osuus"]].values.tolist()
    [['hotelli', 1, 80.0], ['kuluttaja', 1, 20.0]]
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id", "tuotot"], numeeriset=["tuotot"])
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["asiakas_id", "tyyppi"])
    ostot = myynnit.merge(asiakkaat[["asiakas_id", "tyyppi"]], on="asiakas_id")
    lajit = (ostot.groupby("tyyppi")
             .agg(asiakkaita=("asiakas_id", "nunique"), tuotot=("tuotot", "sum"))
             .sort_values("tuotot", ascending=False).reset_index())
    lajit["osuus"] = 100 * lajit["tuotot"] / lajit["tuotot"].sum()
    return lajit
