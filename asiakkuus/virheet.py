"""Selkeät suomenkieliset virheilmoitukset ja syötteen tarkistukset.

Viestien sanamuodot ovat tietona sanakirjassa ``VIESTIT``, erillään
logiikasta, jotta niitä voi parantaa koskematta laskentaan. Jokainen
viesti kertoo, mikä on vialla (sarake, rivi tai arvo) ja miten sen korjaa.
"""

from __future__ import annotations

import errno
import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

VIESTIT: dict[str, str] = {
    "ei_taulukko": (
        "{taulukko}: odotin taulukkoa (pandas DataFrame), mutta sain {tyyppi}. "
        "Lataa tiedot esimerkiksi funktiolla lataa_aineisto()."
    ),
    "tyhja": (
        "{taulukko} on tyhjä: siinä ei ole yhtään riviä. "
        "Tarkista, että tiedosto tai rajaus sisältää tietoja."
    ),
    "puuttuva_sarake": (
        "{taulukko}: sarake '{sarake}' puuttuu. Taulukossa on sarakkeet: {olemassa}. "
        "Lisää sarake tai korjaa sen nimi."
    ),
    "ei_numeerinen": (
        "{taulukko}: sarakkeessa '{sarake}' on arvo, joka ei ole luku: {arvo!r} "
        "(rivi {rivi}). Korjaa arvo luvuksi, esimerkiksi 1234.50."
    ),
    "puuttuva_arvo": (
        "{taulukko}: sarakkeesta '{sarake}' puuttuu arvo rivillä {rivi}. "
        "Täytä puuttuva arvo."
    ),
    "negatiivinen": (
        "{taulukko}: sarakkeessa '{sarake}' on negatiivinen arvo {arvo} (rivi {rivi}). "
        "Arvon pitää olla nolla tai suurempi."
    ),
    "asteikon_ulkopuolella": (
        "{taulukko}: sarakkeessa '{sarake}' on arvo {arvo} (rivi {rivi}), "
        "mutta sallitut arvot ovat {alin}–{ylin}. Korjaa arvo asteikolle."
    ),
    "kaksoiskappale": (
        "{taulukko}: tunnus {arvo!r} esiintyy sarakkeessa '{sarake}' useammin kuin kerran. "
        "Jokaisella asiakkaalla saa olla vain yksi rivi: yhdistä tai poista toistuva rivi."
    ),
    "painot_summa": (
        "Painojen summa on {summa:g} %, mutta sen pitää olla 100 %. "
        "Muuta painoja niin, että ne ovat yhteensä 100."
    ),
    "painot_puuttuu": (
        "Painoista puuttuu kriteeri '{sarake}'. Anna paino kaikille kriteereille: {kriteerit}."
    ),
    "painot_tuntematon": (
        "Tuntematon kriteeri '{sarake}'. Sallitut kriteerit ovat: {kriteerit}."
    ),
    "paino_negatiivinen": (
        "Kriteerin '{sarake}' paino on {arvo:g}, mutta painon pitää olla nolla tai suurempi."
    ),
    "tuntematon_asiakas": (
        "Asiakasta {arvo!r} ei löydy. Tarkista tunnus; esimerkiksi {esimerkit}."
    ),
    "tuntematon_skenaario": (
        "Painoskenaariota {arvo!r} ei ole. Valitse jokin näistä: {vaihtoehdot}."
    ),
    "tuntematon_arvo": (
        "{taulukko}: sarakkeessa '{sarake}' on tuntematon arvo {arvo!r} (rivi {rivi}). "
        "Sallitut arvot ovat: {vaihtoehdot}."
    ),
    "ei_positiivinen": (
        "{nimi} on {arvo:g}, mutta sen pitää olla suurempi kuin nolla. {vihje}"
    ),
    "osuus_valilla": (
        "{nimi} on {arvo:g}, mutta sen pitää olla välillä {alin:g}–{ylin:g}. {vihje}"
    ),
    "liian_pieni": "{nimi} on {arvo:g}, mutta sen pitää olla vähintään {alin:g}. {vihje}",
    "liian_suuri": "{nimi} on {arvo:g}, mutta sen pitää olla enintään {ylin:g}. {vihje}",
    "suunnitelma_vajaa": (
        "Suunnitelmasta puuttuu kohta {puuttuvat}. Anna tälle funktiolle funktion "
        "asiakkuussuunnitelma(...) tulos sellaisenaan."
    ),
    "ei_aarellinen": (
        "{taulukko}: sarakkeessa '{sarake}' on ääretön tai liian suuri luku (rivi {rivi}). "
        "Korjaa arvo tavalliseksi luvuksi."
    ),
    "tekstina": (
        "{taulukko}: sarakkeen '{sarake}' luvut on tallennettu tekstinä (esimerkiksi {arvo!r} "
        "rivillä {rivi}). Muunna sarake luvuiksi: "
        "taulukko['{sarake}'] = pd.to_numeric(taulukko['{sarake}'])."
    ),
    "ei_paivamaara": (
        "{taulukko}: sarakkeen '{sarake}' pitää olla päivämääriä, mutta siinä on {tyyppi}. "
        "Muunna se päivämääriksi: taulukko['{sarake}'] = pd.to_datetime(taulukko['{sarake}'])."
    ),
    # Julkisten funktioiden argumentit (asiakkuus.argumentit).
    "argumentti_vaaraa_lajia": (
        "{funktio}: argumentin {nimi} pitää olla {odotettu}, mutta sain {saatu}. "
        "Anna {nimi} oikeassa muodossa{esimerkki}."
    ),
    "argumentti_tekstina": (
        "{funktio}: argumentin {nimi} pitää olla {odotettu}, mutta sain {saatu}. "
        "Kirjoita luku ilman lainausmerkkejä, esimerkiksi 1234.5."
    ),
    "argumentti_nan": "{funktio}: argumentti {nimi} puuttuu (arvo on NaN). Anna luku.",
    "argumentti_liian_suuri": (
        "{funktio}: argumentti {nimi} on ääretön tai liian suuri. Anna äärellinen luku, "
        "jonka itseisarvo on enintään {suurin}."
    ),
    "argumentti_ei_kokonaisluku": (
        "{funktio}: argumentin {nimi} pitää olla kokonaisluku, mutta sain {arvo:g}. "
        "Pyöristä luku, esimerkiksi {arvo:.0f}."
    ),
    "argumentti_liian_pitka": (
        "{funktio}: argumentti {nimi} on {pituus} merkkiä pitkä, mutta enintään {pisin} "
        "merkkiä sallitaan. Anna lyhyempi teksti."
    ),
    "argumentit_vaarin": (
        "{funktio}: argumentteja on liian vähän, liian monta tai väärän niminen. "
        "Korjaa kutsu muotoon {kaytto}."
    ),
    # Omat asiakastiedostot ja luvut tekstistä (asiakkuus.excel, muotoilu.lue_luku)
    "luku_tuhatpiste": (
        "Luvussa '{teksti}' piste voi olla tuhaterotin tai desimaalipiste, enkä arvaa kumpi. "
        "Korjaa luku: kirjoita se ilman pistettä ({tuhannet}) tai desimaalipilkulla ({desimaali})."
    ),
    "luku_tuhatpisteet": (
        "Luvussa '{teksti}' on piste tuhaterottimena. Korjaa luku: kirjoita se ilman pisteitä "
        "({tuhannet}) tai välilyönnein tuhansittain."
    ),
    "luku_liian_tarkka": (
        "Luvussa '{teksti}' on yli {numeroita} merkitsevää numeroa, eikä Excel säilytä sitä "
        "tarkasti. Tarkista luku: anna se enintään {numeroita} numerolla."
    ),
    "luku_tuhatpilkku": (
        "Luvussa '{teksti}' pilkku voi olla tuhaterotin tai desimaalipilkku, enkä arvaa kumpi. "
        "Korjaa luku: kirjoita se ilman pilkkua ({tuhannet}) tai ilman loppunollia ({desimaali})."
    ),
    "luku_tuhatpilkut": (
        "Luvussa '{teksti}' on pilkku tuhaterottimena, mutta suomalaisessa luvussa pilkku on "
        "desimaalipilkku. Korjaa luku: kirjoita se ilman pilkkuja ({tuhannet}) tai välilyönnein "
        "tuhansittain."
    ),
    "luku_tuhaterotin": (
        "luku_ja_yksikko: argumentin tuhaterotin pitää olla ',', '.' tai None, mutta sain "
        "{saatu}. Anna esimerkiksi tuhaterotin=','."
    ),
    "excel_ei_polku": (
        "{funktio}: tiedoston nimi pitää antaa tekstinä, esimerkiksi "
        "{funktio}('omat_tiedostot/{esimerkki}'), mutta sain {saatu}.{lisa}"
    ),
    "excel_ei_loydy": "Tiedostoa '{polku}' ei löydy. Tarkista tiedoston nimi ja kansio.",
    "excel_polku_merkki": (
        "{funktio}: tiedoston nimessä on merkki {merkki} (kohdassa {kohta}), jota "
        "tiedostonimessä ei voi olla (nollamerkki tai rikkinäinen merkki). Kirjoita nimi "
        "uudelleen, esimerkiksi {funktio}('omat_tiedostot/{esimerkki}')."
    ),
    "excel_linkkisilmukka": (
        "Tiedostoa '{polku}' ei voi avata: nimi on symbolinen linkki, joka osoittaa kehässä "
        "takaisin itseensä, eikä sen takana ole tiedostoa. Anna tiedoston oikea nimi tai "
        "korjaa linkki."
    ),
    "excel_polku_ei_kelpaa": (
        "Tiedostoa '{polku}' ei voi avata: {syy}. Tarkista tiedoston nimi ja kansio."
    ),
    "excel_kansio": "'{polku}' on kansio eikä tiedosto. Anna Excel- tai CSV-tiedoston nimi.",
    "excel_ei_tavallinen": (
        "'{polku}' ei ole tavallinen tiedosto vaan {laji}, eikä sitä lueta. Anna Excel- tai "
        "CSV-tiedoston nimi."
    ),
    "excel_ei_luettavissa": (
        "Tiedostoa '{nimi}' ei voi avata: {syy}. Sulje tiedosto muista ohjelmista ja yritä "
        "uudelleen. Tarkista myös, että sinulla on lukuoikeus."
    ),
    "excel_liian_suuri": (
        "Tiedosto '{nimi}' on liian suuri: {koko} Mt, kun enintään {raja} Mt luetaan. "
        "Asiakasluettelon pitäisi mahtua pieneen tiedostoon: poista ylimääräiset välilehdet, "
        "kuvat ja tyhjät rivit tai tallenna pelkät asiakasrivit CSV-tiedostoksi. Tarkista, "
        "että annoit oikean tiedoston."
    ),
    "excel_tyhja_tiedosto": (
        "Tiedosto '{nimi}' on tyhjä (0 tavua). Täytä asiakaspohja ja tallenna se uudelleen."
    ),
    "excel_tuntematon_paate": (
        "Tiedoston '{nimi}' päätettä '{paate}' ei tueta. Tallenna asiakasluettelo "
        "Excel-työkirjana (.xlsx) tai CSV-tiedostona (.csv). Anna sitten sen nimi."
    ),
    "excel_vanha_xls": (
        "Tiedosto '{nimi}' on vanhaa Excel 97–2003 -muotoa (.xls) tai salasanalla suojattu "
        "työkirja, eikä sitä voi lukea. Avaa se Excelissä, poista mahdollinen salasana ja "
        "tallenna muodossa Excel-työkirja (.xlsx). Anna sitten uuden tiedoston nimi."
    ),
    "excel_ods": (
        "Tiedosto '{nimi}' on OpenDocument-laskentataulukko (.ods). Tallenna se LibreOfficessa "
        "muodossa Excel 2007–365 (.xlsx) tai CSV. Anna sitten uuden tiedoston nimi."
    ),
    "excel_strict": (
        "Tiedosto '{nimi}' on tallennettu muodossa 'Strict Open XML -laskentataulukko', jota "
        "ei lueta. Avaa se Excelissä, valitse Tallenna nimellä ja tallennusmuodoksi "
        "'Excel-työkirja (.xlsx)'. Anna sitten uuden tiedoston nimi."
    ),
    "excel_csv_xlsx": (
        "Tiedosto '{nimi}' on CSV-tekstiä, vaikka sen pääte on '{paate}'. Vaihda tiedoston "
        "päätteeksi .csv tai avaa se Excelissä ja tallenna muodossa Excel-työkirja (.xlsx). "
        "Anna sitten uusi nimi."
    ),
    "excel_xlsx_csv": (
        "Tiedosto '{nimi}' on Excel-työkirja, vaikka sen pääte on '{paate}'. Vaihda tiedoston "
        "päätteeksi .xlsx. Anna sitten uusi nimi."
    ),
    "excel_ei_taulukko": (
        "Tiedosto '{nimi}' ei ole Excel-työkirja eikä CSV-tiedosto (se on {laji}). Tallenna "
        "asiakasluettelo Excelissä muodossa Excel-työkirja (.xlsx) tai CSV UTF-8. Anna sitten "
        "sen nimi."
    ),
    "excel_ei_tyokirja": (
        "Tiedosto '{nimi}' on zip-paketti ({laji}), mutta ei Excel-työkirja: siitä puuttuu "
        "työkirjan osa xl/workbook.xml. Tallenna asiakasluettelo Excelissä muodossa "
        "Excel-työkirja (.xlsx). Anna sitten sen nimi."
    ),
    "excel_vioittunut": (
        "Tiedostoa '{nimi}' ei voi lukea: se on vioittunut tai keskeneräinen (esimerkiksi "
        "lataus tai tallennus katkesi). Avaa alkuperäinen tiedosto Excelissä ja tallenna se "
        "uudelleen muodossa Excel-työkirja (.xlsx). Anna sitten uuden tiedoston nimi."
    ),
    "excel_xml_pommi": (
        "Tiedosto '{nimi}' hylättiin turvallisuussyistä: sen osassa {osa} on XML-määrittelyjä "
        "(DOCTYPE tai ENTITY), joita Excel ei koskaan tee ja joilla tiedoston voi paisuttaa "
        "valtavaksi (XML-pommi). Älä avaa tiedostoa; pyydä lähettäjältä uusi tiedosto tai "
        "kopioi asiakasrivit tyhjään asiakaspohjaan. Anna sitten sen nimi."
    ),
    "excel_zip_pommi": (
        "Tiedosto '{nimi}' hylättiin: purettuna se olisi {koko} Mt, kun enintään {raja} Mt "
        "sallitaan. Asiakasluettelo on tätä paljon pienempi; tiedostossa on jotain muuta "
        "(kuvia, piilotettuja välilehtiä tai tahallinen zip-pommi). Tarkista, että annoit "
        "oikean tiedoston, tai kopioi asiakasrivit tyhjään asiakaspohjaan."
    ),
    "excel_liikaa_osia": (
        "Tiedostossa '{nimi}' on {osia} osaa (välilehtiä, kuvia ja muita liitteitä), kun "
        "enintään {raja} luetaan. Tarkista, että annoit oikean tiedoston: poista "
        "ylimääräiset välilehdet ja kuvat tai kopioi asiakasrivit tyhjään asiakaspohjaan."
    ),
    "excel_binaari": (
        "Tiedosto '{nimi}' ei ole tekstiä: siinä on ohjausmerkkejä (esimerkiksi merkki {tavu} "
        "{kohta}). Tarkista, että annoit oikean tiedoston. Jos se on tallennettu muodossa "
        "'Unicode-teksti', tallenna se uudelleen muodossa 'CSV UTF-8 (luetteloerotin)'."
    ),
    "excel_merkisto": (
        "Tiedoston '{nimi}' merkistöä ei tunnistettu: se ei ole UTF-8 eikä Windows-1252 (tavu "
        "{tavu} kohdassa {kohta}). Tallenna tiedosto Excelissä muodossa 'CSV UTF-8 "
        "(luetteloerotin)'. Tarkista sitten, että ääkköset näkyvät oikein."
    ),
    "excel_mojibake": (
        "Tiedosto '{nimi}', rivi {rivi}: ääkköset ovat menneet sekaisin ({esimerkki!r}). "
        "Tiedosto on jossain vaiheessa avattu ja tallennettu väärällä merkistöllä. Korjaa ä- "
        "ja ö-kirjaimet tai vie tiedot uudelleen alkuperäisestä ohjelmasta muodossa 'CSV UTF-8'."
    ),
    "excel_csv_rikki": (
        "Tiedosto '{nimi}', rivi {rivi}: CSV-rivin rakenne on rikki. Tarkista lainausmerkit: "
        "jokaiselle alkavalle \"-merkille pitää olla pari."
    ),
    "excel_ei_valilehtea": (
        "Tiedostossa '{nimi}' ei ole välilehteä '{valilehti}'. Välilehdet ovat: {valilehdet}. "
        "Anna jonkin niistä nimi."
    ),
    "excel_valilehti_ei_teksti": (
        "lue_asiakkaat: välilehden nimi pitää antaa tekstinä, esimerkiksi "
        "valilehti='Asiakkaat', mutta sain {saatu}."
    ),
    "excel_vain_kaaviot": (
        "Tiedostossa '{nimi}' ei ole yhtään taulukkovälilehteä: {valilehdet} on kaavio. "
        "Valitse toinen tiedosto tai kopioi asiakasrivit tavalliselle välilehdelle "
        "(esimerkiksi asiakaspohjaan)."
    ),
    "excel_tyhja_valilehti": (
        "Tiedosto '{nimi}', välilehti '{valilehti}' on tyhjä. Valitse oikea välilehti "
        "(valilehti='...') tai kirjoita asiakkaat välilehdelle '{valilehti}' otsikkorivin alle."
    ),
    "excel_tyhja_csv": (
        "Tiedosto '{nimi}' on tyhjä: siinä ei ole yhtään riviä. Tarkista, että annoit oikean "
        "tiedoston, ja tallenna asiakasluettelo uudelleen."
    ),
    "excel_monta_valilehtea": (
        "Tiedostossa '{nimi}' on asiakastaulukko usealla välilehdellä ({valilehdet}). Nimeä "
        "luettava välilehti 'Asiakkaat' tai anna sen nimi: lue_asiakkaat(polku, "
        "valilehti='...'). Valitse yksi niistä."
    ),
    "excel_ei_otsikkoa": (
        "{paikka}: en löytänyt otsikkoriviä riveiltä {alue}. Rivillä {ensimmainen} on: {rivi}. "
        "Otsikkorivillä pitää olla ainakin sarakkeet 'Asiakas' ja 'Tuotot (€)', ja sen pitää "
        "olla {enintaan} ensimmäisen ei-tyhjän rivin joukossa; kopioi otsikot asiakaspohjasta "
        "(tee_pohja).{lisa}"
    ),
    "excel_ei_otsikkoa_erotin": " Erottimena pitää olla puolipiste, pilkku tai sarkain.",
    "excel_puuttuva_sarake": (
        "{paikka}: sarake '{sarake}' puuttuu otsikkoriviltä. Löysin sarakkeet: {olemassa}. "
        "Lisää sarake '{sarake}' tai kopioi otsikot asiakaspohjasta."
    ),
    "excel_kirjoitusvirhe": (
        "{paikka}: otsikkoa '{otsikko}' ei tunnistettu – tarkoititko '{sarake}'? Korjaa "
        "otsikon kirjoitusasu."
    ),
    "excel_kahdesti": (
        "{paikka}: sarake '{sarake}' on otsikkorivillä kahdesti ({otsikot}). Anna toiselle "
        "sarakkeelle eri otsikko tai poista ylimääräinen sarake."
    ),
    "excel_yhdistetyt": (
        "{paikka}: solut {alue} on yhdistetty. Yhdistetty solu sekoittaa sarakkeet. Valitse "
        "solut, poista yhdistäminen (Yhdistä ja keskitä) ja kirjoita jokaiselle sarakkeelle "
        "oma otsikko ja jokaiselle asiakkaalle oma rivi."
    ),
    "excel_vain_otsikko": (
        "{paikka}: otsikkorivin alla ei ole yhtään asiakasta. Lisää asiakkaat otsikkorivin "
        "alle, yksi asiakas riviä kohden."
    ),
    "excel_liikaa_riveja": (
        "{paikka}: asiakasrivejä on yli {raja}. Näin suurta luetteloa ei lueta; valitse "
        "tarkasteltavat asiakkaat (esimerkiksi avainasiakasehdokkaat) ja tallenna ne omaan "
        "tiedostoonsa. Anna sitten sen nimi."
    ),
    "excel_liikaa_soluja": (
        "Tiedostossa '{nimi}' on {solut} täytettyä solua, kun enintään {raja} luetaan. "
        "Tarkista, että annoit oikean tiedoston: poista ylimääräiset välilehdet ja tiedot "
        "tai kopioi asiakasrivit tyhjään asiakaspohjaan."
    ),
    "excel_liian_laaja": (
        "Tiedosto '{nimi}', välilehti '{valilehti}': täytettyjä rivejä on {rivit} ja tiedot "
        "ulottuvat sarakkeeseen {sarakkeet}, kun enintään {raja_rivit} täytettyä riviä ja "
        "{raja_sarakkeet} saraketta luetaan. Poista ylimääräiset tiedot taulukon perästä tai "
        "kopioi asiakasrivit tyhjään asiakaspohjaan. Anna sitten sen nimi."
    ),
    "excel_csv_liian_levea": (
        "Tiedosto '{nimi}', rivi {rivi}: rivillä on {kenttia} kenttää, kun enintään {raja} "
        "luetaan. Tarkista, että annoit oikean tiedoston ja että erotin on puolipiste, pilkku "
        "tai sarkain; poista ylimääräiset sarakkeet tai kopioi asiakasrivit asiakaspohjaan."
    ),
    "excel_csv_liikaa_kenttia": (
        "rivillä on {kenttia} kenttää, mutta otsikkorivillä vain {otsikoita} (ylimääräinen arvo "
        "{arvo!r}). Tavallisin syy on desimaalipilkku pilkuin erotetussa tiedostossa: 100,5 "
        "jakautuu kahdeksi kentäksi, ja rivin loput arvot siirtyvät väärään sarakkeeseen. "
        "Korjaa tiedosto: laita desimaalipilkulliset luvut lainausmerkkeihin (\"100,5\") tai "
        "tallenna se puolipistein erotettuna. Jos lisäkentät ovat omia huomioita, anna niille "
        "otsikko otsikkorivillä."
    ),
    "excel_piilotettu_valilehti": (
        "Tiedostossa '{nimi}' asiakastaulukko on vain piilotetulla välilehdellä '{valilehti}' "
        "(näkyvät välilehdet: {nakyvat}). Piilotettua välilehteä ei lueta itsestään, koska "
        "siinä on usein vanhoja tietoja. Näytä välilehti Excelissä (napsauta välilehtiä "
        "hiiren oikealla → Näytä) tai anna sen nimi: lue_asiakkaat(polku, valilehti='{valilehti}')."
    ),
    "excel_vioittunut_osa": (
        "Tiedostoa '{nimi}' ei voi lukea: se on vioittunut ({vika}, osa {osa}). Excel ei tee "
        "tällaista tiedostoa; se on voinut vioittua siirrossa tai toisen ohjelman "
        "tallentamana. Korjaa tiedosto: avaa alkuperäinen Excelissä ja tallenna se "
        "uudelleen muodossa Excel-työkirja (.xlsx), tai kopioi asiakasrivit tyhjään "
        "asiakaspohjaan."
    ),
    "excel_kaksoiskappale": (
        "{paikka}: tunnus {arvo!r} on myös rivillä {toinen}. Jokaisella asiakkaalla saa olla "
        "vain yksi rivi: yhdistä rivit tai anna toiselle asiakkaalle oma tunnus."
    ),
    # Yksittäinen solu: viestin alkuun tulee paikka (välilehti, rivi, sarake, solu).
    "excel_ei_luku": (
        "arvo {arvo!r} ei ole luku. Korjaa arvo: kirjoita euromäärä numeroina, esimerkiksi "
        "1234,50 (välilyönnit ja €-merkki sallitaan)."
    ),
    "excel_ei_luku_arvio": "arvo {arvo!r} ei ole luku. Anna arvio kokonaislukuna 1–5.",
    "excel_prosentti": (
        "arvo {arvo!r} on prosentti, mutta sarakkeessa pitää olla euroja. Kirjoita euromäärä."
    ),
    "excel_prosentti_arvio": (
        "arvo {arvo!r} on prosentti, mutta arvio on asteikolla 1–5. Anna arvio kokonaislukuna "
        "1 (heikko) – 5 (erinomainen)."
    ),
    "excel_euro_arvio": (
        "arvo {arvo!r} on euromäärä, mutta arvio on asteikolla 1–5. Anna arvio kokonaislukuna "
        "1 (heikko) – 5 (erinomainen)."
    ),
    "excel_vaara_yksikko": (
        "arvo {arvo!r} ei ole euromäärä (yksikkö '{yksikko}'). Korjaa arvo: kirjoita "
        "euromäärä numeroina, esimerkiksi 1234,50."
    ),
    "excel_liian_suuri_luku": (
        "arvo {arvo} on liian suuri: enintään {raja} € luetaan. Tarkista, onko luvussa "
        "ylimääräisiä numeroita."
    ),
    "excel_totuusarvo": (
        "arvo {arvo} on totuusarvo (TOSI/EPÄTOSI), ei luku. Korjaa arvo: kirjoita soluun luku."
    ),
    "excel_paiva_luvussa": (
        "solussa on päivämäärä ({arvo}), vaikka sarakkeessa pitää olla luku. Muuta solun muoto "
        "luvuksi (Muotoile solut → Luku) ja kirjoita luku."
    ),
    "excel_puuttuu_tuotot": (
        "tuotot puuttuvat. Täytä asiakkaan tuotot euroina (0, jos asiakas ei ostanut "
        "mitään)."
    ),
    "excel_puuttuu_arvio": (
        "arvio puuttuu. Anna arvio kokonaislukuna 1 (heikko) – 5 (erinomainen)."
    ),
    "excel_negatiivinen": (
        "arvo {arvo} on negatiivinen. Tuotot ja kustannukset kirjoitetaan positiivisina "
        "lukuina (ilman miinusmerkkiä), ja hyvitykset vähennetään tuotoista ennen "
        "kirjoittamista. Korjaa arvo."
    ),
    "excel_ei_asteikolla": (
        "arvo {arvo} ei ole asteikolla 1–5. Anna arvio kokonaislukuna 1 (heikko) – 5 "
        "(erinomainen)."
    ),
    "excel_ei_kokonaisluku": (
        "arvo {arvo} ei ole kokonaisluku. Anna arvio kokonaislukuna 1–5 (ei desimaaleja)."
    ),
    "excel_ei_paiva": (
        "arvo {arvo!r} ei ole päivämäärä. Kirjoita päivä muodossa 1.3.2019 tai pelkkä vuosi "
        "(2019), tai jätä solu tyhjäksi. Sallitut vuodet ovat 1900–2100."
    ),
    "excel_puolikas_merkki": (
        "tekstissä on rikkinäinen merkki {merkki} (kohdassa {kohta}): puolikas merkkipari, "
        "jota Excel-työkirjaan ei voi tallentaa. Teksti on todennäköisesti katkaistu kesken "
        "emojin tai muun erikoismerkin. Korjaa teksti: kirjoita se uudelleen."
    ),
    "excel_ohjausmerkki": (
        "tekstissä on näkymätön ohjausmerkki {merkki} (kohdassa {kohta}), jota Excel-työkirjaan "
        "ei voi tallentaa; esimerkiksi Word lisää sellaisen rivinvaihdon tilalle. Korjaa "
        "teksti: kirjoita se soluun uudelleen ilman merkkiä."
    ),
    "excel_ei_tekstia": (
        "arvo on {arvo}, ei tekstiä eikä luku. Korjaa arvo: kirjoita soluun teksti."
    ),
    "excel_liian_pitka_teksti": (
        "tekstin pitää olla enintään {raja} merkkiä (Excelin solun raja), mutta siinä on "
        "{pituus} merkkiä. Lyhennä tekstiä."
    ),
    "excel_nimi_puuttuu": (
        "asiakkaan nimi puuttuu, vaikka rivillä on tietoja. Kirjoita nimi tai poista rivi. "
        "Tarkista myös, että rivi on oikealla kohdalla."
    ),
    "excel_tunnus_puuttuu": (
        "tunnus puuttuu, vaikka rivillä on tietoja. Anna asiakkaalle tunnus, joka ei ole muilla "
        "asiakkailla (esimerkiksi A09)."
    ),
    "excel_summarivi": (
        "rivi näyttää summariviltä ({arvo!r}). Poista summarivi: kurssi laskee summat itse, "
        "ja summarivi näkyisi muuten yhtenä asiakkaana. Tarkista muutkin rivit."
    ),
    "excel_kaava_ei_arvoa": (
        "solussa on kaava {kaava}, jolla ei ole tallennettua tulosta (tiedostoa ei ole "
        "tallennettu taulukko-ohjelmassa). Kaavoja ei lasketa turvallisuussyistä. Avaa "
        "tiedosto Excelissä ja tallenna se, tai kopioi solut ja liitä ne arvoina (Liitä "
        "määräten → Arvot). Tarkista sitten tulos."
    ),
    "excel_kaava_virhe": (
        "kaavan {kaava} tulos on virhe {arvo}. Korjaa kaava Excelissä tai kirjoita soluun luku."
    ),
    "excel_lisaa": " Korjaa myös: {luettelo}.",
    # Vienti ja pohja
    "excel_ei_xlsx": "Anna tiedostonimi, joka päättyy .xlsx (sain '{nimi}').",
    "excel_ei_csv": "Anna tiedostonimi, joka päättyy .csv (sain '{nimi}').",
    "excel_kohde_kansio": (
        "'{polku}' on kansio eikä tiedosto, enkä kirjoita sen tilalle. Anna kansion sisällä "
        "olevan tiedoston nimi, esimerkiksi '{polku}/{esimerkki}'."
    ),
    "excel_kohde_ei_tavallinen": (
        "'{polku}' ei ole tavallinen tiedosto vaan {laji}, enkä kirjoita sen tilalle. Anna "
        "uusi tiedostonimi."
    ),
    "excel_moniotsikko": (
        "{funktio}: taulukon sarakkeilla on monta otsikkotasoa, mutta asiakastaulukossa "
        "pitää olla yksi otsikko saraketta kohden. Anna taulukko, jonka lue_asiakkaat "
        "palauttaa, tai litistä otsikot, esimerkiksi "
        "asiakkaat.columns = asiakkaat.columns.get_level_values(0)."
    ),
    "excel_nimi_liian_pitka": (
        "Tiedostonimi '{nimi}' on liian pitkä ({pituus} tavua, kun enintään {raja} sallitaan). "
        "Anna lyhyempi tiedostonimi."
    ),
    "excel_on_jo": (
        "Tiedosto '{polku}' on jo olemassa, enkä korvaa sitä. Anna uusi tiedostonimi tai "
        "kirjoita korvaa=True, jos haluat korvata vanhan tiedoston."
    ),
    "excel_ei_kansiota": "Kansiota '{kansio}' ei ole. Tarkista polku tai luo kansio ensin.",
    "excel_kirjoitus": (
        "Tiedoston '{polku}' kirjoittaminen epäonnistui: {syy}. Mahdollinen vanha tiedosto on "
        "ennallaan. Onko tiedosto auki Excelissä? Sulje se ja yritä uudelleen. Tarkista myös "
        "kirjoitusoikeus ja levytila."
    ),
    "excel_ei_asiakkaita": (
        "{funktio}: asiakkaat pitää antaa taulukkona, jonka lue_asiakkaat palauttaa, mutta sain "
        "{saatu}. Kutsu näin: {kaytto}."
    ),
    "excel_vaihdetut": (
        "{funktio}: argumentit ovat väärässä järjestyksessä. Anna ensin tiedoston nimi ja sitten "
        "asiakkaat: {kaytto}."
    ),
    "excel_totuusarvo_arg": (
        "{funktio}: argumentin {nimi} pitää olla True tai False, mutta sain {saatu}."
    ),
    "excel_avainasiakkaita": (
        "{funktio}: avainasiakkaiden määrän pitää olla kokonaisluku 0 tai suurempi, mutta sain "
        "{saatu}. Anna esimerkiksi avainasiakkaita=5."
    ),
    "excel_vienti_liikaa": (
        "vie_exceliin: asiakkaita on {maara}, kun enintään {raja} viedään (niin monta "
        "lue_asiakkaat lukee takaisin). Valitse vietävät asiakkaat, esimerkiksi "
        "asiakkaat.head({raja})."
    ),
    "excel_ei_vientityokirja": (
        "Tiedostossa '{nimi}' ei ole välilehteä 'Portfolio', joten se ei ole vie_exceliin-"
        "funktion tekemä työkirja. Anna vie_exceliin-funktion tekemän tiedoston nimi."
    ),
    "excel_tuntematon_vientisarake": (
        "Vientityökirjassa ei ole saraketta '{sarake}'. Valitse jokin näistä: {sarakkeet}."
    ),
    "excel_vientirivi": (
        "Vientityökirjan asiakasrivit alkavat riviltä {eka}; rivi {rivi} ei kelpaa. Anna "
        "rivin numero kokonaislukuna {eka} tai suurempi."
    ),
    # Yksittäiset luvut ja painot (virheet.tarkista_luku, tarkista_painot)
    "luku_ei_luku": "{nimi} pitää antaa lukuna, mutta sain {arvo!r}.",
    "luku_nan": "{nimi} puuttuu (arvo on NaN). Anna luku.",
    "painot_ei_sanakirja": (
        "Painot annetaan sanakirjana. Anna ne esimerkiksi näin: "
        "{{'myyntivolyymi': 30, 'kannattavuus': 20, ...}}."
    ),
    "painot_nollia": "Kaikki painot ovat nollia. Anna ainakin yhdelle kriteerille paino.",
    # Mittarit (asiakkuus.mittarit)
    "clv_aareton": (
        "Kun pysyvyys on 100 % ja korko 0 %, elinkaariarvo on ääretön. "
        "Käytä pienempää pysyvyyttä tai positiivista korkoa."
    ),
    "pysyvyys_uusia_liikaa": (
        "Uusia asiakkaita ({uusia:g}) ei voi olla enemmän kuin asiakkaita jakson lopussa "
        "({lopussa:g}). Tarkista luvut."
    ),
    "pysyvyys_jatkaneita_liikaa": (
        "Jatkaneita asiakkaita (lopussa − uusia) ei voi olla enemmän kuin asiakkaita alussa. "
        "Tarkista luvut."
    ),
    "kysely_taulukko": "{nimi}: anna yksi sarake, esimerkiksi kyselyt['{sarake}'].",
    "kysely_tyhja": "{nimi}: vastauksia ei ole yhtään. Anna vähintään yksi vastaus.",
    "kysely_ei_luku": (
        "{nimi}: vastaus {arvo!r} ei ole luku. Vastausten pitää olla kokonaislukuja "
        "{alin}–{ylin}."
    ),
    "kysely_asteikko": (
        "{nimi}: vastaus {arvo:g} ei ole asteikolla {alin}–{ylin}. Korjaa tai poista vastaus."
    ),
    # Kate (asiakkuus.kate)
    "kate_vuosi_tyhja": "Vuodelta {vuosi} ei ole yhtään myyntiä. Valitse toinen vuosi.",
    "kate_summa_ei_positiivinen": (
        "Sarakkeen '{sarake}' summa on {summa:.2f} €, joten siitä ei voi laskea osuuksia. "
        "80/20-tarkastelu vaatii, että summa on positiivinen. Tarkista sarakkeen luvut."
    ),
    # Kurssin aineisto, sanasto ja asiakastiedosto (data, generointi, sanasto, asiakastiedosto)
    "tuntematon_taulukko": "Taulukkoa {nimi!r} ei ole. Valitse jokin näistä: {vaihtoehdot}.",
    "aineisto_ei_loydy": "Tiedostoa {polku} ei löydy. Tarkista kansion nimi.",
    "maara_ei_kokonaisluku": "{nimi} pitää olla kokonaisluku, mutta sain {arvo!r}.",
    "tuntematon_muistio": "Muistiota {muistio!r} ei ole. Valitse jokin näistä: {vaihtoehdot}.",
    "asiakas_ei_aineistossa": (
        "Asiakasta {arvo!r} ei ole aineistossa. Anna tunnus, esimerkiksi 'A01'."
    ),
    # Lukujen muotoilu (asiakkuus.muotoilu)
    "pyoristys_ei_luku": (
        "Pyöristettävän arvon pitää olla äärellinen luku, mutta sain {arvo!r}. Anna luku, "
        "esimerkiksi 6.25."
    ),
    "pyoristys_desimaalit": (
        "Desimaalien määrän pitää olla kokonaisluku 0–10, mutta sain {arvo!r}. "
        "Anna esimerkiksi 2."
    ),
    "muotoilu_ei_luku": "Muotoiltavan arvon pitää olla luku, mutta sain {arvo!r}.",
    # Harjoitustehtävät (asiakkuus.tehtavat)
    "tehtava_ei_tehtava": (
        "tarkista(): ensimmäisen argumentin pitää olla tehtävä, esimerkiksi tehtava('03_1'), "
        "mutta sain {saatu}."
    ),
    "tehtava_arvonta": (
        "Tehtävän {tunnus} lukuja ei saatu arvottua {kertoja} yrityksellä. Kirjoita nimesi "
        "hieman toisin tai ilmoita tästä kurssin ylläpitäjälle."
    ),
    "tehtava_erottuvat": (
        "erottuvat(): jokaisen väärän vastauksen pitää olla pari (luku, selitys). Korjaa lista, "
        "esimerkiksi [(2.9, 'Selitys.')]."
    ),
    "tehtava_tuntematon": (
        "Tehtävää {tunnus!r} ei ole. Kirjoita tunnus muodossa teema_numero, esimerkiksi "
        "'03_1'. Tehtävät: {tehtavat}."
    ),
    "tehtava_tuntematon_ehdotus": (
        "Tehtävää {tunnus!r} ei ole. Kirjoita tunnus muodossa teema_numero, esimerkiksi "
        "'03_1'. Tarkoititko {ehdotus!r}? Tehtävät: {tehtavat}."
    ),
    # Opiskelijan nimi (asiakkuus.tallennus.nimen_ongelma; näkyy myös nimikentän alla)
    # Tenttikysymykset (asiakkuus.tenttikysymykset)
    "tentti_lomaketehtava": (
        "Tehtävä {tunnus} on lomaketehtävä, eikä siitä voi tehdä tenttikysymystä. Valitse "
        "luku- tai valintatehtävä."
    ),
    "nimi_puuttuu": "Kirjoita nimesi tai opiskelijanumerosi.",
    "tallennus_ei_tulos": (
        "tallennus.kirjaa(): argumentin tulos pitää olla tarkistuksen tulos (Tulos), mutta sain "
        "{saatu}. Anna tehtavat.tarkista(...)-funktion palauttama tulos."
    ),
    "tallennus_vastaus_pitka": (
        "Vastaus on {pituus} merkkiä pitkä, eikä sitä tallenneta (enintään {pisin} merkkiä). "
        "Kirjoita lyhyempi vastaus."
    ),
    "tallennus_ei_onnistu": (
        "Vastausta ei voitu tallentaa tiedostoon {polku}: {syy}. Tarkista, että "
        "kurssikansioon voi kirjoittaa ja levyllä on tilaa."
    ),
    "nimi_liian_pitka": (
        "Nimi on liian pitkä ({pituus} merkkiä). Käytä enintään {pisin} merkkiä."
    ),
    "nimi_kaavamerkki": (
        "Nimi ei voi alkaa merkillä {merkki}, koska taulukko-ohjelma lukisi sen kaavaksi. "
        "Kirjoita nimesi tai opiskelijanumerosi ilman sitä."
    ),
    "nimi_ohjausmerkki": "Nimessä on näkymätön ohjausmerkki. Kirjoita nimi uudelleen käsin.",
    # Palautustiedostot (asiakkuus.palautus): viestin alussa on tiedoston nimi.
    "palautus_ei_tiedosto": (
        "{tiedosto}: ei ole tavallinen tiedosto. Tarkista, että kansiossa on vain "
        "opiskelijoiden palautustiedostoja."
    ),
    "palautus_liian_suuri": (
        "{tiedosto}: tiedosto on liian suuri ({koko} tavua; palautus on tavallisesti alle "
        "50 000 tavua). Se ei ole kurssin palautustiedosto. Tarkista, että annoit oikean "
        "tiedoston."
    ),
    "palautus_ei_luettavissa": (
        "{tiedosto}: tiedostoa ei voi lukea ({syy}). Tarkista lukuoikeus ja yritä uudelleen."
    ),
    "palautus_ei_utf8": (
        "{tiedosto}: tiedosto ei ole tekstiä (UTF-8). Se ei ole kurssin palautustiedosto tai "
        "se on vioittunut. Pyydä opiskelijaa tekemään palautustiedosto uudelleen."
    ),
    "palautus_rikki": (
        "{tiedosto}: tiedosto on rikki tai vajaa (ei kelvollista JSONia). Pyydä opiskelijaa "
        "tekemään palautustiedosto uudelleen."
    ),
    "palautus_ei_palautus": (
        "{tiedosto}: tämä ei ole kurssin palautustiedosto. Jos se on opiskelijan "
        "vastaustiedosto (kansiosta omat_vastaukset), pyydä häntä tekemään palautustiedosto "
        "painikkeella Tee palautustiedosto."
    ),
    "palautus_versio": (
        "{tiedosto}: palautuksen muodon versio {versio!r} on tuntematon (tämä paketti lukee "
        "versiota {oma}). Pyydä opiskelijaa tekemään palautustiedosto uudelleen tämän kurssin "
        "muistioissa."
    ),
    "palautus_merkit": (
        "{tiedosto}: tiedostossa on merkkejä, jotka eivät ole kelvollista tekstiä. Se ei ole "
        "kurssin palautustiedosto tai se on vioittunut. Pyydä opiskelijaa tekemään "
        "palautustiedosto uudelleen."
    ),
    "palautus_muokattu": (
        "{tiedosto}: tiedostoa on muokattu palautuksen tekemisen jälkeen (tarkiste ei täsmää). "
        "Pyydä opiskelijaa tekemään palautustiedosto uudelleen."
    ),
    "palautus_nimi_puuttuu": (
        "{tiedosto}: nimi puuttuu. Pyydä opiskelijaa tekemään palautustiedosto uudelleen."
    ),
    "palautus_nimi_ei_kelpaa": (
        "{tiedosto}: nimi ei kelpaa ({syy}). Pyydä opiskelijaa tekemään palautustiedosto "
        "uudelleen."
    ),
    "palautus_aika": (
        "{tiedosto}: palautuksen tekoaika (luotu) puuttuu tai on viallinen. Pyydä opiskelijaa "
        "tekemään palautustiedosto uudelleen."
    ),
    "palautus_ei_tehtavia": (
        "{tiedosto}: tehtävät puuttuvat. Pyydä opiskelijaa tekemään palautustiedosto uudelleen."
    ),
    "palautus_tuntematon_tehtava": (
        "{tiedosto}: tuntematon tehtävä {tunnus!r}. Pyydä opiskelijaa tekemään "
        "palautustiedosto uudelleen tämän kurssin muistioissa."
    ),
    "palautus_yritykset": (
        "{tiedosto}: tehtävän {numero} yritykset puuttuvat tai niitä on liikaa. Pyydä "
        "opiskelijaa tekemään palautustiedosto uudelleen."
    ),
    "palautus_vastaus": (
        "{tiedosto}: tehtävän {numero} vastaus on viallinen. Pyydä opiskelijaa tekemään "
        "palautustiedosto uudelleen."
    ),
    # Palautusten arviointi (asiakkuus.arviointi, python -m asiakkuus arvioi)
    "arviointi_ei_kansiota": (
        "Kansiota {kansio} ei ole. Anna kansio, johon purit Moodlesta ladatut palautukset."
    ),
    "arviointi_ei_pari": (
        "Palautus {numero}: odotin paria (tiedoston nimi, sisältö) funktiolta "
        "palautus.lue_palautus, mutta sain {saatu}. Anna arvioinnille funktion "
        "lue_palautukset tulos."
    ),
    "arviointi_tulokset": (
        "Arvioinnin taulukosta puuttuu sarake '{sarake}'. Anna arvioi_palautukset(...)-funktion "
        "tuloksen taulukko sellaisenaan, esimerkiksi arviointi.tulokset."
    ),
    "arviointi_ei_kansio": "{kansio} ei ole kansio. Anna kansio, jossa palautustiedostot ovat.",
    "arviointi_zip": (
        "{kansio} ei ole kansio. Pura zip-tiedosto ensin ja anna purettu kansio. Anna kansio, "
        "jossa palautustiedostot ovat."
    ),
    "arviointi_liikaa_kohteita": (
        "Kansiossa {kansio} on yli {raja} tiedostoa tai kansiota. Anna kansio, jossa ovat vain "
        "palautukset (esimerkiksi Moodlesta ladattu ja purettu kansio)."
    ),
    "arviointi_liikaa_palautuksia": (
        "Kansiossa {kansio} on yli {raja} .json-tiedostoa. Anna kansio, jossa ovat vain tämän "
        "kurssin palautukset."
    ),
    "arviointi_liian_syva": (
        "Kansiossa {kansio} on liian syvälle sisäkkäisiä kansioita. Anna kansio, jossa ovat "
        "vain palautukset."
    ),
    "arviointi_ei_palautuksia": (
        "Kansiossa {kansio} ei ole yhtään palautustiedostoa (.json). Lataa palautukset "
        "Moodlesta (Lataa kaikki palautukset), pura zip-tiedosto ja anna purettu kansio."
    ),
    "arviointi_kohde_tiedosto": (
        "{kohde} on tiedosto, ei kansio. Anna tuloksille kansio valinnalla --kohde."
    ),
    "arviointi_on_jo": (
        "Tiedosto {polku} on jo olemassa. Korvaa aiempi arviointi valinnalla --korvaa tai "
        "kirjoita toiseen kansioon valinnalla --kohde."
    ),
    "arviointi_kirjoitus": (
        "Tiedostoa {polku} ei voi kirjoittaa ({syy}). Tarkista, ettei se ole auki Excelissä ja "
        "että kansioon saa kirjoittaa."
    ),
    "arviointi_ei_arvioitavia": (
        "Yhtään palautusta ei voitu arvioida (ongelmia {ongelmia}, syyt yllä). Tuloksia ei "
        "kirjoitettu. Korjaa yllä luetellut ongelmat ja anna komento uudelleen."
    ),
    # Kurssin käynnistys (python -m asiakkuus kurssi)
    "kurssikansio_puuttuu": (
        "Kurssikansiota ei löytynyt: kansiossa {alku} tai sen yläpuolella ei ole tiedostoa "
        "{aloitussivu}. Kurssikansio on se, jossa ovat kansiot notebooks ja exercises "
        "(zip-tiedoston purku voi tehdä sisäkkäisen kansion). Siirry ensin kurssikansioon "
        "(esim. cd kurssi) ja anna komento uudelleen."
    ),
}


