"""The JSON API under ``/api``: stories, events, articles, entities, quotes, search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import Field

from pantau.web import models, outlets, people, queries, search
from pantau.web.readonly import connect

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": models.ErrorBody, "description": "Not found"},
    422: {"model": models.ErrorBody, "description": "Invalid parameters"},
}
router = APIRouter(responses={422: ERRORS[422]})


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request."""
    conn = connect(request.app.state.db)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=100, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Key = Annotated[str, Path(min_length=1, max_length=500, pattern=r"^[^\x00-\x1f\x7f]+$")]
Domain = Annotated[str, Path(min_length=1, max_length=253, pattern=r"^[A-Za-z0-9.-]+$")]
StoryKey = Annotated[str, Query(min_length=1, max_length=500, pattern=r"^[^\x00-\x1f\x7f]+$")]
OutletNames = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=253, pattern=r"^[A-Za-z0-9.-]+$")]] | None,
    Query(max_length=20, description="Outlets to set side by side (default: all of the story's)."),
]


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} {key!r}")
    return value


@router.get("/stories", response_model=models.Page[models.StoryItem])
def list_stories(conn: Conn, limit: Limit = 20, offset: Offset = 0) -> Any:
    """Stories, the most recently active first."""
    return queries.stories(conn, limit, offset)


@router.get("/stories/{story_id:path}", response_model=models.StoryDetail, responses=ERRORS)
def get_story(conn: Conn, story_id: Key) -> Any:
    """A story and its timeline: dated events, each citing its articles and outlets."""
    return _found(queries.story(conn, story_id), "story", story_id)


@router.get("/events", response_model=models.Page[models.EventItem])
def list_events(conn: Conn, limit: Limit = 20, offset: Offset = 0) -> Any:
    """Events (clusters of articles about one occurrence), the latest first."""
    return queries.events(conn, limit, offset)


@router.get("/events/{event_id:path}", response_model=models.EventDetail, responses=ERRORS)
def get_event(conn: Conn, event_id: Key) -> Any:
    """An event with what each outlet reported of it, side by side."""
    reports = queries.event_reports(conn, event_id)
    _found(reports or None, "event", event_id)
    return queries.event(conn, event_id, reports)


@router.get("/articles", response_model=models.Page[models.ArticleItem])
def list_articles(
    conn: Conn,
    limit: Limit = 20,
    offset: Offset = 0,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
) -> Any:
    """Articles, the newest first, optionally of one outlet."""
    return queries.articles(conn, limit, offset, outlet)


@router.get("/articles/{article_id:path}", response_model=models.ArticleDetail, responses=ERRORS)
def get_article(conn: Conn, article_id: Key) -> Any:
    """An article's record and its clean text."""
    record, clusters = _found(queries.article(conn, article_id), "article", article_id)
    return {
        "record": record.to_dict(),
        "text": record.text,
        "event_cluster": clusters["event"],
        "story_cluster": clusters["story"],
    }


@router.get("/entities", response_model=models.Page[models.EntityItem])
def list_entities(
    conn: Conn,
    limit: Limit = 20,
    offset: Offset = 0,
    type: Literal["PER", "ORG", "LOC"] | None = None,
    name: Annotated[str | None, Query(max_length=200, description="Name prefix.")] = None,
) -> Any:
    """Entities, the most reported first."""
    return people.entities(conn, limit, offset, type, name)


@router.get("/entities/{entity_id:path}", response_model=models.EntityDetail, responses=ERRORS)
def get_entity(conn: Conn, entity_id: Key) -> Any:
    """An entity: its names, its roles over time, and its quotes."""
    return _found(people.entity(conn, entity_id), "entity", entity_id)


@router.get("/quotes", response_model=models.Page[models.QuoteItem])
def list_quotes(
    conn: Conn,
    limit: Limit = 20,
    offset: Offset = 0,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
) -> Any:
    """Quotes, the newest first, optionally of one speaker."""
    return people.quotes(conn, limit, offset, speaker)


@router.get("/outlets", response_model=list[models.OutletItem])
def list_outlets(conn: Conn) -> Any:
    """Every outlet with its articles, stories followed and relaying articles."""
    return outlets.outlet_index(conn)


@router.get("/outlets/{domain}", response_model=models.OutletDetail, responses=ERRORS)
def get_outlet(conn: Conn, domain: Domain) -> Any:
    """An outlet: articles over time, coverage, top quoted people, relays, disagreements."""
    return _found(outlets.outlet(conn, domain), "outlet", domain)


@router.get("/compare", response_model=models.SideBySide, responses=ERRORS)
def compare_outlets(
    conn: Conn,
    story: StoryKey,
    outlet: OutletNames = None,
) -> Any:
    """Two or more outlets side by side on one story, event by event."""
    return _found(outlets.side_by_side(conn, story, outlet or []), "story", story)


@router.get("/search", response_model=models.SearchResult)
def search_all(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """Articles and quotes containing every word of ``q`` (SQLite FTS5), best first."""
    return {
        "query": q,
        "articles": search.search_articles(conn, q, limit, offset),
        "quotes": search.search_quotes(conn, q, limit, offset),
    }
