"""CSV- ja tekstitiedostot: merkistö, ohjausmerkit, väärin tallennetut ääkköset ja erotin."""

from __future__ import annotations

import csv
import io
import re

from ..virheet import virhe
from .sarakkeet import _SUURIN_RIVI, OTSIKKOA_ETSITAAN, SUURIN_TIEDOSTO
from .tulkinta import _Lahde, _tunnistettuja

# Vain yksittäisiä merkkejä ja vaihtoehtoja, ei sisäkkäisiä toistoja: aika on lineaarinen.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â‚¬|Â[\u00a0-\u00bf]")


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
    ohjaukset = [(numero, m) for numero, rivi in enumerate(teksti.split("\n"), start=1)
                 for m in rivi if ord(m) < 32 and m not in "\t\r"]
    if len(ohjaukset) > 10:
        numero, merkki = ohjaukset[0]
        raise virhe("excel_binaari", nimi=nimi, tavu=f"0x{ord(merkki):02X}",
                    kohta=f"rivillä {numero}")
    for numero, rivi in enumerate(teksti.split("\n"), start=1):
        osuma = _MOJIBAKE.search(rivi)
        if osuma:
            raise virhe("excel_mojibake", nimi=nimi, rivi=numero,
                        esimerkki=rivi[max(0, osuma.start() - 8):osuma.end() + 8])
    # Erotin valitaan sen mukaan, millä otsikkorivistä tunnistuu eniten sarakkeita.
    paras, parhaat_pisteet = ";", -1
    for erotin in (";", ",", "\t"):
        alku = _csv_rivit(teksti, erotin, nimi, enintaan=OTSIKKOA_ETSITAAN + 5)
        pisteet = max((_tunnistettuja(arvot) for _, arvot in alku), default=0)
        if pisteet > parhaat_pisteet:
            paras, parhaat_pisteet = erotin, pisteet
    return _Lahde(nimi, None, _csv_rivit(teksti, paras, nimi), [])