class AsiakkuusVirhe(ValueError):
    """Virhe, jonka viesti kertoo suomeksi, mikä syötteessä on vialla ja miten sen korjaa."""


def viesti(avain: str, **tiedot) -> str:
    """Sanakirjan ``VIESTIT`` viesti tekstinä, kun sitä ei nosteta virheenä (esim. nimikenttä).

    >>> viesti("nimi_puuttuu")
    'Kirjoita nimesi tai opiskelijanumerosi.'
    """
    return VIESTIT[avain].format(**tiedot)


def virhe(avain: str, **tiedot) -> AsiakkuusVirhe:
    """Muodosta virhe sanakirjan ``VIESTIT`` viestistä.

    >>> print(virhe("painot_summa", summa=90))
    Painojen summa on 90 %, mutta sen pitää olla 100 %. Muuta painoja niin, että ne ovat yhteensä 100.
    """
    return AsiakkuusVirhe(viesti(avain, **tiedot))


_OS_SYYT = {
    errno.EACCES: "sinulla ei ole oikeutta siihen", errno.EPERM: "sinulla ei ole oikeutta siihen",
    errno.ENOSPC: "levy on täynnä", errno.EROFS: "levylle ei voi kirjoittaa (vain luku)",
    errno.ENAMETOOLONG: "tiedostonimi on liian pitkä", errno.ENOENT: "tiedostoa tai kansiota ei ole",
    errno.EISDIR: "nimi on kansion nimi", errno.EBUSY: "toinen ohjelma käyttää tiedostoa",
    errno.EAGAIN: "tiedosto ei ole juuri nyt luettavissa",
    errno.EEXIST: "samanniminen tiedosto on jo olemassa",
    errno.ENOTDIR: "polun osa on tiedosto eikä kansio",
    errno.ELOOP: "polussa on linkki, joka osoittaa kiertäen itseensä",
}


