"""Asiakaspohjan sarakkeet, lukemisen rajat ja esimerkkiasiakkaat.

Tämä on Excel-osan pohja: muut tiedostot (pohja, lukeminen, tulkinta, vienti) käyttävät
näitä määrittelyjä. Tiedosto ei tuo openpyxl-kirjastoa. Virheilmoitukset ovat paketin
yhteisessä sanakirjassa ``virheet.VIESTIT`` (avaimet ``excel_…``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pandas as pd

from .. import kate, portfolio
from ..virheet import os_syy  # noqa: F401  (excel-paketin tiedostot tuovat sen täältä)

# Rajat: pienen yrityksen asiakasluettelo mahtuu näihin reilusti, ja jokainen tiedosto
# rajojen sisällä luetaan muutamassa sekunnissa. Paketin oma vienti (vie_exceliin)
# SUURIN_RIVIMAARA asiakkaalla on noin 1 Mt levyllä, 11 Mt purettuna ja 150 000 solua,
# joten se luetaan takaisin.
SUURIN_TIEDOSTO = 5_000_000        # tavua levyllä
SUURIN_PURETTU = 50_000_000        # tavua Excel-työkirjan osia purettuna yhteensä
SUURIN_OSAMAARA = 10_000           # osaa (tiedostoa) Excel-työkirjan zip-paketissa
SUURIN_SOLUMAARA = 200_000         # solua kaikilla välilehdillä (pitää lukemisen nopeana)
SUURIN_RIVIMAARA = 5_000           # asiakasriviä
SUURIN_SARAKEMAARA = 200           # käytössä olevia sarakkeita välilehdellä
OTSIKKOA_ETSITAAN = 100            # monenko ensimmäisen ei-tyhjän rivin joukosta otsikkoa etsitään
PISIN_TEKSTI = 32_767              # merkkiä solussa: Excelin solun raja (tunnus, nimi, laji)
SUURIN_EURO = 1_000_000_000_000    # suurin luettava euromäärä (tuhat miljardia)
# Välilehden käytössä olevia rivejä: asiakasrivit, otsikko ja sen yläpuolella olevat rivit.
_SUURIN_RIVI = SUURIN_RIVIMAARA + OTSIKKOA_ETSITAAN + 100

ASIAKASVALILEHTI = "Asiakkaat"
OHJEVALILEHTI = "Ohjeet"
ARVIOT = portfolio.ARVIOT  # yrittäjän omat arviot 1–5: samat kriteerit kuin pisteytyksessä
EUROT = ["tuotot", *kate.KUSTANNUKSET]

# Excelin lukumuodot kirjoitetaan tiedostoon aina kielestä riippumattomina: piste
# desimaalierottimena ja pilkku tuhaterottimena. Suomenkielinen Excel näyttää ne
# suomalaisittain (1 234 € ja 12,3 %). Kirjaimellinen '# ##0' rikkoisi miljoonat.
EUROMUOTO = '#,##0 "€"'
SENTTIMUOTO = '#,##0.00 "€"'
PROSENTTIMUOTO = '0.0 %'
PISTEMUOTO = '0.00'
PAIVAMUOTO = 'd.m.yyyy'


@dataclass(frozen=True)
class Sarake:
    """Asiakaspohjan sarake: kurssin nimi, otsikko pohjassa ja mitä siihen kirjoitetaan."""

    nimi: str
    otsikko: str
    laji: str            # tunnus, teksti, paiva, euro tai arvio
    pakollinen: bool
    sisalto: str
    esimerkki: str
    aliakset: tuple[str, ...] = ()


SARAKKEET: tuple[Sarake, ...] = (
    Sarake("asiakas_id", "Tunnus", "tunnus", False,
           "Lyhyt tunnus, joka on jokaisella asiakkaalla eri. Jos sarake puuttuu, "
           "tunnuksena käytetään asiakkaan nimeä.", "A01",
           ("asiakastunnus", "asiakasnumero", "asiakasnro", "id", "asiakas id", "nro")),
    Sarake("nimi", "Asiakas", "teksti", True,
           "Asiakkaan nimi.", "Hotelli Kelohovi",
           ("asiakkaan nimi", "nimi", "asiakas nimi", "yritys")),
    Sarake("tyyppi", "Asiakaslaji", "teksti", False,
           "Asiakkaan laji, esimerkiksi hotelli, ravintola, kauppa, ryhmä tai kuluttaja. "
           "Tyhjä = muu.", "hotelli",
           ("tyyppi", "laji", "asiakastyyppi", "asiakasryhma", "ryhma")),
    Sarake("asiakas_alkaen", "Asiakkuus alkoi", "paiva", False,
           "Päivä, jona asiakkuus alkoi (1.3.2019), tai pelkkä vuosi (2019). Saa jäädä "
           "tyhjäksi.", "1.3.2019",
           ("asiakkuus alkanut", "asiakkuuden alku", "asiakkuuden alkupaiva", "asiakas alkaen",
            "asiakkaana alkaen", "asiakkaana vuodesta", "alkanut", "alkupaiva")),
    Sarake("tuotot", "Tuotot (€)", "euro", True,
           "Asiakkuuden tuotot euroina ilman arvonlisäveroa: kaikki, mitä asiakas maksoi "
           "tarkastelujaksolla.", "18 400",
           ("asiakkuuden tuotot", "myynti", "liikevaihto", "tulot")),
    Sarake("suorat_kustannukset", "Suorat kustannukset (€)", "euro", True,
           "Myytyjen tuotteiden ja palvelujen suorat kustannukset: raaka-aineet, "
           "pakkaukset, ostopalvelut.", "9 200",
           ("suorat kulut", "muuttuvat kustannukset")),
    Sarake("myynnin_kustannukset", "Myynnin kustannukset (€)", "euro", True,
           "Myyntikäynnit, tarjoukset ja neuvottelut euroina (esimerkiksi 4 käyntiä × 60 € "
           "= 240 €). Tyhjä = 0 €.", "1 200",
           ("myyntikustannukset", "myynnin kulut", "myyntikulut")),
    Sarake("markkinoinnin_kustannukset", "Markkinoinnin kustannukset (€)", "euro", True,
           "Juuri tähän asiakkaaseen kohdistettu markkinointi: näytteet, esitteet, "
           "mainokset. Tyhjä = 0 €.", "300",
           ("markkinointikustannukset", "markkinoinnin kulut", "markkinointikulut")),
    Sarake("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset (€)", "euro", True,
           "Toimitukset, puhelut, erikoistilaukset ja reklamaatiot euroina. Tyhjä = 0 €.",
           "900",
           ("asiakaspalvelukustannukset", "asiakaspalvelun kulut", "asiakaspalvelukulut")),
    Sarake("uskollisuus", "Lujuus / uskollisuus (1–5)", "arvio", True,
           "Kuinka pitkään ja säännöllisesti asiakas ostaa. "
           "1 = osti kerran tai on uusi, 5 = ostaa joka kausi jo vuosia.", "5",
           ("uskollisuus", "lujuus", "lujuus uskollisuus", "uskollisuus lujuus",
            "asiakasuskollisuus")),
    Sarake("tuleva_potentiaali", "Tuleva potentiaali (1–5)", "arvio", True,
           "Kuinka paljon asiakkuus voi vielä kasvaa. 1 = ei kasvua, 5 = paljon kasvua.", "3",
           ("potentiaali", "kasvupotentiaali")),
    Sarake("referenssiarvo", "Referenssiarvo (1–5)", "arvio", True,
           "Tuoko asiakas mainetta ja suosituksia. 1 = ei lainkaan, 5 = erinomainen "
           "referenssi.", "4",
           ("referenssi", "suositteluarvo")),
    Sarake("oppimisarvo", "Oppimisarvo (1–5)", "arvio", True,
           "Kuinka paljon yrityksesi oppii asiakkaalta. 1 = ei juuri mitään, 5 = paljon.",
           "2",
           ("oppiminen",)),
)
_SARAKE = {s.nimi: s for s in SARAKKEET}

ESIMERKKIASIAKKAAT = [
    # tunnus, nimi, laji, alkanut, tuotot, suorat, myynti, markkinointi, palvelu, arviot 4 kpl
    ("A01", "Hotelli Kelohovi", "hotelli", "2019-03-01",
     18400, 9200, 1200, 300, 900, 5, 3, 4, 2),
    ("A02", "Ravintola Kuukkeli", "ravintola", "2021-06-15",
     7600, 3900, 600, 150, 1400, 4, 2, 3, 3),
    ("A03", "Luontaistuotekauppa Pihlaja", "kauppa", "2018-10-01",
     11200, 6100, 800, 400, 500, 5, 3, 3, 2),
    ("A04", "Erämatkat Ruska", "matkanjärjestäjä", "2024-02-01",
     5200, 2900, 1500, 600, 700, 2, 5, 4, 4),
    ("A05", "Kyläkauppa Raito", "kauppa", "2020-05-20",
     2300, 1400, 500, 100, 450, 3, 2, 2, 1),
    ("A06", "Retkeilijät ry", "ryhmä", "2022-08-10",
     3100, 1200, 200, 50, 300, 4, 3, 5, 5),
    ("A07", "Matkamuistomyymälä Tuisku", "kauppa", "2023-11-01",
     1500, 900, 650, 200, 350, 2, 2, 1, 2),
    ("A08", "Safaritalo Revontuli", "matkanjärjestäjä", "2017-01-15",
     24800, 17300, 1900, 800, 2600, 5, 4, 4, 3),
]


def pohjan_sarakkeet() -> pd.DataFrame:
    """Asiakaspohjan sarakkeet: otsikko, pakollisuus, mitä soluun kirjoitetaan ja esimerkki.

    Sama taulukko on pohjan ohjevälilehdellä.

    >>> sarakkeet = pohjan_sarakkeet()
    >>> sarakkeet.loc[4, ["sarake", "pakollinen", "esimerkki"]].tolist()
    ['Tuotot (€)', 'kyllä', '18 400']
    >>> len(sarakkeet)
    13
    """
    return pd.DataFrame({
        "sarake": [s.otsikko for s in SARAKKEET],
        "pakollinen": ["kyllä" if s.pakollinen else "ei" for s in SARAKKEET],
        "sisalto": [s.sisalto for s in SARAKKEET],
        "esimerkki": [s.esimerkki for s in SARAKKEET],
    })


def esimerkkiasiakkaat() -> pd.DataFrame:
    """Asiakaspohjan keksityt esimerkkiasiakkaat samassa muodossa kuin ``lue_asiakkaat`` antaa.

    >>> e = esimerkkiasiakkaat()
    >>> print(*e.loc[0, ["asiakas_id", "nimi", "tuotot", "uskollisuus"]], sep=" | ")
    A01 | Hotelli Kelohovi | 18400.0 | 5
    >>> len(e)
    8
    """
    taulu = pd.DataFrame(ESIMERKKIASIAKKAAT, columns=[s.nimi for s in SARAKKEET])
    taulu["asiakas_alkaen"] = pd.to_datetime(taulu["asiakas_alkaen"])
    taulu[EUROT] = taulu[EUROT].astype(float)
    taulu[ARVIOT] = taulu[ARVIOT].astype("int64")
    return taulu


def _ilman_sulkeita(teksti: str) -> str:
    """Poista sulkeissa oleva osa: 'Tuotot (€)' → 'Tuotot '. Yksi läpikäynti, ei säännöllistä
    lauseketta, joten pitkäkin sulkeiden jono käsitellään tekstin pituuden ajassa."""
    tulos, auki = [], None
    for merkki in teksti:
        if auki is None and merkki in "([":
            auki, kesken = ")" if merkki == "(" else "]", [merkki]
        elif auki is not None:
            kesken.append(merkki)
            if merkki == auki:
                tulos.append(" ")
                auki = None
        else:
            tulos.append(merkki)
    if auki is not None:   # sulkematon sulku: teksti jää ennalleen
        tulos.extend(kesken)
    return "".join(tulos)


def _normalisoi(teksti) -> str:
    """Otsikko vertailumuotoon: pienet kirjaimet, ei ääkkösiä, yksiköt ja välimerkit pois."""
    teksti = unicodedata.normalize("NFKD", str(teksti))
    teksti = "".join(m for m in teksti if not unicodedata.combining(m)).casefold()
    teksti = _ilman_sulkeita(teksti)
    teksti = "".join(m if m.isascii() and m.isalnum() else " " for m in teksti)
    sanat = [s for s in teksti.split() if s not in {"eur", "euroa", "euro"} and not s.isdigit()]
    return " ".join(sanat)


_ALIAKSET: dict[str, str] = {}
for _s in SARAKKEET:
    for _a in (_s.otsikko, _s.nimi, *_s.aliakset):
        _ALIAKSET.setdefault(_normalisoi(_a), _s.nimi)

