"""Tasks that need understanding: whale curve reading (3.6) and answer + reason choice tasks.

The choice tasks 1.2, 2.1, 2.4, 3.4 and 4.3 combine the answer with its justification, so
trying every option is no longer a cheap way through: there are at least four options,
exactly one is right, and every wrong option says what went wrong (its own feedback).
"""

from __future__ import annotations

import random
from collections import Counter

import pandas as pd
import pytest

from asiakkuus import portfolio
from asiakkuus.tehtavat import REKISTERI, Tehtava, tarkista, tehtava
from asiakkuus.tehtavat import t03_kate

import functools

# Generating a variant takes up to ~50 ms; the tests only read it, so each is built once.
tehtava = functools.lru_cache(maxsize=None)(tehtava)

VALINTATEHTAVAT = ["01_2", "02_1", "02_4", "03_4", "04_3"]
SIEMENET = range(120)


# --- 03_6: whale curve and 80/20 ---------------------------------------------------------

class _Kiintea(random.Random):
    """Draws that pick the given question and a table of len(katteet) customers."""

    def __init__(self, kysymys: str, n: int):
        super().__init__(1)
        self.kysymys, self.n = kysymys, n

    def choice(self, seq):
        return self.kysymys if self.kysymys in seq else super().choice(seq)

    def randint(self, a, b):
        return self.n


def _kiintea_tehtava(monkeypatch, kysymys: str, katteet: dict, tuotot: dict) -> Tehtava:
    """03_6 built on a fixed, hand-made customer table instead of a drawn one."""
    monkeypatch.setattr(t03_kate, "_valasluvut", lambda r, n: (dict(katteet), dict(tuotot)))
    return REKISTERI["03_6"](_Kiintea(kysymys, len(katteet)))


# Ten customers, hand-made. Sorted by margin: Kuura 9 000, Kaamos 6 000, Kelo 2 000,
# Tunturihovi 1 500, Kielo 1 000, Poro 500, Aapa −500, Vaara −1 000, Jäkälä −1 500 and
# Partiolaiset −2 000. Total margin 15 000 €; profitable customers together 20 000 €.
# Ravintola Jäkälä is the biggest buyer but a loss-maker. The table is alphabetical, so its
# first rows are Hotelli Tunturihovi and Kylpylähotelli Kuura.
KATTEET = {"Kylpylähotelli Kuura": 9_000, "Matkatoimisto Kaamos": 6_000, "Ravintola Kelo": 2_000,
           "Hotelli Tunturihovi": 1_500, "Luontaistuotekauppa Kielo": 1_000,
           "Matkamuistomyymälä Poro": 500, "Kyläkauppa Aapa": -500, "Luomukauppa Vaara": -1_000,
           "Ravintola Jäkälä": -1_500, "Pellon partiolaiset": -2_000}
TUOTOT = {"Kylpylähotelli Kuura": 30_000, "Matkatoimisto Kaamos": 20_000, "Ravintola Kelo": 8_000,
          "Hotelli Tunturihovi": 6_000, "Luontaistuotekauppa Kielo": 4_000,
          "Matkamuistomyymälä Poro": 2_000, "Kyläkauppa Aapa": 1_000, "Luomukauppa Vaara": 2_500,
          "Ravintola Jäkälä": 50_000, "Pellon partiolaiset": 1_500}


