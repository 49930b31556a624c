"""Kuviot: jokainen piirtyy kurssin aineistosta, on suomeksi ja näyttää oikeat luvut.

Kuvista tarkistetaan piirretyt oliot (palkit, viivat, tekstit), ei pikseleitä.
"""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from asiakkuus import kate, kuvat, lataa_aineisto, mittarit, portfolio  # noqa: E402
from asiakkuus.muotoilu import TUHATEROTIN, euroa  # noqa: E402


@pytest.fixture(autouse=True)
def _sulje_kuvat():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def aineisto():
    return lataa_aineisto()


@pytest.fixture(scope="module")
def kate_df(aineisto):
    a = aineisto
    return kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi,
                                 a.asiakkaat)


@pytest.fixture(scope="module")
def pisteet(aineisto, kate_df):
    return portfolio.kriteeripisteet(kate_df, aineisto.myynnit, aineisto.asiakkaat)


def _tekstit(ax) -> list[str]:
    # Sisältö ratkaisee, ei välilyönnin laji (tuhaterotin U+202F, yksikön edessä U+00A0).
    return [t.get_text().replace("\u202f", " ").replace("\u00a0", " ") for t in ax.texts]


def _kuviot(aineisto, kate_df, pisteet):
    """Jokainen kuvio kurssin aineistosta, kuten muistiot ne piirtävät."""
    return {
        "vesiputous": lambda: kuvat.vesiputous(kate.asiakkuuden_tuloslaskelma(kate_df, "A10")),
        "valaskayra": lambda: kuvat.valaskayra_kuva(kate.valaskayra(kate_df),
                                                    kate.pareto_osuudet(kate_df)),
        "portfolio": lambda: kuvat.portfoliomatriisi(portfolio.pisteyta(pisteet), kate_df),
        "sijoitukset": lambda: kuvat.sijoitusvertailu(
            portfolio.sijoitusmuutokset(pisteet, "tanaan", "huomenna")),
        "nps": lambda: kuvat.nps_kuva(aineisto.kyselyt["nps"]),
    }


KUVIOT = ["vesiputous", "valaskayra", "portfolio", "sijoitukset", "nps"]


@pytest.mark.parametrize("nimi", KUVIOT)
def test_jokainen_kuvio_piirtyy_suomeksi_ilman_puuttuvia_merkkeja(nimi, aineisto, kate_df,
                                                                   pisteet):
    with warnings.catch_warnings():
        # Puuttuva kirjainmerkki (esim. ohut välilyönti, €, −) on matplotlibissa varoitus.
        warnings.simplefilter("error")
        ax = _kuviot(aineisto, kate_df, pisteet)[nimi]()
        ax.figure.canvas.draw()
    assert ax.get_title().strip()
    assert ax.get_ylabel().strip()
    # Sijoitusvertailussa painotusten nimet ovat x-akselin nimet.
    x_nimi = ax.get_xlabel() or " ".join(t.get_text() for t in ax.get_xticklabels())
    assert x_nimi.strip()


@pytest.mark.parametrize("nimi", KUVIOT)
def test_kuvio_on_luettava_videotykilla(nimi, aineisto, kate_df, pisteet):
    ax = _kuviot(aineisto, kate_df, pisteet)[nimi]()
    assert ax.title.get_fontsize() >= 16
    assert ax.yaxis.label.get_fontsize() >= 14
    for teksti in [*ax.get_xticklabels(), *ax.get_yticklabels(), *ax.texts]:
        assert teksti.get_fontsize() >= 12, teksti.get_text()


def test_kuvio_piirtyy_annettuun_akseliin(aineisto):
    fig, (vasen, oikea) = plt.subplots(1, 2)
    assert kuvat.nps_kuva(aineisto.kyselyt["nps"], ax=oikea) is oikea
    assert len(fig.axes) == 2 and not vasen.patches


def test_euroakseli_suomalaisittain():
    fig, ax = plt.subplots()
    kuvat.euroakseli(ax)
    assert ax.yaxis.get_major_formatter()(1234, 0) == f"1{TUHATEROTIN}234\u00a0€"
    assert ax.yaxis.get_major_formatter()(-500, 0) == "−500\u00a0€"


