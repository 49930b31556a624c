"""Lukujen esittäminen suomalaisittain: 1 234,50 € ja 12,5 %."""

from __future__ import annotations

import math
import numbers

from .virheet import AsiakkuusVirhe

# Ohut sitova välilyönti (U+202F) pitää tuhaterottimen ja luvun samalla rivillä, ja
# sitova välilyönti (U+00A0) luvun ja yksikön (€, %).
TUHATEROTIN = "\u202f"
YKSIKKOVALI = "\u00a0"


def luku(arvo: float, desimaaleja: int = 0) -> str:
    """Luku suomalaisittain: välilyönti tuhaterottimena ja pilkku desimaalierottimena.

    >>> luku(1234567.891, 2).replace(TUHATEROTIN, " ")
    '1 234 567,89'
    >>> luku(-0.4)
    '0'
    """
    if arvo is None or arvo is getattr(__import__("pandas"), "NA", None):
        return "–"
    if isinstance(arvo, bool) or not isinstance(arvo, numbers.Real):
        raise AsiakkuusVirhe(f"Muotoiltavan arvon pitää olla luku, mutta sain {arvo!r}.")
    if math.isnan(arvo):
        return "–"
    teksti = f"{arvo:,.{desimaaleja}f}"
    if teksti.lstrip("-").strip("0.,") == "":
        teksti = teksti.lstrip("-")  # ei "-0"
    teksti = teksti.replace("-", "−")
    return teksti.replace(",", TUHATEROTIN).replace(".", ",")


def euroa(arvo: float, desimaaleja: int = 0) -> str:
    """Euromäärä suomalaisittain, esimerkiksi 1 234 € tai −56,50 €.

    Puuttuva arvo näytetään viivana ilman euromerkkiä.

    >>> euroa(1234.5).replace(TUHATEROTIN, " ").replace(YKSIKKOVALI, " ")
    '1 234 €'
    >>> euroa(-56.5, 2).replace(YKSIKKOVALI, " ")
    '−56,50 €'
    """
    teksti = luku(arvo, desimaaleja)
    return teksti if teksti == "–" else f"{teksti}{YKSIKKOVALI}€"


def prosenttia(arvo: float, desimaaleja: int = 1) -> str:
    """Prosenttiluku suomalaisittain välilyönnin kera, esimerkiksi 12,5 %.

    >>> prosenttia(12.345).replace(YKSIKKOVALI, " ")
    '12,3 %'
    """
    teksti = luku(arvo, desimaaleja)
    return teksti if teksti == "–" else f"{teksti}{YKSIKKOVALI}%"


SARAKKEIDEN_NIMET = {
    "asiakas_id": "Tunnus", "nimi": "Asiakas", "tyyppi": "Laji", "tuote_id": "Tuote",
    "tuote": "Tuote", "tuotot": "Tuotot", "suorat_kustannukset": "Suorat kustannukset",
    "myyntikate": "Myyntikate", "myynnin_kustannukset": "Myynnin kustannukset",
    "markkinoinnin_kustannukset": "Markkinoinnin kustannukset",
    "asiakaspalvelun_kustannukset": "Asiakaspalvelun kustannukset",
    "asiakkuuden_kate": "Asiakkuuden kate", "myyntikate_pros": "Myyntikate-%",
    "kate_pros": "Kate-%", "pisteet": "Pisteet", "sija": "Sija", "avainasiakas": "Avainasiakas",
    "myyntivolyymi": "Myyntivolyymi", "kannattavuus": "Kannattavuus",
    "uskollisuus": "Lujuus / uskollisuus", "tuleva_potentiaali": "Tuleva potentiaali",
    "referenssiarvo": "Referenssiarvo", "oppimisarvo": "Oppimisarvo",
    "palvelutaso": "Palvelutaso", "tappio": "Tappio", "volyymisyy": "Volyymisyy",
    "tyosyy": "Työsyy", "paasyy": "Pääsyy", "kertyma": "Kertymä",
    "kertyma_pros": "Kertymä-%", "asiakasosuus_pros": "Osuus asiakkaista-%",
    "sija_a": "Sija A", "sija_b": "Sija B", "muutos": "Muutos",
    "avainasiakas_a": "Avainasiakas A", "avainasiakas_b": "Avainasiakas B",
}
EUROSARAKKEET = {"tuotot", "suorat_kustannukset", "myyntikate", "myynnin_kustannukset",
                 "markkinoinnin_kustannukset", "asiakaspalvelun_kustannukset",
                 "asiakkuuden_kate", "tappio", "volyymisyy", "tyosyy", "kertyma", "euroa",
                 "kustannus", "markkinointikustannus", "yksikkohinta", "yksikkokustannus",
                 "listahinta", "diskontattu_kate"}


def muotoile(taulukko, eurot=None, prosentit=None, desimaalit: int = 0,
             otsikot: bool = True):
    """Taulukko näytettäväksi: eurot ja prosentit suomalaisittain, selkeät otsikot.

    Palauttaa uuden taulukon, jonka arvot ovat tekstiä; laskentaan käytetään aina
    alkuperäistä taulukkoa. Oletuksena eurosarakkeet tunnistetaan nimestä
    (``EUROSARAKKEET``) ja prosenttisarakkeet päätteestä ``_pros``.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"nimi": ["Hotelli A"], "asiakkuuden_kate": [12345.6],
    ...                   "kate_pros": [12.34], "avainasiakas": [True]})
    >>> muotoile(t).iloc[0].str.replace(TUHATEROTIN, " ").str.replace(YKSIKKOVALI, " ").tolist()
    ['Hotelli A', '12 346 €', '12,3 %', 'kyllä']
    >>> list(muotoile(t).columns)
    ['Asiakas', 'Asiakkuuden kate', 'Kate-%', 'Avainasiakas']
    """
    tulos = taulukko.copy()
    eurot = [s for s in tulos.columns if s in EUROSARAKKEET] if eurot is None else eurot
    prosentit = [s for s in tulos.columns if str(s).endswith("_pros")] \
        if prosentit is None else prosentit
    for sarake in tulos.columns:
        if sarake in eurot:
            tulos[sarake] = [euroa(a, desimaalit) for a in tulos[sarake]]
        elif sarake in prosentit:
            tulos[sarake] = [prosenttia(a) for a in tulos[sarake]]
        elif tulos[sarake].dtype == bool:
            tulos[sarake] = tulos[sarake].map({True: "kyllä", False: "ei"})
    if otsikot:
        tulos = tulos.rename(columns=lambda s: SARAKKEIDEN_NIMET.get(
            s, str(s).replace("_", " ").capitalize()))
    return tulos