def test_top_fifth_share_by_hand(monkeypatch):
    teht = _kiintea_tehtava(monkeypatch, "viidennes", KATTEET, TUOTOT)
    # By hand: the top 20 % = 2 customers (Kuura 9 000 + Kaamos 6 000 = 15 000 €) of a
    # total of 15 000 €: exactly 100.0 %.
    assert teht.oikea == pytest.approx(100.0)
    assert tarkista(teht, "100,0 %").oikein is True
    # Forgot the loss-makers: 15 000 / 20 000 = 75.0 %.
    assert "unohdit tappiolliset" in tarkista(teht, "75").viesti
    # Sales instead of margin: the two biggest buyers Jäkälä 50 000 + Kuura 30 000 of
    # 125 000 € = 64.0 %.
    assert "myynnistä" in tarkista(teht, "64,0").viesti
    # Ranked by sales but margin taken: (−1 500 + 9 000) / 15 000 = 50.0 %.
    assert "myynnin mukaan" in tarkista(teht, "50").viesti
    # Top 20 % of the (alphabetical) table unsorted: Tunturihovi 1 500 + Kuura 9 000 = 70.0 %.
    assert "taulukon kaksi ensimmäistä" in tarkista(teht, "70").viesti
    # Share of customers instead of margin, the rule of thumb, a decimal, only one customer.
    assert "asiakkaiden osuus" in tarkista(teht, "20").viesti
    assert "nyrkkisääntö" in tarkista(teht, "80").viesti
    assert "desimaalilukuna" in tarkista(teht, "1").viesti
    assert "vain kannattavimman" in tarkista(teht, "60").viesti  # 9 000 / 15 000


def test_whale_peak_by_hand(monkeypatch):
    teht = _kiintea_tehtava(monkeypatch, "huippu", KATTEET, TUOTOT)
    # By hand: the curve rises over the six profitable customers to 20 000 € and falls to
    # 15 000 € at the end, so the peak is 20 000 / 15 000 = 133.3 % of the total margin.
    assert teht.oikea == pytest.approx(133.3)
    assert tarkista(teht, "133,3").oikein is True
    assert "viimeinen piste" in tarkista(teht, "100").viesti       # the end point
    assert "tappiolliset asiakkaat vievät" in tarkista(teht, "33,3").viesti
    assert "väärin päin" in tarkista(teht, "75").viesti             # 15 000 / 20 000
    assert "vaaka-akselilla" in tarkista(teht, "60").viesti         # 6 of 10 customers
    assert "euroina" in tarkista(teht, "20000").viesti
    assert "desimaalilukuna" in tarkista(teht, "1,333").viesti


@pytest.mark.parametrize("siemen", SIEMENET)
def test_whale_task_errors_are_distinct_and_the_table_holds_the_numbers(siemen):
    teht = tehtava("03_6", siemen)
    katteet = teht.arvot["asiakkuuden_kate"]
    assert any(k < 0 for k in katteet.values()), "loss-makers are the point of the task"
    assert 8 <= len(katteet) <= 12
    for nimi in katteet:
        assert nimi in teht.kuvaus
    # Independent recomputation from the shown numbers.
    jarjestys = sorted(katteet.values(), reverse=True)
    summa = sum(jarjestys)
    if teht.arvot["kysymys"] == "viidennes":
        assert len(jarjestys) == 10
        odotettu = 100 * sum(jarjestys[:2]) / summa
    else:
        odotettu = 100 * sum(k for k in jarjestys if k > 0) / summa
        assert teht.oikea > 100
    assert teht.oikea == pytest.approx(odotettu, abs=0.051)
    # Every typical error is more than a percentage point from the right answer and from
    # each other, so the feedback is never ambiguous.
    arvot = [float(v) for v, _ in teht.tyypilliset]
    assert all(abs(v - teht.oikea) > 1 for v in arvot)
    assert all(abs(a - b) > 1 for i, a in enumerate(arvot) for b in arvot[i + 1:])
    assert len(teht.tyypilliset) >= 6


def test_whale_task_asks_both_questions():
    kysymykset = Counter(tehtava("03_6", s).arvot["kysymys"] for s in SIEMENET)
    assert kysymykset["viidennes"] > 50 and kysymykset["huippu"] > 50


# --- choice tasks: answer + reason --------------------------------------------------------