def test_viimeistele_asettaa_otsikon_ja_akselit():
    fig, ax = plt.subplots()
    assert kuvat.viimeistele(ax, "Otsikko", x="Vaaka", y="Pysty") is ax
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == ("Otsikko", "Vaaka", "Pysty")


@pytest.mark.parametrize("asiakas", ["A10", "A01"])
def test_vesiputouksen_palkit_ovat_tuloslaskelman_luvut(asiakas, kate_df):
    laskelma = kate.asiakkuuden_tuloslaskelma(kate_df, asiakas)
    ax = kuvat.vesiputous(laskelma)
    palkit = ax.patches
    assert [p.get_height() for p in palkit] == pytest.approx(laskelma["euroa"].tolist())
    taso = 0.0
    for palkki, laji, arvo in zip(palkit, laskelma["laji"], laskelma["euroa"]):
        # Kustannus alkaa edellisen palkin päästä, tuotot ja välisummat nollasta.
        assert palkki.get_y() == pytest.approx(taso if laji == "kustannus" else 0.0)
        taso = palkki.get_y() + arvo
    # Viimeinen palkki päättyy asiakkuuden katteeseen.
    assert palkit[-1].get_y() + palkit[-1].get_height() == pytest.approx(
        kate_df.set_index("asiakas_id").loc[asiakas, "asiakkuuden_kate"])
    for arvo in laskelma["euroa"]:
        odotettu = euroa(arvo).replace("\u202f", " ").replace("\u00a0", " ")
        assert any(odotettu in t for t in _tekstit(ax)), odotettu
    assert ax.get_title() == "Asiakkuuden kateketju"
    assert [t.get_text().replace("\n", " ").replace("\u00a0", " ") for t in ax.get_xticklabels()] == \
        laskelma["rivi"].tolist()
    assert ax.get_ylim()[1] > max(p.get_y() + max(p.get_height(), 0) for p in palkit), \
        "arvotekstille pitää jäädä tilaa ylimmän palkin yläpuolelle"


def test_vesiputous_nayttaa_tappion_punaisena(kate_df):
    tappiollinen = kuvat.vesiputous(kate.asiakkuuden_tuloslaskelma(kate_df, "A10"),
                                    otsikko="Ravintola Jäkälä")
    kate_palkki = tappiollinen.patches[-1]
    assert kate_palkki.get_height() < 0
    assert to_hex(kate_palkki.get_facecolor()) == kuvat.PUNAINEN.lower()
    assert kate_palkki.get_hatch()
    assert any("tappio" in t for t in _tekstit(tappiollinen))
    assert tappiollinen.get_title() == "Ravintola Jäkälä"

    kannattava = kuvat.vesiputous(kate.asiakkuuden_tuloslaskelma(kate_df, "A01"))
    assert to_hex(kannattava.patches[-1].get_facecolor()) != kuvat.PUNAINEN.lower()
    assert not any("tappio" in t for t in _tekstit(kannattava))


def test_valaskayra_alkaa_nollasta_ja_paattyy_sataan(kate_df):
    kayra = kate.valaskayra(kate_df)
    ax = kuvat.valaskayra_kuva(kayra, kate.pareto_osuudet(kate_df))
    viiva = max(ax.lines, key=lambda v: len(v.get_xdata()))
    x, y = np.asarray(viiva.get_xdata()), np.asarray(viiva.get_ydata())
    assert (x[0], y[0]) == (0, 0)
    assert (x[-1], y[-1]) == pytest.approx((100, 100))
    assert y[1:] == pytest.approx(kayra["kertyma_pros"].to_numpy())
    # 100 %:n vertailuviiva
    assert any(np.allclose(v.get_ydata(), 100) and len(v.get_ydata()) == 2 for v in ax.lines)
    huippu = kate.valaskayran_huippu(kayra)
    assert any(f"Huippu {huippu['huippu_pros']:.1f} %".replace(".", ",") in t
               for t in _tekstit(ax))
    # 80/20-piste: pareto_osuudet kertoo asiakasmäärän, käyrä kertymän siinä kohdassa.
    rivi = kate.pareto_osuudet(kate_df).set_index("mittari").loc["asiakkuuden_kate"]
    px = rivi["asiakasosuus_pros"]
    py = kayra["kertyma_pros"].iloc[int(rivi["asiakkaita"]) - 1]
    assert py >= 80
    assert any(f"{px:.0f} % asiakkaista" in t and f"{py:.0f} % katteesta" in t
               for t in _tekstit(ax))
    assert ax.get_xlim() == (0, 100)


