"""Kojelaudan taulukot HTML:nä (sijoitustaulukko)."""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from .. import portfolio
from ..argumentit import tarkista_argumentit
from ..muotoilu import euroa, luku
from .apu import _html_vari
from .tyylit import _PUNAINEN_TEKSTI, _VIHREA_TEKSTI, TAULUKON_RIVIT


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
    sarakkeet = ["Sija", "Asiakas"] + (["Asiakaslaji"] if "tyyppi" in nakyvat.columns else []) \
        + ["Pisteet"] + (["Asiakkuuden kate"] if kate_df is not None else []) \
        + (["Muutos"] if vertailusijat is not None else [])
    luvut = {"Pisteet", "Asiakkuuden kate", "Muutos", "Sija"}
    otsikot = "".join(f'<th class="{"luku" if s in luvut else ""}">{s}</th>' for s in sarakkeet)
    painoteksti = ",".join(str(int(round(float(painot[k])))) for k in portfolio.KRITEERIT) \
        if painot is not None else ""
    osat = [f'<table class="kojelauta-sijoitus" data-painot="{painoteksti}" '
            f'data-avainasiakkaita="{avaimia}">',
            f"<caption>Parhaat {len(nakyvat)} asiakasta. <b>★ = avainasiakas</b> "
            f"({avaimia} parasta).</caption>",
            f"<thead><tr>{otsikot}</tr></thead><tbody>"]
    for i, rivi in enumerate(nakyvat.itertuples(index=False)):
        tunnus = str(rivi.asiakas_id)
        avain = bool(rivi.avainasiakas)
        nimi = str(getattr(rivi, "nimi", tunnus))
        solut = [f'<td class="luku">{"★ " if avain else ""}{int(rivi.sija)}</td>',
                 f"<td>{html.escape(nimi)}</td>"]
        if "tyyppi" in nakyvat.columns:
            solut.append(f"<td>{html.escape(str(rivi.tyyppi))}</td>")
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


