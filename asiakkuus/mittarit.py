"""Asiakkuuden arvon ja tyytyväisyyden mittarit.

Elinkaariarvo (CLV), asiakashankinnan kustannus (CAC), LTV/CAC, CAC:n takaisinmaksuaika,
asiakaspysyvyys ja poistuma, uusintaostoaste sekä kyselymittarit NPS, CSAT ja CES.

Osuudet ovat kaikkialla osuuksia 0–1 (85 % = 0.85): ``pysyvyysaste``, ``poistuma``,
``uusintaostoaste`` ja ``csat`` palauttavat osuuden, ja ``clv`` ottaa pysyvyyden ja koron
osuuksina, joten funktiot ketjuuntuvat: ``clv(1000, pysyvyysaste(40, 42, 8), 0.1)``.
Prosentteina 0–100 ovat vain sarakkeet, joiden nimi päättyy ``_pros``. NPS on indeksi
−100 … 100 eikä osuus. Funktiot eivät pyöristä: pyöristys tehdään vasta näytettäessä
(``muotoilu.luku``, ``euroa``, ``osuus``).
"""

from __future__ import annotations

import math
import numbers

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .argumentit import tarkista_argumentit
from .virheet import luvuksi, tarkista_luku, tarkista_paivamaarat, tarkista_taulukko, virhe


@tarkista_argumentit
def clv(kate_vuodessa: float, pysyvyys: float, diskonttokorko: float,
        ensimmainen_vuosi: bool = False) -> float:
    """Asiakkaan elinkaariarvo ikuisen asiakkuuden kaavalla.

    Kaava: CLV = m · r / (1 + d − r), missä m on asiakkuuden vuosikate (ei myynti!),
    r pysyvyysaste (osuus asiakkaista, jotka jatkavat seuraavana vuonna) ja
    d diskonttokorko. Kaava on funktion ``clv_vuosittain`` raja-arvo, kun vuosia on
    äärettömän monta: jokaisen vuoden kate saadaan, jos asiakas on vielä mukana.

    Tämä muunnelma laskee arvon **ensi vuodesta alkaen**: tämän vuoden kate ei ole mukana
    (nykyisen asiakkaan arvo tästä eteenpäin). ``ensimmainen_vuosi=True`` ottaa mukaan myös
    ensimmäisen vuoden katteen, kuten uuden asiakkaan arvossa hankintahetkellä:
    CLV = m + m · r / (1 + d − r) = m · (1 + d) / (1 + d − r).

    >>> round(clv(1000, 0.8, 0.1), 2)  # 1000 · 0,8 / (1 + 0,1 − 0,8) = 800 / 0,3
    2666.67
    >>> round(clv(1000, 0.8, 0.1, ensimmainen_vuosi=True), 2)  # 1000 · 1,1 / 0,3
    3666.67
    >>> round(clv(1000, pysyvyysaste(alussa=40, lopussa=42, uusia=8), 0.1), 2)  # r = 0,85
    3400.0
    """
    m = tarkista_luku(kate_vuodessa, "Asiakkuuden vuosikate")
    r = tarkista_luku(pysyvyys, "Pysyvyysaste", alin=0, ylin=1,
                      vihje="Anna pysyvyys osuutena, esimerkiksi 80 % = 0.8.")
    d = tarkista_luku(diskonttokorko, "Diskonttokorko", alin=0, ylin=1,
                      vihje="Anna korko osuutena, esimerkiksi 10 % = 0.1.")
    if 1 + d - r <= 0:
        raise virhe("clv_aareton")
    return m * ((1 + d) if ensimmainen_vuosi else r) / (1 + d - r)


#: Vuosi vuodelta laskettavan elinkaariarvon pisin aika (taulukossa yksi rivi vuotta kohden).
VUOSIA_ENINTAAN = 1000


