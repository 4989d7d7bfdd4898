"""The scorer of GOLD.md: predicted records against gold, field by field.

``score`` returns an ordered mapping of metric name to value; each metric is
computed only over the gold that annotates it (a field absent or null in gold
is not scored), and a metric no gold line annotates is None ("n/a") rather
than a vacuous 1.0, so partial gold files work.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pantau.eval.metrics import PRF, bcubed
from pantau.eval.normalize import norm, tokens

Record = dict[str, Any]
Metrics = dict[str, float | None]
METADATA = ("outlet", "title", "published", "dateline", "authors")
ENTITY_TYPES = ("PER", "ORG", "LOC")
FAMILIES = {
    "boilerplate.": "removed",
    "entities.": "entities",
    "timexes.": "timexes",
    "quotes.": "quotes",
    "relays.": "relays",
    "clusters.event.": "event",
    "clusters.story.": "story",
    "events.main_date.": "main_date",
}


def score(
    gold: list[Record],
    pred: list[Record],
    gold_timeline: list[Record] | None = None,
    pred_timeline: list[Record] | None = None,
) -> Metrics:
    """Every GOLD.md metric; gold and predictions are paired by ``id``."""
    by_id = {record["id"]: record for record in pred}
    pairs = [(g, by_id.get(g["id"], {"id": g["id"]})) for g in gold]
    metrics: Metrics = {"articles.gold": len(gold), "articles.predicted": len(by_id)}
    metrics.update(_boilerplate(pairs))
    metrics.update(_metadata(pairs))
    metrics.update(_entities(pairs))
    metrics.update(_timexes(pairs))
    metrics.update(_quotes(pairs))
    metrics.update(_relays(pairs))
    metrics.update(_clusters(pairs))
    metrics.update(_main_event_dates(pairs))
    if gold_timeline is not None:
        metrics.update(_timeline(pairs, gold_timeline, pred_timeline or []))
    return _without_gold_as_none(metrics, gold)


def _annotated(gold: list[Record], field: str) -> bool:
    if field == "main_date":
        return any(_main_date(g.get("events")) is not None for g in gold)
    return any(g.get(field) is not None for g in gold)


def _without_gold_as_none(metrics: Metrics, gold: list[Record]) -> Metrics:
    """Metrics of fields no gold line annotates become None, not a vacuous 1.0."""
    missing = [prefix for prefix, field in FAMILIES.items() if not _annotated(gold, field)]
    return {
        name: None if any(name.startswith(prefix) for prefix in missing) else value
        for name, value in metrics.items()
    }


def _prf(name: str, counts: PRF) -> Metrics:
    return {
        f"{name}.precision": counts.precision,
        f"{name}.recall": counts.recall,
        f"{name}.f1": counts.f1,
    }


def _scored(pairs: list[tuple[Record, Record]], field: str) -> list[tuple[Any, Any]]:
    return [(g[field], p.get(field)) for g, p in pairs if g.get(field) is not None]


def _boilerplate(pairs: list[tuple[Record, Record]]) -> Metrics:
    """Removed lines as sets; ``lines_lost`` counts article lines removed (not the headline)."""
    counts = PRF()
    lost = 0
    for gold_record, pred_record in pairs:
        if gold_record.get("removed") is None:
            continue
        gold_lines = {norm(item["text"]) for item in gold_record["removed"]}
        pred_lines = {norm(item["text"]) for item in pred_record.get("removed") or []}
        counts.add(len(gold_lines & pred_lines), len(pred_lines), len(gold_lines))
        lost += len(pred_lines - gold_lines - {norm(gold_record.get("title") or "")})
    return {**_prf("boilerplate", counts), "boilerplate.lines_lost": lost}


def _metadata(pairs: list[tuple[Record, Record]]) -> Metrics:
    metrics = {}
    for field in METADATA:
        scored = _scored(pairs, field)
        right = sum(_same_value(gold, pred) for gold, pred in scored)
        metrics[f"metadata.{field}.accuracy"] = right / len(scored) if scored else None
    return metrics


def _same_value(gold: Any, pred: Any) -> bool:
    if isinstance(gold, list):
        return sorted(map(norm, gold)) == sorted(map(norm, pred or []))
    return norm(gold) == norm(pred) if pred is not None else False


def _surfaces(entity: Record) -> set[str]:
    return {norm(entity["name"]), *(norm(alias) for alias in entity.get("aliases") or [])}


def _match_entities(gold: list[Record], pred: list[Record]) -> list[tuple[Record, Record]]:
    """One-to-one matches: same type and a shared name or alias."""
    matches, used = [], set()
    for g in gold:
        for index, p in enumerate(pred):
            if index not in used and p["type"] == g["type"] and _surfaces(p) & _surfaces(g):
                matches.append((g, p))
                used.add(index)
                break
    return matches


def _entities(pairs: list[tuple[Record, Record]]) -> Metrics:
    per_type = {kind: PRF() for kind in ENTITY_TYPES}
    roles = PRF()
    for gold, pred in _scored(pairs, "entities"):
        pred = pred or []
        matches = _match_entities(gold, pred)
        for kind in ENTITY_TYPES:
            tp = sum(1 for g, _ in matches if g["type"] == kind)
            n_pred = sum(1 for p in pred if p["type"] == kind)
            n_gold = sum(1 for g in gold if g["type"] == kind)
            per_type[kind].add(tp, n_pred, n_gold)
        for g, p in matches:
            gold_roles = {norm(role) for role in g.get("roles") or []}
            found = gold_roles & {norm(role) for role in p.get("roles") or []}
            roles.add(len(found), 0, len(gold_roles))
    overall = PRF()
    metrics: Metrics = {}
    for kind, counts in per_type.items():
        overall.add(counts.tp, counts.pred, counts.gold)
        metrics.update(_prf(f"entities.{kind}", counts))
    metrics.update(_prf("entities", overall))
    metrics["entities.roles.recall"] = roles.recall
    return metrics


def _overlaps(a: str, b: str) -> bool:
    """Two expressions as written overlap when one contains the other or most words are shared."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    ta, tb = tokens(a), tokens(b)
    shared = sum((ta & tb).values())
    return shared >= 0.5 * min(sum(ta.values()), sum(tb.values()))


