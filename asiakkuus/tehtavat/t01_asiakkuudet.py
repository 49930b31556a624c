"""Teeman 1 tehtävät: tuote- ja asiakaskohtainen kannattavuus, sisäinen ja ulkoinen
asiakas, asiakkaan pitämisen ja hankkimisen hinta sekä tarjooman osat.

Laskutehtävien oikeat vastaukset lasketaan paketin omilla funktioilla. Tilannetehtävissä
väärän vaihtoehdon palaute kertoo, mikä käsite luultavasti meni sekaisin.
"""

from __future__ import annotations

import random

import pandas as pd

from .. import kate, mittarit
from ..data import lisaa_rivisummat
from ..generointi import TUOTTEET
from ..muotoilu import euroa, luku, pyorista
from . import ARVONTAKERTOJA, Tehtava, arvonta_ei_onnistunut, rekisteroi

_YRITYSASIAKKAAT = ["Hotelli Kaltiohovi", "Kylpylä Kuukkeli", "Hotelli Pohjantähti",
                    "Safaritalo Kaira", "Luontaistuote Mesikämmen", "Luomupuoti Kataja",
                    "Matkakeskuksen Lahjapuoti", "Aurora Lodge Kelo"]


def _iso(teksti: str) -> str:
    """Virkkeen alku isolla kirjaimella (esim. "safariopas" -> "Safariopas")."""
    return teksti[:1].upper() + teksti[1:]


def _erot_riittavat(oikea: float, vaarat, vali: float) -> bool:
    return all(abs(float(v) - float(oikea)) > vali for v in vaarat)


# --- 01_1 -------------------------------------------------------------------------------

def _maara(r: random.Random, tuote_id: str) -> int:
    """Ostomäärä, jolla myyntikate on tasaeuroja (marmeladit kymmenittäin, lisä pareittain)."""
    if tuote_id in ("T01", "T02"):
        return 10 * r.randint(3, 30)
    if tuote_id == "T03":
        return 2 * r.randint(5, 40)
    if tuote_id == "T04":
        return r.randint(5, 60)
    return r.randint(4, 40)  # safari- ja kurssihenkilöt