def test_valaskayra_ilman_paretoa_ei_merkitse_8020_pistetta(kate_df):
    ax = kuvat.valaskayra_kuva(kate.valaskayra(kate_df))
    assert not any("asiakkaista" in t for t in _tekstit(ax))


def test_valaskayra_kannattamattomat_vain_jos_niita_on(kate_df):
    tappiollisia = kuvat.valaskayra_kuva(kate.valaskayra(kate_df))
    assert "Kannattamattomat\nasiakkaat" in _tekstit(tappiollisia)
    kannattavat = kate_df[kate_df["asiakkuuden_kate"] > 0]
    ax = kuvat.valaskayra_kuva(kate.valaskayra(kannattavat))
    assert "Kannattamattomat\nasiakkaat" not in _tekstit(ax)


def test_portfoliomatriisi_nimeaa_avainasiakkaat(kate_df, pisteet):
    pisteytys = portfolio.pisteyta(pisteet)
    ax = kuvat.portfoliomatriisi(pisteytys, kate_df)
    avaimet = pisteytys[pisteytys["avainasiakas"]]
    odotetut = {f"{s}. {n}" for s, n in zip(avaimet["sija"], avaimet["nimi"])}
    assert set(_tekstit(ax)) == odotetut
    assert ax.get_xlabel() == "Kannattavuus (pisteet 1–5)"
    assert ax.get_ylabel() == "Lujuus / uskollisuus (pisteet 1–5)"


def test_portfoliomatriisin_pallot_eivat_peita_toisiaan(kate_df, pisteet):
    pisteytys = portfolio.pisteyta(pisteet)
    ax = kuvat.portfoliomatriisi(pisteytys, kate_df)
    paikat = ax.collections[0].get_offsets()
    assert len(paikat) == len(pisteytys)
    erilaisia = {tuple(np.round(p, 6)) for p in paikat}
    assert len(erilaisia) == len(paikat), "kaksi palloa täsmälleen päällekkäin"
    # Levitys pysyy oman ruudun sisällä, joten pisteet voi yhä lukea akselilta.
    alkuperaiset = np.sort(np.c_[pisteytys["kannattavuus"], pisteytys["uskollisuus"]], axis=0)
    assert np.abs(np.sort(paikat, axis=0) - alkuperaiset).max() < 0.5
    # Sama kuva joka kerta: ei satunnaisuutta.
    toinen = kuvat.portfoliomatriisi(pisteytys, kate_df).collections[0].get_offsets()
    assert np.array_equal(paikat, toinen)


def test_portfoliomatriisin_pallon_koko_kertoo_myynnin(kate_df, pisteet):
    pisteytys = portfolio.pisteyta(pisteet)
    ax = kuvat.portfoliomatriisi(pisteytys, kate_df)
    koot = np.sort(ax.collections[0].get_sizes())
    tuotot = np.sort(kate_df["tuotot"].to_numpy())
    # Pallon pinta-ala kasvaa suoraan tuottojen mukaan, joten iso asiakas erottuu selvästi.
    assert np.corrcoef(koot, tuotot)[0, 1] == pytest.approx(1)
    assert koot[-1] > 10 * koot[0]


