"""Palautustiedosto: opiskelijan vastaukset yhdessä tiedostossa opettajalle.

Harjoitusmuistion lopussa oleva **Tee palautustiedosto** -painike kirjoittaa kurssikansion
kansioon ``palautukset/`` tiedoston, jonka opiskelija lataa Moodleen tai muuhun
oppimisympäristöön. Tiedostossa ovat vain arvioinnin tarvitsemat tiedot: nimi tai
opiskelijanumero, jokaisen tehtävän yritykset (vastaus, oikein vai ei, aika),
apupaketin versio ja tarkiste.

Opettaja arvioi tiedostot komennolla ``python -m asiakkuus arvioi KANSIO``
(``asiakkuus.arviointi``). Arviointi ei luota tiedoston oikein-merkintöihin, vaan
tarkistaa jokaisen vastauksen uudelleen opiskelijan omilla luvuilla. Tarkiste
(SHA-256 sisällöstä) paljastaa tiedoston käsin muokkaamisen; se ei estä väärentämistä,
koska kuka tahansa voi laskea tarkisteen uudelleen (kurssin koodi on avointa).

>>> import tempfile
>>> from asiakkuus.tehtavat import Tulos
>>> from asiakkuus import tallennus
>>> kansio = Path(tempfile.mkdtemp())
>>> _ = tallennus.kirjaa("Aino Niemi", "03_1", "6020", Tulos(True, "Oikein."),
...                      kansio=kansio / "omat_vastaukset")
>>> polku = kirjoita_palautus("Aino Niemi", "03", kurssi=kansio)
>>> polku.name
'palautus_03_aino-niemi.json'
>>> p = lue_palautus(polku)
>>> p["nimi"], len(p["tehtavat"]["03_1"]["yritykset"]), sorted(p["tehtavat"])[:2]
('Aino Niemi', 1, ['03_1', '03_2'])
"""

from __future__ import annotations

import hashlib
import json
import math
from datetime import datetime
from pathlib import Path

from .argumentit import tarkista_argumentit
from . import tallennus
from . import tehtavat as t
from .virheet import AsiakkuusVirhe, virhe

MUOTO = "asiakkuus-palautus"
VERSIO = 1
PALAUTUSKANSIO = "palautukset"
#: Suurin hyväksytty palautustiedosto. Koko kurssin palautus on tavallisesti alle 50 kt.
SUURIN_KOKO = 2_000_000
#: Yhden vastauksen suurin pituus merkkeinä ja yritysten suurin määrä tehtävää kohden.
VASTAUKSEN_PITUUS = tallennus.VASTAUKSEN_PITUUS
YRITYKSIA_ENINTAAN = 500


@tarkista_argumentit
def kysymyksen_tarkiste(tehtava: t.Tehtava) -> str:
    """Lyhyt tarkiste tehtävän tekstistä: arviointi huomaa, jos tehtävä on muuttunut.

    >>> len(kysymyksen_tarkiste(t.tehtava("03_1")))
    12
    """
    return hashlib.sha256(tehtava.kuvaus.encode("utf-8")).hexdigest()[:12]


