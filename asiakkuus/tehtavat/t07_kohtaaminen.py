"""Oppitunnin 7 tehtävät: asiakkuussuunnitelman toimenpide, palvelutaso, käsikirjoituksen
toimenpiteen arvon taso ja kohtaamisen vaikutus asiakkuuden katteeseen.

Oikeat vastaukset tulevat paketin omista säännöistä ja taulukoista (``suunnitelma.SAANNOT``,
``suunnitelma.PALVELUTASOT``, ``arvotasot.ARVOTASOT``, ``generointi.HINNASTO``), joten
tehtävät seuraavat samaa logiikkaa kuin oppitunnin asiakkuussuunnitelma.

>>> from asiakkuus.tehtavat import tarkista, tehtava
>>> t = tehtava("07_4")
>>> print(tarkista(t, "3 450 €"))  # 2 410 + (12 − 2) · 80 + (3 − 1) · 120
✔ Oikein! Vastaus 3\u202f450\xa0€ on oikein.
>>> print(tarkista(t, 2422))  # lisäsi katteeseen tapausten määrän, ei euroja
✘ Ei vielä. Lisäsit katteeseen karsittujen tapausten määrän. ...
"""

from __future__ import annotations

import random

import pandas as pd

from .. import portfolio, suunnitelma
from ..arvotasot import ARVOTASOT
from ..generointi import HINNASTO
from ..muotoilu import euroa, luku, prosenttia
from . import ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, rekisteroi

_ASIAKKAAT = ["Hotelli Revontulenportti", "Hotelli Pallaksen Helmi", "Kylpylähotelli Kuura",
              "Lapin Safarikeskus Oy", "Matkatoimisto Kaamos", "Ravintola Kelo",
              "Luontaistuotekauppa Kielo", "Lapin Herkkupuoti", "Villa Aurora Lodge"]


def _pyorea(r: random.Random, alin: int, ylin: int, askel: int) -> int:
    return r.randrange(alin, ylin + 1, askel)


# --- 07_1 Asiakkuussuunnitelman toimenpide --------------------------------------------------

# Vaihtoehdon nimi ja alku, jolla sääntöjen (suunnitelma.SAANNOT) teksti alkaa.
_TOIMENPITEET = {
    "hinnoittelu": ("Tarkista hinnoittelu ja alennukset", "Tarkista hinnoittelu"),
    "palvelu": ("Kevennä palvelutyötä", "Kevennä palvelutyötä"),
    "tappio": ("Selvitä, mistä tappio syntyy", "Asiakkuus on tappiollinen"),
    "kasvu": ("Kasvata asiakkuutta", "Kasvata asiakkuutta"),
    "nps": ("Selvitä tyytymättömyyden syy", "Selvitä tyytymättömyyden syy"),
}

# Tilanne -> (kate-% -väli, palveluosuus-% -väli, tuleva potentiaali, suositteluhalukkuus).
# Välit on valittu niin, että vain yksi sääntö täyttyy ja muut jäävät selvästi rajojen
# väärälle puolelle, mutta houkuttelevan läheltä.
_TILANTEET = {
    "hinnoittelu": ((2, 8), (6, 13), (2, 3), (7, 10)),
    "palvelu": ((11, 20), (17, 26), (2, 3), (7, 10)),
    "tappio": ((-12, -3), (5, 12), (2, 3), (7, 9)),
    "kasvu": ((12, 22), (9, 14), (4, 5), (7, 10)),
    "nps": ((11, 20), (6, 13), (2, 3), (3, 6)),
}


def _toimenpide(teksti: str) -> str:
    """Säännön tuottaman tekstin vaihtoehtonimi (tilanteen avain)."""
    return next(avain for avain, (_, alku) in _TOIMENPITEET.items() if teksti.startswith(alku))


