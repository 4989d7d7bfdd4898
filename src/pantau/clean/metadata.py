"""Outlet and language: who published the article, and in what language.

The outlet is the registrable domain of the article's URL when there is one;
otherwise the credit of its dateline (``REPUBLIKA.CO.ID``), a brand name
(``CNN Indonesia``) or a credit line (``Produksi Liputan6.com``). Domains are
read with tldextract's bundled suffix list: it never touches the network.
"""

from __future__ import annotations

import re
from functools import cache

import py3langid
import tldextract

from pantau.clean.outlets import brand_domain, brand_in, pack

_DOMAIN_IN_TEXT = re.compile(r"(?<![\w.@-])([A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,4}){1,2})(?![\w-])")
_LANG_SAMPLE = 2000


@cache
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(url_or_host: str | None) -> str | None:
    """``https://news.detik.com/x`` gives ``detik.com``; None when there is no known suffix."""
    if not url_or_host:
        return None
    parts = _extractor()(url_or_host.strip().lower())
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def outlet_of_credit(credit: str | None) -> str | None:
    """The outlet a dateline credit or hint names: a domain, or a known brand."""
    if not credit:
        return None
    if _DOMAIN_IN_TEXT.fullmatch(credit.strip()):
        return registrable_domain(credit)
    return brand_domain(credit)


def outlet_in_line(line: str, *, any_domain: bool, agencies: bool = True) -> str | None:
    """An outlet a credit or promo line names; unknown domains only when ``any_domain``.

    With ``agencies`` false (photo credits), a news agency's name is not the outlet.
    """
    for found in _DOMAIN_IN_TEXT.finditer(line):
        domain = registrable_domain(found.group(1))
        known = pack(domain)
        if known and known.agency and not agencies:
            continue
        if domain and (any_domain or brand_domain(domain) or outlet_of_credit(domain)):
            return domain
    return brand_in(line, agencies=agencies)


def language(text: str, default: str) -> str:
    """ISO 639-1 code of the text by py3langid (offline); Malay is read as Indonesian.

    Short Indonesian news text is often scored Malay; an Indonesian pipeline
    treats the two as one written standard unless told otherwise.
    """
    sample = text[:_LANG_SAMPLE].strip()
    if len(sample.split()) < 5:
        return default
    code, _ = py3langid.classify(sample)
    return "id" if code == "ms" else code