@tarkista_argumentit
def clv_vuosittain(kate_vuodessa: float, pysyvyys: float, diskonttokorko: float,
                   vuosia: int) -> pd.DataFrame:
    """Elinkaariarvo vuosi vuodelta rajatulle ajalle (diskontattu summa).

    Vuoden t (t = 1 … T) kate on m · r^t / (1 + d)^t: asiakas on mukana vuonna t
    todennäköisyydellä r^t ja tuleva euro on tänään vähemmän arvoinen. CLV on
    sarakkeen ``kertyma`` viimeinen arvo: CLV_T = Σ m · r^t / (1 + d)^t.

    >>> clv_vuosittain(1000, 0.5, 0.0, 3)
       vuosi  mukana_todennakoisyys  diskontattu_kate  kertyma
    0      1                  0.500             500.0    500.0
    1      2                  0.250             250.0    750.0
    2      3                  0.125             125.0    875.0
    """
    m = tarkista_luku(kate_vuodessa, "Asiakkuuden vuosikate")
    r = tarkista_luku(pysyvyys, "Pysyvyysaste", alin=0, ylin=1,
                      vihje="Anna pysyvyys osuutena, esimerkiksi 80 % = 0.8.")
    d = tarkista_luku(diskonttokorko, "Diskonttokorko", alin=0, ylin=1,
                      vihje="Anna korko osuutena, esimerkiksi 10 % = 0.1.")
    vuosia = tarkista_luku(vuosia, "Vuosien määrä", alin=1, ylin=VUOSIA_ENINTAAN,
                           vihje="Sadankin vuoden jälkeen kertymä ei enää juuri muutu.")
    t = np.arange(1, int(vuosia) + 1)
    mukana = r ** t
    kate = m * (r / (1 + d)) ** t  # sama kuin m · r^t / (1 + d)^t, ei ylivuotoa pitkillä ajoilla
    return pd.DataFrame({"vuosi": t, "mukana_todennakoisyys": mukana,
                         "diskontattu_kate": kate, "kertyma": np.cumsum(kate)})


@tarkista_argumentit
def clv_virhevertailu(kate_vuodessa: float, myynti_vuodessa: float, pysyvyys: float,
                      diskonttokorko: float, optimistinen_pysyvyys: float = 0.97) -> pd.DataFrame:
    """Elinkaariarvon kolme tavallista virhettä rinnakkain oikean laskun kanssa.

    Sarake ``kertaa`` kertoo, montako kertaa oikean arvon suuruinen kukin tulos on.

    >>> v = clv_virhevertailu(1000, 4000, 0.9, 0.1)  # 900/0,2; 3600/0,2; 970/0,13; 900/0,1
    >>> v["euroa"].round().tolist(), v["kertaa"].round(3).tolist()
    ([4500.0, 18000.0, 7462.0, 9000.0], [1.0, 4.0, 1.658, 2.0])
    """
    oikea = clv(kate_vuodessa, pysyvyys, diskonttokorko)
    taulu = pd.DataFrame({
        "laskutapa": [f"Oikein: kate, toteutunut pysyvyys ja korko {100 * diskonttokorko:.0f}\u00a0%",
                      "Virhe 1: myynti katteen sijaan",
                      f"Virhe 2: liian optimistinen pysyvyys {100 * optimistinen_pysyvyys:.0f}\u00a0%",
                      "Virhe 3: diskonttaus unohtuu (korko 0\u00a0%)"],
        "euroa": [oikea, clv(myynti_vuodessa, pysyvyys, diskonttokorko),
                  clv(kate_vuodessa, optimistinen_pysyvyys, diskonttokorko),
                  clv(kate_vuodessa, pysyvyys, 0)],
    })
    taulu["kertaa"] = taulu["euroa"] / oikea
    return taulu


@tarkista_argumentit
def clv_lajeittain(katteet: pd.DataFrame, pysyvyys: float, diskonttokorko: float) -> pd.DataFrame:
    """Asiakaslajeittain asiakkaiden määrä, kate yhteensä ja asiakasta kohden sekä CLV.

    Kaikille lajeille käytetään samaa pysyvyyttä; arvokkain laji ensin.

    >>> k = pd.DataFrame({"tyyppi": ["hotelli", "hotelli", "kahvila"],
    ...                   "asiakkuuden_kate": [1000.0, 3000.0, -100.0]})
    >>> clv_lajeittain(k, 0.9, 0.1).round(2)[["tyyppi", "asiakkaita", "clv"]].values.tolist()
    [['hotelli', 2, 9000.0], ['kahvila', 1, -450.0]]
    """
    tarkista_taulukko(katteet, "Katteet", ["tyyppi", "asiakkuuden_kate"],
                      numeeriset=["asiakkuuden_kate"])
    ryhmat = katteet.groupby("tyyppi")["asiakkuuden_kate"].agg(
        asiakkaita="count", kate_yhteensa="sum", kate_asiakasta_kohden="mean")
    ryhmat["clv"] = ryhmat["kate_asiakasta_kohden"].map(
        lambda m: clv(m, pysyvyys, diskonttokorko))
    return ryhmat.sort_values("clv", ascending=False).reset_index()