@rekisteroi("07_1")
def suunnitelman_toimenpide(r: random.Random) -> Tehtava:
    """Asiakkaan luvuista se toimenpide, jonka asiakkuussuunnitelman säännöt antavat."""
    tilanne = r.choice(sorted(_TILANTEET))
    (k_ala, k_yla), (s_ala, s_yla), (p_ala, p_yla), (n_ala, n_yla) = _TILANTEET[tilanne]
    nimi = r.choice(_ASIAKKAAT)
    tuotot = _pyorea(r, 8_000, 30_000, 500)
    palvelu = round(tuotot * r.uniform(s_ala, s_yla) / 100, -1)
    kate = round(tuotot * r.uniform(k_ala, k_yla) / 100, -1)
    potentiaali = r.randint(p_ala, p_yla)
    nps = r.randint(n_ala, n_yla)
    myyntikate = kate + palvelu + round(tuotot * r.uniform(0.05, 0.10), -1)
    kate_pros = round(100 * kate / tuotot, 1)
    osuus = round(100 * palvelu / tuotot, 1)

    # Oikea toimenpide tulee kurssin omasta asiakkuussuunnitelmasta.
    pisteytys = pd.DataFrame({"asiakas_id": ["X"], "nimi": [nimi], "pisteet": [2.5],
                              "sija": [12], "avainasiakas": [False], "myyntivolyymi": [3],
                              "kannattavuus": [3], "uskollisuus": [3],
                              "tuleva_potentiaali": [potentiaali], "referenssiarvo": [3],
                              "oppimisarvo": [3]})
    katetaulu = pd.DataFrame({"asiakas_id": ["X"], "tuotot": [float(tuotot)],
                              "myyntikate": [myyntikate], "asiakaspalvelun_kustannukset": [palvelu],
                              "asiakkuuden_kate": [kate], "kate_pros": [kate_pros]})
    kyselyt = pd.DataFrame({"asiakas_id": ["X"], "nps": [nps]})
    toimet = suunnitelma.asiakkuussuunnitelma("X", pisteytys, katetaulu,
                                              kyselyt=kyselyt)["toimenpiteet"]
    if len(toimet) != 1:  # tilanteet on rakennettu niin, ettei tätä tapahdu
        raise AssertionError(f"07_1: odotin yhtä toimenpidettä, sain {toimet}")
    oikea = _toimenpide(toimet[0])

    miksi_ei = {
        "hinnoittelu": (
            f"Kate ei ole vain ohut vaan miinuksella ({euroa(kate)}). Ennen kuin viilaat "
            "hintoja, selvitä, mistä tappio syntyy: pienestä volyymista vai liiasta työstä."
            if kate < 0 else
            f"Kate-% on {prosenttia(kate_pros)}, eli vähintään 10 %. Hinnoittelu ei ole tämän "
            "asiakkaan ongelma."),
        "palvelu": (f"Asiakaspalvelu vie vain {prosenttia(osuus)} tuotoista, alle 15 %. "
                    f"Summa {euroa(palvelu)} voi näyttää suurelta, mutta ratkaisevaa on sen "
                    "osuus tuotoista, ei pelkkä euromäärä."),
        "tappio": (f"Asiakkuuden kate on {euroa(kate)} eli plussalla, joten tappion syytä "
                   "ei tarvitse etsiä."),
        "kasvu": (f"Tuleva potentiaali on vain {potentiaali}/5. Suuret tuotot kertovat "
                  "nykyhetkestä, eivät kasvun varasta. Kasvattamaan kannattaa ryhtyä, kun "
                  "potentiaali on vähintään 4/5."),
        "nps": (f"Asiakas antoi suositteluhalukkuudeksi {nps}/10, joten tyytymättömyyttä ei "
                "ole syytä epäillä. Huolestua kannattaa, kun vastaus on 6 tai alle."),
    }
    vaarat = r.sample([t for t in _TOIMENPITEET if t != oikea], 3)
    vaihtoehdot = tuple(_TOIMENPITEET[t][0] for t in _TOIMENPITEET if t == oikea or t in vaarat)
    perustelu = {
        "hinnoittelu": f"kate-% on {prosenttia(kate_pros)}, eli plussalla mutta alle 10 %",
        "palvelu": f"asiakaspalvelu vie {prosenttia(osuus)} tuotoista, yli 15 %",
        "tappio": f"asiakkuuden kate on {euroa(kate)} eli tappiollinen",
        "kasvu": f"tuleva potentiaali on {potentiaali}/5",
        "nps": f"suositteluhalukkuus on vain {nps}/10",
    }
    return Tehtava(
        tunnus="07_1", otsikko="Mikä toimenpide asiakkuussuunnitelmaan?",
        kuvaus=(f"Kuurankukka Oy tekee asiakkuussuunnitelman asiakkaalle **{nimi}**. "
                "Asiakkaan luvut viime vuodelta:\n\n"
                "| Luku | Arvo |\n|---|---|\n"
                f"| Asiakkuuden tuotot | {euroa(tuotot)} |\n"
                f"| Asiakaspalvelun kustannukset | {euroa(palvelu)} |\n"
                f"| Asiakkuuden kate | {euroa(kate)} |\n"
                f"| Tuleva potentiaali (1–5) | {potentiaali} |\n"
                f"| Suositteluhalukkuus (0–10) | {nps} |\n\n"
                "Suunnitelman säännöt:\n\n"
                "- kate-% vähintään 0 mutta alle 10 → tarkista hinnoittelu ja alennukset\n"
                "- asiakaspalvelu vie yli 15 % tuotoista → kevennä palvelutyötä\n"
                "- asiakkuuden kate alle nollan → selvitä, mistä tappio syntyy\n"
                "- tuleva potentiaali vähintään 4 → kasvata asiakkuutta\n"
                "- suositteluhalukkuus 6 tai alle → selvitä tyytymättömyyden syy\n\n"
                "Vain yksi säännöistä täyttyy. Mikä toimenpide asiakkaalle kirjataan?"),
        oikea=_TOIMENPITEET[oikea][0], vaihtoehdot=vaihtoehdot,
        tyypilliset=tuple((_TOIMENPITEET[t][0], miksi_ei[t]) for t in vaarat),
        arvot={"tuotot": tuotot, "asiakaspalvelun_kustannukset": palvelu,
               "asiakkuuden_kate": kate, "tuleva_potentiaali": potentiaali, "nps": nps},
        vihje=("Laske ensin kaksi osuutta tuotoista: kate-% = asiakkuuden kate / tuotot × 100 "
               "ja palvelun osuus = asiakaspalvelun kustannukset / tuotot × 100. Käy sitten "
               "säännöt läpi yksi kerrallaan."),
        ratkaisu=(f"Kate-% = {euroa(kate)} / {euroa(tuotot)} × 100 = {prosenttia(kate_pros)} ja "
                  f"palvelun osuus = {euroa(palvelu)} / {euroa(tuotot)} × 100 = "
                  f"{prosenttia(osuus)}. Ainoa täyttyvä sääntö: {perustelu[oikea]}. "
                  f"Toimenpide: **{_TOIMENPITEET[oikea][0]}**."),
    )


