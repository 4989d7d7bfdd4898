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

from pantau.records import Article, Span
from pantau.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
Facts = dict[str, Any]
SINGLE_VALUED = ("date", "number")


def compare(articles: list[Article]) -> Facts:
    """Per-outlet facts of one event and the agreements, conflicts and lone facts among them.

    Returns ``{"outlets": [...], "agreements": [...], "conflicts": [...], "only": [...]}``:

    - ``outlets``: one entry per outlet with its ``articles`` (ids), ``date`` (its
      main event date), ``roles`` (participant -> titles given), ``numbers``,
      ``durations``, ``dates`` (all dated expressions), ``quotes`` and ``relays``;
      each number, duration, date and quote names its ``article`` and ``span``.
    - ``conflicts``: facts outlets give differently, each
      ``{"fact", "subject", "values": {value: [outlets]}, "cites": {value: [cite]}}``:
      a participant's title within one affiliation ("Presiden Israel" against
      "Perdana Menteri Israel"), the event's date, a count of the same thing.
    - ``agreements``: ``{"fact", "subject", "value", "outlets", "cites"}`` given
      alike by two or more outlets.
    - ``only``: ``{"fact", "subject", "value", "outlet", "cites"}`` a value one outlet
      alone gives when others report the event too (a call's length, a count).

    A cite is ``{"article", "outlet", "span"}``, ``span`` a record span
    (``{"p", "start", "end"}`` into the article's body) of the words that give
    the value: the number, the timex, the relay's source; for a main event's
    date the timex of that value, else the trigger; for a title the
    participant's first mention. It is null when no words give it (a date
    taken from the publication day).
    """
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_outlet[article.outlet or article.id].append(article)
    outlets = [_outlet_facts(name, group) for name, group in sorted(by_outlet.items())]
    facts, cites = _claims(outlets)
    result: Facts = {"outlets": outlets, "agreements": [], "conflicts": [], "only": []}
    for (fact, subject), values in sorted(facts.items()):
        _judge(result, fact, subject, values, len(outlets), cites[(fact, subject)])
    result["conflicts"].extend(_role_conflicts(outlets))
    for entry in outlets:
        del entry["role_keys"], entry["role_cites"], entry["date_cites"], entry["relay_cites"]
    return result


def _cite(article: Article, span: Span | None) -> Facts:
    """Where a fact is written: the article, its outlet, and the span of the words."""
    return {
        "article": article.id,
        "outlet": article.outlet,
        "span": _span(span),
    }


def _span(span: Span | None) -> Facts | None:
    return span.as_json() if span is not None else None


def _first(spans: list[Span]) -> Span | None:
    return spans[0] if spans else None


def _date_cites(articles: list[Article]) -> dict[str, list[Facts]]:
    """Main event date -> where each article gives it: a timex of that value, else the
    trigger of the main event."""
    cites: dict[str, list[Facts]] = defaultdict(list)
    for article in articles:
        for event in article.events:
            if not (event.main and event.date):
                continue
            timex = next((t for t in article.timexes if t.value == event.date and t.spans), None)
            span = timex.spans[0] if timex else _first(event.spans)
            cites[event.date].append(_cite(article, span))
    return cites


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
    role_cites: dict[str, list[Facts]] = defaultdict(list)
    for article in articles:
        for entity in article.entities:
            key = subject_key(entity.name, entity.type)
            names[key] = max(names.get(key, ""), entity.name, key=len)
            roles[key].extend(r for r in entity.roles if r not in roles[key])
            if entity.roles:
                role_cites[key].append(_cite(article, _first(entity.spans)))
    main = [e.date for a in articles for e in a.events if e.main and e.date]
    return {
        "outlet": outlet,
        "articles": [a.id for a in articles],
        "date": main[0] if main else None,
        "roles": {names[k]: v for k, v in roles.items() if v},
        "role_keys": {k: v for k, v in roles.items() if v},
        "role_cites": role_cites,
        "date_cites": _date_cites(articles),
        "relay_cites": {
            r.source: _cite(a, _first(r.spans)) for a in reversed(articles) for r in a.relays
        },
        "numbers": [
            {"text": n.text, "value": n.value, "what": n.what, **_cited(a, n.spans)}
            for a in articles
            for n in a.numbers
        ],
        "durations": [
            {"text": t.text, "value": t.value, **_cited(a, t.spans)}
            for a in articles
            for t in a.timexes
            if t.type == "DURATION"
        ],
        "dates": [
            {"text": t.text, "value": t.value, **_cited(a, t.spans)}
            for a in articles
            for t in a.timexes
            if t.type == "DATE"
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "kind": q.kind, **_cited(a, q.spans)}
            for a in articles
            for q in a.quotes
        ],
        "relays": sorted({r.source for a in articles for r in a.relays}),
    }