@tarkista_argumentit
def lahteneet(myynnit: pd.DataFrame, asiakkaat: pd.DataFrame, vuosi: int) -> pd.DataFrame:
    """Asiakkaat, jotka ostivat edellisenä vuonna mutta eivät vuonna ``vuosi`` (poistuma ihmisinä).

    >>> m = pd.DataFrame({"asiakas_id": ["A", "B", "A"],
    ...                   "pvm": pd.to_datetime(["2024-01-05", "2024-02-01", "2025-03-01"])})
    >>> s = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Hotelli", "Kahvila"]})
    >>> lahteneet(m, s, 2025)["nimi"].tolist()
    ['Kahvila']
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id", "pvm"])
    tarkista_taulukko(asiakkaat, "Asiakkaat", ["asiakas_id"])
    vuodet = pd.to_datetime(myynnit["pvm"]).dt.year
    ennen = set(myynnit.loc[vuodet == vuosi - 1, "asiakas_id"])
    nyt = set(myynnit.loc[vuodet == vuosi, "asiakas_id"])
    return asiakkaat[asiakkaat["asiakas_id"].isin(ennen - nyt)].reset_index(drop=True)


@tarkista_argumentit
def cac(hankintakustannukset: float, uusia_asiakkaita: int) -> float:
    """Asiakashankinnan kustannus: CAC = hankinnan kustannukset / uusien asiakkaiden määrä.

    Hankinnan kustannuksia ovat esimerkiksi myyntityön palkat, esitteet ja näytteet sekä
    avajaisalennukset.

    >>> cac(9000, 6)
    1500.0
    """
    kustannukset = tarkista_luku(hankintakustannukset, "Hankintakustannukset", alin=0)
    uusia = tarkista_luku(uusia_asiakkaita, "Uusien asiakkaiden määrä", positiivinen=True,
                          vihje="CAC:ta ei voi laskea, jos uusia asiakkaita ei tullut.")
    return kustannukset / uusia


@tarkista_argumentit
def cac_vuosittain(hankinta: pd.DataFrame, asiakkaat: pd.DataFrame) -> pd.DataFrame:
    """Hankinnan kustannukset, uusien asiakkaiden määrä ja CAC jokaiselle vuodelle.

    Uudet asiakkaat lasketaan asiakkuuden alkupäivästä.

    >>> h = pd.DataFrame({"vuosi": [2024, 2024, 2025], "euroa": [600.0, 400.0, 900.0]})
    >>> s = pd.DataFrame({"asiakas_alkaen": pd.to_datetime(["2024-02-01", "2024-05-01",
    ...                                                      "2025-01-10"])})
    >>> cac_vuosittain(h, s)["cac"].tolist()  # 1 000 / 2 ja 900 / 1
    [500.0, 900.0]
    """
    tarkista_taulukko(hankinta, "Hankinta", numeeriset=["vuosi", "euroa"])
    tarkista_paivamaarat(asiakkaat, "asiakas_alkaen", "Asiakkaat")
    vuodet = hankinta.groupby("vuosi")["euroa"].sum().rename("hankinnan_kustannukset")
    uusia = pd.to_datetime(asiakkaat["asiakas_alkaen"]).dt.year.value_counts()
    taulu = vuodet.to_frame().assign(uusia=uusia.reindex(vuodet.index, fill_value=0))
    taulu["cac"] = [cac(k, int(u)) for k, u in zip(taulu["hankinnan_kustannukset"],
                                                  taulu["uusia"])]
    return taulu.rename_axis("vuosi").reset_index()


@tarkista_argumentit
def ltv_cac(elinkaariarvo: float, hankintakustannus: float) -> float:
    """LTV/CAC-suhde: kuinka moninkertaisesti asiakas maksaa hankintansa takaisin.

    Nyrkkisääntö: yli 3 on hyvä, alle 1 tarkoittaa, että hankinta tuottaa tappiota.

    >>> ltv_cac(4500, 1500)
    3.0
    """
    ltv = tarkista_luku(elinkaariarvo, "Elinkaariarvo")
    hinta = tarkista_luku(hankintakustannus, "Asiakashankinnan kustannus (CAC)",
                          positiivinen=True)
    return ltv / hinta


@tarkista_argumentit
def cac_takaisinmaksuaika(hankintakustannus: float, kate_kuukaudessa: float) -> float:
    """CAC:n takaisinmaksuaika kuukausina = CAC / asiakkuuden kate kuukaudessa.

    >>> cac_takaisinmaksuaika(1200, 100)
    12.0
    """
    hinta = tarkista_luku(hankintakustannus, "Asiakashankinnan kustannus (CAC)", alin=0)
    kate = tarkista_luku(kate_kuukaudessa, "Asiakkuuden kate kuukaudessa", positiivinen=True,
                         vihje="Jos asiakas ei tuota katetta, hankinta ei maksa itseään "
                               "koskaan takaisin.")
    return hinta / kate


@tarkista_argumentit
def pysyvyysaste(alussa: int, lopussa: int, uusia: int) -> float:
    """Asiakaspysyvyys osuutena 0–1: (lopussa − uusia) / alussa.

    Lasketaan jakson alun asiakkaista: kuinka moni heistä on yhä asiakas jakson lopussa.
    Jakson aikana tulleet uudet asiakkaat vähennetään, koska he eivät olleet alussa.
    Prosentteina näytettynä: ``muotoilu.osuus(pysyvyysaste(...))``.

    >>> pysyvyysaste(alussa=40, lopussa=42, uusia=8)  # (42 − 8) / 40
    0.85
    """
    alussa = tarkista_luku(alussa, "Asiakkaiden määrä jakson alussa", positiivinen=True)
    lopussa = tarkista_luku(lopussa, "Asiakkaiden määrä jakson lopussa", alin=0)
    uusia = tarkista_luku(uusia, "Uusien asiakkaiden määrä", alin=0)
    if uusia > lopussa:
        raise virhe("pysyvyys_uusia_liikaa", uusia=uusia, lopussa=lopussa)
    if lopussa - uusia > alussa:
        raise virhe("pysyvyys_jatkaneita_liikaa")
    return (lopussa - uusia) / alussa


@tarkista_argumentit
def poistuma(pysyvyys: float) -> float:
    """Asiakaspoistuma (churn) osuutena 0–1 = 1 − pysyvyysaste.

    >>> round(poistuma(0.85), 2)
    0.15
    """
    pysyvyys = tarkista_luku(pysyvyys, "Pysyvyysaste", alin=0, ylin=1,
                             vihje="Anna pysyvyys osuutena, esimerkiksi 85 % = 0.85.")
    return 1 - pysyvyys


@tarkista_argumentit
def ostaneet_vuosittain(myynnit: pd.DataFrame) -> pd.DataFrame:
    """Asiakkaiden määrät vuosittain: ostaneet, jatkaneet, palanneet, uudet ja pysyvyysaste.

    Asiakas on *jatkanut*, jos hän osti sekä edellisenä että tänä vuonna, *palannut*, jos
    hän osti aiemmin mutta ei edellisenä vuonna, ja *uusi*, jos hän ostaa ensimmäistä
    kertaa. Pysyvyysaste on jatkaneiden osuus edellisen vuoden ostajista ja poistuma sen
    vastaluku. Aineiston ensimmäisenä vuonna näitä ei voi tietää (aiemmat ostot puuttuvat),
    joten ne jäävät tyhjiksi (<NA>).

    >>> m = pd.DataFrame({"asiakas_id": ["A", "B", "C", "A", "C", "D"],
    ...                   "pvm": pd.to_datetime(["2024-03-01", "2024-05-01", "2024-06-01",
    ...                                          "2025-01-01", "2025-02-01", "2025-03-01"])})
    >>> ostaneet_vuosittain(m).round(1)
       vuosi  ostaneita  jatkaneita  palanneita  uusia  pysyvyys_pros  poistuma_pros
    0   2024          3        <NA>        <NA>   <NA>            NaN            NaN
    1   2025          3           2           0      1           66.7           33.3
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id"])
    tarkista_paivamaarat(myynnit, "pvm", "Myynnit")
    vuodet = myynnit["pvm"].dt.year
    ostajat = {int(v): set(ryhma) for v, ryhma in myynnit["asiakas_id"].groupby(vuodet)}
    rivit, edelliset, aiemmat = [], None, set()
    for vuosi in sorted(ostajat):
        nyt = ostajat[vuosi]
        jatkaneet = nyt & edelliset if edelliset is not None else set()
        palanneet = (nyt & aiemmat) - jatkaneet
        pysyvyys = 100 * len(jatkaneet) / len(edelliset) if edelliset else np.nan
        rivit.append((vuosi, len(nyt), len(jatkaneet), len(palanneet), len(nyt - aiemmat),
                      pysyvyys, 100 - pysyvyys))
        edelliset = nyt if vuosi + 1 in ostajat else set()
        aiemmat |= nyt
    tulos = pd.DataFrame(rivit, columns=["vuosi", "ostaneita", "jatkaneita", "palanneita",
                                         "uusia", "pysyvyys_pros", "poistuma_pros"])
    ensimmainen = tulos.index[:1]
    for sarake in ("jatkaneita", "palanneita", "uusia"):
        tulos[sarake] = tulos[sarake].astype("Int64")
        tulos.loc[ensimmainen, sarake] = pd.NA
    return tulos