# --- 07_2 Palvelutaso -----------------------------------------------------------------------

def _taso_pisteista(pisteet: float) -> str:
    """Palvelutason nimi pistemäärästä (ei avainasiakas) paketin omalla funktiolla."""
    p = pd.DataFrame({"asiakas_id": ["X"], "pisteet": [pisteet], "avainasiakas": [False]})
    avain = suunnitelma.palvelutasot(p)["palvelutaso"].iloc[0]
    return suunnitelma.PALVELUTASOT.set_index("palvelutaso").loc[avain, "nimi"]


def _tason_alaraja(pisteet: float, rajat: list[float]) -> float:
    """Suurin alaraja, jonka pistemäärä ylittää (nopea haku arvontaa varten).

    >>> _tason_alaraja(2.4, [0.0, 2.0, 3.0]), _tason_alaraja(3.0, [0.0, 2.0, 3.0])
    (2.0, 3.0)
    """
    return max((raja for raja in rajat if pisteet >= raja), default=0.0)


@rekisteroi("07_2")
def palvelutaso(r: random.Random) -> Tehtava:
    """Palvelutaso painotetusta pistemäärästä ja avainasiakkuudesta."""
    painot = dict(portfolio.OLETUSPAINOT)
    kriteerit = portfolio.KRITEERIT
    tasot = suunnitelma.PALVELUTASOT
    rajat = sorted(float(x) for x in tasot["alaraja"].dropna())
    # Tavoitetaso arvotaan ensin, jotta kaikki tasot tulevat vastaan.
    tavoite = r.choice(["avain", *rajat])
    avainasiakas = tavoite == "avain"
    # Kevytasiakkaalla ei voi olla suurta myyntiä; muilla se on houkutus antaa paras palvelu.
    volyymi = (1, 3) if tavoite == 0.0 else (4, 5)
    for yritys in range(5_000):
        pisteet = {k: r.randint(1, 5) for k in kriteerit}
        pisteet["myyntivolyymi"] = r.randint(*volyymi)
        painotettu = round(sum(painot[k] * pisteet[k] for k in kriteerit) / sum(painot.values()),
                           9)
        keskiarvo = sum(pisteet.values()) / len(pisteet)
        if any(abs(painotettu - raja) < 0.1 for raja in rajat if raja > 0):
            continue  # ei aivan rajalle: oikean vastauksen pitää olla selvä
        if avainasiakas:
            if 3.0 <= painotettu < 4.0:  # avainasiakas, jonka pisteet antaisivat vain kasvutason
                break
        elif _tason_alaraja(painotettu, rajat) == tavoite and (
                yritys > 1_000  # tavallisen keskiarvon houkutus ei aina onnistu
                or _tason_alaraja(keskiarvo, rajat) != tavoite):
            break
    # Lopullinen pistemäärä ja taso paketin omilla funktioilla.
    painotettu = float(portfolio.painotettu_pistemaara(pd.DataFrame([pisteet]), painot).iloc[0])
    taulu = pd.DataFrame({"asiakas_id": ["X"], "pisteet": [painotettu],
                          "avainasiakas": [avainasiakas]})
    oikea_avain = suunnitelma.palvelutasot(taulu)["palvelutaso"].iloc[0]
    nimet = dict(zip(tasot["palvelutaso"], tasot["nimi"]))
    oikea = nimet[oikea_avain]
    pistetaso = _taso_pisteista(painotettu)
    keskiarvotaso = _taso_pisteista(keskiarvo)
    nimi = r.choice(_ASIAKKAAT)

    tyypilliset = []
    for taso_nimi in tasot["nimi"]:
        if taso_nimi == oikea:
            continue
        if taso_nimi == "Avainasiakas":
            selitys = (f"{nimi} ei ole avainasiakas"
                       + (f", vaikka sen myyntivolyymi on {pisteet['myyntivolyymi']}/5"
                          if pisteet["myyntivolyymi"] >= 4 else "")
                       + ". Parasta palvelua ei anneta kaikille eikä pelkän myynnin perusteella: "
                       "taso ratkeaa kaikkien kriteerien painotetusta pistemäärästä.")
        elif avainasiakas and taso_nimi == pistetaso:
            selitys = (f"Pistemäärä {luku(painotettu, 1)} riittäisi tälle tasolle, mutta "
                       f"{nimi} on nimetty avainasiakkaaksi. Avainasiakkaat saavat parhaan, "
                       "henkilökohtaisen palvelun pisterajoista riippumatta.")
        elif taso_nimi == keskiarvotaso and not avainasiakas and keskiarvotaso != pistetaso:
            selitys = (f"Laskit pisteiden tavallisen keskiarvon ({luku(keskiarvo, 2)}). "
                       "Kriteerit painavat eri verran: myyntivolyymi 30 %, kannattavuus ja "
                       "lujuus 20 %, muut 10 %. Kerro jokainen piste painollaan.")
        else:
            raja = float(tasot.set_index("nimi").loc[taso_nimi, "alaraja"])
            if painotettu < raja:
                selitys = (f"Painotettu pistemäärä {luku(painotettu, 1)} jää tämän tason "
                           f"alarajan {luku(raja, 1)} alle.")
            else:
                selitys = (f"Painotettu pistemäärä {luku(painotettu, 1)} riittää parempaan "
                           "tasoon kuin tämä. Tarkista tasojen rajat.")
        tyypilliset.append((taso_nimi, selitys))

    rivit = "\n".join(f"| {portfolio.KRITEERIEN_NIMET[k]} | {pisteet[k]} | {painot[k]} % |"
                      for k in kriteerit)
    tasoteksti = "\n".join(
        f"- **{n}**: " + ("nimetyt avainasiakkaat" if pd.isna(raja)
                          else f"pisteet vähintään {luku(raja, 1)}" if raja > 0
                          else "muut asiakkaat")
        for n, raja in zip(tasot["nimi"], tasot["alaraja"]))
    asema = ("on yksi Kuurankukan nimetyistä avainasiakkaista" if avainasiakas else
             "ei ole Kuurankukan avainasiakas")
    erittely = " + ".join(f"{painot[k] / 100:.1f} × {pisteet[k]}".replace(".", ",")
                          for k in kriteerit)
    if avainasiakas:
        ratkaisu = (f"Painotettu pistemäärä = {erittely} = {luku(painotettu, 1)}, mikä "
                    f"riittäisi tasolle {pistetaso}. {nimi} on kuitenkin nimetty avainasiakas, ja "
                    f"avainasiakkaat saavat aina parhaan palvelun: **{oikea}**.")
    else:
        ratkaisu = (f"Painotettu pistemäärä = {erittely} = **{luku(painotettu, 1)}**. "
                    f"Asiakas ei ole avainasiakas, joten taso ratkeaa pisteistä: **{oikea}**.")
    return Tehtava(
        tunnus="07_2", otsikko="Mikä palvelutaso asiakkaalle?",
        kuvaus=(f"**{nimi}** {asema}. Sen pisteet asiakasportfolion kriteereistä (1–5) ja "
                "kriteerien painot:\n\n"
                f"| Kriteeri | Pisteet | Paino |\n|---|---|---|\n{rivit}\n\n"
                f"Kuurankukan palvelutasot:\n\n{tasoteksti}\n\n"
                "Mille palvelutasolle asiakas kuuluu?"),
        oikea=oikea, vaihtoehdot=tuple(tasot["nimi"]),
        tyypilliset=tuple(tyypilliset),
        arvot={"pisteet": pisteet, "painot": painot, "avainasiakas": avainasiakas},
        vihje=("Katso ensin, onko asiakas nimetty avainasiakas. Jos ei ole, laske painotettu "
               "pistemäärä: kerro jokainen piste painollaan (30 % = 0,3) ja laske tulot yhteen. "
               "Vertaa tulosta tasojen rajoihin."),
        ratkaisu=ratkaisu,
    )


