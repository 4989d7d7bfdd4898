"""An event's outlet comparison (pantau.corpus.compare) as rows of a side-by-side table.

One column per outlet; each cell item is flagged ``conflict`` when the comparison
found that outlet's value at odds with another outlet's for the same fact.
"""

from __future__ import annotations

from typing import Any

from pantau.corpus.compare import subject_key

Row = dict[str, Any]


def _number(value: float | int | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _marks(conflicts: list[Row]) -> set[tuple[str, str, str]]:
    """(outlet, fact, value) of every value some conflict sets against another."""
    return {
        (outlet, conflict["fact"], value)
        for conflict in conflicts
        for value, outlets in conflict["values"].items()
        for outlet in outlets
    }


def _item(text: str, outlet: str, fact: str, value: str | None, marks: set) -> Row:
    return {"text": text, "conflict": (outlet, fact, value) in marks}


def _cells(comparison: Row, marks: set) -> list[tuple[str, list[list[Row]]]]:
    outlets = comparison["outlets"]
    return [
        (
            "Date",
            [
                [_item(o["date"], o["outlet"], "date", o["date"], marks)] if o["date"] else []
                for o in outlets
            ],
        ),
        (
            "Titles given",
            [
                [
                    _item(f"{name}: {role}", o["outlet"], "role", subject_key(role), marks)
                    for name, roles in o["roles"].items()
                    for role in roles
                ]
                for o in outlets
            ],
        ),
        (
            "Numbers",
            [
                [
                    _item(n["text"], o["outlet"], "number", _number(n["value"]), marks)
                    for n in o["numbers"]
                ]
                for o in outlets
            ],
        ),
        (
            "Durations",
            [[{"text": d["text"], "conflict": False} for d in o["durations"]] for o in outlets],
        ),
        (
            "Sources relayed",
            [[{"text": r, "conflict": False} for r in o["relays"]] for o in outlets],
        ),
    ]


def comparison_rows(comparison: Row) -> list[Row]:
    """Table rows ``{label, cells, conflict}``; rows nobody gives a value for are left out."""
    marks = _marks(comparison["conflicts"])
    rows = []
    for label, cells in _cells(comparison, marks):
        if any(cells):
            conflict = any(item["conflict"] for cell in cells for item in cell)
            rows.append({"label": label, "cells": cells, "conflict": conflict})
    return rows
