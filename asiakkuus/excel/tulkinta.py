"""Luettujen rivien tulkinta: otsikkorivi, sarakkeet ja jokainen solu kurssin arvoksi."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from dataclasses import dataclass

import pandas as pd
from openpyxl.utils import get_column_letter

from ..virheet import AsiakkuusVirhe
from .sarakkeet import (ARVIOT, EUROT, OTSIKKOA_ETSITAAN, SARAKKEET, SUURIN_RIVIMAARA,
                        _ALIAKSET, _SARAKE, _normalisoi, _viesti, _virhe)

_EXCELIN_VIRHEET = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"}
_SUMMARIVIT = {"yhteensa", "summa", "yht", "kaikki yhteensa", "total", "kokonaissumma"}


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
                if isinstance(a, str) and _normalisoi(a) in _ALIAKSET})


def _otsikkorivi_indeksi(lahde: _Lahde) -> int | None:
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
            raise _virhe("tyhja_csv", nimi=nimi)
        raise _virhe("tyhja_valilehti", nimi=nimi, valilehti=lahteet[0].valilehti)
    otsikolliset = [(l, i) for l in ei_tyhjat if (i := _otsikkorivi_indeksi(l)) is not None]
    if len(otsikolliset) > 1:
        raise _virhe("monta_valilehtea", nimi=nimi,
                     valilehdet=", ".join(f"'{l.valilehti}'" for l, _ in otsikolliset))
    if not otsikolliset:
        lahde = ei_tyhjat[0]
        rivi, arvot = lahde.rivit[0]
        _tarkista_yhdistetyt(lahde, rivi)
        lisa = (" Erottimena pitää olla puolipiste, pilkku tai sarkain."
                if lahde.valilehti is None else "")
        raise _virhe("ei_otsikkoa", paikka=lahde.paikka(rivi), rivi=_nayta_rivi(arvot),
                     lisa=lisa)
    lahde, indeksi = otsikolliset[0]
    otsikkorivi, otsikot = lahde.rivit[indeksi]
    _tarkista_yhdistetyt(lahde, otsikkorivi)
    sarakkeet = _sarakkeet(lahde, otsikkorivi, otsikot)
    datarivit = lahde.rivit[indeksi + 1:]
    return _muunna_rivit(lahde, otsikkorivi, sarakkeet, datarivit)


def _tarkista_yhdistetyt(lahde: _Lahde, alkaen: int) -> None:
    for ylin, vasen, alin, _, alue in sorted(lahde.yhdistetyt):
        if alin >= alkaen:   # otsikon yläpuolella oleva yhdistetty nimiö saa olla
            rivi = max(ylin, alkaen)
            raise _virhe("yhdistetyt", paikka=lahde.paikka(rivi), alue=alue)


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
            raise _virhe("kahdesti", paikka=lahde.paikka(rivi), sarake=_SARAKE[kentta].otsikko,
                         otsikot=f"'{loydetyt[kentta][1]}' ja '{teksti}'")
        else:
            loydetyt[kentta] = (indeksi, teksti)
    # Kirjoitusvirhe: tuntematon otsikko, joka muistuttaa puuttuvaa saraketta.
    vertailu = {a: k for a, k in _ALIAKSET.items() if k not in loydetyt and len(a) >= 4}
    for indeksi, teksti in tuntemattomat:
        lahin = difflib.get_close_matches(_normalisoi(teksti), list(vertailu), n=1, cutoff=0.8)
        if lahin:
            raise _virhe("kirjoitusvirhe", paikka=lahde.paikka(rivi, indeksi, teksti),
                         otsikko=teksti, sarake=_SARAKE[vertailu[lahin[0]]].otsikko)
    for tieto in SARAKKEET:
        if tieto.pakollinen and tieto.nimi not in loydetyt:
            olemassa = ", ".join(o for _, o in sorted([*loydetyt.values(), *tuntemattomat]))
            raise _virhe("puuttuva_sarake", paikka=lahde.paikka(rivi), sarake=tieto.otsikko,
                         olemassa=olemassa or "(ei yhtään)")
    return loydetyt


def _tekstista_luku(teksti: str) -> float | None:
    t = re.sub(r"[\s\u00a0\u202f\u2009\u2007']", "", teksti)
    t = t.replace("\u2212", "-").replace("\u2013", "-").replace("€", "")
    t = re.sub(r"(?i)(?<=\d)(euroa|eur|e)$", "", t)
    t = re.sub(r"(?i)^eur", "", t)
    merkki = -1.0 if t.startswith("-") else 1.0
    t = t.lstrip("+-")
    if not re.fullmatch(r"[\d.,]*\d[\d.,]*", t or "x"):
        return None
    pilkut, pisteet = t.count(","), t.count(".")
    if pilkut and pisteet:
        desimaali = "," if t.rfind(",") > t.rfind(".") else "."
        tuhat = "." if desimaali == "," else ","
        kokonaiset, _, desimaalit = t.rpartition(desimaali)
        if desimaali in kokonaiset or not re.fullmatch(rf"\d{{1,3}}(\{tuhat}\d{{3}})*", kokonaiset):
            return None
        t = kokonaiset.replace(tuhat, "") + "." + desimaalit
    elif pilkut > 1 or pisteet > 1:
        erotin = "," if pilkut else "."
        if not re.fullmatch(rf"\d{{1,3}}(\{erotin}\d{{3}})+", t):
            return None
        t = t.replace(erotin, "")
    else:
        t = t.replace(",", ".")
    if t.startswith(".") or t.endswith("."):
        return None
    return merkki * float(t)


def _luku(arvo, laji: str) -> float | None:
    """Solun arvo luvuksi; None = tyhjä. Virheellisestä arvosta nousee _Soluvirhe."""
    if arvo is None:
        return None
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("totuusarvo", arvo="TOSI" if arvo else "EPÄTOSI"))
    if isinstance(arvo, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise _Soluvirhe(_viesti("paiva_luvussa", arvo=_nayta_arvo(arvo)))
    if isinstance(arvo, (int, float)):
        if not math.isfinite(arvo):
            raise _Soluvirhe(_viesti("ei_luku", arvo=str(arvo)))
        return float(arvo)
    teksti = str(arvo).strip()
    if not teksti:
        return None
    luku = _tekstista_luku(teksti)
    if luku is None:
        if "%" in teksti and _tekstista_luku(teksti.replace("%", "")) is not None:
            raise _Soluvirhe(_viesti("prosentti", arvo=teksti))
        raise _Soluvirhe(_viesti("ei_luku_arvio" if laji == "arvio" else "ei_luku", arvo=teksti))
    return luku


def _paiva(arvo) -> pd.Timestamp:
    if arvo is None:
        return pd.NaT
    if isinstance(arvo, bool):
        raise _Soluvirhe(_viesti("ei_paiva", arvo=str(arvo)))
    if isinstance(arvo, (dt.datetime, dt.date)):
        paiva = pd.Timestamp(arvo)
    elif isinstance(arvo, (int, float)) and float(arvo).is_integer() and 1900 <= arvo <= 2100:
        paiva = pd.Timestamp(int(arvo), 1, 1)
    else:
        teksti = str(arvo).strip()
        paiva = None
        for muoto in ("%d.%m.%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y"):
            try:
                paiva = pd.Timestamp(dt.datetime.strptime(teksti, muoto))
                break
            except ValueError:
                continue
        if paiva is None:
            raise _Soluvirhe(_viesti("ei_paiva", arvo=teksti))
    if not 1900 <= paiva.year <= 2100:
        raise _Soluvirhe(_viesti("ei_paiva", arvo=str(arvo)))
    return paiva.normalize()


def _tekstiksi(arvo) -> str | None:
    if arvo is None:
        return None
    if isinstance(arvo, float) and arvo.is_integer():
        arvo = int(arvo)
    if isinstance(arvo, dt.datetime):
        arvo = arvo.date()
    teksti = str(arvo).strip()
    return teksti or None


def _ratkaise_kaava(lahde: _Lahde, arvo):
    if not isinstance(arvo, _Kaava):
        return arvo
    tulos, laji = lahde.tulokset(arvo.solu)
    if laji == "e" or (isinstance(tulos, str) and tulos.strip() in _EXCELIN_VIRHEET):
        raise _Soluvirhe(_viesti("kaava_virhe", kaava=f"={arvo.teksti.lstrip('=')}", arvo=tulos))
    if tulos is None:
        raise _Soluvirhe(_viesti("kaava_ei_arvoa", kaava=f"={arvo.teksti.lstrip('=')}"))
    return tulos


def _muunna_rivit(lahde: _Lahde, otsikkorivi: int, sarakkeet: dict[str, tuple[int, str]],
                  datarivit: list[tuple[int, list]]) -> pd.DataFrame:
    if len(datarivit) > SUURIN_RIVIMAARA:
        raise _virhe("liikaa_riveja", paikka=lahde.paikka(), raja=SUURIN_RIVIMAARA)
    ongelmat: list[tuple[str, str]] = []   # (koko viesti, lyhyt paikka)
    tulos: dict[str, list] = {s.nimi: [] for s in SARAKKEET}
    rivinumerot: list[int] = []

    def ongelma(rivi: int, kentta: str | None, viesti: str) -> None:
        indeksi, otsikko = sarakkeet[kentta] if kentta else (None, None)
        ongelmat.append((f"{lahde.paikka(rivi, indeksi, otsikko)}: {viesti}",
                         f"rivi {rivi}" + (f" sarake '{otsikko}'" if otsikko else "")))

    for rivi, arvot in datarivit:
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
                    muunnetut[kentta] = _tarkista_luku_solu(kentta, _luku(arvo, laji))
            except _Soluvirhe as syy:
                ongelma(rivi, kentta, str(syy))
        nimi = muunnetut.get("nimi")
        if "nimi" in muunnetut and nimi is None:
            ongelma(rivi, "nimi", _viesti("nimi_puuttuu"))
        elif nimi is not None and _normalisoi(nimi) in _SUMMARIVIT:
            # Summarivin muut puutteet (tunnus, arviot) olisivat tässä vain melua.
            del ongelmat[rivin_ongelmia:]
            ongelma(rivi, "nimi", _viesti("summarivi", arvo=nimi))
            continue
        if "asiakas_id" in sarakkeet and "asiakas_id" in muunnetut \
                and muunnetut["asiakas_id"] is None:
            ongelma(rivi, "asiakas_id", _viesti("tunnus_puuttuu"))
        for kentta in ARVIOT:
            if kentta in muunnetut and muunnetut[kentta] is None:
                ongelma(rivi, kentta, _viesti("puuttuu_arvio"))
        if "tuotot" in muunnetut and muunnetut["tuotot"] is None:
            ongelma(rivi, "tuotot", _viesti("puuttuu_tuotot"))
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
            viesti += _viesti("lisaa", luettelo="; ".join(muut))
        raise AsiakkuusVirhe(viesti)
    if not rivinumerot:
        raise _virhe("vain_otsikko", paikka=lahde.paikka(otsikkorivi))
    _tarkista_yhdistetyt(lahde, otsikkorivi + 1)
    nahdyt: dict[str, int] = {}
    tunnussarake = "asiakas_id" if "asiakas_id" in sarakkeet else "nimi"
    for rivi, tunnus in zip(rivinumerot, tulos["asiakas_id"]):
        if tunnus in nahdyt:
            indeksi, otsikko = sarakkeet[tunnussarake]
            raise _virhe("kaksoiskappale", paikka=lahde.paikka(rivi, indeksi, otsikko),
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
            raise _Soluvirhe(_viesti("ei_kokonaisluku", arvo=str(luku).replace(".", ",")))
        if not 1 <= luku <= 5:
            raise _Soluvirhe(_viesti("ei_asteikolla", arvo=arvo))
        return int(luku)
    if luku < 0:
        raise _Soluvirhe(_viesti("negatiivinen", arvo=str(arvo).replace(".", ",")))
    return luku