# --- 07_3 Käsikirjoituksen toimenpide ja arvon taso -----------------------------------------

# Samat vaiheet kuin oppitunnin 7 käsikirjoituksessa.
_VAIHEET = ["Ennen saapumista", "Nouto", "Tervetuloa", "Varusteet", "Kävely",
            "Lounas laavulla", "Hyvästit", "Jälkihoito"]

# (vaiheen numero, toimenpide, arvon taso, perustelu)
_KASIKIRJOITUS = [
    (1, "Vahvistusviestissä on sääennuste ja selkeä ohje siitä, miten pakkaseen "
        "pukeudutaan.",
     "kohtaaminen", "vieras tulee oikein varustettuna, joten juuri tämä päivä sujuu ilman "
                    "palelemista"),
    (3, "Opas tervehtii jokaista vierasta nimeltä ja kertoo lyhyesti, mitä päivä tuo "
        "tullessaan.",
     "kohtaaminen", "vieras tuntee itsensä odotetuksi heti ensimmäisellä minuutilla"),
    (4, "Lumikengät ja lämpimät kengänsuojat on säädetty valmiiksi kunkin vieraan "
        "kengänkoon mukaan.",
     "kohtaaminen", "retki alkaa sujuvasti ja ilman odottelua juuri tällä kerralla"),
    (6, "Opas paistaa loimulohen vieraiden silmien edessä ja tarjoilee jälkiruoaksi "
        "leipäjuustoa ja lakkoja.",
     "kohtaaminen", "maku ja tunnelma syntyvät tässä ja nyt, itse elämyksessä"),
    (7, "Kanta-asiakkaalle kerrotaan, että ensi talvena reitti kulkee uuden jäkäläkankaan "
        "kautta ja lounaalla on uusi kausimaku.",
     "asiakkuus", "asiakas näkee, että tarjooma uudistuu ja ensi kerrallakin on jotain uutta"),
    (8, "Hotellin yhteyshenkilö saa koosteen vieraiden palautteesta ja ehdotuksen "
        "kevättalven hankiretkestä.",
     "asiakkuus", "yhteistyö jatkuu safarin jälkeen ja kehittyy kausi kaudelta"),
    (8, "Ryhmän vetäjälle lähetetään kiitosviesti ja ehdotus ensi talven safaripäivästä, "
        "jossa ryhmän tämänkertaiset toiveet on jo otettu huomioon.",
     "asiakkuus", "tavoitteena on, että asiakas palaa ja suhde jatkuu"),
    (7, "Vieras saa mukaansa kortin, jossa kerrotaan, miten marjat kerätään kestävästi ja "
        "mistä kotiseudun luontopolut löytyvät.",
     "kokonaisuus", "kortti tukee vieraan omaa tavoitetta elää terveellisesti ja kestävästi "
                    "myös arjessa"),
    (8, "Hotellille toimitetaan laskelma safarin hiilijalanjäljestä hotellin omaa "
        "vastuullisuusraporttia varten.",
     "kokonaisuus", "laskelma auttaa hotellia pääsemään omiin vastuullisuustavoitteisiinsa"),
    (1, "Kylpylähotellin kanssa suunnitellaan safarista rauhallinen hyvinvointiversio, "
        "joka sopii kylpylän omaan lupaukseen vieraille.",
     "kokonaisuus", "hyvinvointiversio tukee kylpylän omaa liiketoimintaa ja sen lupausta "
                    "asiakkailleen"),
]

