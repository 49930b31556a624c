"""Teeman 5 tehtävät: elinkaariarvo, LTV/CAC, takaisinmaksuaika, NPS, pysyvyys, mittarin
valinta, CSAT ja CES.

Oikeat vastaukset lasketaan ``mittarit``-moduulin funktioilla, joten tehtävät seuraavat
kurssin laskentatapaa. Luvut arvotaan niin, että jokainen tyypillinen väärä vastaus eroaa
oikeasta ja muista vääristä selvästi enemmän kuin toleranssi.
"""

from __future__ import annotations

import random

from .. import mittarit
from ..muotoilu import euroa, luku, prosenttia
from . import ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, erottuvat, rekisteroi

_HOTELLIT = ["Hotelli Revontulenportti", "Kylpylähotelli Kuura", "Lomakylä Lumikko",
             "Hotelli Tunturihelmi", "Aurora Lodge Kelo"]


def _eurot(arvo: float) -> str:
    """Euromäärä senttien kanssa vain, jos senttejä on."""
    return euroa(arvo, 0 if float(arvo).is_integer() else 2)


def _pros(osuus: float) -> str:
    """Osuus (0,85) prosentteina ilman desimaaleja: 85 %."""
    return prosenttia(100 * osuus, 0)


def _jakauma(r: random.Random, arvosanat: range, painot: list[int], n_min: int,
             n_max: int) -> list[int]:
    """Vastausten määrät arvosanoittain; suurin osa vastaa asteikon yläpäähän."""
    maarat = [0] * len(arvosanat)
    for _ in range(r.randint(n_min, n_max)):
        maarat[r.choices(range(len(arvosanat)), weights=painot)[0]] += 1
    return maarat