@rekisteroi("01_1")
def tuote_vai_asiakas(r: random.Random) -> Tehtava:
    """Tuotekohtainen (sarake) tai asiakaskohtainen (rivi) myyntikate samasta taulukosta."""
    yksikkokate = dict(zip(TUOTTEET["tuote_id"],
                           TUOTTEET["listahinta"] - TUOTTEET["yksikkokustannus"]))
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        asiakkaat = r.sample(_YRITYSASIAKKAAT, 3)
        tuotteet = TUOTTEET.loc[sorted(r.sample(range(len(TUOTTEET)), 3))]
        asiakas, tuote_id = r.choice(asiakkaat), r.choice(list(tuotteet["tuote_id"]))
        # Ostomäärät: osa asiakkaista ei osta kaikkia tuotteita; kysytty solu on aina mukana.
        maarat = {(a, t): _maara(r, t) for a in asiakkaat for t in tuotteet["tuote_id"]
                  if (a, t) == (asiakas, tuote_id) or r.random() < 0.8}
        solukate = {k: round(m * yksikkokate[k[1]], 2) for k, m in maarat.items()}
        # Kummassakin suunnassa pitää olla vähintään kaksi lukua, jotta näkökulmat eroavat,
        # ja jokaisella tuotteella ainakin yksi ostaja.
        if (sum(t == tuote_id for _, t in maarat) < 2 or sum(a == asiakas for a, _ in maarat) < 2
                or len({t for _, t in maarat}) < 3):
            continue
        tuotteen = sum(e for (_, t), e in solukate.items() if t == tuote_id)
        asiakkaan = sum(e for (a, _), e in solukate.items() if a == asiakas)
        solu, kaikki = solukate[(asiakas, tuote_id)], sum(solukate.values())
        if _erot_riittavat(tuotteen, [asiakkaan, solu, kaikki], 5) and \
                _erot_riittavat(asiakkaan, [solu, kaikki], 5):
            break
    else:
        raise arvonta_ei_onnistunut("01_1")
    # Oikeat vastaukset paketin funktioilla: tuotekohtainen kannattavuus ja myyntirivien
    # summat asiakkaittain.
    hinnat = TUOTTEET.set_index("tuote_id")
    myynnit = lisaa_rivisummat(pd.DataFrame(
        [(a, t, m, hinnat.loc[t, "listahinta"], hinnat.loc[t, "yksikkokustannus"])
         for (a, t), m in maarat.items()],
        columns=["asiakas_id", "tuote_id", "maara", "yksikkohinta", "yksikkokustannus"]))
    tuotteen = round(float(kate.tuotekannattavuus(myynnit)
                           .set_index("tuote_id").loc[tuote_id, "myyntikate"]), 2)
    asiakkaan = round(float((myynnit["tuotot"] - myynnit["suorat_kustannukset"])
                            .groupby(myynnit["asiakas_id"]).sum()[asiakas]), 2)

    nimi = dict(zip(TUOTTEET["tuote_id"], TUOTTEET["tuote"]))
    lyhyt = {t: nimi[t].split(" ")[0] if t in ("T01", "T02", "T03") else nimi[t]
             for t in nimi}
    lyhyt["T05"] = "Lumikenkäsafari"
    ruudukko = {a: {lyhyt[t]: solukate.get((a, t), 0.0) for t in tuotteet["tuote_id"]}
                for a in asiakkaat}
    otsikot = [lyhyt[t] for t in tuotteet["tuote_id"]]
    taulu = (f"| Asiakas | {' | '.join(otsikot)} |\n|---|{'---|' * len(otsikot)}\n"
             + "\n".join(f"| {a} | " + " | ".join(euroa(e) if e else "–"
                                                  for e in ruudukko[a].values()) + " |"
                         for a in asiakkaat))
    tuote = lyhyt[tuote_id]
    tuotenakokulma = r.random() < 0.5
    if tuotenakokulma:
        oikea, kysymys = tuotteen, (
            f"Yrittäjä miettii, kannattaako tuotetta **{tuote}** pitää valikoimassa. "
            "Laske tuotteen **tuotekohtainen** myyntikate euroina.")
        muut = " + ".join(euroa(ruudukko[a][tuote]) for a in asiakkaat if ruudukko[a][tuote])
        ratkaisu = (f"Tuotekohtainen kannattavuus kokoaa yhden tuotteen kaikilta ostajilta, "
                    f"eli lasketaan yhteen sarake {tuote}: {muut} = **{euroa(oikea)}**.")
        vihje = (f"Yksi tuote, monta ostajaa: laske yhteen sarakkeen {tuote} luvut kaikilta "
                 "asiakkailta.")
        tyypilliset = (
            (asiakkaan, f"Laskit yhteen asiakkaan {asiakas} rivin. Se on asiakaskohtainen "
                        "näkökulma: yksi asiakas, monta tuotetta. Tuotekohtainen "
                        f"kannattavuus kokoaa tuotteen {tuote} kaikilta sen ostajilta."),
            (solu, f"Tämä on vain se osa, jonka {asiakas} osti. Tuotteen kannattavuuteen "
                   f"lasketaan mukaan kaikki asiakkaat, jotka ostivat tuotetta {tuote}."),
            (kaikki, "Laskit koko taulukon yhteen. Kysyttiin vain yhden tuotteen "
                     "myyntikatetta."),
        )
    else:
        oikea, kysymys = asiakkaan, (
            f"Yrittäjä valmistautuu neuvotteluun asiakkaan **{asiakas}** kanssa. "
            "Laske asiakkaan **asiakaskohtainen** myyntikate euroina.")
        muut = " + ".join(euroa(e) for e in ruudukko[asiakas].values() if e)
        ratkaisu = (f"Asiakaskohtainen kannattavuus kokoaa yhden asiakkaan kaikki ostot, "
                    f"eli lasketaan yhteen asiakkaan {asiakas} rivi: {muut} = "
                    f"**{euroa(oikea)}**.")
        vihje = (f"Yksi asiakas, monta tuotetta: laske yhteen asiakkaan {asiakas} rivin "
                 "luvut.")
        tyypilliset = (
            (tuotteen, f"Laskit yhteen sarakkeen {tuote}. Se on tuotekohtainen näkökulma: "
                       "yksi tuote, monta ostajaa. Asiakaskohtainen kannattavuus kokoaa "
                       f"asiakkaan {asiakas} kaikki ostot."),
            (solu, f"Tämä on vain tuotteen {tuote} osuus. Asiakkaan kannattavuuteen "
                   f"lasketaan mukaan kaikki tuotteet, jotka {asiakas} osti."),
            (kaikki, "Laskit koko taulukon yhteen. Kysyttiin vain yhden asiakkaan "
                     "myyntikatetta."),
        )
    return Tehtava(
        tunnus="01_1", otsikko="Tuotteen vai asiakkaan kannattavuus?",
        kuvaus=(f"Asiakas **{asiakas}** osti viime vuonna muun muassa tuotetta **{tuote}**. "
                "Taulukossa on Kuurankukan myyntikate (tuotot − suorat kustannukset) "
                "asiakkaittain ja tuotteittain. Viiva tarkoittaa, ettei asiakas ostanut "
                f"tuotetta.\n\n{taulu}\n\n{kysymys}"),
        oikea=oikea, toleranssi=1, tyypilliset=tyypilliset,
        arvot={"myyntikate": ruudukko, "asiakas": asiakas, "tuote": tuote,
               "nakokulma": "tuote" if tuotenakokulma else "asiakas"},
        vihje=vihje, ratkaisu=ratkaisu,
    )


