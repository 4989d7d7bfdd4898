"""Indirect quotes: reported speech without quote marks.

"X mengatakan (bahwa) ...", "X menegaskan, ...", "X mengatakan kepada Y
dalam ... bahwa ...", "Menurut X, ...", "..., menurut X.", "..., kata X." and,
after a short lead-in, "Meski begitu, kata X, ...".
The reported clause runs to the end of the sentence. Verbs that also have
other uses ("menyampaikan", "berharap", "mencatat") count only in the shapes
their kind allows (``quote_verbs_bahwa.tsv``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from pantau.quotes.anchors import Anchor
from pantau.quotes.direct import MIN_WORDS
from pantau.quotes.found import Found
from pantau.quotes.marks import QuotedIndex
from pantau.quotes.phrases import SpeakerRef, forward_phrase, subject_before
from pantau.quotes.tables import QuoteTables
from pantau.quotes.text import (
    QUOTE_MARKS,
    WORD,
    sentence_spans,
    trim_clause,
    trim_offsets,
    words_of,
)
from pantau.records import Span

_ADDRESSEE_CHARS = 120
LEAD_IN_WORDS = 3
PREDICATE_WORDS = 5
BARE_SUBJECT_WORDS = 3
_PREDICATE_CHARS = 80


def _clause_start(rest: str, verb: str, tables: QuoteTables) -> int | None:
    """Where the reported clause starts in the text after a verb, or None."""
    lead = re.match(r"\s*[,:]?\s*", rest)
    begin = lead.end() if lead else 0
    first = WORD.match(rest, begin)
    if first is None:
        return None
    word = first.group().casefold()
    noun = tables.verb_objects.get(word)
    if noun == "stance":
        return begin
    if noun == "formula" or (word in tables.phrase_stops and word not in tables.prepositions):
        return None
    if word in tables.complementizers:
        return first.end()
    if word in tables.prepositions:
        after = WORD.match(rest, first.end() + 1)
        if after is not None and after.group().casefold() in tables.determiners:
            return begin
        for match in WORD.finditer(rest, first.end(), first.end() + _ADDRESSEE_CHARS):
            if match.group().casefold() in tables.complementizers:
                return match.end()
        comma = rest.find(",", first.end(), first.end() + _ADDRESSEE_CHARS)
        return comma + 1 if comma >= 0 else None
    kind = tables.bahwa_verbs.get(verb)
    if kind is None:
        return begin
    if kind != "record" and lead is not None and lead.group().strip():
        return begin
    return begin if kind == "speech" and _opens_clause(rest[begin:], tables) else None


def _opens_clause(text: str, tables: QuoteTables) -> bool:
    """Whether the words after a verb carry their own predicate early on, not in a
    relative clause: "pusat gempa berada di laut", "dia akan mundur", or open on
    one, their subject the speaker's ("akan segera mengirim bantuan")."""
    words = [word.casefold() for word in WORD.findall(text[:_PREDICATE_CHARS])][:PREDICATE_WORDS]
    return any(
        word in tables.clause_predicates and before not in tables.relativizers
        for before, word in pairwise(["", *words])
    )


def _clause(text: str, start: int, end: int, tables: QuoteTables) -> tuple[int, int] | None:
    """Where in ``text[start:end]`` a reported clause long enough to be speech and not a
    direct quote lies.

    A relay at its end (", seperti diberitakan Reuters") is not part of it, and
    a relay is all there is of "..., dilansir dari AP".
    """
    start, end = trim_offsets(text, start, end, lambda window: window.strip(" ,"))
    if start == end or text[start] in QUOTE_MARKS:
        return None
    relay = tables.relay_tail.search(f", {text[start:end]}")
    if relay:
        end = start + max(relay.start() - 2, 0)
    start, end = trim_offsets(text, start, end, trim_clause)
    return (start, end) if len(words_of(text[start:end])) >= MIN_WORDS else None


def _found(
    text: str,
    para: int,
    pos: int,
    clause: tuple[int, int],
    cue: Span,
    ref: SpeakerRef,
    cue_text: str,
) -> list[Found]:
    """The one indirect quote of a sentence, with the spans of its clause and cue."""
    start, end = clause
    words = Span(para, start, end)
    return [Found(para, pos, text[start:end], "indirect", cue_text, ref, False, (words,), cue)]


def _verb_quotes(
    text: str, para: int, span: tuple[int, int], anchors: list[Anchor], tables: QuoteTables
) -> list[Found]:
    """ "X mengatakan (bahwa) ...": the first reporting verb with a subject and a clause."""
    start, end = span
    for verb in tables.verbs.finditer(text, start, end):
        ref = subject_before(text, start, verb.start(), para, anchors, tables)
        begin = _clause_start(text[verb.end() : end], verb.group().casefold(), tables)
        if ref is None and begin is not None:
            ref = _bare_subject(text[start : verb.start()], text[verb.end() : end], tables)
        if ref is None or begin is None:
            continue
        clause = _clause(text, verb.end() + begin, end, tables)
        if clause:
            cue = Span(para, *verb.span())
            return _found(text, para, verb.start(), clause, cue, ref, verb.group().casefold())
    return []


def _bare_subject(before: str, after: str, tables: QuoteTables) -> SpeakerRef | None:
    """ "Pengadilan mengatakan bahwa ...": a short capitalised subject that names no
    one the tagger found still reports speech when "bahwa" follows the verb; it
    stands for a body ("Pengadilan" for the court the story is about)."""
    words = words_of(before)
    first = WORD.match(after.lstrip(" ,"))
    if not 0 < len(words) <= BARE_SUBJECT_WORDS or not words[0][0].isupper():
        return None
    if first is None or first.group().casefold() not in tables.complementizers:
        return None
    return SpeakerRef("body", " ".join(words))


