"""Stories: event clusters chained into running threads, incrementally.

An article whose event cluster already belongs to a story joins that story. An
article that opened a cluster looks for a story through blocking: for each of
its keys, the few stories that used the key nearest in time. A story takes it
when the article's TF-IDF cosine to the story centroid, less a penalty for the
time between the article's events (recalled ones count, so an article that
looks back bridges a long gap) and the story's span, clears ``JOIN``, unless
the article's main event happened in places the story never names, not even
by their province (a quake in Maluku does not continue a story of quakes in
Central Sulawesi).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from pantau.corpus.clusters import GENERIC_TYPES, blocking_keys, dated_first
from pantau.corpus.profile import Profile, place_words, profile
from pantau.corpus.vectors import Vector, cosine, dumps, loads, merge, weigh
from pantau.store import Store

JOIN = 0.2
KIND_BONUS = 0.1
GAP_PENALTY = 0.1
GAP_SCALE_DAYS = 180
PER_KEY = 30


@dataclass(slots=True)
class StoryProfile:
    id: str
    first_day: int | None
    last_day: int | None
    centroid: Vector
    kind: str | None = None


def assign_stories(store: Store, new_ids: list[str]) -> None:
    """Give each newly clustered article (and its cluster) a story."""
    profiles = [profile(article) for article in store.articles(new_ids)]
    profiles.sort(key=dated_first)
    provinces = _provinces_by_cluster(store, profiles)
    with store.transaction():
        for item in profiles:
            cluster_id, story_id = store.conn.execute(
                "SELECT c.id, c.story FROM cluster_members m JOIN event_clusters c"
                " ON c.id = m.cluster WHERE m.article = ?",
                (item.id,),
            ).fetchone()
            vector = weigh(store, item.terms)
            keys = blocking_keys(item, vector)
            if story_id is None:
                whole = _cluster_terms(store, cluster_id)
                found = _find(store, item, whole, keys, provinces[cluster_id])
                story_id = found or _open(store, item)
                store.conn.execute(
                    "UPDATE event_clusters SET story = ? WHERE id = ?", (story_id, cluster_id)
                )
            _grow(store, story_id, item, vector, [*keys, *item.provinces])
            store.conn.execute(
                "UPDATE articles SET story_cluster = ? WHERE id = ?", (story_id, item.id)
            )


def _provinces_by_cluster(store: Store, profiles: list[Profile]) -> dict[str, set[str]]:
    """The provinces this run's reports of each occurrence name, all of them together:
    one report may say "Kabupaten Malang" and another "Kabupaten Malang, Jawa Timur"."""
    found: dict[str, set[str]] = {}
    for item in profiles:
        row = store.conn.execute(
            "SELECT cluster FROM cluster_members WHERE article = ?", (item.id,)
        )
        found.setdefault(row.fetchone()[0], set()).update(item.provinces)
    return found


def _cluster_terms(store: Store, cluster_id: str) -> Vector:
    """The event cluster's centroid: all its reports of this run speak for it, so a thread
    is judged on the occurrence, not on its first report's wording."""
    row = store.conn.execute("SELECT terms FROM event_clusters WHERE id = ?", (cluster_id,))
    return loads(row.fetchone()[0])


def gap(days: list[int], story: StoryProfile) -> int:
    """Days between the nearest of the article's event days and the story's span."""
    if not days or story.first_day is None or story.last_day is None:
        return 0
    return min(max(story.first_day - day, day - story.last_day, 0) for day in days)


def likeness(item: Profile, vector: Vector, story: StoryProfile) -> float:
    """The article's score with the story before the kind bonus: cosine to the story
    centroid less the gap penalty."""
    days = item.event_days or ([item.day] if item.day is not None else [])
    penalty = GAP_PENALTY * min(gap(days, story) / GAP_SCALE_DAYS, 1.0)
    return cosine(vector, story.centroid) - penalty


def story_score(item: Profile, vector: Vector, story: StoryProfile) -> float:
    """The likeness plus a bonus when the story's occurrences are mostly of the article's
    own specific kind (a second leader killed, another match)."""
    same_kind = item.type == story.kind and item.type not in GENERIC_TYPES
    return likeness(item, vector, story) + (KIND_BONUS if same_kind else 0.0)


def elsewhere(item: Profile, story: StoryProfile, same_province: set[str]) -> bool:
    """Whether the article's main event has places and the story names none of them.

    A place is named when, administrative words left out, the story has a name
    whose words contain all of its words or are all in it ("Kota Poso" and
    "Kabupaten Poso"). Stories in ``same_province`` name a province the
    occurrence's reports name too, which holds the places of both: a quake in
    one regency of East Java may continue a story of quakes in another.
    """
    if not item.places or story.id in same_province:
        return False
    names = [place_words(key) for key in story.centroid if key.startswith("e:")]
    for place in item.places:
        words = place_words(place)
        if any(words <= name or name <= words for name in names if name):
            return False
    return True


