"""Vienti Exceliin: katteet, pisteet ja avainasiakkaat työkirjaan, jonka kaavat elävät."""

from __future__ import annotations

import datetime as dt
import math
import numbers
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .. import portfolio
from ..argumentit import kuvaile, tarkista_argumentit
from ..virheet import AsiakkuusVirhe, rivin_nimi, virhe
from .kirjoitus import (_AVAINTAYTTO, _LASKETTU, _REUNA, _SYOTETAYTTO, _VAROITUSTAYTTO,
                        _ohjeet, _otsikkorivi, _tallenna, _tarkista_kohde, _teksti,
                        _vaakatuloste)
from .lukeminen import suojaa_xml_pako
from .ohjetekstit import VIENNIN_OHJEET
from .sarakkeet import (ARVIOT, EUROMUOTO, EUROT, OHJEVALILEHTI, PAIVAMUOTO, PISTEMUOTO,
                        PROSENTTIMUOTO, SUURIN_RIVIMAARA, esimerkkiasiakkaat)
from .tulkinta import _luku, _paiva, _Soluvirhe, _tarkista_luku_solu, _tekstiksi


@dataclass(frozen=True)
class _Vientisarake:
    nimi: str
    otsikko: str
    leveys: float
    muoto: str | None = None
    laskettu: bool = False


_VIENTISARAKKEET = [
    _Vientisarake("asiakas_id", "Tunnus", 16),
    _Vientisarake("nimi", "Asiakas", 30),
    _Vientisarake("tyyppi", "Asiakaslaji", 16),
    _Vientisarake("asiakas_alkaen", "Asiakkuus alkanut", 12, PAIVAMUOTO),
    _Vientisarake("tuotot", "Tuotot", 13, EUROMUOTO),
    _Vientisarake("suorat_kustannukset", "Suorat kustannukset", 13, EUROMUOTO),
    _Vientisarake("myyntikate", "Myyntikate", 13, EUROMUOTO, True),
    _Vientisarake("myynnin_kustannukset", "Myynnin kustannukset", 13, EUROMUOTO),
    _Vientisarake("markkinoinnin_kustannukset", "Markkinoinnin kustannukset", 14, EUROMUOTO),
    _Vientisarake("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset", 14, EUROMUOTO),
    _Vientisarake("asiakkuuden_kate", "Asiakkuuden kate", 13, EUROMUOTO, True),
    _Vientisarake("myyntikate_pros", "Myyntikate-%", 11, PROSENTTIMUOTO, True),
    _Vientisarake("kate_pros", "Kate-%", 10, PROSENTTIMUOTO, True),
    *[_Vientisarake(k, portfolio.KRITEERIEN_NIMET[k], 14, "0", k in ("myyntivolyymi",
                                                                     "kannattavuus"))
      for k in portfolio.KRITEERIT],
    _Vientisarake("pisteet", "Pisteet", 10, PISTEMUOTO, True),
    _Vientisarake("sija", "Sija", 8, "0", True),
    _Vientisarake("avainasiakas", "Avainasiakas", 13, None, True),
]
VIENNIN_RIVIT = {"otsikko": 3, "ensimmainen": 4, "painot": 2}
"""Vientityökirjan rivit: painot rivillä 2, otsikot rivillä 3, asiakkaat rivistä 4 alkaen."""


@tarkista_argumentit
def vientisarakkeet() -> dict[str, str]:
    """Vientityökirjan Portfolio-välilehden sarakkeet: kurssin nimi → sarakkeen kirjain.

    Painot ovat rivillä 2 kriteerien sarakkeiden yläpuolella, avainasiakkaiden määrä
    solussa B2 ja asiakkaat rivistä 4 alkaen.

    >>> s = vientisarakkeet()
    >>> s["tuotot"], s["myyntivolyymi"], s["pisteet"], s["sija"]
    ('E', 'N', 'T', 'U')
    """
    return {s.nimi: get_column_letter(i) for i, s in enumerate(_VIENTISARAKKEET, start=1)}


