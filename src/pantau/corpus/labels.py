"""Labels a reader understands: events by who did what to whom and where, stories by
what their events share, articles without a headline by their lead sentence.

Everything is a pure function of the main events' facts; the words that join a
label ("dan", "di", a type's noun) come from ``lang/<code>/label_*`` tables. The
place is the event's place of occurrence, never the dateline the outlet wrote
from, nor a name that is only the outlet or an all-capitals byline.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pantau.corpus.compare import subject_key
from pantau.events.lexicon import lexicon
from pantau.lang import available, mapping, rows, words

_SLOT = re.compile(r"\{(\w+)\}")
_LEAD_DATELINE = re.compile(
    r"^(?:[^|~\n]{1,40}\s[|~]\s)+"
    r"|^(?:\s*(?:[A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+)*|[\w-]+(?:\.[A-Za-z]{2,})+)\s*[,|—–~-]\s*)+"
)
TYPE_ORDER = {"PER": 0, "ORG": 1}
MAX_OTHERS = 1
STORY_NAMES = 3
TITLE_CHARS = 90


@dataclass(frozen=True, slots=True)
class MainFacts:
    """One article's main event with what naming it needs from the article."""

    type: str
    trigger: str
    participants: list[str]
    place: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    language: str = "id"
    types: dict[str, str] = field(default_factory=dict)


def _lang(code: str | None) -> str:
    return code if code in available() else "id"


def _not_a_party(name: str, fact: MainFacts) -> bool:
    """The dateline, the outlet's own name, an all-capitals byline or header."""
    key = subject_key(name)
    outlet = subject_key((fact.outlet or "").split(".")[0])
    return key in {subject_key(fact.dateline or ""), outlet} or name.isupper() or not key


def parties(fact: MainFacts) -> list[str]:
    """The participants worth naming, people and organisations first, in text order."""
    kept = [p for p in fact.participants if not _not_a_party(p, fact) and p != place(fact)]
    return sorted(kept, key=lambda p: TYPE_ORDER.get(fact.types.get(p, ""), 2))


def place(fact: MainFacts) -> str | None:
    """Where the event happened, if the record knows and it is not the dateline."""
    if fact.place and not _not_a_party(fact.place, fact):
        return fact.place
    return None


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _type(types: list[str], lang: str) -> str:
    """The most reported and most specific type (count times the type's rank)."""
    ranks = lexicon(lang).ranks
    counts = Counter(types)
    return max(counts, key=lambda t: (counts[t] * ranks.get(t, 1), counts[t]))


def _names(groups: list[list[str]], kinds: dict[str, str]) -> list[str]:
    """Names by how many groups give them, then by position; the most given spelling
    shown (the fullest on a tie).

    A person is one name by surname ("Putin", "Vladimir Putin"); a name inside
    a name already kept ("Indonesia" after "Timnas Indonesia") is left out.
    """
    count: Counter[str] = Counter()
    first: dict[str, float] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for group in groups:
        for position, name in enumerate(group):
            key = subject_key(name, kinds.get(name))
            count[key] += 1
            first[key] = min(first.get(key, position), position)
            spellings[key][name] += 1
    shown = {k: max(c, key=lambda n: (c[n], len(n))) for k, c in spellings.items()}
    ranked = sorted(count, key=lambda k: (-count[k], first[k]))
    kept: list[str] = []
    for key in ranked:
        if not any(f" {key} " in f" {o} " or f" {o} " in f" {key} " for o in kept):
            kept.append(key)
    return [shown[k] for k in kept]


def _kinds(facts: list[MainFacts]) -> dict[str, str]:
    return {name: kind for f in facts for name, kind in f.types.items()}


