"""Lukujen esittäminen suomalaisittain: 1 234,50 € ja 12,5 %."""

from __future__ import annotations

import math
import numbers
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .argumentit import tarkista_argumentit
from .virheet import tarkista_taulukko, virhe

# Ohut sitova välilyönti (U+202F) pitää tuhaterottimen ja luvun samalla rivillä, ja
# sitova välilyönti (U+00A0) luvun ja yksikön (€, %).
TUHATEROTIN = "\u202f"
YKSIKKOVALI = "\u00a0"


def pyorista(arvo: float, desimaaleja: int = 0) -> Decimal:
    """Pyöristys niin kuin koulussa: puolikas pyöristetään poispäin nollasta (6,25 → 6,3).

    Pyöristetään luvun desimaaliesityksestä (``repr``), joten 2,675 → 2,68, vaikka
    liukuluku 2.675 on tietokoneen muistissa hieman alle 2,675. Tämä on kurssin ainoa
    pyöristyssääntö: sitä käyttävät luvut, eurot ja prosentit tekstissä ja taulukoissa.

    >>> str(pyorista(6.25, 1)), str(pyorista(2.675, 2)), str(pyorista(-0.5)), str(pyorista(0.5))
    ('6.3', '2.68', '-1', '1')
    >>> str(pyorista(12_345_678_901_234.5))  # näytettäville luvuille ei ole ylärajaa
    '12345678901235'
    """
    # Ei @tarkista_argumentit: näytettävä luku saa olla suurempi kuin laskujen 10¹².
    if isinstance(arvo, numbers.Integral) and not isinstance(arvo, bool):
        arvo = Decimal(int(arvo))  # tarkka myös, kun luku ei mahdu liukulukuun
    elif not isinstance(arvo, numbers.Real) or isinstance(arvo, bool) or not math.isfinite(arvo):
        raise virhe("pyoristys_ei_luku", arvo=arvo)
    if (isinstance(desimaaleja, bool) or not isinstance(desimaaleja, numbers.Integral)
            or not 0 <= desimaaleja <= 10):
        raise virhe("pyoristys_desimaalit", arvo=desimaaleja)
    luku = arvo if isinstance(arvo, Decimal) else Decimal(repr(float(arvo)))
    with localcontext() as tarkkuus:  # riittävästi numeroita myös hyvin suurelle luvulle
        tarkkuus.prec = max(28, luku.adjusted() + desimaaleja + 2)
        return luku.quantize(Decimal(1).scaleb(-desimaaleja), ROUND_HALF_UP)


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
        raise virhe("muotoilu_ei_luku", arvo=arvo)
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


