"""Shared helpers for the unit tests."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import settings

from asiakkuus.virheet import AsiakkuusVirhe

# Property tests stay fast (the suite runs on every change) and deterministic: the same
# examples in every run, so a CI failure can be reproduced and a green run means the same.
NOPEA = settings(max_examples=40, deadline=None, derandomize=True, database=None)


def odota_virhe(funktio, *args, sisaltaa=(), **kwargs) -> str:
    """Kutsu funktiota, vaadi AsiakkuusVirhe (ValueError) ja että viestissä on annetut osat."""
    with pytest.raises(AsiakkuusVirhe) as tieto:
        funktio(*args, **kwargs)
    assert isinstance(tieto.value, ValueError)
    viesti = str(tieto.value)
    for osa in sisaltaa:
        assert osa in viesti, f"{osa!r} puuttuu viestistä: {viesti}"
    return viesti


def ennallaan(*taulukot):
    """Kopiot taulukoista; verrataan myöhemmin, ettei funktio muuttanut syötettä."""
    return [t.copy(deep=True) for t in taulukot]


def vertaa(alkuperaiset, kopiot):
    for alkuperainen, kopio in zip(alkuperaiset, kopiot):
        pd.testing.assert_frame_equal(alkuperainen, kopio)
