"""An event's reports as rows of a side-by-side table, one column per article.

A row is flagged ``conflict`` when two outlets give different values for the
same fact, and ``agree`` when several give the same and none differs.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def _row(label: str, cells: list[list[str]], *, judged: bool = True) -> Row:
    """A fact row; wording that naturally varies (``judged=False``) is never a conflict."""
    given = [frozenset(_fold(v) for v in cell) for cell in cells if cell]
    distinct = set(given)
    return {
        "label": label,
        "cells": cells,
        "conflict": judged and len(distinct) > 1,
        "agree": len(given) > 1 and len(distinct) == 1,
    }


def _main(report: Row, key: str) -> list[str]:
    main = report["main"] or {}
    value = main.get(key)
    if isinstance(value, list):
        return value
    return [value] if value else []


def _roles(reports: list[Row]) -> list[Row]:
    """One row per entity that some outlet gives a role to."""
    names = list(dict.fromkeys(r["name"] for report in reports for r in report["roles"]))
    return [
        _row(
            f"Role of {name}",
            [
                [role for r in report["roles"] if r["name"] == name for role in r["roles"]]
                for report in reports
            ],
        )
        for name in names
    ]


def _numbers(reports: list[Row]) -> list[Row]:
    """One row per counted thing (``what``) that some outlet gives a number for."""
    whats = list(
        dict.fromkeys(n["what"] for report in reports for n in report["numbers"] if n["what"])
    )
    return [
        _row(
            f"Number of {what}",
            [[n["text"] for n in report["numbers"] if n["what"] == what] for report in reports],
        )
        for what in whats
    ]


def comparison_rows(reports: list[Row]) -> list[Row]:
    """Rows of facts: the main event's date, place, action and actors, then roles, numbers."""
    rows = [
        _row("Date", [_main(r, "date") for r in reports]),
        _row("Place", [_main(r, "place") for r in reports]),
        _row("What happened", [_main(r, "trigger") for r in reports], judged=False),
        _row("Who took part", [_main(r, "participants") for r in reports], judged=False),
    ]
    return rows + _roles(reports) + _numbers(reports)