# --- 01_2 -------------------------------------------------------------------------------

# (tilanne, kuka, rooli); {n} arvotaan, jotta jokainen saa omat lukunsa.
_ROOLITILANTEET = [
    ("Kuurankukan safariopas tilaa yrityksen omalta keittiöltä loimulohilounaat huomisen "
     "retken {n} vieraalle.", "safariopas", "sisäinen asiakas"),
    ("Omistaja kirjoittaa uudelle työntekijälle ohjeen, jonka avulla tämä pakkaa "
     "{n} lahjapakkausta joulumyyntiin.", "uusi työntekijä", "sisäinen asiakas"),
    ("Myyjä pyytää laskutusta hoitavalta työkaveriltaan listan niistä {n} asiakkaasta, "
     "joiden lasku on erääntynyt, ennen kuin lähtee myyntikäynneille.", "myyjä",
     "sisäinen asiakas"),
    ("Verkkokaupasta vastaava työntekijä tarvitsee tuotantokeittiöltä ainesosaluettelot ja "
     "kuvat {n} tuotteesta, jotta hän voi päivittää verkkokaupan.",
     "verkkokaupasta vastaava työntekijä", "sisäinen asiakas"),
    ("Hotelli Tunturihovi varaa {n} vieraalleen lumikenkäsafarin loimulohilounaineen.",
     "Hotelli Tunturihovi", "ulkoinen asiakas"),
    ("Luontaistuotekauppa Kielo tilaa {n} pakettia yrttiravintolisää hyllyynsä.",
     "Luontaistuotekauppa Kielo", "ulkoinen asiakas"),
    ("Kemin seniorikerho ilmoittaa {n} jäsentään kesän villiyrttikurssille.",
     "Kemin seniorikerho", "ulkoinen asiakas"),
    ("Helsinkiläinen Aino Niemelä tilaa verkkokaupasta {n} purkkia tyrnimarmeladia "
     "joululahjoiksi.", "Aino Niemelä", "ulkoinen asiakas"),
    ("Posiolainen marjanpoimija myy Kuurankukalle {n} kiloa tyrnejä marmeladin "
     "raaka-aineeksi.", "marjanpoimija", "toimittaja, ei asiakas"),
    ("Paikallinen kalastaja toimittaa Kuurankukalle {n} kiloa lohta talven "
     "safarilounaita varten.", "kalastaja", "toimittaja, ei asiakas"),
]


# Vaihtoehto = rooli ja perustelu. Perusteluista kolme erottaa roolit toisistaan; kolme
# muuta pitävät usein paikkansa mutta eivät ratkaise roolia (maksaminen, ulkopuolisuus).
# Jokaisessa tilanteessa oikea on vain oikean roolin erottava perustelu.
_ROOLIPERUSTELUT = {
    "henkilokunta": ("sisäinen asiakas", "{kuka} kuuluu Kuurankukan henkilökuntaan ja tarvitsee "
                                         "työkaverin työn tulosta omassa työssään."),
    "ei_maksa": ("sisäinen asiakas", "{kuka} ei maksa Kuurankukalle saamastaan mitään."),
    "saa_ulkoa": ("ulkoinen asiakas", "{kuka} ei kuulu Kuurankukan henkilökuntaan ja saa "
                                      "Kuurankukalta tuotteen tai palvelun."),
    "ulkopuolelta": ("ulkoinen asiakas", "{kuka} on Kuurankukan ulkopuolelta."),
    "ostaa_myy": ("toimittaja, ei asiakas", "Kuurankukka ostaa, ja {kuka} myy."),
    "kumppani": ("toimittaja, ei asiakas", "{kuka} on Kuurankukan ulkopuolinen "
                                           "yhteistyökumppani."),
}
_OIKEA_PERUSTELU = {"sisäinen asiakas": "henkilokunta", "ulkoinen asiakas": "saa_ulkoa",
                    "toimittaja, ei asiakas": "ostaa_myy"}
_SISAINEN, _ULKOINEN, _TOIMITTAJA = "sisäinen asiakas", "ulkoinen asiakas", "toimittaja, ei asiakas"

