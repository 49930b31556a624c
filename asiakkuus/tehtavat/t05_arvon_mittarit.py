"""Oppitunnin 5 tehtävät: elinkaariarvo, LTV/CAC, takaisinmaksuaika, pysyvyysaste ja
asiakkuuden tuloslaskelman lukeminen.

Oikeat vastaukset lasketaan ``mittarit``-moduulin funktioilla, joten tehtävät seuraavat
kurssin laskentatapaa. Luvut arvotaan niin, että jokainen tyypillinen väärä vastaus eroaa
oikeasta ja muista vääristä selvästi enemmän kuin toleranssi.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import kate, mittarit
from ..generointi import HINNASTO
from ..muotoilu import euroa, luku, prosenttia, pyorista
from . import (ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, erottuvat, rekisteroi,
               toimenpiteiden_kulut)

# Kuvitteellisia asiakkaita: ei Kuurankukan aineiston nimiä, jotta tehtävän luvut eivät
# riitele oppituntien lukujen kanssa.
_HOTELLIT = ["Hotelli Pohjantähti", "Kylpylä Kuukkeli", "Lomakylä Lumikko",
             "Hotelli Tunturihelmi", "Aurora Lodge Kelo"]


def _eurot(arvo: float) -> str:
    """Euromäärä senttien kanssa vain, jos senttejä on."""
    return euroa(arvo, 0 if float(arvo).is_integer() else 2)


def _pros(osuus: float) -> str:
    """Osuus (0,85) prosentteina ilman desimaaleja: 85 %."""
    return prosenttia(100 * osuus, 0)


@rekisteroi("05_1")
def elinkaariarvo(r: random.Random) -> Tehtava:
    """CLV = m · r / (1 + d − r) asiakkuuden vuosikatteesta."""
    nimi = r.choice(_HOTELLIT)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        kate = r.randrange(600, 3_001, 50)
        tuotot = round(kate / r.uniform(0.2, 0.45), -2)
        pysyvyys = r.randrange(55, 91, 5) / 100
        korko = r.choice([5, 6, 8, 10, 12]) / 100
        oikea = mittarit.clv(kate, pysyvyys, korko)
        vaarat = [
            (mittarit.clv(tuotot, pysyvyys, korko),
             "Käytit asiakkuuden tuottoja. Elinkaariarvo lasketaan katteesta, koska suuri osa "
             "tuotoista kuluu kustannuksiin: vain kate jää yritykselle."),
            (round(kate / (1 + korko - pysyvyys), 2),
             "Unohdit pysyvyysasteen osoittajasta. Kate kerrotaan ensin pysyvyysasteella "
             "(m · r), koska ensi vuoden kate saadaan vain, jos asiakas jatkaa."),
            (round(kate * pysyvyys / (1 - pysyvyys), 2),
             "Unohdit diskonttauksen. Tuleva euro on tänään vähemmän arvoinen, joten "
             "nimittäjään kuuluu myös diskonttokorko: 1 + d − r."),
            (round(kate / (1 - pysyvyys), 2),
             "Kerroit katteen asiakkuuden keskimääräisellä kestolla 1 / (1 − r). Siitä puuttuvat "
             "diskonttaus ja pysyvyysaste osoittajasta: käytä kaavaa m · r / (1 + d − r)."),
            (mittarit.clv(kate, pysyvyys, korko, ensimmainen_vuosi=True),
             "Otit mukaan myös tämän vuoden katteen. Asiakas on jo asiakkaana ja on tuonut sen, "
             "joten elinkaariarvo lasketaan ensi vuodesta alkaen: m · r / (1 + d − r). "
             "Muunnelmaa, jossa ensimmäinen vuosi on mukana, käytetään uuden asiakkaan "
             "hankintaa arvioitaessa."),
        ]
        if erottuvat(oikea, vaarat, 1):
            break
    else:
        raise arvonta_ei_onnistunut("05_1")
    return Tehtava(
        tunnus="05_1", otsikko="Asiakkaan elinkaariarvo (CLV)",
        kuvaus=(f"**{nimi}** ostaa Kuurankukalta luontotuotteita joka vuosi. Asiakkuuden "
                f"luvut ovat tässä:\n\n"
                "| Tieto | Arvo |\n|---|---:|\n"
                f"| Asiakkuuden tuotot vuodessa | {euroa(tuotot)} |\n"
                f"| Asiakkuuden kate vuodessa | {euroa(kate)} |\n"
                f"| Pysyvyysaste (jatkaa seuraavana vuonna) | {_pros(pysyvyys)} |\n"
                f"| Diskonttokorko | {_pros(korko)} |\n\n"
                "Asiakas on jo Kuurankukan asiakas ja on tuonut tämän vuoden katteen. Laske sen "
                "elinkaariarvo (CLV) euroina ensi vuodesta alkaen, eli ilman tämän vuoden "
                "katetta."),
        oikea=oikea, toleranssi=1, desimaaleja=0,
        tyypilliset=tuple(vaarat),
        arvot={"tuotot": tuotot, "kate": kate, "pysyvyys": pysyvyys, "korko": korko},
        vihje=("CLV = m · r / (1 + d − r), missä m on asiakkuuden vuosikate (ei tuotot), r "
               "pysyvyysaste ja d diskonttokorko. Kirjoita prosentit desimaalilukuina: "
               "80 % = 0,80."),
        ratkaisu=(f"CLV = {euroa(kate)} · {luku(pysyvyys, 2)} / (1 + {luku(korko, 2)} − "
                  f"{luku(pysyvyys, 2)}) = {euroa(kate * pysyvyys, 0)} / "
                  f"{luku(1 + korko - pysyvyys, 2)} = **{euroa(oikea)}**. Laskussa käytetään "
                  "katetta, koska vain se jää yritykselle. Pysyvyysaste kertoo, kuinka "
                  "todennäköisesti kate saadaan, ja korko muuttaa tulevat eurot tämän päivän "
                  "euroiksi."),
    )


@rekisteroi("05_2")
def ltv_cac_suhde(r: random.Random) -> Tehtava:
    """LTV/CAC, kun CAC lasketaan ensin hankintakustannuksista."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        clv = r.randrange(1_500, 6_001, 100)
        uusia = r.randint(4, 12)
        suhde = r.uniform(1.3, 6.0)
        kustannukset = round(clv / suhde * uusia, -2)
        cac = mittarit.cac(kustannukset, uusia)
        oikea = mittarit.ltv_cac(clv, cac)
        vaarat = [
            (round(cac / clv, 2), "Käänsit suhteen väärin päin. LTV/CAC = elinkaariarvo "
                                  "jaettuna hankintakustannuksella. Kun asiakas maksaa "
                                  "hankintansa takaisin, suhde on yli 1."),
            (round(clv / kustannukset, 2), "Jaoit elinkaariarvon kaikilla hankinnan "
                                           "kustannuksilla. Laske ensin CAC eli yhden uuden "
                                           "asiakkaan hankintakustannus: kustannukset jaettuna "
                                           "uusien asiakkaiden määrällä."),
            (round(clv - cac, 2), "Laskit erotuksen LTV − CAC euroina. Kysyttiin suhdetta: jaa "
                                  "elinkaariarvo CAC:lla."),
        ]
        if erottuvat(oikea, vaarat, 0.05):
            break
    else:
        raise arvonta_ei_onnistunut("05_2")
    return Tehtava(
        tunnus="05_2", otsikko="LTV/CAC-suhde",
        kuvaus=(f"Kuurankukan yhteistyökumppani, matkailuyritys Tunturitupa Oy, käytti viime vuonna "
                f"uusien hotelliasiakkaiden hankintaan "
                f"{euroa(kustannukset)} (myyntimatkat, näytteet ja messut) ja sai {uusia} uutta "
                f"hotelliasiakasta. Uuden hotelliasiakkaan elinkaariarvo (LTV) on arviolta "
                f"{euroa(clv)}.\n\n"
                "Laske LTV/CAC-suhde kahden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.05, yksikko="", desimaaleja=2,
        tyypilliset=tuple(vaarat),
        arvot={"hankintakustannukset": kustannukset, "uusia": uusia, "ltv": clv},
        vihje=("Laske ensin CAC = hankintakustannukset / uusien asiakkaiden määrä. Jaa sitten "
               "elinkaariarvo CAC:lla."),
        ratkaisu=(f"CAC = {euroa(kustannukset)} / {uusia} = {_eurot(cac)}. LTV/CAC = "
                  f"{euroa(clv)} / {_eurot(cac)} = **{luku(oikea, 2)}**. "
                  + ("Suhde on yli 3, joten hankinta kannattaa hyvin."
                     if oikea > 3 else
                     "Suhde on yli 1 mutta alle nyrkkisäännön 3: hankinta kannattaa, mutta "
                     "sitä kannattaa tehostaa tai asiakkuuksia kasvattaa.")),
    )


@rekisteroi("05_3")
def takaisinmaksuaika(r: random.Random) -> Tehtava:
    """CAC:n takaisinmaksuaika kuukausina vuosikatteesta."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        cac = r.randrange(300, 2_001, 20)
        kate = r.randrange(600, 6_001, 60)  # jaollinen 12:lla: kuukausikate tasaeuroina
        tuotot = round(kate / r.uniform(0.2, 0.45), -2)
        kuukausikate = kate / 12
        oikea = mittarit.cac_takaisinmaksuaika(cac, kuukausikate)
        vaarat = [
            (round(cac / kate, 2), "Jaoit CAC:n vuosikatteella, joten sait tuloksen vuosina. "
                                   "Muuta vuosikate ensin kuukausikatteeksi (jaa 12:lla)."),
            (round(cac / (tuotot / 12), 1), "Käytit tuottoja. Hankinta maksetaan takaisin "
                                            "katteella, ei myynnillä: jaa CAC kuukausikatteella."),
            (round(kuukausikate / cac, 2), "Käänsit jakolaskun väärin päin. Takaisinmaksuaika "
                                           "= CAC / asiakkuuden kate kuukaudessa."),
        ]
        if 2 <= oikea <= 36 and erottuvat(oikea, vaarat, 0.5):
            break
    else:
        raise arvonta_ei_onnistunut("05_3")
    return Tehtava(
        tunnus="05_3", otsikko="CAC:n takaisinmaksuaika",
        kuvaus=(f"Uuden ravintola-asiakkaan hankinta maksoi Kuurankukalle {euroa(cac)} (CAC). "
                f"Asiakkuuden tuotot ovat {euroa(tuotot)} vuodessa ja asiakkuuden kate "
                f"{euroa(kate)} vuodessa.\n\n"
                "Kuinka monessa kuukaudessa asiakkuuden kate maksaa hankinnan takaisin? Anna "
                "vastaus kuukausina yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="kk", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"cac": cac, "tuotot_vuodessa": tuotot, "kate_vuodessa": kate},
        vihje=("Takaisinmaksuaika = CAC / asiakkuuden kate kuukaudessa. Kuukausikate on "
               "vuosikate jaettuna 12:lla."),
        ratkaisu=(f"Kuukausikate = {euroa(kate)} / 12 = {euroa(kuukausikate)}. "
                  f"Takaisinmaksuaika = {euroa(cac)} / {euroa(kuukausikate)} = "
                  f"**{luku(oikea, 1)} kuukautta**. Tuotot eivät kelpaa, koska niistä "
                  "suurin osa kuluu kustannuksiin."),
    )


@rekisteroi("05_4")
def pysyvyys(r: random.Random) -> Tehtava:
    """Pysyvyysaste (lopussa − uusia) / alussa."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        alussa = r.randint(30, 160)
        jatkaneet = round(alussa * r.uniform(0.6, 0.95))
        uusia = r.randint(3, 40)
        lopussa = jatkaneet + uusia
        oikea = 100 * mittarit.pysyvyysaste(alussa, lopussa, uusia)  # vastaus prosentteina
        vaarat = [
            (round(100 * lopussa / alussa, 1),
             "Jaoit lopun asiakasmäärän alun määrällä. Lopun asiakkaissa ovat mukana myös uudet "
             "asiakkaat, jotka eivät olleet asiakkaita alussa: vähennä ne ensin."),
            (100 - oikea,
             "Tämä on poistuma eli lähteneiden osuus. Pysyvyysaste on sen vastaluku: "
             "100 % − poistuma."),
            (round(100 * jatkaneet / lopussa, 1),
             "Jaoit lopun asiakasmäärällä. Pysyvyys lasketaan alun asiakkaista: kuinka moni "
             "heistä on yhä asiakas vuoden lopussa."),
            (float(jatkaneet),
             "Laskit jatkaneiden asiakkaiden määrän. Jaa se vielä alun asiakasmäärällä ja "
             "kerro sadalla, niin saat prosentit."),
        ]
        if erottuvat(oikea, vaarat, 0.5):
            break
    else:
        raise arvonta_ei_onnistunut("05_4")
    return Tehtava(
        tunnus="05_4", otsikko="Asiakkaiden pysyvyysaste",
        kuvaus=(f"Kuurankukan yhteistyökumppanilla, matkailuyritys Kelopirtti Oy:llä, oli "
                f"vuoden alussa {alussa} yritysasiakasta ja vuoden lopussa "
                f"{lopussa}. Vuoden aikana tuli {uusia} uutta yritysasiakasta.\n\n"
                "Laske pysyvyysaste prosentteina yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"alussa": alussa, "lopussa": lopussa, "uusia": uusia},
        vihje=("Pysyvyysaste = (asiakkaat lopussa − uudet asiakkaat) / asiakkaat alussa × 100. "
               "Uudet vähennetään, koska he eivät olleet asiakkaita vuoden alussa."),
        ratkaisu=(f"Alun asiakkaista jatkoi {lopussa} − {uusia} = {jatkaneet}. Pysyvyysaste = "
                  f"{jatkaneet} / {alussa} × 100 = **{prosenttia(oikea)}**. Poistuma on "
                  f"100 % − {prosenttia(oikea)} = {prosenttia(100 - oikea)}."),
    )


_TULOSLASKELMAN_ASIAKKAAT = ["Hotelli Tunturihelmi", "Ravintola Kanerva", "Safaritalo Kaira",
                             "Luontaistuote Mesikämmen", "Kylpylä Kuukkeli",
                             "Matkatoimisto Lumikide"]


@rekisteroi("05_5")
def tuloslaskelman_lukeminen(r: random.Random) -> Tehtava:
    """Kate-% asiakkuuden tuloslaskelmasta, jonka kaksi riviä puuttuu.

    Asiakaspalvelun kustannukset lasketaan toimenpiteistä (``kate.palvelukustannukset``),
    kateketju ja kate-% ``kate.laske_kateketju``-funktiolla ja rivien nimet tulevat
    ``kate.asiakkuuden_tuloslaskelma``-funktiosta, joten tehtävä näyttää samalta kuin
    oppitunnin tuloslaskelma.
    """
    nimi = r.choice(_TULOSLASKELMAN_ASIAKKAAT)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = {"myyntikäynti": r.randint(1, 4), "tarjous": r.randint(1, 6),
                  "toimitus": r.randint(6, 30), "puhelu": r.randint(5, 40),
                  "erikoistilaus": r.randint(0, 8), "reklamaatio": r.randint(0, 4)}
        kulut = toimenpiteiden_kulut(maarat)
        tuotot = r.randrange(3_000, 20_001, 100)
        suorat = float(10 * r.randint(tuotot * 4 // 100, tuotot * 62 // 1000))
        markkinointi = r.randrange(100, 1_201, 50)
        ketju = kate.laske_kateketju(pd.DataFrame({
            "asiakas_id": ["X"], "tuotot": [float(tuotot)], "suorat_kustannukset": [suorat],
            "myynnin_kustannukset": [kulut["myynnin_kustannukset"]],
            "markkinoinnin_kustannukset": [float(markkinointi)],
            "asiakaspalvelun_kustannukset": [kulut["asiakaspalvelun_kustannukset"]]}))
        k = ketju.iloc[0]
        myyntikate, myynti = float(k["myyntikate"]), float(k["myynnin_kustannukset"])
        palvelu, kate_euroa = float(k["asiakaspalvelun_kustannukset"]), float(k["asiakkuuden_kate"])
        oikea = float(pyorista(k["kate_pros"], 1))
        vaarat = [
            (100 * myyntikate / tuotot,
             "Tämä on myyntikate-%. Pysähdyit myyntikatteeseen: asiakkuuden katteeseen pääset "
             "vasta, kun vähennät myyntikatteesta myös myynnin, markkinoinnin ja "
             "asiakaspalvelun kustannukset."),
            (100 * kate_euroa / myyntikate,
             "Jaoit asiakkuuden katteen myyntikatteella. Kate-% lasketaan aina tuotoista: "
             "asiakkuuden kate / asiakkuuden tuotot × 100."),
            (100 * (myyntikate - myynti - markkinointi) / tuotot,
             "Unohdit asiakaspalvelun kustannukset. Laske ne toimenpiteistä: jokaisen "
             "asiakaspalvelun toimenpiteen määrä kertaa sen yksikkökustannus."),
            (100 * (tuotot - myynti - markkinointi - palvelu) / tuotot,
             "Vähensit palvelukustannukset tuotoista etkä myyntikatteesta, joten suorat "
             "kustannukset jäivät vähentämättä. Ketju alkaa tuotot − suorat kustannukset = "
             "myyntikate."),
            (100 * (kate_euroa - myynti) / tuotot,
             "Laskit myyntikäynnit ja tarjoukset myös asiakaspalvelun kustannuksiin, joten "
             "vähensit ne kahteen kertaan. Ne ovat myynnin kustannuksia, ja ne ovat jo "
             "tuloslaskelman rivillä − myynnin kustannukset."),
            (kate_euroa,
             "Tämä on asiakkuuden kate euroina. Kate-% saadaan, kun jaat sen asiakkuuden "
             "tuotoilla ja kerrot sadalla."),
            (kate_euroa / tuotot,
             "Laskit osuuden desimaalilukuna. Kerro se sadalla, niin saat prosentit."),
        ]
        if kulut["asiakaspalvelun_kustannukset"] > 0 and -20 <= oikea <= 35 and abs(oikea) >= 2 \
                and erottuvat(oikea, vaarat, 0.3):
            break
    else:
        raise arvonta_ei_onnistunut("05_5")
    laskelma = kate.asiakkuuden_tuloslaskelma(ketju, "X")
    tuntemattomat = {"asiakaspalvelun_kustannukset", "asiakkuuden_kate"}
    rivit = "\n".join(
        f"| {rivi} | {'?' if sarake in tuntemattomat else euroa(euroja)} |"
        for sarake, rivi, euroja in zip(kate.KATEKETJU, laskelma["rivi"], laskelma["euroa"]))
    palvelurivit = HINNASTO[HINNASTO["kustannuslaji"] == "asiakaspalvelu"]
    toimenpiteet = "\n".join(
        f"| {toimenpide} | {laji} | {maarat[toimenpide]} | {euroa(hinta)} |"
        for toimenpide, laji, hinta in HINNASTO.itertuples(index=False))
    erittely = " + ".join(f"{maarat[t_]} × {euroa(h)}" for t_, h in
                          zip(palvelurivit["toimenpide"], palvelurivit["yksikkokustannus"]))
    return Tehtava(
        tunnus="05_5", otsikko="Asiakkuuden tuloslaskelma",
        kuvaus=(f"Tässä on asiakkaan **{nimi}** tuloslaskelma viime vuodelta. Kustannukset "
                "ovat miinusmerkkisiä, kuten oppitunnilla. Kaksi riviä puuttuu.\n\n"
                "| Rivi | Euroa |\n|---|---:|\n"
                f"{rivit}\n\n"
                "Myynnin ja asiakaspalvelun kustannukset lasketaan asiakkaan vuoden "
                "toimenpiteistä:\n\n"
                "| Toimenpide | Kustannuslaji | Määrä | Yksikkökustannus |\n|---|---|---:|---:|\n"
                f"{toimenpiteet}\n\n"
                "Laske asiakkaan kate-% yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.1, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"tuotot": float(tuotot), "suorat_kustannukset": suorat,
               "myyntikate": myyntikate, "myynnin_kustannukset": myynti,
               "markkinoinnin_kustannukset": float(markkinointi), "toimenpiteet": maarat,
               "yksikkokustannukset": dict(zip(HINNASTO["toimenpide"],
                                               HINNASTO["yksikkokustannus"])),
               "kustannuslajit": dict(zip(HINNASTO["toimenpide"], HINNASTO["kustannuslaji"]))},
        vihje=("Laske ensin asiakaspalvelun kustannukset: ne toimenpiteet, joiden "
               "kustannuslaji on asiakaspalvelu, määrä × yksikkökustannus. Vähennä sitten "
               "myyntikatteesta kaikki kolme kustannusriviä, niin saat asiakkuuden katteen. "
               "Kate-% = asiakkuuden kate / asiakkuuden tuotot × 100."),
        ratkaisu=(f"Asiakaspalvelun kustannukset = {erittely} = {euroa(palvelu)}. "
                  f"Asiakkuuden kate = {euroa(myyntikate)} − {euroa(myynti)} − "
                  f"{euroa(markkinointi)} − {euroa(palvelu)} = {euroa(kate_euroa)}. "
                  f"Kate-% = {euroa(kate_euroa)} / {euroa(tuotot)} × 100 = "
                  f"**{prosenttia(oikea)}**. "
                  + ("Asiakas on tappiollinen: sen tuotteet ja palveleminen maksavat enemmän "
                     "kuin se tuo." if kate_euroa < 0 else
                     f"Jokaisesta asiakkaan maksamasta eurosta jää yritykselle noin "
                     f"{luku(oikea)} senttiä.")),
    )
