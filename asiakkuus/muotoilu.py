"""Lukujen esittäminen suomalaisittain: 1 234,50 € ja 12,5 %."""

from __future__ import annotations

import math

# Ohut sitova välilyönti (U+202F) pitää tuhaterottimen ja luvun samalla rivillä.
TUHATEROTIN = "\u202f"


def luku(arvo: float, desimaaleja: int = 0) -> str:
    """Luku suomalaisittain: välilyönti tuhaterottimena ja pilkku desimaalierottimena.

    >>> luku(1234567.891, 2).replace(TUHATEROTIN, " ")
    '1 234 567,89'
    >>> luku(-0.4)
    '0'
    """
    if arvo is None or (isinstance(arvo, float) and math.isnan(arvo)):
        return "–"
    teksti = f"{arvo:,.{desimaaleja}f}"
    if teksti.lstrip("-").strip("0.,") == "":
        teksti = teksti.lstrip("-")  # ei "-0"
    teksti = teksti.replace("-", "−")
    return teksti.replace(",", TUHATEROTIN).replace(".", ",")


def euroa(arvo: float, desimaaleja: int = 0) -> str:
    """Euromäärä suomalaisittain, esimerkiksi 1 234 € tai −56,50 €.

    >>> euroa(1234.5).replace(TUHATEROTIN, " ")
    '1 234 €'
    >>> euroa(-56.5, 2)
    '−56,50 €'
    """
    return f"{luku(arvo, desimaaleja)} €"


def prosenttia(arvo: float, desimaaleja: int = 1) -> str:
    """Prosenttiluku suomalaisittain välilyönnin kera, esimerkiksi 12,5 %.

    >>> prosenttia(12.345)
    '12,3 %'
    """
    return f"{luku(arvo, desimaaleja)} %"
