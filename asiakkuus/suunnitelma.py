"""Palvelutasot asiakasryhmittäin ja asiakkuussuunnitelma yhdelle asiakkaalle.

Asiakkuussuunnitelma kertoo, mitä yritys haluaa asiakkaan kanssa tehdä ja miten:
asiakkaan pisteet, kate, arvon tasot, palvelutaso ja toimenpiteet. Toimenpiteet
johdetaan asiakkaan omista luvuista säännöillä, jotka ovat tietona (``SAANNOT``).
"""

from __future__ import annotations

import pandas as pd

from .argumentit import tarkista_argumentit
from .arvotasot import ARVOTASOT
from .muotoilu import euroa, luku, prosenttia
from .virheet import tarkista_taulukko, tuntematon_asiakas, virhe

PALVELUTASOT = pd.DataFrame(
    [
        ("avainasiakas", "Avainasiakas", None,
         "Henkilökohtainen palvelu: nimetty yhteyshenkilö, säännölliset tapaamiset, "
         "räätälöidyt ratkaisut ja osallistuminen tuote- ja palvelukehitykseen."),
        ("kasvuasiakas", "Kasvuasiakas", 3.0,
         "Säännöllinen yhteydenpito ja kohdennetut tarjoukset: asiakkuutta kasvatetaan."),
        ("perusasiakas", "Perusasiakas", 2.0,
         "Vakiotuotteet ja -palvelut, sujuva tilaaminen ja nopea vastaus kysymyksiin."),
        ("kevytasiakas", "Kevytasiakas", 0.0,
         "Kevennetty palvelu: verkkokauppa, uutiskirje ja muut digitaaliset kanavat."),
    ],
    columns=["palvelutaso", "nimi", "alaraja", "palvelu"],
)

# Säännöt: (ehto asiakkaan tiedoille, toimenpide). Tiedot ovat sanakirja ``_tiedot``-funktiosta.
SAANNOT = [
    (lambda t: 0 <= t["kate_pros"] < 10,
     "Tarkista hinnoittelu ja alennukset: asiakkuuden kate on vain {kate_pros} tuotoista."),
    (lambda t: t["palvelu_pros"] > 15,
     "Kevennä palvelutyötä: asiakaspalvelu vie {palvelu_pros_teksti} tuotoista. Karsi "
     "toimenpiteet, joista asiakas ei maksa (esim. erikoistilaukset ja ylimääräiset toimitukset)."),
    (lambda t: t["asiakkuuden_kate"] < 0,
     "Asiakkuus on tappiollinen ({kate}). Selvitä, johtuuko tappio pienestä volyymista "
     "vai liiasta työstä, ja sovi asiakkaan kanssa uusi toimintatapa."),
    (lambda t: t["tuleva_potentiaali"] >= 4,
     "Kasvata asiakkuutta: tuleva potentiaali on {tuleva_potentiaali}/5. Tee yhdessä "
     "kasvusuunnitelma seuraavalle kaudelle."),
    (lambda t: t["referenssiarvo"] >= 4,
     "Pyydä lupa käyttää asiakasta referenssinä ja kannusta suosittelemaan."),
    (lambda t: t["oppimisarvo"] >= 4,
     "Ota asiakas mukaan tuote- ja palvelukehitykseen (esim. uusien makujen testaus)."),
    (lambda t: t["uskollisuus"] <= 2,
     "Vahvista sitoutumista: sovi säännöllinen yhteydenpito ja seuraava ostokerta."),
    (lambda t: t["heikoin_taso"] == "kohtaaminen",
     "Kehitä kohtaamista: käsikirjoita asiakkaan palvelutilanne alusta loppuun."),
    (lambda t: t["heikoin_taso"] == "asiakkuus",
     "Uudista tarjoomaa: kerro asiakkaalle, mitä uutta seuraavalla kaudella on tulossa."),
    (lambda t: t["heikoin_taso"] == "kokonaisuus",
     "Näytä, miten yhteistyö tukee asiakkaan omia tavoitteita: kuluttajalla esimerkiksi "
     "terveellistä elämäntapaa, yritysasiakkaalla sen omaa lupausta asiakkailleen."),
    (lambda t: t["nps"] is not None and t["nps"] <= 6,
     "Selvitä tyytymättömyyden syy: NPS-kysymyksen vastausten keskiarvo on vain "
     "{nps_teksti}/10 (arvostelijan tasoa)."),
]