# Palaute väärästä vaihtoehdosta: (oikea rooli, valitun vaihtoehdon perustelu) -> teksti.
# {k} on nimi isolla alkukirjaimella, {kuka} sellaisenaan, {hanse} "hän" tai "se".
_ROOLIPALAUTE = {
    (_SISAINEN, "ei_maksa"):
        "Rooli on oikein, mutta perustelu ei ratkaise sitä: toimittajakaan ei maksa "
        "Kuurankukalle mitään, ja ulkoinen asiakas voi saada jotain ilmaiseksi. {k} on "
        "sisäinen asiakas, koska hän kuuluu henkilökuntaan ja tarvitsee työkaverinsa työn "
        "tulosta omassa työssään.",
    (_SISAINEN, "saa_ulkoa"):
        "Sekä rooli että perustelu ovat väärin: {k} kuuluu Kuurankukan omaan henkilökuntaan. "
        "Hän ei maksa laskua, mutta tarvitsee työkaverinsa työn tulosta omassa työssään, ja "
        "juuri se tekee hänestä sisäisen asiakkaan.",
    (_SISAINEN, "ulkopuolelta"):
        "Sekä rooli että perustelu ovat väärin: {k} ei ole Kuurankukan ulkopuolelta vaan sen "
        "oma työntekijä. Koska hän tarvitsee työkaverinsa työn tulosta omassa työssään, hän "
        "on sisäinen asiakas.",
    (_SISAINEN, "ostaa_myy"):
        "Sekä rooli että perustelu ovat väärin: tässä kukaan ei myy eikä osta mitään. {k} "
        "saa työkaveriltaan jotain, mitä tarvitsee omassa työssään, joten hän on sisäinen "
        "asiakas.",
    (_SISAINEN, "kumppani"):
        "Sekä rooli että perustelu ovat väärin: {k} ei ole ulkopuolinen yhteistyökumppani "
        "vaan Kuurankukan oma työntekijä. Hän saa työkaveriltaan jotain, mitä tarvitsee "
        "omassa työssään, joten hän on sisäinen asiakas.",
    (_ULKOINEN, "henkilokunta"):
        "Sekä rooli että perustelu ovat väärin: {k} ei kuulu Kuurankukan henkilökuntaan, "
        "vaan ostaa ja maksaa itse. Siksi kyse on ulkoisesta asiakkaasta.",
    (_ULKOINEN, "ei_maksa"):
        "Sekä rooli että perustelu ovat väärin: {k} maksaa ostoksistaan. Maksaminen ei "
        "muutenkaan ratkaise roolia: sisäinen asiakas kuuluu Kuurankukan henkilökuntaan, "
        "ja {kuka} ei kuulu.",
    (_ULKOINEN, "ulkopuolelta"):
        "Rooli on oikein, mutta perustelu ei ratkaise sitä: myös toimittaja on Kuurankukan "
        "ulkopuolelta. {k} on ulkoinen asiakas, koska {hanse} ei kuulu henkilökuntaan ja "
        "saa Kuurankukalta tuotteen tai palvelun.",
    (_ULKOINEN, "ostaa_myy"):
        "Sekä rooli että perustelu ovat väärin: tässä Kuurankukka myy ja {kuka} ostaa. "
        "Toimittaja olisi se, joka myy jotain Kuurankukalle.",
    (_ULKOINEN, "kumppani"):
        "Perustelu pitää paikkansa, mutta se ei ratkaise roolia: myös ulkoinen asiakas on "
        "Kuurankukan ulkopuolinen kumppani. Ratkaisevaa on suunta: tässä Kuurankukka myy ja "
        "{kuka} ostaa, joten {hanse} on asiakas eikä toimittaja.",
    (_TOIMITTAJA, "henkilokunta"):
        "Sekä rooli että perustelu ovat väärin: {k} ei kuulu Kuurankukan henkilökuntaan. "
        "Lisäksi Kuurankukka ostaa ja {kuka} myy, joten kyse on toimittajasta.",
    (_TOIMITTAJA, "ei_maksa"):
        "Perustelu pitää paikkansa, mutta se ei ratkaise roolia: {kuka} ei maksa mitään, "
        "koska Kuurankukka maksaa hänelle. Hän ei kuulu henkilökuntaan, ja hän myy "
        "Kuurankukalle, joten hän on toimittaja.",
    (_TOIMITTAJA, "saa_ulkoa"):
        "Sekä rooli että perustelu ovat väärin: {k} ei saa Kuurankukalta mitään, vaan myy "
        "sille. Silloin Kuurankukka on asiakas ja {kuka} sen toimittaja.",
    (_TOIMITTAJA, "ulkopuolelta"):
        "Perustelu pitää paikkansa, mutta se ei ratkaise roolia: myös toimittaja on "
        "Kuurankukan ulkopuolelta. Ratkaisevaa on suunta: Kuurankukka ostaa ja {kuka} myy, "
        "joten hän on toimittaja.",
    (_TOIMITTAJA, "kumppani"):
        "Rooli on oikein, mutta perustelu ei ratkaise sitä: myös ulkoinen asiakas on "
        "Kuurankukan ulkopuolinen kumppani. {k} on toimittaja, koska Kuurankukka ostaa ja "
        "{kuka} myy.",
}


def _roolivaihtoehto(peruste: str, kuka: str) -> str:
    rooli, teksti = _ROOLIPERUSTELUT[peruste]
    return f"{_iso(rooli)}: {teksti.format(kuka=kuka)}"


