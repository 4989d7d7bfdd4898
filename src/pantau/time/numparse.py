"""Reading Indonesian numerals: "1.100", "2,5 juta", "dua puluh tiga", "ratusan ribu".

Indonesian writes a dot between thousands and a comma before decimals, the
reverse of English; amounts are scaled by words ("juta", "miliar"). Exact
decimal arithmetic keeps "1,2 triliun" a whole number. Both the temporal
tagger (counts of units) and the number finder read numerals through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pantau import lang as tables

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number-word tables of one language, keyed by lower-case word."""

    words: dict[str, tuple[int, str]]
    vague: dict[str, int]

    def kind(self, word: str) -> str | None:
        entry = self.words.get(word.lower())
        return entry[1] if entry else None


@cache
def number_words(lang: str) -> NumberWords:
    words = {row[0].lower(): (int(row[1]), row[2]) for row in tables.rows(lang, "number_words.tsv")}
    vague = {row[0].lower(): int(row[1]) for row in tables.rows(lang, "number_vague.tsv")}
    return NumberWords(words=words, vague=vague)


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_digits(text: str) -> Decimal | None:
    """Digits as Indonesian writes them: "1.100" is 1100, "2,5" is 2.5.

    A dot before exactly three digits groups thousands; any other dot (as in
    an English "1.5") is read as a decimal point.
    """
    text = text.strip()
    if _GROUPED.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return None


def parse_words(words: list[str], lang: str) -> Decimal | None:
    """A run of number words ("tiga ratus dua puluh lima") as a value, or None."""
    table = number_words(lang)
    total = group = current = 0
    for word in words:
        entry = table.words.get(word.lower())
        if entry is None:
            return None
        value, kind = entry
        if kind == "digit":
            current = value
        elif kind == "whole" and value >= 1000:
            total += value
        elif kind == "whole":
            group += value
        elif kind == "add":
            group += current + value
            current = 0
        elif kind == "times":
            group += (current or 1) * value
            current = 0
        else:
            total += (group + current or 1) * value
            group = current = 0
    return Decimal(total + group + current)


def parse_amount(text: str, lang: str) -> int | float | None:
    """A whole numeral: digits or words, then any scale words ("1,2 triliun", "ratusan ribu")."""
    tokens = text.split()
    if not tokens:
        return None
    table = number_words(lang)
    scale_at = len(tokens)
    while scale_at > 1 and table.kind(tokens[scale_at - 1]) == "scale":
        scale_at -= 1
    head, scales = tokens[:scale_at], tokens[scale_at:]
    if len(head) == 1 and head[0].lower() in table.vague:
        base: Decimal | None = Decimal(table.vague[head[0].lower()])
    elif len(head) == 1 and head[0][0].isdigit():
        base = parse_digits(head[0])
    else:
        return _as_optional(parse_words(tokens, lang))
    if base is None:
        return None
    for word in scales:
        base *= table.words[word.lower()][0]
    return as_number(base)


def _as_optional(value: Decimal | None) -> int | float | None:
    return None if value is None else as_number(value)


def format_digits(value: int | float, decimals: int = 0) -> str:
    """Write a number the Indonesian way ("1.234.567,5"); the inverse of parse_digits."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