def _timexes(pairs: list[tuple[Record, Record]]) -> Metrics:
    found = right = gold_count = pred_count = pred_overlapping = 0
    for gold, pred in _scored(pairs, "timexes"):
        pred = pred or []
        gold_count += len(gold)
        pred_count += len(pred)
        for g in gold:
            hits = [p for p in pred if _overlaps(p["text"], g["text"])]
            found += bool(hits)
            right += any(p.get("value") == g.get("value") for p in hits)
        pred_overlapping += sum(any(_overlaps(p["text"], g["text"]) for g in gold) for p in pred)
    return {
        "timexes.recall": found / gold_count if gold_count else 1.0,
        "timexes.value_accuracy": right / found if found else (1.0 if not gold_count else 0.0),
        "timexes.precision": pred_overlapping / pred_count if pred_count else 1.0,
    }


def _quote_found(gold_text: str, pred_text: str) -> bool:
    gold_tokens = tokens(gold_text)
    total = sum(gold_tokens.values())
    return total > 0 and sum((gold_tokens & tokens(pred_text)).values()) >= 0.5 * total


def _speaker_right(gold_speaker: Any, pred_speaker: Any, gold: Record, pred: Record) -> bool:
    if gold_speaker is None or pred_speaker is None:
        return gold_speaker is None and pred_speaker is None
    gold_names = _names_of(gold_speaker, gold.get("entities") or [])
    pred_names = _names_of(pred_speaker, pred.get("entities") or [])
    return bool(gold_names & pred_names)


