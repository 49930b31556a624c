"""Omien asiakkaiden pisteytys (kate ja portfolio yhdessä)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .. import kate, portfolio
from ..virheet import tarkista_taulukko
from .sarakkeet import ARVIOT, esimerkkiasiakkaat  # noqa: F401  (esimerkki docstringissä)


def oma_portfolio(asiakkaat: pd.DataFrame, painot: Mapping[str, float] | str | None = None,
                  avainasiakkaita: int = 5) -> pd.DataFrame:
    """Omien asiakkaiden kateketju, kriteeripisteet, painotettu pistemäärä ja avainasiakkaat.

    Kate lasketaan funktiolla ``kate.laske_kateketju``. Myyntivolyymin pisteet tulevat
    tuotoista säännöllä ``portfolio.pisteet_1_5`` ja kannattavuuden pisteet asiakkuuden
    katteesta säännöllä ``portfolio.kannattavuuspisteet`` (viidenneksittäin omien asiakkaiden
    kesken; tappiollinen asiakas saa 1 pisteen). Uskollisuus,
    tuleva potentiaali, referenssiarvo ja oppimisarvo ovat yrittäjän arvioita 1–5.
    Pisteytys on ``portfolio.pisteyta``: tulos on järjestetty sijan mukaan.

    >>> p = oma_portfolio(esimerkkiasiakkaat(), avainasiakkaita=3)
    >>> p[["sija", "nimi", "pisteet", "avainasiakas"]].head(4)
       sija                         nimi  pisteet  avainasiakas
    0     1             Hotelli Kelohovi      4.4          True
    1     2         Safaritalo Revontuli      4.4          True
    2     3  Luontaistuotekauppa Pihlaja      4.0          True
    3     4               Retkeilijät ry      3.3         False
    """
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["asiakas_id", "nimi"], numeeriset=ARVIOT,
                      tunniste="asiakas_id")
    k = kate.laske_kateketju(asiakkaat)
    pisteet = k[["asiakas_id", "nimi"]].copy()
    pisteet["tyyppi"] = k["tyyppi"] if "tyyppi" in k.columns else "muu"
    pisteet["myyntivolyymi"] = portfolio.pisteet_1_5(k["tuotot"]).to_numpy()
    pisteet["kannattavuus"] = portfolio.kannattavuuspisteet(k["asiakkuuden_kate"]).to_numpy()
    for sarake in ARVIOT:
        pisteet[sarake] = k[sarake].to_numpy()
    tulos = portfolio.pisteyta(pisteet, painot, avainasiakkaita)
    katesarakkeet = ["asiakas_id", *kate.KATEKETJU, "myyntikate_pros", "kate_pros"]
    return tulos.merge(k[katesarakkeet], on="asiakas_id", how="left", validate="one_to_one")

