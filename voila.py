"""Voilan asetukset opettajan kojelaudalle (README: Opettajan kojelauta).

Voila lukee tämän tiedoston käynnistyskansiosta, joten README:n komento
``voila notebooks/10_kojelauta.ipynb --Voila.ip=127.0.0.1`` kurssikansiossa ottaa sen käyttöön:

- kurssin oma sivupohja ``share/jupyter/voila/templates/kurssi`` (suomenkielinen latausteksti,
  ``lang="fi"``, kuvakkeet omalta koneelta eikä verkosta)
- esilämmitys: Voila käynnistää ytimen ja ajaa kojelaudan valmiiksi jo ennen kuin sivu
  avataan, ja pitää aina yhden valmiin ytimen varalla seuraavaa avausta varten
"""

import os
from pathlib import Path

if __name__ == "voila":  # tuotu moduulina: ``python -m voila`` tässä kansiossa löytää tämän
    raise ImportError("voila.py on kurssin Voila-asetustiedosto. Käynnistä kojelauta "
                      "komennolla 'voila notebooks/10_kojelauta.ipynb --Voila.ip=127.0.0.1'.")

_POHJAT = str(Path(__file__).resolve().parent / "share" / "jupyter")
# Voila etsii sivupohjat Jupyterin datakansioista; kurssin oma kansio ensimmäiseksi.
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    [_POHJAT, *filter(None, [os.environ.get("JUPYTER_PATH")])])

c = get_config()  # noqa: F821 – Voila antaa tämän asetustiedostolle
c.VoilaConfiguration.template = "kurssi"
c.VoilaConfiguration.preheat_kernel = True
c.VoilaConfiguration.default_pool_size = 1
c.HTMLExporter.language_code = "fi"
