"""Saavutettavat osat harjoituksiin: ruudunlukijalle kuuluva palaute ja valintaryhmä.

ipywidgetsin valmiit osat eivät riitä kahdessa kohdassa:

- Palautteen pitää kuulua ruudunlukijalla heti, kun se muuttuu. ``Palaute`` on alue,
  jolla on ``role="status"`` ja ``aria-live="polite"``, ja se pysyy sivulla samana:
  vain sen sisältö vaihtuu, joten ruudunlukija lukee uuden palautteen.
- Valintatehtävän vaihtoehtojen pitää olla yksi ryhmä, jossa nuolinäppäimet liikkuvat
  vaihtoehdosta toiseen (eivätkä vaihda JupyterLabin valittua solua). ``Valinta`` on
  tavallinen HTML-valintaryhmä (``fieldset`` ja samannimiset ``radio``-painikkeet).

Molemmat ovat anywidget-widgettejä: selaimen puoli on alla oleva lyhyt JavaScript, eikä
erillistä laajennusta tarvitse asentaa. Tyylit (``_css``) tuovat myös painikkeille
selvästi näkyvän kohdistusrenkaan. Pythonin puolella ne ovat tavallisia widgettejä,
joten testit voivat lukea ja asettaa arvoja ilman selainta:

>>> v = Valinta(vaihtoehdot=["sisäinen asiakas", "ulkoinen asiakas"], otsikko="Valitse")
>>> v.value = "ulkoinen asiakas"; v.value
'ulkoinen asiakas'
"""

from __future__ import annotations

import anywidget
import traitlets

_TYYLIT = """
.asiakkuus-tehtava .jupyter-button:focus-visible,
.asiakkuus-tehtava input:focus-visible,
.asiakkuus-nimi .jupyter-button:focus-visible,
.asiakkuus-nimi input:focus-visible {
  outline: 3px solid #1d4ed8 !important;
  outline-offset: 2px;
}
.asiakkuus-valinta fieldset { border: 0; margin: 0; padding: 0; }
.asiakkuus-valinta legend { font-weight: 600; padding: 0 0 4px 0; }
.asiakkuus-valinta label { display: block; padding: 3px 0; cursor: pointer; }
.asiakkuus-valinta input[type="radio"] { margin-right: 8px; }
.asiakkuus-valinta input[type="radio"]:focus-visible {
  outline: 3px solid #1d4ed8; outline-offset: 2px;
}
.asiakkuus-palaute:empty { display: none; }
"""

_PALAUTE_JS = """
function render({ model, el }) {
  const alue = document.createElement("div");
  alue.className = "asiakkuus-palaute";
  alue.setAttribute("role", "status");
  alue.setAttribute("aria-live", "polite");
  el.appendChild(alue);
  const nayta = () => { alue.innerHTML = model.get("html"); };
  nayta();
  model.on("change:html", nayta);
}
export default { render };
"""

_VALINTA_JS = """
let laskuri = 0;
function render({ model, el }) {
  const nimi = "asiakkuus-valinta-" + (++laskuri) + "-" + Math.random().toString(36).slice(2);
  el.classList.add("asiakkuus-valinta");
  const ryhma = document.createElement("fieldset");
  ryhma.setAttribute("role", "radiogroup");
  const otsikko = document.createElement("legend");
  ryhma.appendChild(otsikko);
  el.appendChild(ryhma);
  // Nuolinäppäimet ja Enter kuuluvat valintaryhmälle, eivät JupyterLabin soluvalinnalle.
  ryhma.addEventListener("keydown", (e) => {
    if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", " ", "Enter"].includes(e.key)) {
      e.stopPropagation();
    }
    if (e.key === "Enter") {
      e.preventDefault();
      model.send({ event: "submit" });
    }
  });
  const piirra = () => {
    otsikko.textContent = model.get("otsikko");
    ryhma.querySelectorAll("label").forEach((l) => l.remove());
    model.get("vaihtoehdot").forEach((teksti) => {
      const rivi = document.createElement("label");
      const nappi = document.createElement("input");
      nappi.type = "radio";
      nappi.name = nimi;
      nappi.value = teksti;
      nappi.checked = model.get("value") === teksti;
      nappi.addEventListener("change", () => {
        if (nappi.checked) { model.set("value", teksti); model.save_changes(); }
      });
      rivi.appendChild(nappi);
      rivi.appendChild(document.createTextNode(teksti));
      ryhma.appendChild(rivi);
    });
  };
  const merkitse = () => {
    ryhma.querySelectorAll("input").forEach((n) => { n.checked = n.value === model.get("value"); });
  };
  piirra();
  model.on("change:vaihtoehdot", piirra);
  model.on("change:otsikko", () => { otsikko.textContent = model.get("otsikko"); });
  model.on("change:value", merkitse);
}
export default { render };
"""


class Palaute(anywidget.AnyWidget):
    """Palautealue, jonka muutokset ruudunlukija lukee ääneen (``role="status"``)."""

    _esm = _PALAUTE_JS
    _css = _TYYLIT
    html = traitlets.Unicode("").tag(sync=True)


class Valinta(anywidget.AnyWidget):
    """Valintaryhmä: yksi vaihtoehto valitaan; nuolinäppäimet liikkuvat ryhmän sisällä.

    ``value`` on valitun vaihtoehdon teksti tai tyhjä merkkijono. Enter ryhmässä lähettää
    viestin ``{"event": "submit"}`` (sama kuin tekstikentän Enter), jolloin vastaus
    tarkistetaan.
    """

    _esm = _VALINTA_JS
    _css = _TYYLIT
    vaihtoehdot = traitlets.List(traitlets.Unicode(), default_value=[]).tag(sync=True)
    otsikko = traitlets.Unicode("").tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
