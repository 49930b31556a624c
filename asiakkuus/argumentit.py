"""Julkisten funktioiden argumenttien tarkistus yhdessä paikassa.

Jokainen julkinen funktio saa koristeen ``@tarkista_argumentit``. Koriste lukee funktion
tyyppivihjeet (``float``, ``int``, ``str``, ``pd.DataFrame``, ``Iterable[int]``, ``Path``
…) ja tarkistaa ennen laskentaa, että jokainen argumentti on oikeaa lajia ja että luku on
äärellinen ja kohtuullisen kokoinen. Väärästä argumentista tulee yksi suomenkielinen
``AsiakkuusVirhe``, joka nimeää funktion ja argumentin ja kertoo, mitä odotettiin.
Funktioiden omat tarkistukset (esimerkiksi "pysyvyys välillä 0–1") tulevat tämän jälkeen.

Säännöt:

- luku (``float``): int, float tai numpyn luku, ei tekstiä eikä totuusarvoa; äärellinen
  ja itseisarvoltaan enintään ``SUURIN_LUKU``
- kokonaisluku (``int``): kuten luku, mutta ilman desimaaleja (``5.0`` kelpaa, ``2.7`` ei)
- ``Iterable[...]`` ja ``list[...]``: lista, tuple, sarja tai muu jono, ei tekstiä eikä
  yksittäistä lukua
- tyyppivihje, jota taulukko ``_LAJIT`` ei tunne (esimerkiksi ``Axes``), jätetään
  tarkistamatta
"""

from __future__ import annotations

import functools
import inspect
import math
import numbers
import os
from collections.abc import Callable, Iterable, Mapping

import pandas as pd

from .virheet import virhe

#: Suurin luku, jonka julkiset funktiot hyväksyvät argumenttina (tuhat miljardia).
SUURIN_LUKU = 1e12
_SUURIN_TEKSTINA = f"{SUURIN_LUKU:,.0f}".replace(",", "\u00a0")
#: Pisin teksti, jonka julkiset funktiot hyväksyvät argumenttina (merkkiä).
PISIN_TEKSTI = 100_000


def _on_luku(arvo) -> bool:
    return (isinstance(arvo, numbers.Real) and not isinstance(arvo, bool)
            and type(arvo).__name__ != "bool_")


def _on_jono(arvo) -> bool:
    return (isinstance(arvo, Iterable) and not isinstance(arvo, (str, bytes, Mapping,
                                                                   pd.DataFrame)))


def _on_polku(arvo) -> bool:
    return isinstance(arvo, (str, os.PathLike)) and not isinstance(arvo, bytes)


def _on_aineisto(arvo) -> bool:
    # Kelpaa mikä tahansa, jolla on aineiston taulukot (myös testien pienet aineistot).
    return all(isinstance(getattr(arvo, taulukko, None), pd.DataFrame)
               for taulukko in ("asiakkaat", "myynnit"))


# Tyyppivihjeen osa -> (tarkistus, kuvaus virheilmoitukseen, esimerkki korjauksesta).
_LAJIT: dict[str, tuple[Callable[[object], bool], str, str]] = {
    "float": (_on_luku, "luku", "esimerkiksi 1234.5"),
    "int": (_on_luku, "kokonaisluku", "esimerkiksi 5"),
    "bool": (lambda a: isinstance(a, bool), "True tai False", "esimerkiksi True"),
    "str": (lambda a: isinstance(a, str), "teksti", ""),
    "pd.DataFrame": (lambda a: isinstance(a, pd.DataFrame), "taulukko (pandas DataFrame)",
                     "esimerkiksi aineisto.asiakkaat"),
    "pd.Series": (lambda a: isinstance(a, pd.Series), "sarake (pandas Series)",
                  "esimerkiksi taulukko['asiakkuuden_kate']"),
    "Iterable": (_on_jono, "lista", ""),
    "list": (_on_jono, "lista", ""),
    "Mapping": (lambda a: isinstance(a, Mapping), "sanakirja", ""),
    "dict": (lambda a: isinstance(a, Mapping), "sanakirja", ""),
    "tuple": (_on_jono, "jono", ""),
    "range": (_on_jono, "jono", ""),
    "Path": (_on_polku, "tiedoston tai kansion polku", "esimerkiksi 'asiakkaat.xlsx'"),
    "Aineisto": (_on_aineisto, "kurssin aineisto", "esimerkiksi lataa_aineisto()"),
    "None": (lambda a: a is None, "None", ""),
}


