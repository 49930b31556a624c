"""Asiakkuuden arvon kolme tasoa: kohtaaminen, asiakkuus ja kokonaisuus.

Tasot ovat tietona taulukossa ``ARVOTASOT``; asiakaskyselyssä jokaisesta tasosta on
oma väittämänsä (1–5), ja ``arvotasoprofiili`` laskee niistä asiakaskohtaisen profiilin.
"""

from __future__ import annotations

import pandas as pd

from .argumentit import tarkista_argumentit
from .virheet import tarkista_asteikko, tarkista_taulukko, tuntematon_asiakas

ARVOTASOT = pd.DataFrame(
    [
        (1, "kohtaaminen", "Kohtaamisen taso",
         "Tarjooman ominaisuudet ja vaihdon välitön arvo: mitä asiakas saa juuri nyt.",
         "Tyrnimarmeladi ja yrttiravintolisä antavat kokemuksen, joka sopii asiakkaan arvoihin "
         "ja tuntuu terveelliseltä; loimulohilounas keskellä lumista metsää rentouttaa "
         "pitkäksi aikaa.",
         "arvo_kohtaaminen"),
        (2, "asiakkuus", "Asiakkuuden taso",
         "Oston jälkeen asiakasta kiinnostaa, pystyykö yritys tuottamaan arvoa jatkossakin: "
         "tarjoomaa ja kokemusta pitää uudistaa.",
         "Hotelli Tunturihovi ostaa safareita vuodesta toiseen, koska reittejä ja lounasta "
         "kehitetään ja uusia kausielämyksiä tulee tarjolle.",
         "arvo_asiakkuus"),
        (3, "kokonaisuus", "Kokonaisuuden taso",
         "Kuinka hyvin asiakkuus tukee asiakkaan omia tavoitteita.",
         "Luontaistuotekauppa Kielo ja moni kuluttaja valitsevat Kuurankukan, koska se tukee "
         "terveellistä elämäntapaa ja kestävää elämää.",
         "arvo_kokonaisuus"),
    ],
    columns=["taso", "avain", "nimi", "kuvaus", "esimerkki", "kyselysarake"],
)

KYSELYSARAKKEET = list(ARVOTASOT["kyselysarake"])


@tarkista_argumentit
def arvotasoprofiili(kyselyt: pd.DataFrame) -> pd.DataFrame:
    """Asiakaskohtainen arvotasoprofiili: kunkin tason väittämän keskiarvo (1–5).

    ``vahvin_taso`` on taso, jonka asiakas arvioi korkeimmaksi (tasapelissä alempi taso)
    ja ``heikoin_taso`` matalimmaksi (tasapelissä ylempi taso). ``vastauksia`` kertoo,
    monestako vastauksesta keskiarvo on laskettu.

    >>> k = pd.DataFrame({"asiakas_id": ["A", "A", "B"], "arvo_kohtaaminen": [5, 4, 3],
    ...                   "arvo_asiakkuus": [3, 3, 4], "arvo_kokonaisuus": [2, 4, 5]})
    >>> arvotasoprofiili(k)
      asiakas_id  vastauksia  kohtaaminen  asiakkuus  kokonaisuus  vahvin_taso heikoin_taso
    0          A           2          4.5        3.0          3.0  kohtaaminen  kokonaisuus
    1          B           1          3.0        4.0          5.0  kokonaisuus  kohtaaminen
    """
    tarkista_taulukko(kyselyt, "Kyselyt", ["asiakas_id"], numeeriset=KYSELYSARAKKEET)
    for sarake in KYSELYSARAKKEET:
        tarkista_asteikko(kyselyt, sarake, "Kyselyt", 1, 5)
    nimet = dict(zip(ARVOTASOT["kyselysarake"], ARVOTASOT["avain"]))
    ryhmat = kyselyt.groupby("asiakas_id")
    profiili = ryhmat[KYSELYSARAKKEET].mean().rename(columns=nimet).round(2)
    profiili.insert(0, "vastauksia", ryhmat.size())
    tasot = list(nimet.values())
    profiili["vahvin_taso"] = profiili[tasot].idxmax(axis=1)
    profiili["heikoin_taso"] = profiili[tasot[::-1]].idxmin(axis=1)
    return profiili.reset_index()


#: Mitä asiakas arvostaa eniten, kun taso on hänen vahvimpansa.
MERKITYS = {"kohtaaminen": "itse tuotetta tai elämystä – sitä, mitä hän saa juuri nyt",
            "asiakkuus": "luottamusta siihen, että yritys tuottaa arvoa myös jatkossa",
            "kokonaisuus": "sitä, että yhteistyö tukee hänen omia tavoitteitaan"}
#: Mitä heikoimmalle tasolle kannattaa tehdä.
NEUVO = {"kohtaaminen": "suunnittele kohtaaminen huolella alusta loppuun (oppitunti 7).",
         "asiakkuus": "uudista tarjoomaa ja kerro asiakkaalle, mitä uutta on tulossa.",
         "kokonaisuus": "näytä, miten yhteistyö auttaa asiakasta hänen omissa tavoitteissaan."}


@tarkista_argumentit
def profiilin_tulkinta(profiili: pd.DataFrame, asiakas_id: str) -> str:
    """Asiakkaan arvotasoprofiilin tulkinta tekstinä: vahvin ja heikoin taso ja neuvo.

    ``profiili`` on ``arvotasoprofiili``-taulukko, johon on liitetty asiakkaan nimi.

    >>> p = pd.DataFrame({"asiakas_id": ["A"], "nimi": ["Hotelli A"], "vastauksia": [2],
    ...                   "vahvin_taso": ["kohtaaminen"], "heikoin_taso": ["kokonaisuus"]})
    >>> print(profiilin_tulkinta(p, "A").splitlines()[1])
    Vahvin taso: Kohtaamisen taso. Asiakas arvostaa eniten itse tuotetta tai elämystä – sitä, mitä hän saa juuri nyt.
    """
    tarkista_taulukko(profiili, "Profiili", ["asiakas_id", "nimi", "vastauksia", "vahvin_taso",
                                             "heikoin_taso"])
    tunnukset = [str(tunnus) for tunnus in profiili["asiakas_id"]]
    if asiakas_id not in tunnukset:
        raise tuntematon_asiakas(asiakas_id, tunnukset)
    tasojen_nimet = dict(zip(ARVOTASOT["avain"], ARVOTASOT["nimi"]))
    rivi = profiili.set_index("asiakas_id").loc[asiakas_id]
    vahvin, heikoin = rivi["vahvin_taso"], rivi["heikoin_taso"]
    return (f"{rivi['nimi']}: profiili perustuu {rivi['vastauksia']} vastaukseen.\n"
            f"Vahvin taso: {tasojen_nimet[vahvin]}. "
            f"Asiakas arvostaa eniten {MERKITYS[vahvin]}.\n"
            f"Heikoin taso: {tasojen_nimet[heikoin]}. Kehitä sitä: {NEUVO[heikoin]}")