def _taulukko(arvosanat: range, maarat: list[int]) -> str:
    return ("| Arvosana | " + " | ".join(str(a) for a in arvosanat) + " |\n"
            "|---|" + "---:|" * len(arvosanat) + "\n"
            "| Vastauksia | " + " | ".join(str(m) for m in maarat) + " |")


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
                "Laske asiakkaan elinkaariarvo (CLV) euroina."),
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
        kuvaus=(f"Kuurankukka käytti viime vuonna uusien hotelliasiakkaiden hankintaan "
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
def nps_vastauksista(r: random.Random) -> Tehtava:
    """NPS vastausten jakaumasta 0–10."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = [0] * 11
        for arvosanat, alin, ylin in ((range(0, 7), 3, 18), (range(7, 9), 4, 22),
                                      (range(9, 11), 6, 35)):
            for _ in range(r.randint(alin, ylin)):
                # Arvostelijat painottuvat arvosanoihin 4–6, kuten oikeissa kyselyissä.
                maarat[r.choices(arvosanat, weights=[len(arvosanat) // 2 + i
                                                     for i in range(len(arvosanat))])[0]] += 1
        n = sum(maarat)
        vastaukset = [a for a, m in enumerate(maarat) for _ in range(m)]
        oikea = mittarit.nps(vastaukset)
        suos, pass_, arv = sum(maarat[9:]), sum(maarat[7:9]), sum(maarat[:7])
        vaarat = [
            (round(100 * (suos + pass_ - arv) / n, 1),
             "Laskit suosittelijoiksi arvosanat 7–10. Suosittelijoita ovat vain 9 tai 10 "
             "antaneet. Arvosanan 7 tai 8 antaneet ovat passiivisia, eikä heitä lasketa "
             "kumpaankaan ryhmään."),
            (round(100 * suos / n, 1),
             "Laskit vain suosittelijoiden osuuden. NPS = suosittelijoiden osuus − "
             "arvostelijoiden (arvosanat 0–6) osuus."),
            (round(100 * (suos - pass_ - arv) / n, 1),
             "Vähensit myös passiiviset (7–8). Arvostelijoita ovat vain arvosanat 0–6. "
             "Passiiviset ovat mukana vain vastaajien kokonaismäärässä."),
            (float(suos - arv),
             "Vähensit lukumäärät toisistaan. NPS lasketaan osuuksista: jaa suosittelijoiden ja "
             "arvostelijoiden määrät kaikkien vastaajien määrällä ja kerro sadalla."),
            (round(sum(vastaukset) / n, 1),
             "Laskit vastausten keskiarvon. NPS ei ole keskiarvo vaan kahden osuuden erotus: "
             "suosittelijoiden osuus − arvostelijoiden osuus."),
        ]
        if n != 100 and erottuvat(oikea, vaarat, 0.5):
            break
    else:
        raise arvonta_ei_onnistunut("05_4")
    return Tehtava(
        tunnus="05_4", otsikko="Net Promoter Score (NPS)",
        kuvaus=("Kuurankukka kysyi retkiasiakkailtaan: *Kuinka todennäköisesti suosittelisit "
                "meitä ystävällesi tai kollegallesi asteikolla 0–10?* Vastauksia tuli "
                f"{n}:\n\n"
                + _taulukko(range(11), maarat) + "\n\nLaske NPS yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"vastauksia": dict(enumerate(maarat))},
        vihje=("Suosittelijat antavat 9–10, passiiviset 7–8 ja arvostelijat 0–6. NPS = "
               "suosittelijoiden % − arvostelijoiden %, kun prosentit lasketaan kaikista "
               "vastaajista."),
        ratkaisu=(f"Suosittelijoita (9–10) on {suos} eli {prosenttia(100 * suos / n)} ja "
                  f"arvostelijoita (0–6) {arv} eli {prosenttia(100 * arv / n)} kaikista {n} "
                  f"vastaajasta. NPS = ({suos} − {arv}) / {n} × 100 = **{luku(oikea, 1)}**. "
                  f"Passiiviset ({pass_}) vaikuttavat vain vastaajien kokonaismäärään."),
    )


@rekisteroi("05_5")
def pysyvyys(r: random.Random) -> Tehtava:
    """Pysyvyysaste (lopussa − uusia) / alussa."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        alussa = r.randint(30, 160)
        jatkaneet = round(alussa * r.uniform(0.6, 0.95))
        uusia = r.randint(3, 40)
        lopussa = jatkaneet + uusia
        oikea = mittarit.pysyvyysaste(alussa, lopussa, uusia)
        vaarat = [
            (round(100 * lopussa / alussa, 1),
             "Jaoit lopun asiakasmäärän alun määrällä. Lopun asiakkaissa ovat mukana myös uudet "
             "asiakkaat, jotka eivät olleet asiakkaita alussa: vähennä ne ensin."),
            (mittarit.poistuma(oikea),
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
        raise arvonta_ei_onnistunut("05_5")
    return Tehtava(
        tunnus="05_5", otsikko="Asiakkaiden pysyvyysaste",
        kuvaus=(f"Kuurankukalla oli vuoden alussa {alussa} yritysasiakasta ja vuoden lopussa "
                f"{lopussa}. Vuoden aikana tuli {uusia} uutta yritysasiakasta.\n\n"
                "Laske pysyvyysaste prosentteina yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"alussa": alussa, "lopussa": lopussa, "uusia": uusia},
        vihje=("Pysyvyysaste = (asiakkaat lopussa − uudet asiakkaat) / asiakkaat alussa × 100. "
               "Uudet vähennetään, koska he eivät olleet asiakkaita vuoden alussa."),
        ratkaisu=(f"Alun asiakkaista jatkoi {lopussa} − {uusia} = {jatkaneet}. Pysyvyysaste = "
                  f"{jatkaneet} / {alussa} × 100 = **{prosenttia(oikea)}**. Poistuma on "
                  f"100 % − {prosenttia(oikea)} = {prosenttia(mittarit.poistuma(oikea))}."),
    )


# Tilanne ja mittari, joka siihen sopii. Palaute kertoo, mitä valittu mittari mittaa.
_TILANTEET = [
    ("Uudistit verkkokaupan tilaussivun ja haluat tietää, kuinka vaivatonta hotellien oli "
     "tilata tuotteet sen kautta.", "CES", "asioinnin helppous"),
    ("Ryhmävarausten lomake on uusi. Haluat tietää, joutuivatko matkanjärjestäjät näkemään "
     "varauksen kanssa paljon vaivaa.", "CES", "asioinnin helppous"),
    ("Reklamaatiot hoidetaan nyt sähköpostilla. Haluat tietää, kuinka helppoa asiakkaan oli "
     "saada asiansa hoidettua.", "CES", "asioinnin helppous"),
    ("Haluat tietää heti lumikenkäretken jälkeen, kuinka tyytyväisiä osallistujat olivat "
     "juuri tähän retkeen.", "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Villiyrttikurssin lopuksi haluat tietää, vastasiko kurssi osallistujien odotuksia ja "
     "olivatko he siihen tyytyväisiä.", "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Haluat kysyä hotelliasiakkailta heti joulutoimituksen jälkeen, olivatko he tyytyväisiä "
     "toimitukseen.", "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Haluat seurata vuosi vuodelta, kuinka moni asiakas suosittelisi yritystäsi ystävälleen "
     "tai kollegalleen.", "NPS", "halu suositella yritystä muille"),
    ("Haluat yhden luvun, joka kertoo asiakkuuksien kokonaistilasta: puhuvatko asiakkaat "
     "yrityksestäsi hyvää vai pahaa?", "NPS", "halu suositella yritystä muille"),
    ("Haluat löytää asiakkaat, jotka voisivat toimia suosittelijoina ja tuoda sinulle uusia "
     "asiakkaita.", "NPS", "halu suositella yritystä muille"),
]
_MITTARIT = {
    "NPS": ("NPS kysyy, kuinka todennäköisesti asiakas suosittelisi yritystä (0–10). Se kertoo "
            "koko asiakkuudesta, ei yksittäisestä tilanteesta."),
    "CSAT": ("CSAT mittaa tyytyväisyyttä yhteen ostoon tai palveluun (1–5): kuinka hyvin "
             "kokemus vastasi odotuksia."),
    "CES": ("CES mittaa, kuinka helppoa asiointi oli (1–7): kuinka paljon vaivaa asiakas joutui "
            "näkemään."),
}


@rekisteroi("05_6")
def mittarin_valinta(r: random.Random) -> Tehtava:
    """Mikä kyselymittari (NPS, CSAT, CES) sopii tilanteeseen."""
    tilanne, oikea, kohde = r.choice(_TILANTEET)
    vaihtoehdot = ("NPS", "CSAT", "CES")
    return Tehtava(
        tunnus="05_6", otsikko="Mikä mittari sopii?",
        kuvaus=f"{tilanne}\n\nMikä mittari sopii tähän parhaiten?",
        oikea=oikea, vaihtoehdot=vaihtoehdot,
        tyypilliset=tuple((v, f"{_MITTARIT[v]} Tässä tilanteessa kiinnostaa kuitenkin "
                              f"{kohde}.") for v in vaihtoehdot if v != oikea),
        arvot={"tilanne": tilanne, "kohde": kohde},
        vihje=("Kysy itseltäsi, mitä haluat tietää: halua suositella (NPS), tyytyväisyyttä "
               "yhteen kokemukseen (CSAT) vai asioinnin helppoutta (CES)."),
        ratkaisu=(f"Tilanteessa kiinnostaa {kohde}, joten oikea mittari on **{oikea}**. "
                  f"{_MITTARIT[oikea]}"),
    )


@rekisteroi("05_7")
def csat_vastauksista(r: random.Random) -> Tehtava:
    """CSAT: tyytyväisten (4–5) osuus vastauksista 1–5."""
    arvosanat = range(1, 6)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = _jakauma(r, arvosanat, [1, 2, 4, 9, 8], 25, 60)
        n = sum(maarat)
        vastaukset = [a for a, m in zip(arvosanat, maarat) for _ in range(m)]
        oikea = mittarit.csat(vastaukset)
        vaarat = [
            (round(100 * maarat[4] / n, 1),
             "Laskit vain arvosanan 5 antaneet. CSAT on tyytyväisten osuus, ja tyytyväisiä "
             "ovat sekä 4 että 5 antaneet."),
            (round(100 * sum(maarat[2:]) / n, 1),
             "Laskit mukaan myös arvosanan 3. Kolmonen on neutraali vastaus: tyytyväisiä "
             "ovat vain 4 ja 5 antaneet."),
            (round(sum(vastaukset) / n, 1),
             "Laskit vastausten keskiarvon. CSAT ei ole keskiarvo vaan osuus: tyytyväisten "
             "(4–5) määrä jaettuna kaikkien vastaajien määrällä, prosentteina."),
            (float(maarat[3] + maarat[4]),
             "Tämä on tyytyväisten määrä. Jaa se kaikkien vastaajien määrällä ja kerro sadalla, "
             "niin saat osuuden prosentteina."),
        ]
        if erottuvat(oikea, vaarat, 0.5):
            break
    else:
        raise arvonta_ei_onnistunut("05_7")
    tyytyvaisia = maarat[3] + maarat[4]
    return Tehtava(
        tunnus="05_7", otsikko="Asiakastyytyväisyys (CSAT)",
        kuvaus=("Kuurankukka kysyi villiyrttikurssin jälkeen: *Kuinka tyytyväinen olit "
                f"kurssiin asteikolla 1–5?* Vastauksia tuli {n}:\n\n"
                + _taulukko(arvosanat, maarat) + "\n\nLaske CSAT prosentteina yhden "
                "desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"vastauksia": dict(zip(arvosanat, maarat))},
        vihje="Tyytyväisiä ovat arvosanan 4 tai 5 antaneet. CSAT = tyytyväiset / kaikki × 100.",
        ratkaisu=(f"Tyytyväisiä (4–5) on {maarat[3]} + {maarat[4]} = {tyytyvaisia} kaikista "
                  f"{n} vastaajasta. CSAT = {tyytyvaisia} / {n} × 100 = "
                  f"**{prosenttia(oikea)}**."),
    )


@rekisteroi("05_8")
def ces_vastauksista(r: random.Random) -> Tehtava:
    """CES: väittämän "Asiointi oli helppoa" (1–7) vastausten keskiarvo."""
    arvosanat = range(1, 8)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = _jakauma(r, arvosanat, [1, 1, 2, 3, 6, 8, 6], 20, 45)
        n = sum(maarat)
        summa = sum(a * m for a, m in zip(arvosanat, maarat))
        oikea = mittarit.ces([a for a, m in zip(arvosanat, maarat) for _ in range(m)])
        vaarat = [
            (round(100 * sum(maarat[4:]) / n, 1),
             "Laskit arvosanan 5–7 antaneiden osuuden. Näinkin CES:n voi ilmoittaa, mutta "
             "Kuurankukan kyselyssä CES on vastausten keskiarvo asteikolla 1–7."),
            (round(sum(maarat) / len(arvosanat), 2),
             "Jaoit vastausten määrän arvosanojen määrällä. Keskiarvo lasketaan arvosanoista: "
             "kerro jokainen arvosana sen vastausten määrällä, laske yhteen ja jaa vastaajien "
             "määrällä."),
            (round(sum(arvosanat) / len(arvosanat), 2),
             "Laskit asteikon arvosanojen keskiarvon. Jokainen arvosana painaa niin monta kertaa "
             "kuin sen on antanut vastaajia."),
            (float(summa),
             "Tämä on arvosanojen summa. Jaa se vastaajien määrällä, niin saat keskiarvon."),
        ]
        if erottuvat(oikea, vaarat, 0.05):
            break
    else:
        raise arvonta_ei_onnistunut("05_8")
    return Tehtava(
        tunnus="05_8", otsikko="Asioinnin vaivattomuus (CES)",
        kuvaus=("Safarin varanneilta kysyttiin, kuinka samaa mieltä he ovat väittämästä "
                "*Varaaminen oli helppoa* (1 = täysin eri mieltä, 7 = täysin samaa mieltä). "
                f"Vastauksia tuli {n}:\n\n" + _taulukko(arvosanat, maarat)
                + "\n\nLaske CES vastausten keskiarvona kahden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.01, yksikko="", desimaaleja=2,
        tyypilliset=tuple(vaarat),
        arvot={"vastauksia": dict(zip(arvosanat, maarat))},
        vihje=("Kerro jokainen arvosana sen vastausten määrällä, laske tulot yhteen ja jaa "
               "vastaajien määrällä."),
        ratkaisu=("Arvosanojen summa on "
                  + " + ".join(f"{a} × {m}" for a, m in zip(arvosanat, maarat) if m)
                  + f" = {summa}. CES = {summa} / {n} = **{luku(oikea, 2)}** (asteikolla 1–7; "
                  "mitä suurempi, sitä helpompaa)."),
    )
