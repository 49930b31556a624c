"""Kojelaudan taulukot HTML:nä: sijoitus, asiakkaiden pysyvyys ja asiakkuussuunnitelma.

Taulukot ovat tavallista HTML:ää ``tyylit.TYYLI``-luokilla; luvut muotoillaan
suomalaisittain ``muotoilu``-moduulilla ja kaikki teksti suojataan (``html.escape``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from .. import portfolio
from ..argumentit import tarkista_argumentit
from ..muotoilu import euroa, luku, prosenttia
from .apu import _html_vari
from .tyylit import _PUNAINEN_TEKSTI, _VIHREA_TEKSTI, TAULUKON_RIVIT


NIMEN_PITUUS = 17


def _lyhenna(nimi: str, pituus: int = NIMEN_PITUUS) -> str:
    return nimi if len(nimi) <= pituus else nimi[:pituus - 1] + "…"


@tarkista_argumentit
def sijoitustaulukko_html(pisteytys: pd.DataFrame, rivit: int = TAULUKON_RIVIT,
                          kate_df: pd.DataFrame | None = None,
                          vertailusijat: Mapping[str, int] | None = None,
                          painot: Mapping[str, float] | None = None) -> str:
    """Sijoitustaulukko HTML:nä: parhaat ``rivit`` asiakasta, avainasiakkaat korostettuina.

    ``pisteytys`` tulee funktiosta ``portfolio.pisteyta``. Jos ``kate_df``
    (``kate.asiakkuuden_kate``) annetaan, taulukossa on myös asiakkuuden kate;
    ``vertailusijat`` (asiakas → sija) näyttää, montako sijaa asiakas nousi tai laski.
    Rivien ``data-asiakas`` ja taulukon ``data-painot`` auttavat selaintestejä.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Iso & Co", "Pieni"],
    ...                   "pisteet": [4.5, 2.25], "sija": [1, 2], "avainasiakas": [True, False]})
    >>> taulu = sijoitustaulukko_html(p, vertailusijat={"A": 2, "B": 1})
    >>> taulu.count('class="avainasiakas"'), "4,50" in taulu, "Iso &amp; Co" in taulu
    (1, True, True)
    >>> "▲ 1" in taulu  # A nousi sijalta 2 sijalle 1
    True
    """
    nakyvat = pisteytys.sort_values("sija").head(rivit)
    avaimia = int(pisteytys["avainasiakas"].sum())
    if kate_df is not None:
        tiedot = kate_df.set_index("asiakas_id").reindex(nakyvat["asiakas_id"])
    sarakkeet = ["Sija", "Asiakas", "Pisteet"] + (["Kate"] if kate_df is not None else []) \
        + (["Muutos"] if vertailusijat is not None else [])
    luvut = {"Pisteet", "Kate", "Muutos", "Sija"}
    otsikot = "".join(f'<th class="{"luku" if s in luvut else ""}">{s}</th>' for s in sarakkeet)
    painoteksti = ",".join(str(int(round(float(painot[k])))) for k in portfolio.KRITEERIT) \
        if painot is not None else ""
    osat = [f'<table class="kojelauta-taulukko kojelauta-sijoitus" data-painot="{painoteksti}" '
            f'data-avainasiakkaita="{avaimia}">',
            f"<caption>Parhaat {len(nakyvat)} asiakasta. <b>★ = avainasiakas</b> "
            f"({avaimia} parasta).</caption>",
            f"<thead><tr>{otsikot}</tr></thead><tbody>"]
    for i, rivi in enumerate(nakyvat.itertuples(index=False)):
        tunnus = str(rivi.asiakas_id)
        avain = bool(rivi.avainasiakas)
        nimi = str(getattr(rivi, "nimi", tunnus))
        solut = [f'<td class="luku">{"★ " if avain else ""}{int(rivi.sija)}</td>',
                 f"<td>{html.escape(_lyhenna(nimi))}</td>"]
        solut.append(f'<td class="luku">{luku(float(rivi.pisteet), 2)}</td>')
        if kate_df is not None:
            kate_ = float(tiedot["asiakkuuden_kate"].iloc[i])
            solut.append(f'<td class="luku" style="color:{_html_vari(kate_)}">'
                         f"{euroa(kate_)}</td>")
        if vertailusijat is not None:
            muutos = int(vertailusijat.get(tunnus, rivi.sija)) - int(rivi.sija)
            if muutos > 0:
                solut.append(f'<td class="luku" style="color:{_VIHREA_TEKSTI}">▲ {muutos}</td>')
            elif muutos < 0:
                solut.append(f'<td class="luku" style="color:{_PUNAINEN_TEKSTI}">▼ {-muutos}'
                             "</td>")
            else:
                solut.append('<td class="luku">–</td>')
        luokka = ' class="avainasiakas"' if avain else ""
        osat.append(f'<tr data-asiakas="{html.escape(tunnus)}"{luokka}>{"".join(solut)}</tr>')
    osat.append("</tbody></table>")
    return "".join(osat)




LAHTENEITA_ENINTAAN = 6


@tarkista_argumentit
def pysyvyystaulukko_html(ostaneet: pd.DataFrame, otsikko: str = "") -> str:
    """Ostaneet asiakkaat vuosittain taulukkona (``mittarit.ostaneet_vuosittain``).

    ``otsikko`` (esimerkiksi asiakaslaji) näkyy taulukon yläpuolella.

    Ensimmäisen vuoden pysyvyyttä ei tiedetä, joten sen kohdalla on viiva.

    >>> o = pd.DataFrame({"vuosi": [2024, 2025], "ostaneita": [3, 3],
    ...                   "jatkaneita": pd.array([pd.NA, 2], dtype="Int64"),
    ...                   "palanneita": pd.array([pd.NA, 0], dtype="Int64"),
    ...                   "uusia": pd.array([pd.NA, 1], dtype="Int64"),
    ...                   "pysyvyys_pros": [float("nan"), 200 / 3],
    ...                   "poistuma_pros": [float("nan"), 100 / 3]})
    >>> taulu = pysyvyystaulukko_html(o)
    >>> "66,7" in taulu, taulu.count("<tr")
    (True, 3)
    """
    sarakkeet = ["Vuosi", "Ostaneita", "Jatkaneita", "Palanneita", "Uusia", "Pysyvyys",
                 "Poistuma"]  # samat sanat kuin mittarit.ostaneet_vuosittain
    otsikot = "".join(f'<th class="luku">{s}</th>' for s in sarakkeet)
    osat = ['<table class="kojelauta-taulukko kojelauta-pysyvyys">',
            f"<caption>{html.escape(otsikko)}</caption>" if otsikko else "",
            f"<thead><tr>{otsikot}</tr></thead><tbody>"]
    for rivi in ostaneet.itertuples(index=False):
        luvut = [str(int(rivi.vuosi)), luku(rivi.ostaneita), luku(rivi.jatkaneita),
                 luku(rivi.palanneita), luku(rivi.uusia), prosenttia(rivi.pysyvyys_pros),
                 prosenttia(rivi.poistuma_pros)]
        osat.append("<tr>" + "".join(f'<td class="luku">{arvo}</td>' for arvo in luvut)
                    + "</tr>")
    osat.append("</tbody></table>")
    return "".join(osat)


@tarkista_argumentit
def suunnitelma_html(suunnitelma: Mapping) -> str:
    """Asiakkuussuunnitelma (``suunnitelma.asiakkuussuunnitelma``) HTML:nä kojelaudalle.

    Sama sisältö kuin ``suunnitelma.suunnitelma_tekstina``: sija, pisteet ja palvelutaso,
    asiakkaan luvut, arvon tasot ja toimenpiteet.

    >>> s = {"nimi": "Hotelli <A>", "asiakas_id": "A", "sija": 1, "pisteet": 4.2,
    ...      "palvelutaso": "Avainasiakas", "palvelu": "Henkilökohtainen palvelu.",
    ...      "luvut": {"Asiakkuuden kate": "800 €"}, "arvotasot": {"Kohtaamisen taso": 4.5},
    ...      "toimenpiteet": ["Kasvata asiakkuutta."]}
    >>> teksti = suunnitelma_html(s)
    >>> "Hotelli &lt;A&gt;" in teksti, "4,20 / 5" in teksti, teksti.count("<li>")
    (True, True, 1)
    """
    luvut = "".join(f"<tr><td>{html.escape(str(nimi))}</td><td class='luku'>"
                    f"{html.escape(str(arvo))}</td></tr>"
                    for nimi, arvo in suunnitelma["luvut"].items())
    tasot = [f"{html.escape(str(nimi))} {luku(arvo, 1)}"
             for nimi, arvo in suunnitelma["arvotasot"].items() if arvo is not None]
    toimet = "".join(f"<li>{html.escape(str(t))}</li>" for t in suunnitelma["toimenpiteet"])
    return (f"<div class='kojelauta-suunnitelma' data-asiakas="
            f"'{html.escape(str(suunnitelma['asiakas_id']))}'>"
            f"<h3>Asiakkuussuunnitelma: {html.escape(str(suunnitelma['nimi']))} "
            f"({html.escape(str(suunnitelma['asiakas_id']))})</h3>"
            f"<p><b>Sija {suunnitelma['sija']}, pisteet {luku(suunnitelma['pisteet'], 2)} / 5 – "
            f"{html.escape(str(suunnitelma['palvelutaso']))}.</b> "
            f"{html.escape(str(suunnitelma['palvelu']))}</p>"
            f"<table class='kojelauta-taulukko'><thead><tr><th>Luku</th><th class='luku'>Arvo"
            f"</th></tr></thead><tbody>{luvut}</tbody></table>"
            f"<p><b>Arvon tasot (asiakaskysely 1–5):</b> {', '.join(tasot) or 'ei vastauksia'}"
            f"</p><p><b>Toimenpiteet:</b></p>"
            f"<ol>{toimet or '<li>Ei erityisiä toimenpiteitä: jatka nykyisellä tasolla.</li>'}"
            f"</ol></div>")


@tarkista_argumentit
def lahteneet_html(lahteneet: pd.DataFrame, vuosi: int | None = None) -> str:
    """Vuoden ``vuosi`` lähteneet asiakkaat (``mittarit.lahteneet``) nimeltä, enintään kuusi.

    >>> lahteneet_html(pd.DataFrame({"nimi": ["Kahvila <Kuu>"]}), 2025)
    '<p><b>Vuonna 2025 lähti 1 asiakas</b>: Kahvila &lt;Kuu&gt;.</p>'
    """
    if vuosi is None:
        return ""
    nimet = (lahteneet["nimi"] if "nimi" in lahteneet.columns
             else lahteneet.get("asiakas_id", pd.Series(dtype=str))).astype(str).tolist()
    nakyvat = ", ".join(html.escape(_lyhenna(n, 30)) for n in nimet[:LAHTENEITA_ENINTAAN])
    lisaa = f" ja {luku(len(nimet) - LAHTENEITA_ENINTAAN)} muuta" \
        if len(nimet) > LAHTENEITA_ENINTAAN else ""
    asiakasta = "asiakas" if len(nimet) == 1 else "asiakasta"
    return (f"<p><b>Vuonna {vuosi} lähti {luku(len(nimet))} {asiakasta}</b>"
            + (f": {nakyvat}{lisaa}." if nimet else ".") + "</p>")
