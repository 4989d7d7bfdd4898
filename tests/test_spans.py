"""Provenance: every extracted item points at the words it came from.

The demo gold and every dev set are analysed once (a module fixture); every
entity, timex, number, quote (with its cue and speaker), relay and event must
carry a span, and the words at each span must be the item's text or one of
its surface forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from pantau.clean.segment import split_lines
from pantau.eval.gold import gold_inputs, load_jsonl
from pantau.options import Options
from pantau.pipeline import analyze_many
from pantau.records import Article, Span
from pantau.report.build import build_report
from pantau.runner import run_items
from pantau.store import Store

GOLD = Path(__file__).resolve().parent.parent / "gold"
SETS = [GOLD / "seeds.jsonl", *sorted(GOLD.glob("dev-*/gold.jsonl"))]


def _name(path: Path) -> str:
    """A gold set's name: the file's stem, or its directory's for ``dev-*/gold.jsonl``."""
    return path.parent.name if path.name == "gold.jsonl" else path.stem


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def checks(article: Article) -> Iterator[tuple[str, str, list[Span], list[str]]]:
    """(kind, item, spans, accepted texts) for every item of a record.

    Entities and speakers accept any surface form; a quote's spans are its pieces,
    so their texts joined by spaces are checked against the quote as a whole
    (``quote`` items), and the cue and speaker one by one.
    """
    forms = {e.name: [e.name, *e.aliases] for e in article.entities}
    for e in article.entities:
        yield "entity", e.name, e.spans, forms[e.name]
    for t in article.timexes:
        yield "timex", t.text, t.spans, [t.text]
    for n in article.numbers:
        yield "number", n.text, n.spans, [n.text]
    for q in article.quotes:
        yield "quote", q.text, q.spans, [q.text]
        if q.cue is not None:
            yield "cue", q.cue, [q.cue_span] if q.cue_span else [], [q.cue]
        if q.speaker is not None:
            spans = [q.speaker_span] if q.speaker_span else []
            yield "speaker", q.speaker, spans, forms.get(q.speaker, [q.speaker])
    for r in article.relays:
        yield "relay", r.source, r.spans, [r.source]
    for ev in article.events:
        if ev.trigger:
            yield "trigger", ev.trigger, ev.spans, [ev.trigger]
        for name, spans in zip(ev.participants, ev.participant_spans, strict=True):
            yield "participant", name, spans, forms.get(name, [name])


def problems(article: Article) -> tuple[int, list[str]]:
    """How many items the record has, and what is wrong with their spans."""
    found: list[str] = []
    count = 0
    for kind, item, spans, accepted in checks(article):
        count += 1
        if not spans:
            found.append(f"{article.id}: {kind} {item!r} has no span")
            continue
        texts = [span.text(article) for span in spans]
        wanted = {_fold(text) for text in accepted}
        pieces = [" ".join(texts)] if kind == "quote" else texts
        found += [
            f"{article.id}: {kind} {item!r} spans {text!r}"
            for text in pieces
            if _fold(text) not in wanted
        ]
    return count, found


@pytest.fixture(scope="module")
def analysed() -> dict[str, list[Article]]:
    """Each gold set's articles, analysed as ``pantau eval`` analyses them."""
    options = Options()
    out: dict[str, list[Article]] = {}
    for path in SETS:
        raws = gold_inputs(load_jsonl(path), path, options.max_bytes)
        out[_name(path)] = [
            item
            for batch in analyze_many(raws, options, workers=1)
            for item in batch
            if isinstance(item, Article)
        ]
    return out


def test_every_set_is_checked(analysed: dict[str, list[Article]]) -> None:
    assert "seeds" in analysed and len(analysed) == len(SETS) >= 6
    assert all(articles for articles in analysed.values())


@pytest.mark.parametrize("name", [_name(path) for path in SETS])
def test_every_item_has_spans_that_check_out(analysed: dict[str, list[Article]], name: str) -> None:
    total, wrong = 0, []
    for article in analysed[name]:
        count, found = problems(article)
        total += count
        wrong += found
    assert total > 0
    assert not wrong, f"{len(wrong)} of {total} items in {name}:\n" + "\n".join(wrong[:40])


def test_removed_lines_keep_their_input_index(analysed: dict[str, list[Article]]) -> None:
    checked = 0
    for article in analysed["dev-clean"]:
        if not article.source.endswith(".txt"):
            continue
        lines = split_lines(Path(article.source).read_text(encoding="utf-8"), article.outlet)
        assert all(lines[line.line or 0] == line.text for line in article.removed)
        checked += len(article.removed)
    assert checked > 20


def test_a_record_round_trips_with_its_spans(analysed: dict[str, list[Article]]) -> None:
    for article in analysed["seeds"]:
        again = Article.from_json(article.to_json())
        assert again.to_dict() == article.to_dict()
        assert again.entities == article.entities and again.quotes == article.quotes


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory) -> Path:
    """The demo gold's articles run through the whole job, and the static report of them."""
    folder = tmp_path_factory.mktemp("demo-report")
    path = GOLD / "seeds.jsonl"
    with Store(folder / "store.db") as store:
        run_items(gold_inputs(load_jsonl(path), path, Options().max_bytes), store, workers=1)
        return build_report(store, folder / "out").parent


def marked(html: str, name: str) -> str:
    """The words an article page highlights for the target ``name``."""
    pieces = re.findall(rf'<mark class="[^"]*\b{name}\b[^"]*">(.*?)</mark>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", "".join(pieces)))


def test_every_cited_span_in_the_report_opens_on_its_words(demo_report: Path) -> None:
    """Every link to a span (timeline sentences, compared facts, quotes, mentions) lands on
    an anchor of the article page, and the timeline's cited words are the sentence."""
    links = 0
    for page in demo_report.rglob("*.html"):
        html = page.read_text("utf-8")
        for target, name in re.findall(r'href="([^"#?]+)#(s\d+-\d+-\d+)"', html):
            article = (page.parent / target).read_text("utf-8")
            assert f'id="{name}"' in article, (page, target, name)
            assert marked(article, name), (page, target, name)
            links += 1
    stories = list((demo_report / "stories").glob("*.html"))
    sentences = 0
    for page in stories:
        html = page.read_text("utf-8")
        cited = re.findall(r"<p>(.*?)</p>", html, re.S)
        for text, target, name in re.findall(
            r'([^>\]]+?) <a class="cite" href="([^"#]+)#(s[\d-]+)"', "".join(cited)
        ):
            article = (page.parent / target).read_text("utf-8")
            assert marked(article, name) == unescape(text.strip())
            sentences += 1
    assert stories and sentences > 0 and links > sentences
