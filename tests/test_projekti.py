"""Project-level checks: setup files agree, README commands, package layering, doctests."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

JUURI = Path(__file__).resolve().parents[1]
LASKENTAMODUULIT = ["data", "generointi", "virheet", "kate", "portfolio", "mittarit",
                    "arvotasot", "muotoilu"]


def _nimi_ja_ehto(vaatimus: str) -> tuple[str, str]:
    osat = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$", vaatimus)
    return osat.group(1).lower().replace("_", "-"), osat.group(2).replace(" ", "")


def _pyproject_riippuvuudet() -> set[tuple[str, str]]:
    tiedot = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    vaatimukset = tiedot["project"]["dependencies"] + \
        tiedot["project"]["optional-dependencies"]["test"]
    return {_nimi_ja_ehto(v) for v in vaatimukset}


def _conda_riippuvuudet() -> tuple[set[tuple[str, str]], list[str], list[str]]:
    """Parse the simple environment.yml by hand (no YAML library needed)."""
    conda, pip, kanavat, osio = [], [], [], None
    for rivi in (JUURI / "environment.yml").read_text(encoding="utf-8").splitlines():
        if not rivi.strip() or rivi.lstrip().startswith("#"):
            continue
        if not rivi.startswith(" "):
            osio = rivi.split(":")[0]
            continue
        sisalto = rivi.strip()
        if osio == "channels":
            kanavat.append(sisalto.lstrip("- ").strip())
        elif osio == "dependencies":
            syvyys = len(rivi) - len(rivi.lstrip())
            arvo = sisalto[1:].strip() if sisalto.startswith("-") else sisalto
            if syvyys > 2:
                pip.append(arvo)
            elif arvo not in ("pip", "pip:"):
                conda.append(arvo)
    riippuvuudet = {_nimi_ja_ehto(v) for v in conda}
    return riippuvuudet, pip, kanavat


# Not on conda-forge: the Finnish language pack comes with the package itself (pip, "-e ."),
# the accessibility checker is listed in the environment's pip section.
VAIN_PIPILLA = {("jupyterlab-language-pack-fi-fi", ">=4.5"), ("axe-playwright-python", ">=0.1.4")}


def test_environment_matches_pyproject():
    conda, pip, kanavat = _conda_riippuvuudet()
    python = {r for r in conda if r[0] == "python"}
    assert python == {("python", ">=3.11")}
    assert conda - python == _pyproject_riippuvuudet() - VAIN_PIPILLA
    assert pip[0] == "-e .", "the package itself is installed with pip from the checkout"
    assert {_nimi_ja_ehto(v) for v in pip[1:]} == {("axe-playwright-python", ">=0.1.4")}
    assert kanavat == ["conda-forge", "nodefaults"]


def test_requires_python_matches_readme():
    tiedot = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    assert tiedot["project"]["requires-python"] == ">=3.11"
    assert "Python 3.11 tai uudempi" in (JUURI / "README.md").read_text(encoding="utf-8")


def _readme_komento(nimi: str) -> str:
    tulos = subprocess.run(["bash", str(JUURI / ".ci" / "readme_komento.sh"), nimi,
                            str(JUURI / "README.md")], capture_output=True, text=True,
                           check=True)
    return tulos.stdout.strip()


def test_readme_has_one_line_setup_commands():
    kurssi = _readme_komento("kurssi")
    testit = _readme_komento("testit")
    for komento in (kurssi, testit):
        assert komento.startswith("python3 -m venv .venv && ")
        assert "\n" not in komento
    assert "pip install -e ." in kurssi and kurssi.endswith("python -m asiakkuus kurssi")
    assert 'pip install -e ".[test]"' in testit and testit.endswith("python -m pytest")


def test_dashboard_command_serves_voila_on_loopback_only():
    komento = _readme_komento("kojelauta")
    assert "voila notebooks/10_kojelauta.ipynb" in komento
    assert "--Voila.ip=127.0.0.1" in komento
    assert (JUURI / "notebooks" / "10_kojelauta.ipynb").is_file()


def test_ci_runs_the_readme_test_command():
    ci = (JUURI / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_komento.sh testit" in ci
    assert 'bash -c "$cmd"' in ci


def test_pytest_configuration_checks_every_notebook_folder():
    tiedot = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    asetukset = tiedot["tool"]["pytest"]["ini_options"]
    for kansio in ("asiakkuus", "tests", "notebooks", "exercises", "solutions"):
        assert kansio in asetukset["testpaths"]
        assert (JUURI / kansio).is_dir()
    assert "--nbval" in asetukset["addopts"] and "--doctest-modules" in asetukset["addopts"]
    puhdistus = re.search(r"--nbval-sanitize-with (\S+)", asetukset["addopts"]).group(1)
    assert (JUURI / puhdistus).is_file()


def test_shipped_data_is_package_data():
    from asiakkuus.generointi import TAULUKOT

    tiedot = tomllib.loads((JUURI / "pyproject.toml").read_text(encoding="utf-8"))
    # aineisto/ holds files, not modules: it ships as the package's data.
    assert tiedot["tool"]["setuptools"]["package-data"]["asiakkuus"] == ["aineisto/*.csv"]
    for nimi in (*TAULUKOT, "sarakkeet"):
        assert (JUURI / "asiakkuus" / "aineisto" / f"{nimi}.csv").is_file()


def _tuonnit(polku: Path) -> set[str]:
    puu = ast.parse(polku.read_text(encoding="utf-8"))
    nimet = set()
    for solmu in ast.walk(puu):
        if isinstance(solmu, ast.Import):
            nimet.update(a.name.split(".")[0] for a in solmu.names)
        elif isinstance(solmu, ast.ImportFrom) and solmu.module and solmu.level == 0:
            nimet.add(solmu.module.split(".")[0])
        elif isinstance(solmu, ast.ImportFrom) and solmu.level > 0 and solmu.module:
            nimet.add("." + solmu.module.split(".")[0])
    return nimet


TEHTAVAMODUULIT = sorted(f"tehtavat/{p.stem}" for p in (JUURI / "asiakkuus" / "tehtavat").glob("*.py"))


@pytest.mark.parametrize("moduuli", LASKENTAMODUULIT + ["suunnitelma", "sanasto"]
                         + TEHTAVAMODUULIT)
def test_calculation_modules_never_import_plotting_or_widgets(moduuli):
    # Exercise checks are plain functions too: the widget layer only shows their results.
    tuonnit = _tuonnit(JUURI / "asiakkuus" / f"{moduuli}.py")
    assert not tuonnit & {"matplotlib", "ipywidgets", "IPython"}
    # Arrows point one way: calculations never import the plotting or widget modules.
    assert not tuonnit & {".kuvat", ".widgetit", ".tehtavat"}


def _julkiset_funktiot():
    # Top-level modules and the excel subpackage (one file per job).
    tiedostot = [*(JUURI / "asiakkuus").glob("*.py"),
                 *(JUURI / "asiakkuus" / "excel").glob("*.py")]
    for tiedosto in sorted(tiedostot):
        if tiedosto.name.startswith("_"):
            continue
        polku = ".".join(tiedosto.relative_to(JUURI / "asiakkuus").with_suffix("").parts)
        moduuli = importlib.import_module(f"asiakkuus.{polku}")
        for nimi, olio in vars(moduuli).items():
            if (inspect.isfunction(olio) and not nimi.startswith("_")
                    and olio.__module__ == moduuli.__name__):
                yield f"{polku}.{nimi}", olio


@pytest.mark.parametrize("nimi,funktio", list(_julkiset_funktiot()),
                         ids=[n for n, _ in _julkiset_funktiot()])
def test_every_public_function_has_a_finnish_docstring_with_an_example(nimi, funktio):
    ohje = inspect.getdoc(funktio) or ""
    assert ohje, f"{nimi} has no docstring"
    assert ">>>" in ohje, f"{nimi} has no doctest example"
    assert not re.match(r"^(Return|Compute|Calculate|Make|Create|Get)\b", ohje), \
        f"{nimi}: docstring should be Finnish"



def test_a_regular_install_ships_every_subpackage():
    """A wheel (the JupyterHub image installs one) gets every folder of the package.

    setuptools finds the packages with the include patterns of pyproject.toml; the same
    search here must reach every folder that holds Python files."""
    import tomllib
    from pathlib import Path

    from setuptools import find_packages

    juuri = Path(__file__).resolve().parents[1]
    asetukset = tomllib.loads((juuri / "pyproject.toml").read_text(encoding="utf-8"))
    haku = asetukset["tool"]["setuptools"]["packages"]["find"]
    loydetyt = set(find_packages(where=str(juuri), include=haku["include"]))
    kansiot = {".".join(p.parent.relative_to(juuri).parts)
               for p in (juuri / "asiakkuus").rglob("*.py") if "__pycache__" not in p.parts}
    assert kansiot <= loydetyt, f"not in the wheel: {sorted(kansiot - loydetyt)}"
    assert {"asiakkuus.kojelauta", "asiakkuus.excel", "asiakkuus.tehtavat"} <= loydetyt
