"""Komentorivi: ``python -m asiakkuus KOMENTO``.

- ``kurssi`` avaa kurssin JupyterLabissa (``asiakkuus.kaynnistys``).
- ``tee-aineisto`` tekee paketin aineiston uudelleen.
- ``arvioi KANSIO`` arvioi opiskelijoiden palautustiedostot (``asiakkuus.arviointi``).

Uusi komento lisätään sanakirjaan ``KOMENNOT``: ohje, valintojen lisääjä ja ajettava
funktio, joka palauttaa paluukoodin. Jokainen ``AsiakkuusVirhe`` näkyy yhtenä
suomenkielisenä rivinä ilman jäljitystä, ja paluukoodi on silloin 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .virheet import AsiakkuusVirhe, virhe

OHJELMA = "python -m asiakkuus"


class _Muotoilija(argparse.RawDescriptionHelpFormatter):
    """Ohjeen muotoilu suomeksi: "Käyttö:" englanninkielisen "usage:" tilalla."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups,
                                 "Käyttö: " if prefix is None else prefix)


# argparsen omat virheilmoitukset ovat englanniksi; yleisimmät käännetään.
_KAANNOKSET = [
    (r"the following arguments are required: (.*)", "argumentti puuttuu: {0}."),
    (r"unrecognized arguments: (.*)", "tuntematon valinta tai argumentti {0}."),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
     "tuntematon komento {1}. Komennot: {2}."),
    (r"argument (\S+): expected one argument", "valinta {0} tarvitsee arvon."),
    (r"ambiguous option: (\S+) could match (.*)", "valinta {0} on epäselvä: {1}."),
]


def _suomeksi(viesti: str) -> str:
    for malli, kaannos in _KAANNOKSET:
        if osuma := re.fullmatch(malli, viesti):
            return kaannos.format(*(o.replace("'", "") for o in osuma.groups()))
    return viesti