@tarkista_argumentit
def vientikaavat(polku: Path | str, sarakkeet: list[str], rivi: int = 4) -> pd.DataFrame:
    """Vientityökirjan kaavat yhdeltä riviltä luettavaksi: sarake ja sen kaava.

    Tiedostossa uudempien Excel-funktioiden edessä on tunnus ``_xlfn.`` (esimerkiksi
    ``_xlfn.RANK.AVG``). Excel ei näytä sitä käyttäjälle, joten se jätetään tästäkin pois.
    Työkirja avataan vain lukemista varten.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as k:
    ...     polku = vie_exceliin(Path(k) / "p.xlsx", esimerkkiasiakkaat())
    ...     print(vientikaavat(polku, ["myyntikate"]).iloc[0, 1])
    =ROUND(E4-F4,2)
    """
    if not isinstance(polku, (str, os.PathLike)) or isinstance(polku, bytes):
        raise virhe("excel_ei_polku", funktio="vientikaavat", esimerkki="portfolio.xlsx",
                    saatu=kuvaile(polku), lisa="")
    kirjaimet = vientisarakkeet()
    for nimi in sarakkeet:
        if nimi not in kirjaimet:
            raise virhe("excel_tuntematon_vientisarake", sarake=nimi,
                        sarakkeet=", ".join(kirjaimet))
    if rivi < VIENNIN_RIVIT["ensimmainen"]:
        raise virhe("excel_vientirivi", rivi=rivi, eka=VIENNIN_RIVIT["ensimmainen"])
    polku = Path(polku)
    if not polku.is_file():
        raise virhe("excel_ei_loydy", polku=polku)
    try:
        tyokirja = openpyxl.load_workbook(polku, read_only=True)
    except Exception:   # openpyxl nostaa monenlaisia virheitä rikkinäisestä tiedostosta
        raise virhe("excel_vioittunut", nimi=polku.name) from None
    try:
        if "Portfolio" not in tyokirja.sheetnames:
            raise virhe("excel_ei_vientityokirja", nimi=polku.name)
        taulukko = tyokirja["Portfolio"]
        kaavat = [str(taulukko[f"{kirjaimet[nimi]}{rivi}"].value).replace("_xlfn.", "")
                  for nimi in sarakkeet]
    finally:
        tyokirja.close()
    otsikot = {s.nimi: s.otsikko for s in _VIENTISARAKKEET}
    return pd.DataFrame({"Sarake": [otsikot[n] for n in sarakkeet], "Kaava": kaavat})


