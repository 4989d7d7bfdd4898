"""The web UI: server-rendered pages, no front-end build step and no script."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

from pantau.web import outlets, people, queries, search, views
from pantau.web.api import Conn, Domain, Key, OutletNames, StoryKey
from pantau.web.links import Links
from pantau.web.render import render

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
LINKS = Links()
PAGE_SIZE = 30
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def _page(template: str, context: dict[str, Any] | None, what: str, key: str) -> str:
    if context is None:
        raise HTTPException(status_code=404, detail=f"no {what} {key!r}")
    return render(template, LINKS, **context)


def _pager(result: dict[str, Any], base: str) -> dict[str, str | None]:
    """Links to the previous and next page of a list."""
    offset, limit, total = result["offset"], result["limit"], result["total"]
    sep = "&" if "?" in base else "?"
    return {
        "previous": f"{base}{sep}offset={max(offset - limit, 0)}" if offset > 0 else None,
        "next": f"{base}{sep}offset={offset + limit}" if offset + limit < total else None,
    }


@router.get("/")
def home(conn: Conn) -> str:
    return render("home.html", LINKS, **views.home(conn))


@router.get("/stories/{key:path}")
def story(conn: Conn, key: Key) -> str:
    return _page("story.html", views.story(conn, key), "story", key)


@router.get("/events")
def events(conn: Conn, offset: Offset = 0) -> str:
    result = queries.events(conn, PAGE_SIZE, offset)
    return render("events.html", LINKS, events=result, pager=_pager(result, "/events"))


@router.get("/events/{key:path}")
def event(conn: Conn, key: Key) -> str:
    return _page("event.html", views.event(conn, key), "event", key)


@router.get("/articles")
def articles(conn: Conn, offset: Offset = 0) -> str:
    result = queries.articles(conn, PAGE_SIZE, offset, None)
    return render("articles.html", LINKS, articles=result, pager=_pager(result, "/articles"))


@router.get("/articles/{key:path}")
def article(conn: Conn, key: Key) -> str:
    return _page("article.html", views.article(conn, key), "article", key)


@router.get("/entities")
def entities(conn: Conn, offset: Offset = 0) -> str:
    result = people.entities(conn, PAGE_SIZE, offset, None, None)
    return render("entities.html", LINKS, entities=result, pager=_pager(result, "/entities"))


@router.get("/entities/{key:path}")
def entity(conn: Conn, key: Key) -> str:
    return _page("entity.html", views.entity(conn, key), "entity", key)


@router.get("/outlets")
def outlet_index(conn: Conn) -> str:
    return render("outlets.html", LINKS, outlets=outlets.outlet_index(conn))


@router.get("/outlets/{domain}")
def outlet(conn: Conn, domain: Domain) -> str:
    return _page("outlet.html", views.outlet(conn, domain), "outlet", domain)


@router.get("/compare")
def compare(conn: Conn, story: StoryKey, outlet: OutletNames = None) -> str:
    return _page("compare.html", views.compare(conn, story, outlet), "story", story)


@router.get("/search")
def search_page(
    conn: Conn,
    q: Annotated[str, Query(max_length=200)] = "",
    offset: Offset = 0,
) -> str:
    context: dict[str, Any] = {"query": q}
    if q.strip():
        context["articles"] = search.search_articles(conn, q, PAGE_SIZE, offset)
        context["quotes"] = search.search_quotes(conn, q, PAGE_SIZE, offset)
        context["pager"] = _pager(context["articles"], LINKS.search(q) or "")
    return render("search.html", LINKS, **context)
