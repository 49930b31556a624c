"""Tehtävän 7.5 asiakkuussuunnitelmat palautuksista luettavaksi taulukoksi.

    python opettajalle/suunnitelmat.py KANSIO

KANSIO on Moodlesta ladattu ja purettu palautuskansio (sama kuin komennossa
``python -m asiakkuus arvioi KANSIO``). Komento tarkistaa tehtävän 7.5 uudelleen jokaisen
opiskelijan omilla luvuilla ja tulostaa jokaisen opiskelijan lomakkeen kentät suomeksi:
palvelutaso, heikoin arvon taso, tavoite, toimenpiteet, seurantamittari, vastuuhenkilö ja
aikataulu. Valitsin ``--csv TIEDOSTO`` kirjoittaa samat tiedot myös CSV-tiedostoon, jonka
suomenkielinen Excel avaa suoraan (puolipiste-erotin, UTF-8).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from asiakkuus.arviointi import arvioi_kansio
from asiakkuus.arvotasot import ARVOTASOT
from asiakkuus.suunnitelma import PALVELUTASOT
from asiakkuus.tehtavat.t07_kohtaaminen import SEURANNAT, SUUNNITELMAN_TOIMET, lue_lomake

SARAKKEET = ["Tiedosto", "Tunniste", "Kone: oikein", "Palvelutaso", "Heikoin arvon taso",
             "Tavoite", "Toimenpiteet", "Seurantamittari", "Vastuuhenkilö", "Aikataulu"]


def _nimi(koodi: str, nimet: dict) -> str:
    return nimet.get(koodi, koodi)


def suunnitelmat(kansio: Path) -> list[dict]:
    """Jokaisen palautustiedoston viimeisin tehtävän 7.5 lomake ja koneen tarkistuksen tulos."""
    tulokset = arvioi_kansio(kansio).tulokset
    oikein = {rivi["tunniste"]: bool(rivi["oikein_lopulta"])
              for _, rivi in tulokset[tulokset["tunnus"] == "07_5"].iterrows()}
    tasot = dict(zip(PALVELUTASOT["palvelutaso"], PALVELUTASOT["nimi"]))
    arvotasot = dict(zip(ARVOTASOT["avain"], ARVOTASOT["nimi"]))
    rivit = []
    for polku in sorted(kansio.rglob("palautus_*.json")):
        try:
            sisalto = json.loads(polku.read_text(encoding="utf-8"))
            tehtava = sisalto["tehtavat"].get("07_5")
        except (OSError, ValueError, KeyError, AttributeError):
            continue  # arviointi kertoo viallisista tiedostoista omassa luettelossaan
        if not tehtava or not tehtava.get("yritykset"):
            continue
        kentat = lue_lomake(tehtava["yritykset"][-1]["vastaus"]) or {}
        rivit.append({
            "Tiedosto": polku.name,
            "Tunniste": sisalto.get("nimi", ""),
            "Kone: oikein": "kyllä" if oikein.get(sisalto.get("nimi", "")) else "ei",
            "Palvelutaso": _nimi(kentat.get("taso", ""), tasot),
            "Heikoin arvon taso": _nimi(kentat.get("heikoin", ""), arvotasot),
            "Tavoite": kentat.get("tavoite", ""),
            "Toimenpiteet": "; ".join(SUUNNITELMAN_TOIMET.get(t, (t,))[0]
                                      for t in kentat.get("toimet", [])),
            "Seurantamittari": _nimi(kentat.get("seuranta", ""), SEURANNAT),
            "Vastuuhenkilö": kentat.get("vastuu", ""),
            "Aikataulu": kentat.get("aikataulu", ""),
        })
    return rivit


def main(argv: list[str] | None = None) -> int:
    jasennin = argparse.ArgumentParser(
        prog="python opettajalle/suunnitelmat.py",
        description="Tehtävän 7.5 asiakkuussuunnitelmat palautuskansiosta.")
    jasennin.add_argument("kansio", metavar="KANSIO", help="purettu palautuskansio")
    jasennin.add_argument("--csv", metavar="TIEDOSTO", help="kirjoita myös CSV-tiedosto Exceliin")
    valinnat = jasennin.parse_args(argv)
    kansio = Path(valinnat.kansio)
    if not kansio.is_dir():
        print(f"Kansiota ei löydy: {kansio}", file=sys.stderr)
        return 2
    rivit = suunnitelmat(kansio)
    for rivi in rivit:
        print(f"{rivi['Tiedosto']} ({rivi['Tunniste']}), kone: oikein {rivi['Kone: oikein']}")
        for sarake in SARAKKEET[3:]:
            print(f"    {sarake}: {rivi[sarake] or '–'}")
    if not rivit:
        print("Kansiosta ei löytynyt tehtävän 7.5 vastauksia.")
    if valinnat.csv:
        with open(valinnat.csv, "w", encoding="utf-8-sig", newline="") as tiedosto:
            kirjoittaja = csv.DictWriter(tiedosto, SARAKKEET, delimiter=";")
            kirjoittaja.writeheader()
            kirjoittaja.writerows(rivit)
        print(f"Kirjoitettu: {valinnat.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
