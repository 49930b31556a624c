"""Komentorivi: ``python -m asiakkuus tee-aineisto`` tekee paketin aineiston uudelleen."""

import sys

from .generointi import paivita_paketin_aineisto

OHJE = """Käyttö: python -m asiakkuus tee-aineisto

  tee-aineisto   Tee kurssiyrityksen aineisto (CSV-tiedostot) uudelleen paketin
                 kansioon asiakkuus/aineisto. Sama siemenluku tuottaa aina samat tiedostot.
"""

if __name__ == "__main__":
    if sys.argv[1:] == ["tee-aineisto"]:
        for polku in paivita_paketin_aineisto():
            print(polku)
    else:
        print(OHJE)
        sys.exit(0 if sys.argv[1:] in ([], ["-h"], ["--help"]) else 2)
