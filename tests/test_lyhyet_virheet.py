"""In a notebook an AsiakkuusVirhe is shown as its Finnish message only, without a traceback."""

import sys
import types

import asiakkuus
from asiakkuus.virheet import AsiakkuusVirhe


class _Kuori:
    def __init__(self):
        self.kasittelijat = None

    def set_custom_exc(self, tyypit, kasittelija):
        self.kasittelijat = (tyypit, kasittelija)


def test_handler_is_registered_only_inside_ipython(monkeypatch):
    kuori = _Kuori()
    vale_ipython = types.SimpleNamespace(get_ipython=lambda: kuori)
    monkeypatch.setitem(sys.modules, "IPython", vale_ipython)
    asiakkuus._kayta_lyhyita_virheita()
    assert kuori.kasittelijat is not None
    tyypit, kasittelija = kuori.kasittelijat
    assert tyypit == (AsiakkuusVirhe,)
    assert kasittelija is asiakkuus._nayta_lyhyesti

    # Outside a running IPython shell get_ipython() returns None: nothing happens.
    monkeypatch.setitem(sys.modules, "IPython",
                        types.SimpleNamespace(get_ipython=lambda: None))
    asiakkuus._kayta_lyhyita_virheita()


def test_handler_prints_the_message_without_traceback(capsys):
    virhe = AsiakkuusVirhe("Painojen summa on 90 %, mutta sen pitää olla 100 %.")
    asiakkuus._nayta_lyhyesti(None, AsiakkuusVirhe, virhe, None)
    tuloste = capsys.readouterr()
    assert tuloste.out == ""
    assert tuloste.err == "⚠ Painojen summa on 90 %, mutta sen pitää olla 100 %.\n"
    assert "Traceback" not in tuloste.err
