"""Oppitunnin 6 tehtävät: NPS, CSAT ja CES vastausjakaumasta, mittarin valinta, NPS:n
muutoksen arviointi ja tietosuojatilanne.

Oikeat vastaukset lasketaan ``mittarit``-moduulin funktioilla, joten tehtävät seuraavat
kurssin laskentatapaa. Luvut arvotaan niin, että jokainen tyypillinen väärä vastaus eroaa
oikeasta ja muista vääristä selvästi enemmän kuin toleranssi.
"""

from __future__ import annotations

import random

from .. import mittarit
from ..muotoilu import luku, prosenttia
from . import (ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, erottuvat, jakaumataulukko,
               rekisteroi, vastausjakauma)


@rekisteroi("06_1")
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
        raise arvonta_ei_onnistunut("06_1")
    return Tehtava(
        tunnus="06_1", otsikko="Net Promoter Score (NPS)",
        kuvaus=("Kuurankukka kysyi retkiasiakkailtaan: *Kuinka todennäköisesti suosittelisit "
                "meitä ystävällesi tai kollegallesi asteikolla 0–10?* Vastauksia tuli "
                f"{n}:\n\n"
                + jakaumataulukko(range(11), maarat) + "\n\nLaske NPS yhden desimaalin tarkkuudella."),
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


@rekisteroi("06_2")
def csat_vastauksista(r: random.Random) -> Tehtava:
    """CSAT: tyytyväisten (4–5) osuus vastauksista 1–5."""
    arvosanat = range(1, 6)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = vastausjakauma(r, arvosanat, [1, 2, 4, 9, 8], 25, 60)
        n = sum(maarat)
        vastaukset = [a for a, m in zip(arvosanat, maarat) for _ in range(m)]
        oikea = 100 * mittarit.csat(vastaukset)  # vastaus prosentteina
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
        raise arvonta_ei_onnistunut("06_2")
    tyytyvaisia = maarat[3] + maarat[4]
    return Tehtava(
        tunnus="06_2", otsikko="Asiakastyytyväisyys (CSAT)",
        kuvaus=("Kuurankukka kysyi villiyrttikurssin jälkeen: *Kuinka tyytyväinen olit "
                f"kurssiin asteikolla 1–5?* Vastauksia tuli {n}:\n\n"
                + jakaumataulukko(arvosanat, maarat) + "\n\nLaske CSAT prosentteina yhden "
                "desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.5, yksikko="%", desimaaleja=1,
        tyypilliset=tuple(vaarat),
        arvot={"vastauksia": dict(zip(arvosanat, maarat))},
        vihje="Tyytyväisiä ovat arvosanan 4 tai 5 antaneet. CSAT = tyytyväiset / kaikki × 100.",
        ratkaisu=(f"Tyytyväisiä (4–5) on {maarat[3]} + {maarat[4]} = {tyytyvaisia} kaikista "
                  f"{n} vastaajasta. CSAT = {tyytyvaisia} / {n} × 100 = "
                  f"**{prosenttia(oikea)}**."),
    )


@rekisteroi("06_3")
def ces_vastauksista(r: random.Random) -> Tehtava:
    """CES: väittämän "Asiointi oli helppoa" (1–7) vastausten keskiarvo."""
    arvosanat = range(1, 8)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        maarat = vastausjakauma(r, arvosanat, [1, 1, 2, 3, 6, 8, 6], 20, 45)
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
        raise arvonta_ei_onnistunut("06_3")
    return Tehtava(
        tunnus="06_3", otsikko="Asioinnin vaivattomuus (CES)",
        kuvaus=("Safarin varanneilta kysyttiin, kuinka samaa mieltä he ovat väittämästä "
                "*Varaaminen oli helppoa* (1 = täysin eri mieltä, 7 = täysin samaa mieltä). "
                f"Vastauksia tuli {n}:\n\n" + jakaumataulukko(arvosanat, maarat)
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



# Tilanne ja mittari, joka siihen sopii. Palaute kertoo, mitä valittu mittari mittaa.
_TILANTEET = [  # sanat eivät toista vaihtoehtojen sanoja: tilanteesta pitää päätellä
    ("Uudistit verkkokaupan tilaussivun. Haluat tietää, sujuiko hotellien tilaaminen uudella "
     "sivulla ilman ylimääräisiä vaiheita ja soittoja.", "CES", "asioinnin vaivattomuus"),
    ("Ryhmävarausten lomake on uusi. Haluat tietää, joutuivatko matkanjärjestäjät soittamaan "
     "tai lähettämään sähköpostia saadakseen varauksen tehtyä.", "CES",
     "asioinnin vaivattomuus"),
    ("Reklamaatiot hoidetaan nyt sähköpostilla. Haluat tietää, saivatko asiakkaat asiansa "
     "hoidettua yhdellä yhteydenotolla.", "CES", "asioinnin vaivattomuus"),
    ("Lumikenkäretki päättyi juuri. Haluat tietää, miten osallistujat arvioivat juuri tämän "
     "retken.", "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Villiyrttikurssi päättyi. Haluat tietää, vastasiko kurssi osallistujien odotuksia.",
     "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Joulutoimitus on perillä. Haluat kuulla hotelleilta heti, miten toimitus heidän "
     "mielestään onnistui.", "CSAT", "tyytyväisyys yhteen ostoon tai palveluun"),
    ("Haluat seurata vuosi vuodelta, kertoisivatko asiakkaat yrityksestäsi hyvää ystävilleen "
     "tai kollegoilleen.", "NPS", "halu suositella yritystä muille"),
    ("Haluat yhden luvun, joka kertoo asiakkuuksien kokonaistilasta: puhuvatko asiakkaat "
     "yrityksestäsi hyvää vai pahaa?", "NPS", "halu suositella yritystä muille"),
    ("Kurssi päättyi. Et kysy tästä kurssista, vaan haluat tietää, toisivatko kurssilaiset "
     "ystävänsä mukaan ensi vuonna.", "NPS", "halu suositella yritystä muille"),
]
# Vaihtoehdot yhdistävät mittarin ja perustelun. Kolme perustelua kertoo oikein, mitä mittari
# mittaa (oikea, kun tilanteessa kiinnostaa juuri se); kolme on aina väärin.
_MITTARIN_VAIHTOEHDOT = {
    "NPS": "NPS – koska halutaan tietää, suosittelisivatko asiakkaat yritystä muille",
    "CSAT": ("CSAT – koska halutaan tietää, kuinka tyytyväisiä asiakkaat olivat yhteen ostoon "
             "tai palvelukertaan"),
    "CES": "CES – koska halutaan tietää, kuinka vaivatonta asiointi oli",
}
_VAARAT_PERUSTELUT = (
    ("NPS – koska se on kolmesta mittarista tarkin ja sopii siksi kaikkiin tilanteisiin",
     "NPS ei ole muita tarkempi: pienellä vastaajamäärällä se heiluu paljon, eikä se kerro "
     "syytä. Mittari valitaan sen mukaan, mitä halutaan tietää."),
    ("CSAT – koska se kertoo, kuinka uskollisia asiakkaat ovat koko asiakkuuden ajan",
     "CSAT kertoo hetken tunteesta yhden oston tai palvelukerran jälkeen, ei uskollisuudesta: "
     "tyytyväinenkin asiakas voi vaihtaa kilpailijaan. Koko asiakkuutta kuvaa paremmin NPS."),
    ("CES – koska se kertoo myös, oliko tuote tai elämys laadukas",
     "CES kertoo vain, kuinka vaivatonta asiointi oli. Tuotteen laadusta tai elämyksen "
     "arvosta se ei kerro mitään."),
)
_MITTARIT = {
    "NPS": ("NPS kysyy, kuinka todennäköisesti asiakas suosittelisi yritystä (0–10). Se kertoo "
            "koko asiakkuudesta, ei yksittäisestä tilanteesta."),
    "CSAT": ("CSAT mittaa tyytyväisyyttä yhteen ostoon tai palveluun (1–5): kuinka hyvin "
             "kokemus vastasi odotuksia."),
    "CES": ("CES mittaa, kuinka helppoa asiointi oli (1–7): kuinka paljon vaivaa asiakas joutui "
            "näkemään."),
}


@rekisteroi("06_4")
def mittarin_valinta(r: random.Random) -> Tehtava:
    """Mikä kyselymittari (NPS, CSAT, CES) sopii tilanteeseen ja miksi."""
    tilanne, mittari, kohde = r.choice(_TILANTEET)
    oikea = _MITTARIN_VAIHTOEHDOT[mittari]
    vaihtoehdot = [*_MITTARIN_VAIHTOEHDOT.values(), *(v for v, _ in _VAARAT_PERUSTELUT)]
    r.shuffle(vaihtoehdot)  # oikean paikka vaihtelee
    vaihtoehdot = tuple(vaihtoehdot)
    return Tehtava(
        tunnus="06_4", otsikko="Mikä mittari sopii?",
        kuvaus=(f"{tilanne}\n\nMikä mittari sopii tähän parhaiten, ja miksi? Valitse "
                "vaihtoehto, jossa sekä mittari että perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=vaihtoehdot,
        tyypilliset=tuple(
            (teksti, f"{_MITTARIT[m]} Tässä tilanteessa kiinnostaa kuitenkin {kohde}.")
            for m, teksti in _MITTARIN_VAIHTOEHDOT.items() if m != mittari)
        + _VAARAT_PERUSTELUT,
        arvot={"tilanne": tilanne},  # ei vastausavainta: luvut() näkyy opiskelijalle
        vihje=("Kysy itseltäsi, mitä haluat tietää: halua suositella (NPS), tyytyväisyyttä "
               "yhteen kokemukseen (CSAT) vai asioinnin vaivattomuutta (CES). Tarkista sitten, "
               "pitääkö perustelu paikkansa."),
        ratkaisu=(f"Tilanteessa kiinnostaa {kohde}, joten oikea vastaus on **{oikea}**. "
                  f"{_MITTARIT[mittari]}"),
    )


# --- 06_5 ------------------------------------------------------------------------------

_NPS_KYSELYT = [
    ("retkiasiakkailtaan", "Vuoden 2025 alussa lumikenkäsafarin ohjelma uudistettiin."),
    ("hotellien vierailta", "Vuonna 2025 hotelleille alettiin toimittaa tuotteet kahden "
                             "viikon välein."),
    ("verkkokaupan asiakkailtaan", "Verkkokauppa uudistettiin vuoden 2025 alussa."),
    ("villiyrttikurssien osallistujilta", "Vuonna 2025 kursseilla aloitti uusi opettaja."),
    ("ravintola-asiakkailtaan", "Vuonna 2025 ravintoloille alettiin lähettää tilausmuistutus "
                                "joka viikko."),
]
_NPS_TODELLINEN = "Todellinen muutos"
_NPS_SATTUMAA = "Voi olla sattumaa"


def _nps_paatelma(muutos: float, marginaali: float, kaanna: bool = False) -> str:
    """Vaihtoehto, jossa on päätelmä ja sen luku: "Voi olla sattumaa – NPS nousi 11,0 …".

    ``kaanna=True`` tekee saman luvun väärän vertailun (päätelmä ja vertailu väärin päin).
    """
    suurempi = (abs(muutos) > marginaali) != kaanna
    suunta = "nousi" if muutos > 0 else "laski"
    return (f"{_NPS_TODELLINEN if suurempi else _NPS_SATTUMAA} – NPS {suunta} "
            f"{luku(abs(muutos), 1)} pistettä, mikä on {'enemmän' if suurempi else 'vähemmän'} "
            "kuin virhemarginaali")
_NPS_VAARAT_PERUSTELUT = (
    ("Todellinen muutos – muutos on suurempi kuin yhden vastauksen vaikutus (100 / vastaajien "
     "määrä)",
     "Luku 100 / vastaajien määrä kertoo vain, kuinka paljon yksi ryhmästä toiseen siirtyvä "
     "vastaus liikuttaa NPS:ää. Se ei kerro, kuinka paljon luku heiluu sattumalta: "
     "sen kertoo virhemarginaali. Vertaa muutosta siihen."),
    ("Todellinen muutos – NPS on laskettu kaikista vastauksista, joten se on tarkka luku",
     "Vastaukset ovat otos: toiset vastaajat tai toinen ajankohta olisivat voineet antaa "
     "toisen tuloksen, joten NPS heiluu sattumalta. Siksi muutosta verrataan "
     "virhemarginaaliin."),
    ("Voi olla sattumaa – alle 200 vastaajan kyselystä ei voi koskaan päätellä mitään",
     "Pienikin kysely voi näyttää todellisen muutoksen, jos muutos on riittävän suuri. "
     "Virhemarginaali ottaa vastaajamäärän jo huomioon: vertaa muutosta siihen."),
)


def _nps_ryhmat(r: random.Random, n: int) -> dict[str, int]:
    """Suosittelijat, passiiviset ja arvostelijat n vastaajalle (passiivisia vähintään 10 %)."""
    for _ in range(ARVONTAKERTOJA):
        suos = int(n * r.uniform(0.15, 0.60))
        arv = int(n * r.uniform(0.05, 0.40))
        if n - suos - arv >= n // 10:
            return {"suosittelijat": suos, "passiiviset": n - suos - arv, "arvostelijat": arv}
    raise arvonta_ei_onnistunut("06_5")


@rekisteroi("06_5")
def nps_muutos_todellinen(r: random.Random) -> Tehtava:
    """Onko kahden vuoden NPS-ero todellinen: muutos verrattuna virhemarginaaliin.

    Ensin arvotaan, kumpi tulos tulee (puolet ja puolet), sitten luvut, joilla tulos on
    selvä: muutoksen ja marginaalin ero on vähintään 3 pistettä. Vastaajamäärästä tai
    muutoksen suunnasta ei siis voi arvata vastausta.
    """
    kenelta, uudistus = r.choice(_NPS_KYSELYT)
    todellinen = r.random() < 0.5
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        vuodet = {2024: _nps_ryhmat(r, r.randint(40, 150)),
                  2025: _nps_ryhmat(r, r.randint(40, 150))}
        vastaukset = {v: [10] * g["suosittelijat"] + [8] * g["passiiviset"]
                      + [0] * g["arvostelijat"] for v, g in vuodet.items()}
        tulos = mittarit.nps_muutos(vastaukset[2024], vastaukset[2025])
        muutos, marginaali = float(tulos["muutos"]), float(tulos["virhemarginaali"])
        n_2025 = len(vastaukset[2025])
        if ((abs(muutos) > marginaali) == todellinen and abs(abs(muutos) - marginaali) >= 3
                and abs(muutos) >= 100 / n_2025 + 1):
            break
    else:
        raise arvonta_ei_onnistunut("06_5")
    nps = {v: mittarit.nps(vastaukset[v]) for v in vuodet}
    oikea = _nps_paatelma(muutos, marginaali)
    # Väärin laskettu muutos antaa väärän luvun: vaihtoehdon valinta vaatii laskemaan.
    g24, g25 = vuodet[2024], vuodet[2025]
    n24, n25 = sum(g24.values()), sum(g25.values())
    laskuvirheet = [
        ((g25["suosittelijat"] - g25["arvostelijat"]) - (g24["suosittelijat"] - g24["arvostelijat"]),
         "Vertasit lukumääriä. Vastaajia oli eri vuosina eri määrä, joten NPS lasketaan "
         "kummallekin vuodelle osuuksista: (suosittelijat − arvostelijat) / vastaajat × 100."),
        (100 * (g25["suosittelijat"] / n25 - g24["suosittelijat"] / n24),
         "Vertasit vain suosittelijoiden osuuksia. NPS = suosittelijoiden osuus − "
         "arvostelijoiden osuus: laske se kummallekin vuodelle ennen vertailua."),
        (100 * ((g25["suosittelijat"] + g25["passiiviset"] - g25["arvostelijat"]) / n25
                - (g24["suosittelijat"] + g24["passiiviset"] - g24["arvostelijat"]) / n24),
         "Laskit passiiviset (7–8) suosittelijoiksi. Suosittelijoita ovat vain 9–10 antaneet."),
    ]
    vaarat_luvut = []
    for arvo, selitys in laskuvirheet:
        teksti = _nps_paatelma(arvo, marginaali)
        if abs(abs(arvo) - abs(muutos)) >= 1 and teksti not in {oikea, *(v for v, _ in vaarat_luvut)}:
            vaarat_luvut.append((teksti, selitys))
    kaannetty = (_nps_paatelma(muutos, marginaali, kaanna=True),
                 "Luku on oikein, mutta vertailu meni väärin päin. Jos muutoksen suuruus "
                 "(ilman etumerkkiä) on suurempi kuin virhemarginaali, muutos on todellinen; "
                 "jos pienempi, se voi olla sattumaa.")
    tyypilliset = (kaannetty, *vaarat_luvut, *_NPS_VAARAT_PERUSTELUT)
    vaihtoehdot = [oikea, *(v for v, _ in tyypilliset)]
    r.shuffle(vaihtoehdot)  # oikean paikka vaihtelee
    rivit = "\n".join(f"| {v} | {g['suosittelijat']} | {g['passiiviset']} | "
                      f"{g['arvostelijat']} | {sum(g.values())} |" for v, g in vuodet.items())
    suunta = "nousi" if muutos > 0 else "laski"
    return Tehtava(
        tunnus="06_5", otsikko="Onko NPS:n muutos todellinen?",
        kuvaus=(f"Kuurankukka kysyy joka vuosi {kenelta}: *Kuinka todennäköisesti "
                f"suosittelisit meitä ystävällesi tai kollegallesi asteikolla 0–10?* "
                f"{uudistus} Vastaukset ryhmittäin:\n\n"
                "| Vuosi | Suosittelijat (9–10) | Passiiviset (7–8) | Arvostelijat (0–6) | "
                "Vastauksia |\n|---|---:|---:|---:|---:|\n"
                f"{rivit}\n\n"
                "Apupaketin funktio `mittarit.nps_muutos` laski muutoksen virhemarginaaliksi "
                f"±{luku(marginaali, 1)} pistettä (95 %:n varmuudella).\n\n"
                "Laske NPS kummaltakin vuodelta ja NPS:n muutos. Onko muutos todellinen, vai "
                "voiko se olla sattumaa? Valitse vaihtoehto, jossa sekä luku, päätelmä että "
                "perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot), tyypilliset=tyypilliset,
        arvot={"vuodet": vuodet, "virhemarginaali": marginaali},
        vihje=("NPS = (suosittelijat − arvostelijat) / vastaajat × 100 kummallekin vuodelle "
               "erikseen. Muutos = NPS 2025 − NPS 2024. Jos muutoksen suuruus (ilman "
               "etumerkkiä) on pienempi kuin virhemarginaali, muutos voi hyvin olla sattumaa."),
        ratkaisu=(f"NPS 2024 = {luku(nps[2024], 1)} ja NPS 2025 = {luku(nps[2025], 1)}, joten "
                  f"NPS {suunta} {luku(abs(muutos), 1)} pistettä. Virhemarginaali on "
                  f"±{luku(marginaali, 1)} pistettä, joten muutos on sitä "
                  + ("suurempi: **muutos on todellinen**. Näin suuri ero tuskin syntyy pelkästä "
                     "sattumasta." if todellinen else
                     "pienempi: **muutos voi olla sattumaa**. Suunta voi olla oikea, mutta "
                     "varmuuden saa vasta suuremmalla vastaajamäärällä tai kun seuraavakin "
                     "kysely näyttää saman suunnan.")
                  + f" Yksi ryhmästä toiseen siirtyvä vastaus muuttaa vuoden 2025 NPS:ää "
                  f"100 / {n_2025} ≈ {luku(100 / n_2025, 1)} pistettä."),
    )


# --- 06_6 ------------------------------------------------------------------------------

_ILMOITUSSAANTO = ("Tietoturvaloukkauksesta ilmoitetaan tietosuojavaltuutetun toimistolle "
                   "viipymättä ja mahdollisuuksien mukaan 72 tunnin kuluessa siitä, kun se "
                   "huomattiin, paitsi jos on epätodennäköistä, että siitä aiheutuu riskiä "
                   "ihmisten oikeuksille ja vapauksille.")

# Tietosuojatilanteet: (tilanne, oikea vaihtoehto, ((väärä vaihtoehto, palaute), ...),
# mallivastauksen perustelu). Säännöt ovat oppitunnin 6 luvusta 6.5. Jokaisessa
# vaihtoehdossa on toimenpide ja perustelu, jotta oikeaa ei tunnista muodosta.
_TIETOSUOJATILANTEET = [
    ("Kausityöntekijän kannettava tietokone varastettiin autosta maanantai-iltana. Koneella "
     "oli salaamaton taulukko, jossa on 300 safariasiakkaan nimet, puhelinnumerot ja "
     "ruoka-aineallergiat.",
     "Ilmoita tietosuojavaltuutetulle viipymättä, mahdollisuuksien mukaan 72 tunnin "
     "kuluessa, koska riski asiakkaille on todellinen",
     (("Odota poliisin selvitystä ja ilmoita vasta, jos tietoja käytetään väärin, koska "
       "muuten ilmoituksessa ei ole kerrottavaa",
       "Ilmoitusta ei saa lykätä: se tehdään viipymättä ja mahdollisuuksien mukaan 72 tunnin "
       "kuluessa siitä, kun loukkaus huomattiin. Puuttuvat tiedot voi täydentää myöhemmin."),
      ("Ilmoitusta ei tarvita, koska koneeseen kirjaudutaan salasanalla eikä varas pääse "
       "tiedostoihin",
       "Kirjautumissalasana ei suojaa salaamatonta tiedostoa: levyn voi lukea toisella "
       "koneella. Nimet, puhelinnumerot ja allergiatiedot voivat päätyä vääriin käsiin, joten "
       "riski ihmisille on todellinen."),
      ("Ilmoitusta ei tarvita, koska tietosuoja-asetus ei koske näin pientä, muutaman hengen "
       "yritystä",
       "Tietosuoja-asetus koskee myös mikroyritystä. Yrityksen koko ei vapauta "
       "ilmoituksesta."),
      ("Poista taulukon varmuuskopio, koska silloin tiedot eivät ole enää Kuurankukan "
       "hallussa eikä ilmoitusta tarvita",
       "Varmuuskopion poistaminen ei peru loukkausta: varastettu kopio on yhä väärissä "
       "käsissä. Lisäksi Kuurankukka menettäisi omat tietonsa."),
      ),
     "Salaamaton taulukko, jossa on yhteystietoja ja terveystietoja, voi aiheuttaa riskiä "
     "ihmisille, joten ilmoitus tehdään. " + _ILMOITUSSAANTO),
    ("Yrittäjän kannettava tietokone varastettiin junassa. Koneen levy on salattu vahvalla "
     "salasanalla, jota ei ollut kirjoitettu mihinkään koneen mukana olleeseen. "
     "Asiakasrekisteristä on ajantasainen varmuuskopio.",
     "Kirjaa tapahtuma ja vaihda salasanat; ilmoitusta ei tarvita, koska salatusta levystä "
     "ei todennäköisesti synny riskiä",
     (("Ilmoita tietosuojavaltuutetun toimistolle 72 tunnin kuluessa, koska jokaisesta "
       "kadonneesta laitteesta on aina ilmoitettava",
       "Ilmoitusta ei tarvita, jos on epätodennäköistä, että loukkauksesta aiheutuu riskiä "
       "ihmisten oikeuksille ja vapauksille. Vahvasti salattua levyä ei voi lukea ilman "
       "salasanaa, ja tiedot ovat tallessa varmuuskopiossa."),
      ("Ilmoita jokaiselle asiakkaalle, että hänen tietonsa ovat nyt julkisia, koska kone on "
       "varkaan hallussa",
       "Tiedot eivät ole julkisia: salattua levyä ei voi lukea ilman salasanaa. Väärä "
       "tiedote huolestuttaisi asiakkaita turhaan."),
      ("Asia ei kuulu tietosuojaan, koska kone oli yrittäjän oma eikä yrityksen omistama laite",
       "Laitteen omistaja ei ratkaise. Koneella oli Kuurankukan asiakasrekisteri, joten kyse "
       "on yrityksen henkilötiedoista. Ilmoitusta ei tässä tarvita siksi, että levy oli "
       "salattu."),
      ),
     "Levy oli salattu vahvalla salasanalla, joten on epätodennäköistä, että varkaudesta "
     "aiheutuu riskiä ihmisille, eikä ilmoitusta tarvita. Tapahtuma kirjataan silti muistiin. "
     + _ILMOITUSSAANTO),
    ("Kuluttaja-asiakas, joka on käynyt kahdesti villiyrttikurssilla, kysyy sähköpostilla, "
     "mitä tietoja Kuurankukka hänestä säilyttää.",
     "Kerro hänelle, mitä tietoja hänestä on ja mihin niitä käytetään, koska hänellä on "
     "oikeus nähdä omat tietonsa",
     (("Kieltäydy kohteliaasti, koska asiakasrekisteri on yrityksen liikesalaisuus eikä sitä "
       "näytetä kenellekään ulkopuoliselle",
       "Asiakkaalla on oikeus nähdä omat tietonsa. Rekisteri voi olla luottamuksellinen "
       "muille, mutta hänen omia tietojaan ei voi salata häneltä."),
      ("Lähetä hänelle koko asiakasrekisteri, koska silloin hän näkee, että tiedot "
       "säilytetään huolellisesti",
       "Rekisterissä on muidenkin asiakkaiden tietoja, eikä niitä saa antaa hänelle. Anna "
       "vain hänen omat tietonsa."),
      ("Vastaa vasta, kun hän kertoo, miksi haluaa tiedot, koska pyynnön pitää olla "
       "perusteltu",
       "Asiakkaan ei tarvitse perustella pyyntöään. Oikeus nähdä omat tietonsa on hänellä "
       "ilman syytäkin."),
      ("Poista kaikki hänen tietonsa heti, koska kysymys tarkoittaa, että hän haluaa pois "
       "rekisteristä",
       "Hän kysyi, mitä tietoja on, eikä pyytänyt poistamaan niitä. Kerro ensin tiedot; jos "
       "hän sitten pyytää korjaamista tai poistamista, pyyntö käsitellään erikseen."),
      ),
     "Asiakkaalla on oikeus nähdä omat tietonsa ja pyytää niiden korjaamista tai poistamista. "
     "Hänelle kerrotaan, mitä tietoja on ja mihin niitä käytetään, mutta muiden asiakkaiden "
     "tietoja ei näytetä."),
    ("Kausityöntekijä ehdottaa, että kaikkien safarin varanneiden kuluttajien "
     "sähköpostiosoitteet lisätään uutiskirjeen postituslistalle. Varauslomakkeessa ei "
     "kysytty lupaa markkinointiin eikä kerrottu siitä.",
     "Kysy lupa seuraavan varauksen yhteydessä, koska kuluttajalta pyydetään lupa ennen "
     "uutiskirjettä",
     (("Lisää kaikki listalle, koska he antoivat sähköpostiosoitteensa itse varauksen "
       "yhteydessä",
       "Osoite annettiin varausta varten. Kun varauksessa ei kerrottu markkinoinnista, "
       "osoitetta ei voi ottaa uutiskirjeeseen ilman lupaa."),
      ("Lisää kaikki listalle ja poista ne, jotka valittavat, koska markkinoinnista voi "
       "kieltäytyä aina jälkikäteen",
       "Jälkikäteen valittaminen ei korvaa lupaa. Lupa kysytään ennen kuin kuluttaja "
       "lisätään postituslistalle."),
      ("Lähetä uutiskirje piilokopiona, koska silloin vastaanottajat eivät näe toistensa "
       "osoitteita",
       "Piilokopio suojaa osoitteet muilta vastaanottajilta, mutta lupaa markkinointiin ei "
       "silti ole."),
      ),
     "Kuluttajalta kysytään lupa ennen kuin hänet lisätään uutiskirjeen postituslistalle. "
     "Varausta varten annettu osoite ei ole lupa markkinointiin."),
    ("Uusi villiyrttikurssin ilmoittautumislomake kysyy jokaiselta osallistujalta "
     "syntymäajan ja henkilötunnuksen siltä varalta, että niitä joskus tarvitaan. Kurssilla "
     "ei ole ikärajaa.",
     "Poista kentät ja jo kerätyt tiedot, koska kerätä saa vain sen, mitä ilmoittautumiseen "
     "tarvitaan",
     (("Pidä kentät, koska taulukko on suojattu vahvalla salasanalla ja kaksivaiheisella "
       "tunnistautumisella",
       "Turvallinen säilytys on tärkeää, mutta se ei tee tarpeettomasta tiedosta "
       "tarpeellista. Ensin kerätään vain tarpeellinen."),
      ("Pidä kentät mutta tee niistä vapaaehtoisia, koska silloin asiakas päättää itse",
       "Vapaaehtoisuus ei anna tiedolle käyttötarkoitusta. Jos tietoa ei tarvita mihinkään, "
       "sitä ei kysytä."),
      ("Pidä kentät, koska syntymäpäiväonnittelut ovat hyvää asiakaspalvelua",
       "Onnittelut olisivat uusi käyttötarkoitus ja markkinointia, josta ei ole kerrottu eikä "
       "kysytty lupaa. Henkilötunnusta ei tarvita siihenkään."),
      ),
     "Kerää vain tarpeellinen: ilmoittautumiseen riittävät nimi, yhteystieto ja tarvittaessa "
     "ruokarajoitteet. Henkilötunnuksia tai syntymäaikoja ei kerätä varmuuden vuoksi."),
    ("Kausityöntekijä vetää lumikenkäretkiä. Hän pyytää koko asiakasrekisterin puhelimeensa, "
     "jotta voisi tarkistaa asiakkaiden tietoja retkillä.",
     "Anna vain päivän osallistujalista, koska pääsy annetaan vain työssä tarvittaviin "
     "tietoihin",
     (("Lähetä koko rekisteri hänelle sähköpostin liitteenä, koska sähköposti on nopein tapa",
       "Asiakaslistaa ei lähetetä sähköpostin liitteenä. Lisäksi retkellä tarvitaan vain "
       "päivän osallistujat, ei koko rekisteriä."),
      ("Anna koko rekisteri, koska hän on luvannut olla näyttämättä sitä muille",
       "Lupaus ei korvaa käyttöoikeuksien rajaamista. Pääsy annetaan vain niihin tietoihin, "
       "joita työssä tarvitaan."),
      ("Kopioi koko rekisteri muistitikulle, koska silloin puhelimen katoaminen ei vaaranna "
       "tietoja",
       "Suojaamaton muistitikku katoaa yhtä helposti kuin puhelin, eikä retkellä tarvita koko "
       "rekisteriä."),
      ),
     "Anna pääsy vain niille, jotka tarvitsevat: retken vetäjä tarvitsee päivän "
     "osallistujalistan, ei koko asiakasrekisteriä."),
    ("Asiakasrekisterissä on vuodesta 2015 alkaen kaikkien kerran kurssille osallistuneiden "
     "kuluttajien tiedot ja heidän ruoka-aineallergiansa. Säilytysajasta ei ole päätetty.",
     "Päätä säilytysaika ja poista tarpeettomat tiedot, koska tietoja säilytetään vain "
     "tarpeen ajan",
     (("Säilytä kaikki tiedot, koska vanhoista asiakkaista voi joskus tulla taas asiakkaita "
       "ja tiedot ovat silloin valmiina",
       "Mahdollinen tuleva tarve ei oikeuta säilyttämään tietoja loputtomiin. Päätä "
       "säilytysaika ja poista vanhat tiedot."),
      ("Siirrä vanhat tiedot varmuuskopiolle, koska silloin ne eivät ole enää rekisterissä",
       "Varmuuskopiokin on säilytystä. Tarpeettomat tiedot poistetaan, ei siirretä toiseen "
       "paikkaan."),
      ("Vaihda rekisteriin vahvempi salasana, koska turvallisesti säilytettyjä tietoja ei "
       "tarvitse poistaa",
       "Turvallinen säilytys ei korvaa poistamista. Terveystietoja, kuten allergioita, ei "
       "säilytetä pidempään kuin palvelu vaatii."),
      ),
     "Poista vanhat tiedot: päätä säilytysaika ja siivoa rekisteri esimerkiksi kerran "
     "vuodessa. Terveystietoja, kuten ruoka-aineallergioita, ei säilytetä pidempään kuin "
     "palvelu vaatii."),
    ("Yhteistyöhotelli pyytää Kuurankukan safariasiakkaiden yhteystiedot, jotta se voisi "
     "tarjota heille majoitusta.",
     "Älä luovuta tietoja, koska kumppanin omaan käyttöön tarvitaan asiakkaiden lupa",
     (("Luovuta tiedot, koska asiakkaat hyötyvät hotellin majoitustarjouksista ja "
       "alennuksista",
       "Asiakkaat eivät ole antaneet tietojaan hotellin markkinointiin. Hyöty ei korvaa "
       "lupaa."),
      ("Luovuta vain sähköpostiosoitteet, koska ne eivät ole henkilötietoja",
       "Sähköpostiosoite on henkilötieto, samoin kuin nimi ja puhelinnumero."),
      ("Luovuta lista salasanalla suojattuna, koska silloin luovutus on turvallinen",
       "Salasana suojaa tiedoston matkalla, mutta luovutukseen tarvitaan silti asiakkaiden "
       "lupa."),
      ),
     "Asiakastietoja ei luovuteta yhteistyökumppanille ilman asiakkaan lupaa. Hotelli voi "
     "esimerkiksi jakaa esitteitään safarin yhteydessä, jolloin asiakas päättää itse, ottaako "
     "yhteyttä."),
]


@rekisteroi("06_6")
def tietosuojatilanne(r: random.Random) -> Tehtava:
    """Tietosuojatilanne: mikä toimenpide ja perustelu noudattavat oppitunnin sääntöjä."""
    tilanne, oikea, vaarat, perustelu = r.choice(_TIETOSUOJATILANTEET)
    vaihtoehdot = [oikea, *(v for v, _ in vaarat)]
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="06_6", otsikko="Tietosuoja käytännössä",
        kuvaus=(f"{tilanne}\n\nMitä Kuurankukan pitää tehdä? Valitse vaihtoehto, jossa sekä "
                "toimenpide että perustelu noudattavat tietosuojan sääntöjä."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot), tyypilliset=tuple(vaarat),
        arvot={"tilanne": tilanne},
        vihje=("Kysy: tarvitaanko tietoa, tietääkö asiakas, mihin sitä käytetään, onko "
               "markkinointiin lupa, kuka tietoon pääsee ja kuinka kauan sitä säilytetään. "
               "Jos tiedot joutuvat vääriin käsiin, mieti, voiko siitä aiheutua riskiä "
               "ihmisille."),
        ratkaisu=f"Oikea vastaus: **{oikea}**. {perustelu}",
    )