def _joined(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {mapping(lang, 'label_words.tsv')['and']} {names[-1]}"


def _is_verb(trigger: str, lang: str) -> bool:
    head = trigger.split(" ", 1)[0].lower()
    return any(
        head.startswith(p) and len(head) > len(p) + 2
        for p in words(lang, "label_verb_prefixes.txt")
    )


def _fill(event_type: str, slots: dict[str, str], lang: str) -> str:
    """The first template of the type (else ``*``) whose form and slots fit."""
    form = "verb" if _is_verb(slots.get("trigger", ""), lang) else "noun"
    for kind, wanted, template in rows(lang, "label_templates.tsv"):
        if kind in (event_type, "*") and wanted in (form, "any"):
            needed = _SLOT.findall(template)
            if all(slots.get(name) for name in needed):
                return template.format(**slots)
    return slots["type"]


def event_label(facts: list[MainFacts]) -> str:
    """'Vladimir Putin menelepon Benjamin Netanyahu di Moskow': the event as its
    articles' main events report it, each part by majority."""
    lang = _lang(_most_common(f.language for f in facts))
    event_type = _type([f.type for f in facts], lang)
    typed = [f for f in facts if f.type == event_type]
    names = _names([parties(f) for f in typed], _kinds(typed))
    trigger = _most_common(f.trigger.lower() for f in typed) or ""
    slots = {
        "type": mapping(lang, "label_types.tsv").get(event_type) or trigger.capitalize(),
        "trigger": trigger,
        "who": names[0] if names else "",
        "whom": _joined(names[1 : 1 + MAX_OTHERS], lang),
    }
    label = _fill(event_type, slots, lang)
    where = _most_common(place(f) for f in typed)
    if where and where not in label:
        label = mapping(lang, "label_words.tsv")["place"].format(label=label, place=where)
    return label


def story_label(events: list[list[MainFacts]]) -> str | None:
    """The thread: the type most of its articles report, and the names that recur
    across its events (else the names of the events of that type)."""
    events = [event for event in events if event]
    facts = [f for event in events for f in event]
    if not facts:
        return None
    lang = _lang(_most_common(f.language for f in facts))
    types = [_type([f.type for f in event], lang) for event in events]
    weighted = [t for t, event in zip(types, events, strict=True) for _ in event]
    event_type = _type(weighted, lang)
    groups = [list(dict.fromkeys(n for f in event for n in parties(f))) for event in events]
    kinds = _kinds(facts)
    recurring = [n for n in _names(groups, kinds) if _groups_with(n, groups, kinds) > 1]
    own = [g for g, t in zip(groups, types, strict=True) if t == event_type]
    names = (recurring or _names(own, kinds))[:STORY_NAMES]
    noun = mapping(lang, "label_types.tsv").get(event_type, event_type)
    template = mapping(lang, "label_words.tsv")["story"]
    return template.format(type=noun, names=_joined(names, lang)).strip()


def _groups_with(name: str, groups: list[list[str]], kinds: dict[str, str]) -> int:
    key = subject_key(name, kinds.get(name))
    return sum(any(subject_key(n, kinds.get(n)) == key for n in group) for group in groups)


def derived_title(body: list[str], limit: int = TITLE_CHARS) -> str | None:
    """A headline stand-in: the lead sentence without its dateline, cut at a word."""
    lead = _LEAD_DATELINE.sub("", body[0]).strip() if body else ""
    if not lead:
        return None
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", lead, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def main_facts(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, MainFacts]:
    """The main event facts of stored articles, with the types of their entity names."""
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    types: dict[str, dict[str, str]] = {}
    for row in conn.execute(
        f"SELECT article_id, name, type, aliases FROM mentions WHERE article_id IN ({marks})",
        article_ids,
    ):
        for name in (row[1], *json.loads(row[3])):
            types.setdefault(row[0], {})[name] = row[2]
    facts = conn.execute(
        "SELECT e.article_id, e.type, e.trigger, e.participants, e.place, a.dateline, a.outlet,"
        " a.language FROM events e JOIN articles a ON a.id = e.article_id"
        f" WHERE e.main = 1 AND e.article_id IN ({marks})",
        article_ids,
    )
    return {
        r[0]: MainFacts(r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], types.get(r[0], {}))
        for r in facts
    }


def cluster_labels(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The label of each event cluster among ``ids``."""
    grouped = _grouped(conn, "event_cluster", ids)
    return {
        key: event_label([f for facts in events.values() for f in facts])
        for key, events in grouped.items()
        if events
    }


def story_labels(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str | None]:
    """The label of each story among ``ids``, from its event clusters' main events."""
    grouped = _grouped(conn, "story_cluster", ids)
    return {key: story_label(list(events.values())) for key, events in grouped.items()}


def _grouped(
    conn: sqlite3.Connection, column: str, ids: list[str]
) -> dict[str, dict[str, list[MainFacts]]]:
    """key -> event cluster -> its articles' main facts, for the articles whose
    ``column`` (event_cluster or story_cluster) is one of ``ids``."""
    marks = ",".join("?" * len(ids))
    pairs = conn.execute(
        f"SELECT id, {column}, coalesce(event_cluster, id) FROM articles"
        f" WHERE {column} IN ({marks})",
        ids,
    ).fetchall()
    facts = main_facts(conn, [r[0] for r in pairs])
    grouped: dict[str, dict[str, list[MainFacts]]] = {key: {} for key in ids}
    for article_id, key, cluster in pairs:
        if article_id in facts:
            grouped[key].setdefault(cluster, []).append(facts[article_id])
    return grouped
