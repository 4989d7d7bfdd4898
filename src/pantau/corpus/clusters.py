"""Event clusters: articles from many outlets about the same occurrence, built incrementally.

A new article looks only at clusters found by blocking: clusters sharing one of
its keys (names, rare title words) whose day lies within a few days of its main
event's day. Among those, the one whose centroid is nearest in TF-IDF cosine,
with a small bonus for the same event type, takes it when the score clears
``JOIN``; otherwise it opens a cluster. Look-alikes (the same leaders calling
again two months later, a team's next match) have other days and never meet;
nor do two look-alike occurrences of one day whose main events name places
that have nothing in common (an earthquake in Maluku, one in Central Sulawesi).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pantau.corpus.profile import Profile, place_words, profile
from pantau.corpus.vectors import Vector, add_documents, cosine, dumps, loads, merge, weigh
from pantau.store import Store

JOIN = 0.3
JOIN_BY_GAP = (0.15, 0.3)
TYPE_BONUS = 0.1
GENERIC_TYPES = frozenset({"statement", "announcement", "other"})
WINDOW_DAYS = 3
MONTH_WINDOW_DAYS = 16
KEY_TERMS = 6
MAX_KEYS = 20
MAX_CANDIDATES = 200


@dataclass(slots=True)
class Cluster:
    id: str
    day: int | None
    exact: bool
    type: str
    size: int
    centroid: Vector
    places: list[str] = field(default_factory=list)


def cluster_events(store: Store, new_ids: list[str]) -> None:
    """Put each newly stored article into an event cluster (joined or new)."""
    profiles = [profile(article) for article in store.articles(new_ids)]
    profiles.sort(key=dated_first)
    with store.transaction():
        fresh = [p for p in profiles if _member_of(store, p.id) is None]
        add_documents(store, (p.terms for p in fresh))
        for item in profiles:
            cluster_id = _member_of(store, item.id) or _assign(store, item)
            store.conn.execute(
                "UPDATE articles SET event_cluster = ? WHERE id = ?", (cluster_id, item.id)
            )


def dated_first(item: Profile) -> tuple[bool, int, str]:
    """Dated articles first, by day: an undated report then finds its occurrence's cluster
    already there to join, rather than opening one the dated reports never see."""
    return (item.day is None, item.day or 0, item.id)


def _member_of(store: Store, article_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT cluster FROM cluster_members WHERE article = ?", (article_id,)
    ).fetchone()
    return row[0] if row else None


def blocking_keys(item: Profile, vector: Vector) -> list[str]:
    """An article's keys: its entity names, then its heaviest plain words."""
    words = sorted((t for t in vector if not t.startswith("e:")), key=lambda t: -vector[t])
    return list(dict.fromkeys([*item.keys[: MAX_KEYS - KEY_TERMS], *words[:KEY_TERMS]]))


def _assign(store: Store, item: Profile) -> str:
    vector = weigh(store, item.terms)
    keys = blocking_keys(item, vector)
    scored = [(score(item, vector, c), c) for c in _candidates(store, item, keys)]
    scored = [(s, c) for s, c in scored if s >= min(JOIN_BY_GAP)]
    if item.places:
        for _, cluster in scored:
            cluster.places = _places(store, cluster.id)
    scored = [(s, c) for s, c in scored if compatible(item, c, s)]
    if scored:
        best = max(scored, key=lambda pair: (pair[0], pair[1].id))[1]
        _join(store, best, item, vector, keys)
        return best.id
    return _open(store, item, vector, keys)


def score(item: Profile, vector: Vector, cluster: Cluster) -> float:
    bonus = TYPE_BONUS if item.type == cluster.type and item.type not in GENERIC_TYPES else 0.0
    return cosine(vector, cluster.centroid) + bonus


def compatible(item: Profile, cluster: Cluster, similarity: float) -> bool:
    """Whether the article's day and its likeness allow it to report the cluster's occurrence.

    Two exactly dated sides ask more likeness the more days lie between them:
    the same day little (look-alikes fall on other days), a next-day report
    more, two days apart (a summit's opening and its close) is another
    occurrence. Otherwise the day only bounds a window.
    """
    if places_conflict(item, cluster):
        return False
    if item.day is None or cluster.day is None:
        return similarity >= JOIN
    gap = abs(item.day - cluster.day)
    if item.exact and cluster.exact:
        return gap < len(JOIN_BY_GAP) and similarity >= JOIN_BY_GAP[gap]
    if item.date and len(item.date) == 7:
        return gap <= MONTH_WINDOW_DAYS and similarity >= JOIN
    return gap <= WINDOW_DAYS and similarity >= JOIN


