"""The ``clean`` stage: body paragraphs, removed lines with reasons, and the metadata."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pantau.clean import dateline
from pantau.clean.byline import authors as byline_authors
from pantau.clean.byline import in_body, is_name_line, signed_off
from pantau.clean.dates import (
    from_hint,
    from_url,
    has_clock,
    header_date,
    plausible,
    same_day,
)
from pantau.clean.headline import headline_text
from pantau.clean.html import Page, read_html
from pantau.clean.metadata import language, outlet_in_line, outlet_of_credit, registrable_domain
from pantau.clean.outlets import pack
from pantau.clean.rules import RuleSet, generic_rules, generic_set
from pantau.clean.segment import HEADER_WINDOW, Line, segment, split_lines
from pantau.doc import Doc, RawDoc
from pantau.errors import InputError
from pantau.nlp.ner import known_place
from pantau.options import Options
from pantau.records import Removed

_BRACKETED = re.compile(r"\([^()]{3,60}\)")
_WORDS = re.compile(r"[^\W_][\w'’-]*")
ASSIGNS = ("body", "removed", "title", "dateline", "authors", "outlet", "published", "language")
_OUTLET_REASONS = {
    "credit": True,
    "byline": False,
    "promo": False,
    "subscription": False,
    "related-link": False,
    "source-line": False,
    "caption": False,
}


def page_of(raw: RawDoc) -> Page:
    """The input as a Page: scraped text as is, HTML through trafilatura."""
    if raw.text is not None:
        return Page(text=raw.text, url=raw.url)
    if raw.html is not None:
        return read_html(raw.html, raw.url)
    raise InputError(raw.source, "no text or HTML to clean")


def find_outlet(raw: RawDoc, page: Page, lines: Sequence[str], lang: str) -> str | None:
    """URL domain, then container hint, then dateline credit, then credit or promo lines.

    Photo credits come last among the lines (``_OUTLET_REASONS`` is in that
    order): they may name a wire agency rather than the outlet; in photo
    credits and bylines a news agency's name is passed over.
    """
    for candidate in (raw.url, page.url):
        if domain := registrable_domain(candidate):
            return domain
    for hint in (raw.outlet, page.site):
        if hint and (domain := outlet_of_credit(hint) or registrable_domain(hint)):
            return domain
    for text in lines[:HEADER_WINDOW]:
        found = dateline.parse(text)
        if found and found.credit and (domain := outlet_of_credit(found.credit)):
            return domain
    reasons = [(text, generic_set(lang).match(text, header=True)) for text in lines]
    for reason, any_domain in _OUTLET_REASONS.items():
        for text, rule in reasons:
            if rule is None or rule.reason != reason:
                continue
            agencies = reason not in ("caption", "byline")
            if domain := outlet_in_line(text, any_domain=any_domain, agencies=agencies):
                return domain
    return None


@cache
def rules_for(outlet: str | None, lang: str) -> RuleSet:
    """The outlet's pack rules first, then the language's generic cues."""
    own = pack(outlet)
    return RuleSet(own.rules if own else (), generic_rules(lang))


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _published(raw: RawDoc, page: Page, layout: Sequence[Line], lang: str) -> str | None:
    """URL (when the lead bears it out), hint, header timestamp, else a same-day lead date.

    A header timestamp with a clock time comes first: a widget shows a bare date.
    """
    body = [line.text for line in layout if line.role == "body"]
    found = from_url(raw.url or page.url)
    if found and plausible(found, body, lang):
        return found
    if found := from_hint(raw.published) or from_hint(page.published):
        return found
    stamps = [
        line.text for line in layout if line.reason == "byline" and header_date(line.text, lang)
    ]
    stamps.sort(key=lambda text: not has_clock(text))
    if stamps:
        return header_date(stamps[0], lang)
    return same_day(body, lang)


def _authors(
    layout: Sequence[Line], page: Page, body: list[str], outlet: str | None, lang: str
) -> list[str]:
    """Header byline names, else the page's, else a closing sign-off's.

    A bracketed sign-off after the last paragraph (``(Nama Satu)``) is often
    the editor, so it names the author only when no other byline names anybody.
    A header line of names alone may be a tag of the people or the place the article is about
    (``Prabowo Putin``, ``Surabaya``): such names recur in the body or are
    places, an author's are not.
    """
    body_words = frozenset(word.casefold() for text in body for word in _WORDS.findall(text))
    end = max((i for i, line in enumerate(layout) if line.role == "body"), default=len(layout))
    closing = [line for line in layout[end:] if _BRACKETED.fullmatch(line.text)]
    header = [line for line in layout if line not in closing]
    header_names = _byline_names(header, body_words, lang)
    closing_names = _byline_names(closing, body_words, lang)
    page_names = [n for name in page.authors for n in byline_authors(name, lang) or [name]]
    return _unique(header_names or page_names or closing_names or signed_off(body, outlet, lang))


def _byline_names(layout: Sequence[Line], body_words: frozenset[str], lang: str) -> list[str]:
    return [
        name
        for line in layout
        if line.reason == "byline"
        for name in byline_authors(line.text, lang)
        if not is_name_line(line.text, lang, alone=True) or _may_sign(name, body_words)
    ]


def _may_sign(name: str, body_words: frozenset[str]) -> bool:
    return not known_place(name) and not in_body(name, body_words)


def _layout(
    lines: list[str],
    rules: RuleSet,
    repeated: frozenset[str],
    title: str | None,
    lang: str,
    outlet: str | None,
) -> list[Line]:
    """Segment with the batch's repeated lines, unless they would leave no body line.

    Batch statistics are a guess about the outlet's template; an article they
    would empty keeps the lines they would have removed.
    """
    layout = segment(lines, rules, repeated=repeated, title=title, lang=lang, outlet=outlet)
    if repeated and not any(line.role == "body" for line in layout):
        layout = segment(lines, rules, title=title, lang=lang, outlet=outlet)
    return layout


def clean(doc: Doc, options: Options) -> None:
    """Fill body, removed, title, dateline, authors, outlet, published and language."""
    raw, article, lang = doc.raw, doc.article, options.lang
    page = page_of(raw)
    lines = split_lines(page.text)
    outlet = find_outlet(raw, page, lines, lang)
    if outlet is not None:
        lines = split_lines(page.text, outlet)
    hint_title = raw.title or page.title
    repeated = options.boilerplate_lines.get(outlet or "", frozenset())
    layout = _layout(lines, rules_for(outlet, lang), repeated, hint_title, lang, outlet)
    article.body = [line.text for line in layout if line.role == "body"]
    removed: dict[str, tuple[str | None, int]] = {}
    for index, line in enumerate(layout):
        if line.role == "removed":
            removed[line.text] = (line.reason, index)  # a repeated line: its last reason
    article.removed = [
        Removed(text, reason or "", index) for text, (reason, index) in removed.items()
    ]
    titles = [line.text for line in layout if line.role == "title"]
    article.title = hint_title or (headline_text(titles[0]) if titles else None)
    lead = dateline.parse(article.body[0], outlet) if article.body else None
    article.dateline = lead.city if lead else None
    article.outlet = outlet
    article.authors = _authors(layout, page, article.body, outlet, lang)
    article.published = _published(raw, page, layout, lang)
    article.language = language(article.text, lang)
    standfirst = [line.text for line in layout if line.role == "standfirst"]
    if standfirst:
        article.extra["standfirst"] = standfirst