@tarkista_argumentit
def uusintaostoaste(myynnit: pd.DataFrame) -> float:
    """Uusintaostoaste osuutena 0–1: kuinka moni asiakas on ostanut vähintään kahtena päivänä.

    >>> m = pd.DataFrame({"asiakas_id": ["A", "A", "B", "B", "C"],
    ...                   "pvm": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-01-05",
    ...                                          "2025-01-05", "2025-03-01"])})
    >>> round(uusintaostoaste(m), 3)  # vain A osti kahtena eri päivänä: 1 / 3
    0.333
    """
    tarkista_taulukko(myynnit, "Myynnit", ["asiakas_id"])
    tarkista_paivamaarat(myynnit, "pvm", "Myynnit")
    ostopaivia = myynnit.groupby("asiakas_id")["pvm"].nunique()
    return float((ostopaivia >= 2).mean())


def _vastaukset(vastaukset, nimi: str, alin: int, ylin: int) -> np.ndarray:
    """Kyselyvastaukset lukuina; puuttuvat vastaukset jätetään pois."""
    if isinstance(vastaukset, pd.DataFrame):
        raise virhe("kysely_taulukko", nimi=nimi, sarake=nimi.lower())
    sarja = pd.Series(list(vastaukset) if not isinstance(vastaukset, pd.Series) else vastaukset)
    sarja = sarja.dropna()
    if len(sarja) == 0:
        raise virhe("kysely_tyhja", nimi=nimi)
    if pd.api.types.is_numeric_dtype(sarja) and not pd.api.types.is_bool_dtype(sarja):
        luvut = sarja.astype(float)  # nopea polku: numpy-taulukko tai lukusarake
    else:  # jokainen vastaus erikseen: teksti ("9") ja totuusarvo eivät ole vastauksia
        for arvo in sarja:
            if isinstance(arvo, (bool, np.bool_)) or not isinstance(arvo, numbers.Real):
                raise virhe("kysely_ei_luku", nimi=nimi, arvo=arvo, alin=alin, ylin=ylin)
        # Liian suuri kokonaisluku on ääretön ja siis asteikon ulkopuolella.
        luvut = pd.Series([luvuksi(arvo) for arvo in sarja], dtype=float)
    ulkona = (luvut < alin) | (luvut > ylin) | (luvut != luvut.round())
    if ulkona.any():
        huono = luvut[ulkona].iloc[0]
        raise virhe("kysely_asteikko", nimi=nimi, arvo=huono, alin=alin, ylin=ylin)
    return luvut.to_numpy(dtype=float)


