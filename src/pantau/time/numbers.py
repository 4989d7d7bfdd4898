"""Numbers in Indonesian news and what they count: "sekitar 1.100 orang", "Rp1,2 triliun".

A quantity is a numeral (digits, number words, or a vague "ratusan") with
any scale words, an optional currency mark or percent sign, and a qualifier
before it ("sedikitnya"). What it counts is the noun phrase after it, which
ends at a function word, a verb form, a number or punctuation. Numerals
inside time expressions (dates, clock times, durations) are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pantau import lang as tables
from pantau.time.numparse import number_words, parse_amount
from pantau.time.patterns import alternation

MAX_WHAT_WORDS = 7
VAGUE_QUALIFIER = "at-least"
_TOKEN = re.compile(r"[\w’'-]+|\S")


@dataclass(frozen=True, slots=True)
class FoundNumber:
    """A quantity in a paragraph: its span, value, what it counts and its qualifier's meaning."""

    start: int
    end: int
    text: str
    value: int | float | None
    what: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class NumberTables:
    regex: re.Pattern[str]
    qualifiers: dict[str, str]
    currencies: dict[str, str]
    symbols: dict[str, str]
    stops: frozenset[str]
    joins: frozenset[str]
    nouns: frozenset[str]
    verbs: tuple[re.Pattern[str], ...]
    blockers: frozenset[str]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@cache
def number_tables(lang: str) -> NumberTables:
    """The number tables of ``lang`` and the numeral regex built from them."""
    qualifiers = {_key(r[0]): r[1] for r in tables.rows(lang, "number_qualifiers.tsv")}
    currencies = {r[0].lower(): r[1] for r in tables.rows(lang, "number_currency.tsv")}
    symbols = dict(tables.rows(lang, "number_symbols.tsv"))
    words = number_words(lang)
    scales = [w for w, (_, kind) in words.words.items() if kind == "scale"]
    spoken = alternation([w for w, (_, kind) in words.words.items() if kind != "scale"])
    digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
    pattern = (
        rf"(?:(?P<qual>{alternation(list(qualifiers))})\s+)?"
        rf"(?P<num>(?<![\w.,/-])(?:(?P<cur>{alternation(list(currencies))})\s?)?"
        rf"(?:(?P<digits>{digits})(?![\w/]|[.,]\d|-\d)(?:\s?(?P<sym>{alternation(list(symbols))}))?"
        rf"|\b(?P<vague>{alternation(list(words.vague))})\b|\b(?:{spoken})(?:\s+(?:{spoken}))*\b(?!-))"
        rf"(?:\s+(?:{alternation(scales)})\b)*)"
    )
    return NumberTables(
        regex=re.compile(pattern, re.IGNORECASE),
        qualifiers=qualifiers,
        currencies=currencies,
        symbols=symbols,
        stops=frozenset(w.lower() for w in tables.words(lang, "number_what_stop.txt")),
        joins=frozenset(w.lower() for w in tables.words(lang, "number_what_join.txt")),
        nouns=frozenset(w.lower() for w in tables.words(lang, "number_what_nouns.txt")),
        verbs=tuple(re.compile(p) for p in tables.words(lang, "number_verb_patterns.txt")),
        blockers=frozenset(w.lower() for w in tables.words(lang, "number_blockers.txt")),
    )


def _ends_phrase(word: str, t: NumberTables, lang: str) -> bool:
    lower = word.lower()
    if not re.match(r"\w", word) or lower in t.stops or word[0].isdigit():
        return True
    if lower in number_words(lang).words or lower in number_words(lang).vague:
        return True
    return lower not in t.nouns and any(p.match(lower) for p in t.verbs)


def counted_phrase(text: str, lang: str = "id") -> str | None:
    """The noun phrase at the start of ``text`` ("warga Rusia dan Palestina telah ..." gives
    "warga Rusia dan Palestina"), or None when a function word or punctuation comes first."""
    t = number_tables(lang)
    tokens = _TOKEN.findall(text[:200])
    kept: list[str] = []
    for i, token in enumerate(tokens):
        if len(kept) >= MAX_WHAT_WORDS:
            break
        if token.lower() in t.joins:
            following = tokens[i + 1] if i + 1 < len(tokens) else "."
            if not kept or _ends_phrase(following, t, lang):
                break
            kept.append(token)
        elif _ends_phrase(token, t, lang):
            break
        else:
            kept.append(token)
    return " ".join(kept) or None


def _is_year(m: re.Match[str]) -> bool:
    """A bare four-digit 19xx/20xx with nothing around it is a year, not an amount."""
    digits = m.group("digits") or ""
    plain = m.group("num") == digits
    return plain and re.fullmatch(r"(?:19|20)\d\d", digits) is not None


def _blocked(text: str, m: re.Match[str], t: NumberTables) -> bool:
    before = text[: m.start()].rsplit(maxsplit=1)  # the last word only: linear in the text
    return bool(before) and before[-1].lower().rstrip("-") in t.blockers


def _what(m: re.Match[str], rest: str, t: NumberTables, lang: str) -> str | None:
    if m.group("cur"):
        return t.currencies[m.group("cur").lower()]
    if m.group("sym"):
        return t.symbols[m.group("sym")]
    return counted_phrase(rest, lang)


def find_numbers(
    text: str, lang: str = "id", skip: list[tuple[int, int]] | None = None
) -> list[FoundNumber]:
    """The quantities in one paragraph, leaving out numerals inside the ``skip`` spans."""
    t = number_tables(lang)
    skip = skip or []
    found: list[FoundNumber] = []
    for m in t.regex.finditer(text):
        start, end = m.span("num")
        if any(start < e and end > s for s, e in skip) or _is_year(m) or _blocked(text, m, t):
            continue
        amount = m.group("num")
        if m.group("cur"):
            amount = amount[len(m.group("cur")) :]
        value = parse_amount(re.sub(r"[^\w.,\s]", "", amount).strip(), lang)
        what = _what(m, text[end:], t, lang)
        span_end = end + text[end:].find(what) + len(what) if what and not m.group("cur") else end
        if m.group("sym"):
            span_end = end
        qualifier = t.qualifiers.get(_key(m.group("qual"))) if m.group("qual") else None
        if qualifier is None and m.group("vague"):
            qualifier = VAGUE_QUALIFIER
        found.append(FoundNumber(start, span_end, text[start:span_end], value, what, qualifier))
    return _borrow_what(found, text)


def _borrow_what(found: list[FoundNumber], text: str) -> list[FoundNumber]:
    """ "883 dari 1.100 orang": a number with nothing counted takes the next number's noun."""
    result = list(found)
    for i in range(len(result) - 1):
        current, following = result[i], result[i + 1]
        between = text[current.end : following.start].split()
        if current.what is None and following.what and len(between) == 1:
            result[i] = FoundNumber(
                current.start,
                current.end,
                current.text,
                current.value,
                following.what,
                current.qualifier,
            )
    return result
