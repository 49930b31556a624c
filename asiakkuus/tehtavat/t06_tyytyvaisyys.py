"""Oppitunnin 6 tehtävät: NPS, CSAT ja CES vastausjakaumasta sekä mittarin valinta.

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


@rekisteroi("06_4")
def mittarin_valinta(r: random.Random) -> Tehtava:
    """Mikä kyselymittari (NPS, CSAT, CES) sopii tilanteeseen."""
    tilanne, oikea, kohde = r.choice(_TILANTEET)
    vaihtoehdot = ("NPS", "CSAT", "CES")
    return Tehtava(
        tunnus="06_4", otsikko="Mikä mittari sopii?",
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
