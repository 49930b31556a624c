"""Työkirjojen ohjevälilehtien tekstit tietona: asiakaspohja ja vientityökirja.

Sanamuotoja voi parantaa koskematta koodiin; kappale, joka päättyy kaksoispisteeseen, on
väliotsikko.
"""

POHJAN_OHJEET = [
    "Näin täytät pohjan:",
    "1. Kirjoita välilehdelle Asiakkaat jokainen asiakas omalle rivilleen. Korvaa "
    "esimerkkirivit omilla asiakkaillasi (poista ylimääräiset rivit kokonaan).",
    "2. Käytä kaikille asiakkaille samaa ajanjaksoa, esimerkiksi viime vuotta "
    "1.1.–31.12. Eurot kirjoitetaan ilman arvonlisäveroa ja ilman pistettä "
    "tuhaterottimena: 12 500 tai 12500, sentit pilkun jälkeen (12 500,50). Piste on "
    "monitulkintainen (12.500 voi olla 12 500 tai 12,5), joten sitä ei lueta.",
    "3. Kustannukset ovat asiakaskohtaisia: laske esimerkiksi myynnin kustannukset "
    "kertomalla myyntikäyntien määrä käynnin hinnalla (4 × 60 € = 240 €). Tyhjä "
    "kustannussolu tarkoittaa 0 €.",
    "4. Arviot annetaan kokonaislukuina 1 (heikko) – 5 (erinomainen). Myyntivolyymin ja "
    "kannattavuuden pisteet kurssi laskee euroista itse.",
    "5. Älä muuta otsikoita. Voit lisätä omia sarakkeita oikealle (esimerkiksi Huomiot); "
    "niitä ei lueta. Älä yhdistä soluja äläkä lisää summariviä.",
    "6. Jos kirjoitat soluun kaavan (esimerkiksi =4*60), tallenna tiedosto Excelissä: "
    "kurssi lukee Excelin tallentaman tuloksen eikä laske kaavoja itse.",
    "7. Tallenna tiedosto Excel-työkirjana (.xlsx) tai CSV-tiedostona ja lue se kurssin "
    "muistiossa 09 funktiolla lue_asiakkaat.",
    "Asiakastiedot ovat henkilötietoja, jos asiakkaat ovat ihmisiä: säilytä tiedosto "
    "turvallisesti äläkä lähetä sitä eteenpäin.",
    "Sarakkeet:",
]

VIENNIN_OHJEET = [
    "Työkirjan välilehdet:",
    "Portfolio: yksi asiakas riviä kohden. Valkoiset solut ovat lähtötietoja, harmaat solut "
    "kaavoja ja keltaiset solut asetuksia, joita voit muuttaa.",
    "Järjestys: asiakkaat parhaasta alkaen. Lista järjestyy uudelleen itsestään.",
    "Painojen muuttaminen:",
    "Kirjoita uudet painot (prosentteina) Portfolio-välilehden riville 2 kunkin kriteerin "
    "yläpuolelle. Painojen summan pitää olla 100; jos se ei ole, summasolu muuttuu "
    "punaiseksi. Kun painat Enter, pisteet, sijat ja avainasiakkaat lasketaan uudelleen.",
    "Avainasiakkaiden määrän voit vaihtaa solussa B2. Avainasiakkaiden rivit näkyvät "
    "oranssina kaikilla välilehdillä.",
    "Kaavat:",
    "Myyntikate = tuotot − suorat kustannukset. Asiakkuuden kate = myyntikate − myynnin, "
    "markkinoinnin ja asiakaspalvelun kustannukset.",
    "Myyntivolyymin ja kannattavuuden pisteet 1–5 tulevat asiakkaan sijasta omien "
    "asiakkaidesi joukossa viidenneksittäin: pienimmät tuotot (tai kate) saavat 1 pisteen, "
    "suurimmat 5 pistettä, ja sentilleen samat eurot saavat samat pisteet. Tappiollinen "
    "asiakas saa kannattavuudesta aina 1 pisteen. Muut neljä pistemäärää ovat omia "
    "arvioitasi.",
    "Pisteet = painotettu keskiarvo: TULOJEN.SUMMA(painot; pisteet) / SUMMA(painot). "
    "Sija = ARVON.MUKAAN.TASAN; tasapisteissä ylempi rivi saa paremman sijan.",
    "Suomenkielinen Excel näyttää kaavat suomeksi: SUMPRODUCT = TULOJEN.SUMMA, "
    "RANK.EQ = ARVON.MUKAAN.TASAN, RANK.AVG = ARVON.MUKAAN.KESKIARVO, COUNTIF = LASKE.JOS, "
    "IF = JOS, ROUND = PYÖRISTÄ, INDEX = INDEKSI, MATCH = VASTINE.",
    "Ensi vuonna:",
    "Päivitä eurot ja arviot valkoisiin soluihin: kaikki muu päivittyy. Uuden asiakkaan "
    "voit lisätä lisäämällä rivin taulukon keskelle (ei viimeisen rivin alle) ja kopioimalla "
    "harmaat kaavasolut yläpuolella olevalta riviltä. Voit myös täyttää uuden asiakaspohjan "
    "ja tehdä työkirjan uudelleen kurssin muistiossa 09.",
    "Taulukon voi järjestää otsikkorivin suodatinnuolista, esimerkiksi sijan mukaan.",
    "Asiakastiedot ovat henkilötietoja, jos asiakkaat ovat ihmisiä: säilytä työkirja "
    "turvallisesti.",
]