@pytest.mark.parametrize("tunnus", VALINTATEHTAVAT)
def test_choice_task_needs_understanding(tunnus):
    oikeat = Counter()
    for siemen in SIEMENET:
        teht = tehtava(tunnus, siemen)
        vaihtoehdot = teht.vaihtoehdot
        assert len(vaihtoehdot) >= 4, (tunnus, siemen)
        assert len(set(vaihtoehdot)) == len(vaihtoehdot), (tunnus, siemen)
        tulokset = {v: tarkista(teht, v) for v in vaihtoehdot}
        assert [v for v, t in tulokset.items() if t.oikein] == [teht.oikea], (tunnus, siemen)
        vaarat = {v: t for v, t in tulokset.items() if v != teht.oikea}
        # Every wrong option is a named misconception with its own feedback.
        assert all(t.vaarinkasitys is not None for t in vaarat.values()), (tunnus, siemen)
        viestit = [t.viesti for t in vaarat.values()]
        assert len(set(viestit)) == len(viestit), (tunnus, siemen)
        assert {v for v, _ in teht.tyypilliset} == set(vaarat), (tunnus, siemen)
        # The feedback says whether the answer or the reason (or both) was wrong.
        for viesti in viestit:
            assert any(s in viesti for s in ("oikein, mutta perustelu", "oikea, mutta perustelu",
                                             "väärin", "Perustelu pitää paikkansa",
                                             "Perustelu on oikea tapa")), (tunnus, viesti)
        oikeat[vaihtoehdot.index(teht.oikea)] += 1
    # The right option is not always in the same place.
    assert len(oikeat) >= 3, (tunnus, oikeat)


@pytest.mark.parametrize("tunnus", VALINTATEHTAVAT)
def test_a_right_answer_with_a_wrong_reason_is_offered_and_explained(tunnus):
    """For at least some variants an option has the right answer but the wrong reason."""
    loytyi = False
    for siemen in range(40):
        teht = tehtava(tunnus, siemen)
        alku = teht.oikea.split(":")[0]
        for v, selitys in teht.tyypilliset:
            if v.split(":")[0] == alku:
                loytyi = True
                assert "oikein, mutta perustelu" in selitys or "oikea, mutta perustelu" in \
                    selitys, (tunnus, v, selitys)
    assert loytyi, tunnus


def test_key_account_cannot_be_guessed_from_the_candidates_shape():
    """04_3: the winner is sometimes the even candidate, so scores must be computed."""
    voittajat = Counter()
    for siemen in SIEMENET:
        teht = tehtava("04_3", siemen)
        a = teht.arvot
        taulu = pd.DataFrame.from_dict(a["pisteet"], orient="index")
        pisteet = portfolio.painotettu_pistemaara(taulu, a["painot"])
        paras = str(pisteet.idxmax())
        assert teht.oikea.startswith(f"{paras}: suurin painotettu pistemäärä")
        # Shape of the winner: the one with the smallest spread of points is the even one.
        hajonta = taulu.max(axis=1) - taulu.min(axis=1)
        voittajat[(a["painotus"], paras == str(hajonta.idxmin()))] += 1
    for painotus in ("tanaan", "huomenna"):
        assert voittajat[(painotus, True)] > 20 and voittajat[(painotus, False)] > 20, voittajat


def test_loss_reason_by_hand():
    # 03_4 default variant: sales margin 2 100 €, service costs 2 850 €, typical level 550 €.
    # By hand: the margin covers the typical level (2 100 > 550), the customer's own service
    # costs exceed it by 2 300 € -> too much work.
    teht = tehtava("03_4")
    a = teht.arvot
    assert (a["myyntikate"], a["palvelukustannukset"], a["perustaso"]) == (2_100, 2_850, 550)
    assert teht.oikea.startswith("Liikaa työtä: asiakkaan palvelukustannukset ylittävät")
    kaikille = next(v for v in teht.vaihtoehdot
                    if v == "Liikaa työtä: palvelukustannukset ovat suuremmat kuin myyntikate.")
    assert "pätee jokaiseen tappiolliseen" in tarkista(teht, kaikille).viesti