@tarkista_argumentit
def nps(vastaukset: Iterable[int]) -> float:
    """Net Promoter Score: suosittelijoiden % − arvostelijoiden %, välillä −100 … 100.

    Suosittelijat antavat 9–10, passiiviset 7–8 ja arvostelijat 0–6.

    >>> round(nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 0]), 1)  # 5 suosittelijaa, 3 arvostelijaa / 10
    20.0
    """
    arvot = _vastaukset(vastaukset, "NPS", 0, 10)
    return 100 * float((arvot >= 9).mean() - (arvot <= 6).mean())


@tarkista_argumentit
def nps_virhemarginaali(vastaukset: Iterable[int], z: float = 1.96) -> float:
    """NPS:n virhemarginaali NPS-pisteinä (±), oletuksena 95 %:n luottamustasolla.

    Kun suosittelijoiden osuus on p_s, arvostelijoiden p_a ja vastaajia n, NPS:n varianssi
    on p_s + p_a − (p_s − p_a)² ja virhemarginaali z · √(varianssi / n) · 100. Pienellä
    vastaajamäärällä marginaali on suuri: luku heiluu sattumalta.

    >>> round(nps_virhemarginaali([10, 9, 9, 8, 7, 6, 3, 10, 9, 0]), 1)  # 0,5 + 0,3 − 0,2²
    54.0
    """
    z = tarkista_luku(z, "Luottamustason kerroin z", positiivinen=True,
                      vihje="95 %:n luottamustasolla z = 1.96.")
    return 100 * z * _nps_keskivirhe(_vastaukset(vastaukset, "NPS", 0, 10))