def vie_exceliin(polku: str | os.PathLike, asiakkaat: pd.DataFrame,
                 painot: Mapping[str, float] | str | None = None, avainasiakkaita: int = 5,
                 korvaa: bool = False) -> Path:
    """Vie katteet, pisteet ja avainasiakkaat uuteen Excel-työkirjaan, jossa kaavat elävät.

    ``asiakkaat`` on ``lue_asiakkaat``-funktion tulos. Välilehdellä *Portfolio* on yksi
    asiakas riviä kohden (tunnuksen mukaan järjestettynä), ja sen voi lukea takaisin
    funktiolla ``lue_asiakkaat``: tulos on sama taulukko tunnuksen mukaan järjestettynä. Painot ovat keltaisissa
    soluissa rivillä 2 kunkin kriteerin yläpuolella ja avainasiakkaiden määrä solussa B2.
    Myyntikate, asiakkuuden kate, katteiden prosentit, myyntivolyymin ja kannattavuuden
    pisteet (``portfolio.pisteet_1_5`` Excelin kaavana), painotettu pistemäärä
    (TULOJEN.SUMMA eli SUMPRODUCT), sija (ARVON.MUKAAN.TASAN eli RANK.EQ, tasapisteissä
    tunnuksen mukaan kuten ``portfolio.pisteyta``) ja avainasiakas ovat kaavoja, joten
    painon muuttaminen Excelissä järjestää asiakkaat uudelleen. Avainasiakkaat korostetaan
    ehdollisella muotoilulla, joka seuraa sijaa. Välilehti *Järjestys* näyttää asiakkaat
    sijan mukaan (INDEX/MATCH-kaavat) ja *Ohjeet* kertoo, miten työkirjaa käytetään ilman
    Pythonia.

    Olemassa olevaa tiedostoa ei korvata, ellei ``korvaa=True``. Työkirja kirjoitetaan
    ensin väliaikaiseen tiedostoon samaan kansioon ja nimetään sitten lopulliseksi.
    Asiakkaita saa olla enintään ``SUURIN_RIVIMAARA`` (5 000; vienti vie silloin
    enintään noin 6 sekuntia suoritinaikaa), ja tiedostonimi saa olla enintään 200 tavua pitkä. Väärät argumentit
    (esimerkiksi vaihdettu järjestys tai tyhjä arvo) antavat yhden suomenkielisen
    ``AsiakkuusVirhe``-virheen ennen kuin mitään kirjoitetaan.

    >>> import shutil, tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> tiedosto = vie_exceliin(kansio / "portfolio.xlsx", esimerkkiasiakkaat())
    >>> ws = openpyxl.load_workbook(tiedosto)["Portfolio"]
    >>> ws["N2"].value, ws["T4"].value
    (30, '=ROUND(SUMPRODUCT($N$2:$S$2,N4:S4)/SUM($N$2:$S$2),9)')
    >>> vie_exceliin(tiedosto, esimerkkiasiakkaat())
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto '...portfolio.xlsx' on jo olemassa, enkä korvaa sitä. Anna uusi tiedostonimi tai kirjoita korvaa=True, jos haluat korvata vanhan tiedoston.
    >>> shutil.rmtree(kansio)
    """
    if isinstance(polku, pd.DataFrame) and isinstance(asiakkaat, (str, os.PathLike)):
        raise virhe("excel_vaihdetut", funktio="vie_exceliin", kaytto=_KAYTTO)
    polku = _tarkista_kohde(polku, korvaa)
    if not isinstance(asiakkaat, pd.DataFrame):
        raise virhe("excel_ei_asiakkaita", funktio="vie_exceliin",
                    saatu=kuvaile(asiakkaat), kaytto=_KAYTTO)
    if isinstance(asiakkaat.columns, pd.MultiIndex):
        raise virhe("excel_moniotsikko", funktio="vie_exceliin")
    if any(n is not None and n in asiakkaat.columns for n in asiakkaat.index.names):
        # Esimerkiksi set_index("asiakas_id", drop=False): tunnus on sekä rivien nimenä
        # että sarakkeena. Vienti ei käytä rivien nimiä, joten ne voi jättää pois.
        asiakkaat = asiakkaat.reset_index(drop=True)
    painot = portfolio.hae_painot(painot)
    maara = _kokonaisluku(avainasiakkaita)
    if maara is None:
        raise virhe("excel_avainasiakkaita", funktio="vie_exceliin",
                    saatu=kuvaile(avainasiakkaita))
    if len(asiakkaat) > SUURIN_RIVIMAARA:
        raise virhe("excel_vienti_liikaa", maara=len(asiakkaat), raja=SUURIN_RIVIMAARA)
    vietavat = _vietavat(asiakkaat)
    avainasiakkaita = maara
    portfolio.oma_portfolio(vietavat, painot, maara)   # tarkistaa syötteen ennen kirjoitusta
    # Rivit tunnuksen mukaan: silloin "ylempi rivi voittaa tasapisteissä" on sama sääntö
    # kuin portfolio.pisteyta-funktiossa, painoista riippumatta.
    rivit = vietavat.sort_values("asiakas_id", kind="stable", ignore_index=True)
    if "tyyppi" not in rivit.columns:
        rivit["tyyppi"] = "muu"
    if "asiakas_alkaen" not in rivit.columns:
        rivit["asiakas_alkaen"] = pd.NaT

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    _portfolio_valilehti(ws, rivit, painot, avainasiakkaita)
    _jarjestys_valilehti(wb.create_sheet("Järjestys"), len(rivit))
    _ohjeet(wb.create_sheet(OHJEVALILEHTI), "Näin käytät portfoliotyökirjaa", VIENNIN_OHJEET)
    wb.calculation.fullCalcOnLoad = True   # Excel laskee kaavat heti avattaessa
    return _tallenna(wb, polku, korvaa)


_KAYTTO = "vie_exceliin('omat_tiedostot/portfolio.xlsx', asiakkaat)"


def _kokonaisluku(arvo) -> int | None:
    """Ei-negatiivinen kokonaisluku (myös 5.0) tai None: ei totuusarvoa, tekstiä eikä ääretöntä."""
    if isinstance(arvo, bool) or not isinstance(arvo, numbers.Real):
        return None
    try:
        luku = float(arvo)
    except OverflowError:   # 10**400
        return None
    if not math.isfinite(luku) or not luku.is_integer() or luku < 0:
        return None
    return int(luku)


