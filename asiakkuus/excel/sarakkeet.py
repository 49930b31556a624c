"""Asiakaspohjan sarakkeet, rajat, esimerkkiasiakkaat ja tiedostojen virheilmoitukset.

Tämä on Excel-osan pohja: muut tiedostot (pohja, lukeminen, tulkinta, vienti) käyttävät
näitä määrittelyjä. Tiedosto ei tuo openpyxl-kirjastoa.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from .. import kate
from ..virheet import AsiakkuusVirhe

# Rajat: pienen yrityksen asiakasluettelo mahtuu näihin reilusti.
SUURIN_TIEDOSTO = 2_000_000        # tavua levyllä
SUURIN_PURETTU = 10_000_000        # tavua Excel-työkirjan osia purettuna yhteensä
SUURIN_SOLUMAARA = 200_000         # solua kaikilla välilehdillä (pitää lukemisen nopeana)
SUURIN_RIVIMAARA = 5_000           # asiakasriviä
SUURIN_SARAKEMAARA = 200           # käytössä olevia sarakkeita välilehdellä
OTSIKKOA_ETSITAAN = 20             # monenko ensimmäisen ei-tyhjän rivin joukosta otsikkoa etsitään

ASIAKASVALILEHTI = "Asiakkaat"
OHJEVALILEHTI = "Ohjeet"
ARVIOT = ["uskollisuus", "tuleva_potentiaali", "referenssiarvo", "oppimisarvo"]
EUROT = ["tuotot", *kate.KUSTANNUKSET]

# Excelin lukumuodot kirjoitetaan tiedostoon aina kielestä riippumattomina: piste
# desimaalierottimena ja pilkku tuhaterottimena. Suomenkielinen Excel näyttää ne
# suomalaisittain (1 234 € ja 12,3 %). Kirjaimellinen '# ##0' rikkoisi miljoonat.
EUROMUOTO = '#,##0 "€"'
SENTTIMUOTO = '#,##0.00 "€"'
PROSENTTIMUOTO = '0.0 %'
PISTEMUOTO = '0.00'
PAIVAMUOTO = 'd.m.yyyy'


@dataclass(frozen=True)
class Sarake:
    """Asiakaspohjan sarake: kurssin nimi, otsikko pohjassa ja mitä siihen kirjoitetaan."""

    nimi: str
    otsikko: str
    laji: str            # tunnus, teksti, paiva, euro tai arvio
    pakollinen: bool
    sisalto: str
    esimerkki: str
    aliakset: tuple[str, ...] = ()


SARAKKEET: tuple[Sarake, ...] = (
    Sarake("asiakas_id", "Tunnus", "tunnus", False,
           "Lyhyt tunnus, joka on jokaisella asiakkaalla eri. Jos sarake puuttuu, "
           "tunnuksena käytetään asiakkaan nimeä.", "A01",
           ("asiakastunnus", "asiakasnumero", "asiakasnro", "id", "asiakas id", "nro")),
    Sarake("nimi", "Asiakas", "teksti", True,
           "Asiakkaan nimi.", "Hotelli Kelohovi",
           ("asiakkaan nimi", "nimi", "asiakas nimi", "yritys")),
    Sarake("tyyppi", "Asiakaslaji", "teksti", False,
           "Asiakkaan laji, esimerkiksi hotelli, ravintola, kauppa, ryhmä tai kuluttaja. "
           "Tyhjä = muu.", "hotelli",
           ("tyyppi", "laji", "asiakastyyppi", "asiakasryhma", "ryhma")),
    Sarake("asiakas_alkaen", "Asiakkuus alkoi", "paiva", False,
           "Päivä, jona asiakkuus alkoi (1.3.2019), tai pelkkä vuosi (2019). Saa jäädä "
           "tyhjäksi.", "1.3.2019",
           ("asiakkuus alkanut", "asiakkuuden alku", "asiakkuuden alkupaiva", "asiakas alkaen",
            "asiakkaana alkaen", "asiakkaana vuodesta", "alkanut", "alkupaiva")),
    Sarake("tuotot", "Tuotot (€)", "euro", True,
           "Asiakkuuden tuotot euroina ilman arvonlisäveroa: kaikki, mitä asiakas maksoi "
           "tarkastelujaksolla.", "18 400",
           ("asiakkuuden tuotot", "myynti", "liikevaihto", "tulot")),
    Sarake("suorat_kustannukset", "Suorat kustannukset (€)", "euro", True,
           "Myytyjen tuotteiden ja palvelujen suorat kustannukset: raaka-aineet, "
           "pakkaukset, ostopalvelut.", "9 200",
           ("suorat kulut", "muuttuvat kustannukset")),
    Sarake("myynnin_kustannukset", "Myynnin kustannukset (€)", "euro", True,
           "Myyntikäynnit, tarjoukset ja neuvottelut euroina (esimerkiksi 4 käyntiä × 60 € "
           "= 240 €). Tyhjä = 0 €.", "1 200",
           ("myyntikustannukset", "myynnin kulut", "myyntikulut")),
    Sarake("markkinoinnin_kustannukset", "Markkinoinnin kustannukset (€)", "euro", True,
           "Juuri tähän asiakkaaseen kohdistettu markkinointi: näytteet, esitteet, "
           "mainokset. Tyhjä = 0 €.", "300",
           ("markkinointikustannukset", "markkinoinnin kulut", "markkinointikulut")),
    Sarake("asiakaspalvelun_kustannukset", "Asiakaspalvelun kustannukset (€)", "euro", True,
           "Toimitukset, puhelut, erikoistilaukset ja reklamaatiot euroina. Tyhjä = 0 €.",
           "900",
           ("asiakaspalvelukustannukset", "asiakaspalvelun kulut", "asiakaspalvelukulut")),
    Sarake("uskollisuus", "Lujuus / uskollisuus (1–5)", "arvio", True,
           "Kuinka pitkään ja säännöllisesti asiakas ostaa. "
           "1 = osti kerran tai on uusi, 5 = ostaa joka kausi jo vuosia.", "5",
           ("uskollisuus", "lujuus", "lujuus uskollisuus", "uskollisuus lujuus",
            "asiakasuskollisuus")),
    Sarake("tuleva_potentiaali", "Tuleva potentiaali (1–5)", "arvio", True,
           "Kuinka paljon asiakkuus voi vielä kasvaa. 1 = ei kasvua, 5 = paljon kasvua.", "3",
           ("potentiaali", "kasvupotentiaali")),
    Sarake("referenssiarvo", "Referenssiarvo (1–5)", "arvio", True,
           "Tuoko asiakas mainetta ja suosituksia. 1 = ei lainkaan, 5 = erinomainen "
           "referenssi.", "4",
           ("referenssi", "suositteluarvo")),
    Sarake("oppimisarvo", "Oppimisarvo (1–5)", "arvio", True,
           "Kuinka paljon yrityksesi oppii asiakkaalta. 1 = ei juuri mitään, 5 = paljon.",
           "2",
           ("oppiminen",)),
)
_SARAKE = {s.nimi: s for s in SARAKKEET}

ESIMERKKIASIAKKAAT = [
    # tunnus, nimi, laji, alkanut, tuotot, suorat, myynti, markkinointi, palvelu, arviot 4 kpl
    ("A01", "Hotelli Kelohovi", "hotelli", "2019-03-01",
     18400, 9200, 1200, 300, 900, 5, 3, 4, 2),
    ("A02", "Ravintola Kuukkeli", "ravintola", "2021-06-15",
     7600, 3900, 600, 150, 1400, 4, 2, 3, 3),
    ("A03", "Luontaistuotekauppa Pihlaja", "kauppa", "2018-10-01",
     11200, 6100, 800, 400, 500, 5, 3, 3, 2),
    ("A04", "Erämatkat Ruska", "matkanjärjestäjä", "2024-02-01",
     5200, 2900, 1500, 600, 700, 2, 5, 4, 4),
    ("A05", "Kyläkauppa Raito", "kauppa", "2020-05-20",
     2300, 1400, 500, 100, 450, 3, 2, 2, 1),
    ("A06", "Retkeilijät ry", "ryhmä", "2022-08-10",
     3100, 1200, 200, 50, 300, 4, 3, 5, 5),
    ("A07", "Matkamuistomyymälä Tuisku", "kauppa", "2023-11-01",
     1500, 900, 650, 200, 350, 2, 2, 1, 2),
    ("A08", "Safaritalo Revontuli", "matkanjärjestäjä", "2017-01-15",
     24800, 17300, 1900, 800, 2600, 5, 4, 4, 3),
]


VIESTIT_EXCEL: dict[str, str] = {
    # Tiedosto kokonaisuutena
    "ei_loydy": "Tiedostoa '{polku}' ei löydy. Tarkista tiedoston nimi ja kansio.",
    "kansio": "'{polku}' on kansio eikä tiedosto. Anna Excel- tai CSV-tiedoston nimi.",
    "ei_luettavissa": "Tiedostoa '{nimi}' ei voi avata ({syy}). Sulje tiedosto muista "
                      "ohjelmista ja tarkista, että sinulla on lukuoikeus.",
    "liian_suuri": "Tiedosto '{nimi}' on liian suuri: {koko} Mt, kun enintään {raja} Mt "
                   "luetaan. Asiakasluettelon pitäisi mahtua pieneen tiedostoon: poista "
                   "ylimääräiset välilehdet, kuvat ja tyhjät rivit tai tallenna pelkät "
                   "asiakasrivit CSV-tiedostoksi.",
    "tyhja_tiedosto": "Tiedosto '{nimi}' on tyhjä (0 tavua). Täytä asiakaspohja ja "
                      "tallenna se uudelleen.",
    "tuntematon_paate": "Tiedoston '{nimi}' päätettä '{paate}' ei tueta. Tallenna "
                        "asiakasluettelo Excel-työkirjana (.xlsx) tai CSV-tiedostona (.csv).",
    "vanha_xls": "Tiedosto '{nimi}' on vanhaa Excel 97–2003 -muotoa (.xls) tai salasanalla "
                 "suojattu työkirja, eikä sitä voi lukea. Avaa se Excelissä, poista "
                 "mahdollinen salasana ja tallenna muodossa Excel-työkirja (.xlsx).",
    "ods": "Tiedosto '{nimi}' on OpenDocument-laskentataulukko (.ods). Tallenna se "
           "LibreOfficessa muodossa Excel 2007–365 (.xlsx) tai CSV ja lue se uudelleen.",
    "csv_xlsx": "Tiedosto '{nimi}' on CSV-tekstiä, vaikka sen pääte on '{paate}'. Vaihda "
                "tiedoston päätteeksi .csv tai avaa se Excelissä ja tallenna muodossa "
                "Excel-työkirja (.xlsx).",
    "xlsx_csv": "Tiedosto '{nimi}' on Excel-työkirja, vaikka sen pääte on '{paate}'. "
                "Vaihda tiedoston päätteeksi .xlsx ja lue se uudelleen.",
    "ei_taulukko": "Tiedosto '{nimi}' ei ole Excel-työkirja eikä CSV-tiedosto (se on {laji}). "
                   "Tallenna asiakasluettelo Excelissä muodossa Excel-työkirja (.xlsx) "
                   "tai CSV UTF-8.",
    "ei_tyokirja": "Tiedosto '{nimi}' on zip-paketti ({laji}), mutta ei Excel-työkirja: "
                   "siitä puuttuu työkirjan osa xl/workbook.xml. Tallenna asiakasluettelo "
                   "Excelissä muodossa Excel-työkirja (.xlsx).",
    "vioittunut": "Tiedostoa '{nimi}' ei voi lukea: se on vioittunut tai keskeneräinen "
                  "({syy}). Avaa alkuperäinen tiedosto Excelissä ja tallenna se uudelleen "
                  "muodossa Excel-työkirja (.xlsx).",
    "xml_pommi": "Tiedosto '{nimi}' hylättiin turvallisuussyistä: sen osassa {osa} on "
                 "XML-määrittelyjä (DOCTYPE tai ENTITY), joita Excel ei koskaan tee ja joilla "
                 "tiedoston voi paisuttaa valtavaksi (XML-pommi). Älä avaa tiedostoa; pyydä "
                 "lähettäjältä uusi tiedosto tai kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "zip_pommi": "Tiedosto '{nimi}' hylättiin: purettuna se olisi {koko} Mt, kun enintään "
                 "{raja} Mt sallitaan. Asiakasluettelo on tätä paljon pienempi; tiedostossa "
                 "on jotain muuta (kuvia, piilotettuja välilehtiä tai tahallinen zip-pommi). "
                 "Kopioi asiakasrivit tyhjään asiakaspohjaan.",
    # CSV-teksti
    "binaari": "Tiedosto '{nimi}' ei ole tekstiä: siinä on ohjausmerkkejä (esimerkiksi "
               "merkki {tavu} {kohta}). Jos tiedosto on tallennettu muodossa "
               "'Unicode-teksti', tallenna se uudelleen muodossa 'CSV UTF-8 (luetteloerotin)'.",
    "merkisto": "Tiedoston '{nimi}' merkistöä ei tunnistettu: se ei ole UTF-8 eikä "
                "Windows-1252 (tavu {tavu} kohdassa {kohta}). Tallenna tiedosto Excelissä "
                "muodossa 'CSV UTF-8 (luetteloerotin)'.",
    "mojibake": "Tiedosto '{nimi}', rivi {rivi}: ääkköset ovat menneet sekaisin ({esimerkki!r}). "
                "Tiedosto on jossain vaiheessa avattu ja tallennettu väärällä merkistöllä. "
                "Vie tiedot uudelleen alkuperäisestä ohjelmasta muodossa 'CSV UTF-8' tai "
                "korjaa ä- ja ö-kirjaimet.",
    "csv_rikki": "Tiedosto '{nimi}', rivi {rivi}: CSV-rivin rakenne on rikki ({syy}). "
                 "Tarkista lainausmerkit: jokaiselle alkavalle \"-merkille pitää olla pari.",
    # Välilehdet ja otsikot
    "ei_valilehtea": "Tiedostossa '{nimi}' ei ole välilehteä '{valilehti}'. Välilehdet ovat: "
                     "{valilehdet}.",
    "tyhja_valilehti": "Tiedosto '{nimi}', välilehti '{valilehti}' on tyhjä. Kirjoita "
                       "asiakkaat välilehdelle '{valilehti}' (otsikot ensimmäiselle riville) "
                       "tai valitse oikea välilehti.",
    "tyhja_csv": "Tiedosto '{nimi}' on tyhjä: siinä ei ole yhtään riviä. Tallenna "
                 "asiakasluettelo uudelleen.",
    "monta_valilehtea": "Tiedostossa '{nimi}' on asiakastaulukko usealla välilehdellä "
                        "({valilehdet}). Nimeä luettava välilehti 'Asiakkaat' tai anna sen "
                        "nimi: lue_asiakkaat(polku, valilehti='...').",
    "ei_otsikkoa": "{paikka}: en löytänyt otsikkoriviä. Ensimmäisellä rivillä on: {rivi}. "
                   "Otsikkorivillä pitää olla ainakin sarakkeet 'Asiakas' ja 'Tuotot (€)'; "
                   "kopioi otsikot asiakaspohjasta (tee_pohja).{lisa}",
    "puuttuva_sarake": "{paikka}: sarake '{sarake}' puuttuu otsikkoriviltä. Löysin sarakkeet: "
                       "{olemassa}. Lisää sarake '{sarake}' tai kopioi otsikot asiakaspohjasta.",
    "kirjoitusvirhe": "{paikka}: otsikkoa '{otsikko}' ei tunnistettu – tarkoititko "
                      "'{sarake}'? Korjaa otsikon kirjoitusasu.",
    "kahdesti": "{paikka}: sarake '{sarake}' on otsikkorivillä kahdesti ({otsikot}). Poista "
                "ylimääräinen sarake tai anna sille toinen otsikko.",
    "yhdistetyt": "{paikka}: solut {alue} on yhdistetty. Yhdistetty solu sekoittaa sarakkeet. "
                  "Valitse solut, poista yhdistäminen (Yhdistä ja keskitä) ja kirjoita "
                  "jokaiselle sarakkeelle oma otsikko ja jokaiselle asiakkaalle oma rivi.",
    "vain_otsikko": "{paikka}: otsikkorivin alla ei ole yhtään asiakasta. Kirjoita asiakkaat "
                    "otsikkorivin alle, yksi asiakas riviä kohden.",
    "liikaa_riveja": "{paikka}: asiakasrivejä on yli {raja}. Näin suurta luetteloa ei lueta; "
                     "valitse tarkasteltavat asiakkaat (esimerkiksi avainasiakasehdokkaat) "
                     "ja tallenna ne omaan tiedostoonsa.",
    "liikaa_soluja": "Tiedostossa '{nimi}' on {solut} täytettyä solua, kun enintään {raja} "
                     "luetaan. Asiakasluettelo on paljon pienempi: poista ylimääräiset "
                     "välilehdet ja tiedot tai kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "liian_laaja": "Tiedosto '{nimi}', välilehti '{valilehti}': käytössä on {rivit} riviä ja "
                   "{sarakkeet} saraketta, kun enintään {raja_rivit} riviä ja {raja_sarakkeet} "
                   "saraketta luetaan. Poista tyhjät rivit ja sarakkeet taulukon perästä tai "
                   "kopioi asiakasrivit tyhjään asiakaspohjaan.",
    "kaksoiskappale": "{paikka}: tunnus {arvo!r} on myös rivillä {toinen}. Jokaisella "
                      "asiakkaalla saa olla vain yksi rivi: yhdistä rivit tai anna toiselle "
                      "asiakkaalle oma tunnus.",
    # Yksittäinen solu: alkuun tulee paikka (välilehti, rivi, sarake, solu)
    "ei_luku": "arvo {arvo!r} ei ole luku. Kirjoita euromäärä numeroina, esimerkiksi 1234,50 "
               "(välilyönnit ja €-merkki sallitaan).",
    "ei_luku_arvio": "arvo {arvo!r} ei ole luku. Anna arvio kokonaislukuna 1–5.",
    "prosentti": "arvo {arvo!r} on prosentti, mutta sarakkeessa pitää olla euroja. Kirjoita "
                 "euromäärä.",
    "totuusarvo": "arvo {arvo} on totuusarvo (TOSI/EPÄTOSI), ei luku. Kirjoita luku.",
    "paiva_luvussa": "solussa on päivämäärä ({arvo}), vaikka sarakkeessa pitää olla luku. "
                     "Muuta solun muoto luvuksi (Muotoile solut → Luku) ja kirjoita luku.",
    "puuttuu_tuotot": "tuotot puuttuvat. Kirjoita asiakkaan tuotot euroina (0, jos asiakas ei "
                      "ostanut mitään).",
    "puuttuu_arvio": "arvio puuttuu. Anna arvio kokonaislukuna 1 (heikko) – 5 (erinomainen).",
    "negatiivinen": "arvo {arvo} on negatiivinen. Tuotot ja kustannukset kirjoitetaan "
                    "positiivisina lukuina (ilman miinusmerkkiä), ja hyvitykset vähennetään "
                    "tuotoista ennen kirjoittamista.",
    "ei_asteikolla": "arvo {arvo} ei ole asteikolla 1–5. Anna arvio kokonaislukuna 1 (heikko) "
                     "– 5 (erinomainen).",
    "ei_kokonaisluku": "arvo {arvo} ei ole kokonaisluku. Anna arvio kokonaislukuna 1–5 "
                       "(ei desimaaleja).",
    "ei_paiva": "arvo {arvo!r} ei ole päivämäärä. Kirjoita päivä muodossa 1.3.2019 tai pelkkä "
                "vuosi (2019), tai jätä solu tyhjäksi.",
    "nimi_puuttuu": "asiakkaan nimi puuttuu, vaikka rivillä on tietoja. Kirjoita nimi tai "
                    "poista rivi.",
    "tunnus_puuttuu": "tunnus puuttuu, vaikka rivillä on tietoja. Anna asiakkaalle tunnus, "
                      "joka ei ole muilla asiakkailla (esimerkiksi A09).",
    "summarivi": "rivi näyttää summariviltä ({arvo!r}). Poista summarivi: kurssi laskee "
                 "summat itse, ja summarivi näkyisi muuten yhtenä asiakkaana.",
    "kaava_ei_arvoa": "solussa on kaava {kaava}, jolla ei ole tallennettua tulosta (tiedostoa "
                      "ei ole tallennettu taulukko-ohjelmassa). Kaavoja ei lasketa "
                      "turvallisuussyistä. Avaa tiedosto Excelissä ja tallenna se, tai kopioi "
                      "solut ja liitä ne arvoina (Liitä määräten → Arvot).",
    "kaava_virhe": "kaavan {kaava} tulos on virhe {arvo}. Korjaa kaava Excelissä tai kirjoita "
                   "soluun luku.",
    "lisaa": " Korjaa myös: {luettelo}.",
    # Vienti
    "ei_xlsx": "Anna tiedostonimi, joka päättyy .xlsx (sain '{nimi}').",
    "on_jo": "Tiedosto '{polku}' on jo olemassa, enkä korvaa sitä. Anna uusi tiedostonimi tai "
             "kirjoita korvaa=True, jos haluat korvata vanhan tiedoston.",
    "ei_kansiota": "Kansiota '{kansio}' ei ole. Luo kansio ensin tai anna toinen polku.",
    "kirjoitus": "Tiedoston '{polku}' kirjoittaminen epäonnistui ({syy}). Mahdollinen vanha "
                 "tiedosto on ennallaan. Onko tiedosto auki Excelissä? Sulje se ja yritä "
                 "uudelleen.",
}

_TEKSTIPAATTEET = {".csv", ".txt", ".tsv"}
_TYOKIRJAPAATTEET = {".xlsx", ".xlsm"}
_EXCELIN_VIRHEET = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"}
_SUMMARIVIT = {"yhteensa", "summa", "yht", "kaikki yhteensa", "total", "kokonaissumma"}
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â‚¬|Â[\u00a0-\u00bf]")


def _viesti(avain: str, **tiedot) -> str:
    return VIESTIT_EXCEL[avain].format(**tiedot)


def _virhe(avain: str, **tiedot) -> AsiakkuusVirhe:
    return AsiakkuusVirhe(_viesti(avain, **tiedot))



def pohjan_sarakkeet() -> pd.DataFrame:
    """Asiakaspohjan sarakkeet: otsikko, pakollisuus, mitä soluun kirjoitetaan ja esimerkki.

    Sama taulukko on pohjan ohjevälilehdellä.

    >>> sarakkeet = pohjan_sarakkeet()
    >>> sarakkeet.loc[4, ["sarake", "pakollinen", "esimerkki"]].tolist()
    ['Tuotot (€)', 'kyllä', '18 400']
    >>> len(sarakkeet)
    13
    """
    return pd.DataFrame({
        "sarake": [s.otsikko for s in SARAKKEET],
        "pakollinen": ["kyllä" if s.pakollinen else "ei" for s in SARAKKEET],
        "sisalto": [s.sisalto for s in SARAKKEET],
        "esimerkki": [s.esimerkki for s in SARAKKEET],
    })


def esimerkkiasiakkaat() -> pd.DataFrame:
    """Asiakaspohjan keksityt esimerkkiasiakkaat samassa muodossa kuin ``lue_asiakkaat`` antaa.

    >>> e = esimerkkiasiakkaat()
    >>> print(*e.loc[0, ["asiakas_id", "nimi", "tuotot", "uskollisuus"]], sep=" | ")
    A01 | Hotelli Kelohovi | 18400.0 | 5
    >>> len(e)
    8
    """
    taulu = pd.DataFrame(ESIMERKKIASIAKKAAT, columns=[s.nimi for s in SARAKKEET])
    taulu["asiakas_alkaen"] = pd.to_datetime(taulu["asiakas_alkaen"])
    taulu[EUROT] = taulu[EUROT].astype(float)
    taulu[ARVIOT] = taulu[ARVIOT].astype("int64")
    return taulu


def _normalisoi(teksti) -> str:
    """Otsikko vertailumuotoon: pienet kirjaimet, ei ääkkösiä, yksiköt ja välimerkit pois."""
    teksti = unicodedata.normalize("NFKD", str(teksti))
    teksti = "".join(m for m in teksti if not unicodedata.combining(m)).casefold()
    teksti = re.sub(r"\(.*?\)|\[.*?\]", " ", teksti)
    teksti = re.sub(r"[^0-9a-z]+", " ", teksti)
    sanat = [s for s in teksti.split() if s not in {"eur", "euroa", "euro"} and not s.isdigit()]
    return " ".join(sanat)


_ALIAKSET: dict[str, str] = {}
for _s in SARAKKEET:
    for _a in (_s.otsikko, _s.nimi, *_s.aliakset):
        _ALIAKSET.setdefault(_normalisoi(_a), _s.nimi)

