"""Shared pytest setup for the doctests and the notebook checks."""

import os
import tempfile

import matplotlib

# Saved answers and hand-ins go to an empty temporary course folder during the tests (the
# notebook kernels inherit it), so a maintainer's own answers never change a result.
os.environ["ASIAKKUUS_KURSSIKANSIO"] = tempfile.mkdtemp(prefix="asiakkuus-testit-")
matplotlib.use("Agg")
# On a fresh machine matplotlib builds its font cache on first use and prints a notice;
# doing it here keeps that notice out of the first notebook's outputs (nbval counts outputs).
import matplotlib.font_manager  # noqa: E402,F401
import pandas as pd  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _pandas_display():
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        yield


# The longest test files (real servers and browsers) start first: with pytest-xdist's
# --dist loadfile the files are handed out in collection order, and a long file started
# last would leave the other workers idle at the end of the run.
PITKAT = ("tests/test_jupyterhub.py", "tests/test_opiskelijan_polku.py",
          "tests/test_kojelauta_selain.py", "tests/test_kirja.py", "tests/test_excel.py",
          "tests/test_kojelauta.py")


def pytest_collection_modifyitems(config, items):
    def jarjestys(item):
        polku = item.nodeid.split("::", 1)[0]
        return PITKAT.index(polku) if polku in PITKAT else len(PITKAT)
    items.sort(key=jarjestys)  # stable: the order inside each group is kept