# Argumentin nimen mukainen esimerkki; se on osuvampi kuin lajin yleinen esimerkki.
_ESIMERKIT = {
    "vastaukset": "[10, 9, 7] tai taulukon yksi sarake, kuten kyselyt['nps']",
    "ennen": "[10, 9, 7]", "jalkeen": "[10, 9, 7]",
    "tunnus": "'03_1'", "teema": "'03'", "asiakas_id": "'A01'", "tunnukset": "['A01', 'A02']",
    "nimi": "'Aino Niemi'", "painot": "{'myyntivolyymi': 30, ...} tai 'tanaan'",
    "painot_a": "'tanaan'", "painot_b": "'huomenna'", "sarake": "'asiakkuuden_kate'",
}


def _lajit(vihje: str, nimet: dict | None = None) -> list | None:
    """Tyyppivihjeen lajit, esimerkiksi 'Path | str | None' -> ['Path', 'str', 'None'].

    Muu nimi kuin taulukon ``_LAJIT`` laji etsitään funktion moduulista (``nimet``): jos se
    on luokka (esimerkiksi ``Tulos`` tai ``t.Tehtava``), argumentin pitää olla sen olio.
    Palauttaa None, jos jokin osa on tuntematon: silloin argumenttia ei tarkisteta.

    >>> _lajit("Mapping[str, float] | str | None"), _lajit("Axes | None")
    (['Mapping', 'str', 'None'], None)
    >>> import fractions
    >>> _lajit("fractions.Fraction | None", {"fractions": fractions})
    [<class 'fractions.Fraction'>, 'None']
    """
    lajit = []
    for osa in vihje.split("|"):
        laji = osa.strip().split("[", 1)[0]
        if laji not in _LAJIT:
            olio = nimet.get(laji.split(".")[0]) if nimet else None
            for osa_nimi in laji.split(".")[1:]:
                olio = getattr(olio, osa_nimi, None)
            if not isinstance(olio, type):
                return None
            laji = olio
        lajit.append(laji)
    return lajit


def _sopii(laji, arvo) -> bool:
    return isinstance(arvo, laji) if isinstance(laji, type) else _LAJIT[laji][0](arvo)


def _kuvaus(laji) -> str:
    return f"{laji.__name__}-olio" if isinstance(laji, type) else _LAJIT[laji][1]


def kuvaile(arvo) -> str:
    """Saatu arvo ihmiselle virheilmoitukseen (muoto "mutta sain ...").

    >>> kuvaile("12"), kuvaile(None), kuvaile([1, 2])
    ("tekstin '12'", 'tyhjän arvon None', 'listan')
    """
    if isinstance(arvo, str):
        return f"tekstin {arvo[:40]!r}" + ("…" if len(arvo) > 40 else "")
    if arvo is None:
        return "tyhjän arvon None"
    if isinstance(arvo, bool):
        return f"totuusarvon {arvo}"
    if _on_luku(arvo):
        return f"luvun {arvo:.6g}" if isinstance(arvo, float) else f"luvun {str(arvo)[:20]}"
    nimet = {list: "listan", tuple: "jonon (tuple)", dict: "sanakirjan", bytes: "tavujonon",
             pd.DataFrame: "taulukon (DataFrame)", pd.Series: "sarakkeen (Series)"}
    return nimet.get(type(arvo), f"arvon, jonka tyyppi on {type(arvo).__name__}")


def _tarkista_luku(funktio: str, nimi: str, arvo, kokonainen: bool):
    """Luku, joka on äärellinen ja kohtuullinen; kokonaisluku ilman desimaaleja."""
    try:
        luku = float(arvo)
    except OverflowError:  # kokonaisluku, joka ei mahdu liukulukuun
        luku = math.inf
    if math.isnan(luku):
        raise virhe("argumentti_nan", funktio=funktio, nimi=nimi)
    if math.isinf(luku) or abs(luku) > SUURIN_LUKU:
        raise virhe("argumentti_liian_suuri", funktio=funktio, nimi=nimi,
                    suurin=_SUURIN_TEKSTINA)
    if kokonainen:
        if not luku.is_integer():
            raise virhe("argumentti_ei_kokonaisluku", funktio=funktio, nimi=nimi, arvo=luku)
        return int(luku)
    return arvo


