"""What a regex needs in a text before it can match there: a cheap test to skip it.

Many table-driven patterns (time expressions, numbers) are tried on every
paragraph and find nothing in most: scanning a paragraph with a large
case-insensitive alternation costs far more than asking whether one of a few
words is in it. ``needs`` reads the parsed pattern and returns strings of
which every match must contain one (lower-cased), or None when it cannot
tell; ``may_match`` is the test, on the text as ``searchable`` prepares it.
It is a necessary condition only: a pattern is still run wherever it may
match, so results are unchanged.

The parser is the standard library's own (``re._parser``), so the reading
follows exactly the syntax the pattern was compiled with.
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as parser

# Characters that match an ASCII letter when case is ignored but do not
# lower-case to it (dotless i, long s, Kelvin sign, dotted capital I): in a
# text holding one, a lower-cased substring test could miss a match.
_FOLDS_APART = frozenset("\u0130\u0131\u017f\u212a")
_SMALL_RANGE = 12

Needs = frozenset[str] | None


def needs(pattern: re.Pattern[str]) -> Needs:
    """Strings (lower-cased) of which every match of ``pattern`` contains one, or None."""
    return _sequence(parser.parse(pattern.pattern, pattern.flags))


def searchable(text: str) -> str | None:
    """The text as ``may_match`` reads it (lower-cased), or None when no test can be trusted.

    Made once per text, then asked of every pattern.
    """
    lowered = text.lower()
    return lowered if _FOLDS_APART.isdisjoint(lowered) else None


def may_match(wanted: Needs, lowered: str | None) -> bool:
    """Whether a pattern needing ``wanted`` may match the text ``searchable`` gave.

    A plain loop: asked of every pattern on every paragraph, ``any`` over a
    generator cost a third more.
    """
    if wanted is None or lowered is None:
        return True
    for needed in wanted:  # noqa: SIM110 (faster than any(), see above)
        if needed in lowered:
            return True
    return False


def _sequence(items: parser.SubPattern | list) -> Needs:
    """The most telling requirement of a sequence: its rarest-looking mandatory part."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if (wanted := _item(op, av)) is not None:
            found.append(wanted)
    if run:
        found.append(frozenset([run]))
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _item(op: object, av: object) -> Needs:
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.BRANCH:
        return _branches(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    if op is c.IN:
        return _charset(av)
    return None


def _branches(branches: list) -> Needs:
    out: set[str] = set()
    for branch in branches:
        wanted = _sequence(branch)
        if wanted is None:
            return None
        out |= wanted
    return frozenset(out)


def _charset(members: list) -> Needs:
    """A class of a few characters (``[/-]``, ``[0-3]``) as its characters.

    ``\\d`` is not one: it takes every script's digits.
    """
    chars: set[str] = set()
    for op, av in members:
        if op is c.LITERAL:
            chars.add(chr(av).lower())
        elif op is c.RANGE and av[1] - av[0] < _SMALL_RANGE:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars)
