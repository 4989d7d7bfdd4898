"""Outlet rule packs: one data file per outlet, named by its registrable domain.

Outlet knowledge (a site's banners, captions, footers, the brand names in its
datelines) is not language knowledge, so it lives here rather than under
``lang/``. A pack row is ``brand<TAB>regex`` (a name the outlet signs its
datelines and credits with), ``agency<TAB>yes`` (a news or photo agency whose
name in another outlet's photo credit does not make it the publisher), or a
clean rule row (see ``pantau.clean.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pantau.clean.rules import Rule, make_rule


@dataclass(frozen=True, slots=True)
class Pack:
    """One outlet's brand names and line rules."""

    domain: str
    brands: tuple[re.Pattern[str], ...]
    rules: tuple[Rule, ...]
    agency: bool = False


def _rows(text: str) -> list[tuple[str, ...]]:
    lines = (line.rstrip("\r\n") for line in text.splitlines())
    return [
        tuple(cell.strip() for cell in line.split("\t"))
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def _parse(domain: str, text: str) -> Pack:
    brands: list[re.Pattern[str]] = []
    rules: list[Rule] = []
    agency = False
    for row in _rows(text):
        if row[0] == "brand":
            brands.append(re.compile(rf"(?<!\w)(?:{row[1]})(?!\w)", re.IGNORECASE))
        elif row[0] == "agency":
            agency = row[1] == "yes"
        else:
            rules.append(make_rule(row))
    return Pack(domain, tuple(brands), tuple(rules), agency)


@cache
def packs() -> dict[str, Pack]:
    """Every shipped pack, by domain."""
    root = resources.files(__name__)
    found = {}
    for item in root.iterdir():
        if item.name.endswith(".tsv"):
            domain = item.name.removesuffix(".tsv")
            found[domain] = _parse(domain, item.read_text(encoding="utf-8"))
    return found


def pack(domain: str | None) -> Pack | None:
    """The pack of an outlet, or None when the outlet has none."""
    return packs().get(domain) if domain else None


@cache
def _any_brand(agencies: bool) -> re.Pattern[str]:
    """One regex of every pack's brand names (agencies' too, or not): most text names
    none, and one search says so instead of one per brand."""
    names = [
        brand.pattern
        for item in packs().values()
        if agencies or not item.agency
        for brand in item.brands
    ]
    return re.compile("|".join(names) or "(?!)", re.IGNORECASE)


def brand_domain(text: str) -> str | None:
    """The outlet whose brand name the whole text is (``CNN Indonesia``), if any."""
    text = text.strip()
    if not _any_brand(True).fullmatch(text):
        return None
    for domain, item in packs().items():
        if any(brand.fullmatch(text) for brand in item.brands):
            return domain
    return None


def brand_in(text: str, *, agencies: bool = True) -> str | None:
    """The outlet whose brand name occurs in the text (``Follow Berita Okezone``), if any.

    With ``agencies`` false, news and photo agencies are passed over.
    """
    if not _any_brand(agencies).search(text):
        return None
    for domain, item in packs().items():
        if item.agency and not agencies:
            continue
        if any(brand.search(text) for brand in item.brands):
            return domain
    return None
