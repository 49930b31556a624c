"""Luvut, jotka luokka näkee opettajan oppaan kojelautademoissa, laskettuina apupaketista.

    python opettajalle/demoluvut.py

tulostaa jokaisen oppaan (``oppitunnit.md``) demoissa mainitun luvun. Luvut lasketaan samoilla
funktioilla, joita kojelauta ja oppitunnit käyttävät (``kate``, ``portfolio``, ``mittarit``),
eikä niitä kirjoiteta tähän käsin. Testi ``tests/test_opas.py`` vertaa oppaan demojen
jokaista euro- ja prosenttilukua näihin, joten opas ei voi jäädä jälkeen aineistosta.
"""

from __future__ import annotations

import inspect

from asiakkuus import arvotasot, kate, kokeilut, lataa_aineisto, mittarit, portfolio, suunnitelma
from asiakkuus.muotoilu import euroa, luku, prosenttia


#: Oppitunnin 7 demo: Pohjoisen Elämysmatkojen tuotot, jos safarin hintaa nostetaan (säädin).
A05_UUDET_TUOTOT = 150_000
#: Oppitunnin 3 demo: asiakaspalvelun säädin liikkuu sadan euron askelin nollarajan molemmin puolin.
A10_ASIAKASPALVELU_KOKEILUT = (3_500, 3_400)


def _sijat(pisteet, painot) -> dict:
    tulos = portfolio.pisteyta(pisteet, painot)
    return tulos.set_index("asiakas_id")