def _find(
    store: Store, item: Profile, vector: Vector, keys: list[str], provinces: set[str]
) -> str | None:
    candidates = _load_all(store, _candidate_ids(store, item, keys))
    same_province = set(_candidate_ids(store, item, sorted(provinces))) if item.places else set()
    scored = []
    for story in candidates:
        if elsewhere(item, story, same_province) or not _may_join(item, vector, story):
            continue
        story.kind = _kind(store, story.id)
        scored.append((story_score(item, vector, story), story.id))
    scored = [pair for pair in scored if pair[0] >= JOIN]
    return max(scored)[1] if scored else None


def _may_join(item: Profile, vector: Vector, story: StoryProfile) -> bool:
    """Whether the story could clear ``JOIN`` with the kind bonus; only then is its kind
    read. At a million articles an article's keys find dozens of unlike stories, and
    reading the kind of each was a third of the stage."""
    return likeness(item, vector, story) + KIND_BONUS >= JOIN


def _candidate_ids(store: Store, item: Profile, keys: list[str]) -> list[str]:
    """For each key, the stories that used it nearest in time to the article.

    Nearest, not latest: an article about an older occurrence that arrives after
    the story has moved on still finds it.
    """
    found: dict[str, None] = {}
    for key in keys:
        if item.day is None:
            rows = store.conn.execute(
                "SELECT story FROM story_keys WHERE key = ? ORDER BY day DESC LIMIT ?",
                (key, PER_KEY),
            )
        else:
            rows = store.conn.execute(
                "SELECT story FROM story_keys WHERE key = ?"
                " ORDER BY abs(coalesce(day, ?) - ?) LIMIT ?",
                (key, item.day, item.day, PER_KEY),
            )
        found.update((row[0], None) for row in rows)
    return list(found)


def _load(store: Store, story_id: str) -> StoryProfile:
    row = store.conn.execute(
        "SELECT id, first_day, last_day, terms FROM story_profiles WHERE id = ?", (story_id,)
    ).fetchone()
    return StoryProfile(row[0], row[1], row[2], loads(row[3]))


def _load_all(store: Store, story_ids: list[str]) -> list[StoryProfile]:
    """The candidate stories in one query per 500: at a million articles an article
    has dozens, and a statement each was a fifth of the stage."""
    found = []
    for start in range(0, len(story_ids), 500):
        chunk = story_ids[start : start + 500]
        rows = store.conn.execute(
            "SELECT id, first_day, last_day, terms FROM story_profiles"
            f" WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found += [StoryProfile(row[0], row[1], row[2], loads(row[3])) for row in rows]
    return found


def _kind(store: Store, story_id: str) -> str | None:
    """The kind most of the story's occurrences are of."""
    row = store.conn.execute(
        "SELECT type FROM event_clusters WHERE story = ? GROUP BY type"
        " ORDER BY count(*) DESC, type LIMIT 1",
        (story_id,),
    ).fetchone()
    return row[0] if row else None


def _open(store: Store, item: Profile) -> str:
    digest = hashlib.sha1(item.id.encode("utf-8")).hexdigest()[:8]
    story_id = f"st-{item.date or 'undated'}-{digest}"
    store.conn.execute(
        "INSERT INTO story_profiles (id, first_day, last_day, size, terms)"
        " VALUES (?, ?, ?, 0, '{}')",
        (story_id, item.day, item.day),
    )
    return story_id


def _grow(store: Store, story_id: str, item: Profile, vector: Vector, keys: list[str]) -> None:
    """Add the article to its story's centroid, span, keys and the ``stories`` table."""
    story = _load(store, story_id)
    days = [d for d in (story.first_day, story.last_day, item.day) if d is not None]
    first, last = (min(days), max(days)) if days else (None, None)
    store.conn.execute(
        "UPDATE story_profiles SET first_day = ?, last_day = ?, size = size + 1, terms = ?"
        " WHERE id = ?",
        (first, last, dumps(merge(story.centroid, vector)), story_id),
    )
    for key in keys:
        updated = store.conn.execute(
            "UPDATE story_keys SET day = max(coalesce(day, 0), ?) WHERE key = ? AND story = ?",
            (item.day or 0, key, story_id),
        ).rowcount
        if not updated:
            store.conn.execute(
                "INSERT INTO story_keys (key, story, day) VALUES (?, ?, ?)",
                (key, story_id, item.day),
            )
    _write_story_row(store, story_id, first, last, item)


def _write_story_row(
    store: Store, story_id: str, first: int | None, last: int | None, item: Profile
) -> None:
    first_date = date.fromordinal(first).isoformat() if first else None
    last_date = date.fromordinal(last).isoformat() if last else None
    label = store.conn.execute("SELECT label FROM stories WHERE id = ?", (story_id,)).fetchone()
    title = label[0] if label else _title(store, item.id)
    store.conn.execute(
        "INSERT INTO stories (id, label, first_date, last_date) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET first_date = excluded.first_date,"
        " last_date = excluded.last_date",
        (story_id, title, first_date, last_date),
    )


def _title(store: Store, article_id: str) -> str | None:
    row = store.conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None