@tarkista_argumentit
def tarkiste(sisalto: dict) -> str:
    """Koko palautuksen tarkiste (SHA-256) ilman kenttää ``tarkiste``.

    >>> tarkiste({"a": 1}) == tarkiste({"a": 1, "tarkiste": "vanha"}), len(tarkiste({}))
    (True, 64)
    """
    ilman = {k: v for k, v in sisalto.items() if k != "tarkiste"}
    teksti = json.dumps(ilman, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(teksti.encode("utf-8")).hexdigest()


def _paketin_versio() -> str:
    from . import __version__
    return __version__


@tarkista_argumentit
def tee_palautus(nimi: str, teema: str | None = None, vastaukset: dict | None = None,
                 kansio: Path | None = None, aika: str | None = None) -> dict:
    """Palautuksen sisältö: yhden teeman ("03") tai koko kurssin (None) tehtävät.

    Jokainen teeman tehtävä on mukana; tehtävä, johon ei ole vastattu, on tyhjä lista.

    >>> p = tee_palautus("Aino Niemi", "03", {"yritykset": [
    ...     {"tehtava": "03_1", "vastaus": "6020", "oikein": True}]},
    ...     aika="2026-09-01T10:00:00+03:00")
    >>> p["teema"], p["tehtavat"]["03_1"]["yritykset"][0]["vastaus"], p["tehtavat"]["03_2"]
    ('03', '6020', {'kysymys': '...', 'yritykset': []})
    """
    nimi = tallennus.siisti_nimi(nimi)
    if (ongelma := tallennus.nimen_ongelma(nimi)) is not None:
        raise AsiakkuusVirhe(ongelma)
    if vastaukset is None:
        vastaukset = tallennus.lue(nimi, kansio)
    siemen = t.siemen_nimesta(nimi)
    tehtavat = {}
    for tunnus in t.tehtavat(teema):
        yritykset = [{k: y.get(k) for k in ("vastaus", "oikein", "aika")}
                     for y in vastaukset.get("yritykset", []) if y.get("tehtava") == tunnus]
        if len(yritykset) > YRITYKSIA_ENINTAAN:  # ensimmäinen yritys ja uusimmat mahtuvat
            yritykset = yritykset[:1] + yritykset[1 - YRITYKSIA_ENINTAAN:]
        tehtavat[tunnus] = {"kysymys": kysymyksen_tarkiste(t.tehtava(tunnus, siemen)),
                            "yritykset": yritykset}
    sisalto = {"muoto": MUOTO, "versio": VERSIO, "paketti": _paketin_versio(), "nimi": nimi,
               "teema": teema or "kaikki",
               "luotu": aika or datetime.now().astimezone().isoformat(timespec="seconds"),
               "tehtavat": tehtavat}
    sisalto["tarkiste"] = tarkiste(sisalto)
    return sisalto


@tarkista_argumentit
def palautuksen_nimi(nimi: str, teema: str | None = None) -> str:
    """Palautustiedoston nimi, esim. ``palautus_03_aino-niemi.json``.

    >>> palautuksen_nimi("Aino Niemi"), palautuksen_nimi("2412345", "05")
    ('palautus_kaikki_aino-niemi.json', 'palautus_05_2412345.json')
    """
    return f"palautus_{teema or 'kaikki'}_{tallennus.tiedoston_nimi(nimi)}"


@tarkista_argumentit
def kirjoita_palautus(nimi: str, teema: str | None = None, kurssi: Path | None = None) -> Path:
    """Kirjoita palautustiedosto kurssikansion kansioon ``palautukset/`` ja palauta polku.

    Saman opiskelijan saman teeman edellinen palautustiedosto korvataan uudella.

    >>> import tempfile
    >>> kirjoita_palautus("2412345", kurssi=Path(tempfile.mkdtemp())).name
    'palautus_kaikki_2412345.json'
    """
    kurssi = tallennus.kurssikansio() if kurssi is None else Path(kurssi)
    vastaukset = tallennus.lue(nimi, kurssi / tallennus.VASTAUSKANSIO)
    sisalto = tee_palautus(nimi, teema, vastaukset)
    polku = kurssi / PALAUTUSKANSIO / palautuksen_nimi(nimi, teema)
    tallennus.kirjoita_atomisesti(polku, json.dumps(sisalto, ensure_ascii=False, indent=1))
    return polku


# --- lukeminen ja tarkistus (opettajan arviointia varten) -----------------------------------

@tarkista_argumentit
def lue_palautus(polku: Path) -> dict:
    """Lue ja tarkista yksi palautustiedosto; viallisesta yksi suomenkielinen virhe.

    Tiedostoa ei muuteta. Virhe nimeää tiedoston ja kertoo, mikä siinä on vialla:
    rikki tai vajaa, ei kurssin palautus, muokattu käsin tai tuntematon tehtävä.

    >>> import tempfile
    >>> polku = Path(tempfile.mkdtemp()) / "palautus_03_aino-niemi.json"
    >>> _ = polku.write_text('{"muoto": "asiakkuus-palautus", "versio": 1', encoding="utf-8")
    >>> lue_palautus(polku)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: palautus_03_aino-niemi.json: tiedosto on rikki tai vajaa (ei kelvollista JSONia). Pyydä opiskelijaa tekemään palautustiedosto uudelleen.
    """
    polku = Path(polku)
    try:
        if not polku.is_file():
            raise virhe("palautus_ei_tiedosto", tiedosto=polku.name)
        if polku.stat().st_size > SUURIN_KOKO:
            raise virhe("palautus_liian_suuri", tiedosto=polku.name,
                        koko=f"{polku.stat().st_size:,}".replace(",", " "))
        with open(polku, "rb") as tiedosto:
            raaka = tiedosto.read(SUURIN_KOKO + 1)
    except OSError as syy:
        raise virhe("palautus_ei_luettavissa", tiedosto=polku.name,
                    syy=syy.strerror or "lukuvirhe") from None
    try:
        sisalto = json.loads(raaka.decode("utf-8"), parse_constant=_ei_erikoislukuja)
    except UnicodeDecodeError:
        raise virhe("palautus_ei_utf8", tiedosto=polku.name) from None
    except (ValueError, RecursionError):
        raise virhe("palautus_rikki", tiedosto=polku.name) from None
    if not isinstance(sisalto, dict) or sisalto.get("muoto") != MUOTO:
        raise virhe("palautus_ei_palautus", tiedosto=polku.name)
    if sisalto.get("versio") != VERSIO:
        raise virhe("palautus_versio", tiedosto=polku.name, versio=sisalto.get("versio"),
                    oma=VERSIO)
    try:
        oikea_tarkiste = tarkiste(sisalto)
    except UnicodeEncodeError:  # JSONin \ud800-tyyppinen pari ilman toista puoliskoa
        raise virhe("palautus_merkit", tiedosto=polku.name) from None
    if sisalto.get("tarkiste") != oikea_tarkiste:
        raise virhe("palautus_muokattu", tiedosto=polku.name)
    tarkista_kentat(str(polku), sisalto)
    return sisalto


def _ei_erikoislukuja(arvo: str):
    raise ValueError(arvo)  # NaN ja Infinity eivät ole JSONia


def _on_aika(arvo) -> bool:
    try:
        datetime.fromisoformat(arvo)
    except (TypeError, ValueError):
        return False
    return True


@tarkista_argumentit
def tarkista_kentat(tiedosto: str, sisalto: dict) -> None:
    """Tarkista palautuksen kentät; virhe nimeää tiedoston ja vian (arviointi käyttää tätä).

    >>> tarkista_kentat("x.json", {"nimi": "Aino", "luotu": "2026-09-01T10:00:00", "tehtavat": 5})
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: x.json: tehtävät puuttuvat. Pyydä opiskelijaa tekemään palautustiedosto uudelleen.
    """
    tiedoston_nimi = Path(tiedosto).name
    nimi = sisalto.get("nimi")
    if not isinstance(nimi, str) or (ongelma := tallennus.nimen_ongelma(nimi)) is not None:
        if not isinstance(nimi, str) or not nimi.strip():
            raise virhe("palautus_nimi_puuttuu", tiedosto=tiedoston_nimi)
        raise virhe("palautus_nimi_ei_kelpaa", tiedosto=tiedoston_nimi, syy=ongelma.rstrip("."))
    # Arviointi valitsee saman opiskelijan tiedostoista uusimman tämän ajan mukaan.
    if not isinstance(sisalto.get("luotu"), str) or not _on_aika(sisalto["luotu"]):
        raise virhe("palautus_aika", tiedosto=tiedoston_nimi)
    tehtavat = sisalto.get("tehtavat")
    if not isinstance(tehtavat, dict):
        raise virhe("palautus_ei_tehtavia", tiedosto=tiedoston_nimi)
    for tunnus, tieto in tehtavat.items():
        if tunnus not in t.REKISTERI:
            raise virhe("palautus_tuntematon_tehtava", tiedosto=tiedoston_nimi,
                        tunnus=str(tunnus)[:20])
        yritykset = tieto.get("yritykset") if isinstance(tieto, dict) else None
        if not isinstance(yritykset, list) or len(yritykset) > YRITYKSIA_ENINTAAN:
            raise virhe("palautus_yritykset", tiedosto=tiedoston_nimi, numero=t.numero(tunnus))
        for yritys in yritykset:
            vastaus = yritys.get("vastaus") if isinstance(yritys, dict) else None
            if isinstance(vastaus, bool) or not isinstance(vastaus, (str, int, float)) or (
                    isinstance(vastaus, str) and len(vastaus) > VASTAUKSEN_PITUUS) or (
                    isinstance(vastaus, (int, float)) and not (
                        math.isfinite(vastaus) and abs(vastaus) < 1e15)):
                raise virhe("palautus_vastaus", tiedosto=tiedoston_nimi, numero=t.numero(tunnus))