def demoluvut() -> dict[str, str]:
    """Oppaan demojen luvut nimettyinä, muotoiltuina niin kuin ne oppaassa lukevat.

    >>> luvut = demoluvut()
    >>> luvut["valas_raja"], luvut["nps_kaikki_vastauksia"]
    ('80 %', '117 vastausta')
    """
    a = lataa_aineisto()
    k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi,
                              a.asiakkaat).set_index("asiakas_id")
    luvut: dict[str, str] = {}

    # Oppitunnit 1 ja 3: kateketju kahdelle pitkäaikaiselle asiakkaalle (välilehti Asiakkuuden kate).
    for tunnus in ("A01", "A10", "A05"):
        rivi = k.loc[tunnus]
        luvut[f"{tunnus}_tuotot"] = euroa(rivi["tuotot"])
        luvut[f"{tunnus}_myyntikate"] = euroa(rivi["myyntikate"])
        luvut[f"{tunnus}_myyntikate_pros"] = prosenttia(rivi["myyntikate_pros"])
        luvut[f"{tunnus}_kate"] = euroa(rivi["asiakkuuden_kate"])
        luvut[f"{tunnus}_kate_pros"] = prosenttia(rivi["kate_pros"])
        luvut[f"{tunnus}_asiakaspalvelu"] = euroa(rivi["asiakaspalvelun_kustannukset"])
        if tunnus != "A01":
            luvut[f"{tunnus}_myynti"] = euroa(rivi["myynnin_kustannukset"])
            luvut[f"{tunnus}_markkinointi"] = euroa(rivi["markkinoinnin_kustannukset"])
    jakala = k.loc["A10"]
    # Asiakaspalvelun kustannukset, joilla Ravintola Jäkälän kate on nolla.
    luvut["A10_nollaraja"] = euroa(jakala["asiakaspalvelun_kustannukset"]
                                   + jakala["asiakkuuden_kate"])
    for palvelu in A10_ASIAKASPALVELU_KOKEILUT:  # säätimen lähimmät arvot nollarajan ympärillä
        luvut[f"A10_palvelu_{palvelu}"] = euroa(palvelu)
        luvut[f"A10_kate_palvelulla_{palvelu}"] = euroa(
            jakala["asiakkuuden_kate"] + jakala["asiakaspalvelun_kustannukset"] - palvelu)
    # Oppitunti 7: Pohjoisen Elämysmatkojen hinnat. Tuotot ylös, kustannukset ennallaan.
    a05 = k.loc["A05"]
    luvut["A05_uudet_tuotot"] = euroa(A05_UUDET_TUOTOT)
    uusi_kate = a05["asiakkuuden_kate"] + A05_UUDET_TUOTOT - a05["tuotot"]
    luvut["A05_uusi_kate"] = euroa(uusi_kate)
    luvut["A05_uusi_kate_pros"] = prosenttia(100 * uusi_kate / A05_UUDET_TUOTOT)
    luvut["koko_kate"] = euroa(k["asiakkuuden_kate"].sum())
    luvut["tappiollisia"] = f"{int((k['asiakkuuden_kate'] < 0).sum())} asiakasta"

    # Oppitunti 3: valaskäyrä ja 80/20 (välilehti Valaskäyrä ja 80/20).
    kayra = kate.valaskayra(k.reset_index())
    huippu = kate.valaskayran_huippu(kayra)
    luvut["valas_huippu_asiakkaita"] = f"{huippu['asiakkaita']} kannattavinta"
    luvut["valas_huippu_pros"] = prosenttia(huippu["huippu_pros"])
    luvut["valas_huippu_euroa"] = euroa(huippu["huippu"])
    luvut["valas_loput"] = f"{len(kayra) - huippu['asiakkaita']} asiakasta"
    for raja in (80, 50):
        osuudet = kate.pareto_osuudet(k.reset_index(), raja).set_index("mittari")
        luvut[f"valas_raja{'' if raja == 80 else '_' + str(raja)}"] = f"{raja} %"
        for mittari, nimi in (("asiakkuuden_kate", "kate"), ("tuotot", "myynti")):
            rivi = osuudet.loc[mittari]
            luvut[f"valas_{raja}_{nimi}_asiakkaita"] = f"{int(rivi['asiakkaita'])} asiakasta"
            luvut[f"valas_{raja}_{nimi}_osuus"] = prosenttia(rivi["asiakasosuus_pros"], 0)

    # Oppitunnit 2, 4 ja 7: portfolio (välilehti Asiakasportfolio).
    pisteet = portfolio.kriteeripisteet(k.reset_index(), a.myynnit, a.asiakkaat)
    for tunnus in ("A01", "A10"):
        rivi = pisteet.set_index("asiakas_id").loc[tunnus]
        luvut[f"{tunnus}_pisteet_kannattavuus"] = f"kannattavuus {int(rivi['kannattavuus'])}"
        luvut[f"{tunnus}_pisteet_uskollisuus"] = f"lujuus {int(rivi['uskollisuus'])}"
    for skenaario in ("oletus", "tanaan", "huomenna"):
        tulos = _sijat(pisteet, skenaario)
        karki = tulos[tulos["avainasiakas"]].sort_values("sija")
        luvut[f"{skenaario}_avaimet"] = ", ".join(karki["nimi"])
        if skenaario == "oletus":
            luvut["oletus_ykkonen_pisteet"] = luku(karki["pisteet"].iloc[0], 2)
        for tunnus in ("A05", "A20"):
            if (skenaario, tunnus) != ("tanaan", "A20"):
                luvut[f"{skenaario}_{tunnus}_sija"] = f"sijalla {int(tulos.loc[tunnus, 'sija'])}"
        if skenaario == "huomenna":  # sijoitustaulukon nuolet: muutos oletuspainoihin verrattuna
            oletus = _sijat(pisteet, "oletus")
            for tunnus in ("A20", "A05"):
                muutos = int(oletus.loc[tunnus, "sija"]) - int(tulos.loc[tunnus, "sija"])
                luvut[f"huomenna_{tunnus}_muutos"] = f"{'▲' if muutos > 0 else '▼'} {abs(muutos)}"
        painot = portfolio.SKENAARIOT[skenaario]
        luvut[f"{skenaario}_painot"] = "/".join(str(painot[kr]) for kr in portfolio.KRITEERIT)

    # Oppitunti 5: elinkaariarvon tutkija (oppitunnin luku 5.8) oletusarvoillaan.
    oletukset = {n: p.default for n, p in
                 inspect.signature(kokeilut.clv_tutkija).parameters.items()}
    m, vuosia = oletukset["kate_vuodessa"], oletukset["vuosia"]
    r, d = oletukset["pysyvyys_pros"] / 100, oletukset["korko_pros"] / 100
    luvut["clv_m"] = euroa(m)
    luvut["clv_r"] = prosenttia(100 * r, 0)
    luvut["clv_d"] = prosenttia(100 * d, 0)
    luvut["clv_vuosia"] = f"{vuosia} vuoden"
    luvut["clv"] = euroa(mittarit.clv(m, r, d))
    luvut["clv_kertyma"] = euroa(mittarit.clv_vuosittain(m, r, d, vuosia)["kertyma"].iloc[-1])
    luvut["clv_r97_pros"] = prosenttia(97, 0)
    luvut["clv_r97"] = euroa(mittarit.clv(m, 0.97, d))
    luvut["clv_d0_pros"] = prosenttia(0, 0)
    luvut["clv_d0"] = euroa(mittarit.clv(m, r, 0.0))

    luvut.update(_oppitunti_5(a))
    luvut.update(_oppitunti_7(a, k, pisteet))

    # Oppitunti 6: NPS (välilehti NPS).
    nps = a.kyselyt.assign(vuosi=a.kyselyt["pvm"].dt.year)
    luvut["nps_kaikki"] = luku(mittarit.nps(nps["nps"]), 1)
    luvut["nps_kaikki_vastauksia"] = f"{len(nps)} vastausta"
    vuosittain = {v: nps.loc[nps["vuosi"] == v, "nps"] for v in (2024, 2025)}
    for vuosi, arvot in vuosittain.items():
        luvut[f"nps_{vuosi}"] = luku(mittarit.nps(arvot), 1)
        luvut[f"nps_{vuosi}_vastauksia"] = f"{len(arvot)} vastausta"
    jakauma = mittarit.nps_jakauma(nps["nps"]).groupby("ryhma")["vastauksia"].sum()
    for ryhma in ("suosittelija", "arvostelija"):
        luvut[f"nps_{ryhma}t"] = f"{int(jakauma[ryhma])} ({prosenttia(100 * jakauma[ryhma] / len(nps))})"
    muutos = mittarit.nps_muutos(vuosittain[2024], vuosittain[2025])
    luvut["nps_muutos"] = luku(muutos["muutos"], 1)
    luvut["nps_virhemarginaali"] = luku(muutos["virhemarginaali"], 1)
    return luvut


