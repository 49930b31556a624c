"""Kojelaudan ulkoasu: värit, fonttikoot, säätimien tyyli ja sivun CSS yhdessä paikassa."""

from __future__ import annotations

from .. import kate, kuvat

KUVAN_DPI = 90
TAULUKON_RIVIT = 12
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

TYYLI = f"""
<style>
.asiakkuus-kojelauta {{
  --jp-widgets-font-size: 18px;
  --jp-widgets-inline-height: 36px;
  --jp-widgets-slider-handle-size: 22px;
  --jp-widgets-slider-track-thickness: 6px;
  --jp-widgets-slider-active-handle-color: {_OTSIKKORIVI};
  --jp-widgets-horizontal-tab-height: 44px;
  --jp-widgets-horizontal-tab-width: 240px;
  font-size: 18px; color: {_TUMMA};
}}
.asiakkuus-kojelauta .lm-TabBar-tab {{ font-size: 19px; font-weight: 600; }}
.asiakkuus-kojelauta .widget-readout {{ font-weight: 700; }}
.asiakkuus-kojelauta .widget-slider .noUi-handle {{ border: 2px solid {_OTSIKKORIVI}; }}
.asiakkuus-kojelauta .widget-button {{ font-size: 17px; }}
.asiakkuus-kojelauta h2 {{ font-size: 28px; margin: 4px 0 2px 0; }}
.asiakkuus-kojelauta h3 {{ font-size: 22px; margin: 6px 0; }}
.asiakkuus-kojelauta p {{ line-height: 1.35; margin: 4px 0; }}
.kojelauta-viesti {{ background: #FDECEA; color: #8A1C12; border-left: 6px solid #B3261E;
  padding: 8px 12px; font-size: 18px; border-radius: 4px; }}
table.kojelauta-sijoitus {{ border-collapse: collapse; font-size: 18px; }}
table.kojelauta-sijoitus th {{ background: {_OTSIKKORIVI}; color: white; padding: 6px 8px;
  text-align: left; }}
table.kojelauta-sijoitus td {{ padding: 4px 8px; border-bottom: 1px solid #D5DBE1; }}
table.kojelauta-sijoitus td.luku, table.kojelauta-sijoitus th.luku {{ text-align: right;
  white-space: nowrap; }}
table.kojelauta-sijoitus tr.avainasiakas td {{ background: {_AVAIN_TAUSTA}; font-weight: 700; }}
table.kojelauta-sijoitus tr.avainasiakas td:first-child {{
  border-left: 6px solid {kuvat.PUNAINEN}; }}
table.kojelauta-sijoitus caption {{ caption-side: top; text-align: left; padding: 4px 0;
  font-size: 17px; }}
.kojelauta-iso {{ font-size: 30px; font-weight: 700; }}
</style>
"""


