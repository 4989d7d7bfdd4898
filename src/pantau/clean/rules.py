"""Line rules read from data files: a cue, how it matches, and the reason it gives.

A rule row is ``reason<TAB>kind<TAB>pattern[<TAB>flags]``:

- ``line``: the whole line is the cue (case, markup and end punctuation ignored);
- ``prefix``: the line opens with the cue, then a separator (``:``, ``-``, ``|``)
  or a headline-like rest; a rest that reads as a sentence keeps the line;
- ``regex``: the whole line matches (case-insensitive unless flagged ``case``).

Flags, comma-separated: ``list`` (the line heads a list of link titles, which
go with it), ``caption-next`` (the line is a photo credit whose caption follows),
``case``, ``no-sentence`` (a line that reads as a sentence is kept),
``with-previous`` (an embedded post's signature: the line above it, the
post's text, leaves with it), ``not-after-sentence`` (a trailing credit after a full sentence is the
author's sign-off of the last paragraph, which stays; above the lead, where
no paragraph is signed off, it is a photo caption and goes), ``header`` (the
rule holds above the lead only, where captions and bylines sit). Lines opened by a
quote mark are never matched by ``prefix`` rules: a quote that starts with a
cue word is the article's own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pantau.clean.text import (
    QUOTE_OPENERS,
    bare,
    ends_sentence,
    is_headline,
    is_sentence,
    key,
    word_count,
)
from pantau.lang import rows, words

KINDS = ("line", "prefix", "regex")
_SEPARATOR = re.compile(r"^\s*[:\-–—|]")
_NUMBERED_BACKREF = re.compile(r"\\[1-9]")
_LAST_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]([.!?]?)\s*$")


@dataclass(frozen=True, slots=True)
class Rule:
    """One cue and the reason a line matching it leaves the body."""

    reason: str
    kind: str
    pattern: str
    flags: frozenset[str]
    regex: re.Pattern[str]

    def matches(self, line: str, *, header: bool = False) -> bool:
        text = bare(line)
        return self.test(text, key(text), header=header)

    def test(self, text: str, text_key: str, *, header: bool = False) -> bool:
        """Match a line already given as its bare text and its comparison key."""
        if "header" in self.flags and not header:
            return False
        if self.kind == "line":
            return text_key == key(self.pattern)
        if self.kind == "regex":
            return bool(self.regex.fullmatch(text)) and not self._guarded(text, header)
        if text[:1] in QUOTE_OPENERS:
            return False
        found = self.regex.match(text)
        if not found:
            return False
        rest = text[found.end() :]
        if not rest.strip() or _SEPARATOR.match(rest):
            return True
        return rest[:1].isspace() and is_headline(rest) and not is_sentence(rest)

    def _guarded(self, text: str, header: bool) -> bool:
        """True when a flag says this sentence-like line is the article's own."""
        if "no-sentence" in self.flags and is_sentence(text):
            return True
        if "not-after-sentence" in self.flags and not header:
            return _signed_sentence(text)
        return False


def _signed_sentence(text: str) -> bool:
    """A sentence of eight words or more closed or signed by a bracketed credit.

    ``... tumbuh 5% (yoy/q).`` and ``... 10 persen. [Outlet/Name]`` are the
    article's own lines; the sentence is read with the bracket taken out.
    """
    found = _LAST_BRACKET.search(text)
    if found is None:
        return False
    head = text[: found.start()].rstrip()
    return word_count(head) >= 8 and ends_sentence(head + found.group(1))


def make_rule(row: tuple[str, ...]) -> Rule:
    """Build a rule from a table row; a malformed row raises ``ValueError``."""
    if len(row) < 3 or row[1] not in KINDS:
        raise ValueError(f"bad clean rule row: {row!r}")
    reason, kind, pattern = row[:3]
    flags = (
        frozenset(f.strip() for f in row[3].split(",") if f.strip())
        if len(row) > 3
        else frozenset()
    )
    re_flags = 0 if "case" in flags else re.IGNORECASE
    source = pattern if kind == "regex" else re.escape(pattern)
    return Rule(reason, kind, pattern, flags, re.compile(source, re_flags))


