"""Direct quotes: quoted words with the cue and speaker phrase around them.

A cue after the quote wins ("...," kata Putin / ujarnya / demikian pernyataan
dari Pihak Kremlin / Putin menambahkan); else a cue before it ("Putin
mengatakan: ..." / "Kata Putin, ..." / "Menurut Putin, ..."); else a quote
that follows another one takes its speaker; else one that opens a paragraph
takes the person who spoke or was the subject just before ("Herianto
menyatakan ... ." then "Kami ..."). A quote broken by its cue
("...," kata X, "...") is one quote. Quotes of one to three words are scare
quotes, not speech, unless a speech cue follows them ("'Dia harus mundur,' ujarnya").
"""

from __future__ import annotations

import re

from pantau.quotes.anchors import Anchor
from pantau.quotes.found import Found
from pantau.quotes.marks import QuotedSpan
from pantau.quotes.phrases import SpeakerRef, forward_phrase, subject_before
from pantau.quotes.tables import QuoteTables
from pantau.quotes.text import QUOTE_MARKS, WORD, words_of
from pantau.records import Span

MIN_WORDS = 4
MIN_CUED_WORDS = 2
_AFTER_WORDS = 8
_BRIDGE = 80
STRETCH = SpeakerRef("stretch")
_LEAD = re.compile(rf"[\s,.–—-]*[{re.escape(QUOTE_MARKS)}]*[\s,.–—-]*")

Attribution = tuple[str, SpeakerRef | None, Span]
"""A quote's cue as the record writes it, its speaker reference, and the cue's span."""


def _cue_after(
    text: str, start: int, para: int, anchors: list[Anchor], tables: QuoteTables
) -> Attribution | None:
    """The cue right after a closing mark: "kata X", "ujarnya", "X menambahkan"."""
    lead = _LEAD.match(text, start)
    begin = lead.end() if lead else start
    cue = tables.cues_after.match(text, begin)
    if cue:
        ref = forward_phrase(text[cue.end() :], para, cue.end(), anchors, tables)
        if tables.is_pronoun_cue(cue.group()) and (ref is None or ref.kind == "exact"):
            ref = SpeakerRef("pronoun", "nya")
        return " ".join(cue.group().split()), ref, Span(para, *cue.span())
    verb = tables.verbs.search(text, begin, begin + 120)
    if verb and len(WORD.findall(text[begin : verb.start()])) <= _AFTER_WORDS:
        ref = subject_before(text, begin, verb.start(), para, anchors, tables)
        if ref is not None:
            return verb.group().casefold(), ref, Span(para, *verb.span())
    return None


def _cue_before(
    text: str, end: int, para: int, anchors: list[Anchor], tables: QuoteTables
) -> Attribution | None:
    """A cue ending the text before an opening mark: "X mengatakan:", "Kata X,"."""
    head = text[:end].rstrip()
    if not head:
        return None
    clause_start = max(head.rfind(". "), head.rfind("! "), head.rfind("? ")) + 1
    clause = head[clause_start:]
    verbs = list(tables.verbs.finditer(clause))
    rest = clause[verbs[-1].end() :].strip(" ,:").casefold() if verbs else None
    if rest is not None and (not rest or rest in tables.complementizers):
        verb = verbs[-1]
        ref = subject_before(text, clause_start, clause_start + verb.start(), para, anchors, tables)
        if ref is not None:
            return verb.group().casefold(), ref, _in_clause(para, clause_start, verb)
    for pattern in (tables.cues_after, tables.according):
        cues = list(pattern.finditer(clause))
        if cues and head.endswith((",", ":")):
            cue = cues[-1]
            if cue.group(0).casefold().endswith(tables.pronoun_suffixes):
                pronoun = SpeakerRef("pronoun", "nya")
                return cue.group().casefold(), pronoun, _in_clause(para, clause_start, cue)
            phrase_at = clause_start + cue.end()
            ref = forward_phrase(text[phrase_at:], para, phrase_at, anchors, tables)
            if ref is not None:
                return cue.group().casefold(), ref, _in_clause(para, clause_start, cue)
    return None


def _in_clause(para: int, clause_start: int, match: re.Match[str]) -> Span:
    """The span in the paragraph of a match made in the clause starting at ``clause_start``."""
    return Span(para, clause_start + match.start(), clause_start + match.end())


def _bridged(body: list[str], span: QuotedSpan, following: QuotedSpan, tables: QuoteTables) -> bool:
    """True when only a short cue separates two quotes of one paragraph: '"A," kata X, "B"'."""
    if following.first.para != span.last.para:
        return False
    between = body[span.last.para][span.last.end + 1 : following.first.start - 1]
    if len(between) > _BRIDGE or "." in between or not between.rstrip().endswith((",", ":")):
        return False
    return bool(tables.cues_after.search(between) or tables.verbs.search(between))


def _cue_follows(body: list[str], group: list[QuotedSpan], tables: QuoteTables) -> bool:
    """True when a speech cue follows the closing mark ("'Dia harus mundur,' ujarnya")."""
    last = group[-1].last
    text = body[last.para]
    lead = _LEAD.match(text, last.end + 1)
    return bool(tables.cues_after.match(text, lead.end() if lead else last.end + 1))


def _attribute(
    body: list[str], span: QuotedSpan, anchors: list[Anchor], tables: QuoteTables
) -> Attribution | None:
    last, first = span.last, span.first
    after = _cue_after(body[last.para], last.end + 1, last.para, anchors, tables)
    if after is not None:
        return after
    return _cue_before(body[first.para], first.start - 1, first.para, anchors, tables)


def find_direct(
    body: list[str], spans: list[QuotedSpan], anchors: list[Anchor], tables: QuoteTables
) -> list[Found]:
    """Every direct quote among the quoted spans, with its cue and speaker reference."""
    found: list[Found] = []
    last_para = -2
    index = 0
    while index < len(spans):
        group = [spans[index]]
        while index + 1 < len(spans) and _bridged(body, group[-1], spans[index + 1], tables):
            index += 1
            group.append(spans[index])
        index += 1
        text = " ".join(s.text(body) for s in group)
        size = len(words_of(text))
        if size < MIN_WORDS and not (size >= MIN_CUED_WORDS and _cue_follows(body, group, tables)):
            continue
        attribution = _attribute(body, group[0], anchors, tables)
        first = group[0].first
        words = tuple(piece for s in group for piece in s.spans(body))
        if attribution is None:
            inherit = last_para >= first.para - 1
            ref = None if inherit else STRETCH
            found.append(Found(first.para, first.start, text, "direct", None, ref, inherit, words))
        else:
            cue, ref, cue_span = attribution
            found.append(
                Found(first.para, first.start, text, "direct", cue, ref, False, words, cue_span)
            )
        last_para = group[-1].last.para
    return found
