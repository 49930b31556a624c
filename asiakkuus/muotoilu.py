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