@rekisteroi("01_2")
def sisainen_vai_ulkoinen(r: random.Random) -> Tehtava:
    """Sisäinen asiakas, ulkoinen asiakas vai toimittaja: tilanteesta rooli perusteluineen."""
    pohja, kuka, oikea = r.choice(_ROOLITILANTEET)
    hanse = "hän" if kuka == "Aino Niemelä" else "se"  # henkilö vai yhteisö
    n = r.randint(4, 40)
    tilanne = pohja.format(n=n)
    perustelu = {
        "sisäinen asiakas": (f"{_iso(kuka)} on Kuurankukan oma työntekijä, joka saa "
                             "työkaverinsa työn tuloksen käyttöönsä omaa työtään varten. "
                             "Hän on **sisäinen asiakas**: laskua ei makseta, mutta palvelun "
                             "laatu ratkaisee, onnistuuko hänen oma työnsä ulkoisen asiakkaan "
                             "hyväksi."),
        "ulkoinen asiakas": (f"{_iso(kuka)} ei kuulu Kuurankukan henkilökuntaan, vaan ostaa "
                             f"ja maksaa itse. {_iso(hanse)} on **ulkoinen asiakas**."),
        "toimittaja, ei asiakas": (f"Kuurankukka ostaa ja {kuka} myy. Tässä tilanteessa "
                                   f"Kuurankukka on asiakas, ja {kuka} on sen "
                                   "**toimittaja**."),
    }[oikea]
    oikea_vaihtoehto = _roolivaihtoehto(_OIKEA_PERUSTELU[oikea], kuka)
    vaihtoehdot = [_roolivaihtoehto(p, kuka) for p in _ROOLIPERUSTELUT]
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="01_2", otsikko="Sisäinen vai ulkoinen asiakas?",
        kuvaus=(f"{tilanne}\n\nMissä roolissa **{kuka}** on tässä tilanteessa "
                "Kuurankukkaan nähden, ja miksi? Valitse vaihtoehto, jossa sekä rooli että "
                "perustelu ovat oikein."),
        oikea=oikea_vaihtoehto, vaihtoehdot=tuple(vaihtoehdot),
        tyypilliset=tuple(
            (_roolivaihtoehto(p, kuka),
             _ROOLIPALAUTE[(oikea, p)].format(k=_iso(kuka), kuka=kuka, hanse=hanse))
            for p in _ROOLIPERUSTELUT if p != _OIKEA_PERUSTELU[oikea]),
        arvot={"tilanne": tilanne, "kuka": kuka},
        vihje=("Kysy kaksi asiaa: kuka antaa ja kuka saa (kulkeeko tuote tai palvelu "
               "Kuurankukalta vai Kuurankukalle)? Ja kuuluuko saaja Kuurankukan omaan "
               "henkilökuntaan? Maksaminen tai se, että joku on yrityksen ulkopuolelta, ei "
               "vielä ratkaise roolia."),
        ratkaisu=f"{perustelu} Oikea vaihtoehto on siis ”{oikea_vaihtoehto}”",
    )


# --- 01_3 -------------------------------------------------------------------------------