def places_conflict(item: Profile, cluster: Cluster) -> bool:
    """Whether both sides name where their main event happened and no place matches.

    Two names match when, administrative words left out, the words of one are
    all in the other ("Kota Poso" and "Kabupaten Poso"), or when one side's
    place is among the other's names.
    """
    if not item.places or not cluster.places:
        return False
    if any(place in cluster.centroid for place in item.places):
        return False
    if any(place in item.keys for place in cluster.places):
        return False
    ours = [place_words(place) for place in item.places]
    theirs = [place_words(place) for place in cluster.places]
    return not any(a <= b or b <= a for a in ours for b in theirs if a and b)


def _candidates(store: Store, item: Profile, keys: list[str]) -> list[Cluster]:
    marks = ",".join("?" * len(keys))
    if item.day is None:
        sql = f"SELECT DISTINCT cluster FROM cluster_keys WHERE key IN ({marks}) LIMIT ?"
        params: tuple = (*keys, MAX_CANDIDATES)
    else:
        window = MONTH_WINDOW_DAYS if item.date and len(item.date) == 7 else WINDOW_DAYS
        sql = (
            f"SELECT DISTINCT cluster FROM cluster_keys WHERE key IN ({marks})"
            " AND day BETWEEN ? AND ? LIMIT ?"
        )
        params = (*keys, item.day - window, item.day + window, MAX_CANDIDATES)
    ids = [row[0] for row in store.conn.execute(sql, params)]
    return [_load(store, cluster_id) for cluster_id in ids]


def _load(store: Store, cluster_id: str) -> Cluster:
    row = store.conn.execute(
        "SELECT id, day, exact, type, size, terms FROM event_clusters WHERE id = ?", (cluster_id,)
    ).fetchone()
    return Cluster(row[0], row[1], bool(row[2]), row[3], row[4], loads(row[5]))


def _places(store: Store, cluster_id: str) -> list[str]:
    """The regions of the main events of a cluster's members (read only when needed)."""
    members = [
        row[0]
        for row in store.conn.execute(
            "SELECT article FROM cluster_members WHERE cluster = ?", (cluster_id,)
        )
    ]
    places = [place for article in store.articles(members) for place in profile(article).places]
    return list(dict.fromkeys(places))


def _open(store: Store, item: Profile, vector: Vector, keys: list[str]) -> str:
    digest = hashlib.sha1(item.id.encode("utf-8")).hexdigest()[:8]
    cluster_id = f"ev-{item.date or 'undated'}-{digest}"
    store.conn.execute(
        "INSERT INTO event_clusters (id, story, date, day, exact, type, size, terms)"
        " VALUES (?, NULL, ?, ?, ?, ?, 1, ?)",
        (cluster_id, item.date, item.day, int(item.exact), item.type, dumps(vector)),
    )
    _add_member(store, cluster_id, item, keys, item.day)
    return cluster_id


def _join(store: Store, cluster: Cluster, item: Profile, vector: Vector, keys: list[str]) -> None:
    centroid = merge(cluster.centroid, vector)
    store.conn.execute(
        "UPDATE event_clusters SET size = size + 1, terms = ? WHERE id = ?",
        (dumps(centroid), cluster.id),
    )
    if item.exact and not cluster.exact:
        store.conn.execute(
            "UPDATE event_clusters SET date = ?, day = ?, exact = 1 WHERE id = ?",
            (item.date, item.day, cluster.id),
        )
        store.conn.execute(
            "UPDATE cluster_keys SET day = ? WHERE cluster = ?", (item.day, cluster.id)
        )
    known = {
        row[0]
        for row in store.conn.execute(
            "SELECT key FROM cluster_keys WHERE cluster = ?", (cluster.id,)
        )
    }
    day = item.day if item.exact or cluster.day is None else cluster.day
    _add_member(store, cluster.id, item, [k for k in keys if k not in known], day)


def _add_member(
    store: Store, cluster_id: str, item: Profile, keys: list[str], day: int | None
) -> None:
    store.conn.execute(
        "INSERT INTO cluster_members (article, cluster) VALUES (?, ?)", (item.id, cluster_id)
    )
    store.conn.executemany(
        "INSERT INTO cluster_keys (key, cluster, day) VALUES (?, ?, ?)",
        [(key, cluster_id, day) for key in keys],
    )
