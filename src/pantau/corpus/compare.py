"""What each outlet says about one event, and where the outlets agree or conflict.

``compare`` is a pure function of the records of one event cluster; web pages
and the static report render its result, ``event_comparison`` loads a cluster
from the store first. Facts are matched across outlets by subject: a person by
surname (so spellings of the first name do not split them), anything else by
its lower-case name; a number by what it counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from pantau.records import Article
from pantau.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
Facts = dict[str, Any]
SINGLE_VALUED = ("date", "number")


def compare(articles: list[Article]) -> Facts:
    """Per-outlet facts of one event and the agreements, conflicts and lone facts among them.

    Returns ``{"outlets": [...], "agreements": [...], "conflicts": [...], "only": [...]}``:

    - ``outlets``: one entry per outlet with its ``articles`` (ids), ``date`` (its
      main event date), ``roles`` (participant -> titles given), ``numbers``,
      ``durations``, ``dates`` (all dated expressions), ``quotes`` and ``relays``.
    - ``conflicts``: facts outlets give differently, each
      ``{"fact", "subject", "values": {value: [outlets]}}``: a participant's
      title within one affiliation ("Presiden Israel" against "Perdana Menteri
      Israel"), the event's date, a count of the same thing.
    - ``agreements``: ``{"fact", "subject", "value", "outlets"}`` given alike by
      two or more outlets.
    - ``only``: ``{"fact", "subject", "value", "outlet"}`` a value one outlet
      alone gives when others report the event too (a call's length, a count).
    """
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_outlet[article.outlet or article.id].append(article)
    outlets = [_outlet_facts(name, group) for name, group in sorted(by_outlet.items())]
    facts = _claims(outlets)
    result: Facts = {"outlets": outlets, "agreements": [], "conflicts": [], "only": []}
    for (fact, subject), values in sorted(facts.items()):
        _judge(result, fact, subject, values, len(outlets))
    result["conflicts"].extend(_role_conflicts(outlets))
    for entry in outlets:
        del entry["role_keys"]
    return result


def event_comparison(store: Store, cluster: str) -> Facts:
    """``compare`` over the stored articles of one event cluster."""
    rows = store.rows("SELECT id FROM articles WHERE event_cluster = ?", (cluster,))
    return compare(list(store.articles(r["id"] for r in rows)))


def story_comparison(store: Store, story: str) -> Facts:
    """``story_facts`` over the stored articles of one story."""
    rows = store.rows("SELECT id FROM articles WHERE story_cluster = ?", (story,))
    return story_facts(list(store.articles(r["id"] for r in rows)))


def story_facts(articles: list[Article]) -> Facts:
    """``compare`` over a whole story: titles and sources across all its events (the
    dates of different events are no conflict, so date facts are left out)."""
    facts = compare(articles)
    for name in ("agreements", "conflicts", "only"):
        facts[name] = [item for item in facts[name] if item["fact"] != "date"]
    return facts


def subject_key(name: str, kind: str | None = None) -> str:
    """How a participant is matched across outlets: a person by surname."""
    words = _WORD.findall(name.lower())
    if kind == "PER" and words:
        return words[-1]
    return " ".join(words)


def _outlet_facts(outlet: str, articles: list[Article]) -> Facts:
    roles: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in articles:
        for entity in article.entities:
            key = subject_key(entity.name, entity.type)
            names[key] = max(names.get(key, ""), entity.name, key=len)
            roles[key].extend(r for r in entity.roles if r not in roles[key])
    main = [e.date for a in articles for e in a.events if e.main and e.date]
    return {
        "outlet": outlet,
        "articles": [a.id for a in articles],
        "date": main[0] if main else None,
        "roles": {names[k]: v for k, v in roles.items() if v},
        "role_keys": {k: v for k, v in roles.items() if v},
        "numbers": [
            {"text": n.text, "value": n.value, "what": n.what} for a in articles for n in a.numbers
        ],
        "durations": [
            {"text": t.text, "value": t.value}
            for a in articles
            for t in a.timexes
            if t.type == "DURATION"
        ],
        "dates": [
            {"text": t.text, "value": t.value}
            for a in articles
            for t in a.timexes
            if t.type == "DATE"
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "kind": q.kind, "article": a.id}
            for a in articles
            for q in a.quotes
        ],
        "relays": sorted({r.source for a in articles for r in a.relays}),
    }


def _claims(outlets: list[Facts]) -> dict[tuple[str, str], dict[str, list[str]]]:
    """(fact, subject) -> value -> outlets that give it."""
    facts: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry in outlets:
        name = entry["outlet"]
        claims = {("date", "event", entry["date"])} if entry["date"] else set()
        claims |= {
            ("number", " ".join(_WORD.findall(n["what"].lower())), _number(n["value"]))
            for n in entry["numbers"]
            if n["what"] and n["value"] is not None
        }
        claims |= {("duration", "event", d["value"]) for d in entry["durations"] if d["value"]}
        claims |= {("relay", "source", source) for source in entry["relays"]}
        for fact, subject, value in claims:
            facts[(fact, subject)][value].append(name)
    return facts


def _number(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _judge(
    result: Facts, fact: str, subject: str, values: dict[str, list[str]], total: int
) -> None:
    givers = {name for names in values.values() for name in names}
    for value, names in values.items():
        if len(names) > 1:
            result["agreements"].append(
                {"fact": fact, "subject": subject, "value": value, "outlets": names}
            )
        elif total > 1:
            result["only"].append(
                {"fact": fact, "subject": subject, "value": value, "outlet": names[0]}
            )
    if fact in SINGLE_VALUED and len(givers) > 1 and _disjoint(values):
        result["conflicts"].append({"fact": fact, "subject": subject, "values": dict(values)})


def _role_conflicts(outlets: list[Facts]) -> list[Facts]:
    """Titles of one participant within one affiliation (the title's last word) that differ."""
    titles: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    display: dict[str, str] = {}
    for entry in outlets:
        for name, key in zip(entry["roles"], entry["role_keys"], strict=True):
            display[key] = max(display.get(key, ""), name, key=len)
            for role in entry["role_keys"][key]:
                words = _WORD.findall(role.lower())
                if len(words) > 1:
                    titles[(key, words[-1])][" ".join(words)].append(entry["outlet"])
    conflicts = []
    for (key, affiliation), values in sorted(titles.items()):
        if len(values) > 1 and _disjoint(values):
            conflicts.append(
                {
                    "fact": "role",
                    "subject": display[key],
                    "affiliation": affiliation,
                    "values": dict(values),
                }
            )
    return conflicts


def _disjoint(values: dict[str, list[str]]) -> bool:
    """Whether some outlets give one title and other outlets, never both, another."""
    groups = [set(names) for names in values.values()]
    return any(not (a & b) for i, a in enumerate(groups) for b in groups[i + 1 :])