def os_syy(syy: OSError) -> str:
    """Käyttöjärjestelmän virhe suomeksi: ei englanninkielistä tekstiä eikä poikkeuksen nimeä.

    >>> os_syy(PermissionError(errno.EACCES, "Permission denied")), os_syy(OSError(5, "I/O"))
    ('sinulla ei ole oikeutta siihen', 'käyttöjärjestelmä esti sen (virhekoodi 5)')
    """
    return _OS_SYYT.get(syy.errno, f"käyttöjärjestelmä esti sen (virhekoodi {syy.errno})"
                        if syy.errno else "käyttöjärjestelmä esti sen")


def tuntematon_asiakas(asiakas_id, tunnukset: Iterable) -> AsiakkuusVirhe:
    """Virhe tuntemattomasta asiakastunnuksesta; mukana kolme olemassa olevaa tunnusta.

    >>> print(tuntematon_asiakas("X9", ["A01", "A02", "A03", "A04"]))
    Asiakasta 'X9' ei löydy. Tarkista tunnus; esimerkiksi A01, A02, A03.
    """
    esimerkit = [str(tunnus) for _, tunnus in zip(range(3), tunnukset)]
    return virhe("tuntematon_asiakas", arvo=asiakas_id, esimerkit=", ".join(esimerkit))


