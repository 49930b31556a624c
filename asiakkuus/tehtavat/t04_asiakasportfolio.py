"""Teeman 4 tehtävät: painotettu pistemäärä, painojen täydentäminen, avainasiakas ja palvelutaso.

Oikeat vastaukset lasketaan paketin omilla funktioilla (``portfolio`` ja ``suunnitelma``),
joten tehtävät seuraavat kurssin laskentatapaa. Luvut arvotaan niin, että jokainen
tyypillinen väärä vastaus eroaa oikeasta ja toisistaan selvästi enemmän kuin toleranssi.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import portfolio, suunnitelma
from ..muotoilu import luku
from . import ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, erottuvat, rekisteroi

_ASIAKKAAT = ["Hotelli Tunturihelmi", "Safaritalo Kaira", "Ravintola Kanerva",
              "Luontaistuote Mesikämmen", "Matkatoimisto Lumikide", "Kylpylä Kuukkeli",
              "Tunturikahvila Pahta", "Eräopas Ahma", "Lomakylä Lumikko", "Kauppa Pihlaja"]
# Tehtävän 4.4 asiakkaat ovat eri nimiä kuin 4.1:n ja 4.3:n, jottei sama asiakas saa kolmea
# eri pistesarjaa.
_TASON_ASIAKKAAT = ["Hotelli Aavasaksa", "Ravintola Tykky", "Luontopuoti Suopursu",
                    "Erämaja Kontio", "Matkailutalo Kiehinen", "Kahvila Kaamosvalo"]
_YRITYKSET = ["Kuurankukka Oy", "Revontulimatkat Oy", "Tunturiyrtti", "Lapin Marjatila"]
_NIMET = portfolio.KRITEERIT
_PAINOTUSTEN_NIMET = {"tanaan": ("tämän päivän", "tämän päivän painoilla"),
                      "huomenna": ("huomisen", "huomisen painoilla")}


def _pisteet(pisteet: dict[str, int], painot: dict[str, float]) -> float:
    """Painotettu pistemäärä paketin funktiolla, kahden desimaalin tarkkuudella."""
    rivi = pd.DataFrame([pisteet])
    return round(float(portfolio.painotettu_pistemaara(rivi, painot).iloc[0]), 2)


def _pikapisteet(pisteet: dict[str, int], painot: dict[str, float]) -> float:
    """Sama lasku ilman pandasia: arvonnan hylkäyssilmukka kutsuu tätä satoja kertoja.

    >>> _pikapisteet({"myyntivolyymi": 5, "kannattavuus": 1}, {"myyntivolyymi": 30,
    ...                                                        "kannattavuus": 10})
    4.0
    """
    return round(sum(painot[k] * pisteet[k] for k in painot) / sum(painot.values()), 2)


def _kaava(pisteet: dict[str, int], painot: dict[str, float]) -> str:
    """Laskun auki kirjoitettuna: 0,30 · 4 + 0,20 · 3 + …"""
    return " + ".join(f"{luku(painot[k] / 100, 2)} · {pisteet[k]}" for k in _NIMET)


@rekisteroi("04_1")
def painotettu_pistemaara(r: random.Random) -> Tehtava:
    """Yhden asiakkaan painotettu pistemäärä oletuspainoilla."""
    nimi = r.choice(_ASIAKKAAT[:5])  # 4.3 käyttää loppupään nimiä
    painot = dict(portfolio.OLETUSPAINOT)
    pudonnut = ("Yksi kriteeri jäi laskusta pois, joten painosi ovat yhteensä alle 100 % ja "
                "tulos jää liian pieneksi. Ota mukaan kaikki kuusi kriteeriä: painojen summan "
                "pitää olla tasan 100 %.")
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        pisteet = {k: r.randint(1, 5) for k in _NIMET}
        oikea = _pikapisteet(pisteet, painot)
        keskiarvo = round(sum(pisteet.values()) / 6, 2)
        vaarat = [
            (keskiarvo, "Laskit tavallisen keskiarvon. Painotetussa pistemäärässä kriteerit "
                        "eivät ole yhtä tärkeitä: kerro ensin jokaisen kriteerin pisteet sen "
                        "painolla ja laske tulot vasta sitten yhteen."),
            (round(100 * oikea, 2), "Vastauksesi on sata kertaa liian suuri. Käytä painoja "
                                    "desimaalilukuina (30 % = 0,30) tai jaa summa lopuksi "
                                    "sadalla."),
            (round(oikea / 6, 2), "Jaoit painotetun summan vielä kuudella. Painot tekevät jo "
                                  "keskiarvon: kun painot ovat yhteensä 100 %, tulojen summa "
                                  "on valmis pistemäärä."),
            *((round(oikea - painot[k] * pisteet[k] / 100, 2), pudonnut) for k in _NIMET),
        ]
        if abs(keskiarvo - oikea) > 0.1 and erottuvat(oikea, vaarat, 0.05):
            break
    else:
        raise arvonta_ei_onnistunut("04_1")
    oikea = _pisteet(pisteet, painot)
    vaarat = list(dict(vaarat).items())  # sama väärä arvo vain kerran
    rivit = "\n".join(f"| {portfolio.KRITEERIEN_NIMET[k]} | {pisteet[k]} | {painot[k]:g} % |"
                      for k in _NIMET)
    return Tehtava(
        tunnus="04_1", otsikko="Painotettu pistemäärä",
        kuvaus=(f"Kuurankukka pisteytti asiakkaansa **{nimi}** kuudella kriteerillä "
                "asteikolla 1–5. Pisteet ja oletuspainot ovat tässä:\n\n"
                "| Kriteeri | Pisteet | Paino |\n|---|---:|---:|\n"
                f"{rivit}\n\n"
                "Laske asiakkaan painotettu pistemäärä kahden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.05, yksikko="", desimaaleja=2,
        tyypilliset=tuple(vaarat),
        arvot={"nimi": nimi, "pisteet": pisteet, "painot": painot},
        vihje=("Kerro jokaisen kriteerin pisteet sen painolla desimaalilukuna (30 % = 0,30) ja "
               "laske tulot yhteen. Koska painot ovat yhteensä 100 %, tulos on asteikolla 1–5."),
        ratkaisu=(f"Painotettu pistemäärä = {_kaava(pisteet, painot)} = **{luku(oikea, 2)}**. "
                  f"Tavallinen keskiarvo olisi {luku(keskiarvo, 2)}, mutta se kohtelee kaikkia "
                  "kriteerejä yhtä tärkeinä."),
    )


@rekisteroi("04_2")
def puuttuva_paino(r: random.Random) -> Tehtava:
    """Viisi painoa annettu: mikä on kuudes, jotta painot ovat yhteensä 100 %."""
    yritys = r.choice(_YRITYKSET)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        painot = {k: 5 for k in _NIMET}
        for _ in range(14):  # loput 70 % jaetaan viiden prosenttiyksikön paloina
            painot[r.choice(_NIMET)] += 5
        puuttuva = r.choice(_NIMET)
        oikea = float(painot[puuttuva])
        annetut = 100 - oikea
        oletus = float(portfolio.OLETUSPAINOT[puuttuva])
        vaarat = [
            (annetut, f"Laskit annettujen viiden painon summan. Puuttuva paino on se osa, "
                      f"joka jää jäljelle, kun summa {luku(annetut)} % vähennetään sadasta "
                      "prosentista."),
            (round(100 / 6, 2), "Jaoit 100 % tasan kuudelle kriteerille. Muiden kriteerien "
                                "painot on jo päätetty, joten puuttuvalle jää vain se, mikä "
                                "niiden summasta puuttuu sadasta prosentista."),
            (oikea / 100, "Vastasit desimaalilukuna. Kirjoita paino prosentteina: esimerkiksi "
                          "0,15 on 15 %."),
        ]
        if oletus != oikea:
            vaarat.insert(1, (oletus, f"{luku(oletus)} % on kriteerin oletuspaino. Tämä "
                                      "yrittäjä on muuttanut muita painoja, joten "
                                      "oletuspainolla painot olisivat yhteensä "
                                      f"{luku(annetut + oletus)} % eivätkä 100 %."))
        if max(painot.values()) <= 45 and erottuvat(oikea, vaarat, 0.5):
            break
    else:
        raise arvonta_ei_onnistunut("04_2")
    kriteeri = portfolio.KRITEERIEN_NIMET[puuttuva]
    rivit = "\n".join(
        f"| {portfolio.KRITEERIEN_NIMET[k]} | {'**?**' if k == puuttuva else f'{painot[k]} %'} |"
        for k in _NIMET)
    annetut_painot = {k: v for k, v in painot.items() if k != puuttuva}
    return Tehtava(
        tunnus="04_2", otsikko="Puuttuva paino",
        kuvaus=(f"{yritys} haluaa pisteyttää asiakkaansa omilla painoillaan. Yrittäjä on jo "
                "päättänyt viiden kriteerin painot:\n\n"
                f"| Kriteeri | Paino |\n|---|---:|\n{rivit}\n\n"
                f"Kuinka suuri kriteerin *{kriteeri}* painon pitää olla, jotta painot ovat "
                "yhteensä 100 %? Anna vastaus prosentteina."),
        oikea=oikea, toleranssi=0.5, yksikko="%", desimaaleja=0,
        tyypilliset=tuple(vaarat),
        arvot={"painot": annetut_painot, "puuttuva": puuttuva},
        vihje=("Laske annetut viisi painoa yhteen ja vähennä summa sadasta prosentista. "
               "Vain silloin painotettu pistemäärä pysyy asteikolla 1–5."),
        ratkaisu=(f"Annetut painot ovat yhteensä "
                  f"{' + '.join(str(v) for v in annetut_painot.values())} = {luku(annetut)} %. "
                  f"Puuttuva paino = 100 % − {luku(annetut)} % = **{luku(oikea)} %**."),
    )


def _ehdokkaat(r: random.Random) -> dict[str, dict[str, int]]:
    """Kolme erilaista ehdokasta: iso nykyinen ostaja, lupaava tulokas ja tasainen asiakas."""
    def pisteet(*valit):
        return {k: r.randint(*vali) for k, vali in zip(_NIMET, valit)}
    return {
        "iso": pisteet((4, 5), (3, 5), (3, 5), (1, 2), (1, 3), (1, 3)),
        "lupaava": pisteet((1, 2), (1, 2), (1, 3), (4, 5), (3, 5), (2, 5)),
        "tasainen": pisteet((3, 4), (3, 4), (3, 5), (3, 4), (3, 4), (3, 4)),
    }


def _karki(arvot: dict[str, float]) -> tuple[str, float]:
    """Suurimman arvon avain ja sen ero toiseksi suurimpaan."""
    jarjestys = sorted(arvot, key=arvot.get, reverse=True)
    return jarjestys[0], arvot[jarjestys[0]] - arvot[jarjestys[1]]


@rekisteroi("04_3")
def avainasiakas(r: random.Random) -> Tehtava:
    """Kolmesta ehdokkaasta avainasiakas perusteluineen tämän päivän tai huomisen painoilla.

    Voittaja arvotaan: puolet kerroista kärkeen nousee painotukselle tyypillinen ehdokas
    (tänään iso ostaja, huomenna lupaava tulokas), puolet tasainen asiakas. Ehdokkaiden
    muodosta ei siis voi päätellä vastausta, vaan pistemäärät pitää laskea.
    """
    nimet = dict(zip(["iso", "lupaava", "tasainen"], r.sample(_ASIAKKAAT[5:], 3)))
    kaytossa = r.choice(["tanaan", "huomenna"])
    toinen = "huomenna" if kaytossa == "tanaan" else "tanaan"
    painot = portfolio.SKENAARIOT[kaytossa]
    painavin = max(painot, key=painot.get)
    tavoite = r.choice([{"tanaan": "iso", "huomenna": "lupaava"}[kaytossa], "tasainen"])
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        ehdokkaat = _ehdokkaat(r)
        tulos = {s: {e: _pikapisteet(p, portfolio.SKENAARIOT[s]) for e, p in ehdokkaat.items()}
                 for s in ("tanaan", "huomenna")}
        ka = {e: sum(p.values()) / 6 for e, p in ehdokkaat.items()}
        paras, ero_nyt = _karki(tulos[kaytossa])
        muu_paras, ero_muu = _karki(tulos[toinen])
        ka_paras, ero_ka = _karki(ka)
        painavin_paras, ero_painavin = _karki({e: p[painavin] for e, p in ehdokkaat.items()})
        if (paras == tavoite and ero_nyt >= 0.1 and ero_muu >= 0.1 and ero_ka >= 0.1
                and ero_painavin > 0):
            break
    else:
        raise arvonta_ei_onnistunut("04_3")
    taulu = pd.DataFrame.from_dict(ehdokkaat, orient="index")
    tulos = {s: portfolio.painotettu_pistemaara(taulu, portfolio.SKENAARIOT[s]).to_dict()
             for s in ("tanaan", "huomenna")}
    p, pm = tulos[kaytossa], tulos[toinen]
    nyt, muu = _PAINOTUSTEN_NIMET[kaytossa], _PAINOTUSTEN_NIMET[toinen]
    kriteeri = portfolio.KRITEERIEN_NIMET[painavin].lower()
    syy = {"tanaan": "myyntivolyymi ja kannattavuus painavat yhteensä 70 %",
           "huomenna": "tuleva potentiaali painaa yksin 45 %"}
    tarkoitus = {"tanaan": "ketkä asiakkaat pitävät yrityksen pystyssä juuri nyt",
                 "huomenna": "keiden asiakkaiden varaan yrityksen kasvu rakentuu"}

    def painotettu(e):
        return f"{nimet[e]}: suurin painotettu pistemäärä {nyt[1]}"
    oikea = painotettu(paras)
    keskiarvo_v = f"{nimet[ka_paras]}: suurin tavallinen keskiarvo"
    painavin_v = f"{nimet[painavin_paras]}: eniten pisteitä painavimmassa kriteerissä ({kriteeri})"
    muu_v = f"{nimet[muu_paras]}: suurin painotettu pistemäärä {muu[1]}"
    oikea_asiakas = "Asiakas on oikea, mutta perustelu ei"
    selitykset = {
        **{painotettu(e): (f"Perustelu on oikea tapa valita avainasiakas, mutta asiakas on "
                           f"väärä: {nimet[e]} saa {nyt[1]} vain {luku(p[e], 2)} pistettä. "
                           "Laske painotettu pistemäärä myös muille ehdokkaille ja vertaa.")
           for e in nimet if e != paras},
        keskiarvo_v: (f"{oikea_asiakas}: tavallinen keskiarvo kohtelee kaikkia kriteerejä yhtä "
                      "tärkeinä. Avainasiakas valitaan painotetun pistemäärän mukaan, ja tällä "
                      "kertaa se sattuu nostamaan kärkeen saman asiakkaan."
                      if ka_paras == paras else
                      f"Sekä asiakas että perustelu ovat väärin. {nimet[ka_paras]} saa suurimman "
                      f"tavallisen keskiarvon ({luku(ka[ka_paras], 2)}), mutta painotettuna vain "
                      f"{luku(p[ka_paras], 2)} pistettä. Painotuksessa kriteerit eivät ole yhtä "
                      "tärkeitä."),
        painavin_v: (f"{oikea_asiakas}: painavinkin kriteeri ({kriteeri}, {painot[painavin]} %) "
                     "on vain osa pistemäärää. Avainasiakas valitaan koko painotetun "
                     "pistemäärän mukaan."
                     if painavin_paras == paras else
                     f"Sekä asiakas että perustelu ovat väärin. {nimet[painavin_paras]} saa "
                     f"eniten pisteitä kriteerissä {kriteeri}, mutta painotettu pistemäärä on "
                     f"vain {luku(p[painavin_paras], 2)}: muut kriteerit painavat yhteensä "
                     f"{100 - painot[painavin]} %."),
        muu_v: (f"{oikea_asiakas}: yrittäjä käyttää {nyt[0]} painoja, ei {muu[0]}. Tällä "
                "kertaa molemmat painotukset nostavat kärkeen saman asiakkaan."
                if muu_paras == paras else
                f"Sekä asiakas että perustelu ovat väärin. {nimet[muu_paras]} olisi "
                f"avainasiakas {muu[1]} ({luku(pm[muu_paras], 2)} pistettä). Nyt käytössä "
                f"ovat kuitenkin {nyt[0]} painot, joissa {syy[kaytossa]}. Niillä se saa vain "
                f"{luku(p[muu_paras], 2)} pistettä."),
    }
    vaihtoehdot = [oikea, *selitykset]
    r.shuffle(vaihtoehdot)
    rivit = "\n".join(f"| {portfolio.KRITEERIEN_NIMET[k]} | {painot[k]} % | "
                      + " | ".join(str(ehdokkaat[e][k]) for e in nimet) + " |" for k in _NIMET)
    pisteet_tekstina = ", ".join(f"{nimet[e]} {luku(p[e], 2)}" for e in nimet)
    muut_tekstina = ", ".join(f"{nimet[e]} {luku(pm[e], 2)}" for e in nimet)
    vertailu = (f"Jos yrittäjä käyttäisi {muu[0]} painoja, kärkeen nousisi {nimet[muu_paras]} "
                f"({muut_tekstina}), koska silloin {syy[toinen]}."
                if muu_paras != paras else
                f"{muu[0].capitalize()} painoilla kärjessä olisi sama asiakas ({muut_tekstina}).")
    return Tehtava(
        tunnus="04_3", otsikko="Kuka on avainasiakas?",
        kuvaus=(f"Kuurankukka vertailee kolmea avainasiakasehdokasta. Yrittäjä käyttää "
                f"**{nyt[0]} painoja**, koska hän haluaa nähdä, {tarkoitus[kaytossa]}.\n\n"
                "| Kriteeri | Paino | " + " | ".join(nimet.values()) + " |\n"
                "|---|---:|---:|---:|---:|\n"
                f"{rivit}\n\n"
                "Kuka on avainasiakas, ja miksi? Valitse vaihtoehto, jossa sekä asiakas että "
                "perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot),
        tyypilliset=tuple(selitykset.items()),
        arvot={"painotus": kaytossa, "painot": dict(painot),
               "pisteet": {nimet[e]: ehdokkaat[e] for e in nimet}},
        vihje=("Laske jokaiselle asiakkaalle painotettu pistemäärä taulukon painoilla: pisteet "
               "kertaa paino desimaalilukuna, tulot yhteen. Ehdokkaan muoto ei riitä: "
               "tasainenkin asiakas voi nousta kärkeen."),
        ratkaisu=(f"Painotetut pistemäärät {nyt[1]}: {pisteet_tekstina}. Avainasiakas on "
                  f"**{nimet[paras]}**, joten oikea vaihtoehto on ”{oikea}”. {vertailu} "
                  "Painotus siis ratkaisee, kenet nostetaan avainasiakkaaksi."),
    )


_TASOT = suunnitelma.PALVELUTASOT.set_index("palvelutaso")
_RAJAT = _TASOT["alaraja"].dropna().sort_values(ascending=False)


def _taso_rajoista(pisteet: float) -> str:
    """Palvelutaso pistemäärästä (ei avainasiakas) suoraan rajoista, ilman taulukkoa."""
    return next(t for t, raja in _RAJAT.items() if pisteet >= raja)


_GENETIIVI = {"avainasiakas": "Avainasiakkaan", "kasvuasiakas": "Kasvuasiakkaan",
              "perusasiakas": "Perusasiakkaan", "kevytasiakas": "Kevytasiakkaan"}


@rekisteroi("04_4")
def palvelutaso(r: random.Random) -> Tehtava:
    """Palvelutaso painotetun pistemäärän mukaan (avainasiakkaat on jo nimetty)."""
    nimi = r.choice(_TASON_ASIAKKAAT)
    painot = dict(portfolio.OLETUSPAINOT)
    raja_avain = round(r.uniform(3.6, 4.2), 2)
    tavoite = r.choice(["kasvuasiakas", "perusasiakas", "kevytasiakas"])
    valit = {"kasvuasiakas": (2, 5), "perusasiakas": (1, 4), "kevytasiakas": (1, 3)}[tavoite]
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        pisteet = {k: r.randint(*valit) for k in _NIMET}
        arvio = _pikapisteet(pisteet, painot)
        if arvio < raja_avain and _taso_rajoista(arvio) == tavoite:
            break
    else:
        raise arvonta_ei_onnistunut("04_4")
    oikea_pisteet = _pisteet(pisteet, painot)
    taulu = pd.DataFrame({"asiakas_id": ["X"], "pisteet": [oikea_pisteet],
                          "avainasiakas": [False]})
    tavoite = suunnitelma.palvelutasot(taulu)["palvelutaso"].iloc[0]
    keskiarvo = sum(pisteet.values()) / 6
    x = luku(oikea_pisteet, 2)
    selitykset = {"avainasiakas": (f"Avainasiakkaiksi on nimetty vain viisi parasta. Asiakkaan "
                                   f"pistemäärä {x} jää alle heikoimman avainasiakkaan "
                                   f"pistemäärän {luku(raja_avain, 2)}.")}
    jarjestys = ["kasvuasiakas", "perusasiakas", "kevytasiakas"]
    for t in jarjestys:
        if t == tavoite:
            continue
        if jarjestys.index(t) < jarjestys.index(tavoite):  # valittu taso on liian hyvä
            raja = float(_TASOT.loc[t, "alaraja"])
            teksti = (f"{_GENETIIVI[t]} raja on vähintään {luku(raja, 1)} pistettä, ja "
                      f"asiakkaan painotettu pistemäärä on vain {x}.")
            if keskiarvo >= raja:
                teksti += (f" Tavallinen keskiarvo {luku(keskiarvo, 2)} yltäisi rajaan, mutta "
                           "palvelutaso määräytyy painotetusta pistemäärästä.")
        else:  # valittu taso on liian heikko
            raja = float(_TASOT.loc[tavoite, "alaraja"])
            teksti = (f"Asiakkaan pistemäärä {x} yltää {_GENETIIVI[tavoite].lower()} rajaan "
                      f"(vähintään {luku(raja, 1)} pistettä), joten se ansaitsee paremman "
                      "palvelutason.")
            if oikea_pisteet == raja:
                teksti += f" Raja on ”vähintään {luku(raja, 1)}”, joten tasan {x} riittää."
            elif keskiarvo < raja:
                teksti += (f" Tavallinen keskiarvo {luku(keskiarvo, 2)} jäisi rajan alle, "
                           "mutta palvelutaso määräytyy painotetusta pistemäärästä.")
        selitykset[t] = teksti
    vaihtoehdot = tuple(_TASOT.loc[t, "nimi"] for t in ["avainasiakas", *jarjestys])
    palvelu = _TASOT.loc[tavoite, "palvelu"]
    ehdot = "\n".join(f"- **{_TASOT.loc[t, 'nimi']}**: vähintään "
                      f"{luku(float(_TASOT.loc[t, 'alaraja']), 1)} pistettä" for t in jarjestys[:2])
    rivit = "\n".join(f"| {portfolio.KRITEERIEN_NIMET[k]} | {pisteet[k]} | {painot[k]} % |"
                      for k in _NIMET)
    return Tehtava(
        tunnus="04_4", otsikko="Mikä palvelutaso?",
        kuvaus=(f"Kuurankukka on pisteyttänyt kaikki asiakkaansa oletuspainoilla ja nimennyt "
                f"avainasiakkaiksi viisi parasta. Heikoimman avainasiakkaan painotettu "
                f"pistemäärä on {luku(raja_avain, 2)}. Muut asiakkaat saavat palvelutason "
                f"pistemääränsä mukaan:\n\n{ehdot}\n"
                f"- **{_TASOT.loc['kevytasiakas', 'nimi']}**: muut\n\n"
                f"Asiakkaan **{nimi}** pisteet ovat nämä:\n\n"
                f"| Kriteeri | Pisteet | Paino |\n|---|---:|---:|\n{rivit}\n\n"
                "Mikä palvelutaso asiakkaalle kuuluu?"),
        oikea=_TASOT.loc[tavoite, "nimi"], vaihtoehdot=vaihtoehdot,
        tyypilliset=tuple((_TASOT.loc[t, "nimi"], s) for t, s in selitykset.items()),
        arvot={"nimi": nimi, "pisteet": pisteet, "painot": painot,
               "heikoin_avainasiakas": raja_avain,
               "rajat": {_TASOT.loc[t, "nimi"]: float(_TASOT.loc[t, "alaraja"])
                         for t in jarjestys}},
        vihje=("Laske ensin painotettu pistemäärä (pisteet kertaa paino, tulot yhteen). Vertaa "
               "sitä sitten heikoimpaan avainasiakkaaseen ja palvelutasojen rajoihin ylhäältä "
               "alaspäin."),
        ratkaisu=(f"Painotettu pistemäärä = {_kaava(pisteet, painot)} = {x}. Se jää alle "
                  f"heikoimman avainasiakkaan ({luku(raja_avain, 2)}), joten asiakas ei ole "
                  f"avainasiakas. Rajojen mukaan se on **{_TASOT.loc[tavoite, 'nimi'].lower()}** "
                  f"({palvelu[0].lower()}{palvelu[1:].rstrip('.')})."),
    )
