"""Suorituskykymittaus: kateketju + palvelukustannukset + pisteytys suurella aineistolla.

Mittaa paketin ``asiakkuus`` ketjun

    kate.asiakkuuden_kate(...)        # sisältää palvelukustannukset (cost-to-serve)
    portfolio.kriteeripisteet(...)
    portfolio.pisteyta(...)

generoidulla aineistolla (``generointi.luo_aineisto``) ja vertaa sitä samassa ajossa
minimaaliseen käsin kirjoitettuun pandas-versioon, joka tekee saman työn ilman
tarkistuksia. Tulostaa taulukon ja PASS/FAIL jokaiselle tavoitteelle:

- aika (mediaani) 10 000 asiakasta / 1 000 000 tapahtumaa  <= 0,5 s
- prosessin huippumuisti (RSS)                              <  1 GB
- kasvu lähes lineaarinen 1 000 -> 1 000 000 tapahtumaa     (välien eksponentti <= 1,2)
- suhde käsin kirjoitettuun pandas-versioon                 <= 1,3

Aineiston generointi ei kuulu mitattuun aikaan. Skripti on raportti, ei testi:
se päättyy koodiin 0, ellei anneta valitsinta ``--tarkista``, jolloin koodi on 1, jos
jokin tavoite ei täyty.

Ajo (repositorion juuresta)::

    python bench/suorituskyky.py            # täysi mittaus (~30 s)
    python bench/suorituskyky.py --pika     # nopea savutesti (muutama sekunti)
    python bench/suorituskyky.py --tarkista # koodi 1, jos tavoite ei täyty
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

JUURI = Path(__file__).resolve().parent.parent
if str(JUURI) not in sys.path:  # ajo ilman asennusta: python bench/suorituskyky.py
    sys.path.insert(0, str(JUURI))

from asiakkuus import kate, portfolio  # noqa: E402
from asiakkuus.generointi import luo_aineisto  # noqa: E402

# Tavoitteet (issue): aika, muisti, kasvu ja suhde käsin kirjoitettuun versioon.
TAVOITE_AIKA_S = 0.5
TAVOITE_MUISTI_MB = 1024.0
TAVOITE_EKSPONENTTI = 1.2
TAVOITE_SUHDE = 1.3

MB = 1024 * 1024


# ---------------------------------------------------------------------------------------
# Mitattava työ: paketti ja käsin kirjoitettu vertailuversio
# ---------------------------------------------------------------------------------------

def paketti(a, painot=None) -> pd.DataFrame:
    """Paketin ketju sellaisenaan (tarkistuksineen)."""
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    p = portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)
    return portfolio.pisteyta(p, painot)


def paketti_vaiheittain(a, painot=None) -> dict[str, float]:
    """Sama ketju, mutta jokaisen vaiheen aika erikseen (sekunteina)."""
    t0 = time.perf_counter()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    t1 = time.perf_counter()
    p = portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat)
    t2 = time.perf_counter()
    portfolio.pisteyta(p, painot)
    t3 = time.perf_counter()
    return {"asiakkuuden_kate": t1 - t0, "kriteeripisteet": t2 - t1, "pisteyta": t3 - t2}


def _pisteet_1_5(arvot: pd.Series) -> pd.Series:
    """Sama sääntö kuin portfolio.pisteet_1_5: sentin tarkkuus, keskimääräinen sija,
    1 + floor(5 * (sija - 1) / (n - 1)), enintään 5; puuttuva arvo 1."""
    n = len(arvot)
    if n == 1:
        return pd.Series(3, index=arvot.index)
    arvot = arvot.round(2)
    sija = arvot.fillna(-np.inf).rank(method="average")
    pisteet = np.minimum(1 + np.floor(5 * (sija - 1) / (n - 1) + 1e-9), 5).astype("int64")
    return pisteet.mask(arvot.isna(), 1)


def kasin(a, painot=None) -> pd.DataFrame:
    """Minimaalinen käsin kirjoitettu pandas-versio samasta työstä, ilman tarkistuksia."""
    painot = portfolio.OLETUSPAINOT if painot is None else painot
    m, t, h = a.myynnit, a.toimenpiteet, a.hinnasto

    # Tuotot ja suorat kustannukset asiakasta kohden.
    rivit = pd.DataFrame({
        "asiakas_id": m["asiakas_id"],
        "tuotot": (m["maara"] * m["yksikkohinta"]).round(2),
        "suorat_kustannukset": (m["maara"] * m["yksikkokustannus"]).round(2),
    })
    myynti = rivit.groupby("asiakas_id").sum()

    # Palvelukustannukset: lukumäärä x yksikkökustannus, jaettuna myyntiin ja asiakaspalveluun.
    hinnat = h.set_index("toimenpide")
    toimet = pd.DataFrame({
        "asiakas_id": t["asiakas_id"],
        "laji": t["toimenpide"].map(hinnat["kustannuslaji"]),
        "kustannus": t["lukumaara"] * t["toimenpide"].map(hinnat["yksikkokustannus"]),
    })
    palvelu = toimet.groupby(["asiakas_id", "laji"])["kustannus"].sum().unstack(fill_value=0.0)
    palvelu = palvelu.rename(columns={"myynti": "myynnin_kustannukset",
                                      "asiakaspalvelu": "asiakaspalvelun_kustannukset"})

    mainonta = a.markkinointi.groupby("asiakas_id")["markkinointikustannus"].sum()

    # Kateketju ja prosentit.
    k = pd.concat([myynti, palvelu, mainonta.rename("markkinoinnin_kustannukset")], axis=1)
    k = k.fillna(0.0).sort_index()
    k["myyntikate"] = k["tuotot"] - k["suorat_kustannukset"]
    k["asiakkuuden_kate"] = (k["myyntikate"] - k["myynnin_kustannukset"]
                             - k["markkinoinnin_kustannukset"]
                             - k["asiakaspalvelun_kustannukset"])
    tuotot = k["tuotot"].where(k["tuotot"] != 0)
    k["myyntikate_pros"] = 100 * k["myyntikate"] / tuotot
    k["kate_pros"] = 100 * k["asiakkuuden_kate"] / tuotot

    # Uskollisuus: niiden vuosineljännesten osuus, joina asiakas osti.
    pvm = m["pvm"]
    neljannes = pvm.dt.year * 4 + (pvm.dt.month - 1) // 3
    neljanneksia = neljannes.max() - neljannes.min() + 1
    aktiiviset = neljannes.groupby(m["asiakas_id"]).nunique()
    uskollisuus = (100 * aktiiviset / neljanneksia).round(1).reindex(k.index, fill_value=0.0)

    # Pisteet 1-5 viidenneksittäin; arviokriteerit suoraan asiakastaulukosta.
    pisteet = a.asiakkaat[["asiakas_id", "nimi", "tyyppi"]].copy()
    ids = pisteet["asiakas_id"]
    pisteet["myyntivolyymi"] = ids.map(_pisteet_1_5(k["tuotot"])).fillna(1).astype("int64")
    # Tappiollinen asiakas saa kannattavuudesta 1 pisteen (portfolio.kannattavuuspisteet).
    kannattavuus = _pisteet_1_5(k["asiakkuuden_kate"]).mask(k["asiakkuuden_kate"].round(2) < 0, 1)
    pisteet["kannattavuus"] = ids.map(kannattavuus).fillna(1).astype("int64")
    pisteet["uskollisuus"] = ids.map(_pisteet_1_5(uskollisuus)).fillna(1).astype("int64")
    for sarake in portfolio.KRITEERIT[3:]:
        pisteet[sarake] = a.asiakkaat[sarake]

    # Painotettu pistemäärä ja sijoitus.
    w = pd.Series(painot, dtype=float)
    pisteet["pisteet"] = (pisteet[w.index] @ w / w.sum()).round(9)
    pisteet = pisteet.sort_values(["pisteet", "asiakas_id"], ascending=[False, True],
                                  ignore_index=True)
    pisteet["sija"] = np.arange(1, len(pisteet) + 1)
    pisteet["avainasiakas"] = pisteet["sija"] <= 5
    return pisteet


TOTEUTUKSET = {"paketti": paketti, "kasin": kasin}


def tarkista_samat(a) -> str:
    """Varmista, että vertailuversio tekee saman työn: sama pisteytys ja sijoitus."""
    p, k = paketti(a), kasin(a)
    sarakkeet = ["asiakas_id", *portfolio.KRITEERIT, "sija", "avainasiakas"]
    if not p[sarakkeet].reset_index(drop=True).equals(k[sarakkeet].reset_index(drop=True)):
        erot = (p[sarakkeet] != k[sarakkeet]).sum()
        return "EI (erot sarakkeittain: " + ", ".join(
            f"{s}={n}" for s, n in erot.items() if n) + ")"
    if not np.allclose(p["pisteet"], k["pisteet"]):
        return "EI (pistemäärät eroavat)"
    return "kyllä"


# ---------------------------------------------------------------------------------------
# Ajanotto
# ---------------------------------------------------------------------------------------

def mittaa_ajat(a, toistoja: int) -> dict[str, list[float]]:
    """Aja paketti ja käsin kirjoitettu versio vuorotellen ``toistoja`` kertaa.

    Ensin yksi lämmittelyajo kummallekin. Joka toistolla molemmat ajetaan peräkkäin ja
    järjestys vaihtuu toistoittain (ABBA), jotta koneen kuormituksen vaihtelu osuu
    kumpaankin yhtä lailla. Tulos: ajat sekunteina toteutuksittain, toistojen järjestyksessä.
    """
    ajat: dict[str, list[float]] = {nimi: [] for nimi in TOTEUTUKSET}
    for funktio in TOTEUTUKSET.values():
        funktio(a)
    for toisto in range(toistoja):
        jarjestys = list(TOTEUTUKSET.items())
        if toisto % 2:
            jarjestys.reverse()
        for nimi, funktio in jarjestys:
            gc.collect()
            alku = time.perf_counter()
            funktio(a)
            ajat[nimi].append(time.perf_counter() - alku)
    return ajat


def parisuhde(ajat: dict[str, list[float]]) -> float:
    """Suhde paketti / käsin: saman toiston parien suhteiden mediaani (kestää kohinaa)."""
    return statistics.median(p / k for p, k in zip(ajat["paketti"], ajat["kasin"]))


# ---------------------------------------------------------------------------------------
# Muisti: erillinen aliprosessi kummallekin toteutukselle
# ---------------------------------------------------------------------------------------

def _proc_status() -> dict[str, float] | None:
    """VmRSS ja VmHWM megatavuina Linuxin /proc/self/status-tiedostosta (muuten None)."""
    try:
        teksti = Path("/proc/self/status").read_text()
    except OSError:
        return None
    tulos = {}
    for avain in ("VmRSS", "VmHWM"):
        osuma = re.search(avain + r":\s+(\d+) kB", teksti)
        if not osuma:
            return None
        tulos[avain] = int(osuma.group(1)) / 1024
    return tulos


def _nollaa_huippu() -> bool:
    """Nollaa prosessin huippu-RSS (VmHWM) nykyiseen RSS:ään; Linux >= 4.0."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return True