@tarkista_argumentit
def palvelutasot(pisteytys: pd.DataFrame) -> pd.DataFrame:
    """Lisää pisteytykseen palvelutaso: avainasiakkaat ensin, muut pistemäärän mukaan.

    Avainasiakkaat saavat parhaan palvelun (aika on rahaa). Muut jaetaan pisteiden
    mukaan: vähintään 3,0 kasvuasiakkaat, vähintään 2,0 perusasiakkaat, muut
    kevytasiakkaat, joita palvellaan kevennetysti tai digitaalisesti.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B", "C", "D"], "pisteet": [4.5, 3.2, 2.4, 1.5],
    ...                   "avainasiakas": [True, False, False, False]})
    >>> palvelutasot(p)["palvelutaso"].tolist()
    ['avainasiakas', 'kasvuasiakas', 'perusasiakas', 'kevytasiakas']
    """
    tarkista_taulukko(pisteytys, "Pisteytys", ["asiakas_id", "avainasiakas"],
                      numeeriset=["pisteet"])
    tulos = pisteytys.copy()
    tasot = PALVELUTASOT.dropna(subset=["alaraja"]).sort_values("alaraja", ascending=False)

    def taso(rivi) -> str:
        if bool(rivi["avainasiakas"]):
            return "avainasiakas"
        return next(t for t, raja in zip(tasot["palvelutaso"], tasot["alaraja"])
                    if rivi["pisteet"] >= raja)

    tulos["palvelutaso"] = tulos.apply(taso, axis=1)
    return tulos


def _tiedot(asiakas_id, pisteytys, kate, profiili, kyselyt) -> dict:
    for nimi, taulukko in (("Pisteytys", pisteytys), ("Katetaulukko", kate)):
        tarkista_taulukko(taulukko, nimi, ["asiakas_id"], tunniste="asiakas_id")
        if asiakas_id not in set(taulukko["asiakas_id"]):
            raise tuntematon_asiakas(asiakas_id, taulukko["asiakas_id"])
    p = palvelutasot(pisteytys).set_index("asiakas_id").loc[asiakas_id]
    k = kate.set_index("asiakas_id").loc[asiakas_id]
    tiedot = {**p.to_dict(), **k.to_dict(), "asiakas_id": asiakas_id}
    tuotot = float(k["tuotot"])
    tiedot["palvelu_pros"] = 100 * float(k["asiakaspalvelun_kustannukset"]) / tuotot \
        if tuotot else 0.0
    tiedot["heikoin_taso"] = tiedot["vahvin_taso"] = None
    if profiili is not None and asiakas_id in set(profiili["asiakas_id"]):
        rivi = profiili.set_index("asiakas_id").loc[asiakas_id]
        tiedot.update({t: float(rivi[t]) for t in ARVOTASOT["avain"]})
        tiedot["heikoin_taso"], tiedot["vahvin_taso"] = rivi["heikoin_taso"], rivi["vahvin_taso"]
    tiedot["nps"] = None
    if kyselyt is not None:
        omat = kyselyt.loc[kyselyt["asiakas_id"] == asiakas_id, "nps"]
        tiedot["nps"] = float(omat.mean()) if len(omat) else None
    return tiedot


