"""Teeman 3 tehtävät: asiakkuuden kate, palvelukustannukset, kate-%, tappion syy ja CAC.

Oikeat vastaukset lasketaan paketin omilla funktioilla, joten tehtävät seuraavat
kurssin laskentatapaa.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import kate, mittarit
from ..generointi import HINNASTO
from ..muotoilu import euroa, prosenttia
from . import Tehtava, rekisteroi

_ASIAKKAAT = ["Hotelli Revontulenportti", "Lapin Safarikeskus Oy", "Ravintola Kelo",
              "Luontaistuotekauppa Kielo", "Matkatoimisto Kaamos", "Kylpylähotelli Kuura"]


def _pyorea(r: random.Random, alin: int, ylin: int, askel: int) -> int:
    return r.randrange(alin, ylin + 1, askel)


@rekisteroi("03_1")
def asiakkuuden_kate(r: random.Random) -> Tehtava:
    """Koko kateketju yhdelle asiakkaalle."""
    nimi = r.choice(_ASIAKKAAT)
    tuotot = _pyorea(r, 8_000, 20_000, 100)
    suorat = round(tuotot * r.uniform(0.40, 0.55), -1)
    myynti = _pyorea(r, 300, 1_200, 50)
    markkinointi = _pyorea(r, 150, 800, 50)
    palvelu = _pyorea(r, 250, 1_500, 50)
    ketju = kate.laske_kateketju(pd.DataFrame({
        "tuotot": [tuotot], "suorat_kustannukset": [suorat], "myynnin_kustannukset": [myynti],
        "markkinoinnin_kustannukset": [markkinointi],
        "asiakaspalvelun_kustannukset": [palvelu]})).iloc[0]
    oikea = float(ketju["asiakkuuden_kate"])
    myyntikate = float(ketju["myyntikate"])
    return Tehtava(
        tunnus="03_1", otsikko="Asiakkuuden kate",
        kuvaus=(f"Asiakkaan **{nimi}** luvut viime vuodelta:\n\n"
                f"| | euroa |\n|---|---|\n"
                f"| Asiakkuuden tuotot | {euroa(tuotot)} |\n"
                f"| Suorat kustannukset | {euroa(suorat)} |\n"
                f"| Myynnin kustannukset | {euroa(myynti)} |\n"
                f"| Markkinoinnin kustannukset | {euroa(markkinointi)} |\n"
                f"| Asiakaspalvelun kustannukset | {euroa(palvelu)} |\n\n"
                "Laske asiakkuuden kate euroina."),
        oikea=oikea, toleranssi=1,
        tyypilliset=(
            (myyntikate, "Tämä on myyntikate. Asiakkuuden katteeseen pääset, kun vähennät "
                         "myyntikatteesta vielä myynnin, markkinoinnin ja asiakaspalvelun "
                         "kustannukset."),
            (myyntikate - myynti - palvelu, "Unohdit markkinoinnin kustannukset."),
            (myyntikate - myynti - markkinointi, "Unohdit asiakaspalvelun kustannukset."),
            (myyntikate - markkinointi - palvelu, "Unohdit myynnin kustannukset."),
            (tuotot - myynti - markkinointi - palvelu,
             "Unohdit vähentää suorat kustannukset: ketju alkaa tuotot − suorat kustannukset."),
        ),
        arvot={"tuotot": tuotot, "suorat_kustannukset": suorat, "myynnin_kustannukset": myynti,
               "markkinoinnin_kustannukset": markkinointi,
               "asiakaspalvelun_kustannukset": palvelu},
        vihje=("Kulje ketju järjestyksessä: tuotot − suorat kustannukset = myyntikate; "
               "myyntikate − myynnin − markkinoinnin − asiakaspalvelun kustannukset = "
               "asiakkuuden kate."),
        ratkaisu=(f"Myyntikate = {euroa(tuotot)} − {euroa(suorat)} = {euroa(myyntikate)}. "
                  f"Asiakkuuden kate = {euroa(myyntikate)} − {euroa(myynti)} − "
                  f"{euroa(markkinointi)} − {euroa(palvelu)} = **{euroa(oikea)}**."),
    )


@rekisteroi("03_2")
def palvelukustannukset(r: random.Random) -> Tehtava:
    """Asiakaspalvelun kustannukset toimenpiteiden määristä ja yksikkökustannuksista."""
    maarat = {"myyntikäynti": r.randint(1, 4), "tarjous": r.randint(1, 5),
              "toimitus": r.randint(6, 24), "puhelu": r.randint(5, 30),
              "erikoistilaus": r.randint(0, 6), "reklamaatio": r.randint(0, 3)}
    toimet = pd.DataFrame({"asiakas_id": "X", "toimenpide": list(maarat),
                           "lukumaara": list(maarat.values())})
    kulut = kate.palvelukustannukset(toimet, HINNASTO).iloc[0]
    oikea = float(kulut["asiakaspalvelun_kustannukset"])
    kaikki = oikea + float(kulut["myynnin_kustannukset"])
    palvelulajit = HINNASTO[HINNASTO["kustannuslaji"] == "asiakaspalvelu"]
    rivit = "\n".join(
        f"| {t} | {maarat[t]} | {euroa(h)} | {'asiakaspalvelu' if l == 'asiakaspalvelu' else 'myynti'} |"
        for t, l, h in HINNASTO.itertuples(index=False))
    erittely = " + ".join(f"{maarat[t]} × {euroa(h)}" for t, h in
                          zip(palvelulajit["toimenpide"], palvelulajit["yksikkokustannus"]))
    return Tehtava(
        tunnus="03_2", otsikko="Palvelukustannukset toimenpiteistä",
        kuvaus=("Kuurankukka kirjasi yhden asiakkaan vuoden toimenpiteet:\n\n"
                "| Toimenpide | Määrä | Yksikkökustannus | Kustannuslaji |\n|---|---|---|---|\n"
                f"{rivit}\n\nLaske asiakkaan **asiakaspalvelun kustannukset** euroina."),
        oikea=oikea, toleranssi=1,
        tyypilliset=(
            (kaikki, "Laskit mukaan myös myyntikäynnit ja tarjoukset. Ne ovat myynnin "
                     "kustannuksia, eivät asiakaspalvelun."),
            (float(sum(maarat[t] for t in palvelulajit["toimenpide"])),
             "Laskit toimenpiteiden määrän. Kerro jokainen määrä sen yksikkökustannuksella."),
        ),
        arvot={"maarat": maarat,
               "yksikkokustannukset": dict(zip(HINNASTO["toimenpide"],
                                               HINNASTO["yksikkokustannus"]))},
        vihje=("Valitse rivit, joiden kustannuslaji on asiakaspalvelu, ja laske jokaiselle "
               "määrä × yksikkökustannus."),
        ratkaisu=f"Asiakaspalvelun kustannukset = {erittely} = **{euroa(oikea)}**.",
    )


@rekisteroi("03_3")
def kateprosentti(r: random.Random) -> Tehtava:
    """Asiakkuuden kate prosentteina tuotoista."""
    tuotot = _pyorea(r, 5_000, 40_000, 500)
    myyntikate = round(tuotot * r.uniform(0.35, 0.55), -1)
    asiakkuuden_kate = round(myyntikate - tuotot * r.uniform(0.08, 0.25), -1)
    oikea = round(100 * asiakkuuden_kate / tuotot, 1)
    return Tehtava(
        tunnus="03_3", otsikko="Kate-%",
        kuvaus=(f"Asiakkaan tuotot olivat {euroa(tuotot)}, myyntikate {euroa(myyntikate)} "
                f"ja asiakkuuden kate {euroa(asiakkuuden_kate)}.\n\n"
                "Laske asiakkuuden kate-% (yhden desimaalin tarkkuudella)."),
        oikea=oikea, toleranssi=0.1, yksikko="%", desimaaleja=1,
        tyypilliset=(
            (round(100 * myyntikate / tuotot, 1),
             "Tämä on myyntikate-%. Kysyttiin asiakkuuden katteen osuutta tuotoista."),
            (round(asiakkuuden_kate / tuotot, 3),
             "Laskit osuuden desimaalilukuna. Kerro sadalla, niin saat prosentit."),
            (round(100 * asiakkuuden_kate / (tuotot - asiakkuuden_kate), 1),
             "Jaoit kustannuksilla. Kate-% lasketaan aina suhteessa tuottoihin."),
        ),
        arvot={"tuotot": tuotot, "myyntikate": myyntikate, "asiakkuuden_kate": asiakkuuden_kate},
        vihje="Kate-% = asiakkuuden kate / asiakkuuden tuotot × 100.",
        ratkaisu=(f"Kate-% = {euroa(asiakkuuden_kate)} / {euroa(tuotot)} × 100 = "
                  f"**{prosenttia(oikea)}**."),
    )


@rekisteroi("03_4")
def tappion_syy(r: random.Random) -> Tehtava:
    """Kannattamattomuuden pääsyy: pieni volyymi vai liikaa työtä."""
    perustaso = _pyorea(r, 300, 600, 50)
    if r.random() < 0.5:  # pieni ostaja: myyntikate ei riitä tavalliseenkaan palveluun
        myyntikate = _pyorea(r, 40, perustaso - 150, 10)
        palvelu = perustaso - _pyorea(r, 0, 80, 10)
    else:  # iso ostaja, joka teettää paljon työtä
        myyntikate = _pyorea(r, perustaso + 300, perustaso + 2_000, 50)
        palvelu = myyntikate + _pyorea(r, 200, 900, 50)
    taulu = pd.DataFrame({"asiakas_id": ["X"], "myyntikate": [float(myyntikate)],
                          "myynnin_kustannukset": [0.0], "markkinoinnin_kustannukset": [0.0],
                          "asiakaspalvelun_kustannukset": [float(palvelu)],
                          "asiakkuuden_kate": [float(myyntikate - palvelu)]})
    syy = kate.kannattamattomuuden_syyt(taulu, perustaso=perustaso).iloc[0]
    vaihtoehdot = ("pieni volyymi", "liikaa työtä")
    vaara = [v for v in vaihtoehdot if v != syy["paasyy"]][0]
    selitys = {
        "pieni volyymi": (f"Asiakas teettää työtä vain tavallisen verran tai vähemmän "
                          f"({euroa(palvelu)} ≤ {euroa(perustaso)}), joten työ ei ole syy."),
        "liikaa työtä": (f"Myyntikate {euroa(myyntikate)} riittäisi tavalliseen palveluun "
                         f"({euroa(perustaso)}), joten volyymi ei ole ongelma."),
    }
    return Tehtava(
        tunnus="03_4", otsikko="Miksi asiakkuus on tappiollinen?",
        kuvaus=(f"Asiakkaan myyntikate oli {euroa(myyntikate)} ja palvelukustannukset "
                f"(myynti, markkinointi ja asiakaspalvelu) {euroa(palvelu)}, joten asiakkuuden "
                f"kate oli {euroa(myyntikate - palvelu)}. Tavallisen asiakkaan "
                f"palvelukustannukset ovat {euroa(perustaso)}.\n\n"
                "Mikä on tappion pääsyy?"),
        oikea=str(syy["paasyy"]), vaihtoehdot=vaihtoehdot,
        tyypilliset=((vaara, selitys[vaara]),),
        arvot={"myyntikate": myyntikate, "palvelukustannukset": palvelu,
               "perustaso": perustaso},
        vihje=("Vertaa ensin myyntikatetta tavallisen asiakkaan palvelukustannuksiin, sitten "
               "asiakkaan omia palvelukustannuksia tavalliseen tasoon."),
        ratkaisu=(f"Volyymisyy = min(tappio, tavallinen taso − myyntikate) = "
                  f"{euroa(syy['volyymisyy'])}, työsyy = {euroa(syy['tyosyy'])}. "
                  f"Suurempi osa ratkaisee: **{syy['paasyy']}**."),
    )


@rekisteroi("03_5")
def asiakashankinnan_kustannus(r: random.Random) -> Tehtava:
    """CAC = hankinnan kustannukset / uudet asiakkaat."""
    palkat = _pyorea(r, 3_000, 8_000, 100)
    esitteet = _pyorea(r, 500, 2_000, 100)
    alennukset = _pyorea(r, 300, 1_500, 100)
    uusia = r.randint(3, 9)
    kaikkia = uusia + r.randint(25, 40)
    yhteensa = palkat + esitteet + alennukset
    oikea = mittarit.cac(yhteensa, uusia)
    return Tehtava(
        tunnus="03_5", otsikko="Asiakashankinnan kustannus (CAC)",
        kuvaus=(f"Viime vuonna Kuurankukka käytti uusien asiakkaiden hankintaan myyntityön "
                f"palkkoja {euroa(palkat)}, esitteisiin ja tuotenäytteisiin {euroa(esitteet)} "
                f"ja avajaisalennuksiin {euroa(alennukset)}. Uusia asiakkaita tuli {uusia}, "
                f"ja asiakkaita oli vuoden lopussa kaikkiaan {kaikkia}.\n\n"
                "Laske asiakashankinnan kustannus (CAC) euroina uutta asiakasta kohden."),
        oikea=oikea, toleranssi=1,
        tyypilliset=(
            (yhteensa / kaikkia, "Jaoit kaikilla asiakkailla. CAC jaetaan vain uusilla "
                                 "asiakkailla, koska kustannukset käytettiin heidän hankintaansa."),
            (palkat / uusia, "Otit mukaan vain palkat. Myös esitteet, näytteet ja "
                             "avajaisalennukset ovat hankinnan kustannuksia."),
            (float(yhteensa), "Tämä on hankinnan kokonaiskustannus. Jaa se uusien "
                              "asiakkaiden määrällä."),
        ),
        arvot={"palkat": palkat, "esitteet": esitteet, "alennukset": alennukset,
               "uusia": uusia, "kaikkia": kaikkia},
        vihje="CAC = hankinnan kustannukset yhteensä / uusien asiakkaiden määrä.",
        ratkaisu=(f"CAC = ({euroa(palkat)} + {euroa(esitteet)} + {euroa(alennukset)}) / {uusia} "
                  f"= {euroa(yhteensa)} / {uusia} = **{euroa(oikea)}**."),
    )