def rivin_nimi(df: pd.DataFrame, sijainti: int) -> str:
    """Rivin nimi ihmiselle: indeksin arvo, tai järjestysnumero ykkösestä alkaen.

    >>> rivin_nimi(pd.DataFrame({"a": [1, 2]}), 1)
    '2'
    >>> rivin_nimi(pd.DataFrame({"a": [1, 2]}, index=["A01", "A02"]), 1)
    'A02'
    """
    indeksi = df.index[sijainti]
    if isinstance(df.index, pd.RangeIndex):
        return str(sijainti + 1)
    return str(indeksi)


def tarkista_taulukko(
    df,
    taulukko: str,
    sarakkeet: Iterable[str] = (),
    numeeriset: Iterable[str] = (),
    tunniste: str | None = None,
) -> None:
    """Tarkista, että taulukko on käyttökelpoinen; muuten nosta selkeä ``AsiakkuusVirhe``.

    Tarkistaa: taulukko on DataFrame, siinä on rivejä, vaaditut sarakkeet löytyvät,
    numeeristen sarakkeiden arvot ovat lukuja ja tunnistesarakkeessa ei ole toistoja.

    >>> tarkista_taulukko(pd.DataFrame({"tuotot": [1, 2]}), "Kate", ["tuotot"], ["tuotot"])
    >>> tarkista_taulukko(pd.DataFrame({"tuotot": ["1", "x"]}), "Kate", ["tuotot"], ["tuotot"])
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Kate: sarakkeessa 'tuotot' on arvo, joka ei ole luku: 'x' (rivi 2). Korjaa arvo luvuksi, esimerkiksi 1234.50.
    """
    if not isinstance(df, pd.DataFrame):
        raise virhe("ei_taulukko", taulukko=taulukko, tyyppi=type(df).__name__)
    if len(df) == 0:
        raise virhe("tyhja", taulukko=taulukko)
    vaaditut = list(dict.fromkeys([*sarakkeet, *numeeriset, *([tunniste] if tunniste else [])]))
    for sarake in vaaditut:
        if sarake not in df.columns:
            olemassa = ", ".join(str(s) for s in df.columns)
            raise virhe("puuttuva_sarake", taulukko=taulukko, sarake=sarake, olemassa=olemassa)
    for sarake in numeeriset:
        tarkista_numeerinen(df, sarake, taulukko)
    if tunniste:
        toistot = df[tunniste].duplicated()
        if toistot.any():
            arvo = df[tunniste][toistot].iloc[0]
            raise virhe("kaksoiskappale", taulukko=taulukko, sarake=tunniste, arvo=arvo)