def _ru_maxrss_mb() -> float:
    import resource
    arvo = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return arvo / MB if sys.platform == "darwin" else arvo / 1024  # macOS: tavuja, muut: kB


def muisti_lapsi(toteutus: str, asiakkaita: int, tapahtumia: int, siemen: int) -> dict:
    """Aliprosessin työ: generoi aineisto, nollaa huippu, aja kerran, lue huippu-RSS.

    Sen jälkeen sama työ toistetaan tracemallocin alla (Pythonin ja NumPyn varaukset).
    """
    a = luo_aineisto(asiakkaita=asiakkaita, tapahtumia=tapahtumia, siemen=siemen)
    funktio = TOTEUTUKSET[toteutus]
    gc.collect()
    ennen = _proc_status()
    nollattu = ennen is not None and _nollaa_huippu()
    funktio(a)
    jalkeen = _proc_status()
    if nollattu and jalkeen is not None:
        huippu, pohja = jalkeen["VmHWM"], ennen["VmRSS"]
    else:  # ei Linuxia: huippu sisältää myös aineiston generoinnin
        huippu, pohja = _ru_maxrss_mb(), (ennen or {}).get("VmRSS", float("nan"))
    gc.collect()
    tracemalloc.start()
    funktio(a)
    _, tm_huippu = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"huippu_mb": huippu, "pohja_mb": pohja, "tracemalloc_mb": tm_huippu / MB,
            "nollattu": nollattu}