def _cited(article: Article, spans: list[Span]) -> Facts:
    """The ``article`` and ``span`` keys of an outlet's fact: its first span."""
    return {"article": article.id, "span": _span(_first(spans))}


Claims = dict[tuple[str, str], dict[str, list[str]]]
Cites = dict[tuple[str, str], dict[str, list[Facts]]]


def _claims(outlets: list[Facts]) -> tuple[Claims, Cites]:
    """(fact, subject) -> value -> outlets that give it, and -> where each outlet writes it
    (its first place)."""
    facts: Claims = defaultdict(lambda: defaultdict(list))
    cites: Cites = defaultdict(lambda: defaultdict(list))
    for entry in outlets:
        name = entry["outlet"]
        claims: dict[tuple[str, str, str], Facts] = {}
        if entry["date"]:
            date_cites = entry["date_cites"].get(entry["date"]) or [None]
            claims[("date", "event", entry["date"])] = date_cites[0]
        for n in entry["numbers"]:
            if n["what"] and n["value"] is not None:
                key = ("number", " ".join(_WORD.findall(n["what"].lower())), _number(n["value"]))
                claims.setdefault(key, _outlet_cite(n, name))
        for d in entry["durations"]:
            if d["value"]:
                claims.setdefault(("duration", "event", d["value"]), _outlet_cite(d, name))
        for source in entry["relays"]:
            claims[("relay", "source", source)] = entry["relay_cites"].get(source)
        for (fact, subject, value), cite in sorted(claims.items()):
            facts[(fact, subject)][value].append(name)
            if cite is not None:
                cites[(fact, subject)][value].append(cite)
    return facts, cites


def _outlet_cite(fact: Facts, outlet: str) -> Facts:
    return {"article": fact["article"], "outlet": outlet, "span": fact["span"]}


def _number(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _judge(
    result: Facts,
    fact: str,
    subject: str,
    values: dict[str, list[str]],
    total: int,
    cites: dict[str, list[Facts]],
) -> None:
    givers = {name for names in values.values() for name in names}
    for value, names in values.items():
        if len(names) > 1:
            result["agreements"].append(
                {
                    "fact": fact,
                    "subject": subject,
                    "value": value,
                    "outlets": names,
                    "cites": cites.get(value, []),
                }
            )
        elif total > 1:
            result["only"].append(
                {
                    "fact": fact,
                    "subject": subject,
                    "value": value,
                    "outlet": names[0],
                    "cites": cites.get(value, []),
                }
            )
    if fact in SINGLE_VALUED and len(givers) > 1 and _disjoint(values):
        result["conflicts"].append(
            {
                "fact": fact,
                "subject": subject,
                "values": dict(values),
                "cites": {value: cites.get(value, []) for value in values},
            }
        )


def _role_conflicts(outlets: list[Facts]) -> list[Facts]:
    """Titles of one participant within one affiliation (the title's last word) that differ."""
    titles: Claims = defaultdict(lambda: defaultdict(list))
    cites: Cites = defaultdict(lambda: defaultdict(list))
    display: dict[str, str] = {}
    for entry in outlets:
        for name, key in zip(entry["roles"], entry["role_keys"], strict=True):
            display[key] = max(display.get(key, ""), name, key=len)
            for role in entry["role_keys"][key]:
                words = _WORD.findall(role.lower())
                if len(words) > 1:
                    titles[(key, words[-1])][" ".join(words)].append(entry["outlet"])
                    cites[(key, words[-1])][" ".join(words)] += entry["role_cites"][key][:1]
    conflicts = []
    for (key, affiliation), values in sorted(titles.items()):
        if len(values) > 1 and _disjoint(values):
            conflicts.append(
                {
                    "fact": "role",
                    "subject": display[key],
                    "affiliation": affiliation,
                    "values": dict(values),
                    "cites": dict(cites[(key, affiliation)]),
                }
            )
    return conflicts


def _disjoint(values: dict[str, list[str]]) -> bool:
    """Whether some outlets give one title and other outlets, never both, another."""
    groups = [set(names) for names in values.values()]
    return any(not (a & b) for i, a in enumerate(groups) for b in groups[i + 1 :])