def _tarkista(funktio: str, nimi: str, arvo, lajit: list[str], pitka: bool = False):
    """Palauta argumentti (kokonaisluku int-muodossa) tai nosta virhe."""
    sopivat = [laji for laji in lajit if _sopii(laji, arvo)]
    if not sopivat:
        odotettu = " tai ".join(_kuvaus(laji) for laji in lajit)
        esimerkki = _ESIMERKIT.get(nimi) or next(
            (_LAJIT[laji][2].removeprefix("esimerkiksi ") for laji in lajit
             if isinstance(laji, str) and _LAJIT[laji][2]), "")
        if isinstance(arvo, str) and {"float", "int"} & set(lajit):
            raise virhe("argumentti_tekstina", funktio=funktio, nimi=nimi, odotettu=odotettu,
                        saatu=kuvaile(arvo))
        raise virhe("argumentti_vaaraa_lajia", funktio=funktio, nimi=nimi, odotettu=odotettu,
                    saatu=kuvaile(arvo), esimerkki=f", esimerkiksi {esimerkki}" if esimerkki else "")
    if sopivat[0] in ("float", "int"):
        return _tarkista_luku(funktio, nimi, arvo, kokonainen=sopivat[0] == "int")
    if sopivat[0] == "str" and len(arvo) > PISIN_TEKSTI and not pitka:
        raise virhe("argumentti_liian_pitka", funktio=funktio, nimi=nimi, pituus=len(arvo),
                    pisin=PISIN_TEKSTI)
    return arvo


def tarkista_argumentit(funktio: Callable | None = None, *,
                        pitkat: tuple[str, ...] = ()) -> Callable:
    """Koriste: tarkista funktion argumentit sen tyyppivihjeiden mukaan ennen kutsua.

    ``pitkat`` nimeää tekstiargumentit, joille ``PISIN_TEKSTI`` ei päde (esimerkiksi
    tallennettavan tiedoston koko sisältö): ``@tarkista_argumentit(pitkat=("teksti",))``.

    >>> @tarkista_argumentit
    ... def kerro(luku: float, kertaa: int = 2) -> float:
    ...     return luku * kertaa
    >>> kerro(1.5), kerro(2, kertaa=3.0)
    (3.0, 6)
    >>> kerro("12")
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: argumentit.kerro(): argumentin luku pitää olla luku, mutta sain tekstin '12'. Kirjoita luku ilman lainausmerkkejä, esimerkiksi 1234.5.
    """
    if funktio is None:
        return functools.partial(tarkista_argumentit, pitkat=pitkat)
    allekirjoitus = inspect.signature(funktio)
    # Viesteissä funktio nimetään niin kuin opiskelija sen kutsuu: mittarit.clv().
    moduuli = funktio.__module__.split(".")
    nimi = ".".join([moduuli[1] if len(moduuli) > 1 else moduuli[0], funktio.__name__])
    kaytto = f"{nimi}({', '.join(allekirjoitus.parameters)})"
    tarkistettavat: dict[str, list] | None = None  # selvitetään ensimmäisellä kutsulla

    @functools.wraps(funktio)
    def kaare(*args, **kwargs):
        nonlocal tarkistettavat
        if tarkistettavat is None:  # moduulin luokat ovat nyt olemassa (myös myöhemmin määritellyt)
            tarkistettavat = {
                p.name: lajit for p in allekirjoitus.parameters.values()
                if isinstance(p.annotation, str)
                and (lajit := _lajit(p.annotation, funktio.__globals__))}
        try:
            sidotut = allekirjoitus.bind(*args, **kwargs)
        except TypeError:
            raise virhe("argumentit_vaarin", funktio=f"{nimi}()", kaytto=kaytto) from None
        for parametri, lajit in tarkistettavat.items():
            if parametri in sidotut.arguments:
                sidotut.arguments[parametri] = _tarkista(
                    f"{nimi}()", parametri, sidotut.arguments[parametri], lajit,
                    pitka=parametri in pitkat)
        return funktio(*sidotut.args, **sidotut.kwargs)

    kaare.tarkistettu = True
    return kaare