def _vietavat(asiakkaat: pd.DataFrame) -> pd.DataFrame:
    """Vietävä kopio: tunnus, nimi ja laji tekstinä ja päivä päivänä samoin säännöin kuin
    lukiessa (``lue_asiakkaat``), joten luettu taulukko menee läpi sellaisenaan ja viety
    työkirja luetaan takaisin samana. Mitä työkirjaan ei voi tallentaa tai mitä ei voisi
    lukea takaisin (ohjausmerkki, puuttuva tunnus tai nimi, ääretön euromäärä), siitä tulee
    virhe ennen kirjoittamista."""
    tulos = asiakkaat.copy()

    def paikka(sijainti: int, sarake: str) -> str:
        return f"Asiakkaat, rivi {rivin_nimi(asiakkaat, sijainti)}, sarake '{sarake}'"

    for sarake in ("asiakas_id", "nimi", "tyyppi", "asiakas_alkaen", *EUROT):
        if sarake not in tulos.columns:
            continue
        uudet = []
        for sijainti, arvo in enumerate(tulos[sarake]):
            tyhja = arvo is None or (not isinstance(arvo, (list, tuple, dict, set))
                                     and pd.isna(arvo))
            try:
                if sarake in EUROT:
                    if isinstance(arvo, numbers.Real) and not isinstance(arvo, bool) \
                            and not tyhja:
                        _tarkista_luku_solu(sarake, _luku(arvo, "euro"))
                    uudet.append(arvo)   # muut virheet kertoo kate.laske_kateketju
                elif sarake == "asiakas_alkaen":
                    uudet.append(_paiva(None if tyhja else arvo))
                else:
                    if not tyhja and not isinstance(arvo, (str, numbers.Real, dt.date)):
                        raise _Soluvirhe(str(virhe("excel_ei_tekstia", arvo=kuvaile(arvo))))
                    teksti = None if tyhja else _tekstiksi(arvo)
                    if teksti is None and sarake != "tyyppi":
                        raise _Soluvirhe(str(virhe("excel_tunnus_puuttuu" if sarake == "asiakas_id"
                                                   else "excel_nimi_puuttuu")))
                    uudet.append(teksti)
            except _Soluvirhe as syy:
                raise AsiakkuusVirhe(f"{paikka(sijainti, sarake)}: {syy}") from None
        tulos[sarake] = pd.Series(uudet, index=tulos.index, dtype=object) \
            if sarake in ("asiakas_id", "nimi", "tyyppi") else uudet
    if "asiakas_alkaen" in tulos.columns:
        tulos["asiakas_alkaen"] = pd.to_datetime(tulos["asiakas_alkaen"])
    return tulos