def luvuksi(arvo) -> float:
    """Arvo liukulukuna, tai NaN, jos se ei ole luku; liian suuri kokonaisluku on ääretön.

    >>> luvuksi(3), luvuksi("2.5"), luvuksi(10 ** 400), luvuksi("paljon")
    (3.0, 2.5, inf, nan)
    """
    try:
        return float(pd.to_numeric(arvo))
    except OverflowError:
        return math.inf
    except (TypeError, ValueError):
        return math.nan


def tarkista_numeerinen(df: pd.DataFrame, sarake: str, taulukko: str) -> None:
    """Nosta virhe, jos sarakkeessa on muuta kuin lukuja, puuttuvia arvoja tai lukuja tekstinä.

    >>> tarkista_numeerinen(pd.DataFrame({"maara": [1, None]}), "maara", "Myynnit")
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Myynnit: sarakkeesta 'maara' puuttuu arvo rivillä 2. Täytä puuttuva arvo.
    """
    arvot = df[sarake]
    # Nopea polku: valmiiksi numeerinen sarake ilman puuttuvia arvoja (suuret aineistot).
    if pd.api.types.is_numeric_dtype(arvot) and not pd.api.types.is_bool_dtype(arvot):
        puuttuvat = arvot.isna().to_numpy()
        if puuttuvat.any():
            raise virhe("puuttuva_arvo", taulukko=taulukko, sarake=sarake,
                        rivi=rivin_nimi(df, int(puuttuvat.argmax())))
        aareton = ~np.isfinite(arvot.to_numpy(dtype=float))
        if aareton.any():
            raise virhe("ei_aarellinen", taulukko=taulukko, sarake=sarake,
                        rivi=rivin_nimi(df, int(aareton.argmax())))
        return
    luvut = pd.Series([luvuksi(arvo) for arvo in arvot], index=arvot.index, dtype=float)
    for sijainti, (alkuperainen, luku) in enumerate(zip(arvot, luvut)):
        if pd.isna(alkuperainen):
            raise virhe("puuttuva_arvo", taulukko=taulukko, sarake=sarake,
                        rivi=rivin_nimi(df, sijainti))
        if pd.isna(luku) or isinstance(alkuperainen, bool):
            raise virhe("ei_numeerinen", taulukko=taulukko, sarake=sarake,
                        arvo=alkuperainen, rivi=rivin_nimi(df, sijainti))
        if math.isinf(luku):
            raise virhe("ei_aarellinen", taulukko=taulukko, sarake=sarake,
                        rivi=rivin_nimi(df, sijainti))
    # Kaikki arvot kelpaavat luvuiksi, mutta ne ovat tekstiä: laskenta kaatuisi myöhemmin.
    raise virhe("tekstina", taulukko=taulukko, sarake=sarake, arvo=arvot.iloc[0],
                rivi=rivin_nimi(df, 0))


