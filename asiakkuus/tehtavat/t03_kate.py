"""Teeman 3 tehtävät: asiakkuuden kate, palvelukustannukset, kate-%, tappion syy, CAC ja valaskäyrä.

Oikeat vastaukset lasketaan paketin omilla funktioilla, joten tehtävät seuraavat
kurssin laskentatapaa.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import kate, mittarit
from ..generointi import HINNASTO
from ..muotoilu import euroa, prosenttia, pyorista
from . import (ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, erottuvat, rekisteroi,
               toimenpiteiden_kulut)

_ASIAKKAAT = ["Hotelli Tunturihelmi", "Safaritalo Kaira", "Ravintola Kanerva",
              "Luontaistuote Mesikämmen", "Matkatoimisto Lumikide", "Kylpylä Kuukkeli"]


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
def asiakaspalvelun_kustannukset(r: random.Random) -> Tehtava:
    """Asiakaspalvelun kustannukset toimenpiteiden määristä ja yksikkökustannuksista."""
    maarat = {"myyntikäynti": r.randint(1, 4), "tarjous": r.randint(1, 5),
              "toimitus": r.randint(6, 24), "puhelu": r.randint(5, 30),
              "erikoistilaus": r.randint(0, 6), "reklamaatio": r.randint(0, 3)}
    kulut = toimenpiteiden_kulut(maarat)
    oikea = float(kulut["asiakaspalvelun_kustannukset"])
    kaikki = oikea + float(kulut["myynnin_kustannukset"])
    palvelulajit = HINNASTO[HINNASTO["kustannuslaji"] == "asiakaspalvelu"]
    # Kustannuslajia ei näytetä: opiskelija päättelee itse, mitkä toimenpiteet ovat
    # asiakaspalvelua (oppitunnin 3 kateketjun taulukko).
    rivit = "\n".join(f"| {t} | {maarat[t]} | {euroa(h)} |"
                      for t, _, h in HINNASTO.itertuples(index=False))
    erittely = " + ".join(f"{maarat[t]} × {euroa(h)}" for t, h in
                          zip(palvelulajit["toimenpide"], palvelulajit["yksikkokustannus"]))
    return Tehtava(
        tunnus="03_2", otsikko="Asiakaspalvelun kustannukset toimenpiteistä",
        kuvaus=("Kuurankukka kirjasi yhden asiakkaan vuoden toimenpiteet:\n\n"
                "| Toimenpide | Määrä | Yksikkökustannus |\n|---|---|---|\n"
                f"{rivit}\n\nLaske asiakkaan **asiakaspalvelun kustannukset** euroina. "
                "Päättele ensin, mitkä toimenpiteet ovat asiakaspalvelua ja mitkä myyntiä."),
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
        vihje=("Asiakaspalvelua ovat toimitukset, puhelut, erikoistilaukset ja reklamaatiot; "
               "myyntikäynnit ja tarjoukset ovat myyntiä. Laske asiakaspalvelun riveille "
               "määrä × yksikkökustannus ja laske tulot yhteen."),
        ratkaisu=f"Asiakaspalvelun kustannukset = {erittely} = **{euroa(oikea)}**.",
    )


@rekisteroi("03_3")
def kateprosentti(r: random.Random) -> Tehtava:
    """Asiakkuuden kate prosentteina tuotoista."""
    tuotot = _pyorea(r, 5_000, 40_000, 500)
    myyntikate = round(tuotot * r.uniform(0.35, 0.55), -1)
    asiakkuuden_kate = round(myyntikate - tuotot * r.uniform(0.08, 0.25), -1)
    oikea = float(pyorista(100 * asiakkuuden_kate / tuotot, 1))  # koulun pyöristys
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


# Tappion syy ja sen perustelu yhtenä vaihtoehtona: pääsyy (kate.kannattamattomuuden_syyt)
# ja perustelu, joka joko erottaa syyt toisistaan, kuuluu toiselle syylle tai pätee
# jokaiseen tappiolliseen asiakkaaseen.
_SYYVAIHTOEHDOT = {
    ("pieni volyymi", "volyymi"):
        "Pieni volyymi: myyntikate ei riitä kattamaan edes tavallisen asiakkaan "
        "palvelukustannuksia.",
    ("pieni volyymi", "tyo"):
        "Pieni volyymi: asiakas teettää enemmän työtä kuin tavallinen asiakas.",
    ("pieni volyymi", "tappio"):
        "Pieni volyymi: myyntikate on pienempi kuin asiakkaan omat palvelukustannukset.",
    ("liikaa työtä", "tyo"):
        "Liikaa työtä: asiakkaan palvelukustannukset ylittävät selvästi tavallisen asiakkaan "
        "tason.",
    ("liikaa työtä", "volyymi"):
        "Liikaa työtä: myyntikate jää pienemmäksi kuin tavallisen asiakkaan "
        "palvelukustannukset.",
    ("liikaa työtä", "tappio"):
        "Liikaa työtä: palvelukustannukset ovat suuremmat kuin myyntikate.",
}


def _syyn_palaute(oikea: str, syy: str, peruste: str, myyntikate: int, palvelu: int,
                  perustaso: int) -> str:
    """Palaute väärästä vaihtoehdosta: menikö pääsyy, perustelu vai molemmat pieleen."""
    mk, pk, pt = euroa(myyntikate), euroa(palvelu), euroa(perustaso)
    if peruste == "tappio":
        perustelu = (f"Perustelu pitää paikkansa ({mk} < {pk}), mutta se pätee jokaiseen "
                     "tappiolliseen asiakkaaseen: juuri siksi kate on miinuksella. Syy "
                     "selviää vasta, kun vertaat lukuja tavallisen asiakkaan "
                     f"palvelukustannuksiin ({pt}).")
        if syy == oikea:
            return f"Pääsyy on oikein, mutta perustelu ei riitä. {perustelu}"
        return f"Pääsyy on väärin, eikä perustelu auta valitsemaan. {perustelu}"
    # Perustelun tosiasia: volyymi = myyntikate < perustaso, työ = palvelu > perustaso.
    tosi = (myyntikate < perustaso) if peruste == "volyymi" else (palvelu > perustaso)
    if peruste == "volyymi":
        vertailu = (f"myyntikate {mk} on {'pienempi' if tosi else 'suurempi'} kuin tavallisen "
                    f"asiakkaan palvelukustannukset {pt}")
    else:
        ylitys = ("ylittävät tavallisen asiakkaan tason" if tosi
                  else "eivät ylitä tavallisen asiakkaan tasoa")
        vertailu = f"asiakkaan palvelukustannukset {pk} {ylitys} {pt}"
    if syy == oikea:  # pääsyy oikein, perustelu kuuluu toiselle syylle (ja on epätosi)
        return (f"Pääsyy on oikein, mutta perustelu ei: {vertailu}. Perustelun pitää kertoa, "
                f"miksi syy on juuri {oikea}.")
    if tosi:  # perustelu pitää paikkansa, mutta se kertoo toisesta syystä
        return (f"Perustelu pitää paikkansa ({vertailu}), mutta se kertoo syystä "
                f"”{oikea}”, ei syystä ”{syy}”. Pääsyy on siis väärin.")
    return (f"Sekä pääsyy että perustelu ovat väärin: {vertailu}. Vertaa lukuja tavallisen "
            "asiakkaan tasoon vielä kerran.")


@rekisteroi("03_4")
def tappion_syy(r: random.Random) -> Tehtava:
    """Kannattamattomuuden pääsyy perusteluineen: pieni volyymi vai liikaa työtä."""
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
    paasyy = str(syy["paasyy"])
    oikea_peruste = "volyymi" if paasyy == "pieni volyymi" else "tyo"
    oikea = _SYYVAIHTOEHDOT[(paasyy, oikea_peruste)]
    vaihtoehdot = list(_SYYVAIHTOEHDOT.values())
    r.shuffle(vaihtoehdot)
    tyypilliset = tuple(
        (teksti, _syyn_palaute(paasyy, s, peruste, myyntikate, palvelu, perustaso))
        for (s, peruste), teksti in _SYYVAIHTOEHDOT.items() if teksti != oikea)
    return Tehtava(
        tunnus="03_4", otsikko="Miksi asiakkuus on tappiollinen?",
        kuvaus=(f"Asiakkaan myyntikate oli {euroa(myyntikate)} ja palvelukustannukset "
                f"(myynti, markkinointi ja asiakaspalvelu) {euroa(palvelu)}, joten asiakkuuden "
                f"kate oli {euroa(myyntikate - palvelu)}. Tavallisen asiakkaan "
                f"palvelukustannukset ovat {euroa(perustaso)}.\n\n"
                "Mikä on tappion pääsyy, ja mikä luvuista sen osoittaa? Valitse vaihtoehto, "
                "jossa sekä syy että perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot), tyypilliset=tyypilliset,
        arvot={"myyntikate": myyntikate, "palvelukustannukset": palvelu,
               "perustaso": perustaso},
        vihje=("Vertaa ensin myyntikatetta tavallisen asiakkaan palvelukustannuksiin, sitten "
               "asiakkaan omia palvelukustannuksia tavalliseen tasoon. Se, että "
               "palvelukustannukset ovat suuremmat kuin myyntikate, pätee jokaiseen "
               "tappiolliseen asiakkaaseen, joten se ei vielä kerro syytä."),
        ratkaisu=(f"Tappio = {euroa(palvelu)} − {euroa(myyntikate)} = "
                  f"{euroa(palvelu - myyntikate)}. Volyymisyy = min(tappio, max(0, tavallinen "
                  f"taso − myyntikate)) = {euroa(syy['volyymisyy'])}, työsyy = loput = "
                  f"{euroa(syy['tyosyy'])}. "
                  f"Suurempi osa ratkaisee, joten oikea vaihtoehto on **{oikea}**"),
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
        kuvaus=(f"Kuurankukan yhteistyökumppani, matkailuyritys Tunturitupa Oy, käytti viime "
                f"vuonna uusien asiakkaiden hankintaan myyntityön "
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


# --- 03_6 -------------------------------------------------------------------------------

# Valaat ovat isoja majoitus- ja matkailuasiakkaita; Ravintola Kanto ostaa paljon mutta
# teettää niin paljon työtä, että sen kate on tappiolla (kuten Ravintola Jäkälä oppitunnilla 3).
_VALAAT = ["Hotelli Kaltiohovi", "Kylpylä Kuukkeli", "Safaritalo Kaira",
           "Hotelli Tunturihelmi", "Arktiset Elämysmatkat Oy"]
_TYOLAS = "Ravintola Kanto"
_MUUT_ASIAKKAAT = ["Matkatoimisto Lumikide", "Ravintola Kanerva", "Luontaistuote Mesikämmen",
                   "Matkamuistomyymälä Tokka", "Pohjolan Herkkuaitta", "Kyläkauppa Vuoma",
                   "Torniolaakson eläkeläiset", "Aurora Lodge Kelo", "Luomupuoti Kataja",
                   "Sallan partiolaiset", "Perhe Rautio"]


def _osuus(osa: float, koko: float) -> float:
    """Osuus prosentteina yhden desimaalin tarkkuudella (koulupyöristys)."""
    return float(pyorista(100 * osa / koko, 1))


def _valasluvut(r: random.Random, n: int) -> tuple[dict[str, int], dict[str, int]]:
    """Arvottu asiakasjoukko: kaksi valasta, kohtuullisia asiakkaita ja 2–4 tappiollista.

    Yksi tappiollisista on iso ostaja, joka teettää paljon työtä (Ravintola Kanto), joten
    myynnin ja katteen järjestys eroavat.
    """
    tappiollisia = r.randint(2, min(4, n - 5))
    muut = r.sample(_MUUT_ASIAKKAAT, n - 3)
    nimet = [*r.sample(_VALAAT, 2), *muut, _TYOLAS]
    katteet = ([_pyorea(r, 5_000, 14_000, 10) for _ in range(2)]
               + [_pyorea(r, 200, 3_500, 10) for _ in range(n - 2 - tappiollisia)]
               + [-_pyorea(r, 200, 3_000, 10) for _ in range(tappiollisia)])
    # Kannattavilla kate on 15–35 % tuotoista (tuotot sadan euron tarkkuudella).
    tuotot = [100 * int(pyorista(k / r.uniform(0.15, 0.35) / 100)) if k > 0
              else _pyorea(r, 1_500, 8_000, 100) for k in katteet]
    tuotot[-1] = _pyorea(r, 40_000, 90_000, 500)  # työläs suurostaja
    return dict(zip(nimet, katteet)), dict(zip(nimet, tuotot))


@rekisteroi("03_6")
def valaskayran_lukeminen(r: random.Random) -> Tehtava:
    """Valaskäyrästä luettu luku: kannattavimman viidenneksen osuus tai käyrän huippu."""
    kysymys = r.choice(["viidennes", "huippu"])
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        n = 10 if kysymys == "viidennes" else r.randint(8, 12)
        katteet, tuotot = _valasluvut(r, n)
        if len(set(katteet.values())) < n or len(set(tuotot.values())) < n:
            continue  # tasatulokset tekisivät järjestyksestä tulkinnanvaraisen
        jarjestys = sorted(katteet, key=katteet.get, reverse=True)
        myyntijarjestys = sorted(tuotot, key=tuotot.get, reverse=True)
        taulukon_jarjestys = sorted(katteet)  # aakkosjärjestys, kuten asiakasluettelossa
        summa = sum(katteet.values())
        kannattavat = sum(k for k in katteet.values() if k > 0)
        tappio = summa - kannattavat
        if summa <= 0:
            continue
        if kysymys == "viidennes":
            kaksi = katteet[jarjestys[0]] + katteet[jarjestys[1]]
            oikea = _osuus(kaksi, summa)
            vaarat = [
                (_osuus(tuotot[myyntijarjestys[0]] + tuotot[myyntijarjestys[1]],
                        sum(tuotot.values())),
                 "Laskit kahden suurimman ostajan osuuden myynnistä (tuotoista). Kysyttiin "
                 "osuutta asiakkuuden katteesta: järjestä asiakkaat katteen mukaan ja jaa "
                 "heidän katteensa kaikkien asiakkaiden yhteisellä katteella."),
                (_osuus(katteet[myyntijarjestys[0]] + katteet[myyntijarjestys[1]], summa),
                 "Järjestit asiakkaat myynnin mukaan. Suurin ostaja ei ole aina kannattavin: "
                 "valaskäyrää varten asiakkaat järjestetään asiakkuuden katteen mukaan."),
                (_osuus(kaksi, kannattavat),
                 "Jaoit vain kannattavien asiakkaiden katteella ja unohdit tappiolliset. "
                 "Koko katteeseen kuuluvat kaikki asiakkaat, myös miinusmerkkiset, joten "
                 "jakaja on pienempi ja osuus suurempi."),
                (_osuus(katteet[taulukon_jarjestys[0]] + katteet[taulukon_jarjestys[1]], summa),
                 "Otit taulukon kaksi ensimmäistä asiakasta. Taulukko on aakkosjärjestyksessä: "
                 "järjestä asiakkaat ensin katteen mukaan suurimmasta pienimpään."),
                (_osuus(katteet[jarjestys[0]], summa),
                 "Otit vain kannattavimman asiakkaan. 20 % kymmenestä asiakkaasta on kaksi "
                 "asiakasta."),
                (20.0, "20 % on asiakkaiden osuus kaikista asiakkaista. Kysyttiin, kuinka suuren "
                       "osan katteesta nämä asiakkaat tuovat."),
                (80.0, "80 % on 80/20-säännön nyrkkisääntö, ei Kuurankukan luku. Laske osuus "
                       "taulukon luvuista: sääntö pätee harvoin tarkasti."),
                (float(pyorista(kaksi / summa, 3)),
                 "Vastasit desimaalilukuna. Kerro sadalla, niin saat prosentit."),
            ]
            sopii = 55 <= oikea <= 140
        else:
            oikea = _osuus(kannattavat, summa)
            kannattavia = sum(k > 0 for k in katteet.values())
            vaarat = [
                (100.0, "100 % on käyrän viimeinen piste: kun kaikki asiakkaat ovat mukana, "
                        "kertymä on koko kate. Huippu on sitä ennen, viimeisen kannattavan "
                        "asiakkaan kohdalla, ja se on yli 100 %, koska tappiolliset vievät "
                        "osan katteesta takaisin."),
                (_osuus(-tappio, summa),
                 "Laskit, kuinka paljon tappiolliset asiakkaat vievät. Huippu on kannattavien "
                 "asiakkaiden yhteinen kate, eli 100 % ja tämä osuus yhteensä."),
                (_osuus(summa, kannattavat),
                 "Jaoit väärin päin. Käyrä näyttää kertymän prosentteina koko katteesta, joten "
                 "jaa kannattavien asiakkaiden yhteinen kate kaikkien asiakkaiden katteella."),
                (_osuus(kannattavia, n),
                 "Tämä on kannattavien asiakkaiden osuus asiakkaista, eli huipun kohta "
                 "vaaka-akselilla. Kysyttiin, kuinka korkealla huippu on."),
                (float(kannattavat),
                 "Vastasit euroina. Muuta huippu prosenteiksi koko katteesta: jaa se kaikkien "
                 "asiakkaiden yhteisellä katteella ja kerro sadalla."),
                (float(pyorista(kannattavat / summa, 3)),
                 "Vastasit desimaalilukuna. Kerro sadalla, niin saat prosentit."),
            ]
            sopii = 110 <= oikea <= 180
        if sopii and erottuvat(oikea, vaarat, 1.0):
            break
    else:
        raise arvonta_ei_onnistunut("03_6")
    # Oikea vastaus paketin valaskäyrällä: kertymä-% järjestyksen mukaan.
    kayra = kate.valaskayra(pd.DataFrame({"asiakas_id": list(katteet),
                                          "asiakkuuden_kate": [float(k) for k in katteet.values()]}))
    if kysymys == "viidennes":
        kohta = int((kayra["asiakasosuus_pros"] <= 20 + 1e-9).sum()) - 1
        ratkaisun_alku = (
            "20 % kymmenestä asiakkaasta on kaksi asiakasta. Kannattavimmat ovat "
            f"{jarjestys[0]} ({euroa(katteet[jarjestys[0]])}) ja {jarjestys[1]} "
            f"({euroa(katteet[jarjestys[1]])}), yhteensä {euroa(kaksi)}. Kaikkien asiakkaiden "
            f"yhteinen kate on {euroa(summa)}. Osuus = {euroa(kaksi)} / {euroa(summa)} × 100 = ")
        ostaja = next(a for a in myyntijarjestys[:2] if a not in jarjestys[:2])
        lopuksi = (f" Myynnin mukaan kahden suurimman joukossa olisi {ostaja} (kate "
                   f"{euroa(katteet[ostaja])}), mutta valaskäyrä järjestetään katteen mukaan.")
    else:
        kohta = int(kayra["kertyma"].to_numpy().argmax())
        ratkaisun_alku = (
            f"Käyrä nousee niin kauan kuin kate on plussalla, joten huippu on viimeisen "
            f"kannattavan asiakkaan kohdalla. Kannattavien asiakkaiden ({kannattavia}/{n}) "
            f"yhteinen kate on {euroa(kannattavat)}, ja kaikkien asiakkaiden yhteinen kate "
            f"on {euroa(summa)}. Huippu = {euroa(kannattavat)} / {euroa(summa)} × 100 = ")
        lopuksi = (f" Tappiolliset asiakkaat vievät siis {euroa(-tappio)} eli "
                   f"{prosenttia(_osuus(-tappio, summa))} koko katteesta takaisin.")
    oikea = float(pyorista(kayra["kertyma_pros"].iloc[kohta], 1))
    vaarat = list(dict(vaarat).items())  # sama väärä arvo vain kerran
    rivit = "\n".join(f"| {nimi} | {euroa(tuotot[nimi])} | {euroa(katteet[nimi])} |"
                      for nimi in taulukon_jarjestys)
    if kysymys == "viidennes":
        tehtavan_kysymys = (
            "Yrittäjä haluaa tietää, päteekö 80/20-sääntö yrityksen katteeseen. Kuinka monta "
            "prosenttia kaikkien asiakkaiden yhteisestä asiakkuuden katteesta tuovat "
            "**kannattavimmat 20 % asiakkaista**?")
        vihje = ("Järjestä asiakkaat asiakkuuden katteen mukaan suurimmasta pienimpään. Laske "
                 "kärjen 20 %:n (kahden asiakkaan) kate yhteen ja jaa se kaikkien asiakkaiden "
                 "yhteisellä katteella, jossa tappiolliset ovat miinusmerkkisinä mukana.")
    else:
        tehtavan_kysymys = (
            "Yrittäjä piirtää asiakkaista **valaskäyrän**: asiakkaat järjestetään asiakkuuden "
            "katteen mukaan kannattavimmasta alkaen, ja käyrä näyttää, kuinka monta prosenttia "
            "kaikkien asiakkaiden yhteisestä katteesta on kertynyt kuhunkin asiakkaaseen "
            "mennessä. Kuinka korkealle käyrä nousee, eli mikä on sen **huippu**?")
        vihje = ("Käyrä nousee jokaisen kannattavan asiakkaan kohdalla ja laskee jokaisen "
                 "tappiollisen kohdalla. Missä kohdassa kertymä on siis suurimmillaan? Jaa se "
                 "kaikkien asiakkaiden yhteisellä katteella.")
    return Tehtava(
        tunnus="03_6", otsikko="Valaskäyrä ja 80/20",
        kuvaus=(f"Kuurankukan yhteistyökumppanilla, matkailuyritys Tunturitupa Oy:llä, on {n} "
                "asiakasta. Tässä ovat niiden tuotot ja asiakkuuden kate viime vuodelta "
                "(miinusmerkkinen kate on tappiota):\n\n"
                "| Asiakas | Tuotot | Asiakkuuden kate |\n|---|---:|---:|\n"
                f"{rivit}\n\n{tehtavan_kysymys} Anna vastaus prosentteina yhden desimaalin "
                "tarkkuudella."),
        oikea=oikea, toleranssi=0.1, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"kysymys": kysymys, "asiakkuuden_kate": dict(katteet), "tuotot": dict(tuotot)},
        vihje=vihje,
        ratkaisu=f"{ratkaisun_alku}**{prosenttia(oikea)}**.{lopuksi}",
    )
