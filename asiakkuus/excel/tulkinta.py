"""Luettujen rivien tulkinta: otsikkorivi, sarakkeet ja jokainen solu kurssin arvoksi."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
from openpyxl.utils import get_column_letter

from ..muotoilu import PISIN_LUKUTEKSTI, luku, luku_ja_yksikko
from ..virheet import AsiakkuusVirhe, virhe
from .sarakkeet import (ARVIOT, EUROT, OTSIKKOA_ETSITAAN, PISIN_TEKSTI, SARAKKEET, SUURIN_EURO,
                        SUURIN_RIVIMAARA, _ALIAKSET, _SARAKE, _normalisoi)

_EXCELIN_VIRHEET = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"}
_SUMMARIVIT = {"yhteensa", "summa", "yht", "kaikki yhteensa", "total", "kokonaissumma"}
_PISIN_OTSIKKO = 200   # pidempi solu ei ole otsikko (eikä sitä verrata otsikoihin)
# Sama jäsennin ilman argumenttien tarkistusta: se kutsutaan jopa 45 000 kertaa tiedostoa
# kohden aina samoin argumentein (teksti, tiukka=True), ja tarkistus vie puolet ajasta.
_luku_ja_yksikko = getattr(luku_ja_yksikko, "__wrapped__", luku_ja_yksikko)
# Merkit, joita XML 1.0 eikä siis Excel-työkirja salli tekstissä (sarkain ja rivinvaihto saa),
# ja näkymättömät ohjausmerkit, jotka Excel tallentaisi mutta joita ei näe: DEL (U+007F),
# C1-ohjausmerkit (U+0080–U+009F, esimerkiksi NEL U+0085) sekä rivin- ja kappaleenerotin
# (U+2028, U+2029). Sama periaate kuin nimissä (tallennus.nimen_ongelma), mutta
# muotoilumerkit (esimerkiksi emojien U+200D) saavat olla asiakkaan nimessä.
_KIELLETYT = frozenset([*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)),
                        "\u2028", "\u2029", "\ufffe", "\uffff"]) - {"\t", "\n"}
# Sama joukko ja puolikkaat merkkiparit (U+D800–U+DFFF) yhtenä merkkiluokkana.
_KIELLETTY = re.compile("[" + "".join(sorted(_KIELLETYT)).replace("\\", "\\\\")
                        .replace("]", "\\]").replace("^", "\\^").replace("-", "\\-")
                        + "\ud800-\udfff]")


def _viesti(avain: str, **tiedot) -> str:
    """Solun viesti sanakirjasta ``virheet.VIESTIT``; paikka lisätään eteen myöhemmin."""
    return str(virhe(avain, **tiedot))


class _Kaava:
    """Kaavasolu: kaavaa ei lasketa, vaan sen tilalle haetaan tallennettu tulos."""

    def __init__(self, teksti: str, solu: str):
        self.teksti, self.solu = teksti, solu


@dataclass
class _Lahde:
    nimi: str                           # tiedoston nimi
    valilehti: str | None               # None = CSV-tiedosto
    rivit: list[tuple[int, list]]       # (rivinumero, arvot)
    yhdistetyt: list[tuple[int, int, int, int, str]]
    tulokset: object = None             # kaavojen tallennetut tulokset (funktio)

    def paikka(self, rivi: int | None = None, sarake: int | None = None,
               otsikko: str | None = None) -> str:
        osat = [f"Tiedosto '{self.nimi}'"]
        if self.valilehti is not None:
            osat.append(f"välilehti '{self.valilehti}'")
        if rivi is not None:
            osat.append(f"rivi {rivi}")
        if otsikko is not None:
            osat.append(f"sarake '{otsikko}'")
        teksti = ", ".join(osat)
        if self.valilehti is not None and rivi is not None and sarake is not None:
            teksti += f" (solu {get_column_letter(sarake + 1)}{rivi})"
        return teksti


class _Soluvirhe(Exception):
    pass


def _tunnistettuja(arvot: list) -> int:
    return len({_ALIAKSET[_normalisoi(a)] for a in arvot
                if isinstance(a, str) and len(a) <= _PISIN_OTSIKKO and _normalisoi(a) in _ALIAKSET})


def _otsikkorivi_indeksi(lahde: _Lahde) -> int | None:
    """Otsikkorivi ``OTSIKKOA_ETSITAAN`` ensimmäisen ei-tyhjän rivin joukosta: se, jolla on
    eniten kurssin sarakkeita (vähintään kaksi)."""
    pisteet = [_tunnistettuja(arvot) for _, arvot in lahde.rivit[:OTSIKKOA_ETSITAAN]]
    if not pisteet or max(pisteet) < 2:
        return None
    return pisteet.index(max(pisteet))


def _nayta_arvo(arvo) -> str:
    if isinstance(arvo, _Kaava):
        return "=" + arvo.teksti.lstrip("=")
    if isinstance(arvo, (dt.datetime, dt.date)):
        return f"{arvo.day}.{arvo.month}.{arvo.year}"
    teksti = str(arvo)
    return teksti if len(teksti) <= 60 else teksti[:57] + "…"


def _nayta_rivi(arvot: list) -> str:
    tekstit = [f"'{_nayta_arvo(a)}'" for a in arvot if a is not None]
    teksti = ", ".join(tekstit[:8]) + (", …" if len(tekstit) > 8 else "")
    return teksti or "(tyhjä)"


def _tulkitse(lahteet: list[_Lahde], nimi: str) -> pd.DataFrame:
    ei_tyhjat = [l for l in lahteet if l.rivit]
    if not ei_tyhjat:
        if lahteet[0].valilehti is None:
            raise virhe("excel_tyhja_csv", nimi=nimi)
        raise virhe("excel_tyhja_valilehti", nimi=nimi, valilehti=lahteet[0].valilehti)
    otsikolliset = [(l, i) for l in ei_tyhjat if (i := _otsikkorivi_indeksi(l)) is not None]
    if len(otsikolliset) > 1:
        raise virhe("excel_monta_valilehtea", nimi=nimi,
                    valilehdet=", ".join(f"'{l.valilehti}'" for l, _ in otsikolliset))
    if not otsikolliset:
        lahde = ei_tyhjat[0]
        rivi, arvot = lahde.rivit[0]
        _tarkista_yhdistetyt(lahde, rivi)
        lisa = _viesti("excel_ei_otsikkoa_erotin") if lahde.valilehti is None else ""
        katsotut = lahde.rivit[:OTSIKKOA_ETSITAAN]
        alue = f"{katsotut[0][0]}–{katsotut[-1][0]}" if len(katsotut) > 1 else str(rivi)
        raise virhe("excel_ei_otsikkoa", paikka=lahde.paikka(), alue=alue,
                    ensimmainen=rivi, rivi=_nayta_rivi(arvot), enintaan=OTSIKKOA_ETSITAAN,
                    lisa=lisa)
    lahde, indeksi = otsikolliset[0]
    otsikkorivi, otsikot = lahde.rivit[indeksi]
    _tarkista_yhdistetyt(lahde, otsikkorivi)
    sarakkeet = _sarakkeet(lahde, otsikkorivi, otsikot)
    datarivit = lahde.rivit[indeksi + 1:]
    return _muunna_rivit(lahde, otsikkorivi, sarakkeet, datarivit, len(otsikot))


def _tarkista_yhdistetyt(lahde: _Lahde, alkaen: int) -> None:
    for ylin, vasen, alin, _, alue in sorted(lahde.yhdistetyt):
        if alin >= alkaen:   # otsikon yläpuolella oleva yhdistetty nimiö saa olla
            rivi = max(ylin, alkaen)
            raise virhe("excel_yhdistetyt", paikka=lahde.paikka(rivi), alue=alue)


def _sarakkeet(lahde: _Lahde, rivi: int, otsikot: list) -> dict[str, tuple[int, str]]:
    """Kurssin sarakkeen nimi → (sarakkeen indeksi, käyttäjän otsikko)."""
    loydetyt: dict[str, tuple[int, str]] = {}
    tuntemattomat: list[tuple[int, str]] = []
    for indeksi, otsikko in enumerate(otsikot):
        if otsikko is None:
            continue
        teksti = str(otsikko.teksti if isinstance(otsikko, _Kaava) else otsikko).strip()
        kentta = _ALIAKSET.get(_normalisoi(teksti))
        if kentta is None:
            tuntemattomat.append((indeksi, teksti))
        elif kentta in loydetyt:
            raise virhe("excel_kahdesti", paikka=lahde.paikka(rivi), sarake=_SARAKE[kentta].otsikko,
                        otsikot=f"'{loydetyt[kentta][1]}' ja '{teksti}'")
        else:
            loydetyt[kentta] = (indeksi, teksti)
    # Kirjoitusvirhe: tuntematon otsikko, joka muistuttaa puuttuvaa saraketta. Otsikko, jossa
    # on kurssin sarakkeen nimi kokonaisena sanana ja jotain lisää (Y-tunnus, Tuotot-ennuste),
    # on toinen sarake eikä kirjoitusvirhe.
    vertailu = {a: k for a, k in _ALIAKSET.items() if k not in loydetyt and len(a) >= 4}
    sanoina = {a for a in _ALIAKSET if " " not in a}
    for indeksi, teksti in tuntemattomat:
        normaali = _normalisoi(teksti[:_PISIN_OTSIKKO])
        if len(teksti) > _PISIN_OTSIKKO or sanoina & set(normaali.split()):
            continue
        lahin = difflib.get_close_matches(normaali, list(vertailu), n=1, cutoff=0.8)
        if lahin:
            raise virhe("excel_kirjoitusvirhe", paikka=lahde.paikka(rivi, indeksi, teksti),
                        otsikko=teksti, sarake=_SARAKE[vertailu[lahin[0]]].otsikko)
    for tieto in SARAKKEET:
        if tieto.pakollinen and tieto.nimi not in loydetyt:
            olemassa = ", ".join(o for _, o in sorted([*loydetyt.values(), *tuntemattomat]))
            raise virhe("excel_puuttuva_sarake", paikka=lahde.paikka(rivi), sarake=tieto.otsikko,
                        olemassa=olemassa or "(ei yhtään)")
    return loydetyt


def _luku(arvo, laji: str, tuhaterotin: str | None = None) -> float | None:
    """Solun arvo luvuksi; None = tyhjä. Virheellisestä arvosta nousee _Soluvirhe.

    Tekstin luku luetaan funktiolla ``muotoilu.lue_luku`` tiukassa tilassa (yksikkö
    erikseen): eurosarakkeessa saa olla euromerkki, arviossa ei yksikköä. ``tuhaterotin``
    on tiedoston muista soluista päätelty tuhaterotin (``_tuhaterotin``).
    """
    if arvo is None:
        return None
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("excel_totuusarvo", arvo="TOSI" if arvo else "EPÄTOSI"))
    if isinstance(arvo, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise _Soluvirhe(_viesti("excel_paiva_luvussa", arvo=_nayta_arvo(arvo)))
    arviossa = laji == "arvio"
    if isinstance(arvo, int) and abs(arvo) > SUURIN_EURO:
        # Ennen float()-muunnosta: 400-numeroinen kokonaisluku ei mahdu liukulukuun.
        if arviossa:
            raise _Soluvirhe(_viesti("excel_ei_asteikolla", arvo=_iso_luku(arvo)))
        return _ei_liian_suuri(arvo)
    if isinstance(arvo, (int, float)):
        if not math.isfinite(arvo):
            raise _Soluvirhe(_viesti("excel_ei_luku_arvio" if arviossa else "excel_ei_luku",
                                     arvo=str(arvo)))
        return _ei_liian_suuri(float(arvo))
    teksti = str(arvo).strip()
    if not teksti:
        return None
    try:
        tulos = _luku_ja_yksikko(teksti, True, tuhaterotin)
    except AsiakkuusVirhe as syy:   # monitulkintainen piste tai liian tarkka luku
        viesti = str(syy)   # paikan jälkeen pienellä: "…, sarake 'Tuotot (€)': luvussa …"
        raise _Soluvirhe(viesti[:1].lower() + viesti[1:]) from None
    nakyva = _nayta_arvo(teksti)
    if tulos is None:
        raise _Soluvirhe(_viesti("excel_ei_luku_arvio" if arviossa else "excel_ei_luku",
                                 arvo=nakyva))
    luku_, yksikko = tulos
    if yksikko == "%":
        raise _Soluvirhe(_viesti("excel_prosentti_arvio" if arviossa else "excel_prosentti",
                                 arvo=nakyva))
    if arviossa and yksikko == "€":
        raise _Soluvirhe(_viesti("excel_euro_arvio", arvo=nakyva))
    if yksikko not in ("", "€", *(("p",) if arviossa else ())):
        raise _Soluvirhe(_viesti("excel_ei_luku_arvio" if arviossa else "excel_vaara_yksikko",
                                 arvo=nakyva, yksikko=yksikko))
    return _ei_liian_suuri(luku_)


def _iso_luku(arvo) -> str:
    """Raja ylittävä luku näytettäväksi ilman muotoilu.luku-funktiota (sen argumentit ovat
    enintään raja); hyvin suuri eksponenttimuodossa: 1,0e+300 kertoo koon paremmin. Myös
    kokonaisluku, joka ei mahdu liukulukuun (Decimal muotoilee sen tarkasti)."""
    if abs(arvo) >= 10**15:
        return f"{Decimal(arvo):.1e}".replace(".", ",").replace("-", "−")
    return f"{arvo:,.0f}".replace(",", "\u202f").replace("-", "−")


def _ei_liian_suuri(arvo: float) -> float:
    if abs(arvo) > SUURIN_EURO:
        raise _Soluvirhe(_viesti("excel_liian_suuri_luku", arvo=_iso_luku(arvo),
                                 raja=luku(SUURIN_EURO)))
    return arvo


def _paiva(arvo) -> pd.Timestamp:
    if arvo is None:
        return pd.NaT
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("excel_ei_paiva", arvo="TOSI" if arvo else "EPÄTOSI"))
    if isinstance(arvo, (dt.datetime, dt.date)):
        paiva = arvo
    elif isinstance(arvo, (int, float)) and float(arvo).is_integer() and 1900 <= arvo <= 2100:
        paiva = dt.date(int(arvo), 1, 1)
    else:
        teksti = str(arvo).strip()
        paiva = None
        if len(teksti) <= 30:
            for muoto in ("%d.%m.%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y"):
                try:
                    paiva = dt.datetime.strptime(teksti, muoto)
                    break
                except ValueError:
                    continue
        if paiva is None:
            raise _Soluvirhe(_viesti("excel_ei_paiva", arvo=_nayta_arvo(teksti)))
    # Vuosi tarkistetaan ennen pandasia: sen aikaleima ei ulotu vuoteen 1 eikä 9999.
    if not 1900 <= paiva.year <= 2100:
        raise _Soluvirhe(_viesti("excel_ei_paiva", arvo=_nayta_arvo(arvo)))
    return pd.Timestamp(paiva.year, paiva.month, paiva.day)


def _tekstiksi(arvo) -> str | None:
    """Tunnus, nimi tai laji tekstiksi. Hylätään, mitä Excel-työkirjaan ei voi tallentaa
    sellaisenaan (ohjausmerkit, yli ``PISIN_TEKSTI`` merkkiä): mitä luetaan, sen voi viedä."""
    if arvo is None:
        return None
    if isinstance(arvo, bool):
        arvo = "TOSI" if arvo else "EPÄTOSI"
    if isinstance(arvo, float) and arvo.is_integer():
        arvo = int(arvo)
    if isinstance(arvo, dt.datetime):
        arvo = arvo.date()
    teksti = str(arvo)
    osuma = _KIELLETTY.search(teksti)   # säännöllinen lauseke: C-nopeudella pitkässäkin
    if osuma is not None:   # ennen strip()-kutsua: sekin poistaisi pystysarkaimen hiljaa
        kohta, merkki = osuma.start(), osuma.group()
        raise _Soluvirhe(_viesti("excel_puolikas_merkki" if "\ud800" <= merkki <= "\udfff"
                                 else "excel_ohjausmerkki", merkki=f"U+{ord(merkki):04X}",
                                 kohta=kohta + 1))
    teksti = teksti.strip()
    if len(teksti) > PISIN_TEKSTI:
        raise _Soluvirhe(_viesti("excel_liian_pitka_teksti", raja=luku(PISIN_TEKSTI),
                                 pituus=luku(len(teksti))))
    return teksti or None


def _ratkaise_kaava(lahde: _Lahde, arvo):
    if not isinstance(arvo, _Kaava):
        return arvo
    tulos, laji = lahde.tulokset(arvo.solu)
    if laji == "e" or (isinstance(tulos, str) and tulos.strip() in _EXCELIN_VIRHEET):
        raise _Soluvirhe(_viesti("excel_kaava_virhe", kaava=f"={arvo.teksti.lstrip('=')}",
                                 arvo=tulos))
    if tulos is None:
        raise _Soluvirhe(_viesti("excel_kaava_ei_arvoa", kaava=f"={arvo.teksti.lstrip('=')}"))
    return tulos


def _tuhaterotin(sarakkeet: dict[str, tuple[int, str]],
                 datarivit: list[tuple[int, list]]) -> str | None:
    """Tiedoston tuhaterotin sen yksiselitteisistä euroista: ``4,250.50`` kertoo, että
    pilkku on tuhaterotin, ja ``4.250,50``, että piste on. Silloin saman tiedoston
    ``2,100`` tai ``12.500`` ei ole monitulkintainen. Jos tiedostossa on kumpaakin tai
    ei kumpaakaan, palautetaan None, ja monitulkintainen luku hylätään."""
    indeksit = [sarakkeet[k][0] for k in EUROT if k in sarakkeet]
    loydetyt: set[str] = set()
    for _, arvot in datarivit:
        for i in indeksit:
            arvo = arvot[i] if i < len(arvot) else None
            if not (isinstance(arvo, str) and "," in arvo and "." in arvo
                    and len(arvo) <= PISIN_LUKUTEKSTI):
                continue
            try:
                if _luku_ja_yksikko(arvo, True) is None:
                    continue
            except AsiakkuusVirhe:
                continue
            loydetyt.add("," if arvo.rfind(".") > arvo.rfind(",") else ".")
            if len(loydetyt) > 1:
                return None
    return loydetyt.pop() if loydetyt else None


def _muunna_rivit(lahde: _Lahde, otsikkorivi: int, sarakkeet: dict[str, tuple[int, str]],
                  datarivit: list[tuple[int, list]], leveys: int) -> pd.DataFrame:
    if len(datarivit) > SUURIN_RIVIMAARA:
        raise virhe("excel_liikaa_riveja", paikka=lahde.paikka(), raja=SUURIN_RIVIMAARA)
    tuhaterotin = _tuhaterotin(sarakkeet, datarivit)
    ongelmat: list[tuple[str, str]] = []   # (koko viesti, lyhyt paikka)
    tulos: dict[str, list] = {s.nimi: [] for s in SARAKKEET}
    rivinumerot: list[int] = []

    def ongelma(rivi: int, kentta: str | None, viesti: str) -> None:
        indeksi, otsikko = sarakkeet[kentta] if kentta else (None, None)
        ongelmat.append((f"{lahde.paikka(rivi, indeksi, otsikko)}: {viesti}",
                         f"rivi {rivi}" + (f" sarake '{otsikko}'" if otsikko else "")))

    for rivi, arvot in datarivit:
        if lahde.valilehti is None and len(arvot) > leveys \
                and any(a is not None for a in arvot[leveys:]):
            # CSV-rivillä enemmän kenttiä kuin otsikkorivillä: tyypillisesti lainaamaton
            # desimaalipilkku pilkuin erotetussa tiedostossa ("100,5"), joka siirtää rivin
            # loput arvot sarakkeen vasemmalle. Rivin muut viat olisivat vain seurausta.
            ylimaarainen = next(a for a in arvot[leveys:] if a is not None)
            ongelmat.append((f"{lahde.paikka(rivi)}: " + _viesti(
                "excel_csv_liikaa_kenttia", kenttia=len(arvot), otsikoita=leveys,
                arvo=_nayta_arvo(ylimaarainen)), f"rivi {rivi}"))
            continue
        solut = {k: (arvot[i] if i < len(arvot) else None) for k, (i, _) in sarakkeet.items()}
        solut = {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in solut.items()}
        if all(v is None for v in solut.values()):
            continue   # tyhjä rivi tai pelkkiä omia huomioita: ei asiakas
        rivin_ongelmia = len(ongelmat)
        muunnetut = {}
        for kentta, arvo in solut.items():
            laji = _SARAKE[kentta].laji
            try:
                arvo = _ratkaise_kaava(lahde, arvo)
                if laji in ("tunnus", "teksti"):
                    muunnetut[kentta] = _tekstiksi(arvo)
                elif laji == "paiva":
                    muunnetut[kentta] = _paiva(arvo)
                else:
                    muunnetut[kentta] = _tarkista_luku_solu(kentta,
                                                            _luku(arvo, laji, tuhaterotin))
            except _Soluvirhe as syy:
                ongelma(rivi, kentta, str(syy))
        nimi = muunnetut.get("nimi")
        if "nimi" in muunnetut and nimi is None:
            ongelma(rivi, "nimi", _viesti("excel_nimi_puuttuu"))
        elif nimi is not None and len(nimi) <= 40 and _normalisoi(nimi) in _SUMMARIVIT:
            # Summarivin muut puutteet (tunnus, arviot) olisivat tässä vain melua.
            del ongelmat[rivin_ongelmia:]
            ongelma(rivi, "nimi", _viesti("excel_summarivi", arvo=nimi))
            continue
        if "asiakas_id" in sarakkeet and "asiakas_id" in muunnetut \
                and muunnetut["asiakas_id"] is None:
            ongelma(rivi, "asiakas_id", _viesti("excel_tunnus_puuttuu"))
        for kentta in ARVIOT:
            if kentta in muunnetut and muunnetut[kentta] is None:
                ongelma(rivi, kentta, _viesti("excel_puuttuu_arvio"))
        if "tuotot" in muunnetut and muunnetut["tuotot"] is None:
            ongelma(rivi, "tuotot", _viesti("excel_puuttuu_tuotot"))
        if len(ongelmat) > rivin_ongelmia:
            continue
        rivinumerot.append(rivi)
        for tieto in SARAKKEET:
            arvo = muunnetut.get(tieto.nimi)
            if tieto.nimi == "asiakas_id" and arvo is None:
                arvo = muunnetut["nimi"]
            elif tieto.nimi == "tyyppi" and arvo is None:
                arvo = "muu"
            elif tieto.laji == "euro" and arvo is None:
                arvo = 0.0
            elif tieto.laji == "paiva" and arvo is None:
                arvo = pd.NaT
            tulos[tieto.nimi].append(arvo)
    if ongelmat:
        viesti = ongelmat[0][0]
        if len(ongelmat) > 1:
            muut = [paikka for _, paikka in ongelmat[1:6]]
            if len(ongelmat) > 6:
                muut.append(f"ja {len(ongelmat) - 6} muuta")
            viesti += _viesti("excel_lisaa", luettelo="; ".join(muut))
        raise AsiakkuusVirhe(viesti)
    if not rivinumerot:
        raise virhe("excel_vain_otsikko", paikka=lahde.paikka(otsikkorivi))
    _tarkista_yhdistetyt(lahde, otsikkorivi + 1)
    nahdyt: dict[str, int] = {}
    tunnussarake = "asiakas_id" if "asiakas_id" in sarakkeet else "nimi"
    for rivi, tunnus in zip(rivinumerot, tulos["asiakas_id"]):
        if tunnus in nahdyt:
            indeksi, otsikko = sarakkeet[tunnussarake]
            raise virhe("excel_kaksoiskappale", paikka=lahde.paikka(rivi, indeksi, otsikko),
                         arvo=tunnus, toinen=nahdyt[tunnus])
        nahdyt[tunnus] = rivi
    taulu = pd.DataFrame(tulos)
    taulu["asiakas_alkaen"] = pd.to_datetime(taulu["asiakas_alkaen"])
    taulu[EUROT] = taulu[EUROT].astype(float)
    taulu[ARVIOT] = taulu[ARVIOT].astype("int64")
    return taulu


def _tarkista_luku_solu(kentta: str, luku: float | None):
    if luku is None:
        return None
    arvo = int(luku) if float(luku).is_integer() else luku
    if _SARAKE[kentta].laji == "arvio":
        if not float(luku).is_integer():
            raise _Soluvirhe(_viesti("excel_ei_kokonaisluku", arvo=str(luku).replace(".", ",")))
        if not 1 <= luku <= 5:
            raise _Soluvirhe(_viesti("excel_ei_asteikolla", arvo=arvo))
        return int(luku)
    if luku < 0:
        raise _Soluvirhe(_viesti("excel_negatiivinen", arvo=str(arvo).replace(".", ",")))
    return luku

