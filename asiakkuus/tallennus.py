"""Opiskelijan vastausten tallennus: jokainen tarkistus kirjataan tiedostoon.

Kun painat harjoituksessa **Tarkista** (tai Enteriä), vastaus kirjataan kurssikansion
kansioon ``omat_vastaukset/``, yksi tiedosto opiskelijaa kohden. Kun avaat muistion
huomenna uudelleen ja ajat sen, nimesi ja jokaisen tehtävän viimeisin vastaus palaavat.

Tiedostoon tallennetaan vain se, mitä arviointi tarvitsee (tietojen minimointi):
nimi tai opiskelijanumero sellaisena kuin kirjoitit sen, tehtävän tunnus, vastaus,
oliko se oikein, mihin tyypilliseen virheeseen se osui ja milloin tarkistit. Koneen
käyttäjänimeä, kansioiden polkuja tai piilotunnisteita ei tallenneta.

Kirjoitus on atominen: uusi sisältö kirjoitetaan ensin väliaikaistiedostoon samaan
kansioon ja vaihdetaan sitten vanhan tilalle (``os.replace``). Jos kirjoitus keskeytyy,
vanha tiedosto jää ehjäksi; rikkinäistä tai tyhjää tiedostoa ei synny.

>>> import tempfile
>>> kansio = Path(tempfile.mkdtemp())
>>> from asiakkuus.tehtavat import Tulos
>>> polku = kirjaa("Aino Niemi", "03_1", "8270", Tulos(False, "Tämä on myyntikate.", 0),
...                kansio=kansio, aika="2026-09-01T10:00:00+03:00")
>>> polku.name
'aino-niemi.json'
>>> viimeisimmat(lue("Aino Niemi", kansio=kansio))["03_1"]["vastaus"]
'8270'
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

from .argumentit import kuvaile, tarkista_argumentit
from .tehtavat import Tulos, nimen_avain
from .virheet import AsiakkuusVirhe, os_syy, viesti, virhe

#: Ympäristömuuttuja, jolla kurssikansion voi antaa (esim. JupyterHubissa tai testeissä).
KURSSIKANSIO_MUUTTUJA = "ASIAKKUUS_KURSSIKANSIO"
VASTAUSKANSIO = "omat_vastaukset"
MUOTO = "asiakkuus-vastaukset"
VERSIO = 1
#: Nimen tai opiskelijanumeron suurin pituus merkkeinä.
NIMEN_PITUUS = 80
#: Pisin tallennettava vastaus merkkeinä; sama raja pätee palautustiedostoon (``palautus``),
#: joten tallennettu vastaus mahtuu aina palautukseen. Lomaketehtävän vastaus mahtuu.
VASTAUKSEN_PITUUS = 200


@tarkista_argumentit
def kurssikansio(alku: Path | None = None) -> Path:
    """Kurssikansio: lähin kansio, jossa ovat ``notebooks/`` ja ``exercises/``.

    Haku alkaa kansiosta ``alku`` tai nykyisestä kansiosta (muistiossa: muistion oma
    kansio) ja nousee ylöspäin. Ilman ``alku``-kansiota ympäristömuuttuja
    ``ASIAKKUUS_KURSSIKANSIO`` ohittaa haun. Jos kurssikansiota ei
    löydy, käytetään nykyistä kansiota.

    >>> (kurssikansio(Path(__file__).parents[1] / "exercises") / "notebooks").is_dir()
    True
    """
    if alku is None and os.environ.get(KURSSIKANSIO_MUUTTUJA):
        return Path(os.environ[KURSSIKANSIO_MUUTTUJA])
    alku = Path.cwd() if alku is None else Path(alku)
    for kansio in [alku, *alku.parents][:4]:
        if (kansio / "notebooks").is_dir() and (kansio / "exercises").is_dir():
            return kansio
    return alku


@tarkista_argumentit
def siisti_nimi(nimi) -> str:
    """Nimi sellaisenaan, mutta ylimääräiset välilyönnit poistettuina.

    >>> siisti_nimi("  Aino   Niemi ")
    'Aino Niemi'
    """
    return " ".join(("" if nimi is None else str(nimi)).split())


@tarkista_argumentit
def nimen_ongelma(nimi) -> str | None:
    """Miksi nimeä ei voi käyttää, tai None, jos nimi kelpaa.

    Nimi päätyy arvosanataulukkoon (CSV ja Excel), joten se ei saa alkaa merkillä, jonka
    taulukko-ohjelma tulkitsisi kaavaksi, eikä sisältää ohjausmerkkejä.

    >>> nimen_ongelma("Aino Niemi") is None, nimen_ongelma("=1+1") is not None
    (True, True)
    """
    nimi = siisti_nimi(nimi)
    if not nimi:
        return viesti("nimi_puuttuu")
    if len(nimi) > NIMEN_PITUUS:
        return viesti("nimi_liian_pitka", pituus=len(nimi), pisin=NIMEN_PITUUS)
    if nimi[0] in "=+-@":
        return viesti("nimi_kaavamerkki", merkki=nimi[0])
    if any(unicodedata.category(m).startswith("C") for m in nimi):
        return viesti("nimi_ohjausmerkki")
    return None


@tarkista_argumentit
def tiedoston_nimi(nimi: str) -> str:
    """Opiskelijan tiedoston nimi: nimi pienillä ASCII-kirjaimilla, väliviivat välien tilalla.

    Isot ja pienet kirjaimet eivät erota opiskelijoita (sama sääntö kuin lukujen arvonnassa).
    Jos nimestä ei jää yhtään kirjainta tai numeroa (esim. kiinalaiset merkit), tiedoston
    nimeksi tulee merkkien koodit.

    >>> tiedoston_nimi("Äimä Öljymäki"), tiedoston_nimi("2412345")
    ('aima-oljymaki.json', '2412345.json')
    """
    puhdas = nimen_avain(nimi)
    ascii_ = unicodedata.normalize("NFKD", puhdas).encode("ascii", "ignore").decode()
    lyhyt = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:60]
    if not lyhyt:
        lyhyt = "-".join(f"{ord(m):x}" for m in puhdas if not m.isspace())[:60]
    return f"{lyhyt}.json"


@tarkista_argumentit(pitkat=("teksti",))
def kirjoita_atomisesti(polku: Path, teksti: str) -> None:
    """Kirjoita teksti tiedostoon niin, ettei keskeytys jätä rikkinäistä tiedostoa.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.json"
    >>> kirjoita_atomisesti(p, "{}"); p.read_text()
    '{}'
    """
    polku = Path(polku)
    polku.parent.mkdir(parents=True, exist_ok=True)
    kahva, valiaikainen = tempfile.mkstemp(prefix=f".{polku.stem}-", suffix=".tmp",
                                           dir=polku.parent)
    try:
        with os.fdopen(kahva, "w", encoding="utf-8", newline="\n") as tiedosto:
            tiedosto.write(teksti)
            tiedosto.flush()
            os.fsync(tiedosto.fileno())
        os.replace(valiaikainen, polku)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(valiaikainen)
        raise


@tarkista_argumentit
def vastauskansio(kansio: Path | None = None) -> Path:
    """Kansio, jossa opiskelijoiden vastaustiedostot ovat (``omat_vastaukset``).

    >>> vastauskansio(Path("kurssi") / "omat_vastaukset").name
    'omat_vastaukset'
    """
    return Path(kansio) if kansio is not None else kurssikansio() / VASTAUSKANSIO


@tarkista_argumentit
def tiedosto(nimi: str, kansio: Path | None = None) -> Path:
    """Opiskelijan vastaustiedoston polku.

    >>> tiedosto("Aino Niemi", Path("vastaukset")).as_posix()
    'vastaukset/aino-niemi.json'
    """
    return vastauskansio(kansio) / tiedoston_nimi(nimi)


@tarkista_argumentit
def tyhja(nimi: str) -> dict:
    """Uusi, tyhjä vastaustiedoston sisältö.

    >>> tyhja(" Aino  Niemi")["nimi"], tyhja("Aino Niemi")["yritykset"]
    ('Aino Niemi', [])
    """
    return {"muoto": MUOTO, "versio": VERSIO, "nimi": siisti_nimi(nimi), "yritykset": []}


def _kelpaa(sisalto) -> bool:
    return (isinstance(sisalto, dict) and sisalto.get("muoto") == MUOTO
            and isinstance(sisalto.get("yritykset"), list)
            and all(isinstance(y, dict) and isinstance(y.get("tehtava"), str)
                    for y in sisalto["yritykset"]))


@tarkista_argumentit
def lue(nimi: str, kansio: Path | None = None) -> dict:
    """Opiskelijan tallennetut vastaukset; tyhjä sisältö, jos tiedostoa ei ole tai se on rikki.

    Rikkinäistä tiedostoa ei poisteta: seuraava kirjaus siirtää sen talteen nimellä
    ``….rikki.json``, jotta opettaja voi katsoa sitä.

    >>> import tempfile
    >>> lue("Aino Niemi", kansio=Path(tempfile.mkdtemp()))["yritykset"]
    []
    """
    try:
        sisalto = json.loads(tiedosto(nimi, kansio).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # puuttuu, rikki tai syvälle sisäkkäinen
        return tyhja(nimi)
    return sisalto if _kelpaa(sisalto) else tyhja(nimi)


@tarkista_argumentit
def kirjaa(nimi: str, tunnus: str, vastaus, tulos: Tulos, kansio: Path | None = None,
           aika: str | None = None) -> Path:
    """Kirjaa yksi tarkistus opiskelijan tiedostoon ja palauta tiedoston polku.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> kirjaa("2412345", "03_1", 6020, Tulos(True, "Oikein."), kansio=kansio).name
    '2412345.json'
    >>> lue("2412345", kansio)["yritykset"][0]["vastaus"]
    6020
    """
    if ongelma := nimen_ongelma(nimi):
        raise AsiakkuusVirhe(ongelma)
    if not isinstance(tulos, Tulos):
        raise virhe("tallennus_ei_tulos", saatu=kuvaile(tulos))
    polku = tiedosto(nimi, kansio)
    sisalto = lue(nimi, kansio)
    if polku.exists() and not sisalto["yritykset"]:
        _siirra_rikkinainen_talteen(polku)
    sisalto["nimi"] = siisti_nimi(nimi)
    sisalto["yritykset"].append({
        "tehtava": tunnus,
        "vastaus": _tallennettava(vastaus),
        "oikein": tulos.oikein,
        "vaarinkasitys": tulos.vaarinkasitys,
        "aika": aika or datetime.now().astimezone().isoformat(timespec="seconds"),
    })
    try:
        kirjoita_atomisesti(polku, json.dumps(sisalto, ensure_ascii=False, indent=1))
    except OSError as syy:
        raise virhe("tallennus_ei_onnistu", polku=polku, syy=os_syy(syy)) from None
    return polku


def _tallennettava(vastaus):
    """Vastaus JSON-tiedostoon: tavallinen luku sellaisenaan, muu tekstinä (ei Infinity/NaN)."""
    if (isinstance(vastaus, (int, float)) and not isinstance(vastaus, bool)
            and abs(vastaus) < 1e15):  # NaN ei täytä ehtoa, joten siitä tulee teksti
        return vastaus
    if isinstance(vastaus, int) and vastaus.bit_length() > 3 * VASTAUKSEN_PITUUS:
        return "(liian pitkä luku)"  # yli 180 numeroa: ei mahdu palautukseen eikä ole vastaus
    teksti = str(vastaus)
    if len(teksti) > VASTAUKSEN_PITUUS:
        raise virhe("tallennus_vastaus_pitka", pituus=len(teksti), pisin=VASTAUKSEN_PITUUS)
    return teksti


def _siirra_rikkinainen_talteen(polku: Path) -> None:
    try:
        sisalto = json.loads(polku.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        sisalto = None
    if sisalto is None or not _kelpaa(sisalto):
        with contextlib.suppress(OSError):
            os.replace(polku, polku.with_suffix(".rikki.json"))


@tarkista_argumentit
def viimeisimmat(sisalto: dict) -> dict[str, dict]:
    """Jokaisen tehtävän viimeisin yritys: tunnus -> yritys.

    >>> viimeisimmat({"yritykset": [{"tehtava": "03_1", "vastaus": "1"},
    ...                             {"tehtava": "03_1", "vastaus": "2"}]})["03_1"]["vastaus"]
    '2'
    """
    return {y["tehtava"]: y for y in sisalto.get("yritykset", [])}


@tarkista_argumentit
def viimeisin_opiskelija(kansio: Path | None = None) -> str | None:
    """Sen opiskelijan nimi, jonka vastauksia on tallennettu viimeksi, tai None.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> viimeisin_opiskelija(kansio) is None
    True
    >>> _ = kirjaa("Aino Niemi", "03_1", "1", Tulos(False, "Ei vielä."), kansio=kansio)
    >>> viimeisin_opiskelija(kansio)
    'Aino Niemi'
    """
    try:
        tiedostot = [p for p in vastauskansio(kansio).glob("*.json")
                     if not p.name.endswith(".rikki.json")]
    except OSError:
        return None
    for polku in sorted(tiedostot, key=_muokattu, reverse=True):
        try:
            sisalto = json.loads(polku.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _kelpaa(sisalto) and not nimen_ongelma(sisalto.get("nimi")):
            return siisti_nimi(sisalto["nimi"])
    return None


def _muokattu(polku: Path) -> float:
    try:
        return polku.stat().st_mtime
    except OSError:
        return 0.0


@tarkista_argumentit
def aloita_alusta(nimi: str, kansio: Path | None = None) -> bool:
    """Poista opiskelijan tallennetut vastaukset (aloita alusta). True, jos jotain poistettiin.

    >>> import tempfile
    >>> kansio = Path(tempfile.mkdtemp())
    >>> _ = kirjaa("Aino Niemi", "03_1", "1", Tulos(False, "Ei vielä."), kansio=kansio)
    >>> aloita_alusta("Aino Niemi", kansio), aloita_alusta("Aino Niemi", kansio)
    (True, False)
    """
    polku = tiedosto(nimi, kansio)
    try:
        polku.unlink()
    except FileNotFoundError:
        return False
    return True