class RuleSet:
    """Rules in table order; whole-line cues are looked up by key instead of tried one by one.

    The other rules all need their regex to match at the line's start, so one
    combined regex per group of rules tells first whether any of them can
    match: most lines are the article's own and meet none, and then no rule is
    tried. The rules come in groups (an outlet's own, then the language's
    generic cues) so that a group's gate is compiled once and shared by every
    set it is part of: compiling the generic gate anew for each outlet cost
    more than all the lines it was asked about.
    """

    def __init__(self, *groups: Iterable[Rule]) -> None:
        ordered = [tuple(group) for group in groups]
        self.rules = tuple(rule for group in ordered for rule in group)
        self._lines: dict[str, int] = {}
        for index, rule in enumerate(self.rules):
            if rule.kind == "line":
                self._lines.setdefault(key(rule.pattern), index)
        self._others = [(i, rule) for i, rule in enumerate(self.rules) if rule.kind != "line"]
        self._gates = [_gate(group) for group in ordered if _tried(group)]

    def match(self, line: str, *, header: bool = False) -> Rule | None:
        """The first rule, in table order, that matches the line (``header``: above the lead)."""
        text = bare(line)
        text_key = key(text)
        limit = self._lines.get(text_key, len(self.rules))
        if limit < len(self.rules) and not self.rules[limit].test(text, text_key, header=header):
            limit = len(self.rules)
        others = self._others if self._may_match(text) else ()
        for index, rule in others:
            if index > limit:
                break
            if rule.test(text, text_key, header=header):
                return rule
        return self.rules[limit] if limit < len(self.rules) else None

    def _may_match(self, text: str) -> bool:
        """Whether a gate lets the line through (a group without a gate always does)."""
        return any(gate is None or gate.match(text) for gate in self._gates)


def _tried(rules: tuple[Rule, ...]) -> bool:
    """Whether any rule of the group is tried by its regex (not looked up as a whole line)."""
    return any(rule.kind != "line" for rule in rules)


@cache
def _gate(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    """The gate of one group of rules, compiled once per group (see ``_any_start``)."""
    return _any_start([rule for rule in rules if rule.kind != "line"])


def _any_start(rules: list[Rule]) -> re.Pattern[str] | None:
    """One regex matching a line wherever any of the rules' regexes could.

    None when the patterns cannot be joined (a numbered back-reference would
    point elsewhere, a group name repeats): every rule is then tried.
    """
    if not rules or any(_NUMBERED_BACKREF.search(rule.regex.pattern) for rule in rules):
        return None
    parts = [_from_start(rule) for rule in rules]
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


def _from_start(rule: Rule) -> str:
    """The rule's regex as a part of the gate: a regex rule must reach the line's end."""
    flag = "i" if rule.regex.flags & re.IGNORECASE else "-i"
    end = r"\Z" if rule.kind == "regex" else ""
    return f"(?{flag}:(?:{rule.regex.pattern}){end})"


@cache
def generic_rules(lang: str) -> tuple[Rule, ...]:
    """The language's generic cues (``lang/<code>/clean_cues.tsv``), then the photo positions."""
    return (*(make_rule(row) for row in rows(lang, "clean_cues.tsv")), _position_rule(lang))


def _position_rule(lang: str) -> Rule:
    """A line pointing at people in a photo (``Nama (kiri) ...``) is its caption, not a quote."""
    names = sorted(
        map(re.escape, words(lang, "clean_caption_positions.txt")), key=len, reverse=True
    )
    pattern = rf"(?![{QUOTE_OPENERS}]).{{0,400}}\((?:{'|'.join(names)})\).{{0,400}}"
    return make_rule(("caption", "regex", pattern))


@cache
def generic_set(lang: str) -> RuleSet:
    """The generic cues as a RuleSet."""
    return RuleSet(generic_rules(lang))


@cache
def label_lines(lang: str) -> dict[str, tuple[str, bool]]:
    """Labels printed alone on a line: key -> (reason, whether the line above is a caption)."""
    return {key(row[0]): (row[1], row[2] == "yes") for row in rows(lang, "clean_label_lines.tsv")}
