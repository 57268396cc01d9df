"""Azerbaijani alphabet order inside SQLite, without a custom collation.

SQLite compares text by code point, which puts ç, ə, ğ, ı, ö, ş, ü after z,
x and q where English has them, and I/İ wrongly. :func:`az_order` wraps a text
column in a few nested ``replace()`` calls so that ``ORDER BY`` gives the
Azerbaijani order (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z,
case ignored) and still runs entirely in SQLite's C code: no Python callback
per comparison, so sorting 100,000 rows stays fast.

Each letter out of ASCII order becomes the ASCII letter it follows plus
``\\x7f``, which sorts after every letter and space: ``ç`` → ``c\\x7f`` comes
after every ``c…`` word and before ``d``.

The letters are written into the SQL as literal strings, not bound parameters:
SQLite uses an index on an expression only for the very same expression, and a
parameter's value is unknown when the query is planned. So the index that holds
a list's sort key (:func:`fieldkit.query.sort_indexes`) serves ``ORDER BY``, and
a page of a million names is read from the index instead of sorted anew.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

AFTER = "\x7f"
# Applied after lower(); SQLite's lower() folds ASCII only, so capitals of the
# Azerbaijani letters are listed too. Order matters only for x before ı.
MOVED = (
    ("ç", "c" + AFTER), ("Ç", "c" + AFTER),
    ("ə", "e" + AFTER), ("Ə", "e" + AFTER), ("ǝ", "e" + AFTER), ("Ǝ", "e" + AFTER),
    ("ğ", "g" + AFTER), ("Ğ", "g" + AFTER),
    ("x", "h" + AFTER),                      # h < x < ı < i
    ("ı", "h" + AFTER + AFTER),
    ("q", "k" + AFTER),                      # k < q < l
    ("ö", "o" + AFTER), ("Ö", "o" + AFTER),
    ("ş", "s" + AFTER), ("Ş", "s" + AFTER),
    ("ü", "u" + AFTER), ("Ü", "u" + AFTER),
)  # fmt: skip


def az_order(column: Any) -> sa.ColumnElement[str]:
    """A sort expression for *column* in Azerbaijani alphabet order, its strings
    literal (an index on it serves the query's ``ORDER BY``)."""
    # Azerbaijani capitals: I is the capital of ı, İ of i (before lower() makes I → i).
    expr = sa.func.replace(
        sa.func.replace(sa.func.coalesce(column, _literal("")), _literal("İ"), _literal("i")),
        _literal("I"),
        _literal("ı"),
    )
    expr = sa.func.lower(expr)
    for letter, moved in MOVED:
        expr = sa.func.replace(expr, _literal(letter), _literal(moved))
    return expr


def _literal(text: str) -> sa.ColumnElement[str]:
    """*text* as an SQL string literal (quotes doubled), never a parameter."""
    return sa.literal_column("'" + text.replace("'", "''") + "'", sa.String())
