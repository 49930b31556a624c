"""asiakkuus: Asiakkuuksien hallinta -kurssin apupaketti.

Moduulit kurssin aiheiden mukaan:

- ``data`` ja ``generointi``: kurssiyritys Kuurankukka Oy:n aineisto
- ``kate``: asiakkuuden kate, palvelukustannukset, valaskäyrä ja 80/20
- ``portfolio``: asiakasportfolion pisteytys ja avainasiakkaat
- ``mittarit``: CLV, CAC, LTV/CAC, pysyvyys, NPS, CSAT ja CES
- ``arvotasot``: asiakkuuden arvon kolme tasoa
- ``muotoilu``: luvut ja eurot suomalaisittain
- ``kuvat``: kuviot (rakentuvat laskennan päälle)
- ``virheet``: selkeät suomenkieliset virheilmoitukset

>>> from asiakkuus import lataa_aineisto, kate
>>> a = lataa_aineisto()
>>> k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
>>> len(k)
40
"""

import sys

from . import arvotasot, kate, mittarit, muotoilu, portfolio
from .data import lataa_aineisto, lataa_taulukko, sarakekuvaukset
from .virheet import AsiakkuusVirhe, kokeile


def _nayta_lyhyesti(shell, tyyppi, virhe, jaljitys, tb_offset=None):
    """Jupyterissa näytetään pelkkä suomenkielinen viesti ilman pitkää jäljitystä."""
    print(f"⚠ {virhe}", file=sys.stderr)


def _kayta_lyhyita_virheita() -> None:
    # IPython on ladattu vain, jos paketti tuodaan muistiossa; muualla ei tehdä mitään.
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython else None
    if shell is not None:
        shell.set_custom_exc((AsiakkuusVirhe,), _nayta_lyhyesti)


_kayta_lyhyita_virheita()

__all__ = ["arvotasot", "kate", "mittarit", "muotoilu", "portfolio",
           "lataa_aineisto", "lataa_taulukko", "sarakekuvaukset", "AsiakkuusVirhe", "kokeile"]
__version__ = "0.1.0"
