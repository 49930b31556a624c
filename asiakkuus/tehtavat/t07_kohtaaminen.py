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

import json
import random
from dataclasses import replace

import pandas as pd

from .. import portfolio, suunnitelma
from ..arvotasot import ARVOTASOT
from ..generointi import HINNASTO
from ..muotoilu import euroa, luku, prosenttia, pyorista
from . import ARVONTAKERTOJA, Tehtava, Tulos, arvonta_ei_onnistunut, rekisteroi
from . import lue_luku as t_lue_luku

_ASIAKKAAT = ["Hotelli Tunturihelmi", "Hotelli Pohjantähti", "Kylpylä Kuukkeli",
              "Safaritalo Kaira", "Matkatoimisto Lumikide", "Ravintola Kanerva",
              "Luontaistuote Mesikämmen", "Pohjolan Herkkuaitta", "Aurora Lodge Kelo"]


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

# Tilanne -> (kate-% -väli, palvelu-% -väli, tuleva potentiaali, suositteluhalukkuus).
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
    kate_pros = float(pyorista(100 * kate / tuotot, 1))
    osuus = float(pyorista(100 * palvelu / tuotot, 1))

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
        "tappio": (f"Asiakkuuden kate on {euroa(kate)} eli positiivinen, joten tappion syytä "
                   "ei tarvitse etsiä."),
        "kasvu": (f"Tuleva potentiaali on vain {potentiaali}/5. Suuret tuotot kertovat "
                  "nykyhetkestä, eivät kasvunvarasta. Kasvattamaan kannattaa ryhtyä, kun "
                  "potentiaali on vähintään 4/5."),
        "nps": (f"Asiakas vastasi NPS-kysymykseen {nps}/10, joten se ei ole arvostelija (0–6), "
                "eikä sääntö täyty."),
    }
    vaarat = r.sample([t for t in _TOIMENPITEET if t != oikea], 3)
    vaihtoehdot = tuple(_TOIMENPITEET[t][0] for t in _TOIMENPITEET if t == oikea or t in vaarat)
    perustelu = {
        "hinnoittelu": f"kate-% on {prosenttia(kate_pros)}, eli positiivinen mutta alle 10 %",
        "palvelu": f"asiakaspalvelu vie {prosenttia(osuus)} tuotoista, yli 15 %",
        "tappio": f"asiakkuuden kate on {euroa(kate)} eli tappiollinen",
        "kasvu": f"tuleva potentiaali on {potentiaali}/5",
        "nps": f"NPS-kysymyksen vastaus on vain {nps}/10",
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
                f"| NPS-kysymyksen vastaus (0–10) | {nps} |\n\n"
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
    # Myyntivolyymi arvotaan samalta väliltä kaikilla tasoilla, jotta taso ei paljastu siitä:
    # kevytasiakaskin voi ostaa paljon, jos muut kriteerit ovat heikkoja.
    for yritys in range(5_000):
        pisteet = {k: r.randint(1, 5) for k in kriteerit}
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
    # Yrittäjän nimeämät viisi avainasiakasta: asiakas on listalla vain, jos se on avainasiakas.
    muut = [n for n in _ASIAKKAAT if n != nimi]
    avainlista = sorted(r.sample(muut, 4) + [nimi] if avainasiakas else r.sample(muut, 5))

    tyypilliset = []
    for taso_nimi in tasot["nimi"]:
        if taso_nimi == oikea:
            continue
        if taso_nimi == "Avainasiakas":
            selitys = (f"{nimi} ei ole yrittäjän nimeämien viiden avainasiakkaan listalla"
                       + (f", vaikka sen myyntivolyymi on {pisteet['myyntivolyymi']}/5"
                          if pisteet["myyntivolyymi"] >= 4 else "")
                       + ", joten sen taso ratkeaa painotetusta pistemäärästä.")
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
        kuvaus=("Kuurankukan yrittäjä on nimennyt avainasiakkaiksi nämä viisi: "
                f"{', '.join(avainlista[:-1])} ja {avainlista[-1]}.\n\n"
                f"Tarkasteltava asiakas on **{nimi}**. Sen pisteet asiakasportfolion "
                "kriteereistä (1–5) ja kriteerien painot:\n\n"
                f"| Kriteeri | Pisteet | Paino |\n|---|---|---|\n{rivit}\n\n"
                f"Kuurankukan palvelutasot:\n\n{tasoteksti}\n\n"
                f"Mille palvelutasolle {nimi} kuuluu?"),
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
        "leipäjuustoa ja lakkahilloa.",
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


# Tason yleinen perustelu vääriin vaihtoehtoihin: näin taso tunnistetaan.
_TASON_PERUSTELU = {
    "kohtaaminen": "se tekee juuri tästä safaripäivästä paremman",
    "asiakkuus": "se saa asiakkaan palaamaan ja yhteistyön jatkumaan",
    "kokonaisuus": "se tukee asiakkaan omia tavoitteita elämässä tai liiketoiminnassa",
}


def _vaiheen_aika(vaihe: int) -> tuple[str, str]:
    """Pinnallinen päättely vaiheesta: (milloin kohta tapahtuu, taso, johon se houkuttelee)."""
    if vaihe == 1:
        return "tehdään jo ennen safaria", "asiakkuus"
    if vaihe >= 7:
        return "tapahtuu vasta safarin lopuksi tai sen jälkeen", "asiakkuus"
    return "tapahtuu itse safaripäivänä", "kohtaaminen"


@rekisteroi("07_3")
def kasikirjoituksen_taso(r: random.Random) -> Tehtava:
    """Mitä arvon tasoa käsikirjoituksen toimenpide vahvistaa eniten, ja miksi.

    Vaihtoehdoissa on taso ja perustelu. Vain yhdessä molemmat ovat oikein; väärät
    vaihtoehdot ovat tyypillisiä virheitä: väärä taso, vaiheesta päätelty taso, toiseen
    kohtaan kuuluva perustelu ja "kaikkia tasoja yhtä paljon".
    """
    vaihe, toimenpide, taso, perustelu = r.choice(_KASIKIRJOITUS)
    nimet = dict(zip(ARVOTASOT["avain"], ARVOTASOT["nimi"]))
    rivit = "\n".join(f"{i}. {v}" for i, v in enumerate(_VAIHEET, 1))
    oikea = f"{nimet[taso]}, koska {perustelu}"
    tyypilliset = [(f"{nimet[muu]}, koska {_TASON_PERUSTELU[muu]}", _MIKSI_EI_TASO[(taso, muu)])
                   for muu in ARVOTASOT["avain"] if muu != taso]
    milloin, houkutus = _vaiheen_aika(vaihe)
    vaiheteksti = f"{nimet[houkutus]}, koska kohta {milloin}"
    if houkutus == taso:
        tyypilliset.append((vaiheteksti, (
            "Taso on oikea, mutta perustelu ei: vaihe ei ratkaise tasoa. Saman vaiheen "
            "kohdat voivat vahvistaa eri tasoja. Perustele sillä, milloin ja kenelle arvo "
            "syntyy.")))
    else:
        tyypilliset.append((vaiheteksti, (
            f"Vaihe ei ratkaise tasoa. Kohta {milloin}, mutta ratkaisevaa on, milloin ja "
            "kenelle arvo syntyy. " + _MIKSI_EI_TASO[(taso, houkutus)])))
    muu_kohta = r.choice([k for k in _KASIKIRJOITUS if k[2] == taso and k[1] != toimenpide])
    tyypilliset.append((f"{nimet[taso]}, koska {muu_kohta[3]}", (
        "Taso on oikea, mutta perustelu kuuluu käsikirjoituksen toiseen kohtaan "
        f"(”{muu_kohta[1].split(',')[0].split('.')[0]}”). Perustele sillä, mitä juuri tämä "
        "kohta tekee asiakkaalle.")))
    tyypilliset.append(("Kaikkia kolmea tasoa yhtä paljon, koska hyvä käsikirjoitus parantaa "
                        "koko asiakkuutta", (
                            "Hyvä kohta voi hyödyttää monta tasoa, mutta kysymys on, mitä tasoa "
                            "se vahvistaa eniten. Mieti, syntyykö arvo heti, ensi kerralla vai "
                            "asiakkaan omissa tavoitteissa.")))
    vaihtoehdot = [oikea, *(v for v, _ in tyypilliset)]
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="07_3", otsikko="Mitä arvon tasoa käsikirjoitus vahvistaa?",
        kuvaus=("Kuurankukan lumikenkäsafarin käsikirjoituksessa on kahdeksan vaihetta:\n\n"
                f"{rivit}\n\n"
                f"Vaiheeseen {vaihe} ({_VAIHEET[vaihe - 1].lower()}) lisätään tämä kohta:\n\n"
                f"> {toimenpide}\n\n"
                "Mitä asiakkuuden arvon tasoa tämä kohta vahvistaa eniten, ja miksi? Valitse "
                "vaihtoehto, jossa sekä taso että perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot), tyypilliset=tuple(tyypilliset),
        arvot={"vaihe": vaihe, "vaiheen_nimi": _VAIHEET[vaihe - 1], "toimenpide": toimenpide,
               "vaihtoehdot": list(vaihtoehdot)},
        vihje=("Kysy itseltäsi: syntyykö arvo heti tässä kohtaamisessa (kohtaamisen taso), "
               "kertooko kohta, että yhteistyö jatkuu ja uudistuu (asiakkuuden taso), vai "
               "tukeeko se asiakkaan omia tavoitteita (kokonaisuuden taso)? Tarkista sitten, "
               "että perustelu kertoo juuri tästä kohdasta, ei siitä, missä vaiheessa se on."),
        ratkaisu=f"**{oikea}.**",
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


# --- 07_5 Asiakkuussuunnitelma avainasiakkaalle (lomake) ------------------------------------

#: Vastauksen enimmäispituus merkkeinä; sama kuin palautustiedoston raja
#: (``palautus.VASTAUKSEN_PITUUS``), jotta lomakkeen vastaus kulkee palautuksen läpi.
VASTAUS_ENINTAAN = 200
#: Vapaatekstikenttien (vastuuhenkilö, aikataulu) pituus vastauksessa enintään.
TEKSTI_ENINTAAN = 60
_TAVOITE_ENINTAAN = 12  # tavoitekentän teksti vastauksessa enintään (esim. "12,5 %")
#: Realistinen tavoite: kate-% nousee vuodessa enintään näin monta prosenttiyksikköä.
TAVOITE_NOUSU_ENINTAAN = 5.0

# Toimenpiteen koodi -> (lomakkeen teksti, alku, jolla sääntöjen (suunnitelma.SAANNOT) teksti alkaa).
SUUNNITELMAN_TOIMET = {
    "hinta": ("Tarkista hinnoittelu ja alennukset", "Tarkista hinnoittelu"),
    "palvelu": ("Kevennä palvelutyötä: karsi maksuttomat erikoistilaukset ja ylimääräiset "
                "toimitukset", "Kevennä palvelutyötä"),
    "tappio": ("Selvitä, mistä tappio syntyy, ja sovi asiakkaan kanssa uusi toimintatapa",
               "Asiakkuus on tappiollinen"),
    "kasvu": ("Tee asiakkaan kanssa kasvusuunnitelma seuraavalle kaudelle", "Kasvata asiakkuutta"),
    "sitoutus": ("Vahvista sitoutumista: sovi säännöllinen yhteydenpito ja seuraava ostokerta",
                 "Vahvista sitoutumista"),
    "kasikirjoitus": ("Käsikirjoita asiakkaan palvelutilanne alusta loppuun",
                      "Kehitä kohtaamista"),
    "uutuudet": ("Uudista tarjoomaa: kerro, mitä uutta seuraavalla kaudella on tulossa",
                 "Uudista tarjoomaa"),
    "tavoitteet": ("Näytä, miten yhteistyö tukee asiakkaan omia tavoitteita",
                   "Näytä, miten yhteistyö"),
    "nps": ("Selvitä tyytymättömyyden syy", "Selvitä tyytymättömyyden syy"),
}
_KANNATTAVUUS = ("hinta", "palvelu", "tappio")  # toimenpiteet, jotka korjaavat kannattavuutta
_TASON_TOIMI = {"kohtaaminen": "kasikirjoitus", "asiakkuus": "uutuudet",
                "kokonaisuus": "tavoitteet"}
SEURANNAT = {
    "kate_pros": "Asiakkuuden kate-% (kate / tuotot)",
    "myynti": "Myynti euroina",
    "nps": "Suositteluhalukkuus (NPS)",
    "pisteet": "Portfolion pistemäärä",
    "tapaamiset": "Asiakastapaamisten määrä",
}
_MIKSI_EI_SEURANTA = {
    "myynti": "Myynti voi kasvaa, vaikka kate ei parane (esimerkiksi alennuksilla). Tavoite on "
              "kate-%, joten seuraa sitä.",
    "nps": "Suositteluhalukkuus kertoo tyytyväisyydestä, ei siitä, paraneeko asiakkuuden "
           "kannattavuus. Tavoite on kate-%, joten seuraa sitä.",
    "pisteet": "Portfolion pistemäärässä on monta kriteeriä, ja se lasketaan harvoin. Se ei "
               "kerro suoraan, saavutetaanko kate-%:lle asetettu tavoite.",
    "tapaamiset": "Tapaamisten määrä kertoo tehdystä työstä, ei tuloksesta. Tavoite on kate-%, "
                  "joten seuraa sitä.",
}
# Lomakkeen kohdat: avain -> (numero, nimi) palautetta varten.
_KOHDAT = {"nykytila": (1, "nykytila"), "tavoite": (2, "tavoite"),
           "toimet": (3, "toimenpiteet"), "vastuu": (4, "vastuuhenkilö ja aikataulu"),
           "seuranta": (5, "seuranta")}
# Väärinkäsitysten järjestys (Tulos.vaarinkasitys = järjestysnumero; sama kaikissa muunnelmissa).
_LAJIT = ("palvelutaso", "heikoin", "tavoite_matala", "tavoite_suuri", "toimia_vaara_maara",
          "toimi_ei_sovi", "kannattavuus_puuttuu", "seuranta", "kesken")
_KENTAT = ("taso", "heikoin", "tavoite", "toimet", "seuranta", "vastuu", "aikataulu")


def _lyhenna(teksti, pituus: int) -> str:
    teksti = " ".join(str(teksti or "").split())
    return teksti if len(teksti) <= pituus else teksti[:pituus - 1].rstrip() + "…"


def lomakevastaus(taso: str = "", heikoin: str = "", tavoite: str = "", toimet=(),
                  vastuu: str = "", aikataulu: str = "", seuranta: str = "") -> str:
    """Suunnitelmalomakkeen kentät yhdeksi vastaukseksi: tiivis JSON-lista, enintään 200 merkkiä.

    Järjestys on palvelutaso, heikoin arvon taso, tavoite, toimenpiteet, seurantamittari,
    vastuuhenkilö ja aikataulu. Valinnat tallentuvat koodeina (palvelutason ja arvon tason
    avaimet, ``SUUNNITELMAN_TOIMET``, ``SEURANNAT``), vastuuhenkilö ja aikataulu enintään
    60 merkin mittaisina. Tyhjä lomake on tyhjä vastaus.

    >>> lomakevastaus(taso="avainasiakas", toimet=["hinta", "kasvu"], vastuu="Yrittäjä")
    '["avainasiakas","","",["hinta","kasvu"],"","Yrittäjä",""]'
    >>> lomakevastaus()
    ''
    """
    toimet = [str(k) for k in toimet]
    kentat = {"taso": str(taso or ""), "heikoin": str(heikoin or ""),
              "tavoite": _lyhenna(tavoite, _TAVOITE_ENINTAAN), "toimet": toimet,
              "seuranta": str(seuranta or ""), "vastuu": str(vastuu or ""),
              "aikataulu": str(aikataulu or "")}
    if not any(kentat.values()):
        return ""
    # Lyhennä vapaatekstejä, kunnes vastaus mahtuu palautukseen.
    for pituus in range(TEKSTI_ENINTAAN, 0, -5):
        for avain in ("vastuu", "aikataulu"):
            kentat[avain] = _lyhenna(kentat[avain], pituus)
        teksti = json.dumps([kentat[k] for k in _KENTAT], ensure_ascii=False,
                            separators=(",", ":"))
        if len(teksti) <= VASTAUS_ENINTAAN:
            return teksti
    # Kaikki toimenpiteet valittuina: neljä riittää palautteeseen (liian monta).
    kentat["toimet"] = toimet[:4]
    return json.dumps([kentat[k] for k in _KENTAT], ensure_ascii=False,
                      separators=(",", ":"))[:VASTAUS_ENINTAAN]


def lue_lomake(vastaus) -> dict | None:
    """Vastaus takaisin lomakkeen kentiksi (sanakirja); None, jos vastaus ei ole lomake.

    >>> lue_lomake('["avainasiakas", "", "", ["hinta", 3], "", "", ""]')["toimet"]
    ['hinta', '3']
    >>> lue_lomake("en tiedä") is None, lue_lomake('{"a": 1}') is None
    (True, True)
    """
    try:
        sisalto = json.loads(str(vastaus))
    except (ValueError, RecursionError):
        return None
    if not isinstance(sisalto, list) or len(sisalto) != len(_KENTAT):
        return None
    kentat = dict(zip(_KENTAT, sisalto))
    toimet = kentat["toimet"]
    if isinstance(toimet, str):
        toimet = [toimet]
    elif not isinstance(toimet, list):
        toimet = []
    for avain in _KENTAT:
        arvo = kentat[avain]
        kentat[avain] = "" if arvo is None or isinstance(arvo, (list, dict)) else str(arvo).strip()
    kentat["toimet"] = list(dict.fromkeys(
        str(k).strip() for k in toimet if not isinstance(k, (list, dict)) and str(k).strip()))
    return kentat


def _sopivat_toimet(a: dict) -> set[str]:
    """Toimenpiteet, jotka kurssin asiakkuussuunnitelman säännöt antavat asiakkaan luvuista."""
    pisteytys = pd.DataFrame({"asiakas_id": ["X"], "nimi": [a["nimi"]], "pisteet": [a["pisteet"]],
                              "sija": [1], "avainasiakas": [True], "myyntivolyymi": [5],
                              "kannattavuus": [3], "uskollisuus": [a["uskollisuus"]],
                              "tuleva_potentiaali": [a["tuleva_potentiaali"]],
                              "referenssiarvo": [3], "oppimisarvo": [3]})
    katetaulu = pd.DataFrame({"asiakas_id": ["X"], "tuotot": [float(a["tuotot"])],
                              "myyntikate": [float(a["myyntikate"])],
                              "asiakaspalvelun_kustannukset": [float(a["asiakaspalvelun_kustannukset"])],
                              "asiakkuuden_kate": [float(a["asiakkuuden_kate"])],
                              "kate_pros": [float(a["kate_pros"])]})
    tasot = a["arvotasot"]
    heikoin = min(tasot, key=tasot.get)
    profiili = pd.DataFrame({"asiakas_id": ["X"], **{k: [v] for k, v in tasot.items()},
                             "heikoin_taso": [heikoin], "vahvin_taso": [max(tasot, key=tasot.get)]})
    kyselyt = pd.DataFrame({"asiakas_id": ["X"], "nps": [a["nps"]]})
    toimet = suunnitelma.asiakkuussuunnitelma("X", pisteytys, katetaulu, profiili,
                                              kyselyt)["toimenpiteet"]
    return {koodi for teksti in toimet for koodi, (_, alku) in SUUNNITELMAN_TOIMET.items()
            if teksti.startswith(alku)}


def _palvelutasojen_nimet() -> dict[str, str]:
    return dict(zip(suunnitelma.PALVELUTASOT["palvelutaso"], suunnitelma.PALVELUTASOT["nimi"]))


def _arvotasojen_nimet() -> dict[str, str]:
    return dict(zip(ARVOTASOT["avain"], ARVOTASOT["nimi"]))


def _kohta(avain: str) -> str:
    numero_, nimi = _KOHDAT[avain]
    return f"Kohta {numero_} ({nimi}):"


def _miksi_toimi_ei_sovi(koodi: str, a: dict) -> str:
    """Miksi toimenpide ei sovi tämän asiakkaan tietoihin (säännön ehto ei täyty)."""
    tasot, nimet = a["arvotasot"], _arvotasojen_nimet()
    heikoin = min(tasot, key=tasot.get)
    if koodi == "hinta":
        if a["asiakkuuden_kate"] < 0:
            return (f"kate ei ole vain ohut vaan tappiollinen ({euroa(a['asiakkuuden_kate'])}), "
                    "joten ensin pitää selvittää, mistä tappio syntyy")
        return (f"kate-% on {prosenttia(a['kate_pros'])} eli vähintään 10 %, joten hinnoittelu "
                "ei ole tämän asiakkaan ongelma")
    if koodi == "palvelu":
        return (f"asiakaspalvelu vie vain {prosenttia(a['palvelu_pros'])} tuotoista eli alle "
                "15 %")
    if koodi == "tappio":
        return f"asiakkuuden kate on {euroa(a['asiakkuuden_kate'])} eli positiivinen"
    if koodi == "kasvu":
        return (f"tuleva potentiaali on vain {a['tuleva_potentiaali']}/5; kasvattamaan kannattaa "
                "ryhtyä, kun potentiaali on vähintään 4/5")
    if koodi == "sitoutus":
        return (f"uskollisuus on {a['uskollisuus']}/5; sitoutumista vahvistetaan, kun "
                "uskollisuus on 2/5 tai alle")
    if koodi == "nps":
        return (f"NPS-kysymyksen vastaus on {a['nps']}/10, joten asiakas ei ole arvostelija "
                "(0–6)")
    taso = next((t for t, k in _TASON_TOIMI.items() if k == koodi), None)
    if taso is not None:
        return (f"toimenpide vahvistaa tasoa {nimet[taso]} ({luku(tasot[taso], 1)}), mutta "
                f"se ei ole asiakkaan heikoin arvon taso ({luku(tasot[heikoin], 1)})")
    return "tätä toimenpidettä ei ole lomakkeen listassa"


def _kannattavuusongelma(a: dict) -> str:
    if a["asiakkuuden_kate"] < 0:
        return f"Asiakkuuden kate on {euroa(a['asiakkuuden_kate'])} eli tappiollinen"
    if a["kate_pros"] < 10:
        return f"Kate-% on vain {prosenttia(a['kate_pros'])}"
    return f"Asiakaspalvelu vie {prosenttia(a['palvelu_pros'])} tuotoista"


def _suunnitelman_ongelmat(a: dict, kentat: dict) -> list[tuple[str, str]]:
    """Lomakkeen ongelmat kohtien järjestyksessä: (laji, palaute)."""
    ongelmat: list[tuple[str, str]] = []
    tasonimet, arvonimet = _palvelutasojen_nimet(), _arvotasojen_nimet()
    tasot = a["arvotasot"]
    heikoin = min(tasot, key=tasot.get)
    nimi = a["nimi"]

    # 1 Nykytila
    puuttuu = [selite for kentta, selite in (("taso", "palvelutaso"),
                                             ("heikoin", "heikoin arvon taso"))
               if not kentat[kentta]]
    if puuttuu:
        ongelmat.append(("kesken", f"{_kohta('nykytila')} kohta on kesken. Valitse "
                                   f"{' ja '.join(puuttuu)}."))
    if kentat["taso"] and kentat["taso"] != "avainasiakas":
        alku = f"{_kohta('nykytila')} avainasiakkaan palvelutaso ei ratkea pisteistä."
        if kentat["taso"] == a["pistetaso"]:
            ongelmat.append(("palvelutaso", (
                f"{alku} Pistemäärä {luku(a['pisteet'], 1)} riittäisi tasolle "
                f"{tasonimet[a['pistetaso']]}, mutta {nimi} on nimetty avainasiakas, ja "
                "avainasiakkaat saavat aina parhaan, henkilökohtaisen palvelun.")))
        else:
            valittu = tasonimet.get(kentat["taso"], kentat["taso"][:30])
            ongelmat.append(("palvelutaso", (
                f"{alku} Valitsit tason {valittu}, mutta {nimi} on nimetty avainasiakas. "
                "Tarkista, mille tasolle nimetyt avainasiakkaat kuuluvat.")))
    if kentat["heikoin"] and kentat["heikoin"] != heikoin:
        valittu = kentat["heikoin"]
        tarkemmin = (f"{arvonimet[valittu]} sai kyselyssä keskiarvon {luku(tasot[valittu], 1)}, "
                     "mutta jokin toinen taso jäi sitä alemmas." if valittu in tasot else
                     "Valitse yksi kolmesta arvon tasosta.")
        ongelmat.append(("heikoin", f"{_kohta('nykytila')} valitsemasi arvon taso ei ole "
                                    f"asiakkaan heikoin. {tarkemmin}"))

    # 2 Tavoite
    nyt = float(a["kate_pros"])
    if not kentat["tavoite"]:
        ongelmat.append(("kesken", f"{_kohta('tavoite')} kohta on kesken. Kirjoita asiakkuuden "
                                   "kate-% ensi vuonna lukuna, esimerkiksi 12,5."))
    elif (tavoite := t_lue_luku(kentat["tavoite"])) is None:
        ongelmat.append(("kesken", f"{_kohta('tavoite')} en tunnistanut tavoitteesta lukua. "
                                   "Kirjoita kate-% lukuna, esimerkiksi 12,5."))
    elif tavoite <= nyt:
        ongelmat.append(("tavoite_matala", (
            f"{_kohta('tavoite')} tavoite ei ole nykyistä parempi. Kate-% on nyt "
            f"{prosenttia(nyt)}, eikä tavoitteesi {prosenttia(tavoite)} nosta sitä. "
            "Suunnitelman tavoitteen pitää parantaa asiakkuutta.")))
    elif tavoite - nyt > TAVOITE_NOUSU_ENINTAAN + 1e-9:
        ongelmat.append(("tavoite_suuri", (
            f"{_kohta('tavoite')} tavoite ei ole realistinen. Nousu {prosenttia(nyt)} → "
            f"{prosenttia(tavoite)} on {luku(tavoite - nyt, 1)} prosenttiyksikköä, mutta "
            f"vuodessa tavoitellaan enintään {luku(TAVOITE_NOUSU_ENINTAAN, 0)} "
            "prosenttiyksikön parannusta.")))

    # 3 Toimenpiteet
    toimet = kentat["toimet"]
    sopivat = _sopivat_toimet(a)
    if not toimet:
        ongelmat.append(("kesken", f"{_kohta('toimet')} kohta on kesken. Valitse listasta 2–3 "
                                   "toimenpidettä."))
    else:
        if not 2 <= len(toimet) <= 3:
            ongelmat.append(("toimia_vaara_maara", (
                f"{_kohta('toimet')} toimenpiteitä on väärä määrä. Valitsit "
                f"{len(toimet)}; valitse 2–3 tärkeintä, jotta suunnitelma pysyy "
                "toteutettavana.")))
        sopimattomat = [k for k in toimet if k not in sopivat]
        if sopimattomat:
            syyt = "; ".join(
                f"”{SUUNNITELMAN_TOIMET[k][0] if k in SUUNNITELMAN_TOIMET else k[:30]}”: "
                f"{_miksi_toimi_ei_sovi(k, a)}" for k in sopimattomat)
            ongelmat.append(("toimi_ei_sovi", (
                f"{_kohta('toimet')} toimenpide ei sovi asiakkaan tietoihin. {syyt}.")))
        if not any(k in _KANNATTAVUUS for k in toimet if k in sopivat):
            ongelmat.append(("kannattavuus_puuttuu", (
                f"{_kohta('toimet')} kannattavuutta korjaava toimenpide puuttuu. "
                f"{_kannattavuusongelma(a)}, joten suunnitelmaan tarvitaan toimenpide, joka "
                "korjaa kannattavuutta.")))

    # 4 Vastuuhenkilö ja aikataulu: vain täytetty (laadun arvioi opiskelija itse)
    puuttuu = [selite for kentta, selite in (
        ("vastuu", "vastuuhenkilö (kuka vie suunnitelmaa eteenpäin)"),
        ("aikataulu", "aikataulu (milloin toimenpiteet tehdään ja milloin tulos tarkistetaan)"))
        if not kentat[kentta]]
    if puuttuu:
        ongelmat.append(("kesken", f"{_kohta('vastuu')} kohta on kesken. Kirjoita "
                                   f"{' ja '.join(puuttuu)}."))

    # 5 Seuranta
    if not kentat["seuranta"]:
        ongelmat.append(("kesken", f"{_kohta('seuranta')} kohta on kesken. Valitse mittari, "
                                   "josta näet, saavutetaanko tavoite."))
    elif kentat["seuranta"] != "kate_pros":
        syy = _MIKSI_EI_SEURANTA.get(kentat["seuranta"], "Valitse mittari listasta.")
        ongelmat.append(("seuranta", f"{_kohta('seuranta')} mittari ei seuraa tavoitetta. {syy}"))
    return ongelmat


def tarkista_suunnitelma(tehtava: Tehtava, vastaus) -> Tulos:
    """Suunnitelmalomakkeen tarkistus: puuttuvat ja asiakkaan tietoihin sopimattomat kohdat.

    Palaute luettelee kaikki korjattavat kohdat lomakkeen järjestyksessä;
    ``vaarinkasitys`` on ensimmäisen ongelman laji (``Tehtava.tyypilliset``-järjestyksessä).
    """
    kentat = lue_lomake(vastaus)
    if kentat is None:
        return Tulos(False, "En tunnistanut vastausta suunnitelmalomakkeeksi. Täytä "
                            "tehtäväruudun lomake ja paina Tarkista.")
    ongelmat = _suunnitelman_ongelmat(tehtava.arvot, kentat)
    if not ongelmat:
        return Tulos(True, "Suunnitelma sopii asiakkaan tietoihin: palvelutaso, heikoin arvon "
                           "taso, tavoite, toimenpiteet ja seuranta ovat johdonmukaisia, ja "
                           "kaikki kohdat on täytetty. Arvioi vielä itse toimenpiteiden laatu ja "
                           "aikataulun konkreettisuus arviointitaulukolla.")
    viesti = " ".join(teksti for _, teksti in ongelmat)
    if len(ongelmat) > 1:
        viesti = f"Lomakkeessa on {len(ongelmat)} korjattavaa asiaa. {viesti}"
    return Tulos(False, viesti, _LAJIT.index(ongelmat[0][0]))


def _arvo_tasot(r: random.Random) -> dict[str, float]:
    """Arvotasoprofiili, jossa heikoin taso erottuu selvästi (vähintään 0,4)."""
    avaimet = list(ARVOTASOT["avain"])
    heikoin = r.choice(avaimet)
    alin = round(r.uniform(2.4, 3.3), 1)
    return {k: alin if k == heikoin else round(r.uniform(alin + 0.4, 4.6), 1) for k in avaimet}


@rekisteroi("07_5")
def suunnitelmalomake(r: random.Random) -> Tehtava:
    """Asiakkuussuunnitelma avainasiakkaalle: lomakkeen kohdat asiakkaan tietojen mukaan."""
    # Kannattavuusongelma -> (kate-% -väli, palvelun osuus -väli); vain yksi sääntö täyttyy.
    ongelmat = {"tappio": ((-8, -2), (6, 13)), "hinta": ((2, 8), (6, 13)),
                "palvelu": ((11, 20), (17, 26))}
    ongelma = r.choice(sorted(ongelmat))
    (k_ala, k_yla), (s_ala, s_yla) = ongelmat[ongelma]
    nimi = r.choice(_ASIAKKAAT[:5])
    tuotot = _pyorea(r, 20_000, 60_000, 500)
    palvelu = round(tuotot * r.uniform(s_ala, s_yla) / 100, -1)
    kate = round(tuotot * r.uniform(k_ala, k_yla) / 100, -1)
    myyntikate = kate + palvelu + round(tuotot * r.uniform(0.05, 0.10), -1)
    lisat = set(r.sample(["kasvu", "sitoutus", "nps"], r.choice([1, 2])))
    tasot = _arvo_tasot(r)
    pisteet = round(r.choice([r.uniform(2.2, 2.8), r.uniform(3.2, 3.8)]), 1)
    a = {"nimi": nimi, "tuotot": tuotot, "myyntikate": myyntikate,
         "asiakaspalvelun_kustannukset": palvelu, "asiakkuuden_kate": kate,
         "kate_pros": round(100 * kate / tuotot, 1), "palvelu_pros": round(100 * palvelu / tuotot, 1),
         "pisteet": pisteet, "avainasiakas": True,
         "uskollisuus": r.randint(1, 2) if "sitoutus" in lisat else r.randint(3, 4),
         "tuleva_potentiaali": r.randint(4, 5) if "kasvu" in lisat else r.randint(2, 3),
         "nps": r.randint(3, 6) if "nps" in lisat else r.randint(7, 10),
         "arvotasot": tasot}
    a["pistetaso"] = "kasvuasiakas" if pisteet >= 3.0 else "perusasiakas"
    heikoin = min(tasot, key=tasot.get)
    vahvin = max(tasot, key=tasot.get)
    sopivat = _sopivat_toimet(a)
    odotetut = {ongelma, _TASON_TOIMI[heikoin], *lisat}
    if sopivat != odotetut:  # tilanteet on rakennettu niin, ettei tätä tapahdu
        raise AssertionError(f"07_5: odotin toimenpiteet {odotetut}, sain {sopivat}")
    jarjestys = list(SUUNNITELMAN_TOIMET)
    lisa = sorted(lisat, key=jarjestys.index)[0]
    oikeat_toimet = sorted([ongelma, _TASON_TOIMI[heikoin], lisa], key=jarjestys.index)
    nyt = a["kate_pros"]
    oikea = dict(taso="avainasiakas", heikoin=heikoin, tavoite=luku(nyt + 2, 1),
                 toimet=oikeat_toimet, vastuu="Yrittäjä, asiakkaan yhteyshenkilö",
                 aikataulu="Tapaaminen tammikuussa, arvio kesäkuussa", seuranta="kate_pros")
    sopimaton = r.choice(sorted(set(SUUNNITELMAN_TOIMET) - sopivat))
    vaarat = {
        "palvelutaso": {"taso": a["pistetaso"]},
        "heikoin": {"heikoin": vahvin},
        "tavoite_matala": {"tavoite": luku(nyt - 1, 1)},
        "tavoite_suuri": {"tavoite": luku(nyt + 8, 1)},
        "toimia_vaara_maara": {"toimet": [ongelma]},
        "toimi_ei_sovi": {"toimet": sorted([ongelma, _TASON_TOIMI[heikoin], sopimaton],
                                           key=jarjestys.index)},
        "kannattavuus_puuttuu": {"toimet": sorted([_TASON_TOIMI[heikoin], lisa],
                                                  key=jarjestys.index)},
        "seuranta": {"seuranta": "myynti"},
        "kesken": {"aikataulu": ""},
    }
    lomake = {
        "palvelutasot": list(_palvelutasojen_nimet().items()),
        "arvotasot": list(_arvotasojen_nimet().items()),
        "toimenpiteet": [(k, teksti) for k, (teksti, _) in SUUNNITELMAN_TOIMET.items()],
        "seurannat": list(SEURANNAT.items()),
    }
    tehtava = Tehtava(
        tunnus="07_5", otsikko="Asiakkuussuunnitelma avainasiakkaalle",
        kuvaus="",  # täydennetään alla
        oikea=lomakevastaus(**oikea), yksikko="", arvot={**a, "lomake": lomake},
        vihje="", ratkaisu="", tarkistin=tarkista_suunnitelma)
    tyypilliset = []
    for laji in _LAJIT:
        vaara = lomakevastaus(**{**oikea, **vaarat[laji]})
        tyypilliset.append((vaara, tarkista_suunnitelma(tehtava, vaara).viesti))

    arvonimet = _arvotasojen_nimet()
    tasorivit = "\n".join(f"| {arvonimet[k]} (asiakaskysely 1–5) | {luku(v, 1)} |"
                          for k, v in tasot.items())
    kuvaus = (
        f"Kuurankukka Oy laatii asiakkuussuunnitelman asiakkaalle **{nimi}**, jonka yrittäjä on "
        "nimennyt avainasiakkaaksi, vaikka sen pisteet ovat vaatimattomat: se on strateginen "
        "kumppani, jonka kanssa yhteistyötä halutaan kehittää. Asiakkaan tiedot viime "
        "vuodelta:\n\n"
        "| Tieto | Arvo |\n|---|---|\n"
        f"| Asiakkuuden tuotot | {euroa(tuotot)} |\n"
        f"| Asiakaspalvelun kustannukset | {euroa(palvelu)} |\n"
        f"| Asiakkuuden kate | {euroa(kate)} |\n"
        f"| Kate-% (kate / tuotot) | {prosenttia(nyt)} |\n"
        f"| Portfolion painotettu pistemäärä (1–5) | {luku(pisteet, 1)} |\n"
        f"| Uskollisuus (1–5) | {a['uskollisuus']} |\n"
        f"| Tuleva potentiaali (1–5) | {a['tuleva_potentiaali']} |\n"
        f"| NPS-kysymyksen vastaus (0–10) | {a['nps']} |\n"
        f"{tasorivit}\n\n"
        "Täytä tehtäväruudun lomake:\n\n"
        "1. **Nykytila:** asiakkaan palvelutaso ja heikoin arvon taso.\n"
        "2. **Tavoite:** asiakkuuden kate-% ensi vuonna. Tavoitteen pitää olla nykyistä "
        "parempi mutta realistinen: enintään 5 prosenttiyksikköä nykyistä korkeampi.\n"
        "3. **Toimenpiteet:** 2–3 toimenpidettä, jotka suunnitelman säännöt antavat tälle "
        "asiakkaalle. Jos kannattavuudessa on ongelma, yhden toimenpiteen pitää korjata sitä.\n"
        "4. **Vastuuhenkilö ja aikataulu:** kuka vie suunnitelmaa eteenpäin, milloin "
        "toimenpiteet tehdään ja milloin tulos tarkistetaan.\n"
        "5. **Seuranta:** mittari, josta näet, saavutetaanko tavoite.\n\n"
        "Suunnitelman säännöt:\n\n"
        "- kate-% vähintään 0 mutta alle 10 → tarkista hinnoittelu ja alennukset\n"
        "- asiakaspalvelu vie yli 15 % tuotoista → kevennä palvelutyötä\n"
        "- asiakkuuden kate alle nollan → selvitä, mistä tappio syntyy\n"
        "- tuleva potentiaali vähintään 4 → tee kasvusuunnitelma\n"
        "- uskollisuus 2 tai alle → vahvista sitoutumista\n"
        "- heikoin arvon taso on kohtaamisen taso → käsikirjoita palvelutilanne; asiakkuuden "
        "taso → uudista tarjoomaa; kokonaisuuden taso → näytä, miten yhteistyö tukee "
        "asiakkaan omia tavoitteita\n"
        "- suositteluhalukkuus 6 tai alle → selvitä tyytymättömyyden syy\n\n"
        "Palvelutasot: nimetyt avainasiakkaat kuuluvat Avainasiakas-tasolle; muut pisteiden "
        "mukaan (Kasvuasiakas vähintään 3,0, Perusasiakas vähintään 2,0, muut Kevytasiakas).\n\n"
        "Tarkistus katsoo, että kohdat 1, 2, 3 ja 5 sopivat asiakkaan tietoihin ja että "
        "kohta 4 on täytetty. Toimenpiteiden laadun ja aikataulun konkreettisuuden arvioit "
        "itse tehtävän alla olevalla arviointitaulukolla.")
    perustelut = {
        "hinta": f"kate-% on vain {prosenttia(nyt)}",
        "palvelu": f"asiakaspalvelu vie {prosenttia(a['palvelu_pros'])} tuotoista",
        "tappio": f"asiakkuuden kate on {euroa(kate)}",
        "kasvu": f"tuleva potentiaali on {a['tuleva_potentiaali']}/5",
        "sitoutus": f"uskollisuus on {a['uskollisuus']}/5",
        "nps": f"suositteluhalukkuus on {a['nps']}/10",
        _TASON_TOIMI[heikoin]: f"heikoin arvon taso on {arvonimet[heikoin].lower()}",
    }
    toimilista = "; ".join(f"{SUUNNITELMAN_TOIMET[k][0].split(':')[0].lower()} "
                           f"({perustelut[k]})" for k in sorted(sopivat, key=jarjestys.index))
    ratkaisu = (
        f"**Nykytila:** {nimi} on nimetty avainasiakas, joten palvelutaso on **Avainasiakas**, "
        f"vaikka pistemäärä {luku(pisteet, 1)} riittäisi vain tasolle "
        f"{_palvelutasojen_nimet()[a['pistetaso']]}. Heikoin arvon taso on "
        f"**{arvonimet[heikoin]}** ({luku(tasot[heikoin], 1)}). "
        f"**Tavoite:** kate-% on nyt {prosenttia(nyt)}, joten tavoite on yli {prosenttia(nyt)} "
        f"mutta enintään {prosenttia(nyt + TAVOITE_NOUSU_ENINTAAN)}, esimerkiksi "
        f"**{prosenttia(nyt + 2)}**. "
        f"**Toimenpiteet:** säännöt antavat tälle asiakkaalle: {toimilista}. Valitse näistä "
        f"2–3, ja ota mukaan kannattavuutta korjaava "
        f"”{SUUNNITELMAN_TOIMET[ongelma][0].split(':')[0]}”. "
        "**Vastuuhenkilö ja aikataulu:** esimerkiksi yrittäjä itse asiakkaan yhteyshenkilönä; "
        "tapaaminen tammikuussa ja arvio kesäkuussa. "
        "**Seuranta:** asiakkuuden kate-%, koska tavoitekin on asetettu kate-%:lle.")
    return replace(
        tehtava, kuvaus=kuvaus, tyypilliset=tuple(tyypilliset), ratkaisu=ratkaisu,
        vihje=("Käy lomake läpi kohta kerrallaan. Katso ensin, onko asiakas nimetty "
               "avainasiakas. Heikoin arvon taso on se, jonka kyselykeskiarvo on pienin. Laske "
               "palvelun osuus tuotoista (asiakaspalvelun kustannukset / tuotot × 100) ja käy "
               "säännöt läpi: valitse vain toimenpiteitä, joiden ehto täyttyy."))
