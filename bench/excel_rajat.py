"""Omien asiakkaiden tiedostot rajoilla: suurin sallittu vienti ja takaisinluku sekä pahimmat solut.

Mittaa

1. ``excel.vie_exceliin`` ``SUURIN_RIVIMAARA`` asiakkaalla (5 000) ja saman työkirjan
   lukemisen takaisin ``excel.lue_asiakkaat``-funktiolla; tarkistaa, että taulukko on sama
   ja että työkirja mahtuu lukemisen rajoihin (koko, purettu koko, solut);
2. saman luettelon CSV-tiedostona;
3. ``muotoilu.lue_luku``-jäsentimen ja otsikoiden vertailun ajan vihamielisillä soluilla,
   joiden pituus on Excelin solun raja (32 767 merkkiä).

Tavoitteet suoritinaikana (``time.process_time``; 2 ytimen kone): vienti ≤ 15 s,
takaisinluku ≤ 5 s, CSV ≤ 3 s ja vihamielinen solu ≤ 50 ms. Skripti on raportti, ei testi: ilman valitsinta
``--tarkista`` se päättyy aina koodiin 0. Testit (``tests/test_excel_kutsut.py``) tarkistavat
nopeasti, että suurin vienti mahtuu rajoihin, ja lukevat 300 asiakkaan viennin takaisin.

Ajo (repositorion juuresta)::

    python bench/excel_rajat.py
    python bench/excel_rajat.py --tarkista
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from asiakkuus import excel, muotoilu
from asiakkuus.excel import lukeminen, sarakkeet
from asiakkuus.virheet import AsiakkuusVirhe as excel_virhe

TAVOITTEET = {"vienti": 15.0, "takaisinluku": 5.0, "csv": 3.0, "vihamielinen solu": 0.050,
              "leveä csv": 1.0, "muotoiltu työkirja": 1.0}


def asiakkaita(n: int, siemen: int = 1) -> pd.DataFrame:
    r = np.random.default_rng(siemen)
    return pd.DataFrame({
        "asiakas_id": [f"A{i:05d}" for i in r.permutation(n)],
        "nimi": [f"Asiakas numero {i} Oy" for i in range(n)],
        "tyyppi": r.choice(["hotelli", "kauppa", "ravintola"], n),
        "asiakas_alkaen": pd.to_datetime("2000-01-01") + pd.to_timedelta(
            r.integers(0, 9000, n), "D"),
        "tuotot": np.round(r.uniform(0, 10**6, n), 2),
        "suorat_kustannukset": np.round(r.uniform(0, 10**5, n), 2),
        "myynnin_kustannukset": r.integers(0, 900, n).astype(float),
        "markkinoinnin_kustannukset": r.integers(0, 900, n).astype(float),
        "asiakaspalvelun_kustannukset": r.integers(0, 900, n).astype(float),
        **{s: r.integers(1, 6, n).astype("int64") for s in excel.ARVIOT}})


def _virheena(funktio, *args):
    """Kutsu, joka saa päättyä suomenkieliseen virheeseen (leveä CSV hylätään)."""
    try:
        return funktio(*args)
    except excel_virhe:
        return None


def _aika(funktio, *args, **kwargs):
    """Tulos ja prosessin käyttämä suoritinaika: jaetulla koneella seinäkelloaika vaihtelee
    muiden ohjelmien mukaan, suoritinaika ei."""
    alku = time.process_time()
    tulos = funktio(*args, **kwargs)
    return tulos, time.process_time() - alku


def main(argv: list[str] | None = None) -> int:
    valinnat = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    valinnat.add_argument("--tarkista", action="store_true",
                          help="paluukoodi 1, jos jokin tavoite ei täyty")
    valinnat.add_argument("--asiakkaita", type=int, default=excel.SUURIN_RIVIMAARA)
    a = valinnat.parse_args(argv)
    tulokset: dict[str, float] = {}
    ok = True
    taulu = asiakkaita(a.asiakkaita)
    odotettu = taulu.sort_values("asiakas_id", kind="stable", ignore_index=True)
    with tempfile.TemporaryDirectory() as kansio:
        polku, tulokset["vienti"] = _aika(excel.vie_exceliin, Path(kansio) / "v.xlsx", taulu)
        with zipfile.ZipFile(polku) as paketti:
            purettu = sum(o.file_size for o in paketti.infolist())
            solut = sum(len(lukeminen._SOLU.findall(paketti.read(o)))
                        for o in paketti.infolist() if o.filename.startswith("xl/worksheets/"))
        print(f"vientityökirja: {polku.stat().st_size / 1e6:.2f} Mt levyllä "
              f"(raja {excel.SUURIN_TIEDOSTO / 1e6:.0f}), {purettu / 1e6:.1f} Mt purettuna "
              f"(raja {excel.SUURIN_PURETTU / 1e6:.0f}), {solut} solua "
              f"(raja {excel.SUURIN_SOLUMAARA})")
        takaisin, tulokset["takaisinluku"] = _aika(excel.lue_asiakkaat, polku)
        sama = takaisin.equals(odotettu)
        print("takaisin luettu taulukko on sama:", "kyllä" if sama else "EI")
        ok &= sama
        csv = Path(kansio) / "a.csv"
        otsikot = [s.otsikko for s in excel.SARAKKEET]
        kirjoitettava = taulu.copy()
        kirjoitettava["asiakas_alkaen"] = kirjoitettava["asiakas_alkaen"].dt.strftime("%d.%m.%Y")
        kirjoitettava.columns = otsikot
        kirjoitettava.to_csv(csv, sep=";", index=False, decimal=",")
        _, tulokset["csv"] = _aika(excel.lue_asiakkaat, csv)
        # 200 000 saraketta (1,4 Mt) ja 1 Mt:n yksi rivi: sarakeraja ennen kenttien käsittelyä.
        leveys = 0.0
        for sisalto in (";".join(otsikot) + ";x" * 200_000 + "\n", "a;" * 500_000):
            csv.write_text(sisalto, encoding="utf-8")
            leveys = max(leveys, _aika(_virheena, excel.lue_asiakkaat, csv)[1])
        tulokset["leveä csv"] = leveys
        # Reunaviivat riville 20 000 ja väri sarakkeessa 300: vain täytetyt solut lasketaan.
        from openpyxl import Workbook
        from openpyxl.styles import Border, Side
        wb = Workbook()
        wb.active.append(otsikot)
        wb.active.append(list(excel.ESIMERKKIASIAKKAAT[0]))
        for rivi in range(3, 20_001):
            wb.active.cell(rivi, 1).border = Border(left=Side(style="thin"))
        wb.active.cell(2, 300).border = Border(left=Side(style="thin"))
        muotoiltu = Path(kansio) / "muotoiltu.xlsx"
        wb.save(muotoiltu)
        _, tulokset["muotoiltu työkirja"] = _aika(excel.lue_asiakkaat, muotoiltu)
    pisin = 0.0
    for teksti in ("(" * sarakkeet.PISIN_TEKSTI, "1" * (sarakkeet.PISIN_TEKSTI - 1) + "x",
                   "1 " * (sarakkeet.PISIN_TEKSTI // 2), "." * sarakkeet.PISIN_TEKSTI):
        for funktio in (muotoilu.lue_luku, sarakkeet._normalisoi):
            _, kesto = _aika(funktio, teksti)
            pisin = max(pisin, kesto)
    tulokset["vihamielinen solu"] = pisin
    for nimi, kesto in tulokset.items():
        tavoite = TAVOITTEET[nimi]
        lapi = kesto <= tavoite
        ok &= lapi
        print(f"{nimi:20s} {kesto:8.3f} s suoritinaikaa  (tavoite ≤ {tavoite:g} s)  "
              f"{'PASS' if lapi else 'FAIL'}")
    return 0 if ok or not a.tarkista else 1


if __name__ == "__main__":
    sys.exit(main())