def tarkista_paivamaarat(df: pd.DataFrame, sarake: str, taulukko: str) -> None:
    """Nosta virhe, jos sarake puuttuu, ei ole päivämääriä tai siitä puuttuu päivämäärä.

    >>> tarkista_paivamaarat(pd.DataFrame({"pvm": ["2025-01-31"]}), "pvm", "Myynnit")
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Myynnit: sarakkeen 'pvm' pitää olla päivämääriä, mutta siinä on tekstiä. Muunna se päivämääriksi: taulukko['pvm'] = pd.to_datetime(taulukko['pvm']).
    """
    tarkista_taulukko(df, taulukko, [sarake])
    arvot = df[sarake]
    if not pd.api.types.is_datetime64_any_dtype(arvot):
        tyyppi = ("tekstiä" if pd.api.types.is_string_dtype(arvot) else
                  "lukuja" if pd.api.types.is_numeric_dtype(arvot) else "sekalaisia arvoja")
        raise virhe("ei_paivamaara", taulukko=taulukko, sarake=sarake, tyyppi=tyyppi)
    puuttuvat = arvot.isna().to_numpy()
    if puuttuvat.any():
        raise virhe("puuttuva_arvo", taulukko=taulukko, sarake=sarake,
                    rivi=rivin_nimi(df, int(puuttuvat.argmax())))


