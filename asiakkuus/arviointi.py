"""Opettajan arviointi: palautustiedostot arvosanoiksi ja luokan yhteenvedoksi.

Komento ``python -m asiakkuus arvioi KANSIO`` lukee kaikki palautustiedostot (``*.json``)
kansiosta ja sen alikansioista. Moodlen **Lataa kaikki palautukset** antaa zip-tiedoston,
jossa jokaisella opiskelijalla on oma alikansionsa; pura se ja anna purettu kansio.

Arviointi ei luota tiedoston oikein-merkintöihin: jokaisen opiskelijan omat luvut
arvotaan uudelleen hänen nimestään (``tehtavat.siemen_nimesta``) ja jokainen vastaus
tarkistetaan uudelleen (``tehtavat.tarkista``). Saman opiskelijan tiedostot (yksi
harjoitusta kohden ja yksi koko kurssista) yhdistetään: jokaisen tehtävän yritykset
otetaan uusimmasta tiedostosta, jossa tehtävään on vastattu. Viallinen tiedosto ei
pysäytä arviointia, vaan siitä tulee yksi rivi ongelmien luetteloon.

Tulokset kirjoitetaan kansioon ``KANSIO/arviointi`` (``kirjoita_arviointi``):

- ``arvosanat_moodle.csv``: arvosanataulukko Moodleen tuotavaksi (UTF-8, pilkku erottimena)
- ``arvosanat.xlsx``: sama taulukko Excelissä
- ``yhteenveto_tehtavat.csv`` ja ``yhteenveto_vaarinkasitykset.csv``: luokan yhteenveto
- ``yhteenveto.png``: oikein vastanneiden osuudet tehtävittäin videotykille
- ``ongelmat.txt``: viallisten tiedostojen luettelo (vain, jos ongelmia oli)

**Arvosanat Moodleen.** Sarake ``Tunniste`` on nimi tai opiskelijanumero juuri sellaisena
kuin opiskelija sen kirjoitti (usean tiedoston opiskelijalla uusimman tiedoston mukaan).
Moodlessa valitse arvioinnin tuonti CSV-tiedostosta (*Grades → Import → CSV file*), erotin
pilkku ja merkistö UTF-8. Kohdassa *Käyttäjän tunnistus* (Identify user) yhdistä sarake
``Tunniste`` Moodlen kenttään *ID-numero* (ID number), jos opiskelijat kirjoittivat
opiskelijanumeronsa, tai *Sähköpostiosoite* (Email address), jos he kirjoittivat
sähköpostiosoitteensa. Liitä sitten sarake ``Pisteet (%)`` tai ``Oikein`` oikeaan
arviointikohteeseen; ``Huomautus`` sopii saman kohteen palautteeksi. Pelkkä nimi ei
yhdisty Moodlessa mihinkään kenttään, joten pyydä opiskelijoita kirjoittamaan nimen
tilalle opiskelijanumero tai sähköpostiosoite. Opiskelijat ovat samat, jos nimet ovat
samat isoista kirjaimista ja väleistä riippumatta; kaksi samannimistä opiskelijaa
saisi myös samat luvut.

>>> import json, tempfile
>>> from asiakkuus import palautus
>>> from asiakkuus.tehtavat import siemen_nimesta, tehtava
>>> kansio = Path(tempfile.mkdtemp())
>>> oikea = tehtava("03_1", siemen_nimesta("2412345")).oikea
>>> sisalto = palautus.tee_palautus("2412345", "03", {"yritykset": [
...     {"tehtava": "03_1", "vastaus": "1", "oikein": False},
...     {"tehtava": "03_1", "vastaus": oikea, "oikein": True}]})
>>> _ = (kansio / "palautus.json").write_text(json.dumps(sisalto), encoding="utf-8")
>>> tulos = arvioi_kansio(kansio)
>>> tulos.arvosanat[["Tunniste", "Oikein", "Oikein 1. yrityksellä", "Harjoitukset 3"]]
  Tunniste  Oikein  Oikein 1. yrityksellä  Harjoitukset 3
0  2412345       1                      0               1
>>> sorted(p.name for p in kirjoita_arviointi(tulos, kansio / TULOSKANSIO))[:2]
['arvosanat.xlsx', 'arvosanat_moodle.csv']
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .argumentit import kuvaile, tarkista_argumentit
from . import palautus, tallennus
from . import tehtavat as t
from .virheet import AsiakkuusVirhe, viesti, virhe

#: Tuloskansio palautuskansion sisällä; sitä ei lueta palautuksina.
TULOSKANSIO = "arviointi"
MOODLE_CSV = "arvosanat_moodle.csv"
EXCEL = "arvosanat.xlsx"
TEHTAVAT_CSV = "yhteenveto_tehtavat.csv"
VAARINKASITYKSET_CSV = "yhteenveto_vaarinkasitykset.csv"
KUVA = "yhteenveto.png"
ONGELMAT = "ongelmat.txt"
TIEDOSTOT = (MOODLE_CSV, EXCEL, TEHTAVAT_CSV, VAARINKASITYKSET_CSV, KUVA, ONGELMAT)

#: Rajat pitävät arvioinnin ajan kohtuullisena, jos kansio on väärä (esim. koko kotikansio).
ENINTAAN_KOHTEITA = 200_000
ENINTAAN_PALAUTUKSIA = 10_000

#: Yhteenvetotaulukon osuussarakkeet (myös kuvio ``kuvat.luokan_yhteenveto`` käyttää näitä).
ENSIMMAISELLA = "Oikein 1. yrityksellä (%)"
LOPULTA = "Oikein lopulta (%)"

#: Väärinkäsitysten lajit: tyypillinen virhe (lukutehtävä), väärä vaihtoehto, ei luku, muu.
TYYPILLINEN = "tyypillinen virhe"
VAARA_VAIHTOEHTO = "väärä vaihtoehto"
EI_LUKU = "ei luku"
MUU = "muu väärä"
_LAUSEET = {
    TYYPILLINEN: "{n} / {N} sai palautteen ”{nimi}” tehtävässä {nro}",
    VAARA_VAIHTOEHTO: "{n} / {N} {nimi} tehtävässä {nro}",
    EI_LUKU: "{n} / {N} kirjoitti muun kuin luvun tehtävässä {nro}",
    MUU: "{n} / {N} antoi muun väärän vastauksen tehtävässä {nro}",
}
#: Monivalinnassa arvailusta kertoo oikea vastaus vasta tällä yrityksellä tai myöhemmin.
ARVAUKSEN_RAJA = 3


@dataclass(frozen=True)
class Arviointi:
    """Arvioinnin tulos: taulukot ja ongelmat.

    ``tulokset`` on pitkä taulukko (rivi opiskelijaa ja tehtävää kohden), josta muut
    taulukot lasketaan: ``arvosanat`` (rivi opiskelijaa kohden), ``tehtavat`` (rivi
    tehtävää kohden) ja ``vaarinkasitykset``. ``ongelmat`` ovat suomenkieliset rivit
    viallisista tiedostoista; ``tiedostoja`` on luettujen ehjien tiedostojen määrä.

    >>> tyhja = arvioi_palautukset([])
    >>> tyhja.opiskelijoita, list(tyhja.arvosanat.columns)[:2]
    (0, ['Tunniste', 'Oikein'])
    """

    tulokset: pd.DataFrame
    arvosanat: pd.DataFrame
    tehtavat: pd.DataFrame
    vaarinkasitykset: pd.DataFrame
    ongelmat: list[str] = field(default_factory=list)
    tiedostoja: int = 0

    @property
    def opiskelijoita(self) -> int:
        """Arvioitujen opiskelijoiden määrä."""
        return len(self.arvosanat)


# --- nimet ----------------------------------------------------------------------------------

@tarkista_argumentit
def tehtavan_numero(tunnus: str) -> str:
    """Tehtävän numero ihmiselle: ``03_1`` → ``3.1``.

    >>> tehtavan_numero("03_1"), tehtavan_numero("06_4")
    ('3.1', '6.4')
    """
    return t.numero(tunnus)


@tarkista_argumentit
def tehtavan_nimi(tunnus: str) -> str:
    """Tehtävän numero ja otsikko, esimerkiksi ``3.1 Asiakkuuden kate``.

    >>> tehtavan_nimi("03_1")
    '3.1 Asiakkuuden kate'
    """
    return f"{tehtavan_numero(tunnus)} {_muunnelma(tunnus, 0).otsikko}"


def _teemat() -> list[str]:
    return sorted({tunnus.split("_")[0] for tunnus in t.tehtavat()})


def _teeman_sarake(teema: str) -> str:
    return f"Harjoitukset {int(teema)}"


@lru_cache(maxsize=8192)
def _muunnelma(tunnus: str, siemen: int) -> t.Tehtava:
    return t.tehtava(tunnus, siemen)


@lru_cache(maxsize=8192)
def _kysymys(tunnus: str, siemen: int) -> str:
    return palautus.kysymyksen_tarkiste(_muunnelma(tunnus, siemen))


_LAUSEEN_LOPPU = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_LUKU = re.compile(r"\d+(?:[\s\u00a0\u202f.,]\d+)*")


def _ensimmainen_lause(teksti: str) -> str:
    return _LAUSEEN_LOPPU.split(str(teksti).strip(), maxsplit=1)[0]


@lru_cache(maxsize=8192)
def _tyypillisen_nimi(tunnus: str, siemen: int, numero: int) -> str:
    """Tyypillisen virheen nimi: selityksen ensimmäinen lause oletusmuunnelmasta.

    Selityksissä on muunnelman omia lukuja, joten eri opiskelijoiden sama virhe saa
    saman nimen oletusmuunnelman sanamuodosta. Vastine haetaan lauseen muodosta luvut
    pois lukien; jos sitä ei löydy, käytetään samaa järjestysnumeroa (kun tyypillisiä
    virheitä on yhtä monta) ja viimeisenä opiskelijan oman muunnelman lausetta.
    """
    oma = _muunnelma(tunnus, siemen).tyypilliset
    lause = _ensimmainen_lause(oma[numero][1])
    oletus = [_ensimmainen_lause(selitys) for _, selitys in _muunnelma(tunnus, 0).tyypilliset]
    muoto = _LUKU.sub("#", lause)
    vastineet = [i for i, ehdokas in enumerate(oletus) if _LUKU.sub("#", ehdokas) == muoto]
    if vastineet:
        return oletus[numero if numero in vastineet else vastineet[0]]
    if len(oletus) == len(oma):
        return oletus[numero]
    return lause


# --- tiedostojen etsiminen ja lukeminen ----------------------------------------------------

def _tekstiksi(teksti: str) -> str:
    """Tiedostonimen tavut, jotka eivät ole UTF-8:aa, näkyvät merkkinä � eivätkä kaada."""
    return teksti.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _tuhansittain(luku: int) -> str:
    """Kokonaisluku viestiin välilyönnein tuhansittain: 200000 -> '200 000'."""
    return f"{luku:,}".replace(",", " ")


def _nimea(suhteellinen: Path, teksti: str) -> str:
    """Lisää virheviestin alkuun alikansio: viesti alkaa jo tiedoston nimellä."""
    ylakansio = suhteellinen.parent.as_posix()
    return _tekstiksi(teksti if ylakansio in ("", ".") else f"{ylakansio}/{teksti}")


@tarkista_argumentit
def etsi_palautukset(kansio: Path, ohita: Iterable[Path] = ()) -> tuple[list[Path], list[str]]:
    """Kaikki ``*.json``-tiedostot kansiosta alikansioineen ja ongelmat niitä etsittäessä.

    Tuloskansio ``arviointi`` ja ``ohita``-kansiot jätetään väliin. Kansiolinkkejä ei
    seurata, ja kansion ulkopuolelle osoittava tiedostolinkki jätetään lukematta; kumpikin
    kerrotaan ongelmana. Kansiota ei muuteta. Jos kansiota ei ole tai siinä ei ole yhtään
    ``.json``-tiedostoa, nousee ``AsiakkuusVirhe``.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> (kansio / "Aino Niemi_123").mkdir()
    >>> _ = (kansio / "Aino Niemi_123" / "palautus_03_aino-niemi.json").write_text("{}")
    >>> polut, ongelmat = etsi_palautukset(kansio)
    >>> [p.relative_to(kansio).as_posix() for p in polut], ongelmat
    (['Aino Niemi_123/palautus_03_aino-niemi.json'], [])
    """
    kansio = Path(kansio)
    if not kansio.exists():
        raise virhe("arviointi_ei_kansiota", kansio=kansio)
    if not kansio.is_dir():
        raise virhe("arviointi_zip" if kansio.suffix.lower() == ".zip" else "arviointi_ei_kansio",
                    kansio=kansio)
    juuri = kansio.resolve()
    ohitettavat = {(juuri / TULOSKANSIO)} | {Path(p).resolve() for p in ohita}
    polut: list[Path] = []
    ongelmat: list[str] = []
    kohteita = 0

    def suhteessa(polku) -> str:
        with contextlib.suppress(ValueError):
            return Path(polku).relative_to(juuri).as_posix()
        return str(polku)

    def lukuvirhe(syy: OSError) -> None:
        ongelmat.append(f"{suhteessa(syy.filename)}: kansiota ei voi lukea "
                        f"({syy.strerror or 'lukuvirhe'}); sen tiedostot jäivät arvioimatta.")

    try:
        for ylakansio, kansiot, tiedostot in os.walk(juuri, onerror=lukuvirhe):
            kohteita += len(kansiot) + len(tiedostot)
            if kohteita > ENINTAAN_KOHTEITA:
                raise virhe("arviointi_liikaa_kohteita", kansio=kansio,
                            raja=_tuhansittain(ENINTAAN_KOHTEITA))
            ylakansio = Path(ylakansio)
            kansiot.sort()
            seurattavat = []
            for nimi in kansiot:
                polku = ylakansio / nimi
                if polku in ohitettavat:
                    continue
                if polku.is_symlink():
                    ongelmat.append(f"{suhteessa(polku)}: linkki toiseen kansioon; sitä ei "
                                    "seurata eikä sen tiedostoja arvioida.")
                    continue
                if nimi.lower().endswith(".json"):
                    polut.append(polku)  # lukeminen kertoo, ettei tämä ole tiedosto
                seurattavat.append(nimi)
            kansiot[:] = seurattavat
            for nimi in sorted(tiedostot):
                if not nimi.lower().endswith(".json"):
                    continue
                polku = ylakansio / nimi
                if polku.is_symlink():
                    try:
                        osoite = polku.resolve(strict=True)
                    except (OSError, RuntimeError):
                        ongelmat.append(f"{suhteessa(polku)}: linkki osoittaa tiedostoon, "
                                        "jota ei ole; sitä ei luettu.")
                        continue
                    if not osoite.is_relative_to(juuri):
                        ongelmat.append(f"{suhteessa(polku)}: linkki osoittaa kansion "
                                        "ulkopuolelle; sitä ei luettu.")
                        continue
                polut.append(polku)
                if len(polut) > ENINTAAN_PALAUTUKSIA:
                    raise virhe("arviointi_liikaa_palautuksia", kansio=kansio,
                                raja=_tuhansittain(ENINTAAN_PALAUTUKSIA))
    except RecursionError:
        raise virhe("arviointi_liian_syva", kansio=kansio) from None
    if not polut and not ongelmat:
        raise virhe("arviointi_ei_palautuksia", kansio=kansio)
    return polut, [_tekstiksi(rivi) for rivi in ongelmat]


@tarkista_argumentit
def lue_palautukset(kansio: Path, ohita: Iterable[Path] = ()
                    ) -> tuple[list[tuple[str, dict]], list[str]]:
    """Lue kansion palautustiedostot: (tiedoston nimi, sisältö) -parit ja ongelmat.

    Jokainen tiedosto, jonka ``palautus.lue_palautus`` hylkää, antaa täsmälleen yhden
    ongelmarivin, joka nimeää tiedoston (alikansioineen); muut tiedostot luetaan silti.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> _ = (kansio / "rikki.json").write_text('{"muoto": ')
    >>> lue_palautukset(kansio)
    ([], ['rikki.json: tiedosto on rikki tai vajaa (ei kelvollista JSONia). Pyydä opiskelijaa tekemään palautustiedosto uudelleen.'])
    """
    polut, ongelmat = etsi_palautukset(kansio, ohita)
    juuri = Path(kansio).resolve()
    palautukset = []
    for polku in polut:
        suhteellinen = polku.relative_to(juuri)
        try:
            sisalto = palautus.lue_palautus(polku)
        except AsiakkuusVirhe as vika:
            ongelmat.append(_nimea(suhteellinen, str(vika)))
            continue
        palautukset.append((_tekstiksi(suhteellinen.as_posix()), sisalto))
    return palautukset, ongelmat


# --- arviointi -------------------------------------------------------------------------------

def _aika(teksti) -> float:
    """Palautuksen tekoaika sekunteina vertailua varten (kelvoton aika on vanhin).

    Aika ilman aikavyöhykettä tulkitaan paikalliseksi ajaksi.
    """
    try:
        aika = datetime.fromisoformat(str(teksti))
        return (aika if aika.tzinfo is not None else aika.astimezone()).timestamp()
    except (ValueError, OverflowError, OSError):
        return float("-inf")


def _vaarinkasitys(tehtava: t.Tehtava, siemen: int, vastaus, tulos: t.Tulos
                   ) -> tuple[str, str]:
    """Väärän vastauksen (laji, nimi) yhteenvetoa varten."""
    if tehtava.valinta:
        valittu = textwrap.shorten(str(vastaus).strip(), 60, placeholder="…")
        return VAARA_VAIHTOEHTO, f"valitsi ”{valittu}”"
    if not tehtava.lomake and t.lue_luku(vastaus) is None:  # lomakkeen vastaus ei ole luku
        return EI_LUKU, "vastaus ei ollut luku"
    if tulos.vaarinkasitys is not None and tulos.vaarinkasitys < len(tehtava.tyypilliset):
        return TYYPILLINEN, _tyypillisen_nimi(tehtava.tunnus, siemen, tulos.vaarinkasitys)
    return MUU, "muu väärä vastaus"


def _arvioi_tehtava(tunnus: str, siemen: int, yritykset: list[dict]) -> dict:
    """Yhden opiskelijan yhden tehtävän yritykset tarkistettuina uudelleen."""
    tehtava = _muunnelma(tunnus, siemen)
    tulokset = [t.tarkista(tehtava, y.get("vastaus")) for y in yritykset]
    oikeat = [i for i, tulos in enumerate(tulokset) if tulos.oikein]
    ennen_oikeaa = oikeat[0] if oikeat else len(tulokset)
    return {
        "yrityksia": len(yritykset),
        "oikein_ensimmaisella": bool(tulokset) and tulokset[0].oikein is True,
        "oikein_lopulta": bool(oikeat),
        "oikea_yrityksella": oikeat[0] + 1 if oikeat else None,
        # Väärinkäsitykset ennen ensimmäistä oikeaa: sen jälkeen opiskelija vain kokeilee.
        "vaarinkasitykset": tuple(sorted({
            _vaarinkasitys(tehtava, siemen, y.get("vastaus"), tulos)
            for y, tulos in zip(yritykset[:ennen_oikeaa], tulokset[:ennen_oikeaa])
            if tulos.oikein is False})),
        "merkinnat_eroavat": any(not isinstance(y.get("oikein"), bool)
                                 or y.get("oikein") != tulos.oikein
                                 for y, tulos in zip(yritykset, tulokset)),
    }


def _yritykset(sisalto: dict, tunnus: str) -> list[dict]:
    """Tehtävän yritykset tiedostosta; tyhjä vastaus ei ole yritys."""
    tieto = sisalto.get("tehtavat", {}).get(tunnus)
    if not isinstance(tieto, dict):
        return []
    return [y for y in tieto.get("yritykset", []) if isinstance(y, dict)
            and not (isinstance(y.get("vastaus"), str) and not y["vastaus"].strip())]


@tarkista_argumentit
def arvioi_palautukset(palautukset: Iterable[tuple[str, dict]],
                       ongelmat: Iterable[str] = ()) -> Arviointi:
    """Arvioi luetut palautukset: (tiedoston nimi, sisältö) -parit ``lue_palautus``ista.

    Saman opiskelijan tiedostot yhdistetään. Jokaisen tehtävän yritykset otetaan
    uusimmasta (kenttä ``luotu``) tiedostosta, jossa tehtävään on vastattu, ja ne
    tarkistetaan uudelleen opiskelijan omilla luvuilla. Jos tehtävän teksti on muuttunut
    tai tiedoston oikein-merkinnät eivät vastaa vastauksia, ongelmiin tulee rivi.

    >>> from asiakkuus import palautus
    >>> oikea = t.tehtava("03_1", t.siemen_nimesta("Aino Niemi")).oikea
    >>> p = palautus.tee_palautus("Aino Niemi", "03", {"yritykset": [
    ...     {"tehtava": "03_1", "vastaus": oikea, "oikein": True}]})
    >>> tulos = arvioi_palautukset([("a.json", p)])
    >>> tulos.arvosanat[["Tunniste", "Oikein"]].to_dict("records")
    [{'Tunniste': 'Aino Niemi', 'Oikein': 1}]
    >>> int(tulos.arvosanat["Tehtäviä"].iloc[0]) == len(t.tehtavat())
    True
    """
    ongelmat = list(ongelmat)
    ryhmat: dict[str, list[tuple[float, int, str, dict]]] = {}
    palautukset = list(palautukset)
    for jarjestys, pari in enumerate(palautukset):
        # Kelvoton pari (käsin tehty tai muokattu) on ongelma kuten rikkinäinen tiedosto.
        if not (isinstance(pari, tuple) and len(pari) == 2 and isinstance(pari[1], dict)):
            ongelmat.append(viesti("arviointi_ei_pari", numero=jarjestys + 1,
                                   saatu=kuvaile(pari)))
            continue
        tiedosto, sisalto = str(pari[0]), pari[1]
        try:
            palautus.tarkista_kentat(tiedosto, sisalto)
        except AsiakkuusVirhe as vika:
            ongelmat.append(str(vika))
            continue
        ryhmat.setdefault(t.nimen_avain(sisalto["nimi"]), []).append(
            (_aika(sisalto.get("luotu")), jarjestys, tiedosto, sisalto))
    rivit = []
    for avain, tiedostot in sorted(ryhmat.items()):
        tiedostot.sort(key=lambda x: (x[0], x[1]), reverse=True)  # uusin ensin
        tunniste = tallennus.siisti_nimi(tiedostot[0][3]["nimi"])
        siemen = t.siemen_nimesta(tunniste)
        for tunnus in t.tehtavat():
            rivi = {"avain": avain, "tunniste": tunniste, "tunnus": tunnus,
                    "teema": tunnus.split("_")[0], "valinta": _muunnelma(tunnus, 0).valinta,
                    "tiedosto": None, "yrityksia": 0, "oikein_ensimmaisella": False,
                    "oikein_lopulta": False, "oikea_yrityksella": None,
                    "vaarinkasitykset": (), "teksti_muuttunut": False,
                    "merkinnat_eroavat": False}
            for _, _, tiedosto, sisalto in tiedostot:
                if yritykset := _yritykset(sisalto, tunnus):
                    rivi.update(_arvioi_tehtava(tunnus, siemen, yritykset), tiedosto=tiedosto)
                    kysymys = sisalto["tehtavat"][tunnus].get("kysymys")
                    rivi["teksti_muuttunut"] = kysymys != _kysymys(tunnus, siemen)
                    nro = tehtavan_numero(tunnus)
                    if rivi["teksti_muuttunut"]:
                        versio = str(sisalto.get("paketti", "?"))[:20]
                        ongelmat.append(
                            f"{tiedosto}: tehtävän {nro} teksti on eri kuin tässä kurssiversiossa "
                            f"(opiskelijalla versio {versio}). Tarkistettu tämän version "
                            "luvuilla, joten oikeakin vastaus voi näkyä vääränä. Käytä samaa "
                            "kurssiversiota kuin opiskelijat.")
                    if rivi["merkinnat_eroavat"]:
                        ongelmat.append(f"{tiedosto}: tehtävän {nro} oikein-merkinnät eivät "
                                        "vastaa vastauksia; arvioitu vastausten perusteella.")
                    break
            rivit.append(rivi)
    tulokset = pd.DataFrame(rivit, columns=_TULOSSARAKKEET)
    tulokset["oikea_yrityksella"] = tulokset["oikea_yrityksella"].astype("Int64")
    return Arviointi(tulokset=tulokset, arvosanat=arvosanat(tulokset),
                     tehtavat=tehtavayhteenveto(tulokset),
                     vaarinkasitykset=vaarinkasitystaulukko(tulokset),
                     ongelmat=ongelmat, tiedostoja=len(palautukset))


_TULOSSARAKKEET = ["avain", "tunniste", "tunnus", "teema", "valinta", "tiedosto", "yrityksia",
                   "oikein_ensimmaisella", "oikein_lopulta", "oikea_yrityksella",
                   "vaarinkasitykset", "teksti_muuttunut", "merkinnat_eroavat"]


@tarkista_argumentit
def arvioi_kansio(kansio: Path, ohita: Iterable[Path] = ()) -> Arviointi:
    """Lue ja arvioi kansion kaikki palautustiedostot alikansioineen.

    Kansioon ei kirjoiteta mitään; tiedostot kirjoittaa ``kirjoita_arviointi``.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> _ = (kansio / "tyhja.json").write_bytes(b"")
    >>> tulos = arvioi_kansio(kansio)
    >>> tulos.opiskelijoita, len(tulos.ongelmat)
    (0, 1)
    """
    palautukset, ongelmat = lue_palautukset(kansio, ohita)
    return arvioi_palautukset(palautukset, ongelmat)


# --- taulukot --------------------------------------------------------------------------------

def _luetteloksi(numerot: list[str]) -> str:
    return ", ".join(numerot)


def _huomautus(ryhma: pd.DataFrame) -> str:
    osat = []
    arvaukset = ryhma[ryhma["valinta"] & (ryhma["oikea_yrityksella"].fillna(0)
                                           >= ARVAUKSEN_RAJA)]
    if len(arvaukset):
        osat.append("monivalinta oikein vasta myöhemmällä yrityksellä: " + ", ".join(
            f"{tehtavan_numero(tunnus)} ({int(kerta)}. yritys)"
            for tunnus, kerta in zip(arvaukset["tunnus"], arvaukset["oikea_yrityksella"])))
    if ryhma["teksti_muuttunut"].any():
        osat.append("tehtävän teksti muuttunut: " + _luetteloksi(
            [tehtavan_numero(x) for x in ryhma.loc[ryhma["teksti_muuttunut"], "tunnus"]]))
    if ryhma["merkinnat_eroavat"].any():
        osat.append("oikein-merkinnät eivät täsmää: " + _luetteloksi(
            [tehtavan_numero(x) for x in ryhma.loc[ryhma["merkinnat_eroavat"], "tunnus"]]))
    return "; ".join(osat)


def _vaadi_sarakkeet(taulu: pd.DataFrame, sarakkeet: Iterable[str]) -> None:
    """Arvioinnin taulukko kelpaa, kun sarakkeet ovat mukana; rivejä saa olla nolla."""
    for sarake in sarakkeet:
        if sarake not in taulu.columns:
            raise virhe("arviointi_tulokset", sarake=sarake)  # käsin tehty tai muokattu taulukko


@tarkista_argumentit
def arvosanat(tulokset: pd.DataFrame) -> pd.DataFrame:
    """Arvosanataulukko: rivi opiskelijaa kohden tunnisteen mukaan järjestettynä.

    Sarakkeet: ``Tunniste`` (Moodlen ID-numero tai sähköpostiosoite), ``Oikein``
    (lopulta oikein ratkaistut tehtävät), ``Oikein 1. yrityksellä``, ``Tehtäviä`` (kurssin
    kaikki tehtävät), ``Pisteet (%)``, jokaisen harjoituksen oikein ratkaistut
    (``Harjoitukset 1`` …) ja ``Huomautus`` (esim. arvailu monivalinnassa).

    >>> tulokset = pd.DataFrame({"avain": ["a"] * 2, "tunniste": ["A"] * 2,
    ...     "tunnus": ["01_1", "01_2"], "teema": ["01"] * 2, "valinta": [False, True],
    ...     "oikein_ensimmaisella": [True, False], "oikein_lopulta": [True, True],
    ...     "oikea_yrityksella": [1, 3], "teksti_muuttunut": [False] * 2,
    ...     "merkinnat_eroavat": [False] * 2})
    >>> rivi = arvosanat(tulokset).to_dict("records")[0]
    >>> rivi["Oikein"], rivi["Pisteet (%)"] == round(100 * 2 / len(t.tehtavat()), 1)
    (2, True)
    >>> rivi["Huomautus"]
    'monivalinta oikein vasta myöhemmällä yrityksellä: 1.2 (3. yritys)'
    """
    _vaadi_sarakkeet(tulokset, ("avain", "tunniste", "tunnus", "teema", "valinta",
                                "oikein_ensimmaisella", "oikein_lopulta", "oikea_yrityksella",
                                "teksti_muuttunut", "merkinnat_eroavat"))
    teemat = _teemat()
    sarakkeet = ["Tunniste", "Oikein", "Oikein 1. yrityksellä", "Tehtäviä", "Pisteet (%)",
                 *(_teeman_sarake(teema) for teema in teemat), "Huomautus"]
    tehtavia = len(t.tehtavat())
    rivit = []
    for _, ryhma in tulokset.groupby("avain", sort=True):
        oikein = int(ryhma["oikein_lopulta"].sum())
        rivi = {"Tunniste": ryhma["tunniste"].iloc[0], "Oikein": oikein,
                "Oikein 1. yrityksellä": int(ryhma["oikein_ensimmaisella"].sum()),
                "Tehtäviä": tehtavia, "Pisteet (%)": round(100 * oikein / tehtavia, 1)}
        for teema in teemat:
            rivi[_teeman_sarake(teema)] = int(ryhma.loc[ryhma["teema"] == teema,
                                                        "oikein_lopulta"].sum())
        rivi["Huomautus"] = _huomautus(ryhma)
        rivit.append(rivi)
    taulukko = pd.DataFrame(rivit, columns=sarakkeet)
    lukusarakkeet = [s for s in sarakkeet if s not in ("Tunniste", "Pisteet (%)", "Huomautus")]
    return taulukko.astype({s: "int64" for s in lukusarakkeet} | {"Pisteet (%)": "float64"})


@tarkista_argumentit
def tehtavayhteenveto(tulokset: pd.DataFrame) -> pd.DataFrame:
    """Luokan tulokset tehtävittäin: rivi jokaista kurssin tehtävää kohden järjestyksessä.

    ``Vastanneita`` on tehtävään vastanneiden opiskelijoiden määrä. Osuudet (``Oikein 1.
    yrityksellä (%)`` ja ``Oikein lopulta (%)``) lasketaan kaikista arvioiduista
    opiskelijoista eli kaikista, jotka palauttivat jotain, ei vain tehtävään vastanneista:
    vastaamatta jäänyt tehtävä laskee osuutta. ``Yrityksiä (mediaani)`` lasketaan
    tehtävään vastanneista.

    >>> tulokset = pd.DataFrame({"avain": ["a", "b"], "tunnus": ["03_1", "03_1"],
    ...     "yrityksia": [1, 3], "oikein_ensimmaisella": [True, False],
    ...     "oikein_lopulta": [True, True]})
    >>> yhteenveto = tehtavayhteenveto(tulokset)
    >>> yhteenveto[yhteenveto["Tunnus"] == "03_1"].to_dict("records")[0]  # doctest: +NORMALIZE_WHITESPACE
    {'Tunnus': '03_1', 'Tehtävä': '3.1 Asiakkuuden kate', 'Vastanneita': 2,
     'Oikein 1. yrityksellä (%)': 50.0, 'Oikein lopulta (%)': 100.0,
     'Yrityksiä (mediaani)': 2.0}
    """
    _vaadi_sarakkeet(tulokset, ("avain", "tunnus", "yrityksia", "oikein_ensimmaisella",
                                "oikein_lopulta"))
    opiskelijoita = tulokset["avain"].nunique() if len(tulokset) else 0
    rivit = []
    for tunnus in t.tehtavat():
        osa = tulokset[tulokset["tunnus"] == tunnus]
        vastanneet = osa[osa["yrityksia"] > 0]
        rivit.append({
            "Tunnus": tunnus, "Tehtävä": tehtavan_nimi(tunnus),
            "Vastanneita": len(vastanneet),
            ENSIMMAISELLA: _osuus(int(osa["oikein_ensimmaisella"].sum()), opiskelijoita),
            LOPULTA: _osuus(int(osa["oikein_lopulta"].sum()), opiskelijoita),
            "Yrityksiä (mediaani)": float(vastanneet["yrityksia"].median())
            if len(vastanneet) else float("nan"),
        })
    return pd.DataFrame(rivit)


def _osuus(maara: int, kaikista: int) -> float:
    return round(100 * maara / kaikista, 1) if kaikista else 0.0


@tarkista_argumentit
def vaarinkasitystaulukko(tulokset: pd.DataFrame) -> pd.DataFrame:
    """Väärinkäsitykset: kuinka moni opiskelija teki kunkin virheen ainakin kerran.

    Rivi (tehtävä, väärinkäsitys) -paria kohden, yleisin ensin. Nimi on lukutehtävässä
    tyypillisen virheen selityksen ensimmäinen lause, monivalinnassa ``valitsi ”…”``,
    muuten ``vastaus ei ollut luku`` tai ``muu väärä vastaus``. Vain ensimmäistä oikeaa
    vastausta edeltäneet yritykset lasketaan. ``Kuvaus`` on valmis lause, esimerkiksi
    ``12 / 30 sai palautteen ”Tämä on myyntikate.” tehtävässä 3.1``; nimittäjänä ovat
    kaikki arvioidut opiskelijat.

    >>> tulokset = pd.DataFrame({"avain": ["a", "b"], "tunnus": ["01_4", "01_4"],
    ...     "vaarinkasitykset": [((VAARA_VAIHTOEHTO, "valitsi ”tuote”"),), ()]})
    >>> vaarinkasitystaulukko(tulokset)["Kuvaus"].tolist()
    ['1 / 2 valitsi ”tuote” tehtävässä 1.4']
    """
    _vaadi_sarakkeet(tulokset, ("avain", "tunnus", "vaarinkasitykset"))
    sarakkeet = ["Tunnus", "Tehtävä", "Väärinkäsitys", "Laji", "Opiskelijoita", "Osuus (%)",
                 "Kuvaus"]
    opiskelijoita = tulokset["avain"].nunique() if len(tulokset) else 0
    laskuri: dict[tuple[str, str, str], set[str]] = {}
    for avain, tunnus, osumat in zip(tulokset["avain"], tulokset["tunnus"],
                                     tulokset["vaarinkasitykset"]):
        for laji, nimi in osumat:
            laskuri.setdefault((tunnus, laji, nimi), set()).add(avain)
    jarjestys = {tunnus: i for i, tunnus in enumerate(t.tehtavat())}
    rivit = []
    for (tunnus, laji, nimi), opiskelijat in laskuri.items():
        n = len(opiskelijat)
        rivit.append({"Tunnus": tunnus, "Tehtävä": tehtavan_nimi(tunnus),
                      "Väärinkäsitys": nimi,
                      "Laji": laji, "Opiskelijoita": n,
                      "Osuus (%)": _osuus(n, opiskelijoita),
                      "Kuvaus": _LAUSEET[laji].format(n=n, N=opiskelijoita, nimi=nimi,
                                                      nro=tehtavan_numero(tunnus))})
    rivit.sort(key=lambda r: (-r["Opiskelijoita"], jarjestys.get(r["Tunnus"], 0),
                              r["Väärinkäsitys"]))
    return pd.DataFrame(rivit, columns=sarakkeet).astype({"Opiskelijoita": "int64"})


@tarkista_argumentit
def yleisimmat(vaarinkasitykset: pd.DataFrame, n: int = 3) -> list[str]:
    """Yleisimpien väärinkäsitysten kuvaukset lauseina (tyypilliset virheet ja vaihtoehdot).

    Muut väärät vastaukset ja muut kuin luvut jätetään pois: ne eivät kerro, mitä
    opiskelijat ymmärsivät väärin.

    >>> v = pd.DataFrame({"Laji": [MUU, TYYPILLINEN], "Kuvaus": ["a", "b"]})
    >>> yleisimmat(v)
    ['b']
    """
    _vaadi_sarakkeet(vaarinkasitykset, ("Laji", "Kuvaus"))
    osa = vaarinkasitykset[vaarinkasitykset["Laji"].isin([TYYPILLINEN, VAARA_VAIHTOEHTO])]
    return osa["Kuvaus"].head(n).tolist()


@tarkista_argumentit
def tiivistelma(arviointi: Arviointi, kohde: Path | None = None) -> str:
    """Lyhyt yhteenveto päätteeseen: arvioidut opiskelijat, tiedostot ja yleisimmät virheet.

    >>> print(tiivistelma(arvioi_palautukset([])))
    Arvioitu 0 opiskelijaa 0 palautustiedostosta.
    """
    opiskelijoita = "opiskelija" if arviointi.opiskelijoita == 1 else "opiskelijaa"
    rivit = [f"Arvioitu {arviointi.opiskelijoita} {opiskelijoita} "
             f"{arviointi.tiedostoja} palautustiedostosta."]
    if arviointi.ongelmat:
        rivit.append(f"Ongelmia {len(arviointi.ongelmat)} (yllä ja tiedostossa {ONGELMAT}).")
    if kohde is not None:
        rivit.append(f"Tulokset kansiossa {kohde}. Tuo {MOODLE_CSV} Moodleen: sarake "
                     "Tunniste on opiskelijan kirjoittama tunniste; liitä se Moodlessa "
                     "ID-numeroon tai sähköpostiosoitteeseen.")
    if yleiset := yleisimmat(arviointi.vaarinkasitykset):
        rivit.append("Yleisimmät väärinkäsitykset:")
        rivit.extend(f"  {lause}" for lause in yleiset)
    return "\n".join(rivit)


# --- tiedostojen kirjoittaminen --------------------------------------------------------------

_KAAVAN_ALUT = ("=", "+", "-", "@", "\t", "\r")


def _ei_kaavaa(arvo):
    """Teksti, jota taulukko-ohjelma ei lue kaavaksi: vaarallisen alun eteen heittomerkki."""
    if isinstance(arvo, str) and arvo.startswith(_KAAVAN_ALUT):
        return "'" + arvo
    return arvo


def _csv(taulukko: pd.DataFrame) -> str:
    turvallinen = taulukko.map(_ei_kaavaa)
    turvallinen.columns = [_ei_kaavaa(str(s)) for s in turvallinen.columns]
    return turvallinen.to_csv(index=False, lineterminator="\n")


def _kirjoita_vaihtamalla(polku: Path, kirjoita) -> None:
    """Kirjoita väliaikaistiedostoon samaan kansioon ja vaihda se sitten paikalleen."""
    kahva, valiaikainen = tempfile.mkstemp(prefix=f".{polku.stem}-", suffix=polku.suffix,
                                           dir=polku.parent)
    os.close(kahva)
    try:
        kirjoita(valiaikainen)
        os.replace(valiaikainen, polku)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(valiaikainen)
        raise


def _excel(taulukko: pd.DataFrame, polku: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    kirja = Workbook()
    lehti = kirja.active
    lehti.title = "Arvosanat"
    for rivi, arvot in enumerate([list(taulukko.columns), *taulukko.itertuples(index=False)],
                                 start=1):
        for sarake, arvo in enumerate(arvot, start=1):
            if hasattr(arvo, "item"):
                arvo = arvo.item()  # numpy-luku tavalliseksi luvuksi
            if isinstance(arvo, float) and arvo != arvo:
                arvo = None
            solu = lehti.cell(rivi, sarake, arvo)
            if isinstance(arvo, str):
                solu.data_type = "s"  # teksti pysyy tekstinä, vaikka se alkaisi =-merkillä
            if rivi == 1:
                solu.font = Font(bold=True)
    for sarake, nimi in enumerate(taulukko.columns, start=1):
        pisin = max([len(str(nimi)), *(len(str(a)) for a in taulukko[nimi])])
        lehti.column_dimensions[get_column_letter(sarake)].width = min(max(10, pisin + 2), 60)
    lehti.freeze_panes = "B2"
    kirja.save(polku)


def _kuva(arviointi: Arviointi, polku: str) -> None:
    from . import kuvat  # kuviot vain tiedostoja kirjoitettaessa; laskenta ei tarvitse niitä

    kuva = kuvat.luokan_yhteenveto(arviointi.tehtavat, opiskelijoita=arviointi.opiskelijoita)
    kuva.savefig(polku, format="png", dpi=150)


@tarkista_argumentit
def kirjoita_arviointi(arviointi: Arviointi, kohde: Path, korvaa: bool = False) -> list[Path]:
    """Kirjoita arvosanat, yhteenvedot, kuvio ja ongelmat kansioon ``kohde``; palauta polut.

    Olemassa olevaa tiedostoa ei korvata ilman ``korvaa=True``: silloin nousee
    ``AsiakkuusVirhe`` ennen kuin mitään kirjoitetaan. Jokainen tiedosto kirjoitetaan
    ensin väliaikaistiedostoon ja vaihdetaan sitten paikalleen, joten keskeytys ei jätä
    puolikasta tiedostoa. ``ongelmat.txt`` kirjoitetaan vain, jos ongelmia oli.

    >>> import tempfile
    >>> kohde = Path(tempfile.mkdtemp())
    >>> _ = (kohde / KUVA).write_bytes(b"vanha")
    >>> kirjoita_arviointi(arvioi_palautukset([]), kohde)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Tiedosto ... on jo olemassa. Korvaa aiempi arviointi valinnalla --korvaa tai kirjoita toiseen kansioon valinnalla --kohde.
    """
    kohde = Path(kohde)
    if kohde.exists() and not kohde.is_dir():
        raise virhe("arviointi_kohde_tiedosto", kohde=kohde)
    if not korvaa:
        for nimi in TIEDOSTOT:
            if os.path.lexists(kohde / nimi):
                raise virhe("arviointi_on_jo", polku=kohde / nimi)
    kirjoitettavat = {
        MOODLE_CSV: lambda p: tallennus.kirjoita_atomisesti(p, _csv(arviointi.arvosanat)),
        EXCEL: lambda p: _kirjoita_vaihtamalla(p, lambda v: _excel(arviointi.arvosanat, v)),
        TEHTAVAT_CSV: lambda p: tallennus.kirjoita_atomisesti(p, _csv(arviointi.tehtavat)),
        VAARINKASITYKSET_CSV: lambda p: tallennus.kirjoita_atomisesti(
            p, _csv(arviointi.vaarinkasitykset)),
        KUVA: lambda p: _kirjoita_vaihtamalla(p, lambda v: _kuva(arviointi, v)),
    }
    if arviointi.ongelmat:
        kirjoitettavat[ONGELMAT] = lambda p: tallennus.kirjoita_atomisesti(
            p, "".join(f"{rivi}\n" for rivi in arviointi.ongelmat))
    polut = []
    polku = kohde
    try:
        kohde.mkdir(parents=True, exist_ok=True)
        for nimi, kirjoita in kirjoitettavat.items():
            polku = kohde / nimi
            kirjoita(polku)
            polut.append(polku)
        polku = kohde / ONGELMAT
        if not arviointi.ongelmat and os.path.lexists(polku):
            polku.unlink()  # vanha luettelo ei saa jäädä harhauttamaan
    except OSError as syy:
        raise virhe("arviointi_kirjoitus", polku=polku,
                    syy=syy.strerror or "kirjoitusvirhe") from None
    return polut