_MIKSI_EI_TASO = {
    ("kohtaaminen", "asiakkuus"): (
        "Toimenpide tekee juuri tästä safaripäivästä paremman ja tuottaa arvoa heti. "
        "Asiakkuuden taso koskee aikaa oston jälkeen: pystyykö yritys ilahduttamaan asiakasta "
        "myös ensi kerralla."),
    ("kohtaaminen", "kokonaisuus"): (
        "Toimenpide tekee tästä hetkestä paremman, mutta se ei vielä liity asiakkaan omiin, "
        "pitkän aikavälin tavoitteisiin."),
    ("asiakkuus", "kohtaaminen"): (
        "Toimenpide ei paranna tätä safaripäivää. Se kertoo asiakkaalle, että yhteistyöllä "
        "on jatkoa ja tarjooma uudistuu."),
    ("asiakkuus", "kokonaisuus"): (
        "Tässä ei puhuta asiakkaan omista tavoitteista, kuten terveellisestä elämäntavasta "
        "tai vastuullisuudesta, vaan siitä, että yhteistyö jatkuu ja uudistuu."),
    ("kokonaisuus", "kohtaaminen"): (
        "Toimenpide ulottuu pidemmälle kuin yksi hyvä hetki: se liittyy siihen, mitä asiakas "
        "itse tavoittelee elämässään tai liiketoiminnassaan."),
    ("kokonaisuus", "asiakkuus"): (
        "Kyse ei ole ensi kerran ostoista, vaan siitä, miten yhteistyö palvelee asiakkaan "
        "omia tavoitteita."),
}