def tarkista_asteikko(df: pd.DataFrame, sarake: str, taulukko: str,
                      alin: float, ylin: float) -> None:
    """Nosta virhe, jos sarakkeen arvo on asteikon ``alin``–``ylin`` ulkopuolella.

    >>> tarkista_asteikko(pd.DataFrame({"oppimisarvo": [3, 6]}), "oppimisarvo", "Pisteet", 1, 5)
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Pisteet: sarakkeessa 'oppimisarvo' on arvo 6 (rivi 2), mutta sallitut arvot ovat 1–5. Korjaa arvo asteikolle.
    """
    tarkista_numeerinen(df, sarake, taulukko)
    arvot = pd.to_numeric(df[sarake]).to_numpy()
    ulkona = (arvot < alin) | (arvot > ylin)
    if ulkona.any():
        sijainti = int(ulkona.argmax())
        arvo = arvot[sijainti]
        arvo = int(arvo) if float(arvo).is_integer() else arvo
        raise virhe("asteikon_ulkopuolella", taulukko=taulukko, sarake=sarake, arvo=arvo,
                    rivi=rivin_nimi(df, sijainti), alin=alin, ylin=ylin)


def tarkista_ei_negatiivinen(df: pd.DataFrame, sarakkeet: Iterable[str], taulukko: str) -> None:
    """Nosta virhe, jos jossakin sarakkeista on negatiivinen luku.

    >>> tarkista_ei_negatiivinen(pd.DataFrame({"maara": [2, -1]}), ["maara"], "Myynnit")
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Myynnit: sarakkeessa 'maara' on negatiivinen arvo -1 (rivi 2). Arvon pitää olla nolla tai suurempi.
    """
    for sarake in sarakkeet:
        arvot = pd.to_numeric(df[sarake]).to_numpy()
        negatiiviset = arvot < 0
        if negatiiviset.any():
            sijainti = int(negatiiviset.argmax())
            raise virhe("negatiivinen", taulukko=taulukko, sarake=sarake,
                        arvo=arvot[sijainti], rivi=rivin_nimi(df, sijainti))