class _Jasentaja(argparse.ArgumentParser):
    """ArgumentParser, jonka ohjeet ja virheet ovat suomeksi."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Muotoilija)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        # Tyhjä ryhmä ei näy ohjeessa; ryhmät näkyvät tässä järjestyksessä.
        self.argumentit = self.add_argument_group("argumentit")
        self.valinnat = self.add_argument_group("valinnat")
        self.valinnat.add_argument("-h", "--help", action="help",
                                   help="näytä tämä ohje ja lopeta")

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: virhe: {_suomeksi(message)}\n")


@dataclass(frozen=True)
class Komento:
    """Alikomento: lyhyt ohje, pitkä kuvaus, valintojen lisääjä ja ajettava funktio.

    >>> KOMENNOT["arvioi"].ohje.split(":")[0]
    'Arvioi opiskelijoiden palautustiedostot'
    """

    ohje: str
    kuvaus: str
    valinnat: Callable[[_Jasentaja], None]
    aja: Callable[[argparse.Namespace], int]


# --- kurssi ------------------------------------------------------------------------------------

def _kurssi(valinnat: argparse.Namespace) -> int:
    from .kaynnistys import kaynnista

    return kaynnista(valinnat.lisat)


# --- tee-aineisto -----------------------------------------------------------------------------

def _ei_valintoja(jasentaja: _Jasentaja) -> None:
    pass


def _tee_aineisto(valinnat: argparse.Namespace) -> int:
    from .generointi import paivita_paketin_aineisto

    for polku in paivita_paketin_aineisto():
        print(polku)
    return 0


# --- arvioi -------------------------------------------------------------------------------------

def _arvioinnin_valinnat(jasentaja: _Jasentaja) -> None:
    jasentaja.argumentit.add_argument(
        "kansio", metavar="KANSIO", type=Path,
        help="kansio, johon purit palautukset (Moodlen Lataa kaikki palautukset); "
             "alikansiot luetaan myös")
    jasentaja.valinnat.add_argument(
        "--kohde", metavar="KANSIO2", type=Path,
        help="kansio, johon tulokset kirjoitetaan (oletus: KANSIO/arviointi)")
    jasentaja.valinnat.add_argument(
        "--korvaa", action="store_true",
        help="korvaa aiemman arvioinnin tiedostot (muuten olemassa olevaa tiedostoa "
             "ei korvata)")


def _arvioi(valinnat: argparse.Namespace) -> int:
    from . import arviointi

    kohde = valinnat.kohde if valinnat.kohde is not None else \
        valinnat.kansio / arviointi.TULOSKANSIO
    tulos = arviointi.arvioi_kansio(valinnat.kansio, ohita=[kohde])
    if tulos.opiskelijoita == 0:
        for rivi in tulos.ongelmat:
            print(rivi)
        raise virhe("arviointi_ei_arvioitavia", ongelmia=len(tulos.ongelmat))
    arviointi.kirjoita_arviointi(tulos, kohde, korvaa=valinnat.korvaa)
    for rivi in tulos.ongelmat:
        print(rivi)
    if tulos.ongelmat:
        print()
    print(arviointi.tiivistelma(tulos, kohde))
    return 0


KOMENNOT: dict[str, Komento] = {
    "kurssi": Komento(
        ohje="Avaa kurssi suomenkieliseen JupyterLabiin aloitussivulle.",
        kuvaus="Avaa kurssi JupyterLabissa: palvelimen juurena koko kurssikansio ja auki\n"
               "aloitussivu notebooks/00_aloitus.ipynb. Käyttöliittymä on suomeksi.\n"
               "Muut valinnat välitetään JupyterLabille, esim. --port 8890.",
        valinnat=_ei_valintoja, aja=_kurssi),
    "tee-aineisto": Komento(
        ohje="(ylläpitäjille) Tee kurssiyrityksen aineisto (CSV-tiedostot) uudelleen.",
        kuvaus="Tee kurssiyrityksen aineisto (CSV-tiedostot) uudelleen paketin kansioon "
               "asiakkuus/aineisto.\nSama siemenluku tuottaa aina samat tiedostot.",
        valinnat=_ei_valintoja, aja=_tee_aineisto),
    "arvioi": Komento(
        ohje="Arvioi opiskelijoiden palautustiedostot: arvosanat Moodleen ja luokan "
             "yhteenveto.",
        kuvaus="Arvioi kansion palautustiedostot (*.json) alikansioineen. Jokainen vastaus\n"
               "tarkistetaan uudelleen opiskelijan omilla luvuilla; viallinen tiedosto ei\n"
               "pysäytä arviointia, vaan siitä tulee yksi rivi ongelmien luetteloon.\n\n"
               "Tulokset (kansioon KANSIO/arviointi tai --kohde):\n"
               "  arvosanat_moodle.csv    pisteet Moodleen (liitä sarake Tunniste ID-numeroon\n"
               "                          tai sähköpostiosoitteeseen)\n"
               "  arvosanat.xlsx          samat arvosanat Excelissä\n"
               "  yhteenveto_tehtavat.csv, yhteenveto_vaarinkasitykset.csv\n"
               "  yhteenveto.png          luokan tulokset tehtävittäin videotykille\n"
               "  ongelmat.txt            vialliset tiedostot (vain, jos niitä oli)",
        valinnat=_arvioinnin_valinnat, aja=_arvioi),
}


def jasentaja() -> _Jasentaja:
    """Komentorivin jäsentäjä: yksi alikomento jokaista sanakirjan ``KOMENNOT`` komentoa kohden.

    >>> jasentaja().parse_args(["arvioi", "palautukset", "--korvaa"]).korvaa
    True
    """
    paa = _Jasentaja(prog=OHJELMA, description="Asiakkuuksien hallinta -kurssin apupaketin "
                                               "komennot.")
    alikomennot = paa.add_subparsers(title="komennot", dest="komento", metavar="KOMENTO",
                                     parser_class=_Jasentaja)
    for nimi, komento in KOMENNOT.items():
        komento.valinnat(alikomennot.add_parser(nimi, help=komento.ohje,
                                                description=komento.kuvaus))
    return paa


def main(argv: list[str] | None = None) -> int:
    """Aja komento ja palauta paluukoodi: 0 onnistui, 2 virhe (yksi rivi, ei jäljitystä).

    >>> main(["arvioi", "/ei/tallaista/kansiota"])
    2
    """
    for virta in (sys.stdout, sys.stderr):
        if hasattr(virta, "reconfigure"):
            virta.reconfigure(errors="replace")  # Windowsin konsoli ei osaa kaikkia merkkejä
    paa = jasentaja()
    valinnat, lisat = paa.parse_known_args(argv)
    if lisat and valinnat.komento != "kurssi":  # vain kurssi välittää valintoja eteenpäin
        paa.error(f"unrecognized arguments: {' '.join(lisat)}")
    valinnat.lisat = lisat
    if valinnat.komento is None:
        paa.print_help()
        return 0
    try:
        return KOMENNOT[valinnat.komento].aja(valinnat)
    except AsiakkuusVirhe as vika:
        print(f"Virhe: {' '.join(str(vika).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Keskeytetty.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