def _oppitunti_5(a) -> dict[str, str]:
    """Oppitunti 5: välilehdet Pysyvyys sekä CLV ja LTV/CAC ja oppitunnin omat luvut 5.2–5.5."""
    from asiakkuus.kojelauta import kojelauta

    luvut: dict[str, str] = {}
    ostaneet = mittarit.ostaneet_vuosittain(a.myynnit).set_index("vuosi")
    for vuosi in (2024, 2025):
        luvut[f"pysyvyys_{vuosi}"] = prosenttia(ostaneet.loc[vuosi, "pysyvyys_pros"])
    luvut["poistuma_2025"] = prosenttia(ostaneet.loc[2025, "poistuma_pros"])
    lahteneet = mittarit.lahteneet(a.myynnit, a.asiakkaat, 2025)
    luvut["lahteneet_2025"] = f"{len(lahteneet)} asiakasta"
    nimet = list(lahteneet["nimi"])
    luvut["lahteneet_2025_nimet"] = ", ".join(nimet[:-1]) + " ja " + nimet[-1]

    # Oppitunnin luvut: m vuoden 2025 katteista, r = 34 / 37, CAC 2023–2025 (luvut 5.3 ja 5.5).
    k2025 = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi,
                                  a.asiakkaat, vuosi=2025)
    m = float(k2025["asiakkuuden_kate"].mean())
    alussa, jatkaneita = ostaneet.loc[2024, "ostaneita"], ostaneet.loc[2025, "jatkaneita"]
    r = mittarit.pysyvyysaste(alussa=int(alussa), lopussa=int(ostaneet.loc[2025, "ostaneita"]),
                              uusia=int(ostaneet.loc[2025, "uusia"]))
    aloitus = a.asiakkaat["asiakas_alkaen"].dt.year
    cac = mittarit.cac(a.hankinta["euroa"].sum(), int(aloitus.between(2023, 2025).sum()))
    cac_2025 = mittarit.cac_vuosittain(a.hankinta, a.asiakkaat).set_index("vuosi").loc[2025, "cac"]
    ltv = mittarit.clv(m, r, 0.10, ensimmainen_vuosi=True)
    luvut["oppitunti_clv"] = euroa(mittarit.clv(m, r, 0.10))
    luvut["oppitunti_r"] = f"{int(jatkaneita)} / {int(alussa)} = {prosenttia(100 * r)}"
    luvut["oppitunti_cac"] = euroa(cac)
    luvut["oppitunti_ltv"] = euroa(ltv)
    luvut["oppitunti_ltv_cac"] = luku(mittarit.ltv_cac(ltv, cac), 1)
    luvut["oppitunti_ltv_cac_2025"] = luku(mittarit.ltv_cac(ltv, cac_2025), 1)
    luvut["oppitunti_takaisinmaksu"] = f"{luku(mittarit.cac_takaisinmaksuaika(cac, m / 12), 1)} kuukautta"

    # Välilehti CLV ja LTV/CAC sellaisena kuin se aukeaa ...
    clv = kojelauta().clv
    alku_m, alku_r, alku_cac = float(clv.kate.value), clv.pysyvyys.value / 100, float(clv.cac.value)
    alku_ensimmainen = bool(clv.muunnelma.value)
    alku_clv = mittarit.clv(alku_m, alku_r, clv.korko.value / 100, ensimmainen_vuosi=alku_ensimmainen)
    luvut["valilehti_alku_m"] = euroa(alku_m)
    luvut["valilehti_alku_r"] = prosenttia(100 * alku_r, 0)
    luvut["valilehti_alku_cac"] = euroa(alku_cac)
    luvut["valilehti_alku_muunnelma"] = clv.muunnelma.label
    luvut["valilehti_alku_clv"] = euroa(alku_clv)
    luvut["valilehti_alku_ltv_cac"] = luku(mittarit.ltv_cac(alku_clv, alku_cac), 1)
    # ... ja säädettynä oppitunnin luvuille: säätimet liikkuvat 50 euron ja 1 %:n askelin.
    askel = clv.kate.step
    luvut["valilehti_m"] = euroa(round(m / askel) * askel)
    saadetty_cac = round(cac / clv.cac.step) * clv.cac.step
    luvut["valilehti_cac"] = euroa(saadetty_cac)
    saadetty_r = round(100 * r) / 100
    saadetty_ltv = mittarit.clv(round(m / askel) * askel, saadetty_r, 0.10, ensimmainen_vuosi=True)
    luvut["valilehti_ltv"] = euroa(saadetty_ltv)
    luvut["valilehti_ltv_cac"] = luku(mittarit.ltv_cac(saadetty_ltv, saadetty_cac), 1)
    luvut["valilehti_takaisinmaksu"] = (
        f"{luku(mittarit.cac_takaisinmaksuaika(saadetty_cac, round(m / askel) * askel / 12), 1)}"
        " kuukaudessa")
    return luvut


def _oppitunti_7(a, k, pisteet) -> dict[str, str]:
    """Oppitunti 7: välilehti Asiakassuunnitelma (sama funktio kuin kojelaudalla)."""
    luvut: dict[str, str] = {}
    profiili = arvotasot.arvotasoprofiili(a.kyselyt)
    for tunnus, painotukset in (("A05", ("oletus", "huomenna")), ("A10", ("oletus",))):
        for painotus in painotukset:
            tulos = suunnitelma.asiakkuussuunnitelma(
                tunnus, portfolio.pisteyta(pisteet, painotus), k.reset_index(), profiili, a.kyselyt)
            luvut[f"suunnitelma_{tunnus}_{painotus}"] = (
                f"Sija {tulos['sija']}, pisteet {luku(tulos['pisteet'], 2)} / 5 – "
                f"{tulos['palvelutaso']}")
        # Ensimmäinen toimenpide sanatarkasti (sen ensimmäinen virke).
        ensimmainen = tulos["toimenpiteet"][0].split(". ")[0].rstrip(".")
        luvut[f"suunnitelma_{tunnus}_toimi"] = ensimmainen
    return luvut


if __name__ == "__main__":
    for nimi, arvo in demoluvut().items():
        print(f"{nimi:32} {arvo}")
