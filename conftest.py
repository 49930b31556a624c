"""Shared pytest setup: wide, stable pandas output for the doctests."""

import pandas as pd
import pytest


@pytest.fixture(autouse=True)
def _pandas_display():
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        yield
