"""CSV- ja tekstitiedostot: merkistö, ohjausmerkit, väärin tallennetut ääkköset ja erotin."""

from __future__ import annotations

import csv
import io
import itertools
import re

from ..virheet import virhe
from .sarakkeet import _SUURIN_RIVI, OTSIKKOA_ETSITAAN, SUURIN_SARAKEMAARA, SUURIN_TIEDOSTO
from .tulkinta import _Lahde, _tunnistettuja

# Vain yksittäisiä merkkejä ja vaihtoehtoja, ei sisäkkäisiä toistoja: aika on lineaarinen.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â‚¬|Â[\u00a0-\u00bf]")
_OHJAUSMERKKI = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")   # ei sarkainta eikä rivinvaihtoja


def _pura_teksti(data: bytes, nimi: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as syy:
            raise virhe("excel_merkisto", nimi=nimi, tavu=f"0x{data[syy.start]:02X}",
                        kohta=syy.start) from None
    nolla = data.find(b"\x00")
    if nolla >= 0:
        raise virhe("excel_binaari", nimi=nimi, tavu="0x00", kohta=f"kohdassa {nolla}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as syy:
        raise virhe("excel_merkisto", nimi=nimi, tavu=f"0x{data[syy.start]:02X}",
                    kohta=syy.start) from None


def _csv_rivit(teksti: str, erotin: str, nimi: str, enintaan: int | None = None):
    rivit = []
    numero = 0
    # Kenttä saa olla koko tiedoston mittainen: liian pitkä teksti hylätään vasta solun
    # kohdalla, jolloin viesti nimeää rivin ja sarakkeen (csv-moduulin raja on 131 072).
    vanha_raja = csv.field_size_limit(max(SUURIN_TIEDOSTO, len(teksti)) + 1)
    try:
        lukija = csv.reader(io.StringIO(teksti, newline=""), delimiter=erotin)
        for arvot in lukija:
            numero += 1
            if enintaan is not None and numero > enintaan:
                break
            if len(arvot) > SUURIN_SARAKEMAARA:
                # Sama sarakeraja kuin työkirjoissa, ennen kuin jokainen kenttä käsitellään:
                # 200 000 kentän rivi veisi muuten sekunteja. Tyhjät kentät lopussa eivät laske.
                while arvot and not arvot[-1].strip():
                    arvot.pop()
                if len(arvot) > SUURIN_SARAKEMAARA:
                    if enintaan is None:
                        raise virhe("excel_csv_liian_levea", nimi=nimi, rivi=numero,
                                    kenttia=len(arvot), raja=SUURIN_SARAKEMAARA)
                    arvot = arvot[:SUURIN_SARAKEMAARA + 1]   # erottimen kokeilu: alku riittää
            arvot = [a.strip() or None for a in arvot]
            if any(a is not None for a in arvot):
                rivit.append((numero, arvot))
            if len(rivit) > _SUURIN_RIVI:
                break
    except csv.Error:
        raise virhe("excel_csv_rikki", nimi=nimi, rivi=numero + 1) from None
    finally:
        csv.field_size_limit(vanha_raja)
    return rivit


def _lue_csv(data: bytes, nimi: str) -> _Lahde:
    teksti = _pura_teksti(data, nimi)
    # Paljon ohjausmerkkejä = binääridataa. Yksittäinen ohjausmerkki solussa (esimerkiksi
    # Wordin pystysarkain) hylätään vasta solun kohdalla, jotta viesti nimeää rivin ja sarakkeen.
    # Säännölliset lausekkeet käyvät tekstin läpi kerran (ei merkki kerrallaan Pythonissa).
    ohjaukset = list(itertools.islice(_OHJAUSMERKKI.finditer(teksti), 11))
    if len(ohjaukset) > 10:
        eka = ohjaukset[0]
        raise virhe("excel_binaari", nimi=nimi, tavu=f"0x{ord(eka.group()):02X}",
                    kohta=f"rivillä {teksti.count(chr(10), 0, eka.start()) + 1}")
    osuma = _MOJIBAKE.search(teksti)
    if osuma:
        alku = teksti.rfind("\n", 0, osuma.start()) + 1
        loppu = teksti.find("\n", osuma.end())
        rivi = teksti[alku:loppu if loppu >= 0 else len(teksti)]
        kohta = osuma.start() - alku
        raise virhe("excel_mojibake", nimi=nimi, rivi=teksti.count("\n", 0, osuma.start()) + 1,
                    esimerkki=rivi[max(0, kohta - 8):kohta + len(osuma.group()) + 8])
    # Erotin valitaan sen mukaan, millä otsikkorivistä tunnistuu eniten sarakkeita.
    paras, parhaat_pisteet = ";", -1
    for erotin in (";", ",", "\t"):
        alku = _csv_rivit(teksti, erotin, nimi, enintaan=OTSIKKOA_ETSITAAN + 5)
        pisteet = max((_tunnistettuja(arvot) for _, arvot in alku), default=0)
        if pisteet > parhaat_pisteet:
            paras, parhaat_pisteet = erotin, pisteet
    return _Lahde(nimi, None, _csv_rivit(teksti, paras, nimi), [])