def test_sijoitusvertailu_korostaa_avainasiakkuuden_muutokset(pisteet):
    muutokset = portfolio.sijoitusmuutokset(pisteet, "tanaan", "huomenna")
    ax = kuvat.sijoitusvertailu(muutokset, "Tänään", "Huomenna")
    vasen = {t.get_text(): to_hex(t.get_color()) for t in ax.get_yticklabels()}
    oikea_ax = [a for a in ax.figure.axes if a is not ax][0]
    oikea = {t.get_text(): to_hex(t.get_color()) for t in oikea_ax.get_yticklabels()}
    sijat = muutokset.set_index("nimi")
    aurora, revontuli = sijat.loc["Villa Aurora Lodge"], sijat.loc["Hotelli Revontulenportti"]
    assert vasen[f"Villa Aurora Lodge {aurora['sija_a']}."] == kuvat.VIHREA.lower()  # nousee
    assert oikea[f"{aurora['sija_b']}. Villa Aurora Lodge"] == kuvat.VIHREA.lower()
    assert vasen[f"Hotelli Revontulenportti {revontuli['sija_a']}."] == \
        kuvat.PUNAINEN.lower()  # putoaa
    assert oikea["1. Hotelli Tunturihovi"] == kuvat.SININEN.lower()        # pysyy
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Tänään", "Huomenna"]
    # Sija 1 ylimpänä.
    assert ax.get_ylim()[0] > ax.get_ylim()[1]
    nakyvat = muutokset[(muutokset["sija_a"] <= 10) | (muutokset["sija_b"] <= 10)]
    assert len(vasen) == len(oikea) == len(nakyvat)


def test_sijoitusvertailu_rajaa_sijoihin(pisteet):
    muutokset = portfolio.sijoitusmuutokset(pisteet, "tanaan", "huomenna")
    ax = kuvat.sijoitusvertailu(muutokset, sijoja=3)
    nakyvat = muutokset[(muutokset["sija_a"] <= 3) | (muutokset["sija_b"] <= 3)]
    assert len(ax.get_yticklabels()) == len(nakyvat)
    assert ax.get_title() == "Asiakkaiden sijat: Tänään → Huomenna"


def test_nps_kuva_palkit_ryhmittain(aineisto):
    vastaukset = aineisto.kyselyt["nps"]
    ax = kuvat.nps_kuva(vastaukset)
    jakauma = mittarit.nps_jakauma(vastaukset)
    palkit = sorted(ax.patches, key=lambda p: p.get_x())
    assert [p.get_height() for p in palkit] == jakauma["vastauksia"].tolist()
    varit = {"arvostelija": kuvat.PUNAINEN, "passiivinen": kuvat.HARMAA,
             "suosittelija": kuvat.VIHREA}
    assert [to_hex(p.get_facecolor()) for p in palkit] == \
        [varit[r].lower() for r in jakauma["ryhma"]]
    assert ax.get_title() == "Suositteluhalukkuus: NPS 31,6"
    assert mittarit.nps(vastaukset) == pytest.approx(
        100 * ((vastaukset >= 9).sum() - (vastaukset <= 6).sum()) / len(vastaukset))
    assert round(mittarit.nps(vastaukset), 1) == 31.6
    selitteet = [t.get_text() for t in ax.get_legend().get_texts()]
    assert selitteet[0].startswith("Arvostelijat 0–6")


def test_kuvat_eivat_tuo_widgetteja():
    puu = ast.parse(Path(kuvat.__file__).read_text(encoding="utf-8"))
    tuonnit = {a.name for s in ast.walk(puu) if isinstance(s, ast.Import) for a in s.names}
    tuonnit |= {s.module or "" for s in ast.walk(puu) if isinstance(s, ast.ImportFrom)}
    assert not any(t.split(".")[0] in {"ipywidgets", "IPython", "widgetit"} for t in tuonnit)


def test_portfoliomatriisi_nayttaa_neljannekset_ja_nimetyn_asiakkaan(kate_df, pisteet):
    pisteytys = portfolio.pisteyta(pisteet)
    ilman = kuvat.portfoliomatriisi(pisteytys, kate_df)
    assert not {t for *_, t, _, _ in kuvat.LOHKOT} & set(_tekstit(ilman))  # off by default
    muu = pisteytys.loc[~pisteytys["avainasiakas"]].iloc[0]
    ax = kuvat.portfoliomatriisi(pisteytys, kate_df, lohkot=True, nimetyt=[muu["asiakas_id"]])
    tekstit = set(_tekstit(ax))
    assert {"Kannattavat ja uskolliset", "Uskolliset, heikosti kannattavat",
            "Satunnaiset, heikosti kannattavat",
            "Kannattavat, satunnaiset"} <= tekstit
    assert muu["nimi"] in tekstit
    pystyt = [v for v in ax.lines if list(v.get_xdata()) == [3, 3]]
    assert pystyt, "the dividing line at 3 points"
