"""Labels a reader understands: events by who did what to whom and where, stories by
what their events share, articles without a headline by their lead sentence.

Everything is a pure function of the main events' facts; the words that join a
label ("dan", "di", a type's noun) and which entity types may fill its slots
(``label_slots.tsv``) come from ``lang/<code>/label_*`` tables. Each part is
weighed across the cluster's articles, so one outlet's cut span, aside or quoted
agency does not name the event. The place is the event's place of occurrence,
never the dateline the outlet wrote from, nor a name that is only the outlet or
an all-capitals byline.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from pantau.corpus.compare import subject_key
from pantau.events.lexicon import lexicon
from pantau.lang import available, mapping, rows, words

_SLOT = re.compile(r"\{(\w+)\}")
_LEAD_DATELINE = re.compile(
    r"^(?:[^|~\n]{1,40}\s[|~]\s)+"
    r"|^(?:\s*(?:[A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+)*|[\w-]+(?:\.[A-Za-z]{2,})+)\s*[,|—–~-]\s*)+"
)
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
    speakers: list[str] = field(default_factory=list)
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Slots:
    """Which entity types name an event type's parties and how its place is read
    (one row of ``label_slots.tsv``)."""

    tiers: tuple[frozenset[str], ...]
    others: tuple[frozenset[str], ...]
    count: int
    quoted: str
    where: str
    region: bool
    mentions: bool


@dataclass(frozen=True, slots=True)
class Reading:
    """One event cluster as its articles' main events report it, each part weighed
    across the articles."""

    lang: str
    type: str
    articles: int
    rules: Slots
    names: list[str]
    kinds: dict[str, str]
    place: str | None
    region: str | None
    trigger: str
    title: str | None

    def slots(self) -> tuple[str, list[str]]:
        return _pick(self.names, self.kinds, self.rules, self.rules.count)

    def parties(self) -> list[str]:
        who, others = self.slots()
        return [who, *others] if who else others


def _lang(code: str | None) -> str:
    return code if code in available() else "id"


@cache
def _slots(lang: str, event_type: str) -> Slots:
    """The slot row of a type, else the default row ``*``."""
    table = {row[0]: row[1:] for row in rows(lang, "label_slots.tsv")}
    parties, count, speaker, where, region, mentions = table.get(event_type, table["*"])
    who, _, others = parties.partition("|")
    return Slots(
        _tiers(who),
        _tiers(others or who),
        int(count),
        speaker,
        where,
        region == "yes",
        mentions == "yes",
    )


def _tiers(cell: str) -> tuple[frozenset[str], ...]:
    """A cell's tiers: "PER;ORG,LOC" is people, else organisations or places; "-" none."""
    return tuple(frozenset(tier.split(",")) for tier in cell.split(";") if tier != "-")


def _not_a_party(name: str, fact: MainFacts) -> bool:
    """The dateline, the outlet's own name or a news medium it cites, an all-capitals
    byline or header."""
    key = subject_key(name)
    outlet = subject_key((fact.outlet or "").split(".")[0])
    own = {subject_key(fact.dateline or ""), outlet}
    return key in own or key in _media(_lang(fact.language)) or name.isupper() or not key


@cache
def _media(lang: str) -> frozenset[str]:
    """News media an article may cite ("Sky News"): a source, not a party."""
    return frozenset(subject_key(name) for name in words(lang, "relay_media.txt"))


def place(fact: MainFacts) -> str | None:
    """Where the event happened, if the record knows and it is not the dateline."""
    if fact.place and not _not_a_party(fact.place, fact):
        return fact.place
    return None


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _type(types: list[str], lang: str) -> str:
    """The most reported and most specific type (count times the type's rank), among
    the types a third of the articles report: one article's aside ("the US
    election" in a GDP report) does not name the event."""
    ranks = lexicon(lang).ranks
    counts = Counter(types)
    top = max(counts.values())
    backed = [t for t in counts if counts[t] * 3 >= len(types) or counts[t] == top]
    return max(backed, key=lambda t: (counts[t] * ranks.get(t, 1), counts[t]))


