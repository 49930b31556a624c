"""Lukujen esittäminen suomalaisittain: 1 234,50 € ja 12,5 %."""

from __future__ import annotations

import math
import numbers
from decimal import ROUND_HALF_UP, Decimal

from .argumentit import tarkista_argumentit
from .virheet import AsiakkuusVirhe

# Ohut sitova välilyönti (U+202F) pitää tuhaterottimen ja luvun samalla rivillä, ja
# sitova välilyönti (U+00A0) luvun ja yksikön (€, %).
TUHATEROTIN = "\u202f"
YKSIKKOVALI = "\u00a0"


@tarkista_argumentit
def pyorista(arvo: float, desimaaleja: int = 0) -> Decimal:
    """Pyöristys niin kuin koulussa: puolikas pyöristetään poispäin nollasta (6,25 → 6,3).

    Pyöristetään luvun desimaaliesityksestä (``repr``), joten 2,675 → 2,68, vaikka
    liukuluku 2.675 on tietokoneen muistissa hieman alle 2,675. Tämä on kurssin ainoa
    pyöristyssääntö: sitä käyttävät luvut, eurot ja prosentit tekstissä ja taulukoissa.

    >>> str(pyorista(6.25, 1)), str(pyorista(2.675, 2)), str(pyorista(-0.5)), str(pyorista(0.5))
    ('6.3', '2.68', '-1', '1')
    """
    if (isinstance(desimaaleja, bool) or not isinstance(desimaaleja, numbers.Integral)
            or not 0 <= desimaaleja <= 10):
        raise AsiakkuusVirhe(f"Desimaalien määrän pitää olla kokonaisluku 0–10, mutta sain "
                             f"{desimaaleja!r}. Anna esimerkiksi 2.")
    return Decimal(repr(float(arvo))).quantize(Decimal(1).scaleb(-desimaaleja), ROUND_HALF_UP)


@tarkista_argumentit
def suomalainen_nakyma() -> None:
    """Näytä taulukoiden desimaaliluvut pilkulla (4,57) ja pitkät tekstit kokonaan.

    Oppitunnit kutsuvat tätä ensimmäisessä solussaan, jotta pandas-taulukot näyttävät
    luvut suomalaisittain ilman, että muistiossa tarvitaan pandasin asetuksia.

    >>> import pandas as pd
    >>> suomalainen_nakyma()
    >>> print(pd.DataFrame({"kerroin": [4.567]}))
       kerroin
    0     4,57
    >>> pd.reset_option("display.float_format"); pd.reset_option("display.max_colwidth")
    """
    import pandas as pd
    pd.set_option("display.float_format", lambda x: luku(x, 2))
    pd.set_option("display.max_colwidth", None)


def luku(arvo: float, desimaaleja: int = 0) -> str:
    """Luku suomalaisittain: välilyönti tuhaterottimena ja pilkku desimaalierottimena.

    Puolikkaat pyöristetään poispäin nollasta (``pyorista``).

    >>> luku(1234567.891, 2).replace(TUHATEROTIN, " ")
    '1 234 567,89'
    >>> luku(-0.4), luku(6.25, 1), luku(12.5)
    ('0', '6,3', '13')
    """
    if arvo is None or arvo is getattr(__import__("pandas"), "NA", None):
        return "–"
    if isinstance(arvo, bool) or not isinstance(arvo, numbers.Real):
        raise AsiakkuusVirhe(f"Muotoiltavan arvon pitää olla luku, mutta sain {arvo!r}.")
    try:
        arvo = float(arvo)
    except OverflowError:  # kokonaisluku, joka ei mahdu liukulukuun
        arvo = math.inf if arvo > 0 else -math.inf
    if math.isnan(arvo):
        return "–"
    if math.isinf(arvo):
        return "∞" if arvo > 0 else "−∞"
    teksti = f"{pyorista(arvo, desimaaleja):,.{desimaaleja}f}"
    if teksti.lstrip("-").strip("0.,") == "":
        teksti = teksti.lstrip("-")  # ei "-0"
    teksti = teksti.replace("-", "−")
    return teksti.replace(",", TUHATEROTIN).replace(".", ",")