def _portfolio_valilehti(ws, rivit: pd.DataFrame, painot: dict[str, float],
                         avainasiakkaita: int) -> None:
    s = vientisarakkeet()
    eka = VIENNIN_RIVIT["ensimmainen"]
    vika = eka + len(rivit) - 1
    kriteerit = f"${s['myyntivolyymi']}$2:${s['oppimisarvo']}$2"

    ws["A1"] = "Asiakasportfolio"
    ws["A1"].font = Font(bold=True, size=16)
    ws["E1"] = ("Muuta keltaisia soluja: painot (%) ja avainasiakkaiden määrä. Katteet, "
                "pisteet, sijat ja avainasiakkaat päivittyvät itsestään.")
    ws["E1"].font = Font(italic=True)
    ws["A2"] = "Avainasiakkaita"
    ws["A2"].font = Font(bold=True)
    ws["B2"] = avainasiakkaita
    ws[f"{s['kate_pros']}2"] = "Painot (%) →"
    ws[f"{s['kate_pros']}2"].font = Font(bold=True)
    ws[f"{s['kate_pros']}2"].alignment = Alignment(horizontal="right")
    for kriteeri in portfolio.KRITEERIT:
        arvo = painot[kriteeri]
        ws[f"{s[kriteeri]}2"] = int(arvo) if float(arvo).is_integer() else arvo
    summa = ws[f"{s['pisteet']}2"]
    summa.value = f"=SUM({kriteerit})"
    summa.number_format = '0 "% yht."'
    summa.font = Font(bold=True)
    for solu in [ws["B2"], *(ws[f"{s[k]}2"] for k in portfolio.KRITEERIT)]:
        solu.fill = _SYOTETAYTTO
        solu.border = _REUNA
        solu.font = Font(bold=True)
        solu.alignment = Alignment(horizontal="center")
    ws.add_data_validation(_kelpo(DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100",
        error="Anna paino prosentteina 0–100. Painojen summan pitää olla 100."),
        f"{s['myyntivolyymi']}2:{s['oppimisarvo']}2"))
    ws.add_data_validation(_kelpo(DataValidation(
        type="whole", operator="between", formula1="0", formula2=str(len(rivit)),
        error=f"Anna avainasiakkaiden määrä kokonaislukuna 0–{len(rivit)}."), "B2"))

    otsikkorivi = VIENNIN_RIVIT["otsikko"]
    _otsikkorivi(ws, otsikkorivi, [v.otsikko for v in _VIENTISARAKKEET],
                 [v.leveys for v in _VIENTISARAKKEET])

    def alue(nimi: str) -> str:
        return f"${s[nimi]}${eka}:${s[nimi]}${vika}"

    def pisteet_1_5(nimi: str, r: int) -> str:
        # portfolio.pisteet_1_5: sija = keskimääräinen nouseva sija, p = (sija − 1)/(n − 1),
        # pisteet = min(5, 1 + ⌊5p + 1e-9⌋); yksi asiakas saa 3 pistettä.
        n = f"COUNT({alue(nimi)})"
        sija = f"_xlfn.RANK.AVG({s[nimi]}{r},{alue(nimi)},1)"
        return f"=IF({n}=1,3,MIN(5,1+INT(5*(({sija}-1)/({n}-1))+1E-9)))"

    for i, asiakas in enumerate(rivit.itertuples(index=False)):
        r = eka + i
        tiedot = asiakas._asdict()
        kaavat = {
            # Sentin tarkkuudella kuten portfolio.pisteet_1_5: samat eurot, samat pisteet.
            "myyntikate": f"=ROUND({s['tuotot']}{r}-{s['suorat_kustannukset']}{r},2)",
            "asiakkuuden_kate": (f"=ROUND({s['myyntikate']}{r}-({s['myynnin_kustannukset']}{r}"
                                 f"+{s['markkinoinnin_kustannukset']}{r}"
                                 f"+{s['asiakaspalvelun_kustannukset']}{r}),2)"),
            "myyntikate_pros": f'=IF({s["tuotot"]}{r}=0,"",{s["myyntikate"]}{r}/{s["tuotot"]}{r})',
            "kate_pros": f'=IF({s["tuotot"]}{r}=0,"",{s["asiakkuuden_kate"]}{r}/{s["tuotot"]}{r})',
            "myyntivolyymi": pisteet_1_5("tuotot", r),
            # portfolio.kannattavuuspisteet: tappiollinen asiakas saa aina 1 pisteen.
            "kannattavuus": (f"=IF({s['asiakkuuden_kate']}{r}<0,1,"
                             f"{pisteet_1_5('asiakkuuden_kate', r).lstrip('=')})"),
            "pisteet": (f"=ROUND(SUMPRODUCT({kriteerit},{s['myyntivolyymi']}{r}:"
                        f"{s['oppimisarvo']}{r})/SUM({kriteerit}),9)"),
            # Tasapisteissä ylempi rivi (pienempi tunnus) saa paremman sijan.
            "sija": (f"=_xlfn.RANK.EQ({s['pisteet']}{r},{alue('pisteet')},0)"
                     f"+COUNTIF(${s['pisteet']}${otsikkorivi}:{s['pisteet']}{r - 1},"
                     f"{s['pisteet']}{r})"),
            "avainasiakas": f'=IF({s["sija"]}{r}<=$B$2,"kyllä","ei")',
        }
        for j, sarake in enumerate(_VIENTISARAKKEET, start=1):
            if sarake.nimi in kaavat:
                solu = ws.cell(r, j, kaavat[sarake.nimi])
                solu.fill = _LASKETTU
            else:
                arvo = tiedot.get(sarake.nimi)
                if sarake.nimi == "asiakas_alkaen":
                    arvo = None if pd.isna(arvo) else arvo.to_pydatetime()
                elif sarake.nimi in ARVIOT:
                    arvo = int(arvo)
                elif sarake.nimi in EUROT:
                    arvo = float(arvo)
                elif isinstance(arvo, str):
                    arvo = suojaa_xml_pako(arvo)   # kirjaimellinen _x0041_ pysyy tekstinä
                solu = _teksti(ws, r, j, arvo)
            if sarake.muoto:
                solu.number_format = sarake.muoto
            if sarake.nimi in ("sija", "avainasiakas", *portfolio.KRITEERIT):
                solu.alignment = Alignment(horizontal="center")

    ws.freeze_panes = f"C{eka}"
    _vaakatuloste(ws)
    ws.auto_filter.ref = f"A{otsikkorivi}:{get_column_letter(len(_VIENTISARAKKEET))}{vika}"
    koko = f"A{eka}:{get_column_letter(len(_VIENTISARAKKEET))}{vika}"
    ws.conditional_formatting.add(koko, FormulaRule(
        formula=[f"${s['sija']}{eka}<=$B$2"], fill=_AVAINTAYTTO, font=Font(bold=True)))
    for nimi in ("asiakkuuden_kate", "kate_pros", "myyntikate"):
        ws.conditional_formatting.add(
            f"{s[nimi]}{eka}:{s[nimi]}{vika}",
            CellIsRule(operator="lessThan", formula=["0"], font=Font(color="C00000", bold=True)))
    ws.conditional_formatting.add(f"{s['pisteet']}2", FormulaRule(
        formula=[f"ROUND(${s['pisteet']}$2,6)<>100"], fill=_VAROITUSTAYTTO))



