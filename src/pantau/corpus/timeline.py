"""A timeline per story: its dated events in order, each with a cited summary.

Every event of the story's articles that carries a day or month date
becomes a timeline item, recalled ones included ("terakhir kali ... pada 16
Oktober 2023"); a main event takes the date most reports of its event
cluster give (one outlet's slip opens no entry of its own); plans dated
after the article's publication are left out until they happen.
Items of one date form one entry. A month-dated item folds into a
day-dated entry of that month that has an event of the same type sharing a
participant: "bulan lalu" and "27 November" then tell one occurrence once.
Only the stories touched by the new articles are rebuilt.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from pantau.corpus.summary import Candidate, summarize
from pantau.records import Article, Event, Span
from pantau.store import Store
from pantau.time.calendar import parse_day

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
AFTERMATH_DAYS = 2


@dataclass(frozen=True, slots=True)
class Item:
    """One dated event of one article, with its sentence."""

    date: str
    type: str
    people: frozenset[str]
    cluster: str | None
    candidate: Candidate


def update_timelines(store: Store, new_ids: list[str]) -> None:
    """Rebuild the timeline of every story a new article joined."""
    with store.transaction():
        for story in store.touched("story_cluster", new_ids):
            _rebuild(store, story)


def _rebuild(store: Store, story: str) -> None:
    rows = store.conn.execute(
        "SELECT a.record, a.event_cluster, c.date FROM articles a"
        " LEFT JOIN event_clusters c ON c.id = a.event_cluster WHERE a.story_cluster = ?",
        (story,),
    ).fetchall()
    items = [item for row in rows for item in story_items(Article.from_json(row[0]), row[1])]
    items = corroborated(items, {row[1]: row[2] for row in rows if row[2]})
    store.conn.execute("DELETE FROM timeline WHERE story = ?", (story,))
    store.conn.executemany(
        "INSERT INTO timeline (story, date, event, summary, articles, sentences)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(story, *entry) for entry in entries(items)],
    )


def story_items(article: Article, cluster: str | None) -> list[Item]:
    """The dated events of one article, each with the sentence that reports it."""
    items = []
    now = article.published or next((e.date for e in article.events if e.main), None)
    for index, event in enumerate(article.events):
        span = event_sentence(article, index)
        text = span.text(article) if span else (article.title if event.main else None)
        if not event.date or not _DATE.match(event.date) or not text:
            continue
        if not event.main and _after(event.date, now):
            continue
        candidate = Candidate(text, article.id, article.outlet, event.main, span)
        items.append(
            Item(event.date, event.type, _people(event), cluster if event.main else None, candidate)
        )
    return items


def corroborated(items: list[Item], dates: dict[str, str]) -> list[Item]:
    """Main items dated as their event cluster's reports date it (``corpus.dating``),
    recalled items as they are: one outlet's slip opens no entry of its own."""
    return [
        replace(item, date=dates[item.cluster]) if item.cluster in dates else item for item in items
    ]


def _after(date: str, now: str | None) -> bool:
    """Whether ``date`` lies after the article's own time (its publication, else its main
    event): a plan ("Senin pekan depan", "bulan depan"), not something that happened yet."""
    return bool(now) and date > now[: len(date)]


def event_sentence(article: Article, index: int) -> Span | None:
    """The span of the sentence of ``article.events[index]`` without the spaces around it;
    None when it has no words (a main event made from the lead, whose sentence is the title)."""
    spans = article.extra.get("event_sentences") or []
    span = spans[index] if index < len(spans) else None
    if not span or span[0] >= len(article.body):
        return None
    paragraph, start, end = span
    sentence = article.body[paragraph][start:end]
    words = sentence.strip()
    if not words:
        return None
    start += len(sentence) - len(sentence.lstrip())
    return Span(paragraph, start, start + len(words))


def _people(event: Event) -> frozenset[str]:
    return frozenset(name.split()[-1].lower() for name in event.participants if name.split())


def entries(items: list[Item]) -> list[tuple[str, str | None, str, str, str]]:
    """Timeline rows (date, event cluster, summary, articles JSON, sentences JSON), by date."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.date].append(item)
    _fold_months(groups)
    _fold_aftermath(groups)
    rows = []
    for when in sorted(groups):
        group = groups[when]
        summary = summarize([item.candidate for item in group])
        clusters = Counter(item.cluster for item in group if item.cluster)
        event = clusters.most_common(1)[0][0] if clusters else None
        rows.append(
            (
                when,
                event,
                summary.text,
                json.dumps(summary.articles, ensure_ascii=False),
                json.dumps(summary.sentences, ensure_ascii=False),
            )
        )
    return rows


def _fold_months(groups: dict[str, list[Item]]) -> None:
    for month in [when for when in groups if len(when) == 7]:
        days = [when for when in groups if len(when) == 10 and when.startswith(month)]
        kept = []
        for item in groups[month]:
            home = next((d for d in sorted(days) if _same_occurrence(item, groups[d])), None)
            if home is None:
                kept.append(item)
            else:
                groups[home].append(item)
        if kept:
            groups[month] = kept
        else:
            del groups[month]


def _fold_aftermath(groups: dict[str, list[Item]]) -> None:
    """Recalled items a day or two from a main occurrence join its entry: the reaction,
    the confirmation and the relayed report of that occurrence, not new ones."""
    mains = [parse_day(when) for when, group in groups.items() if any(i.cluster for i in group)]
    mains = sorted(day for day in mains if day is not None)
    for when in [d for d, group in groups.items() if not any(i.cluster for i in group)]:
        day = parse_day(when)
        near = [m for m in mains if day is not None and abs((m - day).days) <= AFTERMATH_DAYS]
        if day is not None and near:
            home = min(near, key=lambda m: (abs((m - day).days), m)).isoformat()
            groups[home].extend(groups.pop(when))


def _same_occurrence(item: Item, group: list[Item]) -> bool:
    return any(other.type == item.type and other.people & item.people for other in group)
