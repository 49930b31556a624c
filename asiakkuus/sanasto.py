"""Kurssin sanasto: suomenkielinen termi, englanninkielinen vastine, merkitys ja muistio.

Sanasto on tietona, jotta sanastomuistio ja testit käyttävät samaa lähdettä: testi
tarkistaa, että jokainen termi (sen ``hakusana``) todella esiintyy muistiossa, joka sen
opettaa.
"""

from __future__ import annotations

import pandas as pd

from .argumentit import tarkista_argumentit
from .virheet import virhe

MUISTIOT = {
    "01": "01_asiakkuudet.ipynb",
    "02": "02_arvon_tasot.ipynb",
    "03": "03_asiakkuuden_kate.ipynb",
    "04": "04_asiakasportfolio.ipynb",
    "05": "05_arvon_mittarit.ipynb",
    "06": "06_tyytyvaisyys_ja_tietosuoja.ipynb",
    "07": "07_kohtaaminen_ja_suunnitelma.ipynb",
}

_TERMIT = [
    # (termi, englanniksi, merkitys, muistio, hakusana)
    ("asiakkuus", "customer relationship (Nordic research: customership)",
     "Asiakkaan ja yrityksen suhde: kohtaamisten sarja, jossa molemmat vaihtavat resursseja.",
     "01", "asiakkuus"),
    ("asiakkuuksien hallinta", "customer relationship management (CRM)",
     "Asiakkuuksien tunnistaminen, arvottaminen ja kehittäminen kannattavasti.",
     "01", "asiakkuuksien hallin"),
    ("asiakasymmärrys", "customer insight",
     "Tieto siitä, keitä asiakkaat ovat, mitä he ostavat ja mitä he arvostavat.",
     "01", "asiakasymmärry"),
    ("asiakaslähtöisyys", "customer orientation",
     "Toiminta lähtee asiakkaan koko tarpeesta, ei vain siitä, mitä yritys tuottaa.",
     "01", "asiakaslähtöi"),
    ("tarjooma", "offering",
     "Tuotteet, palvelut, tieto ja yrityksen tapa toimia yhdessä.", "01", "tarjoom"),
    ("massaräätälöinti", "mass customisation",
     "Vakiotuotteen tai -palvelun muokkaaminen kunkin asiakkaan toiveisiin.",
     "01", "massaräätälö"),
    ("asiakastiedosto", "customer records",
     "Asiakkaan ostohistoria ja erityistoiveet tallessa tarjooman kehittämistä varten.",
     "01", "asiakastiedost"),
    ("CRM-järjestelmä", "CRM software",
     "Ohjelmisto asiakastietojen hallintaan; hyödyllinen vasta, kun teoria on hallussa.",
     "01", "CRM-järjestelm"),
    ("asiakasuskollisuus", "customer loyalty",
     "Asiakas palaa, ostaa enemmän eikä kilpailuta jokaista ostoa.", "01", "uskollisuu"),
    ("asiakassuhdemarkkinointi", "relationship marketing",
     "Markkinointi, joka yksilöidään asiakassuhteen vaiheen ja tyytyväisyyden mukaan.",
     "01", "asiakassuhdemarkkinoin"),
    ("sisäinen asiakas", "internal customer",
     "Yrityksen oma työntekijä tai yksikkö, jolle toinen tuottaa palvelua.",
     "01", "sisäinen asiakas"),
    ("ulkoinen asiakas", "external customer",
     "Yrityksen ulkopuolinen ostaja, joka maksaa tuotteista ja palveluista.",
     "01", "ulkoinen asiakas"),
    ("asiakaskohtainen kannattavuus", "customer profitability",
     "Yhden asiakkaan kannattavuus kaikista hänen ostamistaan tuotteista.",
     "01", "asiakaskohtai"),
    ("tuotekohtainen kannattavuus", "product profitability",
     "Yhden tuotteen kannattavuus kaikilta sen ostajilta.", "01", "tuotekohtai"),
    ("kohtaamisen taso", "encounter (episode) level",
     "Arvon ensimmäinen taso: tarjooman ominaisuudet ja vaihdon välitön arvo.",
     "02", "kohtaamisen taso"),
    ("asiakkuuden taso", "relationship level",
     "Arvon toinen taso: pystyykö yritys tuottamaan arvoa myös jatkossa.",
     "02", "asiakkuuden taso"),
    ("kokonaisuuden taso", "level of the customer's own goals",
     "Arvon kolmas taso: miten asiakkuus tukee asiakkaan omia tavoitteita.",
     "02", "kokonaisuuden taso"),
    ("lujuus", "strength of the relationship",
     "Asiakkuuden kestävyys ja sitoutuminen; arvioidaan yhdessä kannattavuuden kanssa.",
     "02", "lujuu"),
    ("arvotasoprofiili", "customer value profile",
     "Asiakkaan kyselyvastauksista laskettu arvio kustakin arvon tasosta.",
     "02", "arvotasoprofiil"),
    ("asiakkuuden tuotot", "customer revenue",
     "Kaikki asiakkaalta saadut myyntituotot.", "03", "asiakkuuden tuot"),
    ("suorat kustannukset", "direct costs",
     "Myytyjen tuotteiden ja palvelujen raaka-aineet ja ostopalvelut.",
     "03", "suorat kustannukset"),
    ("myyntikate", "gross margin",
     "Tuotot miinus suorat kustannukset.", "03", "myyntikate"),
    ("asiakkuuden kate", "customer contribution margin",
     "Myyntikate miinus myynnin, markkinoinnin ja asiakaspalvelun kustannukset.",
     "03", "asiakkuuden kate"),
    ("kateketju", "margin chain (customer P&L steps)",
     "Tuotoista myyntikatteeseen ja siitä asiakkuuden katteeseen porras portaalta.", "03",
     "kateketju"),
    ("kate-%", "margin percentage",
     "Kate prosentteina tuotoista.", "03", "kate-%"),
    ("palvelukustannukset", "cost to serve",
     "Myynnin, markkinoinnin ja asiakaspalvelun kustannukset: kaikki, mikä myyntikatteesta kuluu asiakkaan palvelemiseen.",
     "03", "palvelukustannu"),
    ("asiakkuuden tuloslaskelma", "customer P&L",
     "Yhden asiakkaan kateketju tuotoista asiakkuuden katteeseen.",
     "03", "tuloslaskelm"),
    ("valaskäyrä", "whale curve",
     "Kertynyt kate, kun asiakkaat järjestetään kannattavimmasta alkaen.", "03", "valaskäyr"),
    ("80/20-sääntö", "Pareto principle",
     "Pieni osa asiakkaista tuo suurimman osan myynnistä ja katteesta.", "03", "80/20"),
    ("volyymisyy", "loss caused by low sales volume",
     "Tappio, koska asiakas ostaa liian vähän kattaakseen tavallisen palvelun kulut.",
     "03", "volyymi"),
    ("työsyy", "loss caused by a high cost to serve",
     "Tappio, koska asiakas teettää tavallista enemmän työtä.", "03", "työsyy"),
    ("epäsuora hyöty", "indirect benefit",
     "Suosittelu tai referenssi, joka voi oikeuttaa nollakatteisenkin asiakkuuden.",
     "03", "epäsuor"),
    ("asiakashankinnan kustannus (CAC)", "customer acquisition cost",
     "Hankinnan kustannukset jaettuna uusien asiakkaiden määrällä.", "03", "CAC"),
    ("asiakasportfolio", "customer portfolio",
     "Asiakkaat ryhmiteltyinä arvonsa mukaan.", "04", "asiakasportfoli"),
    ("pisteytys", "scoring",
     "Jokaiselle asiakkaalle annetaan kustakin kriteeristä pisteet 1–5.", "04", "pisteyt"),
    ("painotus", "weighting",
     "Kriteerien painot prosentteina, yhteensä 100 %.", "04", "paino"),
    ("myyntivolyymi", "sales volume",
     "Asiakkaan ostojen määrä euroina.", "04", "myyntivolyym"),
    ("tuleva potentiaali", "future potential",
     "Arvio asiakkaan tulevasta kasvusta.", "04", "tuleva potentiaali"),
    ("referenssiarvo", "reference-customer value",
     "Kuinka paljon asiakas tuo mainetta ja suosituksia.", "04", "referenssiarvo"),
    ("oppimisarvo", "learning value",
     "Kuinka paljon yritys oppii asiakkaalta.", "04", "oppimisarvo"),
    ("avainasiakas", "key account",
     "Yrityksen tärkein asiakas, yleensä pisteytyksen kärjestä; saa parhaan palvelun.",
     "04", "avainasiak"),
    ("palvelutaso", "service tier",
     "Asiakasryhmän saama palvelu: henkilökohtaisesta digitaaliseen.", "04", "palvelutaso"),
    ("elinkaariarvo (CLV, LTV)", "customer lifetime value",
     "Asiakkuuden tulevien katteiden nykyarvo; LTV/CAC-laskussa ensimmäisen vuoden kate mukana.", "05", "elinkaariarvo"),
    ("diskonttokorko", "discount rate",
     "Korko, jolla tulevat eurot muutetaan tämän päivän euroiksi.", "05", "diskonttokor"),
    ("pysyvyysaste (asiakasuskollisuusaste)", "retention rate",
     "Osuus asiakkaista, jotka jatkavat seuraavalla jaksolla.", "05", "pysyvyy"),
    ("poistuma", "churn rate",
     "Osuus asiakkaista, jotka lähtevät; 100 % miinus pysyvyysaste.", "05", "poistum"),
    ("LTV/CAC", "LTV to CAC ratio",
     "Kuinka moninkertaisesti asiakkuus maksaa hankintansa takaisin.", "05", "LTV/CAC"),
    ("takaisinmaksuaika", "payback period",
     "Aika kuukausina, jonka kuluessa asiakkuuden kate kattaa hankinnan kustannuksen.",
     "05", "takaisinmaksuai"),
    ("uusintaostoaste", "repeat-purchase rate",
     "Osuus asiakkaista, jotka ovat ostaneet useammin kuin kerran.", "05", "uusintaosto"),
    ("NPS (suositteluindeksi)", "Net Promoter Score",
     "Suosittelijoiden (9–10) osuus miinus arvostelijoiden (0–6) osuus.", "06", "NPS"),
    ("CSAT (asiakastyytyväisyysluku)", "Customer Satisfaction Score",
     "Tyytyväisten (4–5 asteikolla 1–5) osuus vastaajista.", "06", "CSAT"),
    ("CES (asioinnin vaivattomuus)", "Customer Effort Score",
     "Kuinka helppoa asiointi oli (1–7).", "06", "CES"),
    ("virhemarginaali", "margin of error",
     "Kuinka paljon kyselystä laskettu luku voi heilua pelkästä sattumasta.", "06",
     "virhemarginaal"),
    ("myyntisuppilo", "sales funnel",
     "Asiakkaan polku tietoisuudesta ensimmäiseen ostoon ja uskolliseksi asiakkaaksi.", "05",
     "myyntisuppilo"),
    ("tietosuoja", "data protection (GDPR)",
     "Henkilötietojen suojaaminen lain mukaan: vain tarpeelliset tiedot, turvallisesti säilytettyinä.",
     "06", "tietosuoj"),
    ("nykyarvo", "present value",
     "Tulevan euron arvo tänään, kun se diskontataan korolla.", "05", "nykyarvo"),
    ("konversio", "conversion rate",
     "Osuus suppilon vaiheessa olleista, jotka etenevät seuraavaan vaiheeseen.", "05",
     "konversio"),
    ("asiakastyytyväisyys", "customer satisfaction",
     "Asiakkaan kokemus verrattuna hänen odotuksiinsa ja yrityksen lupauksiin.", "06",
     "tyytyväisyys syntyy"),
    ("suosittelija, passiivinen, arvostelija", "promoter, passive, detractor",
     "NPS-kysymyksen vastaajaryhmät: arvosanat 9–10, 7–8 ja 0–6.", "06", "arvostelij"),
    ("henkilötieto", "personal data",
     "Mikä tahansa tieto, josta ihmisen voi tunnistaa, myös yhteyshenkilön sähköposti.", "06",
     "henkilötie"),
    ("tietoturvaloukkaus", "personal data breach",
     "Henkilötiedot katoavat tai vuotavat; ilmoitus viipymättä, mahdollisuuksien mukaan 72 h:ssa.",
     "06",
     "tietoturvaloukka"),
    ("suostumus", "consent",
     "Asiakkaan vapaaehtoinen lupa esimerkiksi uutiskirjeeseen; sen voi perua.", "06",
     "lupa"),
    ("asiakkuussuunnitelma", "account plan (key account plan)",
     "Mitä yritys haluaa asiakkaan kanssa tehdä ja miten.", "07", "asiakkuussuunnitelm"),
    ("totuuden hetki", "moment of truth",
     "Kohtaaminen, jossa asiakas muodostaa käsityksensä yrityksestä.", "07", "totuuden het"),
    ("käsikirjoitus", "service script",
     "Etukäteen suunniteltu kulku asiakkaan kohtaamiselle.", "07", "käsikirjoit"),
    ("asiakastiimi", "customer team",
     "Asiakasta palveleva tiimi; mikroyrityksessä usein yksi ihminen.", "07", "asiakastiim"),
]

