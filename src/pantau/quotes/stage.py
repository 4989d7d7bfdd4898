"""The ``quotes`` stage: direct and indirect quotes with resolved speakers, and relays.

Quotes are resolved in reading order so that a pronoun ("ujarnya", "Ia
memastikan") can point at the speaker of the quote before it.
"""

from __future__ import annotations

from pantau.doc import Doc
from pantau.options import Options
from pantau.quotes.anchors import find_anchors, surface_forms
from pantau.quotes.direct import find_direct
from pantau.quotes.found import Found
from pantau.quotes.indirect import find_indirect
from pantau.quotes.marks import QuotedIndex, quoted_spans
from pantau.quotes.relays import find_relays
from pantau.quotes.speakers import Resolver
from pantau.quotes.tables import RelayTables, quote_tables, relay_tables
from pantau.records import Article, Entity, Quote, Span

SOURCE_LINE = "source-line"
_NEVER_MEDIA = frozenset({"PER", "LOC"})


def _resolve(found: list[Found], resolver: Resolver, entities: list[Entity]) -> list[Quote]:
    quotes: list[Quote] = []
    previous: str | None = None
    mentions = {entity.name: entity.spans for entity in entities}
    for item in sorted(found, key=lambda f: (f.para, f.pos)):
        speaker = previous if item.inherit else resolver.resolve(item.ref, item.para, item.pos)
        resolver.note(item.para, item.pos, speaker)
        if item.kind == "direct":
            previous = speaker
        named = nearest(mentions.get(speaker or "", []), item.para, item.pos)
        quotes.append(
            Quote(item.text, speaker, item.kind, item.cue, list(item.spans), item.cue_span, named)
        )
    return quotes


def nearest(spans: list[Span], para: int, pos: int) -> Span | None:
    """The speaker's mention that points a reader at who spoke: in the quote's paragraph
    if any, the nearest to the quote; else the latest before it; else the first after."""
    return min(
        spans,
        key=lambda s: (s.p != para, (s.p or 0) > para, abs((s.p or 0) - para), abs(s.start - pos)),
        default=None,
    )


def find_quotes(doc: Doc, lang: str) -> list[Quote]:
    """The quotes of a doc's body, speakers resolved against its entities and mentions."""
    article = doc.article
    body = article.body
    tables = quote_tables(lang)
    anchors = find_anchors(body, article.entities, doc.mentions)
    spans = quoted_spans(body)
    quoted = QuotedIndex(spans)
    found = find_direct(body, spans, anchors, tables)
    found += find_indirect(body, anchors, tables, quoted)
    roles = {e.name: list(e.roles) for e in article.entities if e.roles}
    resolver = Resolver(body, anchors, roles, tables, quoted)
    return _resolve(found, resolver, article.entities)


def relay_lines(article: Article, tables: RelayTables) -> list[tuple[str, Span]]:
    """The body, then the removed lines that name a source ("Sumber : Reuters",
    "Video: CCTV"), whatever the cleaner took them for; each with a span of the
    whole line, so that a relay found in it knows where it is."""
    return [
        *((text, Span(p, 0, len(text))) for p, text in enumerate(article.body)),
        *(
            (r.text, Span(None, 0, len(r.text), removed=k))
            for k, r in enumerate(article.removed)
            if r.reason == SOURCE_LINE or tables.labels.match(r.text)
        ),
    ]


def never_media(article: Article, media: frozenset[str]) -> set[str]:
    """Case-folded names of the article's people and places, but for known media.

    A tagger may type "Bloomberg" as a person; a listed medium stays a medium.
    """
    forms = surface_forms(article.entities)
    return {
        form for form, entity in forms.items() if entity.type in _NEVER_MEDIA and form not in media
    }


def quotes_stage(doc: Doc, options: Options) -> None:
    """Fill ``quotes`` and ``relays`` of the article."""
    article = doc.article
    article.quotes = find_quotes(doc, options.lang)
    tables = relay_tables(options.lang)
    article.relays = find_relays(
        relay_lines(article, tables), never_media(article, tables.media), article.outlet, tables
    )