def osuus(arvo: float, desimaaleja: int = 1) -> str:
    """Osuus (0–1) prosentteina suomalaisittain: 0.853 → 85,3 %.

    Laskufunktiot palauttavat osuuksia (esimerkiksi ``mittarit.pysyvyysaste``); tämä näyttää
    ne prosentteina. Prosenttiluvulle (0–100) käytä ``prosenttia``.

    >>> osuus(0.853).replace(YKSIKKOVALI, " "), osuus(1 / 3, 0).replace(YKSIKKOVALI, " ")
    ('85,3 %', '33 %')
    """
    if isinstance(arvo, numbers.Real) and not isinstance(arvo, bool):
        arvo = 100 * arvo
    return prosenttia(arvo, desimaaleja)


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
def muotoile(taulukko: pd.DataFrame, eurot: list[str] | None = None,
             prosentit: list[str] | None = None, desimaalit: int = 0,
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
def clv_vuosittain_taulukko(taulu: pd.DataFrame):
    """Funktion ``mittarit.clv_vuosittain`` taulukko näytettäväksi: vuosi, todennäköisyys,
    että asiakas on vielä mukana, vuoden diskontattu kate ja kertymä.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"vuosi": [1], "mukana_todennakoisyys": [0.8],
    ...                   "diskontattu_kate": [727.27], "kertyma": [727.27]})
    >>> clv_vuosittain_taulukko(t).iloc[0].str.replace(YKSIKKOVALI, " ").tolist()
    ['80,0 %', '727 €', '727 €']
    """
    tarkista_taulukko(taulu, "Elinkaariarvo vuosittain", ["vuosi"],
                      numeeriset=["mukana_todennakoisyys", "diskontattu_kate", "kertyma"])
    taulu = taulu.assign(mukana_pros=100 * taulu["mukana_todennakoisyys"])
    taulu = muotoile(taulu[["vuosi", "mukana_pros", "diskontattu_kate", "kertyma"]])
    return taulu.set_index("Vuosi").rename(columns={"Mukana pros": "Asiakas vielä mukana"})


# ---------------------------------------------------------------------------
# Lukujen lukeminen tekstistä: kurssin ainoa lukujen jäsennin
# ---------------------------------------------------------------------------

#: Pisin teksti, jota yritetään lukea lukuna; pidempi teksti ei ole luku.
PISIN_LUKUTEKSTI = 100
#: Merkitseviä numeroita enintään tiukassa tilassa: Excel säilyttää luvusta 15 numeroa.
TARKKUUS_NUMEROINA = 15

_MIINUKSET = "-\u2212\u2013"      # yhdysmerkki, miinusmerkki (U+2212), ajatusviiva (U+2013)
_VALIT = " \u00a0\u202f\u2009\u2007'\u2019"   # välilyönnit ja heittomerkki tuhaterottimina
_YKSIKOT = {
    "€": "€", "e": "€", "eur": "€", "euro": "€", "euroa": "€",
    "%": "%", "prosenttia": "%",
    "kpl": "kpl", "kk": "kk", "kuukautta": "kk", "p": "p", "pistettä": "p", "pistetta": "p",
    "kertaa": "kertaa", "v": "v", "vuotta": "v",
}


def _ryhmat_kelpaavat(ryhmat: list[str]) -> bool:
    """Tuhaterottimin erotetut numeroryhmät: ensimmäinen 1–3 numeroa, muut tasan kolme."""
    return (1 <= len(ryhmat[0]) <= 3 and all(len(r) == 3 for r in ryhmat[1:])
            and all(r.isdigit() and r.isascii() for r in ryhmat))


def _numeroiksi(teksti: str, tiukka: bool,
                tuhaterotin: str | None = None) -> tuple[str, str] | None:
    """Luvun numero-osa (ilman etumerkkiä ja yksikköä) kokonais- ja desimaaliosaksi.

    ``tuhaterotin`` (vain tiukassa tilassa) on tiedostosta muualta tiedetty tuhaterotin
    (``","`` tai ``"."``): silloin ``2,100`` tai ``12.500`` ei ole monitulkintainen."""
    # Välilyöntien jono on yksi tuhaterotin ("1 234"); muut merkit ovat numeroita tai erottimia.
    osat = "".join(" " if m in _VALIT else m for m in teksti).split()
    if not osat or any(not (m.isascii() and (m.isdigit() or m in ",.")) for o in osat for m in o):
        return None
    valeilla = len(osat) > 1
    t = " ".join(osat)
    pilkut, pisteet = t.count(","), t.count(".")
    if pilkut and pisteet:
        # 1.234,50 tai 1,234.50: viimeinen erotin on desimaalierotin, toinen tuhaterotin.
        desimaali = "," if t.rfind(",") > t.rfind(".") else "."
        tuhat = "." if desimaali == "," else ","
        if t.count(desimaali) != 1 or valeilla:
            return None
        kokonaiset, _, desimaalit = t.partition(desimaali)
        if not _ryhmat_kelpaavat(kokonaiset.split(tuhat)):
            return None
        kokonaiset = kokonaiset.replace(tuhat, "")
    elif pilkut == 1 or pisteet == 1:
        # Yksi pilkku on suomalainen desimaalipilkku; yksi piste desimaalipiste (kuten Pythonissa).
        desimaali = "," if pilkut else "."
        kokonaiset, _, desimaalit = t.partition(desimaali)
        ryhmat = kokonaiset.split(" ")
        if valeilla and not _ryhmat_kelpaavat(ryhmat):
            return None
        # 2,100 ja 12.500: tuhaterotin vai desimaalierotin? Tiukassa tilassa ei arvata,
        # ellei tiedostosta tiedetä, kumpi merkki on tuhaterotin.
        if (tiukka and not valeilla and len(desimaalit) == 3
                and 1 <= len(kokonaiset) <= 3 and kokonaiset[0] != "0"):
            if tuhaterotin == desimaali:
                return kokonaiset + desimaalit, ""
            if tuhaterotin is None:
                if desimaali == ".":
                    raise virhe("luku_tuhatpiste", teksti=teksti.strip(),
                                tuhannet=kokonaiset + desimaalit,
                                desimaali=f"{kokonaiset},{desimaalit.rstrip('0') or '0'}")
                lyhyt = desimaalit.rstrip("0")
                raise virhe("luku_tuhatpilkku", teksti=teksti.strip(),
                            tuhannet=kokonaiset + desimaalit,
                            desimaali=f"{kokonaiset},{lyhyt}" if lyhyt else kokonaiset)
        kokonaiset = kokonaiset.replace(" ", "")
    elif pilkut or pisteet:
        # Useampi sama erotin voi olla vain tuhaterotin: 1,234,567 tai 12.500.000.
        tuhat = "," if pilkut else "."
        if valeilla or not _ryhmat_kelpaavat(t.split(tuhat)):
            return None
        if tiukka and tuhaterotin is not None and tuhaterotin != tuhat:
            return None   # tiedostossa tämä merkki on desimaalierotin: kaksi ei kelpaa
        if tiukka and tuhaterotin is None:
            raise virhe("luku_tuhatpisteet" if tuhat == "." else "luku_tuhatpilkut",
                        teksti=teksti.strip(), tuhannet=t.replace(tuhat, ""))
        kokonaiset, desimaalit = t.replace(tuhat, ""), ""
    else:
        ryhmat = t.split(" ")
        if valeilla and not _ryhmat_kelpaavat(ryhmat):
            return None
        kokonaiset, desimaalit = t.replace(" ", ""), ""
    if not (kokonaiset or desimaalit):
        return None
    return kokonaiset, desimaalit


@tarkista_argumentit
def luku_ja_yksikko(teksti, tiukka: bool = False,
                    tuhaterotin: str | None = None) -> tuple[float, str] | None:
    """Lue luku ja sen yksikkö tekstistä: ``(luku, yksikkö)`` tai None, jos teksti ei ole luku.

    Yksikkö on ``"€"`` (€, e, eur, euroa), ``"%"`` (%, prosenttia), ``"kpl"``, ``"kk"``,
    ``"p"`` (pistettä), ``"kertaa"``, ``"v"`` (vuotta) tai ``""``. Säännöt ovat samat kuin
    funktiossa ``lue_luku``, joka kertoo ne. Tiukassa tilassa ``tuhaterotin`` (``","`` tai
    ``"."``) kertoo, mikä merkki samassa tiedostossa on muualla tuhaterotin (esimerkiksi
    solussa ``4,250.50``); silloin ``2,100`` on 2100 eikä monitulkintainen.

    >>> luku_ja_yksikko("12,5 %"), luku_ja_yksikko("€ 300"), luku_ja_yksikko("3 kpl")
    ((12.5, '%'), (300.0, '€'), (3.0, 'kpl'))
    >>> luku_ja_yksikko("60 %", tiukka=True), luku_ja_yksikko("noin 5") is None
    ((60.0, '%'), True)
    >>> luku_ja_yksikko("2,100", tiukka=True, tuhaterotin=","), luku_ja_yksikko(10**400)
    ((2100.0, ''), None)
    """
    if teksti is None or isinstance(teksti, bool):
        return None
    if tuhaterotin not in (None, ",", "."):
        raise virhe("luku_tuhaterotin", saatu=repr(tuhaterotin))
    if isinstance(teksti, numbers.Real):
        try:
            luku = float(teksti)
        except OverflowError:   # kokonaisluku, joka ei mahdu liukulukuun (10**400)
            return None
        return (luku + 0.0, "") if math.isfinite(luku) else None
    t = str(teksti).strip()
    if len(t) > PISIN_LUKUTEKSTI:
        # Pelkistä numeroista koostuva pitkä teksti on luku, jota ei voi lukea tarkasti.
        if tiukka and all(m.isdigit() or m in _VALIT or m in ",." for m in t):
            raise virhe("luku_liian_tarkka", teksti=t[:20] + "…", numeroita=TARKKUUS_NUMEROINA)
        return None
    if not t:
        return None
    yksikko = ""
    pieni = t.casefold()
    for etuliite in ("€", "eur"):   # € 300, EUR 300
        if pieni.startswith(etuliite) and not pieni[len(etuliite):len(etuliite) + 1].isalpha():
            yksikko, t = "€", t[len(etuliite):].lstrip()
            break
    etumerkki = 1.0
    if t and (t[0] in _MIINUKSET or t[0] == "+"):
        etumerkki = 1.0 if t[0] == "+" else -1.0
        t = t[1:].lstrip()
    loppu = len(t)   # perässä oleva yksikkö: kirjaimia, € tai %
    while loppu > 0 and (t[loppu - 1].isalpha() or t[loppu - 1] in "€%"):
        loppu -= 1
    if loppu < len(t):
        perassa = _YKSIKOT.get(t[loppu:].casefold())
        if perassa is None or yksikko:
            return None
        yksikko, t = perassa, t[:loppu]
    osat = _numeroiksi(t, tiukka, tuhaterotin if tiukka else None)
    if osat is None:
        return None
    kokonaiset, desimaalit = osat
    if tiukka and len((kokonaiset + desimaalit).strip("0")) > TARKKUUS_NUMEROINA:
        raise virhe("luku_liian_tarkka", teksti=str(teksti).strip()[:40],
                    numeroita=TARKKUUS_NUMEROINA)
    luku = etumerkki * float(f"{kokonaiset or '0'}.{desimaalit or '0'}")
    if not math.isfinite(luku):
        return None
    return luku + 0.0, yksikko   # + 0.0: ei negatiivista nollaa


@tarkista_argumentit
def lue_luku(teksti, tiukka: bool = False) -> float | None:
    """Lue suomalaisittain tai pisteellä kirjoitettu luku; None, jos teksti ei ole luku.

    Tämä on kurssin ainoa lukujen jäsennin: harjoitusten vastaukset (``tiukka=False``) ja
    omien asiakkaiden Excel- ja CSV-solut (``tiukka=True``) luetaan samoin säännöin.

    - Desimaalierotin on pilkku tai piste; ``,5``, ``.5`` ja ``5,`` kelpaavat (0,5 ja 5).
    - Tuhaterotin on välilyönti (myös sitova tai kapea) tai heittomerkki, ja ryhmissä on
      kolme numeroa: ``1 234 567,50``. Jos tekstissä on sekä pilkku että piste, viimeinen
      on desimaalierotin: ``1.234,50`` ja ``1,234.50`` ovat 1234,5. Useampi pilkku on
      tuhaterotin (``1,234,567``).
    - Etumerkki: ``-``, ``+``, miinusmerkki ``−`` tai ajatusviiva ``–``.
    - Yksikkö saa olla perässä (``€``, ``e``, ``eur``, ``euroa``, ``%``, ``prosenttia``,
      ``kpl``, ``kk``, ``pistettä``, ``kertaa``, ``vuotta``) tai euro edessä (``€ 300``).
    - Ei hyväksytä: eksponenttimuotoa (``1e5``), tekstiä ``inf`` tai ``nan``, useampaa
      lukua (``5-3``) eikä yli ``PISIN_LUKUTEKSTI`` merkin tekstiä. Lukeminen vie aikaa
      tekstin pituuden verran (ei säännöllisiä lausekkeita).

    Piste tuhaterottimena on monitulkintainen: ``12.500`` voi olla 12 500 tai 12,5.
    Vastauksissa (``tiukka=False``) yksi piste on aina desimaalipiste kuten Pythonissa ja
    laskimissa (``12.500`` = 12,5), ja vain useampi piste on tuhaterotin
    (``12.345.678`` = 12 345 678). Tiukassa tilassa kelpaa vain euro tai ei yksikköä, eikä
    tuhaterotinta arvata: ``12.500`` ja ``12.500.000`` nostavat ``AsiakkuusVirhe``-virheen,
    joka pyytää kirjoittamaan luvun ilman pistettä (12500) tai desimaalipilkulla (12,5).
    Samoin pilkku, jota seuraa tasan kolme numeroa (``2,100``: 2100 vai 2,1?), ja useampi
    pilkku (``1,234,567``). ``2,5``, ``0,500``, ``1 234,50`` ja ``4,250.50`` ovat
    yksiselitteisiä. Samoin hylätään yli 15 merkitsevän numeron luku (Excel ei säilytä
    sitä tarkasti). Luku (``int`` tai ``float``) palautetaan sellaisenaan, ja liukulukuun
    mahtumaton kokonaisluku (``10**400``) ei ole luku (None).

    >>> lue_luku("1 234,50 €"), lue_luku("1234.5"), lue_luku("–12,5 %"), lue_luku(".5")
    (1234.5, 1234.5, -12.5, 0.5)
    >>> lue_luku("12.500"), lue_luku("12.345.678"), lue_luku("3 kpl"), lue_luku("5.")
    (12.5, 12345678.0, 3.0, 5.0)
    >>> lue_luku("noin sata") is None, lue_luku("1e5") is None, lue_luku("5-3") is None
    (True, True, True)
    >>> lue_luku("1.234,50", tiukka=True), lue_luku("12,5 %", tiukka=True) is None
    (1234.5, True)
    >>> lue_luku("2,5", tiukka=True), lue_luku("0,500", tiukka=True), lue_luku(10**400) is None
    (2.5, 0.5, True)
    >>> lue_luku("2,100", tiukka=True)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Luvussa '2,100' pilkku voi olla tuhaterotin tai desimaalipilkku, enkä arvaa kumpi. Korjaa luku: kirjoita se ilman pilkkua (2100) tai ilman loppunollia (2,1).
    >>> lue_luku("12.500", tiukka=True)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Luvussa '12.500' piste voi olla tuhaterotin tai desimaalipiste, enkä arvaa kumpi. Korjaa luku: kirjoita se ilman pistettä (12500) tai desimaalipilkulla (12,5).
    """
    tulos = luku_ja_yksikko(teksti, tiukka)
    if tulos is None or (tiukka and tulos[1] not in ("", "€")):
        return None
    return tulos[0]
