"""Kojelaudan ulkoasu: värit, fonttikoot, mitat ja sivun CSS yhdessä paikassa.

Kojelauta on mitoitettu videotykin 1280 × 720 pikselin näytölle: jokaisella välilehdellä
säätimet ovat vasemmalla ja niiden ohjaama kuva tai taulukko oikealla, ja kaikki mahtuu
näkyviin vierittämättä. Kurssin oma Voila-pohja (``share/jupyter/voila/templates/kurssi``)
suurentaa koko sivun 1,5-kertaiseksi 1920 × 1080 -näytöllä, joten asettelu on sama.

Pienin fonttikoko on ``FONTTI_PX`` (16 px) sekä sivun tekstissä että kuvissa: kuvat
piirretään tarkkuudella ``KUVAN_DPI`` (96), jolloin kuvien pienin fontti (12 pt, esimerkiksi
vesiputouksen akselin nimet) on 16 pikseliä. Kuvia ei venytetä eikä kutisteta sivulla.
"""

from __future__ import annotations

from .. import kate, kuvat

#: Pienin fonttikoko pikseleinä 1280 × 720 -näytöllä (sivu ja kuvat).
FONTTI_PX = 16
#: Kuvien tarkkuus: kuvat.py:n pienin fontti 12 pt × 96 / 72 = 16 px.
KUVAN_DPI = 96
#: Välilehden mitat pikseleinä: säätimet vasemmalla, kuva oikealla.
VASEN_LEVEYS = 470
KUVAN_LEVEYS = 740
KUVAN_KORKEUS = 570

TAULUKON_RIVIT = 10
YLEINEN_VIRHE = ("Näkymää ei voitu päivittää. Palauta oletusarvot painikkeella ja "
                 "kokeile uudelleen.")
_SAATIMEN_TYYLI = {"handle_color": kuvat.SININEN}  # näkyvä kahva myös videotykillä
KATELASKURIN_SAATIMET = ["tuotot", *kate.KUSTANNUKSET]

# Tekstin värit ovat kuvioiden Okabe–Ito-värien tummempia sävyjä: ohut teksti erottuu
# videotykillä vain, kun kontrasti valkoiseen on riittävä.
_TUMMA = "#1F2933"
_VIHREA_TEKSTI = "#00694D"
_PUNAINEN_TEKSTI = "#A3300B"
_OTSIKKORIVI = "#1F3A5F"
_AVAIN_TAUSTA = "#FDE3D3"


def _saatimen_asettelu(kuvaus_px: int = 200, leveys_px: int = VASEN_LEVEYS) -> dict:
    """Säätimen ``style`` ja ``layout``: kuvausteksti vasemmalle, liukusäädin ja lukema oikealle."""
    return {"style": {"description_width": f"{kuvaus_px}px", **_SAATIMEN_TYYLI},
            "layout": {"width": f"{leveys_px}px"}}


TYYLI = f"""
<style>
.asiakkuus-kojelauta {{
  --jp-widgets-font-size: {FONTTI_PX}px;
  --jp-widgets-inline-height: 30px;
  --jp-widgets-inline-margin: 2px;
  --jp-widgets-slider-handle-size: 20px;
  --jp-widgets-slider-track-thickness: 6px;
  --jp-widgets-slider-active-handle-color: {_OTSIKKORIVI};
  --jp-widgets-horizontal-tab-height: 40px;
  --jp-widgets-horizontal-tab-width: 178px;
  --jp-widgets-container-padding: 8px;
  font-size: {FONTTI_PX}px; color: {_TUMMA}; width: 1264px; box-sizing: border-box;
}}
.asiakkuus-kojelauta .lm-TabBar-tab {{ font-size: {FONTTI_PX}px; font-weight: 700;
  padding: 0 6px; }}
.asiakkuus-kojelauta .widget-tab-contents {{ padding: 8px 8px 0 8px; }}
.asiakkuus-kojelauta .widget-readout {{ font-weight: 700; min-width: 56px; }}
.asiakkuus-kojelauta .widget-label, .asiakkuus-kojelauta .widget-label-basic,
.asiakkuus-kojelauta select, .asiakkuus-kojelauta input {{ font-size: {FONTTI_PX}px; }}
.asiakkuus-kojelauta .widget-slider .noUi-handle {{ border: 2px solid {_OTSIKKORIVI}; }}
.asiakkuus-kojelauta .widget-button, .asiakkuus-kojelauta .widget-toggle-button {{
  font-size: {FONTTI_PX}px; }}
.asiakkuus-kojelauta .kojelauta-otsake {{ display: flex; align-items: baseline; gap: 16px;
  margin: 0 0 4px 0; }}
.asiakkuus-kojelauta .kojelauta-otsake h2 {{ font-size: 24px; margin: 0; }}
.asiakkuus-kojelauta p {{ line-height: 1.3; margin: 2px 0 6px 0; }}
.asiakkuus-kojelauta .kojelauta-kaava {{ background: #EEF3F8; border-left: 6px solid
  {kuvat.SININEN}; padding: 6px 10px; margin: 6px 0; font-size: 18px; }}
.kojelauta-viesti {{ background: #FDECEA; color: #8A1C12; border-left: 6px solid #B3261E;
  padding: 8px 12px; font-size: 18px; border-radius: 4px; }}
table.kojelauta-taulukko {{ border-collapse: collapse; font-size: {FONTTI_PX}px; }}
table.kojelauta-taulukko th {{ background: {_OTSIKKORIVI}; color: white; padding: 4px 5px;
  text-align: left; }}
table.kojelauta-taulukko td {{ padding: 1px 5px; border-bottom: 1px solid #D5DBE1;
  line-height: 1.35; white-space: nowrap; }}
table.kojelauta-taulukko td.luku, table.kojelauta-taulukko th.luku {{ text-align: right;
  white-space: nowrap; }}
table.kojelauta-taulukko tr.avainasiakas td {{ background: {_AVAIN_TAUSTA}; font-weight: 700; }}
table.kojelauta-taulukko tr.avainasiakas td:first-child {{
  border-left: 6px solid {kuvat.PUNAINEN}; }}
table.kojelauta-taulukko caption {{ caption-side: top; text-align: left; padding: 2px 0; }}
.kojelauta-nps-maarat input {{ padding: 0 2px; text-align: center; }}
.kojelauta-iso {{ font-size: 28px; font-weight: 700; }}
.kojelauta-suunnitelma h3 {{ font-size: 22px; margin: 0 0 6px 0; }}
.kojelauta-suunnitelma li {{ margin: 2px 0; line-height: 1.3; }}
.kojelauta-suunnitelma ol {{ margin: 4px 0; padding-left: 24px; }}
</style>
"""
