"""Azerbaijani letters fold, sort and search right."""

from __future__ import annotations

from fieldkit.text.fold import fold, sort_key


def test_the_four_is_meet() -> None:
    assert fold("ismayıllı") == fold("ISMAYILLI") == fold("İsmayıllı") == fold("Ismayilli")


def test_schwa_and_other_letters_meet_their_romanisation() -> None:
    assert fold("səbinə") == fold("Səbinə") == fold("SƏBİNƏ") == fold("sabina")
    assert fold("Məmmədov") == fold("Mammadov")
    assert fold("Şükürov Çingiz Ağa Ölməz") == "sukurov cingiz aga olmaz"
    assert fold("Kǝngǝrli") == fold("Kəngərli")  # the look-alike schwa


def test_python_casefold_alone_would_get_this_wrong() -> None:
    # Why the fold exists: casefold leaves ı and turns İ into i + combining dot.
    assert "İsmayıllı".casefold() != "ismayilli"
    assert fold("İsmayıllı") == "ismayilli"


def test_alphabet_order() -> None:
    words = [
        "Zəngilan",
        "Şuşa",
        "Ağdam",
        "Cəbrayıl",
        "Çəmbərəkənd",
        "İsmayıllı",
        "Ismayıl",
        "Əliyev",
        "Ehmedov",
    ]
    ordered = sorted(words, key=sort_key)
    assert ordered == [
        "Ağdam",
        "Cəbrayıl",
        "Çəmbərəkənd",
        "Ehmedov",
        "Əliyev",
        "Ismayıl",
        "İsmayıllı",
        "Şuşa",
        "Zəngilan",
    ]