def _kelpo(validointi: DataValidation, alue: str) -> DataValidation:
    validointi.showErrorMessage = True
    validointi.errorTitle = "Tarkista arvo"
    validointi.add(alue)
    return validointi


def _jarjestys_valilehti(ws, n: int) -> None:
    s = vientisarakkeet()
    eka = VIENNIN_RIVIT["ensimmainen"]
    vika = eka + n - 1
    ws["A1"] = "Asiakkaat sijan mukaan"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Järjestys päivittyy itsestään, kun muutat painoja tai avainasiakkaiden "
                "määrää välilehdellä Portfolio.")
    ws["A2"].font = Font(italic=True)
    sarakkeet = [("sija", "Sija", 8, "0"), ("asiakas_id", "Tunnus", 10, None),
                 ("nimi", "Asiakas", 30, None), ("tyyppi", "Asiakaslaji", 16, None),
                 ("pisteet", "Pisteet", 10, PISTEMUOTO), ("tuotot", "Tuotot", 13, EUROMUOTO),
                 ("asiakkuuden_kate", "Asiakkuuden kate", 14, EUROMUOTO),
                 ("avainasiakas", "Avainasiakas", 13, None)]
    otsikkorivi = VIENNIN_RIVIT["otsikko"]
    _otsikkorivi(ws, otsikkorivi, [o for _, o, _, _ in sarakkeet], [l for _, _, l, _ in sarakkeet])
    sijat = f"Portfolio!${s['sija']}${eka}:${s['sija']}${vika}"
    for k in range(1, n + 1):
        r = eka + k - 1
        for j, (nimi, _, _, muoto) in enumerate(sarakkeet, start=1):
            if nimi == "sija":
                solu = ws.cell(r, j, k)
            else:
                lahde = f"Portfolio!${s[nimi]}${eka}:${s[nimi]}${vika}"
                solu = ws.cell(r, j, f"=INDEX({lahde},MATCH($A{r},{sijat},0))")
            if muoto:
                solu.number_format = muoto
            if nimi in ("sija", "avainasiakas"):
                solu.alignment = Alignment(horizontal="center")
    ws.freeze_panes = f"A{eka}"
    _vaakatuloste(ws)
    viimeinen = get_column_letter(len(sarakkeet))
    ws.conditional_formatting.add(f"A{eka}:{viimeinen}{vika}", FormulaRule(
        formula=[f'${viimeinen}{eka}="kyllä"'], fill=_AVAINTAYTTO, font=Font(bold=True)))