def euroa(arvo: float, desimaaleja: int = 0) -> str:
    """Euromäärä suomalaisittain, esimerkiksi 1 234 € tai −56,50 €.

    Puuttuva arvo näytetään viivana ilman euromerkkiä.

    >>> euroa(1234.5).replace(TUHATEROTIN, " ").replace(YKSIKKOVALI, " ")
    '1 235 €'
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
    "asiakas_id": "Tunnus", "tyyppi": "Asiakaslaji", "paikkakunta": "Paikkakunta",
    "asiakas_alkaen": "Asiakkuus alkoi", "tuote_id": "Tuotetunnus", "tuote": "Tuote",
    "tuoteryhma": "Tuoteryhmä", "yksikko": "Yksikkö", "listahinta": "Listahinta",
    "pvm": "Päivä", "maara": "Määrä", "yksikkohinta": "Yksikköhinta",
    "yksikkokustannus": "Yksikkökustannus", "toimenpide": "Toimenpide",
    "kustannuslaji": "Kustannuslaji", "lukumaara": "Lukumäärä", "kustannus": "Kustannus",
    "vuosi": "Vuosi", "euroa": "Euroa", "sarake": "Sarake", "merkitys": "Merkitys", "rivi": "Rivi", "laji": "Laji",
    "markkinointikustannus": "Markkinointikustannus",
    "tuotot": "Tuotot", "suorat_kustannukset": "Suorat kustannukset",
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
    "kertyma_pros": "Kertymä-%", "asiakasosuus_pros": "Osuus asiakkaista",
    "mittari": "Mittari", "asiakkaita": "Asiakkaita",
    "sija_a": "Sija (A)", "sija_b": "Sija (B)", "muutos": "Muutos",
    "avainasiakas_a": "Avainasiakas (A)", "avainasiakas_b": "Avainasiakas (B)",
    "ostaneita": "Ostaneita", "jatkaneita": "Jatkaneita", "palanneita": "Palanneita",
    "uusia": "Uusia", "pysyvyys_pros": "Pysyvyys-%", "poistuma_pros": "Poistuma-%",
    "mukana_todennakoisyys": "Mukana (todennäköisyys)",
    "diskontattu_kate": "Diskontattu kate", "arvosana": "Arvosana",
    "vastauksia": "Vastauksia", "ryhma": "Ryhmä", "kohtaaminen": "Kohtaamisen taso",
    "asiakkuus": "Asiakkuuden taso", "kokonaisuus": "Kokonaisuuden taso",
    "vahvin_taso": "Vahvin taso", "heikoin_taso": "Heikoin taso",
}
EUROSARAKKEET = {"tuotot", "suorat_kustannukset", "myyntikate", "myynnin_kustannukset",
                 "markkinoinnin_kustannukset", "asiakaspalvelun_kustannukset",
                 "asiakkuuden_kate", "tappio", "volyymisyy", "tyosyy", "kertyma", "euroa",
                 "kustannus", "markkinointikustannus", "yksikkohinta", "yksikkokustannus",
                 "listahinta", "diskontattu_kate"}


def _otsikko(sarake, asiakastaulukko: bool) -> str:
    if sarake == "nimi":
        return "Asiakas" if asiakastaulukko else "Nimi"
    teksti = SARAKKEIDEN_NIMET.get(sarake, str(sarake).replace("_", " "))
    return teksti[:1].upper() + teksti[1:]  # ei capitalize(): se pienentäisi loput kirjaimet


@tarkista_argumentit
def otsikko(sarake: str) -> str:
    """Aineiston sarakkeen luettava nimi, sama kuin taulukoiden otsikoissa.

    >>> otsikko("asiakas_id"), otsikko("tyyppi"), otsikko("tuleva_potentiaali")
    ('Tunnus', 'Asiakaslaji', 'Tuleva potentiaali')
    """
    return _otsikko(sarake, asiakastaulukko=True)


@tarkista_argumentit
def muotoile(taulukko: pd.DataFrame, eurot=None, prosentit=None, desimaalit: int = 0,
             otsikot: bool = True, numeroi: bool = True):
    """Taulukko näytettäväksi: eurot, prosentit, desimaalit ja päivät suomalaisittain.

    Palauttaa uuden taulukon, jonka arvot ovat tekstiä; laskentaan käytetään aina
    alkuperäistä taulukkoa. Oletuksena eurosarakkeet tunnistetaan nimestä
    (``EUROSARAKKEET``) ja prosenttisarakkeet päätteestä ``_pros``; muut desimaaliluvut
    saavat pilkun. ``otsikot`` vaihtaa sarakkeiden nimet luettaviksi ja ``numeroi``
    numeroi rivit ykkösestä alkaen.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"asiakas_id": ["A01"], "nimi": ["Hotelli A"],
    ...                   "asiakkuuden_kate": [12345.6], "kate_pros": [12.34],
    ...                   "pisteet": [4.25], "avainasiakas": [True],
    ...                   "asiakas_alkaen": pd.to_datetime(["2016-09-01"])})
    >>> rivi = muotoile(t).iloc[0].str.replace(TUHATEROTIN, " ").str.replace(YKSIKKOVALI, " ")
    >>> rivi.tolist()
    ['A01', 'Hotelli A', '12 346 €', '12,3 %', '4,25', 'kyllä', '1.9.2016']
    >>> list(muotoile(t).columns)[:3], muotoile(t).index.tolist()
    (['Tunnus', 'Asiakas', 'Asiakkuuden kate'], [1])
    >>> muotoile(t.set_index("nimi")).index.tolist()  # nimetty rivi-indeksi säilyy
    ['Hotelli A']
    >>> muotoile(pd.DataFrame({"uusia": pd.array([None, 4], dtype="Int64")}))["Uusia"].tolist()
    ['–', '4']
    >>> muotoile(pd.DataFrame({"muutos": [21, -17, 0]}))["Muutos"].tolist()  # etumerkki näkyy
    ['+21', '−17', '0']
    """
    import pandas as pd

    tulos = taulukko.copy()
    eurot = [s for s in tulos.columns if s in EUROSARAKKEET] if eurot is None else eurot
    prosentit = [s for s in tulos.columns if str(s).endswith("_pros")] \
        if prosentit is None else prosentit
    for sarake in tulos.columns:
        arvot = tulos[sarake]
        if sarake in eurot:
            tulos[sarake] = [euroa(a, desimaalit) for a in arvot]
        elif sarake in prosentit:
            tulos[sarake] = [prosenttia(a) for a in arvot]
        elif sarake == "muutos" and pd.api.types.is_numeric_dtype(arvot):
            # Muutos etumerkkeineen: +21 ja −17 (oikea miinusmerkki), 0 ilman merkkiä.
            tulos[sarake] = [("+" if a > 0 else "") + luku(a) if pd.notna(a) else "–"
                             for a in arvot]
        elif pd.api.types.is_bool_dtype(arvot):
            tulos[sarake] = arvot.map({True: "kyllä", False: "ei"})
        elif pd.api.types.is_datetime64_any_dtype(arvot):
            tulos[sarake] = [f"{p.day}.{p.month}.{p.year}" if pd.notna(p) else "–"
                             for p in arvot]
        elif pd.api.types.is_float_dtype(arvot):
            kokonaisia = bool(((arvot.dropna() % 1) == 0).all())
            tulos[sarake] = [luku(a, 0 if kokonaisia else 2) for a in arvot]
        elif pd.api.types.is_integer_dtype(arvot) and arvot.isna().any():
            tulos[sarake] = [str(a) if pd.notna(a) else "–" for a in arvot]  # ei "<NA>"
    # Nimetty tai tekstinen rivi-indeksi (esim. asiakas tai taso) on tietoa: se säilyy.
    nimetty = taulukko.index.name is not None or not pd.api.types.is_integer_dtype(
        taulukko.index)
    if otsikot:
        # Arvon tasojen ja palvelutasojen taulukoissa nimi on tason nimi, muualla asiakkaan.
        asiakastaulukko = not {"taso", "palvelutaso", "alaraja"} & set(tulos.columns)
        tulos.columns = [_otsikko(s, asiakastaulukko) for s in tulos.columns]
    if nimetty and otsikot and taulukko.index.name is not None:
        tulos.index.name = _otsikko(taulukko.index.name, True)
    if numeroi and not nimetty:
        tulos.index = range(1, len(tulos) + 1)
    return tulos


@tarkista_argumentit
def clv_vuosittain_taulukko(taulu):
    """Funktion ``mittarit.clv_vuosittain`` taulukko näytettäväksi: vuosi, todennäköisyys,
    että asiakas on vielä mukana, vuoden diskontattu kate ja kertymä.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"vuosi": [1], "mukana_todennakoisyys": [0.8],
    ...                   "diskontattu_kate": [727.27], "kertyma": [727.27]})
    >>> clv_vuosittain_taulukko(t).iloc[0].str.replace(YKSIKKOVALI, " ").tolist()
    ['80,0 %', '727 €', '727 €']
    """
    taulu = taulu.assign(mukana_pros=100 * taulu["mukana_todennakoisyys"])
    taulu = muotoile(taulu[["vuosi", "mukana_pros", "diskontattu_kate", "kertyma"]])
    return taulu.set_index("Vuosi").rename(columns={"Mukana pros": "Asiakas vielä mukana"})