def _names_of(name: str, entities: list[Record]) -> set[str]:
    """A speaker's comparable names: the name and, when it is an entity, its aliases."""
    names = {norm(name)}
    for entity in entities:
        if norm(name) in _surfaces(entity):
            names |= _surfaces(entity)
    return names


def _quotes(pairs: list[tuple[Record, Record]]) -> Metrics:
    metrics: Metrics = {}
    for kind in ("direct", "indirect"):
        found = right = gold_count = pred_count = pred_matched = 0
        for g_rec, p_rec in ((g, p) for g, p in pairs if g.get("quotes") is not None):
            gold = [q for q in g_rec["quotes"] if q.get("kind") == kind]
            pred = [q for q in p_rec.get("quotes") or [] if q.get("kind") == kind]
            gold_count += len(gold)
            pred_count += len(pred)
            for g in gold:
                hit = next((p for p in pred if _quote_found(g["text"], p["text"])), None)
                if hit is not None:
                    found += 1
                    right += _speaker_right(g.get("speaker"), hit.get("speaker"), g_rec, p_rec)
            pred_matched += sum(any(_quote_found(g["text"], p["text"]) for g in gold) for p in pred)
        metrics[f"quotes.{kind}.recall"] = found / gold_count if gold_count else 1.0
        metrics[f"quotes.{kind}.speaker_accuracy"] = right / found if found else 0.0
        metrics[f"quotes.{kind}.precision"] = pred_matched / pred_count if pred_count else 1.0
    return metrics


def _relays(pairs: list[tuple[Record, Record]]) -> Metrics:
    counts = PRF()
    for gold, pred in _scored(pairs, "relays"):
        gold_sources = {norm(r["source"]) for r in gold}
        pred_sources = {norm(r["source"]) for r in pred or []}
        counts.add(len(gold_sources & pred_sources), len(pred_sources), len(gold_sources))
    return _prf("relays", counts)


def _clusters(pairs: list[tuple[Record, Record]]) -> Metrics:
    metrics: Metrics = {}
    for level in ("event", "story"):
        gold = {g["id"]: g[level] for g, _ in pairs if g.get(level) is not None}
        pred = {g["id"]: p.get(level) for g, p in pairs if g.get(level) is not None}
        precision, recall, f1 = bcubed(gold, pred)
        metrics[f"clusters.{level}.bcubed_precision"] = precision
        metrics[f"clusters.{level}.bcubed_recall"] = recall
        metrics[f"clusters.{level}.bcubed_f1"] = f1
    return metrics


def _main_date(events: Iterable[Record] | None) -> str | None:
    return next((e.get("date") for e in events or [] if e.get("main")), None)


def _main_event_dates(pairs: list[tuple[Record, Record]]) -> Metrics:
    scored = [
        (_main_date(g["events"]), _main_date(p.get("events")))
        for g, p in pairs
        if _main_date(g.get("events")) is not None
    ]
    right = sum(gold == pred for gold, pred in scored)
    return {"events.main_date.accuracy": right / len(scored) if scored else 1.0}


def _timeline(
    pairs: list[tuple[Record, Record]], gold_rows: list[Record], pred_rows: list[Record]
) -> Metrics:
    """Dates of each gold story's timeline against the predicted story most of its articles got."""
    counts = PRF()
    for story in dict.fromkeys(row["story"] for row in gold_rows):
        labels = [p.get("story") for g, p in pairs if g.get("story") == story and p.get("story")]
        pred_story = max(dict.fromkeys(labels), key=labels.count) if labels else None
        gold_dates = {row["date"] for row in gold_rows if row["story"] == story}
        pred_dates = {row["date"] for row in pred_rows if row["story"] == pred_story}
        counts.add(len(gold_dates & pred_dates), len(pred_dates), len(gold_dates))
    return _prf("timeline.dates", counts)