@tarkista_argumentit
def asiakkuussuunnitelma(asiakas_id: str, pisteytys: pd.DataFrame, kate: pd.DataFrame,
                         profiili: pd.DataFrame | None = None,
                         kyselyt: pd.DataFrame | None = None) -> dict:
    """Asiakkuussuunnitelma yhdelle asiakkaalle sanakirjana.

    ``pisteytys`` on ``portfolio.pisteyta``-funktion tulos, ``kate`` kateketju
    (``kate.asiakkuuden_kate``), ``profiili`` arvotasoprofiili
    (``arvotasot.arvotasoprofiili``) ja ``kyselyt`` kyselyvastaukset NPS:ää varten.
    Toimenpiteet tulevat säännöistä ``SAANNOT`` asiakkaan omien lukujen perusteella.

    >>> p = pd.DataFrame({"asiakas_id": ["A"], "nimi": ["Hotelli A"], "pisteet": [4.2],
    ...                   "sija": [1], "avainasiakas": [True], "myyntivolyymi": [5],
    ...                   "kannattavuus": [2], "uskollisuus": [4], "tuleva_potentiaali": [5],
    ...                   "referenssiarvo": [3], "oppimisarvo": [2]})
    >>> k = pd.DataFrame({"asiakas_id": ["A"], "tuotot": [10000.0], "myyntikate": [3000.0],
    ...                   "asiakaspalvelun_kustannukset": [500.0],
    ...                   "asiakkuuden_kate": [800.0], "kate_pros": [8.0]})
    >>> s = asiakkuussuunnitelma("A", p, k)
    >>> s["palvelutaso"], len(s["toimenpiteet"])
    ('Avainasiakas', 2)
    >>> s["toimenpiteet"][0]
    'Tarkista hinnoittelu ja alennukset: asiakkuuden kate on vain 8,0\\xa0% tuotoista.'
    """
    t = _tiedot(asiakas_id, pisteytys, kate, profiili, kyselyt)
    muotoillut = {
        **t,
        "kate": euroa(t["asiakkuuden_kate"]),
        "kate_pros": prosenttia(t["kate_pros"]),
        "palvelu_pros_teksti": prosenttia(t["palvelu_pros"]),
        "nps_teksti": luku(t["nps"], 1) if t["nps"] is not None else "–",
    }
    toimenpiteet = []
    for ehto, teksti in SAANNOT:
        try:
            voimassa = bool(ehto(t))
        except (KeyError, TypeError):  # tietoa ei ole (esim. ei kyselyvastauksia)
            voimassa = False
        if voimassa:
            toimenpiteet.append(teksti.format(**muotoillut))
    taso = PALVELUTASOT.set_index("palvelutaso").loc[t["palvelutaso"]]
    return {
        "asiakas_id": asiakas_id,
        "nimi": t.get("nimi", asiakas_id),
        "sija": int(t["sija"]),
        "pisteet": float(t["pisteet"]),
        "palvelutaso": taso["nimi"],
        "palvelu": taso["palvelu"],
        "luvut": {
            "Asiakkuuden tuotot": euroa(t["tuotot"]),
            "Myyntikate": euroa(t["myyntikate"]),
            "Asiakkuuden kate": euroa(t["asiakkuuden_kate"]),
            "Kate-%": prosenttia(t["kate_pros"]),
        },
        "arvotasot": {nimi: t.get(avain) for avain, nimi
                      in zip(ARVOTASOT["avain"], ARVOTASOT["nimi"])},
        "toimenpiteet": toimenpiteet,
    }


_SUUNNITELMAN_KOHDAT = ("nimi", "asiakas_id", "sija", "pisteet", "palvelutaso", "palvelu",
                        "luvut", "arvotasot", "toimenpiteet")


