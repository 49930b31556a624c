"""Luvut, jotka luokka näkee opettajan oppaan kojelautademoissa, laskettuina apupaketista.

    python opettajalle/demoluvut.py

tulostaa jokaisen oppaan (``oppitunnit.md``) demoissa mainitun luvun. Luvut lasketaan samoilla
funktioilla, joita kojelauta ja oppitunnit käyttävät (``kate``, ``portfolio``, ``mittarit``),
eikä niitä kirjoiteta tähän käsin. Testi ``tests/test_opas.py`` vertaa oppaan demojen
jokaista euro- ja prosenttilukua näihin, joten opas ei voi jäädä jälkeen aineistosta.
"""

from __future__ import annotations

import inspect

from asiakkuus import kate, kokeilut, lataa_aineisto, mittarit, portfolio
from asiakkuus.muotoilu import euroa, luku, prosenttia


#: Oppitunnin 7 demo: Pohjoisen Elämysmatkojen tuotot, jos safarin hintaa nostetaan (säädin).
A05_UUDET_TUOTOT = 150_000


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
    jakala = k.loc["A10"]
    # Asiakaspalvelun kustannukset, joilla Ravintola Jäkälän kate on nolla.
    luvut["A10_nollaraja"] = euroa(jakala["asiakaspalvelun_kustannukset"]
                                   + jakala["asiakkuuden_kate"])
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


if __name__ == "__main__":
    for nimi, arvo in demoluvut().items():
        print(f"{nimi:32} {arvo}")