@rekisteroi("07_3")
def kasikirjoituksen_taso(r: random.Random) -> Tehtava:
    """Mitä arvon tasoa käsikirjoituksen toimenpide vahvistaa eniten."""
    vaihe, toimenpide, taso, perustelu = r.choice(_KASIKIRJOITUS)
    nimet = dict(zip(ARVOTASOT["avain"], ARVOTASOT["nimi"]))
    rivit = "\n".join(f"{i}. {v}" for i, v in enumerate(_VAIHEET, 1))
    return Tehtava(
        tunnus="07_3", otsikko="Mitä arvon tasoa käsikirjoitus vahvistaa?",
        kuvaus=("Kuurankukan lumikenkäsafarin käsikirjoituksessa on kahdeksan vaihetta:\n\n"
                f"{rivit}\n\n"
                f"Vaiheeseen {vaihe} ({_VAIHEET[vaihe - 1].lower()}) lisätään tämä kohta:\n\n"
                f"> {toimenpide}\n\n"
                "Mitä asiakkuuden arvon tasoa tämä kohta vahvistaa eniten?"),
        oikea=nimet[taso], vaihtoehdot=tuple(ARVOTASOT["nimi"]),
        tyypilliset=tuple((nimet[muu], _MIKSI_EI_TASO[(taso, muu)])
                          for muu in ARVOTASOT["avain"] if muu != taso),
        arvot={"vaihe": vaihe, "vaiheen_nimi": _VAIHEET[vaihe - 1], "toimenpide": toimenpide},
        vihje=("Kysy itseltäsi: syntyykö arvo heti tässä kohtaamisessa (kohtaamisen taso), "
               "kertooko kohta, että yhteistyö jatkuu ja uudistuu (asiakkuuden taso), vai "
               "tukeeko se asiakkaan omia tavoitteita (kokonaisuuden taso)?"),
        ratkaisu=f"**{nimet[taso]}**: {perustelu}.",
    )


