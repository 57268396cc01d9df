"""Search folding that treats Azerbaijani letters right.

Python's ``casefold`` maps ``İ`` to ``i̇`` (i + combining dot) and leaves the
dotless ``ı`` alone, so ``İsmayıllı`` and ``ISMAYILLI`` never meet; SQLite's
``LIKE`` folds ASCII only. Every record therefore stores a *search key*: its
searchable text folded by :func:`fold`, and a query is folded the same way.

The fold is deliberately lenient, the way a volunteer types on a laptop without
an Azerbaijani keyboard layout: case is ignored, the four i's (I ı İ i) are one
letter, and the letters with marks meet their plain romanisation (``ə``→``a`` as
in the official passport spelling *Məmmədov* → *Mammadov*, ``ş``→``s``, ``ç``→``c``,
``ğ``→``g``, ``ö``→``o``, ``ü``→``u``).
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
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Fold *text* to its search form (lower case, Azerbaijani-aware, unaccented)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_LETTERS).lower()
    # Strip remaining marks (é → e) so partners' spellings still meet.
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def search_terms(query: str | None) -> list[str]:
    """Split a typed query into folded terms; every term must match."""
    return [t for t in fold(query).split(" ") if t]


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
