"""Search folding: a name is found however a volunteer types it.

Python's ``casefold`` maps ``İ`` to ``i̇`` (i + combining dot) and leaves the
dotless ``ı`` alone, so ``İsmayıllı`` and ``ISMAYILLI`` never meet; SQLite's
``LIKE`` folds ASCII only. Every record therefore stores a *search key*: its
searchable text folded by :func:`fold`, and a query is folded the same way.

The fold reduces both to one small alphabet, the way names are typed on a laptop
without an Azerbaijani layout or copied from a Russian-language list:

* case is ignored and the four i's (I ı İ i) are one letter;
* the letters with marks meet their plain romanisation (``ş``→``s``, ``ç``→``c``,
  ``ğ``→``g``, ``ö``→``o``, ``ü``→``u``), and ``ə``, ``e`` and ``a`` are one letter,
  so *Məmmədova*, *Mammadova* and *memmedova* meet and *gulnare* finds *Gülnarə*;
* Cyrillic is transliterated, the Russian spelling's ``к``/``г`` for ``q``/``h``
  and single consonants for doubled ones are allowed for (doubled letters are
  collapsed), ``я``/``ю``/``ё`` after a consonant are ``ə``/``ü``/``ö``, and
  ``-iyev`` meets ``-iev``: *Мамедова* finds *Məmmədova*, *Гюльнара* *Gülnarə*,
  *Гусейнов* finds *Hüseynov*, *Алиев* finds *Əliyev*.

:func:`fold_letters` is the first step alone (case, the i's, ə→a and the other
marks): the whole fold of the search keys stored before the reduced alphabet,
which :mod:`fieldkit.query` still matches until their records are saved again.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {
        "İ": "i",
        "I": "i",
        "ı": "i",
        "Ə": "a",
        "ə": "a",
        "Ǝ": "a",  # the look-alike some sources use for schwa
        "ǝ": "a",
        "Ş": "s",
        "ş": "s",
        "Ç": "c",
        "ç": "c",
        "Ğ": "g",
        "ğ": "g",
        "Ö": "o",
        "ö": "o",
        "Ü": "u",
        "ü": "u",
    }
)
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "ғ": "g",
        "д": "d",
        "е": "e",
        "ё": "yo",
        "ж": "j",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "қ": "q",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "ө": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ү": "u",
        "ф": "f",
        "х": "x",
        "һ": "h",
        "ц": "ts",
        "ч": "c",
        "ш": "s",
        "щ": "s",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "a",
        "ә": "a",
        "ю": "yu",
        "я": "ya",
        "ҹ": "c",
    }
)
# After a consonant the Russian spelling's я, ю, ё stand for ə, ü, ö: Ляман / Ləman,
# Гюльнара / Gülnarə, Гёйчай / Göyçay (the soft sign before them says the same).
_SOFT_VOWEL = re.compile(r"(?<=[бвгджзйклмнпрстфхцчшщ])ь?([яюё])")
_SOFT = {"я": "a", "ю": "u", "ё": "o"}
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"(.)\1+")
_Y_BEFORE_E = re.compile(r"(?<=[aeiou])y(?=e)")  # Aliyev / Aliev


def fold_letters(text: str | None) -> str:
    """Lower case, the four i's one letter, marks removed (ə→a, ş→s, é→e …)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_LETTERS).lower()
    # Strip remaining marks (é → e) so partners' spellings still meet.
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def fold(text: str | None) -> str:
    """Fold *text* to its search form, in the reduced alphabet (see the module)."""
    if not text:
        return ""
    # Cyrillic first: stripping marks would turn й into и.
    text = unicodedata.normalize("NFC", text).lower()
    text = _SOFT_VOWEL.sub(lambda m: _SOFT[m.group(1)], text)
    text = fold_letters(text.translate(_CYRILLIC))
    text = text.replace("kh", "x").replace("sh", "s").replace("ch", "c").replace("gh", "g")
    text = _Y_BEFORE_E.sub("", text)
    # e and ə (→a) are one letter; the Russian spelling writes q as к and h as г.
    text = text.replace("e", "a").replace("q", "k").replace("h", "g")
    return _DOUBLE.sub(r"\1", text)


def search_terms(query: str | None) -> list[str]:
    """Split a typed query into folded terms; every term must match."""
    return [term for word in (query or "").split() if (term := fold(word))]


def letter_terms(query: str | None) -> list[str]:
    """The same terms as :func:`search_terms`, one for one, folded by
    :func:`fold_letters` only: what search keys stored before the reduced alphabet hold."""
    return [fold_letters(word) for word in (query or "").split() if fold(word)]


def sort_key(text: str | None) -> tuple[str, str]:
    """A key that sorts Azerbaijani words in alphabet order.

    The Azerbaijani Latin alphabet is a b c ç d e ə f g ğ h x ı i j k q l m n o ö
    p r s ş t u ü v y z; Unicode code-point order puts ə, ç, ş … after z.
    """
    if not text:
        return ("", "")
    lowered = text.replace("İ", "i").replace("I", "ı").lower()
    return ("".join(_AZ_RANK.get(ch, ch) for ch in lowered), text)


_AZ_ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
# Map each letter to a private-use sequence that sorts in alphabet order but
# stays ahead of any other character a name might contain.
_AZ_RANK = {ch: "\u0001" + chr(0x41 + i) for i, ch in enumerate(_AZ_ALPHABET)}
_AZ_RANK["ǝ"] = _AZ_RANK["ə"]