SANASTO = pd.DataFrame(_TERMIT, columns=["termi", "englanniksi", "merkitys", "muistio",
                                         "hakusana"])


@tarkista_argumentit
def sanasto(muistio: str | None = None) -> pd.DataFrame:
    """Sanasto aakkosjärjestyksessä; ``muistio`` ("01"–"07") rajaa yhden muistion termeihin.

    >>> sanasto("02")["termi"].tolist()
    ['arvotasoprofiili', 'asiakkuuden taso', 'kohtaamisen taso', 'kokonaisuuden taso', 'lujuus']
    """
    if muistio is not None and muistio not in MUISTIOT:
        raise virhe("tuntematon_muistio", muistio=muistio, vaihtoehdot=", ".join(MUISTIOT))
    taulukko = SANASTO if muistio is None else SANASTO[SANASTO["muistio"] == muistio]
    taulukko = taulukko.assign(muistio=taulukko["muistio"].map(MUISTIOT))
    jarjestys = taulukko["termi"].str.lower().str.replace("ä", "{").str.replace("ö", "|")
    return (taulukko.assign(_j=jarjestys).sort_values("_j")
            .drop(columns=["_j", "hakusana"]).reset_index(drop=True))


@tarkista_argumentit
def sanastotaulukko(termit: pd.DataFrame, oppitunti_mukaan: bool = False) -> str:
    """Sanaston rivit Markdown-taulukkona; oppitunnin numero on linkki muistioon.

    >>> print(sanastotaulukko(sanasto().head(1)))
    | Termi | Englanniksi | Merkitys |
    |---|---|---|
    | **80/20-sääntö** | *Pareto principle* | Pieni osa asiakkaista tuo suurimman osan myynnistä ja katteesta. |
    """
    otsikot = ["Termi", "Englanniksi", "Merkitys"] + (["Oppitunti"] if oppitunti_mukaan else [])
    rivit = ["| " + " | ".join(otsikot) + " |", "|" + "---|" * len(otsikot)]
    for termi in termit.itertuples():
        solut = [f"**{termi.termi}**", f"*{termi.englanniksi}*", termi.merkitys]
        if oppitunti_mukaan:
            solut.append(f"[{termi.muistio[:2]}]({termi.muistio})")
        rivit.append("| " + " | ".join(solu.replace("|", "\\|") for solu in solut) + " |")
    return "\n".join(rivit)
