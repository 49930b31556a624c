"""Maintainer tool: execute notebooks in a fresh kernel and store them with clean outputs.

    python tyokalut/muistiot.py aja notebooks/*.ipynb      # execute, store outputs, report times
    python tyokalut/muistiot.py tarkista notebooks/*.ipynb # only report: clean metadata? times?

Every notebook is run top to bottom in a new kernel with the notebook's folder as the working
directory, exactly as nbval runs it. Metadata that only makes diffs noisy (execution timings,
widget state and widget views, the Python patch version) is removed, so a stored notebook
changes only when its content or outputs change. The time reported is the execution time after the kernel has
started (the course's target is under 3 s per notebook).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
SALLITUT_SOLUMETATIEDOT = {"tags", "deletable", "editable"}
WIDGET = "application/vnd.jupyter.widget-view+json"


def siivoa(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Keep only the metadata that matters: kernel, language, tags and lock flags."""
    nb.metadata = nbformat.from_dict({
        "kernelspec": KERNEL,
        "language_info": {"name": "python"},
    })
    for numero, solu in enumerate(nb.cells):
        solu.id = f"solu-{numero:02d}"  # stable ids: nbformat makes random ones
        solu.metadata = nbformat.from_dict(
            {k: v for k, v in solu.metadata.items() if k in SALLITUT_SOLUMETATIEDOT})
        if solu.cell_type == "code":
            # A widget view needs the live kernel: stored, it only shows a random model id
            # (noise in every diff) or an error, so it is not kept. nbval ignores these cells.
            solu.outputs = [t for t in solu.get("outputs", [])
                            if WIDGET not in t.get("data", {})]
            for tuloste in solu.outputs:
                tuloste.get("metadata", {}).pop("execution", None)
    return nb


def aja(polku: Path, kirjoita: bool = True) -> float:
    """Execute one notebook in a fresh kernel; return seconds spent after kernel start.

    The kernel sees an empty temporary course folder for saved answers and hand-ins, so a
    maintainer's own answers never leak into the stored outputs.
    """
    os.environ["ASIAKKUUS_KURSSIKANSIO"] = tempfile.mkdtemp(prefix="asiakkuus-ajo-")
    nb = nbformat.read(polku, as_version=4)
    alku = {}

    def ensimmainen_solu(cell, cell_index):  # kernel is up when the first cell starts
        alku.setdefault("t", time.perf_counter())

    asiakas = NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                             store_widget_state=False, on_cell_start=ensimmainen_solu,
                             resources={"metadata": {"path": str(polku.parent)}})
    asiakas.execute()
    kesto = time.perf_counter() - alku.get("t", time.perf_counter())
    siivoa(nb)
    if kirjoita:
        nbformat.write(nb, polku)
    return kesto


def main(argv: list[str] | None = None) -> int:
    jasennin = argparse.ArgumentParser(description=__doc__,
                                       formatter_class=argparse.RawDescriptionHelpFormatter)
    jasennin.add_argument("komento", choices=["aja", "tarkista"])
    jasennin.add_argument("muistiot", nargs="+", type=Path)
    asetukset = jasennin.parse_args(argv)
    virheita = 0
    print(f"{'muistio':<55} {'aika (s)':>9}")
    for polku in sorted(asetukset.muistiot):
        kesto = aja(polku, kirjoita=asetukset.komento == "aja")
        merkki = "" if kesto < 3 else "  > 3 s!"
        virheita += bool(merkki)
        print(f"{str(polku):<55} {kesto:>9.2f}{merkki}")
    return 1 if virheita and asetukset.komento == "tarkista" else 0


if __name__ == "__main__":
    sys.exit(main())