def _according_quotes(
    text: str, para: int, span: tuple[int, int], anchors: list[Anchor], tables: QuoteTables
) -> list[Found]:
    """ "Menurut X, ..." and "..., menurut X." """
    start, end = span
    for cue in tables.according.finditer(text, start, end):
        if cue.group("suffix"):
            ref: SpeakerRef | None = SpeakerRef("pronoun", cue.group("suffix").casefold())
        else:
            ref = forward_phrase(text[cue.end() : end], para, cue.end(), anchors, tables)
        comma = text.find(",", cue.end(), end)
        opens = text[start : cue.start()].strip(" ,") == "" or _lead_in(text, start, cue.start())
        if opens and comma >= 0:
            clause = _clause(text, comma + 1, end, tables)
        elif text[start : cue.start()].rstrip().endswith(","):
            clause = _clause(text, start, cue.start(), tables)
        else:
            clause = None
        if clause and ref is not None:
            cue_span = Span(para, *cue.span())
            return _found(text, para, cue.start(), clause, cue_span, ref, cue.group(0).strip())
    return []


def _trailing_cue_quotes(
    text: str, para: int, span: tuple[int, int], anchors: list[Anchor], tables: QuoteTables
) -> list[Found]:
    """ "Rusia siap membantu, kata Putin." : a cue after a clause with no quote marks."""
    start, end = span
    if _has_marks(text, span):
        return []
    for cue in tables.cues_after.finditer(text, start, end):
        if not text[start : cue.start()].rstrip().endswith(","):
            continue
        ref = forward_phrase(text[cue.end() : end], para, cue.end(), anchors, tables)
        if tables.is_pronoun_cue(cue.group()):
            ref = SpeakerRef("pronoun", "nya")
        if _lead_in(text, start, cue.start()):
            comma = text.find(",", cue.end(), end)
            clause = _clause(text, comma + 1, end, tables) if comma >= 0 else None
        else:
            clause = _clause(text, start, cue.start(), tables)
        if clause and ref is not None:
            cue_span = Span(para, *cue.span())
            return _found(text, para, start, clause, cue_span, ref, cue.group().casefold())
    return []


def _lead_in(text: str, start: int, at: int) -> bool:
    """Whether the words before a cue only lead in ("Meski begitu, kata dia, ...", "Di
    Sumatera, kata Amalia, ..."): then the reported clause follows the speaker."""
    before = text[start:at].rstrip()
    return before.endswith(",") and len(words_of(before)) <= LEAD_IN_WORDS


def _has_marks(text: str, span: tuple[int, int]) -> bool:
    return any(mark in text[span[0] : span[1]] for mark in QUOTE_MARKS)


def _pointed_back(
    body: list[str],
    plain: tuple[int, tuple[int, int]] | None,
    para: int,
    span: tuple[int, int],
    anchors: list[Anchor],
    tables: QuoteTables,
) -> list[Found]:
    """ "Belum ada korban jiwa. Hal itu disampaikan X.": a sentence opening on a cue
    that points back attributes the plain sentence before it (no quote marks, no
    quote of its own), across a paragraph break too."""
    cue = tables.cues_back.match(body[para], span[0], span[1])
    if cue is None or plain is None:
        return []
    ref = forward_phrase(body[para][cue.end() : span[1]], para, cue.end(), anchors, tables)
    before, (start, end) = plain
    clause = _clause(body[before], start, end, tables)
    if ref is None or clause is None:
        return []
    cue_text = " ".join(cue.group().split()).casefold()
    return _found(body[before], before, start, clause, Span(para, *cue.span()), ref, cue_text)


def _unquoted(para: int, span: tuple[int, int], quoted: QuotedIndex) -> tuple[int, int]:
    """The sentence from the end of a direct quote it starts with, if any."""
    start, end = span
    while start < end:
        closing = quoted.end_of(para, start)
        closing = quoted.end_of(para, start + 1) if closing is None else closing
        if closing is None:
            break
        start = max(closing, start + 1)
    return min(start, end), end


def _cue_start(found: Found) -> int:
    return found.cue_span.start if found.cue_span else found.pos


def _sentence_quotes(
    text: str, para: int, span: tuple[int, int], anchors: list[Anchor], tables: QuoteTables
) -> list[Found]:
    """The indirect quote of one sentence: of the finders' hits, the one whose cue
    comes first ("Hanya saja, lanjut dia, berdasarkan laporan BPBD, ..." is his)."""
    hits = [
        found
        for finder in (_according_quotes, _verb_quotes, _trailing_cue_quotes)
        for found in finder(text, para, span, anchors, tables)
    ]
    return [min(hits, key=_cue_start)] if hits else []


def find_indirect(
    body: list[str], anchors: list[Anchor], tables: QuoteTables, quoted: QuotedIndex
) -> list[Found]:
    """Every indirect quote of a body, outside direct quotes, one per sentence."""
    found: list[Found] = []
    plain: tuple[int, tuple[int, int]] | None = None
    for para, text in enumerate(body):
        for span in sentence_spans(text, tables.abbreviations):
            found.extend(_pointed_back(body, plain, para, span, anchors, tables))
            hits = _sentence_quotes(text, para, _unquoted(para, span, quoted), anchors, tables)
            found.extend(hits)
            plain = None if hits or _has_marks(text, span) else (para, span)
    return found