def _nps_keskivirhe(arvot: pd.Series) -> float:
    """NPS:n keskivirhe osuutena (ei pyöristetty)."""
    suosittelijat, arvostelijat = float((arvot >= 9).mean()), float((arvot <= 6).mean())
    varianssi = suosittelijat + arvostelijat - (suosittelijat - arvostelijat) ** 2
    return math.sqrt(varianssi / len(arvot))


@tarkista_argumentit
def nps_muutos(ennen: Iterable[int], jalkeen: Iterable[int], z: float = 1.96) -> pd.Series:
    """Onko kahden kyselyn NPS-ero todellinen? Muutos, sen virhemarginaali ja vastaukset.

    - ``muutos``: NPS(jälkeen) − NPS(ennen) pisteinä
    - ``virhemarginaali``: erotuksen virhemarginaali (±) pisteinä; jos muutos on sitä
      pienempi, se voi hyvin olla sattumaa
    - ``vastauksia``: kuinka monen jälkimmäisen kyselyn vastauksen siirtyminen ryhmästä
      toiseen (esim. passiivisesta suosittelijaksi) tuottaisi saman muutoksen; yksi
      siirtymä muuttaa NPS:ää 100 / n pistettä

    >>> nps_muutos([10] * 5 + [0] * 5, [10] * 6 + [0] * 4).round(1).to_dict()
    {'muutos': 20.0, 'virhemarginaali': 86.8, 'vastauksia': 2.0}
    """
    z = tarkista_luku(z, "Luottamustason kerroin z", positiivinen=True,
                      vihje="95 %:n luottamustasolla z = 1.96.")
    ennen = _vastaukset(ennen, "NPS (ennen)", 0, 10)
    jalkeen = _vastaukset(jalkeen, "NPS (jälkeen)", 0, 10)
    muutos = 100 * float((jalkeen >= 9).mean() - (jalkeen <= 6).mean()
                         - (ennen >= 9).mean() + (ennen <= 6).mean())
    virhemarginaali = 100 * z * math.hypot(_nps_keskivirhe(ennen), _nps_keskivirhe(jalkeen))
    return pd.Series({"muutos": muutos, "virhemarginaali": virhemarginaali,
                      "vastauksia": muutos / (100 / len(jalkeen))})


@tarkista_argumentit
def nps_jakauma(vastaukset: Iterable[int]) -> pd.DataFrame:
    """Vastausten määrät arvosanoittain 0–10 ja kunkin arvosanan ryhmä.

    >>> nps_jakauma([10, 9, 6]).tail(3)
        arvosana  vastauksia         ryhma
    8          8           0    passiivinen
    9          9           1  suosittelija
    10        10           1  suosittelija
    """
    arvot = _vastaukset(vastaukset, "NPS", 0, 10).astype(int)
    arvosanat = np.arange(11)
    ryhma = np.where(arvosanat >= 9, "suosittelija",
                     np.where(arvosanat >= 7, "passiivinen", "arvostelija"))
    return pd.DataFrame({"arvosana": arvosanat,
                         "vastauksia": np.bincount(arvot, minlength=11),
                         "ryhma": ryhma})


@tarkista_argumentit
def csat(vastaukset: Iterable[int]) -> float:
    """Customer Satisfaction Score: tyytyväisten (4 tai 5 asteikolla 1–5) osuus 0–1.

    >>> csat([5, 4, 3, 2, 5])  # 3 / 5
    0.6
    """
    arvot = _vastaukset(vastaukset, "CSAT", 1, 5)
    return float((arvot >= 4).mean())


@tarkista_argumentit
def ces(vastaukset: Iterable[int]) -> float:
    """Customer Effort Score: väittämän "Asiointi oli helppoa" (1–7) vastausten keskiarvo.

    Mitä suurempi luku, sitä helpompaa asiointi oli.

    >>> ces([7, 6, 5, 2])
    5.0
    """
    arvot = _vastaukset(vastaukset, "CES", 1, 7)
    return float(arvot.mean())
