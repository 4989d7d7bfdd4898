"""Chart geometry for server-rendered SVG: Python lays out the shapes, a template draws them.

The template (``charts.html``) autoescapes every label, so no markup is built
here. Charts scale to their container through ``viewBox``: at phone width they
shrink, and their labels stay in the legend and the table beside them.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
WIDTH = 600
HEIGHT = 200
AXIS = 28
PALETTE = (
    "#0b5cad",
    "#d4a72c",
    "#1a7f37",
    "#a40e26",
    "#8250df",
    "#bc4c00",
    "#57606a",
    "#1b7c83",
)
OTHER_COLOUR = "#afb8c1"


def _slots(count: int) -> tuple[float, float]:
    """The width of one bar's slot and of the bar inside it."""
    slot = WIDTH / max(count, 1)
    return slot, max(slot * 0.7, 1.0)


def bar_chart(points: list[Row], key: str = "period", value: str = "count") -> Row:
    """Bars of ``value`` per ``key``; every label is kept for a tooltip, every few drawn."""
    top = max((p[value] for p in points), default=0) or 1
    slot, bar = _slots(len(points))
    every = max(1, len(points) // 6)
    bars = []
    for i, point in enumerate(points):
        height = (HEIGHT - AXIS) * point[value] / top
        bars.append(
            {
                "x": round(i * slot + (slot - bar) / 2, 1),
                "y": round(HEIGHT - AXIS - height, 1),
                "width": round(bar, 1),
                "height": round(height, 1),
                "label": point[key] or "undated",
                "value": point[value],
                "tick": i % every == 0,
                "tick_x": round(i * slot + slot / 2, 1),
            }
        )
    return {"width": WIDTH, "height": HEIGHT, "base": HEIGHT - AXIS, "bars": bars, "top": top}


def colours(sources: list[str]) -> dict[str, str]:
    """A colour per source, the most relayed first; the rest share a grey."""
    return {s: PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR for i, s in enumerate(sources)}


def share_chart(periods: list[Row], sources: list[str]) -> Row:
    """One stacked bar per period, each source's share of that period's relays."""
    palette = colours(sources)
    slot, bar = _slots(len(periods))
    columns = []
    for i, period in enumerate(periods):
        y = float(HEIGHT - AXIS)
        parts = []
        for part in period["shares"]:
            height = (HEIGHT - AXIS) * part["share"]
            y -= height
            parts.append(
                {
                    "y": round(y, 1),
                    "height": round(height, 1),
                    "colour": palette.get(part["source"], OTHER_COLOUR),
                    "source": part["source"],
                    "percent": round(100 * part["share"]),
                }
            )
        columns.append(
            {
                "x": round(i * slot + (slot - bar) / 2, 1),
                "width": round(bar, 1),
                "label": period["period"] or "undated",
                "tick_x": round(i * slot + slot / 2, 1),
                "tick": i % max(1, len(periods) // 6) == 0,
                "parts": parts,
            }
        )
    legend = [{"source": s, "colour": c} for s, c in palette.items()]
    base = HEIGHT - AXIS
    return {"width": WIDTH, "height": HEIGHT, "base": base, "columns": columns, "legend": legend}
