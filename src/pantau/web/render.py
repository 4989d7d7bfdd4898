"""The one Jinja environment of the web UI and the static report.

Every value is autoescaped and no template marks article text safe; the pages
also forbid scripts by their Content-Security-Policy.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from pantau.web.links import Links

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none';"
    " form-action 'self'; base-uri 'none'"
)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pantau.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["csp"] = CSP
    return env


def render(template: str, links: Links, **context: Any) -> str:
    """A page as HTML; ``links`` says where the other pages live."""
    return environment().get_template(template).render(links=links, **context)