@rekisteroi("01_3")
def pitaminen_vai_hankinta(r: random.Random) -> Tehtava:
    """Kuinka moninkertaisesti uuden asiakkaan hankinta maksaa vanhan pitämiseen nähden."""
    for _ in range(ARVONTAKERTOJA):  # arvotaan, kunnes ehdot täyttyvät
        hankinta = r.randrange(4_000, 9_001, 100)
        uusia = r.randint(4, 12)
        pitaminen = r.randrange(600, 2_401, 100)
        pysyneet = r.randint(25, 60)
        uuden_hinta = mittarit.cac(hankinta, uusia)
        pysyvan_hinta = pitaminen / pysyneet
        suhde = uuden_hinta / pysyvan_hinta
        oikea = float(pyorista(suhde, 1))  # koulun pyöristys
        tyypilliset = (
            (round(pysyvan_hinta / uuden_hinta, 2),
             "Jaoit väärin päin: sait, kuinka pieni osa uuden asiakkaan hinnasta vanhan "
             "pitäminen on. Jaa uuden asiakkaan hinta pysyneen asiakkaan hinnalla."),
            (round(hankinta / pitaminen, 1),
             "Vertasit kokonaissummia. Ne eivät kerro, mitä yksi asiakas maksaa: jaa ensin "
             "hankinnan kustannukset uusilla ja pitämisen kustannukset pysyneillä "
             "asiakkailla."),
            (round((hankinta / pysyneet) / (pitaminen / uusia), 1),
             "Jaoit kustannukset väärillä asiakasmäärillä. Hankinnan kustannukset jaetaan "
             "uusilla asiakkailla ja pitämisen kustannukset pysyneillä asiakkailla."),
            (round((hankinta / (uusia + pysyneet)) / pysyvan_hinta, 1),
             "Jaoit hankinnan kustannukset kaikilla asiakkailla. Ne käytettiin vain uusien "
             "asiakkaiden hankkimiseen, joten jaa ne uusien asiakkaiden määrällä."),
            (round(uuden_hinta - pysyvan_hinta, 1),
             "Laskit eron euroina. Kysyttiin, kuinka moninkertainen uuden asiakkaan hinta "
             "on: jaa, älä vähennä."),
        )
        if 3 <= suhde <= 20 and _erot_riittavat(oikea, [v for v, _ in tyypilliset], 0.3):
            break
    else:
        raise arvonta_ei_onnistunut("01_3")
    return Tehtava(
        tunnus="01_3", otsikko="Pitäminen vai hankkiminen?",
        kuvaus=(f"Kuurankukan yhteistyökumppani, lappilainen matkailuyritys Tunturitupa Oy, "
                f"käytti viime vuonna uusien asiakkaiden hankintaan "
                f"(myyntikäynteihin, esitteisiin ja avajaisalennuksiin) {euroa(hankinta)}, "
                f"ja uusia asiakkaita tuli {uusia}. Vanhojen asiakkaiden pitämiseen "
                f"(kanta-asiakasetuihin, kausitervehdyksiin ja yhteydenpitoon) kului "
                f"{euroa(pitaminen)}, ja vanhoista asiakkaista {pysyneet} jatkoi ostamista.\n\n"
                "Montako kertaa niin paljon yhden uuden asiakkaan hankkiminen maksoi kuin yhden "
                "vanhan asiakkaan pitäminen? Anna vastaus yhden desimaalin tarkkuudella."),
        oikea=oikea, toleranssi=0.1, yksikko="", desimaaleja=1,
        tyypilliset=tyypilliset,
        arvot={"hankinta": hankinta, "uusia": uusia, "pitaminen": pitaminen,
               "pysyneet": pysyneet},
        vihje=("Laske ensin kaksi asiakaskohtaista hintaa: hankinta / uudet asiakkaat ja "
               "pitäminen / pysyneet asiakkaat. Jaa sitten ensimmäinen toisella."),
        ratkaisu=(f"Uusi asiakas: {euroa(hankinta)} / {uusia} = {euroa(uuden_hinta, 2)}. "
                  f"Pysynyt asiakas: {euroa(pitaminen)} / {pysyneet} = "
                  f"{euroa(pysyvan_hinta, 2)}. Suhde: {euroa(uuden_hinta, 2)} / "
                  f"{euroa(pysyvan_hinta, 2)} ≈ **{luku(oikea, 1)}**, eli uuden asiakkaan "
                  f"hankkiminen maksoi noin {luku(oikea, 1)} kertaa niin paljon kuin vanhan "
                  "pitäminen."),
    )


# --- 01_4 -------------------------------------------------------------------------------

_TARJOOMAN_OSAT = ("tuote", "palvelu", "tieto", "toimintatapa")

_OSA_ON = {
    "tuote": "Tuote on konkreettinen tavara, jonka asiakas ostaa ja vie mukanaan, kuten "
             "marmeladipurkki tai lahjapakkaus.",
    "palvelu": "Palvelu on sitä, mitä Kuurankukka tekee asiakkaan hyväksi tai hänen "
               "kanssaan, kuten opastettu retki tai toimitus hyllyyn asti.",
    "tieto": "Tieto on sitä, mitä asiakas saa tietää: alkuperä, ohjeet ja neuvot.",
    "toimintatapa": "Toimintatapa kertoo, miten Kuurankukka toimii: sen periaatteet, "
                    "lupaukset ja tapa hoitaa asiat.",
}
_TILANTEEN_YDIN = {
    "tuote": "itse tavara, jonka asiakas ostaa ja vie mukanaan. Se on tuote.",
    "palvelu": "se, mitä Kuurankukka tekee asiakkaan hyväksi. Se on palvelua.",
    "tieto": "se, mitä asiakas saa tietää. Se on tietoa.",
    "toimintatapa": "se, miten Kuurankukka toimii ja hoitaa asiansa. Se on toimintatapa.",
}