@tarkista_argumentit
def suunnitelma_tekstina(suunnitelma: dict) -> str:
    """Asiakkuussuunnitelma Markdown-tekstinä muistiossa näytettäväksi.

    >>> s = {"nimi": "Hotelli A", "asiakas_id": "A", "sija": 1, "pisteet": 4.2,
    ...      "palvelutaso": "Avainasiakas", "palvelu": "Henkilökohtainen palvelu.",
    ...      "luvut": {"Asiakkuuden kate": "800 €"}, "arvotasot": {"Kohtaamisen taso": 4.5},
    ...      "toimenpiteet": ["Kasvata asiakkuutta."]}
    >>> print(suunnitelma_tekstina(s))  # doctest: +NORMALIZE_WHITESPACE
    ### Asiakkuussuunnitelma: Hotelli A (A)
    **Sija 1, pisteet 4,20 / 5 – Avainasiakas.** Henkilökohtainen palvelu.
    <BLANKLINE>
    | Luku | Arvo |
    |---|---|
    | Asiakkuuden kate | 800 € |
    <BLANKLINE>
    **Arvon tasot (asiakaskysely 1–5):** Kohtaamisen taso 4,5
    <BLANKLINE>
    **Toimenpiteet:**
    1. Kasvata asiakkuutta.
    """
    puuttuvat = [k for k in _SUUNNITELMAN_KOHDAT if k not in suunnitelma]
    if puuttuvat or not all(isinstance(suunnitelma[k], dict) for k in ("luvut", "arvotasot")):
        raise virhe("suunnitelma_vajaa", puuttuvat=", ".join(puuttuvat) or "luvut")
    rivit = [f"### Asiakkuussuunnitelma: {suunnitelma['nimi']} ({suunnitelma['asiakas_id']})",
             f"**Sija {suunnitelma['sija']}, pisteet {luku(suunnitelma['pisteet'], 2)} / 5 – "
             f"{suunnitelma['palvelutaso']}.** {suunnitelma['palvelu']}", "",
             "| Luku | Arvo |", "|---|---|"]
    rivit += [f"| {nimi} | {arvo} |" for nimi, arvo in suunnitelma["luvut"].items()]
    tasot = [f"{nimi} {luku(arvo, 1)}" for nimi, arvo in suunnitelma["arvotasot"].items()
             if arvo is not None]
    rivit += ["", "**Arvon tasot (asiakaskysely 1–5):** " + (", ".join(tasot) or "ei vastauksia")]
    rivit += ["", "**Toimenpiteet:**"]
    rivit += [f"{i}. {teksti}" for i, teksti in enumerate(suunnitelma["toimenpiteet"], 1)]
    return "\n".join(rivit)


@tarkista_argumentit
def palvelutasojen_osuudet(tasot: pd.DataFrame, katteet: pd.DataFrame) -> pd.DataFrame:
    """Palvelutasoittain asiakkaiden määrä, tuotot, asiakkuuden kate ja osuus katteesta (%).

    ``tasot`` on ``palvelutasot``-funktion tulos ja ``katteet`` asiakkuuden katteet
    (``kate.asiakkuuden_kate``). Tasot ovat järjestyksessä avainasiakkaista kevytasiakkaisiin.

    >>> t = pd.DataFrame({"asiakas_id": ["A", "B"], "palvelutaso": ["avainasiakas", "kevytasiakas"]})
    >>> k = pd.DataFrame({"asiakas_id": ["A", "B"], "tuotot": [900.0, 100.0],
    ...                   "asiakkuuden_kate": [300.0, -100.0]})
    >>> palvelutasojen_osuudet(t, k)["osuus_katteesta_pros"].tolist()
    [150.0, 0.0, 0.0, -50.0]
    """
    tarkista_taulukko(tasot, "Palvelutasot", ["asiakas_id", "palvelutaso"])
    tarkista_taulukko(katteet, "Katteet", ["asiakas_id", "tuotot", "asiakkuuden_kate"],
                      numeeriset=["tuotot", "asiakkuuden_kate"])
    ryhmat = tasot.merge(katteet[["asiakas_id", "tuotot", "asiakkuuden_kate"]], on="asiakas_id")
    osuudet = ryhmat.groupby("palvelutaso").agg(asiakkaita=("asiakas_id", "size"),
                                                tuotot=("tuotot", "sum"),
                                                asiakkuuden_kate=("asiakkuuden_kate", "sum"))
    osuudet = osuudet.reindex(PALVELUTASOT["palvelutaso"], fill_value=0)
    osuudet["osuus_katteesta_pros"] = 100 * osuudet["asiakkuuden_kate"] / osuudet[
        "asiakkuuden_kate"].sum()
    return osuudet.rename_axis("palvelutaso")