def tarkista_luku(arvo, nimi: str, alin: float | None = None, ylin: float | None = None,
                  positiivinen: bool = False, vihje: str = "") -> float:
    """Tarkista yksittäinen luku (esim. diskonttokorko) ja palauta se liukulukuna.

    >>> tarkista_luku(0.8, "Pysyvyysaste", alin=0, ylin=1)
    0.8
    >>> tarkista_luku("paljon", "Pysyvyysaste")
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Pysyvyysaste pitää antaa lukuna, mutta sain 'paljon'.
    """
    if isinstance(arvo, bool):
        raise virhe("luku_ei_luku", nimi=nimi, arvo=arvo)
    try:
        luku = float(arvo)
    except (TypeError, ValueError):
        raise virhe("luku_ei_luku", nimi=nimi, arvo=arvo) from None
    if luku != luku:  # NaN
        raise virhe("luku_nan", nimi=nimi)
    if positiivinen and luku <= 0:
        raise virhe("ei_positiivinen", nimi=nimi, arvo=luku, vihje=vihje)
    alle = alin is not None and luku < alin
    yli = ylin is not None and luku > ylin
    if (alle or yli) and alin is not None and ylin is not None:
        raise virhe("osuus_valilla", nimi=nimi, arvo=luku, alin=alin, ylin=ylin, vihje=vihje)
    if alle:
        raise virhe("liian_pieni", nimi=nimi, arvo=luku, alin=alin, vihje=vihje)
    if yli:
        raise virhe("liian_suuri", nimi=nimi, arvo=luku, ylin=ylin, vihje=vihje)
    return luku


def tarkista_painot(painot: Mapping[str, float], kriteerit: Iterable[str],
                    vaadi_sata: bool = True) -> dict[str, float]:
    """Tarkista painot: jokainen kriteeri mukana, ei negatiivisia, summa 100 %.

    >>> tarkista_painot({"a": 60, "b": 40}, ["a", "b"])
    {'a': 60.0, 'b': 40.0}
    >>> tarkista_painot({"a": 60, "b": 30}, ["a", "b"])
    Traceback (most recent call last):
    ...
    asiakkuus.virheet.AsiakkuusVirhe: Painojen summa on 90 %, mutta sen pitää olla 100 %. Muuta painoja niin, että ne ovat yhteensä 100.
    """
    kriteerit = list(kriteerit)
    if not isinstance(painot, Mapping):
        raise virhe("painot_ei_sanakirja")
    for nimi in painot:
        if nimi not in kriteerit:
            raise virhe("painot_tuntematon", sarake=nimi, kriteerit=", ".join(kriteerit))
    tulos = {}
    for nimi in kriteerit:
        if nimi not in painot:
            raise virhe("painot_puuttuu", sarake=nimi, kriteerit=", ".join(kriteerit))
        arvo = tarkista_luku(painot[nimi], f"Kriteerin '{nimi}' paino")
        if arvo < 0:
            raise virhe("paino_negatiivinen", sarake=nimi, arvo=arvo)
        tulos[nimi] = arvo
    summa = sum(tulos.values())
    if vaadi_sata and abs(summa - 100) > 1e-6:
        raise virhe("painot_summa", summa=round(summa, 6))
    if summa <= 0:
        raise virhe("painot_nollia")
    return tulos


def kokeile(funktio, *args, **kwargs):
    """Aja funktio; jos syötteessä on vikaa, näytä suomenkielinen viesti ja jatka.

    Muistioissa tällä näytetään tarkoituksella virheellinen syöte: virhe ei pysäytä
    muistion muita soluja (*Run All Cells*). Palauttaa funktion tuloksen, virheessä None.

    >>> kokeile(tarkista_painot, {"a": 60, "b": 30}, ["a", "b"])
    ⚠ Painojen summa on 90 %, mutta sen pitää olla 100 %. Muuta painoja niin, että ne ovat yhteensä 100.
    """
    try:
        return funktio(*args, **kwargs)
    except AsiakkuusVirhe as virhe:
        print(f"⚠ {virhe}")
        return None