def mittaa_muisti(toteutus: str, asiakkaita: int, tapahtumia: int, siemen: int) -> dict:
    komento = [sys.executable, str(Path(__file__).resolve()), "--_muisti", toteutus,
               "--asiakkaita", str(asiakkaita), "--tapahtumia", str(tapahtumia),
               "--siemen", str(siemen)]
    valmis = subprocess.run(komento, capture_output=True, text=True, check=True)
    return json.loads(valmis.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------
# Raportti
# ---------------------------------------------------------------------------------------

def _luku(n: int) -> str:
    """Kokonaisluku suomalaisittain: 1 000 000."""
    return f"{n:,}".replace(",", " ")


def _ms(sekuntia: float) -> str:
    return f"{1000 * sekuntia:,.1f}".replace(",", " ")


def _tulosta_taulukko(otsikot: list[str], rivit: list[list[str]]) -> None:
    leveydet = [max(len(str(x)) for x in sarake) for sarake in zip(otsikot, *rivit)]
    print("  ".join(o.ljust(w) for o, w in zip(otsikot, leveydet)))
    print("  ".join("-" * w for w in leveydet))
    for rivi in rivit:
        print("  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w)
                        for i, (x, w) in enumerate(zip(rivi, leveydet))))


def _tila(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def aja(args) -> int:
    print("Suorituskykymittaus: asiakkuuden_kate + kriteeripisteet + pisteyta")
    print(f"Python {platform.python_version()}, pandas {pd.__version__}, "
          f"numpy {np.__version__}, {platform.machine()}, ytimiä {os.cpu_count()}")
    print(f"Toistoja {args.toistoja} (mediaani ja minimi), aika: time.perf_counter, "
          "generointi ei mukana.\n")

    # 1. Pääkoko: aika, vaiheet, suhde ja tulosten vertailu.
    a = luo_aineisto(asiakkaita=args.asiakkaita, tapahtumia=args.tapahtumia,
                     siemen=args.siemen)
    samat = tarkista_samat(a)
    ajat = mittaa_ajat(a, args.toistoja)
    vaiheet = [paketti_vaiheittain(a) for _ in range(args.toistoja)]
    med = {nimi: statistics.median(x) for nimi, x in ajat.items()}
    pienin = {nimi: min(x) for nimi, x in ajat.items()}
    suhde = parisuhde(ajat)

    print(f"1) Aika: {_luku(args.asiakkaita)} asiakasta, {_luku(args.tapahtumia)} tapahtumaa, "
          f"{_luku(len(a.toimenpiteet))} toimenpideriviä")
    _tulosta_taulukko(
        ["toteutus", "mediaani ms", "min ms", "max ms"],
        [["paketti (asiakkuus)", _ms(med["paketti"]), _ms(pienin["paketti"]),
          _ms(max(ajat["paketti"]))],
         ["käsin (pandas)", _ms(med["kasin"]), _ms(pienin["kasin"]), _ms(max(ajat["kasin"]))]])
    print(f"   suhde paketti / käsin: {suhde:.2f} (saman toiston parien suhteiden mediaani; "
          f"mediaaneista {med['paketti'] / med['kasin']:.2f}, "
          f"minimeistä {pienin['paketti'] / pienin['kasin']:.2f})")
    print(f"   tulokset samat (pisteet, sija, avainasiakkaat): {samat}")
    print("   paketin vaiheet (mediaani ms): " + ", ".join(
        f"{v} {_ms(statistics.median(d[v] for d in vaiheet))}" for v in vaiheet[0]))
    print()

    # 2. Kasvu: aika eri kokoisilla aineistoilla (asiakkaita samassa suhteessa).
    koot = sorted(args.koot)
    kasvu = []
    for n in koot:
        asiakkaita = max(10, round(n * args.asiakkaita / args.tapahtumia))
        if (n, asiakkaita) == (args.tapahtumia, args.asiakkaita):
            kasvu.append((n, asiakkaita, med["paketti"], med["kasin"], suhde))
            continue
        b = luo_aineisto(asiakkaita=asiakkaita, tapahtumia=n, siemen=args.siemen)
        x = mittaa_ajat(b, args.toistoja)
        kasvu.append((n, asiakkaita, statistics.median(x["paketti"]),
                      statistics.median(x["kasin"]), parisuhde(x)))
        del b
    rivit, eksponentit = [], []
    for i, (n, asiakkaita, tp, tk, sk) in enumerate(kasvu):
        if i:
            n0, _, tp0, *_ = kasvu[i - 1]
            eksp = math.log(tp / tp0) / math.log(n / n0)
            eksponentit.append(eksp)
        rivit.append([_luku(n), _luku(asiakkaita),
                      _ms(tp), f"{1e6 * tp / n:.3f}", _ms(tk), f"{sk:.2f}",
                      f"{eksponentit[-1]:.2f}" if i else "-"])
    print("2) Kasvu (asiakkaita samassa suhteessa tapahtumiin; mediaanit)")
    _tulosta_taulukko(["tapahtumia", "asiakkaita", "paketti ms", "µs/tapahtuma",
                       "käsin ms", "suhde", "eksponentti"], rivit)
    if len(kasvu) >= 2:
        lx = np.log([k[0] for k in kasvu])
        ly = np.log([k[2] for k in kasvu])
        sovitettu = float(np.polyfit(lx, ly, 1)[0])
        print(f"   sovitettu eksponentti (log aika ~ b · log tapahtumat, kaikki koot): "
              f"b = {sovitettu:.2f}; välien eksponentti = log(t2/t1)/log(n2/n1)")
    print()

    # 3. Muisti: oma aliprosessi kummallekin toteutukselle.
    muisti = {}
    if not args.ei_muistia:
        for nimi in TOTEUTUKSET:
            muisti[nimi] = mittaa_muisti(nimi, args.asiakkaita, args.tapahtumia, args.siemen)
        print("3) Muisti (oma aliprosessi; aineisto generoidaan ensin, sitten huippu "
              "nollataan ja työ ajetaan kerran)")
        _tulosta_taulukko(
            ["toteutus", "huippu-RSS MB", "RSS ennen työtä MB", "lisäys MB",
             "tracemalloc-huippu MB"],
            [[nimi, f"{m['huippu_mb']:.0f}", f"{m['pohja_mb']:.0f}",
              f"{m['huippu_mb'] - m['pohja_mb']:.0f}", f"{m['tracemalloc_mb']:.0f}"]
             for nimi, m in muisti.items()])
        if not muisti["paketti"]["nollattu"]:
            print("   HUOM: huippua ei voitu nollata (ei Linuxia); huippu-RSS sisältää "
                  "myös aineiston generoinnin.")
        print("   huippu-RSS = koko prosessin huippu (tulkki, aineisto ja työ); "
              "tracemalloc = työn Python- ja NumPy-varausten huippu")
        print()

    # 4. Tavoitteet.
    tulokset = [
        (f"aika (mediaani), {_luku(args.asiakkaita)} as. / {_luku(args.tapahtumia)} tap.",
         f"{_ms(med['paketti'])} ms", f"<= {_ms(TAVOITE_AIKA_S)} ms",
         med["paketti"] <= TAVOITE_AIKA_S),
        ("suhde käsin kirjoitettuun pandasiin", f"{suhde:.2f}", f"<= {TAVOITE_SUHDE}",
         suhde <= TAVOITE_SUHDE),
    ]
    if eksponentit:
        tulokset.append(("kasvu: suurin välin eksponentti", f"{max(eksponentit):.2f}",
                         f"<= {TAVOITE_EKSPONENTTI}", max(eksponentit) <= TAVOITE_EKSPONENTTI))
    if muisti:
        tulokset.append(("huippumuisti (prosessin RSS)",
                         f"{muisti['paketti']['huippu_mb']:.0f} MB",
                         f"< {TAVOITE_MUISTI_MB:.0f} MB",
                         muisti["paketti"]["huippu_mb"] < TAVOITE_MUISTI_MB))
    tulokset.append(("tarkistus: sama tulos kuin käsin kirjoitetulla", samat, "kyllä",
                     samat == "kyllä"))
    print("4) Tavoitteet")
    _tulosta_taulukko(["tavoite", "mitattu", "raja", "tulos"],
                      [[n, m, r, _tila(ok)] for n, m, r, ok in tulokset])
    if args.asiakkaita != 10_000 or args.tapahtumia != 1_000_000:
        print("   HUOM: aikaraja koskee kokoa 10 000 / 1 000 000; tämä ajo on eri kokoinen.")
    kaikki = all(ok for *_, ok in tulokset)
    print(f"\nKaikki tavoitteet: {_tila(kaikki)}")
    return 0 if (kaikki or not args.tarkista) else 1


TAYSI = {"asiakkaita": 10_000, "tapahtumia": 1_000_000, "toistoja": 9,
         "koot": [1_000, 10_000, 100_000, 1_000_000]}
PIKA = {"asiakkaita": 1_000, "tapahtumia": 100_000, "toistoja": 3,
        "koot": [1_000, 10_000, 100_000]}


def _koot(teksti: str) -> list[int]:
    return [int(float(x)) for x in teksti.replace("_", "").split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Paketin asiakkuus suorituskykymittaus (kate + palvelukustannukset + "
                    "pisteytys) ja vertailu käsin kirjoitettuun pandas-versioon.")
    parser.add_argument("--asiakkaita", type=int,
                        help="asiakkaita pääkoossa (oletus 10000, pikana 1000)")
    parser.add_argument("--tapahtumia", type=int,
                        help="myyntirivejä pääkoossa (oletus 1000000, pikana 100000)")
    parser.add_argument("--koot", type=_koot,
                        help="kasvumittauksen tapahtumamäärät pilkuin eroteltuina "
                             "(oletus 1000,10000,100000,1000000, pikana 1000,10000,100000)")
    parser.add_argument("--toistoja", type=int, help="toistoja (oletus 9, pikana 3)")
    parser.add_argument("--siemen", type=int, default=2026, help="aineiston siemenluku")
    parser.add_argument("--pika", "--quick", action="store_true",
                        help="nopea ajo (muutama sekunti): pienemmät oletuskoot ja 3 toistoa")
    parser.add_argument("--ei-muistia", "--no-memory", action="store_true",
                        help="ohita muistimittaus (aliprosessit)")
    parser.add_argument("--tarkista", "--check", action="store_true",
                        help="päätä koodiin 1, jos jokin tavoite ei täyty")
    parser.add_argument("--_muisti", choices=list(TOTEUTUKSET), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._muisti:
        print(json.dumps(muisti_lapsi(args._muisti, args.asiakkaita, args.tapahtumia,
                                      args.siemen)))
        return 0
    oletukset = PIKA if args.pika else TAYSI
    for avain, arvo in oletukset.items():
        if getattr(args, avain) is None:
            setattr(args, avain, arvo)
    if args.toistoja < 1 or args.asiakkaita < 1 or args.tapahtumia < 1:
        parser.error("koot ja toistot pitää olla vähintään 1")
    return aja(args)


if __name__ == "__main__":
    sys.exit(main())
