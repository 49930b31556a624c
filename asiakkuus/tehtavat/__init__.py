"""Harjoitustehtävät ja niiden tarkistus ilman widgettejä.

Tehtävä (``Tehtava``) on tietoa: kuvaus luvuineen, oikea vastaus, sallittu poikkeama,
tyypilliset väärät vastaukset selityksineen, vihje ja mallivastaus. Tarkistus
(``tarkista``) on tavallinen funktio, joka palauttaa tuloksen (``Tulos``) eikä koskaan
nosta virhettä: widget vain näyttää tuloksen, joten tarkistukset voi testata ilman
selainta.

Jokainen opiskelija saa omat lukunsa: nimestä tai opiskelijanumerosta lasketaan
siemenluku (``siemen_nimesta``), ja tehtävän luvut arvotaan sillä. Tyhjä nimi antaa
oletusmuunnelman, jota ratkaisut käyttävät.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..argumentit import kuvaile, tarkista_argumentit
from ..muotoilu import euroa, luku
from ..muotoilu import lue_luku as _lue_luku
from ..muotoilu import luku_ja_yksikko
from ..virheet import AsiakkuusVirhe, virhe

EI_VASTAUSTA = "Et ole vielä vastannut. Kirjoita vastauksesi ja paina Tarkista."


@dataclass(frozen=True)
class Tulos:
    """Tarkistuksen tulos: ``oikein`` on True, False tai None (ei vielä vastausta).

    ``vaarinkasitys`` on sen tyypillisen väärän vastauksen järjestysnumero
    (``Tehtava.tyypilliset``), johon väärä vastaus osui, tai None. Opettajan yhteenveto
    laskee sen avulla, kuinka moni teki saman virheen.
    """

    oikein: bool | None
    viesti: str
    vaarinkasitys: int | None = None

    @property
    def tila(self) -> str:
        """Tilan nimi näyttämistä varten: oikein, väärin tai ei vastausta.

        >>> Tulos(None, EI_VASTAUSTA).tila
        'ei vastausta'
        """
        return {True: "oikein", False: "väärin", None: "ei vastausta"}[self.oikein]

    def __str__(self) -> str:
        merkki = {True: "✔ Oikein!", False: "✘ Ei vielä.", None: "…"}[self.oikein]
        return f"{merkki} {self.viesti}"


@dataclass(frozen=True)
class Tehtava:
    """Yksi tarkistettava tehtävä (luku- tai valintatehtävä) tietyllä muunnelmalla."""

    tunnus: str
    otsikko: str
    kuvaus: str  # Markdown; sisältää tehtävän luvut
    oikea: float | str
    vihje: str
    ratkaisu: str  # mallivastaus sanoin (Markdown)
    vaihtoehdot: tuple[str, ...] = ()  # valintatehtävä, jos annettu
    toleranssi: float = 0.5
    yksikko: str = "€"
    desimaaleja: int = 0
    # Tyypilliset väärät vastaukset: luvulle (arvo, selitys), valinnalle (vaihtoehto, selitys).
    tyypilliset: tuple[tuple[float | str, str], ...] = field(default=())
    # Tehtävän lähtötiedot nimettyinä, jotta ne voi laskea koodisolussa: luvut("03_1").arvot
    arvot: dict = field(default_factory=dict)
    # Lomaketehtävä (esim. 07_5): funktio (tehtävä, vastaus) -> Tulos tarkistaa vastauksen itse.
    tarkistin: Callable[[Tehtava, str], Tulos] | None = None

    @property
    def valinta(self) -> bool:
        """Onko kyseessä valintatehtävä (vaihtoehdot annettu)."""
        return bool(self.vaihtoehdot)

    @property
    def lomake(self) -> bool:
        """Onko kyseessä lomaketehtävä (oma tarkistin; vastaus on lomakkeen kentät tekstinä)."""
        return self.tarkistin is not None

    def oikea_tekstina(self) -> str:
        """Oikea vastaus suomalaisittain muotoiltuna.

        >>> Tehtava("x", "", "", 1234.5, "", "", desimaaleja=2).oikea_tekstina()[-5:]
        ',50\\xa0€'
        """
        if self.valinta or self.lomake:
            return str(self.oikea)
        if self.yksikko == "€":
            return euroa(self.oikea, self.desimaaleja)
        teksti = luku(self.oikea, self.desimaaleja)
        return f"{teksti}\u00a0{self.yksikko}" if self.yksikko else teksti


def lue_luku(teksti) -> float | None:
    """Lue opiskelijan kirjoittama luku: pilkku tai piste, välit, €- ja %-merkit sallittuja.

    Palauttaa None, jos tekstistä ei saa lukua. Säännöt ovat kurssin ainoan jäsentimen
    ``muotoilu.lue_luku`` (vastaustila): yksi piste on desimaalipiste (``12.500`` = 12,5),
    useampi piste tuhaterotin (``12.345.678``).

    >>> lue_luku("1 234,50 €"), lue_luku("1234.5"), lue_luku("−12,5 %"), lue_luku("1\\u00a0234")
    (1234.5, 1234.5, -12.5, 1234.0)
    >>> lue_luku("noin sata") is None
    True
    """
    return _lue_luku(teksti)


def _on_tyhja(vastaus) -> bool:
    return vastaus is None or (isinstance(vastaus, str) and not vastaus.strip())


def _tekstina(vastaus) -> str:
    try:
        return str(vastaus)
    except ValueError:  # yli 4 300 numeron kokonaisluku: Python ei muunna sitä tekstiksi
        return "(hyvin pitkä luku)"


# Tehtävien yksiköt, jotka vastauksen oma yksikkö voi kumota ("6020 %" euroissa on väärin).
_YKSIKOT = ("€", "%", "kk")


def tarkista(tehtava: Tehtava, vastaus) -> Tulos:
    """Tarkista vastaus; palauttaa aina tuloksen (ei koskaan nosta virhettä).

    Väärän vastauksen palaute nimeää todennäköisen väärinkäsityksen, jos vastaus osuu
    johonkin tyypilliseen virheeseen.

    >>> t = Tehtava("k", "Kate", "...", 300.0, "Vähennä kaikki kulut.", "...",
    ...             toleranssi=1, tyypilliset=((600.0, "Pysähdyit myyntikatteeseen."),))
    >>> print(tarkista(t, "300,4 €"))  # doctest: +NORMALIZE_WHITESPACE
    ✔ Oikein! Vastaus 300\xa0€ on oikein.
    >>> print(tarkista(t, "600"))
    ✘ Ei vielä. Pysähdyit myyntikatteeseen.
    >>> tarkista(t, "600").vaarinkasitys, tarkista(t, "450").vaarinkasitys
    (0, None)
    >>> tarkista(t, None).oikein is None
    True
    """
    if not isinstance(tehtava, Tehtava):
        raise virhe("tehtava_ei_tehtava", saatu=kuvaile(tehtava))
    if _on_tyhja(vastaus):
        return Tulos(None, EI_VASTAUSTA)
    if tehtava.lomake:
        try:
            return tehtava.tarkistin(tehtava, str(vastaus))
        except Exception:  # tarkistus ei koskaan kaada muistiota
            return Tulos(False, "Vastausta ei voitu tarkistaa. Täytä tehtävän lomake ja paina "
                                "Tarkista.")
    if tehtava.valinta:
        valittu = _tekstina(vastaus).strip()
        if valittu == str(tehtava.oikea):
            return Tulos(True, f"”{valittu}” on oikein.")
        for numero, (vaihtoehto, selitys) in enumerate(tehtava.tyypilliset):
            if valittu == str(vaihtoehto):
                return Tulos(False, selitys, numero)
        return Tulos(False, "Tämä vaihtoehto ei ole paras. Pyydä vihje, jos jäit jumiin.")
    luettu = luku_ja_yksikko(vastaus)
    if luettu is None:
        teksti = _tekstina(vastaus)
        lyhyt = teksti[:40] + ("…" if len(teksti) > 40 else "")
        return Tulos(False, f"En tunnistanut lukua vastauksesta {lyhyt!r}. Kirjoita "
                            "pelkkä luku, esimerkiksi 1 234,50 tai 1234.5.")
    arvo, oma_yksikko = luettu
    if oma_yksikko and tehtava.yksikko in _YKSIKOT and oma_yksikko != tehtava.yksikko:
        return Tulos(False, f"Kirjoitit yksiköksi {oma_yksikko}, mutta tehtävä kysyy "
                            f"vastausta yksikössä {tehtava.yksikko}. Tarkista, mitä lasket.")
    sallittu = f"(hyväksyn poikkeaman ±{luku(tehtava.toleranssi, 2 if tehtava.toleranssi < 1 else 0)})"
    if abs(arvo - float(tehtava.oikea)) <= tehtava.toleranssi:
        return Tulos(True, f"Vastaus {tehtava.oikea_tekstina()} on oikein.")
    for numero, (vaara, selitys) in enumerate(tehtava.tyypilliset):
        if abs(arvo - float(vaara)) <= tehtava.toleranssi:
            return Tulos(False, selitys, numero)
    return Tulos(False, f"Vastaus ei ole oikein {sallittu}. Tarkista laskusi vaihe "
                        "vaiheelta tai pyydä vihje.")


#: Kuinka monta kertaa tehtävän luvut arvotaan, kunnes ehdot täyttyvät (ei ikuista silmukkaa).
ARVONTAKERTOJA = 2000


@tarkista_argumentit
def arvonta_ei_onnistunut(tunnus: str) -> AsiakkuusVirhe:
    """Virhe, jos tehtävän luvut eivät täytä ehtojaan ``ARVONTAKERTOJA`` arvonnassa.

    Näin ei pitäisi käydä koskaan (testit arpovat jokaisen tehtävän monella siemenellä);
    jos käy, virhe kertoo sen suomeksi eikä muistio jää jumiin.

    >>> str(arvonta_ei_onnistunut("03_1"))[:40]
    'Tehtävän 03_1 lukuja ei saatu arvottua 2'
    """
    return virhe("tehtava_arvonta", tunnus=tunnus, kertoja=ARVONTAKERTOJA)


@tarkista_argumentit
def erottuvat(oikea: float, vaarat: list, toleranssi: float) -> bool:
    """Eroaako jokainen väärä vastaus oikeasta ja eri selityksen vääristä yli toleranssin?

    Tehtävät arpovat lukunsa uudelleen, kunnes tämä pätee, jotta palaute on aina yksiselitteinen.

    >>> erottuvat(3.0, [(2.9, "a"), (2.0, "b")], 0.05), erottuvat(3.0, [(3.02, "a")], 0.05)
    (True, False)
    """
    if not all(isinstance(pari, tuple) and len(pari) == 2 and isinstance(pari[0], (int, float))
               for pari in vaarat):
        raise virhe("tehtava_erottuvat")
    if any(abs(v - oikea) <= toleranssi for v, _ in vaarat):
        return False
    return all(abs(a - b) > toleranssi for i, (a, sa) in enumerate(vaarat)
               for b, sb in vaarat[i + 1:] if sa != sb)


@tarkista_argumentit
def vastausjakauma(r: random.Random, arvosanat: range, painot: list[int], n_min: int,
                   n_max: int) -> list[int]:
    """Arvottu kyselyn vastausjakauma: vastausten määrät arvosanoittain painojen mukaan.

    >>> sum(vastausjakauma(random.Random(1), range(1, 6), [1, 1, 2, 4, 4], 20, 20))
    20
    """
    maarat = [0] * len(arvosanat)
    for _ in range(r.randint(n_min, n_max)):
        maarat[r.choices(range(len(arvosanat)), weights=painot)[0]] += 1
    return maarat


@tarkista_argumentit
def jakaumataulukko(arvosanat: range, maarat: list[int]) -> str:
    """Vastausjakauma Markdown-taulukkona tehtävän tekstiin.

    >>> print(jakaumataulukko(range(1, 4), [2, 0, 5]))
    | Arvosana | 1 | 2 | 3 |
    |---|---:|---:|---:|
    | Vastauksia | 2 | 0 | 5 |
    """
    return ("| Arvosana | " + " | ".join(str(a) for a in arvosanat) + " |\n"
            "|---|" + "---:|" * len(arvosanat) + "\n"
            "| Vastauksia | " + " | ".join(str(m) for m in maarat) + " |")


@tarkista_argumentit
def toimenpiteiden_kulut(maarat: dict[str, int]):
    """Yhden asiakkaan myynnin ja asiakaspalvelun kustannukset toimenpiteiden määristä
    kurssin hinnastolla (``kate.toimenpiteiden_kustannukset``).

    >>> kulut = toimenpiteiden_kulut({"myyntikäynti": 2, "puhelu": 5})  # 2 × 150 € ja 5 × 10 €
    >>> print(kulut["myynnin_kustannukset"], kulut["asiakaspalvelun_kustannukset"])
    300.0 50.0
    """
    import pandas as pd

    from ..generointi import HINNASTO
    from ..kate import toimenpiteiden_kustannukset
    toimet = pd.DataFrame({"asiakas_id": "X", "toimenpide": list(maarat),
                           "lukumaara": list(maarat.values())})
    return toimenpiteiden_kustannukset(toimet, HINNASTO).iloc[0]


@tarkista_argumentit
def nimen_avain(nimi) -> str:
    """Opiskelijan tunnistusavain: sama avain = sama opiskelija (ja samat luvut).

    Isoilla kirjaimilla ja ylimääräisillä väleillä ei ole väliä. Tätä yhtä sääntöä
    käyttävät lukujen arvonta, vastaustiedoston nimi ja opettajan arviointi.

    >>> nimen_avain("  Aino   NIEMI ")
    'aino niemi'
    """
    return " ".join(str(nimi or "").lower().split())


@tarkista_argumentit
def siemen_nimesta(nimi: str | None) -> int:
    """Opiskelijan siemenluku nimestä tai opiskelijanumerosta; tyhjä nimi antaa 0.

    Sama nimi antaa aina saman luvun (isoilla kirjaimilla ja väleillä ei ole väliä).

    >>> siemen_nimesta(""), siemen_nimesta("  Aino Niemi ") == siemen_nimesta("aino niemi")
    (0, True)
    """
    puhdas = nimen_avain(nimi)
    if not puhdas:
        return 0
    return int(hashlib.sha256(puhdas.encode("utf-8")).hexdigest()[:8], 16) % 1_000_000 + 1


# Rekisteri: tunnus -> funktio, joka tekee tehtävän satunnaislukugeneraattorilla.
REKISTERI: dict[str, Callable[[random.Random], Tehtava]] = {}


def rekisteroi(tunnus: str):
    """Koristin, joka lisää tehtävän rekisteriin tunnuksella (esim. "03_1").

    >>> "03_1" in REKISTERI
    True
    """
    def lisaa(funktio):
        REKISTERI[tunnus] = funktio
        return funktio
    return lisaa


def _ehdotus(tunnus) -> str | None:
    """Ehdotus, kun tunnus on kirjoitettu toisin: '3_1', '3.1' ja '03.1' -> '03_1'.

    >>> _ehdotus("3.1"), _ehdotus("99_9")
    ('03_1', None)
    """
    osat = re.fullmatch(r"0?(\d)[._ ](\d)", str(tunnus).strip()[:10])
    ehdotus = f"0{osat[1]}_{osat[2]}" if osat else ""
    return ehdotus if ehdotus in REKISTERI else None


def tarkista_tunnus(tunnus) -> str:
    """Palauta tunnus, jos sillä on tehtävä; muuten suomenkielinen virhe ja ehdotus.

    >>> tarkista_tunnus("03_1")
    '03_1'
    """
    if not isinstance(tunnus, str) or tunnus not in REKISTERI:
        tiedot = {"tunnus": str(tunnus)[:20], "tehtavat": ", ".join(sorted(REKISTERI))}
        if (ehdotus := _ehdotus(tunnus)) is None:
            raise virhe("tehtava_tuntematon", **tiedot)
        raise virhe("tehtava_tuntematon_ehdotus", ehdotus=ehdotus, **tiedot)
    return tunnus


def tehtava(tunnus: str, siemen: int = 0) -> Tehtava:
    """Tehtävä tunnuksella ja muunnelmalla (siemenluvulla); sama siemen antaa samat luvut.

    >>> tehtava("03_1").tunnus
    '03_1'
    """
    tarkista_tunnus(tunnus)
    # Siemeneen lisätään tehtävän tunnus, jotta saman opiskelijan tehtävät eroavat toisistaan.
    return REKISTERI[tunnus](random.Random(f"{tunnus}:{siemen}"))


@tarkista_argumentit
def numero(tunnus: str) -> str:
    """Tehtävän numero sellaisena kuin se näytetään: teema ilman etunollaa, piste, järjestys.

    >>> numero("03_1"), otsikko("03_1")
    ('3.1', 'Tehtävä 3.1: Asiakkuuden kate')
    """
    if not re.fullmatch(r"\d{1,3}_\d{1,3}", tunnus):
        tarkista_tunnus(tunnus)  # tuntematon tunnus: virhe ehdotuksineen
    teema, jarjestys = tunnus.split("_", 1)
    return f"{int(teema)}.{jarjestys}"


@tarkista_argumentit
def otsikko(tunnus: str) -> str:
    """Tehtävän otsikko numeroineen; sama muistion otsikossa, widgetissä ja yhteenvedossa."""
    return f"Tehtävä {numero(tunnus)}: {tehtava(tunnus).otsikko}"


@tarkista_argumentit
def tehtavat(teema: str | None = None) -> list[str]:
    """Tehtävien tunnukset järjestyksessä, valinnaisesti yhden teeman ("03") tehtävät.

    >>> tehtavat("03")[:2]
    ['03_1', '03_2']
    """
    return sorted(t for t in REKISTERI if teema is None or t.startswith(f"{teema}_"))


def _tuo_teemat() -> None:
    """Tuo teemamoduulit (t01_…, t02_…); ne rekisteröivät tehtävänsä tuotaessa."""
    import importlib
    import pkgutil
    for moduuli in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        if moduuli.startswith("t") and moduuli[1:3].isdigit():
            importlib.import_module(f"{__name__}.{moduuli}")


_tuo_teemat()
