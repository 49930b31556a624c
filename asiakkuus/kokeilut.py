"""Oppituntien kokeilut: liukusäätimet laskelmien päälle (widgetit).

Oppitunnilla kokeilu on yksi rivi, esimerkiksi ``clv_tutkija()``. Laskenta on
laskentamoduuleissa ja kuvat ``kuvat``-moduulissa; tämä moduuli vain yhdistää ne
säätimiin. Säätimen liike päivittää tuloksen heti (``observe``), ja tulos kirjoitetaan
Output-widgettiin, joten sen voi lukea testeissä ilman selainta (``tulos.outputs``).
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd

from .argumentit import tarkista_argumentit
from . import arvotasot, kate, kuvat, mittarit, portfolio
from .asiakastiedosto import asiakastiedosto
from .suunnitelma import asiakkuussuunnitelma, suunnitelma_tekstina
from .muotoilu import clv_vuosittain_taulukko, euroa, luku, muotoile, prosenttia
from .virheet import AsiakkuusVirhe

_TYYLI = {"description_width": "150px"}


@tarkista_argumentit
def clv_tutkija(kate_vuodessa: int = 1050, pysyvyys_pros: int = 92,
                korko_pros: int = 10, vuosia: int = 10) -> widgets.VBox:
    """Elinkaariarvon tutkija: vuosikate, pysyvyys, korko ja vuodet säätiminä.

    Näyttää kaavan CLV:n laskuineen, valitun jakson kertymän kuvana ja kymmenen
    ensimmäistä vuotta taulukkona.

    >>> tutkija = clv_tutkija(1000, 80, 10, 5)
    >>> tutkija.children[-1].outputs[0]["text"].split("\\n")[0].replace("\\u202f", " ")
    'Kaavan CLV = 1 000\\xa0€ · 0,80 / (1 + 0,10 − 0,80) = 2 667\\xa0€'
    """
    saatimet = {
        "m": widgets.IntSlider(value=kate_vuodessa, min=100, max=5000, step=50,
                               description="Vuosikate (€)", style=_TYYLI),
        "r": widgets.IntSlider(value=pysyvyys_pros, min=0, max=99,
                               description="Pysyvyys (%)", style=_TYYLI),
        "d": widgets.IntSlider(value=korko_pros, min=0, max=30,
                               description="Diskonttokorko (%)", style=_TYYLI),
        "vuosia": widgets.IntSlider(value=vuosia, min=1, max=30, description="Vuosia",
                                    style=_TYYLI),
    }
    tulos = widgets.Output()

    def paivita(_muutos=None) -> None:
        m, n = saatimet["m"].value, saatimet["vuosia"].value
        r, d = saatimet["r"].value / 100, saatimet["d"].value / 100
        taulu = mittarit.clv_vuosittain(m, r, d, n)
        tulos.outputs = ()  # edellinen tulos pois
        tulos.append_stdout(
            f"Kaavan CLV = {euroa(m)} · {luku(r, 2)} / (1 + {luku(d, 2)} − {luku(r, 2)})"
            f" = {euroa(mittarit.clv(m, r, d))}\n"
            f"Ensimmäisten {n} vuoden kertymä: {euroa(taulu['kertyma'].iloc[-1])}\n")
        kuva = kuvat.clv_kertyma(m, r, d, n).figure
        tulos.append_display_data(kuva)
        plt.close(kuva)  # kuva näytetään vain tutkijan sisällä
        tulos.append_display_data(clv_vuosittain_taulukko(taulu.head(10)))

    for saadin in saatimet.values():
        saadin.observe(paivita, names="value")
    paivita()
    return widgets.VBox([*saatimet.values(), tulos])


_KUSTANNUSKENTAT = [("tuotot", "Asiakkuuden tuotot (€)"),
                    ("suorat_kustannukset", "Suorat kustannukset (€)"),
                    ("myynnin_kustannukset", "Myynnin kustannukset (€)"),
                    ("markkinoinnin_kustannukset", "Markkinoinnin kustannukset (€)"),
                    ("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset (€)")]


@tarkista_argumentit
def kateketjulaskuri(katteet: pd.DataFrame, alku: str | None = None) -> widgets.VBox:
    """Kateketjulaskuri: valitse asiakas, muuta lukuja ja katso vesiputous.

    ``katteet`` on ``kate.asiakkuuden_kate``-taulukko (asiakas_id, nimi ja kateketjun
    rivit); ``alku`` on ensin valittavan asiakkaan tunnus.

    >>> katteet = pd.DataFrame({"asiakas_id": ["A"], "nimi": ["Hotelli A"],
    ...     "tuotot": [1000.0], "suorat_kustannukset": [600.0], "myynnin_kustannukset": [100.0],
    ...     "markkinoinnin_kustannukset": [50.0], "asiakaspalvelun_kustannukset": [50.0]})
    >>> laskuri = kateketjulaskuri(katteet)
    >>> laskuri.children[-1].outputs[0]["text"].replace("\\xa0", " ").strip()
    'Myyntikate 400 € (40,0 %), asiakkuuden kate 200 € (20,0 %)'
    """
    valinta = widgets.Dropdown(options=dict(zip(katteet["nimi"], katteet["asiakas_id"])),
                               value=alku if alku is not None else katteet["asiakas_id"].iloc[0],
                               description="Asiakas")
    kentat = {sarake: widgets.BoundedFloatText(description=nimi, min=0, max=1e7, step=100,
                                               style={"description_width": "220px"})
              for sarake, nimi in _KUSTANNUSKENTAT}
    tulos = widgets.Output()

    def piirra(_muutos=None) -> None:
        luvut = pd.DataFrame({sarake: [kentta.value] for sarake, kentta in kentat.items()})
        luvut["asiakas_id"] = "valittu"
        ketju = kate.laske_kateketju(luvut)
        ax = kuvat.vesiputous(kate.asiakkuuden_tuloslaskelma(ketju, "valittu"),
                              otsikko=valinta.label)
        r = ketju.iloc[0]
        tulos.outputs = ()
        tulos.append_stdout(
            f"Myyntikate {euroa(r['myyntikate'])} ({prosenttia(r['myyntikate_pros'])}), "
            f"asiakkuuden kate {euroa(r['asiakkuuden_kate'])} ({prosenttia(r['kate_pros'])})\n")
        tulos.append_display_data(ax.figure)
        plt.close(ax.figure)  # kuva näytetään vain laskurin sisällä

    def tayta(_muutos=None) -> None:
        rivi = katteet.set_index("asiakas_id").loc[valinta.value]
        for sarake, kentta in kentat.items():
            kentta.unobserve(piirra, "value")  # piirretään vasta, kun kaikki luvut ovat paikallaan
            kentta.value = round(rivi[sarake])
            kentta.observe(piirra, "value")
        piirra()

    valinta.observe(tayta, "value")
    tayta()
    return widgets.VBox([valinta, *kentat.values(), tulos])


@tarkista_argumentit
def painotuskokeilu(pisteet: pd.DataFrame) -> widgets.VBox:
    """Omat painot: liukusäätimet kuudelle kriteerille ja kymmenen parasta asiakasta.

    ``pisteet`` on ``portfolio.kriteeripisteet``-taulukko. Taulukossa näkyy myös sija
    oletuspainoilla. Jos painot eivät ole yhteensä 100 %, näkyy suomenkielinen ohje.

    >>> p = pd.DataFrame({"asiakas_id": ["A", "B"], "nimi": ["Hotelli A", "Kauppa B"],
    ...                   "tyyppi": ["hotelli", "kauppa"],
    ...                   **{k: [5, 1] for k in portfolio.KRITEERIT}})
    >>> kokeilu = painotuskokeilu(p)
    >>> kokeilu.children[0].value = 35  # summa 105 %
    >>> "100" in kokeilu.children[-1].outputs[-1]["text"]
    True
    """
    saatimet = {kriteeri: widgets.IntSlider(
        value=paino, min=0, max=100, step=5, description=portfolio.KRITEERIEN_NIMET[kriteeri],
        style={"description_width": "170px"}, layout={"width": "520px"})
        for kriteeri, paino in portfolio.OLETUSPAINOT.items()}
    tulos = widgets.Output()
    oletussija = portfolio.pisteyta(pisteet).set_index("asiakas_id")["sija"]

    def paivita(_muutos=None) -> None:
        painot = {kriteeri: saadin.value for kriteeri, saadin in saatimet.items()}
        tulos.outputs = ()  # edellinen tulos pois
        tulos.append_stdout(f"Painot yhteensä {sum(painot.values())} %\n")
        try:
            jarjestys = portfolio.pisteyta(pisteet, painot)
        except AsiakkuusVirhe as virhe:  # painot eivät ole yhteensä 100 %
            tulos.append_stdout(str(virhe) + "\n")
            return
        jarjestys["oletussija"] = jarjestys["asiakas_id"].map(oletussija)
        taulu = muotoile(jarjestys[["sija", "nimi", "pisteet", "avainasiakas", "oletussija"]]
                         .head(10))
        taulu = taulu.set_index("Sija").rename(columns={"Oletussija": "Sija oletuspainoilla"})
        tulos.append_display_data(taulu)

    for saadin in saatimet.values():
        saadin.observe(paivita, names="value")
    paivita()
    return widgets.VBox([*saatimet.values(), tulos])


@tarkista_argumentit
def asiakastiedostot(aineisto, alku: str = "A01") -> widgets.VBox:
    """Selaa asiakastiedostoja: valitse asiakas, ja hänen tiivistelmänsä ja ostohistoriansa
    näkyvät (``asiakastiedosto.asiakastiedosto``).

    >>> from asiakkuus import lataa_aineisto
    >>> selain = asiakastiedostot(lataa_aineisto())
    >>> selain.children[1].outputs[0]["text"].splitlines()[0]
    'Hotelli Tunturihovi (A01): hotelli, Kittilä'
    """
    vaihtoehdot = [(f"{r.asiakas_id} {r.nimi}", r.asiakas_id)
                   for r in aineisto.asiakkaat.itertuples()]
    valikko = widgets.Dropdown(options=vaihtoehdot, value=alku, description="Asiakas")
    tulos = widgets.Output()

    def nayta(_muutos=None) -> None:
        tiivistelma, historia = asiakastiedosto(aineisto, valikko.value)
        tulos.outputs = ()  # edellisen asiakkaan tiedot pois
        tulos.append_stdout(tiivistelma + "\n")
        tulos.append_display_data(muotoile(historia))

    valikko.observe(nayta, names="value")
    nayta()
    return widgets.VBox([valikko, tulos])


@tarkista_argumentit
def arvotasoprofiilit(profiili: pd.DataFrame, alku: str = "A01") -> widgets.VBox:
    """Valitse asiakas: hänen arvotasoprofiilinsa kuvana ja tulkinta tekstinä.

    ``profiili`` on ``arvotasot.arvotasoprofiili``-taulukko asiakkaiden nimin.

    >>> p = pd.DataFrame({"asiakas_id": ["A"], "nimi": ["Hotelli A"], "vastauksia": [2],
    ...                   "kohtaaminen": [4.5], "asiakkuus": [3.0], "kokonaisuus": [2.0],
    ...                   "vahvin_taso": ["kohtaaminen"], "heikoin_taso": ["kokonaisuus"]})
    >>> valikko = arvotasoprofiilit(p, alku="A")
    >>> valikko.children[1].outputs[1]["text"].splitlines()[0]
    'Hotelli A: profiili perustuu 2 vastaukseen.'
    """
    valikko = widgets.Dropdown(options=[(f"{nimi} ({tunnus})", tunnus) for tunnus, nimi
                                        in zip(profiili["asiakas_id"], profiili["nimi"])],
                               value=alku, description="Asiakas")
    tulos = widgets.Output()

    def paivita(_muutos=None) -> None:
        tulos.outputs = ()  # tyhjennä edellisen asiakkaan tiedot
        kuva = kuvat.arvotasoprofiili_kuva(profiili, valikko.value).figure
        tulos.append_display_data(kuva)
        plt.close(kuva)
        tulos.append_stdout(arvotasot.profiilin_tulkinta(profiili, valikko.value) + "\n")

    valikko.observe(paivita, names="value")
    paivita()
    return widgets.VBox([valikko, tulos])


@tarkista_argumentit
def asiakkuussuunnitelmat(pisteytys: pd.DataFrame, katteet: pd.DataFrame,
                          profiili: pd.DataFrame, kyselyt: pd.DataFrame,
                          alku: str = "A01") -> widgets.VBox:
    """Valitse asiakas: hänen asiakkuussuunnitelmansa (``suunnitelma.asiakkuussuunnitelma``).

    Asiakkaat ovat valikossa pisteytyksen järjestyksessä.

    >>> from asiakkuus import arvotasot, kate, lataa_aineisto, portfolio
    >>> a = lataa_aineisto()
    >>> k = kate.asiakkuuden_kate(a.myynnit, a.toimenpiteet, a.hinnasto, a.markkinointi)
    >>> p = portfolio.pisteyta(portfolio.kriteeripisteet(k, a.myynnit, a.asiakkaat))
    >>> valikko = asiakkuussuunnitelmat(p, k, arvotasot.arvotasoprofiili(a.kyselyt), a.kyselyt)
    >>> "Hotelli Tunturihovi" in valikko.children[1].outputs[0]["data"]["text/markdown"]
    True
    """
    from IPython.display import Markdown

    valikko = widgets.Dropdown(
        options=[(f"{rivi.sija}. {rivi.nimi} ({rivi.asiakas_id})", rivi.asiakas_id)
                 for rivi in pisteytys.itertuples()],
        value=alku, description="Asiakas")
    tulos = widgets.Output()

    def paivita(_muutos=None) -> None:
        suunnitelma = asiakkuussuunnitelma(valikko.value, pisteytys, katteet, profiili, kyselyt)
        tulos.outputs = ()  # tyhjennä edellisen asiakkaan suunnitelma
        tulos.append_display_data(Markdown(suunnitelma_tekstina(suunnitelma)))

    valikko.observe(paivita, names="value")
    paivita()
    return widgets.VBox([valikko, tulos])
