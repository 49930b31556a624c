"""Asiakassuunnitelma-välilehti: valitun asiakkaan asiakkuussuunnitelma valitulla painotuksella.

Suunnitelma tulee funktiosta ``suunnitelma.asiakkuussuunnitelma``: sija ja palvelutaso
pisteytyksestä (``portfolio.pisteyta``), luvut kateketjusta, arvon tasot asiakaskyselystä ja
toimenpiteet suunnitelman säännöistä. Painotuksen vaihto näyttää, miten tämän päivän ja huomisen
avainasiakkaan suunnitelma eroavat.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from .. import arvotasot, portfolio, suunnitelma
from .apu import _html, _rinnakkain, _turvallisesti, _viesti
from .taulukko import suunnitelma_html
from .tyylit import KUVAN_LEVEYS, VASEN_LEVEYS


class Suunnitelmanakyma:
    """Asiakkaan valinta ja painotus vasemmalla, asiakkuussuunnitelma oikealla."""

    def __init__(self, pisteet: pd.DataFrame, kate_df: pd.DataFrame,
                 kyselyt: pd.DataFrame | None = None, avainasiakkaita: int = 5):
        self.viesti = _viesti()
        self.viimeisin_virhe: BaseException | None = None
        self.pisteet, self.kate, self.kyselyt = pisteet, kate_df, kyselyt
        self.avainasiakkaita = avainasiakkaita
        try:
            self.profiili = arvotasot.arvotasoprofiili(kyselyt) if kyselyt is not None else None
        except Exception:  # noqa: BLE001 – ilman arvokysymyksiä suunnitelma tehdään ilman tasoja
            self.profiili = None
        nimet = kate_df["nimi"] if "nimi" in kate_df.columns else kate_df["asiakas_id"]
        self.asiakas = widgets.Dropdown(
            options=[(f"{n} ({t})", t) for n, t in zip(nimet, kate_df["asiakas_id"])],
            description="Asiakas", style={"description_width": "70px"},
            layout={"width": f"{VASEN_LEVEYS}px"})
        self.painotus = widgets.ToggleButtons(
            options=[(portfolio.SKENAARIOIDEN_NIMET[n], n) for n in ("oletus", "tanaan",
                                                                      "huomenna")],
            value="oletus", style={"button_width": "440px"},
            layout={"width": f"{VASEN_LEVEYS}px"})
        self.painotus.add_class("kojelauta-pystyyn")
        self.teksti = _html(nimi="suunnitelma")
        self.teksti.layout = widgets.Layout(width=f"{KUVAN_LEVEYS}px")
        self._pisteytykset: dict[str, pd.DataFrame] = {}
        self.asiakas.observe(lambda _: self.paivita(), names="value")
        self.painotus.observe(lambda _: self.paivita(), names="value")
        ohje = widgets.HTML(
            "<p>Valitse asiakas ja painotus. Suunnitelma kertoo asiakkaan sijan ja "
            "palvelutason ja ehdottaa toimenpiteitä asiakkaan omien lukujen perusteella.</p>")
        self.nakyma = widgets.VBox([self.viesti, _rinnakkain(
            [ohje, self.asiakas, widgets.HTML("<p><b>Painotus</b></p>"), self.painotus],
            self.teksti, "suunnitelma")])
        self.paivita()

    def _pisteytys(self, painotus: str) -> pd.DataFrame:
        if painotus not in self._pisteytykset:
            self._pisteytykset[painotus] = portfolio.pisteyta(self.pisteet, painotus,
                                                              self.avainasiakkaita)
        return self._pisteytykset[painotus]

    @_turvallisesti
    def paivita(self) -> None:
        """Tee valitun asiakkaan suunnitelma valitulla painotuksella ja näytä se."""
        tunnus = self.asiakas.value
        # Suunnitelma tarvitsee vain asiakkaan omat rivit (sija ja avainasiakkuus ovat jo
        # pisteytyksessä): 10 000 asiakkaan taulukoiden läpikäynti veisi satoja millisekunteja.
        omat = {nimi: (t[t["asiakas_id"] == tunnus] if t is not None else None)
                for nimi, t in (("pisteytys", self._pisteytys(self.painotus.value)),
                                ("kate", self.kate), ("profiili", self.profiili),
                                ("kyselyt", self.kyselyt))}
        tulos = suunnitelma.asiakkuussuunnitelma(tunnus, omat["pisteytys"], omat["kate"],
                                                 omat["profiili"], omat["kyselyt"])
        self.teksti.value = suunnitelma_html(tulos)