_TARJOOMATILANTEET = [
    ("Kylpylähotelli Kuura tilaa aamiaispöytäänsä {n} purkkia karpalomarmeladia.", "tuote"),
    ("Lentoaseman Lahjapuoti ottaa valikoimaansa {n} Lapin maut -lahjapakkausta, joissa "
     "on marmeladeja ja yrttiravintolisää.", "tuote"),
    ("Opas hakee {n} safarivierasta hotellin ovelta, sovittaa heille lumikengät ja "
     "paistaa lohen nuotiolla.", "palvelu"),
    ("Kuurankukka muokkaa hotellin safarilounasta niin, että ryhmän {n} vierasta saavat "
     "kukin omaan ruokavalioonsa sopivan annoksen.", "palvelu"),
    ("Kuurankukka vie kaupan {n} pakkauksen tilauksen suoraan hyllyyn ja asettelee tuotteet "
     "esille.", "palvelu"),
    ("Jokaisen marmeladipurkin kyljessä kerrotaan, millä suolla marjat poimittiin ja "
     "kuinka kaukana suo on Kuurankukan keittiöstä: tässä erässä {n} kilometrin päässä.",
     "tieto"),
    ("Villiyrttikurssin jälkeen kaikki {n} osallistujaa saavat sähköpostiinsa ohjeen, "
     "miten kerätyt yrtit kuivataan ja säilytetään.", "tieto"),
    ("Myyjä kertoo luontaistuotekaupan {n} myyjälle, kenelle yrttiravintolisä sopii ja "
     "miten sitä annostellaan, jotta he osaavat neuvoa omia asiakkaitaan.", "tieto"),
    ("Kuurankukan periaate on vastata jokaiseen tarjouspyyntöön {n} tunnin kuluessa, ja "
     "hotellilla on aina sama yhteyshenkilö.", "toimintatapa"),
    ("Kuurankukka on päättänyt kerätä marjat kestävästi, pakata tuotteet ilman muovia ja "
     "kuljettaa safarin {n} vierasta yhteiskyydillä.", "toimintatapa"),
]


@rekisteroi("01_4")
def tarjooman_osa(r: random.Random) -> Tehtava:
    """Tarjooman osa (tuote, palvelu, tieto, toimintatapa) tilanteesta."""
    pohja, oikea = r.choice(_TARJOOMATILANTEET)
    tilanne = pohja.format(n=r.randint(3, 24))
    return Tehtava(
        tunnus="01_4", otsikko="Mikä tarjooman osa?",
        kuvaus=("Kuurankukan tarjooma on muutakin kuin tuotteita: siihen kuuluvat tuotteet, "
                "palvelut, tieto ja yrityksen tapa toimia.\n\n"
                f"> {tilanne}\n\nMikä tarjooman osa tilanteessa on pääosassa?"),
        oikea=oikea, vaihtoehdot=_TARJOOMAN_OSAT,
        tyypilliset=tuple(
            (v, f"{_OSA_ON[v]} Tässä tilanteessa olennaista on kuitenkin {_TILANTEEN_YDIN[oikea]}")
            for v in _TARJOOMAN_OSAT if v != oikea),
        arvot={"tilanne": tilanne},
        vihje=("Kysy, mitä asiakas tilanteessa oikeastaan saa: tavaran (tuote), tekemistä "
               "puolestaan (palvelu), tietoa (alkuperä, ohjeet, neuvot) vai lupauksen siitä, "
               "miten yritys toimii (toimintatapa)."),
        ratkaisu=f"Oikea vastaus on **{oikea}**. {_OSA_ON[oikea]}",
    )


# --- 01_5 -------------------------------------------------------------------------------

