"""Azerbaijani letters fold, sort and search right."""

from __future__ import annotations

from fieldkit.text.fold import fold, fold_letters, sort_key


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
    assert fold_letters("İsmayıllı") == "ismayilli"


def test_letters_typed_either_way_meet() -> None:
    # ə/e/a, ı/i, ö/o, ü/u, ş/s, ç/c, ğ/g: each pair folds to one letter.
    assert fold("memmedova") == fold("Məmmədova") == fold("Mammadova")
    assert fold("gulnare") == fold("Gülnarə") == fold("GÜLNARƏ")
    assert fold("Şükür Çələbi Ağa Öz") == fold("sukur celebi aga oz")
    assert fold("İlqar") == fold("ılqar") == fold("Ilqar") == fold("ilqar")


def test_cyrillic_spellings_meet_the_latin() -> None:
    assert fold("Мамедова") == fold("Məmmədova")
    assert fold("МАМЕДОВА Гюльнара") == fold("Məmmədova Gülnarə")
    assert fold("Ляман Гёйчай") == fold("Ləman Göyçay")
    assert fold("Юсиф Якуб") == fold("Yusif Yaqub")  # at the start, я and ю keep their y
    assert fold("Гусейнов") == fold("Hüseynov")
    assert fold("Кулиев") == fold("Quliyev")
    assert fold("Алиев") == fold("Əliyev")
    assert fold("Лачин") == fold("Laçın")


def test_the_letters_step_is_the_fold_of_keys_stored_before() -> None:
    assert fold_letters("Məmmədova Мамедова") == "mammadova мамедова"
    assert fold(fold_letters("Məmmədova")) == fold("Məmmədova")


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
