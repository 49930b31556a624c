"""Kurssin käynnistys: ``python -m asiakkuus kurssi`` avaa JupyterLabin kurssikansiossa.

Komento tekee kolme asiaa:

1. etsii kurssikansion (kansio, jossa on ``notebooks/00_aloitus.ipynb``) nykyisestä
   kansiosta ylöspäin,
2. asettaa JupyterLabin oletuksiksi suomen kielen ja sammuttaa englanninkieliset
   uutisilmoitukset (tiedosto ``share/jupyter/lab/settings/overrides.d/asiakkuus.json``
   kurssin Python-ympäristössä; opiskelijan omia asetuksia ei muuteta),
3. käynnistää JupyterLabin niin, että palvelimen juuri on koko kurssikansio (oppitunnit,
   harjoitukset ja mallivastaukset näkyvät) ja aloitussivu ``00_aloitus.ipynb`` aukeaa.

Komennon perään voi kirjoittaa JupyterLabin omia valitsimia, esimerkiksi
``python -m asiakkuus kurssi --port 8890``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .tallennus import kirjoita_atomisesti
from .virheet import virhe

ALOITUSSIVU = Path("notebooks") / "00_aloitus.ipynb"
#: JupyterLabin oletusasetukset kurssille: suomen kieli, ei uutis- eikä päivitysilmoituksia.
OLETUKSET = {
    "@jupyterlab/translation-extension:plugin": {"locale": "fi_FI"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                     "checkForUpdates": False},
}


def kurssin_juuri(alku: Path | None = None) -> Path:
    """Kurssikansio: lähin kansio ylöspäin, jossa on ``notebooks/00_aloitus.ipynb``.

    >>> (kurssin_juuri(Path(__file__).parent) / ALOITUSSIVU).is_file()
    True
    """
    alku = (Path.cwd() if alku is None else Path(alku)).resolve()
    for kansio in (alku, *alku.parents):
        if (kansio / ALOITUSSIVU).is_file():
            return kansio
    raise virhe("kurssikansio_puuttuu", alku=alku, aloitussivu=ALOITUSSIVU.as_posix())


def asetuskansio(etuliite: Path | None = None) -> Path:
    """Kansio, josta JupyterLab lukee ympäristön oletusasetukset (``overrides.d``).

    >>> asetuskansio(Path("/opt/env")).as_posix()
    '/opt/env/share/jupyter/lab/settings/overrides.d'
    """
    etuliite = Path(sys.prefix) if etuliite is None else Path(etuliite)
    return etuliite / "share" / "jupyter" / "lab" / "settings" / "overrides.d"


def asenna_oletukset(etuliite: Path | None = None) -> Path | None:
    """Kirjoita kurssin JupyterLab-oletukset ympäristöön; palauta polku tai None, jos ei voi.

    Tiedosto kirjoitetaan vain, jos sen sisältö muuttuu. Jos ympäristöön ei voi kirjoittaa
    (esim. yhteinen palvelin), JupyterLab käynnistyy silti, mutta englanniksi.

    >>> import tempfile
    >>> polku = asenna_oletukset(Path(tempfile.mkdtemp()))
    >>> json.loads(polku.read_text())["@jupyterlab/translation-extension:plugin"]
    {'locale': 'fi_FI'}
    """
    polku = asetuskansio(etuliite) / "asiakkuus.json"
    teksti = json.dumps(OLETUKSET, ensure_ascii=False, indent=2) + "\n"
    try:
        if not (polku.is_file() and polku.read_text(encoding="utf-8") == teksti):
            kirjoita_atomisesti(polku, teksti)
    except OSError:
        return None
    return polku


def komento(juuri: Path, lisat: list[str] = ()) -> list[str]:
    """JupyterLabin käynnistyskomento: juurena kurssikansio, auki aloitussivu.

    >>> komento(Path("/kurssi"))[3:5]
    ['lab', '--ServerApp.root_dir=/kurssi']
    """
    # answer_yes: Ctrl+C sulkee palvelimen heti eikä kysy englanniksi "Shut down (y/[n])?".
    return [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={juuri}",
            "--ServerApp.answer_yes=True", ALOITUSSIVU.as_posix(), *lisat]


def kaynnista(lisat: list[str] = (), alku: Path | None = None) -> int:
    """Käynnistä kurssi JupyterLabissa ja odota, kunnes se suljetaan (Ctrl+C).

    Kurssikansion ulkopuolella tulee selvä ohje eikä mitään käynnistetä:

    >>> import tempfile
    >>> kaynnista(alku=Path(tempfile.mkdtemp()))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Kurssikansiota ei löytynyt: ... Siirry ensin kurssikansioon (esim. cd kurssi) ja anna komento uudelleen.
    """
    juuri = kurssin_juuri(alku)
    if asenna_oletukset() is None:
        print("Huom.: JupyterLabin kieliasetusta ei voitu tallentaa tähän ympäristöön, joten "
              "valitse suomi tarvittaessa valikosta Settings → Language.", file=sys.stderr)
    print(f"Kurssi avautuu selaimeen kansiosta {juuri}. Pidä tämä ikkuna auki, kun käytät "
          "kurssia. Sulje kurssi painamalla tässä ikkunassa Ctrl+C.", flush=True)
    prosessi = subprocess.Popen(komento(juuri, list(lisat)), cwd=juuri)
    try:
        return prosessi.wait()
    except KeyboardInterrupt:
        # Ctrl+C menee myös JupyterLabille, joka sulkee ytimensä itse: odotetaan sitä.
        try:
            return prosessi.wait(timeout=30)
        except (KeyboardInterrupt, subprocess.TimeoutExpired):
            prosessi.kill()
            return 130
