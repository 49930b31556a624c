"""Asiakastiedosto: mitä yritys tietää yhdestä asiakkaasta (oppitunti 1).

Asiakastiedosto kokoaa yhteen asiakkaan perustiedot, ostohistorian, ostotavat (minä
kuukausina hän ostaa) ja erityistoiveet (erikoistilaukset ja reklamaatiot) sekä
kyselyistä saadun suositteluhalukkuuden.
"""

from __future__ import annotations

import pandas as pd

from .argumentit import tarkista_argumentit
from .muotoilu import luku
from .virheet import virhe

KUUKAUDET = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
             "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]


@tarkista_argumentit
def ostorivit(aineisto: Aineisto) -> pd.DataFrame:
    """Myyntirivit asiakkaan ja tuotteen tiedoilla (nimi, laji, tuote, tuoteryhmä, yksikkö).

    >>> from asiakkuus import lataa_aineisto
    >>> sorted({"nimi", "tyyppi", "tuote", "tuoteryhma"} - set(ostorivit(lataa_aineisto())))
    []
    """
    return (aineisto.myynnit.merge(aineisto.asiakkaat, on="asiakas_id")
            .merge(aineisto.tuotteet[["tuote_id", "tuote", "tuoteryhma", "yksikko"]],
                   on="tuote_id"))


@tarkista_argumentit
def asiakastiedosto(aineisto: Aineisto, asiakas_id: str) -> tuple[str, pd.DataFrame]:
    """Yhden asiakkaan asiakastiedosto: tiivistelmä tekstinä ja ostohistoria tuotteittain.

    Tiivistelmässä ovat perustiedot, ostopäivien määrä, kolme kuukautta, joina asiakas osti
    useimpina päivinä (tasapelissä aiempi kuukausi), erikoistilaukset ja reklamaatiot sekä
    kyselyjen suositteluhalukkuuden keskiarvo, jos asiakas on vastannut.

    >>> from asiakkuus import lataa_aineisto
    >>> tiivistelma, historia = asiakastiedosto(lataa_aineisto(), "A01")
    >>> tiivistelma.splitlines()[0]
    'Hotelli Tunturihovi (A01): hotelli, Kittilä'
    >>> list(historia.columns)
    ['tuote', 'yksikkö', 'ostopäiviä', 'määrä', 'tuotot']
    """
    asiakkaat = aineisto.asiakkaat.set_index("asiakas_id")
    if asiakas_id not in asiakkaat.index:
        raise virhe("asiakas_ei_aineistossa", arvo=asiakas_id)
    tiedot = asiakkaat.loc[asiakas_id]
    kaikki = ostorivit(aineisto)
    omat = kaikki[kaikki["asiakas_id"] == asiakas_id]
    toimet = aineisto.toimenpiteet[aineisto.toimenpiteet["asiakas_id"] == asiakas_id]
    toimet = toimet.groupby("toimenpide")["lukumaara"].sum()
    kuukausittain = omat.groupby(omat["pvm"].dt.month)["pvm"].nunique()
    parhaat = kuukausittain.sort_values(ascending=False, kind="stable").head(3).index
    suosittelu = aineisto.kyselyt.loc[aineisto.kyselyt["asiakas_id"] == asiakas_id, "nps"]
    alku = tiedot["asiakas_alkaen"]
    rivit = [
        f"{tiedot['nimi']} ({asiakas_id}): {tiedot['tyyppi']}, {tiedot['paikkakunta']}",
        f"Asiakkaana {alku.day}.{alku.month}.{alku.year} alkaen",
        f"Ostopäiviä {kaikki['pvm'].dt.year.min()}–{kaikki['pvm'].dt.year.max()}: "
        f"{omat['pvm'].nunique()}; eniten ostoja: "
        + (", ".join(KUUKAUDET[k - 1] for k in parhaat) or "ei ostoja"),
        f"Erikoistilauksia {toimet.get('erikoistilaus', 0)}, "
        f"reklamaatioita {toimet.get('reklamaatio', 0)}",
    ]
    if len(suosittelu) > 0:
        rivit.append(f"Suositteluhalukkuus kyselyissä keskimäärin "
                     f"{luku(suosittelu.mean(), 1)} / 10 (vastauksia {len(suosittelu)})")
    historia = (omat.rename(columns={"yksikko": "yksikkö"})
                .groupby(["tuote", "yksikkö"], as_index=False)
                .agg(ostopäiviä=("pvm", "nunique"), määrä=("maara", "sum"),
                     tuotot=("tuotot", "sum"))
                .sort_values("tuotot", ascending=False, ignore_index=True))
    return "\n".join(rivit), historia


@tarkista_argumentit
def asiakkuuden_vaiheet(aineisto: Aineisto, tunnukset: list[str]) -> pd.DataFrame:
    """Asiakkuuden vaihe tunnusluvuin: aloitusvuosi, viimeisin ostovuosi ja NPS-kysymyksen
    vastausten keskiarvo (0–10), jos asiakas on vastannut.

    Asiakassuhdemarkkinointi räätälöi viestin vaiheen mukaan (oppitunti 1).

    >>> from asiakkuus import lataa_aineisto
    >>> vaiheet = asiakkuuden_vaiheet(lataa_aineisto(), ["A01"])
    >>> print(*vaiheet.loc[0, ["nimi", "asiakkaana_vuodesta", "viimeisin_ostovuosi"]], sep=" | ")
    Hotelli Tunturihovi | 2016 | 2025
    """
    asiakkaat = aineisto.asiakkaat.set_index("asiakas_id")
    puuttuvat = [t for t in tunnukset if t not in asiakkaat.index]
    if puuttuvat:
        raise virhe("asiakas_ei_aineistossa", arvo=puuttuvat[0])
    vaiheet = asiakkaat.loc[tunnukset, ["nimi"]]
    vaiheet["asiakkaana_vuodesta"] = asiakkaat.loc[tunnukset, "asiakas_alkaen"].dt.year
    vaiheet["viimeisin_ostovuosi"] = aineisto.myynnit.groupby("asiakas_id")["pvm"].max().dt.year
    nps = aineisto.kyselyt.groupby("asiakas_id")["nps"].mean()
    vaiheet["nps_kysymys_keskiarvo"] = nps.reindex(tunnukset).map(
        lambda x: "–" if pd.isna(x) else luku(x, 1))
    return vaiheet.rename_axis("asiakas_id").reset_index()