def _kinds(facts: list[MainFacts]) -> dict[str, str]:
    """Each name's entity type by majority over the articles, as taggers differ."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in facts:
        for name, kind in fact.types.items():
            votes[name][kind] += 1
    return {name: count.most_common(1)[0][0] for name, count in votes.items()}


def _key(name: str, kinds: dict[str, str]) -> str:
    return subject_key(name, kinds.get(name))


def _within(name: str, other: str, kinds: dict[str, str]) -> bool:
    """One name is the other or a whole-word part of it ("Indonesia", "Timnas Indonesia")."""
    one, two = f" {_key(name, kinds)} ", f" {_key(other, kinds)} "
    return one in two or two in one


@cache
def _expansions(lang: str) -> dict[str, str]:
    """Organisation abbreviations to their full names ("BPS" -> "Badan Pusat Statistik")."""
    return {r[0]: r[1] for r in rows(lang, "entity_abbreviations.tsv") if r[2:3] == ("ORG",)}


def _full_names(kinds: dict[str, str], lang: str) -> dict[str, str]:
    """Cut spans to the organisation they were cut from: "Pusat Statistik" is a strict
    suffix of "Badan Pusat Statistik", a longer name in the cluster or the expansion
    of an abbreviation the cluster gives, opened by an organisation head word."""
    heads = set(words(lang, "entity_org_heads.txt"))
    full = {n for n, k in kinds.items() if k == "ORG"} | {
        _expansions(lang)[n] for n in kinds if n in _expansions(lang)
    }
    full = {n for n in full if n.split()[0].lower() in heads}
    cut: dict[str, str] = {}
    for name, kind in kinds.items():
        longer = [f for f in full if f.endswith(f" {name}")]
        if longer and kind != "LOC" and " " in name:
            cut[name] = min(longer, key=len)
    return cut


def _given(fact: MainFacts, rules: Slots) -> list[str]:
    """The names an article's main event gives a part, with its quote sources when
    the source is the actor (a statement)."""
    names = [p for p in fact.participants if not _not_a_party(p, fact)]
    return names + fact.speakers if rules.quoted == "actor" else names


def _ranked(groups: list[list[str]], kinds: dict[str, str]) -> list[tuple[str, int]]:
    """Names by how many groups give them, then by position, with that count; the
    most given spelling shown (the fullest on a tie).

    A person is one name by surname ("Putin", "Vladimir Putin"); a name inside
    a name of the same type ("Mahkamah Internasional", "Mahkamah Internasional
    ICJ") is one name with it, shown in full, while "Indonesia" and "Timnas
    Indonesia" stay two.
    """
    given: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for index, group in enumerate(groups):
        for position, name in enumerate(dict.fromkeys(group)):
            key = _key(name, kinds)
            given[key].add(index)
            first[key] = min(first.get(key, position), position)
            spellings[key][name] += 1
    shown = {k: max(c, key=lambda n: (c[n], len(n))) for k, c in spellings.items()}
    kept: dict[str, set[int]] = {}
    for key in sorted(given, key=lambda k: (-len(given[k]), first[k])):
        same = [o for o in kept if _nested(shown[key], shown[o], kinds)]
        into = same[0] if same else key
        kept[into] = kept.get(into, set()) | given[key]
        shown[into] = _spelling(shown[into], shown[key], kinds)
    order = sorted(kept, key=lambda k: (-len(kept[k]), first[k]))
    return [(shown[k], len(kept[k])) for k in order]


def _spelling(one: str, two: str, kinds: dict[str, str]) -> str:
    """The fuller of two spellings of one party, but not a name glued to an acronym
    the cluster knows ("Mahkamah Internasional ICJ")."""
    short, long = sorted((one, two), key=len)
    rest = long[len(short) + 1 :]
    glued = long.startswith(f"{short} ") and rest.isupper() and rest in kinds
    return short if glued else long


def _nested(name: str, other: str, kinds: dict[str, str]) -> bool:
    """One party under two spellings; two places, one inside the other's name, stay
    two ("Jakarta", "Jakarta Barat"; "Bahrain", "Stadion Nasional Bahrain")."""
    kind = kinds.get(name)
    return kind == kinds.get(other) != "LOC" and _within(name, other, kinds)


def _pick(
    names: list[str], kinds: dict[str, str], rules: Slots, count: int
) -> tuple[str, list[str]]:
    """Up to ``count`` names: the first slot's by its tiers (empty when none fits),
    the others' by theirs."""
    who = _fill_tiers([], names, kinds, rules.tiers, min(count, 1))
    picked = _fill_tiers(who, names, kinds, rules.others, count - 1 + len(who))
    return (picked[0], picked[1:]) if who else ("", picked)


def _fill_tiers(
    picked: list[str],
    names: list[str],
    kinds: dict[str, str],
    tiers: tuple[frozenset[str], ...],
    count: int,
) -> list[str]:
    """Fill up to ``count`` names tier by tier: a later tier only fills the slots an
    earlier one left, so people come first when people are present. A name and a
    name inside it are one party, shown in full ("United", "Bali United")."""
    picked = list(picked)
    for tier in tiers:
        for name in (n for n in names if kinds.get(n) in tier):
            same = [i for i, other in enumerate(picked) if _within(name, other, kinds)]
            if same and _fuller(name, picked[same[0]], kinds):
                picked[same[0]] = name
            elif not same and len(picked) < count:
                picked.append(name)
    return picked


def _fuller(name: str, other: str, kinds: dict[str, str]) -> bool:
    """A longer spelling of a party, unless both are places ("Jakarta Barat" is not
    a fuller "Jakarta")."""
    places = kinds.get(name) == kinds.get(other) == "LOC"
    return len(name) > len(other) and not places


def _reporter(
    name: str, kinds: dict[str, str], speakers: set[str], share: float, quoted: str
) -> bool:
    """A quoted name that is not a party: an organisation few main events give a part
    (the agency reporting a quake), or anyone quoted where the parties are not the
    ones who speak (the leader thanking captors for a hostage's release)."""
    if quoted == "actor" or _key(name, kinds) not in speakers:
        return False
    return quoted == "source" or (kinds.get(name) == "ORG" and share < 0.5)


def _same_place(name: str, where: str, lang: str) -> bool:
    """The name is the place, maybe with or without its administrative word
    ("Kabupaten Malang", "Malang"); "Bahrain" is not "Stadion Nasional Bahrain"."""
    return _bare(name, lang) == _bare(where, lang)


def _bare(name: str, lang: str) -> str:
    key = subject_key(name).split()
    while len(key) > 1 and key[0] in words(lang, "event_region_words.txt"):
        key = key[1:]
    return " ".join(key)


def _candidates(
    facts: list[MainFacts],
    rules: Slots,
    ranked: list[tuple[str, int]],
    kinds: dict[str, str],
    places: tuple[str | None, ...],
    lang: str,
) -> list[str]:
    """The names a third of the articles give a part, neither a place of the event
    nor (unless the source is the actor) a reporter."""
    speakers = {_key(s, kinds) for f in facts for s in f.speakers}
    n = len(facts)
    return [
        name
        for name, count in ranked
        if count * 3 >= n
        and not any(_same_place(name, p, lang) for p in places if p)
        and not _reporter(name, kinds, speakers, count / n, rules.quoted)
    ]


def _everywhere(
    facts: list[MainFacts], kinds: dict[str, str], known: list[str | None]
) -> list[str]:
    """The names every article of a cluster of two or more mentions, other than the
    names and places already read: the two sides of a match whose main events name
    only a player."""
    if len(facts) < 2:
        return []
    mentioned = [{_key(n, kinds) for n in f.types if not _not_a_party(n, f)} for f in facts]
    common = set.intersection(*mentioned)
    names = dict.fromkeys(n for n in facts[0].types if _key(n, kinds) in common)
    return [n for n in names if not any(_within(n, k, kinds) for k in known if k)]


def _where(
    facts: list[MainFacts],
    event_type: str,
    rules: Slots,
    ranked: list[tuple[str, int]],
    kinds: dict[str, str],
) -> str | None:
    """The place of occurrence by majority of the articles that report the event's
    type, or (see ``label_slots.tsv``) the most named place."""
    occurrence = _most_common(place(f) for f in facts if f.type == event_type)
    if rules.where == "party" or (rules.where == "either" and not occurrence):
        return next((n for n, _ in ranked if kinds.get(n) == "LOC"), occurrence)
    return occurrence


def _region(
    facts: list[MainFacts], where: str | None, kinds: dict[str, str], lang: str
) -> str | None:
    """The province most articles name, unless the place is one or lies in its name."""
    provinces = set(words(lang, "event_provinces.txt"))
    if where and subject_key(where) in provinces:
        return None
    named = (
        n
        for f in facts
        for n in f.participants
        if subject_key(n) in provinces and not _not_a_party(n, f)
    )
    return _most_common(n for n in named if not where or not _within(n, where, kinds))


def _read(facts: list[MainFacts], thread: str | None = None) -> Reading:
    """Weigh a cluster's main events: type, candidate parties, place and trigger. An
    event of a story whose thread type some of its articles report is read as that
    type (a ruling to halt an attack is a ruling, though most articles say "attack")."""
    lang = _lang(_most_common(f.language for f in facts))
    types = [f.type for f in facts]
    event_type = thread if thread in types else _type(types, lang)
    rules = _slots(lang, event_type)
    kinds, groups = _named(facts, rules, lang)
    ranked = _ranked(groups, kinds)
    where = _where(facts, event_type, rules, ranked, kinds)
    region = _region(facts, where, kinds, lang) if rules.region else None
    names = _candidates(facts, rules, ranked, kinds, (where, region), lang)
    if rules.mentions:
        names += _everywhere(facts, kinds, [*names, where, region])
    trigger = _most_common(f.trigger.lower() for f in facts if f.type == event_type) or ""
    title = _most_common(f.title for f in facts)
    return Reading(lang, event_type, len(facts), rules, names, kinds, where, region, trigger, title)


def _named(
    facts: list[MainFacts], rules: Slots, lang: str
) -> tuple[dict[str, str], list[list[str]]]:
    """The cluster's name types and, per article, the names given a part, each cut
    span put back in full."""
    kinds = _kinds(facts)
    full = _full_names(kinds, lang)
    kinds |= {name: "ORG" for name in full.values()}
    return kinds, [[full.get(n, n) for n in _given(f, rules)] for f in facts]


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


def _at(label: str, where: str | None, region: str | None, lang: str) -> str:
    """The label with its place ("di Kabupaten Malang, Jawa Timur")."""
    table = mapping(lang, "label_words.tsv")
    if where and region:
        where = table["region"].format(place=where, region=region)
    where = where or region
    if not where or where in label:
        return label
    return table["place"].format(label=label, place=where)


def event_label(facts: list[MainFacts], thread: str | None = None) -> str:
    """'Vladimir Putin menelepon Benjamin Netanyahu di Moskow': the event as its
    articles' main events report it, each part by majority; a type that takes
    parties but has neither a party nor a place reads as its articles' title."""
    return _text(_read(facts, thread))


def _text(reading: Reading) -> str:
    """An event reading in words, by the first template its slots fit."""
    who, others = reading.slots()
    if not who and not others and reading.rules.count and not reading.place and reading.title:
        return reading.title
    slots = {
        "type": _noun(reading.type, reading.lang) or reading.trigger.capitalize(),
        "trigger": reading.trigger,
        "who": who,
        "whom": _joined(others, reading.lang),
    }
    label = _fill(reading.type, slots, reading.lang)
    return _at(label, reading.place, reading.region, reading.lang)


def _noun(event_type: str, lang: str) -> str | None:
    return mapping(lang, "label_types.tsv").get(event_type)


def story_label(events: list[list[MainFacts]]) -> str | None:
    """The thread: the type most of its articles report, the names a majority of its
    events share (else the parties of its events of that type), and for a disaster
    the province its events share; with none of these, its largest event's label."""
    story_type = _thread(events)
    if story_type is None:
        return None
    readings = [_read(event, story_type) for event in events if event]
    lang = _lang(_most_common(r.lang for r in readings))
    rules = _slots(lang, story_type)
    kinds = {k: v for r in readings for k, v in r.kinds.items()}
    names = _shared(readings, kinds, rules) or _own(readings, story_type)
    region = _most_common(r.region for r in readings) if rules.region else None
    if not names and not region:
        return _text(max(readings, key=lambda r: r.articles))
    noun = _noun(story_type, lang) or story_type
    label = mapping(lang, "label_words.tsv")["story"].format(type=noun, names=_joined(names, lang))
    return _at(label.strip(), None, region, lang)


def _thread(events: list[list[MainFacts]]) -> str | None:
    """The type most of a story's articles report, each event counted as its own type."""
    readings = [_read(event) for event in events if event]
    if not readings:
        return None
    lang = _lang(_most_common(r.lang for r in readings))
    return _type([r.type for r in readings for _ in range(r.articles)], lang)


def _shared(readings: list[Reading], kinds: dict[str, str], rules: Slots) -> list[str]:
    """The names a majority of the story's events (two at least) give a part."""
    groups = [r.names for r in readings]
    need = max(2, (len(groups) + 1) // 2)
    ranked = [n for n, _ in _ranked(groups, kinds) if _events_with(n, groups, kinds) >= need]
    who, others = _pick(ranked, kinds, rules, max(rules.count, 1))
    return [who, *others] if who else others


def _own(readings: list[Reading], story_type: str) -> list[str]:
    """Without a shared name, the parties of the story's events of its type."""
    names = [n for r in readings if r.type == story_type for n in r.parties()]
    return list(dict.fromkeys(names))[:STORY_NAMES]


def _events_with(name: str, groups: list[list[str]], kinds: dict[str, str]) -> int:
    return sum(any(_within(name, n, kinds) for n in group) for group in groups)


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
    """The main event facts of stored articles, with the types of their entity names,
    their quote sources and a title (the headline, else the lead sentence)."""
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    types = _mention_types(conn, marks, article_ids)
    speakers = _speakers(conn, marks, article_ids)
    facts = conn.execute(
        "SELECT e.article_id, e.type, e.trigger, e.participants, e.place, a.dateline, a.outlet,"
        " a.language, a.title, a.record FROM events e JOIN articles a ON a.id = e.article_id"
        f" WHERE e.main = 1 AND e.article_id IN ({marks})",
        article_ids,
    )
    return {r[0]: _main(r, types.get(r[0], {}), speakers[r[0]]) for r in facts}


def _main(row: tuple, types: dict[str, str], speakers: list[str]) -> MainFacts:
    """One stored main event; a headline-less article titled by its lead sentence."""
    title = row[8] or derived_title(json.loads(row[9]).get("body") or [])
    return MainFacts(*row[1:3], json.loads(row[3]), *row[4:8], types, speakers, title)


def _speakers(conn: sqlite3.Connection, marks: str, article_ids: list[str]) -> dict[str, list[str]]:
    """article -> the speakers of its quotes, one per quote."""
    speakers: dict[str, list[str]] = defaultdict(list)
    for article_id, speaker in conn.execute(
        f"SELECT article_id, speaker FROM quotes WHERE speaker IS NOT NULL"
        f" AND article_id IN ({marks})",
        article_ids,
    ):
        speakers[article_id].append(speaker)
    return speakers


def _mention_types(
    conn: sqlite3.Connection, marks: str, article_ids: list[str]
) -> dict[str, dict[str, str]]:
    """article -> each entity name and alias it mentions -> the entity's type."""
    types: dict[str, dict[str, str]] = {}
    for row in conn.execute(
        f"SELECT article_id, name, type, aliases FROM mentions WHERE article_id IN ({marks})",
        article_ids,
    ):
        for name in (row[1], *json.loads(row[3])):
            types.setdefault(row[0], {})[name] = row[2]
    return types


def cluster_labels(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The label of each event cluster among ``ids``."""
    grouped = _grouped(conn, "event_cluster", ids)
    threads = _threads(conn, ids)
    return {
        key: event_label([f for facts in events.values() for f in facts], threads.get(key))
        for key, events in grouped.items()
        if events
    }


def _threads(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Each event cluster's story thread type, so an event reads as part of its story."""
    marks = ",".join("?" * len(ids))
    pairs = conn.execute(
        f"SELECT DISTINCT event_cluster, story_cluster FROM articles"
        f" WHERE story_cluster IS NOT NULL AND event_cluster IN ({marks})",
        ids,
    ).fetchall()
    stories = _grouped(conn, "story_cluster", list({story for _, story in pairs}))
    threads = {story: _thread(list(events.values())) for story, events in stories.items()}
    return {event: thread for event, story in pairs if (thread := threads.get(story))}


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