# Oppitunnin 1 käsitteet: mitä käsite tarkoittaa (oikea perustelu) ja tavallinen
# väärinkäsitys siitä (väärä perustelu samalle käsitteelle).
_KASITTEET = {
    "asiakassuhdemarkkinointi": (
        "markkinointi räätälöidään asiakassuhteen vaiheen, uskollisuuden ja tyytyväisyyden "
        "mukaan",
        "markkinointia tehdään kaikille asiakkaille samalla viestillä mahdollisimman usein"),
    "massaräätälöinti": (
        "vakiotuotetta tai -palvelua muokataan kunkin asiakkaan toiveisiin",
        "jokainen tuote suunnitellaan alusta asti yhdelle asiakkaalle"),
    "asiakastiedosto": (
        "asiakkaan ostohistoria ja erityistoiveet kirjataan talteen tarjooman kehittämistä "
        "varten",
        "asiakkaista kerätään kaikki mahdollinen tieto varmuuden vuoksi"),
    "asiakasuskollisuus": (
        "asiakas palaa, keskittää ostonsa yritykselle eikä kilpailuta jokaista ostoa",
        "asiakas ostaa, koska hinta on juuri nyt halvin"),
    "asiakaslähtöisyys": (
        "toiminta lähtee asiakkaan koko tarpeesta eikä vain siitä, mitä yritys tuottaa",
        "yritys tekee aina kaiken, mitä asiakas pyytää, maksoi se mitä tahansa"),
}
_KASITETILANTEET = [
    ("Kuurankukka lähettää uudelle hotelliasiakkaalle tervetuloviestin ja ohjeet, "
     "kymmenen vuoden kumppanille kutsun suunnittelemaan ensi talven retkiä yhdessä ja "
     "tyytymättömälle ravintolalle soiton, jossa kysytään, mikä meni vikaan.",
     "asiakassuhdemarkkinointi"),
    ("Kanta-asiakkaat saavat syntymäpäiväkseen eri viestin kuin ensimmäistä kertaa ostaneet, "
     "ja safarin jälkeen tyytymättömälle vastaajalle soitetaan henkilökohtaisesti.",
     "asiakassuhdemarkkinointi"),
    ("Lumikenkäsafarin runko on aina sama, mutta ryhmä valitsee varatessaan reitin "
     "pituuden, lounaan ruokavalion ja kielen, jolla opas puhuu.", "massaräätälöinti"),
    ("Lahjapakkaukseen asiakas valitsee verkkokaupassa kolme purkkia kuudesta makuvaihtoehdosta "
     "ja oman tervehdyskortin.", "massaräätälöinti"),
    ("Yrittäjä kirjaa jokaisen hotellin tilaukset ja toiveet taulukkoon, esimerkiksi että "
     "vieraat haluavat safarin aamupäivällä ehtiäkseen iltapäivän lennolle.", "asiakastiedosto"),
    ("Ennen kuin myyjä soittaa kaupalle, hän katsoo taulukosta, mitä kauppa on ostanut ja "
     "milloin, ja mitä erikoistoiveita sillä on ollut.", "asiakastiedosto"),
    ("Hotelli on ostanut safarit Kuurankukalta yhdeksän talvea peräkkäin eikä ole pyytänyt "
     "tarjouksia kilpailijoilta, vaikka se saisi ne helposti.", "asiakasuskollisuus"),
    ("Luontaistuotekauppa on siirtänyt lähes kaikki marjatuoteostonsa Kuurankukalle, koska "
     "se luottaa toimitusten sujumiseen.", "asiakasuskollisuus"),
    ("Hotelli ei oikeastaan osta safaria vaan onnistunutta lomaa vieraillensa. Kuurankukka "
     "hoitaa siksi myös kuljetukset, varusteet ja sään vaatimat muutokset.",
     "asiakaslähtöisyys"),
    ("Sen sijaan että Kuurankukka myisi kaupalle vain marmeladia, se kysyy, mitä kaupan "
     "asiakkaat etsivät, ja tuo lisäksi tuotekortit ja maistiaiset hyllyn viereen.",
     "asiakaslähtöisyys"),
]


def _kasitevaihtoehto(kasite: str, oikea_perustelu: bool) -> str:
    selitys, vaara = _KASITTEET[kasite]
    return f"{_iso(kasite)}: {selitys if oikea_perustelu else vaara}"


@rekisteroi("01_5")
def kasite_tilanteessa(r: random.Random) -> Tehtava:
    """Oppitunnin 1 käsite (asiakassuhdemarkkinointi, massaräätälöinti, asiakastiedosto,
    asiakasuskollisuus, asiakaslähtöisyys) tilanteesta, perusteluineen."""
    tilanne, kasite = r.choice(_KASITETILANTEET)
    oikea = _kasitevaihtoehto(kasite, True)
    muut = r.sample([k for k in _KASITTEET if k != kasite], 3)
    tyypilliset = [(_kasitevaihtoehto(kasite, False),
                    f"Käsite on oikea, mutta perustelu ei: {_iso(kasite)} ei tarkoita, että "
                    f"{_KASITTEET[kasite][1]}. Se tarkoittaa, että {_KASITTEET[kasite][0]}.")]
    for k in muut:
        tyypilliset.append((_kasitevaihtoehto(k, True),
                            f"{_iso(k)} tarkoittaa, että {_KASITTEET[k][0]}. Tilanteessa "
                            f"olennaista on kuitenkin muu: lue, mitä yritys siinä tekee ja miksi."))
    vaihtoehdot = [oikea, *(v for v, _ in tyypilliset)]
    r.shuffle(vaihtoehdot)
    return Tehtava(
        tunnus="01_5", otsikko="Mikä käsite?",
        kuvaus=(f"> {tilanne}\n\nMikä oppitunnin 1 käsite kuvaa tilannetta parhaiten, ja mitä "
                "se tarkoittaa? Valitse vaihtoehto, jossa sekä käsite että sen selitys ovat "
                "oikein."),
        oikea=oikea, vaihtoehdot=tuple(vaihtoehdot), tyypilliset=tuple(tyypilliset),
        arvot={"tilanne": tilanne},
        vihje=("Kysy, mitä yritys tilanteessa tekee: räätälöikö se viestinsä suhteen vaiheen "
               "mukaan, muokkaako se vakiotuotetta, kirjaako se tietoa, palaako asiakas "
               "itse uudelleen vai lähteekö yritys asiakkaan koko tarpeesta?"),
        ratkaisu=(f"Tilanteessa on kyse käsitteestä **{kasite}**: {_KASITTEET[kasite][0]}. "
                  f"Oikea vaihtoehto on ”{oikea}”."),
    )
