"""Understanding tasks of lessons 5 and 6: the customer P&L (5.5), whether an NPS change is
real (6.5), the GDPR scenario (6.6) and choosing a survey metric with its reason (6.4).

Numbers are checked by hand calculations written out here, not by the package's own
functions, and the choice tasks must not be passable by the shape of the options.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest

from asiakkuus import mittarit
from asiakkuus.tehtavat import t06_tyytyvaisyys as t06
from asiakkuus.tehtavat import tarkista, tehtava

import functools

# Generating a variant takes up to ~50 ms; the tests only read it, so each is built once.
tehtava = functools.lru_cache(maxsize=None)(tehtava)

SIEMENET = range(160)
VALINNAT = ["06_4", "06_5", "06_6"]


# --- 5.5 Asiakkuuden tuloslaskelma ---------------------------------------------------------

def test_customer_pl_default_variant_by_hand():
    teht = tehtava("05_5")
    # The numbers the default variant shows (the solution notebook uses them too).
    for teksti in ("| Asiakkuuden tuotot | 9\u202f500\u00a0€ |", "| = myyntikate | 5\u202f070\u00a0€ |",
                   "| − myynnin kustannukset | −800\u00a0€ |",
                   "| − markkinoinnin kustannukset | −650\u00a0€ |",
                   "| − asiakaspalvelun kustannukset | ? |", "| = asiakkuuden kate | ? |",
                   "| toimitus | asiakaspalvelu | 22 | 15\u00a0€ |",
                   "| puhelu | asiakaspalvelu | 8 | 10\u00a0€ |",
                   "| erikoistilaus | asiakaspalvelu | 4 | 80\u00a0€ |",
                   "| reklamaatio | asiakaspalvelu | 2 | 120\u00a0€ |",
                   "| myyntikäynti | myynti | 4 | 150\u00a0€ |"):
        assert teksti in teht.kuvaus, teksti
    # By hand: 22·15 + 8·10 + 4·80 + 2·120 = 330 + 80 + 320 + 240 = 970 €
    # asiakkuuden kate = 5 070 − 800 − 650 − 970 = 2 650 €; 2 650 / 9 500 = 27,89… %
    assert teht.oikea == 27.9
    assert tarkista(teht, "27,9 %").oikein is True
    assert tarkista(teht, "27,89").oikein is True
    palaute = {
        "53,4": "myyntikate-%",              # 5 070 / 9 500: stopped at the sales margin
        "52,3": "myyntikatteella",           # 2 650 / 5 070: % of the wrong base
        "38,1": "Unohdit asiakaspalvelun",   # (5 070 − 800 − 650) / 9 500
        "74,5": "suorat",                    # (9 500 − 800 − 650 − 970) / 9 500
        "19,5": "kahteen kertaan",           # sales visits and offers counted twice
        "2650": "euroina",
        "0,28": "desimaalilukuna",
    }
    for vastaus, sana in palaute.items():
        tulos = tarkista(teht, vastaus)
        assert tulos.oikein is False and sana in tulos.viesti, (vastaus, tulos.viesti)


@pytest.mark.parametrize("siemen", range(0, 300, 7))
def test_customer_pl_answer_is_the_chain_by_hand(siemen):
    teht = tehtava("05_5", siemen)
    a = teht.arvot
    palvelu = sum(maara * a["yksikkokustannukset"][toimenpide]
                  for toimenpide, maara in a["toimenpiteet"].items()
                  if a["kustannuslajit"][toimenpide] == "asiakaspalvelu")
    myynti = sum(maara * a["yksikkokustannukset"][toimenpide]
                 for toimenpide, maara in a["toimenpiteet"].items()
                 if a["kustannuslajit"][toimenpide] == "myynti")
    assert a["myynnin_kustannukset"] == myynti  # the P&L line comes from the same actions
    assert a["myyntikate"] == a["tuotot"] - a["suorat_kustannukset"]
    kate = a["myyntikate"] - myynti - a["markkinoinnin_kustannukset"] - palvelu
    # school rounding: a half goes away from zero (−16,75 → −16,8)
    assert teht.oikea == pytest.approx(100 * kate / a["tuotot"], abs=0.0501)
    assert teht.kuvaus.count("| ? |") == 2


def test_customer_pl_includes_loss_making_customers():
    arvot = [tehtava("05_5", s).oikea for s in SIEMENET]
    assert min(arvot) < 0 < max(arvot)


# --- 6.5 Onko NPS:n muutos todellinen? -----------------------------------------------------

def test_nps_change_margin_by_hand():
    # 2024: 20 promoters, 15 passives, 10 detractors (45); 2025: 40 / 20 / 10 (70).
    # NPS 2024 = 10 / 45 = 22,2; NPS 2025 = 30 / 70 = 42,9; change 20,6 points.
    # Variance p_s + p_a − (p_s − p_a)²: 2024 0,6667 − 0,0494 = 0,6173, 2025 0,7143 − 0,1837
    # = 0,5306. Margin 1,96 · √(0,6173 / 45 + 0,5306 / 70) · 100 = 1,96 · 0,1459 · 100 = 28,6.
    ennen = [10] * 20 + [8] * 15 + [0] * 10
    jalkeen = [10] * 40 + [8] * 20 + [0] * 10
    tulos = mittarit.nps_muutos(ennen, jalkeen)
    assert tulos["muutos"] == pytest.approx(20.6, abs=0.05)
    assert tulos["virhemarginaali"] == pytest.approx(28.6, abs=0.05)
    assert tulos["muutos"] < tulos["virhemarginaali"]  # so: may well be chance


def _kasin(ryhmat: dict) -> tuple[float, float, int]:
    """NPS (points), its variance (shares) and n from group counts, by hand."""
    n = sum(ryhmat.values())
    ps, pa = ryhmat["suosittelijat"] / n, ryhmat["arvostelijat"] / n
    return 100 * (ps - pa), ps + pa - (ps - pa) ** 2, n


def test_nps_change_task_agrees_with_a_hand_calculation():
    for siemen in SIEMENET:
        teht = tehtava("06_5", siemen)
        (nps1, var1, n1), (nps2, var2, n2) = (_kasin(teht.arvot["vuodet"][v]) for v in (2024, 2025))
        marginaali = 100 * 1.96 * math.sqrt(var1 / n1 + var2 / n2)
        assert teht.arvot["virhemarginaali"] == pytest.approx(marginaali, abs=0.06)
        assert 40 <= n1 <= 150 and 40 <= n2 <= 150
        todellinen = abs(nps2 - nps1) > teht.arvot["virhemarginaali"]
        assert teht.oikea.startswith(t06._NPS_TODELLINEN if todellinen else t06._NPS_SATTUMAA)
        # the right option quotes the change the student computes
        assert f"{abs(nps2 - nps1):.1f}".replace(".", ",") in teht.oikea
        # Clear-cut: the student's rounding cannot flip the verdict.
        assert abs(abs(nps2 - nps1) - marginaali) >= 2.5


def test_nps_change_outcome_is_not_predictable():
    tulokset = Counter()
    for siemen in SIEMENET:
        teht = tehtava("06_5", siemen)
        vuodet = teht.arvot["vuodet"]
        (nps1, _, n1), (nps2, _, n2) = _kasin(vuodet[2024]), _kasin(vuodet[2025])
        tulokset[(teht.oikea.startswith(t06._NPS_TODELLINEN), n1 + n2 < 190, nps2 > nps1)] += 1
    todellisia = sum(m for (tod, _, _), m in tulokset.items() if tod)
    assert 0.3 < todellisia / len(SIEMENET) < 0.7, tulokset
    # Both outcomes occur with few and many respondents, for rises and for falls.
    for pieni in (True, False):
        for nousu in (True, False):
            for tod in (True, False):
                assert tulokset[(tod, pieni, nousu)] >= 5, tulokset


# --- Choice tasks: 6.4, 6.5, 6.6 -----------------------------------------------------------

@pytest.mark.parametrize("tunnus", VALINNAT)
def test_choice_has_four_plus_options_one_right_and_own_feedback(tunnus):
    for siemen in range(0, 300, 3):
        teht = tehtava(tunnus, siemen)
        vaihtoehdot = teht.vaihtoehdot
        assert len(vaihtoehdot) >= 4 and len(set(vaihtoehdot)) == len(vaihtoehdot)
        vaarat = dict(teht.tyypilliset)
        assert teht.oikea in vaihtoehdot and teht.oikea not in vaarat
        assert set(vaarat) == set(vaihtoehdot) - {teht.oikea}  # every wrong option has feedback
        assert len(set(vaarat.values())) == len(vaarat)         # and its own
        oikein = [v for v in vaihtoehdot if tarkista(teht, v).oikein]
        assert oikein == [teht.oikea]
        for vaihtoehto, selitys in vaarat.items():
            tulos = tarkista(teht, vaihtoehto)
            assert tulos.oikein is False and tulos.viesti == selitys


def test_metric_choice_has_six_metric_and_reason_options_and_each_metric_is_right_somewhere():
    oikeat = set()
    for siemen in SIEMENET:
        teht = tehtava("06_4", siemen)
        assert len(teht.vaihtoehdot) == 6
        assert all(v.split(" – ")[0] in ("NPS", "CSAT", "CES") and " – koska " in v
                   for v in teht.vaihtoehdot)
        oikeat.add(teht.oikea.split(" – ")[0])
    assert oikeat == {"NPS", "CSAT", "CES"}


def test_gdpr_scenarios_are_many_and_drawn():
    assert len(t06._TIETOSUOJATILANTEET) >= 6
    for tilanne, oikea, vaarat, perustelu in t06._TIETOSUOJATILANTEET:
        assert 4 <= 1 + len(vaarat) <= 5, tilanne
        assert all(" koska " in v for v in [oikea, *(v for v, _ in vaarat)]), tilanne
    nahdyt = Counter(tehtava("06_6", s).arvot["tilanne"] for s in SIEMENET)
    assert len(nahdyt) == len(t06._TIETOSUOJATILANTEET)
    # The right option is not always in the same place.
    paikat = {tehtava("06_6", s).vaihtoehdot.index(tehtava("06_6", s).oikea) for s in SIEMENET}
    assert len(paikat) >= 3


def test_gdpr_breach_rule_is_stated_correctly():
    saanto = " ".join(t06._ILMOITUSSAANTO.split())
    for osa in ("tietosuojavaltuutetun toimistolle", "viipymättä",
                "mahdollisuuksien mukaan 72 tunnin kuluessa", "epätodennäköistä",
                "riskiä ihmisten oikeuksille ja vapauksille"):
        assert osa in saanto, osa
    varkaus, salattu = t06._TIETOSUOJATILANTEET[0], t06._TIETOSUOJATILANTEET[1]
    assert "salaamaton" in varkaus[0] and "Ilmoita" in varkaus[1] and "72 tunnin" in varkaus[1]
    assert "salattu" in salattu[0] and "ilmoitusta ei tarvita" in salattu[1]
    assert t06._ILMOITUSSAANTO in varkaus[3] and t06._ILMOITUSSAANTO in salattu[3]


def test_gdpr_right_option_cannot_be_picked_by_length():
    pisimmat = sum(len(oikea) > max(len(v) for v, _ in vaarat)
                   for _, oikea, vaarat, _ in t06._TIETOSUOJATILANTEET)
    assert pisimmat <= len(t06._TIETOSUOJATILANTEET) // 4


def test_metric_choice_and_nps_change_options_are_shuffled():
    for tunnus in ("06_4", "06_5"):
        tehtavat = [tehtava(tunnus, s) for s in SIEMENET[:60]]
        assert len({x.vaihtoehdot.index(x.oikea) for x in tehtavat}) >= 3, tunnus