# --- 07_4 Kohtaamisen suunnittelu ja asiakkuuden kate ---------------------------------------

@rekisteroi("07_4")
def kohtaaminen_ja_kate(r: random.Random) -> Tehtava:
    """Asiakkuuden kate, kun käsikirjoitus vähentää erikoistilauksia ja reklamaatioita."""
    hinnat = dict(zip(HINNASTO["toimenpide"], HINNASTO["yksikkokustannus"]))
    erikois_h, reklamaatio_h = float(hinnat["erikoistilaus"]), float(hinnat["reklamaatio"])
    nimi = r.choice(_ASIAKKAAT[:5])
    kate = _pyorea(r, -600, 3_000, 10)
    if kate == 0:
        kate = 10
    erikois = r.randint(7, 14)
    reklamaatiot = r.randint(3, 6)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        erikois_jaa = r.randint(1, erikois - 3)
        reklamaatiot_jaa = r.randint(0, reklamaatiot - 1)
        pois_e, pois_r = erikois - erikois_jaa, reklamaatiot - reklamaatiot_jaa
        if pois_e != pois_r:  # muuten hintojen sekoittaminen ei näkyisi vastauksessa
            break
    else:
        raise arvonta_ei_onnistunut("07_4")
    saasto = pois_e * erikois_h + pois_r * reklamaatio_h
    oikea = kate + saasto
    tyypilliset = [
        (kate + pois_e + pois_r,
         "Lisäsit katteeseen karsittujen tapausten määrän. Kerro jokainen karsittu tapaus "
         "sen yksikkökustannuksella: euroina säästö on paljon suurempi."),
        (kate + pois_e * reklamaatio_h + pois_r * erikois_h,
         f"Sekoitit yksikkökustannukset: erikoistilaus maksaa {euroa(erikois_h)} ja "
         f"reklamaatio {euroa(reklamaatio_h)}."),
        (saasto, f"Tämä on katteen parannus. Kysyttiin uutta katetta: lisää parannus nykyiseen "
                 f"katteeseen {euroa(kate)}."),
        (kate - saasto,
         "Vähensit säästön katteesta. Kun kustannukset pienenevät, kate kasvaa."),
        (kate + erikois * erikois_h + reklamaatiot * reklamaatio_h,
         "Oletit, että kaikki erikoistilaukset ja reklamaatiot katoavat. Osa jää vielä: "
         "vähennä ensi vuoden määrät tämän vuoden määristä."),
    ]
    jaljelle = kate + erikois_jaa * erikois_h + reklamaatiot_jaa * reklamaatio_h
    if abs(jaljelle - oikea) > 1:
        tyypilliset.append((jaljelle, "Käytit ensi vuonna jäljelle jäävät määrät. Säästö "
                                      "syntyy tapauksista, jotka jäävät pois."))
    return Tehtava(
        tunnus="07_4", otsikko="Hyvin suunniteltu kohtaaminen näkyy katteessa",
        kuvaus=(f"Asiakkaan **{nimi}** asiakkuuden kate oli viime vuonna {euroa(kate)}. "
                f"Asiakas teki {erikois} erikoistilausta (esimerkiksi räätälöity lounas tai "
                f"lahjapakkaus), joista ei laskutettu erikseen, ja {reklamaatiot} reklamaatiota. "
                f"Kuurankukan hinnaston mukaan erikoistilaus maksaa yritykselle "
                f"{euroa(erikois_h)} ja reklamaatio {euroa(reklamaatio_h)}.\n\n"
                "Kuurankukka käsikirjoittaa safaripäivän ja sopii asiakkaan kanssa valmiit "
                "vaihtoehdot, joista vieraat valitsevat jo varatessaan. Ensi vuonna "
                f"erikoistilauksia arvioidaan tulevan enää {erikois_jaa} ja reklamaatioita "
                f"{reklamaatiot_jaa}.\n\n"
                "Laske asiakkuuden kate ensi vuonna euroina, kun kaikki muu pysyy ennallaan."),
        oikea=float(oikea), toleranssi=1,
        tyypilliset=tuple((float(v), s) for v, s in tyypilliset),
        arvot={"kate": kate, "erikoistilaukset": erikois, "reklamaatiot": reklamaatiot,
               "erikoistilaukset_ensi_vuonna": erikois_jaa,
               "reklamaatiot_ensi_vuonna": reklamaatiot_jaa,
               "erikoistilauksen_kustannus": erikois_h,
               "reklamaation_kustannus": reklamaatio_h},
        vihje=("Laske ensin, montako erikoistilausta ja reklamaatiota jää pois. Kerro "
               "kumpikin määrä omalla yksikkökustannuksellaan ja lisää säästö nykyiseen "
               "katteeseen."),
        ratkaisu=(f"Pois jää {erikois} − {erikois_jaa} = {pois_e} erikoistilausta ja "
                  f"{reklamaatiot} − {reklamaatiot_jaa} = {pois_r} reklamaatiota. Säästö = "
                  f"{pois_e} × {euroa(erikois_h)} + {pois_r} × {euroa(reklamaatio_h)} = "
                  f"{euroa(saasto)}. Uusi kate = {euroa(kate)} + {euroa(saasto)} = "
                  f"**{euroa(oikea)}**."),
    )
