"""Teeman 2 tehtävät: arvon taso väitteestä, arvotasoprofiilin keskiarvo, tarjooman
uudistamista kaipaava asiakas sekä asiakkuuden arvon kaksi ulottuvuutta.

Profiilit lasketaan paketin funktiolla ``arvotasot.arvotasoprofiili``, joten tehtävät
seuraavat kurssin laskentatapaa.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import arvotasot
from ..muotoilu import luku
from . import ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, rekisteroi

# Tasojen avaimet ja nimet paketin taulukosta: kohtaaminen -> "kohtaamisen taso" jne.
_TASOT = dict(zip(arvotasot.ARVOTASOT["avain"], arvotasot.ARVOTASOT["nimi"].str.lower()))
_TASONIMET = tuple(_TASOT.values())

_ASIAKKAAT = ["Hotelli Pohjantähti", "Matkatoimisto Lumikide", "Ravintola Kanerva",
              "Ravintola Kotakenttä", "Pohjolan Herkkuaitta", "Luomupuoti Kataja",
              "Matkakeskuksen Lahjapuoti", "Erämatkat Louhi", "Torniolaakson eläkeläiset"]


def _erot_riittavat(oikea: float, vaarat, vali: float) -> bool:
    return all(abs(float(v) - float(oikea)) > vali for v in vaarat)


# --- 02_1 -------------------------------------------------------------------------------

# (kuka sanoo, väite, taso, luvun {n} vaihteluväli); luku arvotaan.
_VAITTEET = [
    ("kuluttaja Helsingistä",
     "Aamupuuron päällä tyrnimarmeladi maistuu raikkaalta, ja on hyvä mieli syödä jotain "
     "näin puhdasta. Ostin joululahjoiksi {n} purkkia, mutta yksi jäi omaan kaappiin.",
     "kohtaaminen", (3, 8)),
    ("safarivieras",
     "Loimulohilounas laavulla keskellä lumista metsää oli päivän kohokohta. Vaikka "
     "kävelimme lumikengillä {n} kilometriä, olin vielä illallakin ihanan rentoutunut.",
     "kohtaaminen", (4, 9)),
    ("villiyrttikurssilainen",
     "Opin kurssilla tunnistamaan {n} syötävää kasvia, ja niistä itse keitetty keitto oli "
     "yllättävän hyvää.", "kohtaaminen", (6, 15)),
    ("kuluttaja Oulusta",
     "Yrttiravintolisän purkki on kaunis, ja kun otan aamulla kapselin, tunnen tekeväni "
     "valinnan, joka sopii arvoihini. Tilasin nyt {n} purkkia kerralla.", "kohtaaminen",
     (2, 4)),
    ("hotellin myyntipäällikkö",
     "Olemme myyneet Kuurankukan safareita vieraillemme jo {n} talvena. Joka kausi reitti "
     "tai lounas on uudistunut, joten luotamme, että ensi talvenakin on tarjota jotain "
     "uutta.", "asiakkuus", (3, 8)),
    ("kauppias",
     "Tilaukset tulevat aina sovitusti, ja valikoimaan tulee joka syksy uusi kausimarmeladi. "
     "Siksi jatkamme yhteistyötä jo {n}. vuotta.", "asiakkuus", (3, 8)),
    ("kanta-asiakas",
     "Olen käynyt villiyrttikurssilla jo {n} kesänä, ja odotan innolla, mitä uutta ensi "
     "kesän kurssilla on luvassa.", "asiakkuus", (2, 6)),
    ("matkanjärjestäjän tuotepäällikkö",
     "Kun kerroimme, että ryhmissämme on yhä enemmän kasvissyöjiä, Kuurankukka kehitti "
     "lounaaseen uuden vaihtoehdon jo seuraavalle {n} hengen ryhmälle. Tiedämme, että se "
     "pysyy mukana muutoksissamme.", "asiakkuus", (8, 24)),
    ("kuluttaja Kuopiosta",
     "Haluan elää terveellisesti ja syödä lähellä tuotettua ruokaa. Kuurankukan tuotteet "
     "auttavat minua pysymään tavoitteessani: syön niitä nykyään {n} kertaa viikossa.",
     "kokonaisuus", (2, 5)),
    ("luontaistuotekaupan omistaja",
     "Kauppamme lupaa asiakkailleen luonnollisia ja vastuullisesti tuotettuja tuotteita. "
     "Hyllyssämme on {n} Kuurankukan tuotetta, ja ne auttavat meitä pitämään tämän "
     "lupauksen.", "kokonaisuus", (3, 6)),
    ("kylpylähotellin johtaja",
     "Myymme hyvinvointilomia. Safarit ja yrttikurssit ovat osa sitä kokonaisuutta, jolla "
     "erotumme kilpailijoista, ja ne näkyvät {n} lomapaketissamme.", "kokonaisuus", (2, 6)),
    ("perheenäiti Espoosta",
     "Perheemme yrittää elää kestävästi: liikumme luonnossa ja suosimme paikallista. "
     "Kuurankukan retket sopivat tähän elämäämme, ja lapset ovat laskeneet jo {n} "
     "retkipäivää.", "kokonaisuus", (5, 20)),
]

_TASOVIRHE = {
    ("kohtaaminen", "asiakkuus"):
        "Väite kertoo, mitä asiakas koki itse tuotteen tai elämyksen äärellä. Asiakkuuden "
        "tasolla katse on tulevassa: pystyykö yritys tuottamaan arvoa myös jatkossa?",
    ("kohtaaminen", "kokonaisuus"):
        "Väite kertoo tuotteen tai elämyksen välittömästä arvosta, siitä hyvästä olosta, "
        "jonka asiakas saa heti. Kokonaisuuden tasolla kysytään, auttaako yhteistyö "
        "asiakasta pääsemään omiin, pitkän aikavälin tavoitteisiinsa.",
    ("asiakkuus", "kohtaaminen"):
        "Kommentissa ei arvioida yksittäistä ostosta tai elämystä, vaan sitä, jatkaako yritys "
        "arvon tuottamista ja uudistaako se tarjoomaansa. Se on asiakkuuden taso.",
    ("asiakkuus", "kokonaisuus"):
        "Väite kertoo luottamuksesta yrityksen kykyyn tuottaa arvoa jatkossakin, ei "
        "asiakkaan omista tavoitteista. Se on asiakkuuden taso.",
    ("kokonaisuus", "kohtaaminen"):
        "Kommentissa ei puhuta hetken elämyksestä, vaan asiakkaan omasta tavoitteesta, "
        "esimerkiksi terveellisestä elämäntavasta tai kaupan lupauksesta omille "
        "asiakkailleen. Se on kokonaisuuden taso.",
    ("kokonaisuus", "asiakkuus"):
        "Väite ei koske sitä, pysyykö yhteistyö tuoreena, vaan sitä, miten se auttaa "
        "asiakasta omien tavoitteidensa saavuttamisessa. Se on kokonaisuuden taso.",
}
_TASON_YDIN = {
    "kohtaaminen": "mitä asiakas saa juuri nyt: tuotteen tai elämyksen välitön arvo",
    "asiakkuus": "pystyykö yritys tuottamaan arvoa myös jatkossa ja uudistamaan tarjoomaansa",
    "kokonaisuus": "tukeeko yhteistyö asiakkaan omia tavoitteita",
}


# Vaihtoehto = taso ja perustelu. Jokaisella tasolla on perustelu, joka kuvaa tason ytimen,
# ja perustelu, joka on tavallinen väärinkäsitys (tuotteen mainitseminen, toistuvat ostot,
# yleinen tyytyväisyys).
_TASOPERUSTELUT = {
    ("kohtaaminen", True): "asiakas kertoo, mitä hän sai tuotteesta tai elämyksestä juuri "
                           "sillä hetkellä.",
    ("kohtaaminen", False): "asiakas mainitsee Kuurankukan tuotteen tai palvelun.",
    ("asiakkuus", True): "asiakas luottaa siihen, että Kuurankukka tuottaa arvoa ja uudistaa "
                         "tarjoomaansa myös jatkossa.",
    ("asiakkuus", False): "asiakas kertoo ostaneensa useita kertoja.",
    ("kokonaisuus", True): "yhteistyö tukee asiakkaan omia, pitkän aikavälin tavoitteita.",
    ("kokonaisuus", False): "asiakas on kaiken kaikkiaan tyytyväinen Kuurankukkaan.",
}
_HEIKKO_PERUSTELU = {
    "kohtaaminen": "Lähes jokainen asiakkaan väite mainitsee jonkin tuotteen tai palvelun. Taso "
                   "ratkeaa siitä, millaisesta arvosta asiakas puhuu, ei siitä, mainitaanko "
                   "tuote.",
    "asiakkuus": "Toistuvat ostot kertovat asiakkuuden lujuudesta eli uskollisuudesta, eivät "
                 "arvon tasosta. Asiakkuuden tasolla asiakas luottaa siihen, että yritys "
                 "tuottaa arvoa ja uudistuu myös jatkossa.",
    "kokonaisuus": "Kokonaisuuden taso ei tarkoita yleistä tyytyväisyyttä: asiakas voi olla "
                   "tyytyväinen yhtä hyvin hetken elämykseen kuin koko yhteistyöhön.",
}


def _tasovaihtoehto(taso: str, ydin: bool) -> str:
    return f"{_TASOT[taso].capitalize()}: {_TASOPERUSTELUT[(taso, ydin)]}"


def _tason_palaute(oikea: str, valittu: str, ydin: bool) -> str:
    """Palaute väärästä vaihtoehdosta: menikö taso, perustelu vai molemmat pieleen."""
    if valittu == oikea:  # taso oikein, perustelu on väärinkäsitys
        return (f"Taso on oikein, mutta perustelu ei. {_HEIKKO_PERUSTELU[valittu]} Tässä "
                f"kommentissa ratkaisee se, {_TASON_YDIN[oikea]}.")
    if ydin:
        return f"Taso on väärin. {_TASOVIRHE[(oikea, valittu)]}"
    return (f"Sekä taso että perustelu ovat väärin. {_HEIKKO_PERUSTELU[valittu]} "
            f"{_TASOVIRHE[(oikea, valittu)]}")


@rekisteroi("02_1")
def arvon_taso(r: random.Random) -> Tehtava:
    """Millä arvon tasolla asiakkaan väite on, ja mikä sen osoittaa."""
    kuka, pohja, taso, (alin, ylin) = r.choice(_VAITTEET)
    vaite = pohja.format(n=r.randint(alin, ylin))
    oikea = _tasovaihtoehto(taso, True)
    vaihtoehdot = [_tasovaihtoehto(t, y) for t, y in _TASOPERUSTELUT]
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="02_1", otsikko="Millä arvon tasolla?",
        kuvaus=(f"Kuurankukan asiakas ({kuka}) kertoo:\n\n> {vaite}\n\n"
                "Mille arvon tasolle asiakkaan kommentti kuuluu, ja miksi? Valitse vaihtoehto, jossa "
                "sekä taso että perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot),
        tyypilliset=tuple((_tasovaihtoehto(t, y), _tason_palaute(taso, t, y))
                          for t, y in _TASOPERUSTELUT if (t, y) != (taso, True)),
        arvot={"vaite": vaite, "kuka": kuka},
        vihje=("Kysy, mistä asiakas puhuu: tästä hetkestä (kohtaaminen), yrityksen kyvystä "
               "tuottaa arvoa jatkossakin (asiakkuus) vai omista tavoitteistaan "
               "(kokonaisuus)? Tuotteen mainitseminen, toistuvat ostot tai yleinen "
               "tyytyväisyys eivät vielä ratkaise tasoa."),
        ratkaisu=(f"Oikea vastaus on **{oikea}** Kommentin ydin on se, "
                  f"{_TASON_YDIN[taso]}."),
    )


# --- 02_2 -------------------------------------------------------------------------------

@rekisteroi("02_2")
def profiilin_keskiarvo(r: random.Random) -> Tehtava:
    """Yhden tason arvo asiakkaan arvotasoprofiilissa: kyseisen tason vastausten keskiarvo."""
    nimi = r.choice(_ASIAKKAAT)
    taso = r.choice(list(_TASOT))
    sarake = f"arvo_{taso}"
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        n = r.randint(3, 5)
        arvot = {s: [r.randint(1, 5) for _ in range(n)] for s in arvotasot.KYSELYSARAKKEET}
        # Karsinta tavallisilla keskiarvoilla (nopea); sama tulos kuin profiilifunktiolla.
        profiili = {s.removeprefix("arvo_"): round(sum(v) / n, 2) for s, v in arvot.items()}
        oikea = profiili[taso]
        summa = sum(arvot[sarake])
        kaikki = round(sum(map(sum, arvot.values())) / (3 * n), 2)
        tyypilliset = [
            (float(summa), f"Laskit vastaukset yhteen. Profiilin luku on keskiarvo: jaa summa "
                           f"vastausten määrällä ({n})."),
            (kaikki, "Laskit kaikkien kolmen tason vastausten keskiarvon. Profiilissa "
                     "jokaisella tasolla on oma lukunsa: laske vain kysytyn tason "
                     "sarakkeesta."),
        ]
        if n != 3:
            tyypilliset.append((round(summa / 3, 2),
                                f"Jaoit tasojen määrällä (3). Jaa vastausten määrällä ({n})."))
        for muu in _TASOT:
            if muu != taso:
                tyypilliset.append((float(profiili[muu]),
                                    f"Laskit väärän sarakkeen ({_TASOT[muu]}) "
                                    f"keskiarvon. Kysyttiin saraketta "
                                    f"{_TASOT[taso].capitalize()}."))
        if _erot_riittavat(oikea, [v for v, _ in tyypilliset], 0.05):
            break
    else:
        raise arvonta_ei_onnistunut("02_2")
    # Oikea vastaus paketin funktiolla: arvotasoprofiili on tason vastausten keskiarvo.
    vastaukset = pd.DataFrame({"asiakas_id": ["X"] * n, **arvot})
    oikea = float(arvotasot.arvotasoprofiili(vastaukset).iloc[0][taso])
    otsikot = [t.capitalize() for t in _TASONIMET]
    taulu = (f"| Vastaus | {' | '.join(otsikot)} |\n|---|---|---|---|\n"
             + "\n".join(f"| {i + 1} | " + " | ".join(str(int(vastaukset.loc[i, s]))
                                                     for s in arvotasot.KYSELYSARAKKEET)
                         + " |" for i in range(n)))
    return Tehtava(
        tunnus="02_2", otsikko="Arvotasoprofiili kyselystä",
        kuvaus=(f"**{nimi}** vastasi Kuurankukan asiakaskyselyyn {n} kertaa. Jokaisesta "
                "arvon tasosta kysyttiin yksi väittämä asteikolla 1–5 (5 = täysin samaa "
                f"mieltä).\n\n{taulu}\n\n"
                f"Laske asiakkaan arvotasoprofiilin **{_TASOT[taso]}n** arvo kahden "
                "desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.02, yksikko="", desimaaleja=2,
        tyypilliset=tuple(tyypilliset),
        arvot={"vastaukset": {_TASOT[t]: [int(x) for x in vastaukset[f"arvo_{t}"]]
                              for t in _TASOT},
               "taso": _TASOT[taso]},
        vihje=(f"Profiilin luku on yhden tason vastausten keskiarvo: laske sarakkeen "
               f"{_TASOT[taso].capitalize()} luvut yhteen ja jaa vastausten määrällä."),
        ratkaisu=(f"{_TASOT[taso].capitalize()}: ("
                  + " + ".join(str(int(x)) for x in vastaukset[sarake])
                  + f") / {n} = {summa} / {n} {'=' if round(summa / n, 2) == summa / n else '≈'} "
                  f"**{luku(oikea, 2)}**."),
    )


# --- 02_3 -------------------------------------------------------------------------------

# Mikä auttaa, kun taso on heikko (asiakkuuden tasoon auttaa tarjooman uudistaminen).
_KEINO = {"kohtaaminen": "kohtaamisen ja elämyksen huolellinen suunnittelu",
          "kokonaisuus": "se, että asiakkaalle näytetään, miten yhteistyö tukee hänen omia "
                         "tavoitteitaan"}


@rekisteroi("02_3")
def uudistettava_asiakkuus(r: random.Random) -> Tehtava:
    """Kenen asiakkuus kaipaa eniten tarjooman uudistamista (heikoin asiakkuuden taso)."""
    tasot = list(_TASOT)
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        nimet = r.sample(_ASIAKKAAT, 3)
        rivit = [(nimi, *(r.randint(1, 5) for _ in tasot))
                 for nimi in nimet for _ in range(r.randint(2, 4))]
        # Nopea karsinta tavallisilla keskiarvoilla; lopullinen profiili lasketaan alla
        # paketin funktiolla.
        ka = {nimi: [round(sum(x[i + 1] for x in rivit if x[0] == nimi)
                           / sum(x[0] == nimi for x in rivit), 2) for i in range(3)]
              for nimi in nimet}
        asiakkuus = sorted(nimet, key=lambda nimi: ka[nimi][1])
        kohtaaminen = sorted(nimet, key=lambda nimi: ka[nimi][0])
        yhteensa = sorted(nimet, key=lambda nimi: sum(ka[nimi]))
        # Selvä ero, ja houkuttelevat väärät polut (heikoin kohtaaminen, heikoin keskiarvo)
        # johtavat toiseen asiakkaaseen.
        if (ka[asiakkuus[1]][1] - ka[asiakkuus[0]][1] >= 0.5
                and ka[kohtaaminen[0]][0] < ka[kohtaaminen[1]][0]
                and sum(ka[yhteensa[0]]) < sum(ka[yhteensa[1]]) - 0.01
                and asiakkuus[0] not in (kohtaaminen[0], yhteensa[0])):
            break
    else:
        raise arvonta_ei_onnistunut("02_3")
    kyselyt = pd.DataFrame(rivit, columns=["asiakas_id", *arvotasot.KYSELYSARAKKEET])
    profiili = arvotasot.arvotasoprofiili(kyselyt).set_index("asiakas_id").loc[nimet]
    keskiarvo = profiili[tasot].mean(axis=1)
    oikea = str(profiili["asiakkuus"].idxmin())
    heikoin_yhteensa = keskiarvo.idxmin()
    a = profiili.loc[oikea, "asiakkuus"]

    def selitys(nimi: str) -> str:
        rivi = profiili.loc[nimi]
        if nimi == heikoin_yhteensa:
            alku = (f"{nimi}: kaikkien tasojen keskiarvo on matalin "
                    f"({luku(keskiarvo[nimi], 2)}), mutta se ei kerro, millä tasolla vika on.")
        else:
            heikoin = rivi[tasot].astype(float).idxmin()
            if heikoin == "asiakkuus":
                return (f"{nimi}: asiakkuuden taso on tämän asiakkaan heikoin "
                        f"({luku(rivi['asiakkuus'], 2)}), mutta asiakkaalla {oikea} se on "
                        f"vielä matalampi ({luku(a, 2)}). Vertaa samaa tasoa asiakkaiden "
                        "kesken.")
            alku = (f"{nimi}: heikoin on {_TASOT[heikoin]} ({luku(rivi[heikoin], 2)}), ja "
                    f"siihen auttaa {_KEINO[heikoin]}.")
        return (f"{alku} Tarjooman ja kokemuksen uudistaminen vahvistaa asiakkuuden tasoa. "
                f"Asiakkaalla {nimi} se on {luku(rivi['asiakkuus'], 2)}, korkeampi kuin "
                f"asiakkaalla {oikea} ({luku(a, 2)}).")

    otsikot = [t.capitalize() for t in _TASONIMET]
    taulu = (f"| Asiakas | {' | '.join(otsikot)} |\n|---|---|---|---|\n"
             + "\n".join(f"| {nimi} | " + " | ".join(luku(profiili.loc[nimi, t], 2)
                                                    for t in tasot) + " |" for nimi in nimet))
    return Tehtava(
        tunnus="02_3", otsikko="Kenen tarjoomaa pitää uudistaa?",
        kuvaus=("Kolmen asiakkaan arvotasoprofiilit Kuurankukan asiakaskyselystä "
                f"(keskiarvot asteikolla 1–5):\n\n{taulu}\n\n"
                "Kuurankukka haluaa uudistaa tarjoomaansa ja asiakkaan kokemusta, jotta "
                "asiakas luottaa yhteistyön tuottavan arvoa myös jatkossa. Kenen asiakkuus "
                "kaipaa tätä eniten?"),
        oikea=oikea, vaihtoehdot=tuple(nimet),
        tyypilliset=tuple((nimi, selitys(nimi)) for nimi in nimet if nimi != oikea),
        arvot={"profiilit": {nimi: {_TASOT[t]: float(profiili.loc[nimi, t]) for t in tasot}
                             for nimi in nimet}},
        vihje=("Mieti ensin, mille arvon tasolle tarjooman uudistaminen kuuluu. Etsi sitten "
               "se asiakas, jolla juuri tämä taso on matalin."),
        ratkaisu=(f"Tarjooman ja kokemuksen uudistaminen kuuluu asiakkuuden tasoon. Se on "
                  f"matalin asiakkaalla **{oikea}** ({luku(a, 2)}). Muilla asiakkuuden taso "
                  "on " + " ja ".join(f"{luku(profiili.loc[n, 'asiakkuus'], 2)} ({n})"
                                      for n in nimet if n != oikea) + "."),
    )


# --- 02_4 -------------------------------------------------------------------------------

_ULOTTUVUUDET = ("lujuus eli uskollisuus", "kannattavuus")

# (väite, ulottuvuus); {n} ja {e} arvotaan.
_ULOTTUVUUSVAITTEET = [
    ("Ravintola Kanerva on ostanut Kuurankukalta jotakin {n} vuosineljänneksenä viimeisten "
     "12 neljänneksen aikana.", "lujuus eli uskollisuus"),
    ("Hotelli Pohjantähti on ollut asiakkaana {n} vuotta eikä ole kertaakaan "
     "pyytänyt safareista tarjousta kilpailijalta.", "lujuus eli uskollisuus"),
    ("Luomupuoti Kataja on tilannut karpalomarmeladia {n} kuukautena peräkkäin.",
     "lujuus eli uskollisuus"),
    ("Torniolaakson eläkeläiset on varannut villiyrttikurssin jo {n} kesänä peräkkäin ja "
     "kertoo, ettei aio vaihtaa järjestäjää.", "lujuus eli uskollisuus"),
    ("Matkatoimisto Kaamoksen asiakkuudesta jäi viime vuonna katetta {n} % tuotoista, kun "
     "kaikki sen palvelemisen kustannukset oli vähennetty.", "kannattavuus"),
    ("Ravintola Kotakenttä teetti niin paljon erikoistilauksia ja puheluita, että sen "
     "asiakkuuden kate jäi {e} € tappiolle.", "kannattavuus"),
    ("Pohjolan Herkkuaitta tilaa pieniä eriä: jokainen toimitus maksaa Kuurankukalle 15 €, "
     "mutta tilauksesta jää myyntikatetta keskimäärin vain {n} €.", "kannattavuus"),
    ("Tunturiladun Matkoilta jäi viime vuonna asiakkuuden katetta {e} €, kun myynnin, "
     "markkinoinnin ja asiakaspalvelun kustannukset oli vähennetty.", "kannattavuus"),
]

_ULOTTUVUUSVIRHE = {
    "lujuus eli uskollisuus":
        "Väite kertoo, kuinka sitoutunut asiakas on: kuinka usein ja kuinka pitkään hän "
        "ostaa ja kilpailuttaako hän. Se on lujuutta. Kannattavuus kertoisi euroista: "
        "paljonko asiakkuudesta jää katetta.",
    "kannattavuus":
        "Väite kertoo euroista: paljonko asiakkuudesta jää katetta, kun sen kustannukset on "
        "vähennetty. Se on kannattavuutta. Lujuus kertoisi, kuinka uskollisesti asiakas "
        "ostaa, ja uskollinenkin asiakas voi olla tappiollinen.",
}


_LUJUUS, _KANNATTAVUUS = _ULOTTUVUUDET
# Vaihtoehto = ulottuvuus ja perustelu: (ulottuvuus tai "molemmat", perustelun avain) -> teksti.
_ULOTTUVUUSVAIHTOEHDOT = {
    (_LUJUUS, "sitoutuminen"): "Lujuus eli uskollisuus: tieto kertoo, kuinka usein, kuinka "
                               "pitkään tai kuinka sitoutuneesti asiakas ostaa.",
    (_LUJUUS, "tyytyvaisyys"): "Lujuus eli uskollisuus: tieto kertoo, kuinka tyytyväinen "
                               "asiakas on.",
    (_KANNATTAVUUS, "kate"): "Kannattavuus: tieto kertoo, paljonko asiakkuudesta jää "
                             "katetta, kun sen kustannukset on vähennetty.",
    (_KANNATTAVUUS, "ostomaara"): "Kannattavuus: tieto kertoo, kuinka paljon asiakas ostaa.",
    ("molemmat", "aina_kannattava"): "Molemmat: uskollinen asiakas on aina myös kannattava.",
}
_OIKEA_ULOTTUVUUSPERUSTELU = {_LUJUUS: "sitoutuminen", _KANNATTAVUUS: "kate"}
_HEIKKO_ULOTTUVUUSPERUSTELU = {
    "tyytyvaisyys": "Tyytyväisyys ei ole sama asia kuin uskollisuus: tyytyväinenkin asiakas "
                    "voi vaihtaa kilpailijaan.",
    "ostomaara": "Ostojen määrä kertoo myynnistä, ei kannattavuudesta: suurikin ostaja voi "
                 "olla tappiollinen, jos sen palveleminen maksaa paljon.",
    "aina_kannattava": "Uskollinen asiakas ei ole aina kannattava: se voi teettää niin paljon "
                       "työtä, että kate jää tappiolle. Siksi ulottuvuudet arvioidaan erikseen.",
}


def _ulottuvuuden_palaute(oikea: str, valittu: str, peruste: str) -> str:
    """Palaute väärästä vaihtoehdosta: menikö ulottuvuus, perustelu vai molemmat pieleen."""
    if valittu == oikea:  # ulottuvuus oikein, perustelu ei
        ydin = {_LUJUUS: "Lujuus näkyy siinä, kuinka usein ja kuinka pitkään asiakas ostaa ja "
                         "kilpailuttaako hän.",
                _KANNATTAVUUS: "Kannattavuus kertoo, paljonko asiakkuudesta jää katetta, kun "
                               "kaikki sen kustannukset on vähennetty."}[oikea]
        return (f"Ulottuvuus on oikein, mutta perustelu ei. "
                f"{_HEIKKO_ULOTTUVUUSPERUSTELU[peruste]} {ydin}")
    if peruste in _HEIKKO_ULOTTUVUUSPERUSTELU:
        return (f"Sekä ulottuvuus että perustelu ovat väärin. "
                f"{_HEIKKO_ULOTTUVUUSPERUSTELU[peruste]} {_ULOTTUVUUSVIRHE[oikea]}")
    return f"Ulottuvuus on väärin. {_ULOTTUVUUSVIRHE[oikea]}"


@rekisteroi("02_4")
def lujuus_vai_kannattavuus(r: random.Random) -> Tehtava:
    """Kumpaa asiakkuuden arvon ulottuvuutta tieto kuvaa, ja mikä sen osoittaa."""
    pohja, ulottuvuus = r.choice(_ULOTTUVUUSVAITTEET)
    vaite = pohja.format(n=r.randint(4, 11), e=r.randrange(300, 3_001, 50))
    oikea_avain = (ulottuvuus, _OIKEA_ULOTTUVUUSPERUSTELU[ulottuvuus])
    oikea = _ULOTTUVUUSVAIHTOEHDOT[oikea_avain]
    vaihtoehdot = list(_ULOTTUVUUSVAIHTOEHDOT.values())
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="02_4", otsikko="Lujuus vai kannattavuus?",
        kuvaus=("Yritys arvioi asiakkuuden arvoa kahdesta suunnasta: lujuuden eli "
                "uskollisuuden ja kannattavuuden.\n\n"
                f"> {vaite}\n\nKumpaa ulottuvuutta tieto kuvaa, ja miksi? Valitse vaihtoehto, "
                "jossa sekä ulottuvuus että perustelu ovat oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot),
        tyypilliset=tuple((teksti, _ulottuvuuden_palaute(ulottuvuus, u, peruste))
                          for (u, peruste), teksti in _ULOTTUVUUSVAIHTOEHDOT.items()
                          if (u, peruste) != oikea_avain),
        arvot={"vaite": vaite},
        vihje=("Kertooko tieto, kuinka usein ja kuinka pitkään asiakas ostaa (lujuus), vai "
               "paljonko asiakkuudesta jää rahaa kustannusten jälkeen (kannattavuus)? Muista, "
               "ettei tyytyväisyys ole sama kuin uskollisuus eikä myynti sama kuin kate."),
        ratkaisu=(f"Oikea vastaus on **{oikea}** {_ULOTTUVUUSVIRHE[ulottuvuus]}"),
    )
