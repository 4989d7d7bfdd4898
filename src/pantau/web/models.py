"""The JSON API's response shapes; FastAPI turns them into the OpenAPI spec."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """The one error shape of the API, whatever went wrong."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Items matching, over all pages.")
    limit: int
    offset: int


class Readable(BaseModel):
    title: str | None = Field(description="The headline, else the lead sentence shortened.")
    title_derived: bool = Field(description="True when no headline was printed.")
    published: str | None
    date: str | None = Field(description="Published, else the main event's, else the text's.")
    date_kind: Literal["published", "event", "text"] | None = Field(
        description="Where the date comes from: publication, the main event, the text."
    )


class ArticleBrief(Readable):
    id: str
    outlet: str | None


class ArticleItem(ArticleBrief):
    event_cluster: str | None
    story_cluster: str | None


class ArticleDetail(BaseModel):
    record: dict[str, Any] = Field(description="The article record (GOLD.md shape).")
    text: str = Field(description="The clean body, paragraphs separated by blank lines.")
    event_cluster: str | None
    story_cluster: str | None


class StoryItem(BaseModel):
    id: str
    label: str | None
    first_date: str | None
    last_date: str | None
    entries: int
    article_count: int
    outlets: list[str]


class TextSpan(BaseModel):
    """Where words are in an article: ``body[p][start:end]``, or in ``removed[removed]``."""

    p: int | None = Field(None, description="Index of the paragraph in the record's body.")
    start: int
    end: int
    removed: int | None = Field(None, description="Index in removed, for a removed line.")


class Cite(BaseModel):
    article: str = Field(description="Id of the article that gives the fact.")
    outlet: str | None
    span: TextSpan | None = Field(description="The words that give it; null: none do.")


class CitedSentence(BaseModel):
    text: str
    article: str = Field(description="Id of the article the sentence came from.")
    outlet: str | None
    span: TextSpan | None = Field(description="The sentence in the article; null: its title.")


class TimelineEntry(BaseModel):
    date: str
    event: str | None
    label: str | None = Field(description="The event's label, when it has a page.")
    summary: str
    sentences: list[CitedSentence]
    articles: list[ArticleBrief]
    outlets: list[str]


class StoryDetail(BaseModel):
    id: str
    label: str | None
    first_date: str | None
    last_date: str | None
    timeline: list[TimelineEntry]
    articles: list[ArticleBrief]
    outlets: list[str]


class EventFacts(BaseModel):
    type: str | None
    trigger: str | None
    date: str | None
    place: str | None


class EventItem(EventFacts):
    id: str
    label: str = Field(description="Who did what to whom, and where it happened.")
    story: str | None
    article_count: int
    first_published: str | None
    outlets: list[str]


class MainEvent(EventFacts):
    participants: list[str]


class QuoteFields(BaseModel):
    text: str
    speaker: str | None
    kind: str
    cue: str | None
    spans: list[TextSpan] = Field([], description="The quoted words in the article.")


class Relay(BaseModel):
    source: str
    cue: str | None


class Number(BaseModel):
    text: str
    value: float | None
    what: str | None
    spans: list[TextSpan] = Field([], description="Where the record has the number.")


class OutletNumber(BaseModel):
    text: str
    value: float | None
    what: str | None
    article: str
    span: TextSpan | None


class Roles(BaseModel):
    name: str
    roles: list[str]


class Report(BaseModel):
    """What one outlet's article reported of an event."""

    article: ArticleBrief
    main: MainEvent | None
    roles: list[Roles]
    numbers: list[Number]
    quotes: list[QuoteFields]
    relays: list[Relay]


class Written(BaseModel):
    text: str
    value: str | None
    article: str
    span: TextSpan | None


class OutletQuote(BaseModel):
    speaker: str | None
    text: str
    kind: str
    article: str
    span: TextSpan | None = Field(description="The first words of the quote.")


class OutletFacts(BaseModel):
    """What one outlet's articles give about the event."""

    outlet: str
    articles: list[str]
    date: str | None
    roles: dict[str, list[str]] = Field(description="Participant -> titles given.")
    numbers: list[OutletNumber]
    durations: list[Written]
    dates: list[Written]
    quotes: list[OutletQuote]
    relays: list[str]


class Agreement(BaseModel):
    fact: str
    subject: str
    value: str
    outlets: list[str]
    cites: list[Cite] = Field(description="Where each outlet writes it.")


class Conflict(BaseModel):
    fact: str
    subject: str
    affiliation: str | None = None
    values: dict[str, list[str]] = Field(description="Value -> outlets that give it.")
    cites: dict[str, list[Cite]] = Field(description="Value -> where the outlets write it.")


class LoneFact(BaseModel):
    fact: str
    subject: str
    value: str
    outlet: str
    cites: list[Cite] = Field(description="Where the outlet writes it.")


class Comparison(BaseModel):
    outlets: list[OutletFacts]
    agreements: list[Agreement]
    conflicts: list[Conflict]
    only: list[LoneFact]


class EventDetail(EventFacts):
    id: str
    label: str = Field(description="Who did what to whom, and where it happened.")
    stories: list[str]
    outlets: list[str]
    reports: list[Report]
    comparison: Comparison


class QuoteItem(QuoteFields):
    id: int
    article_id: str
    outlet: str | None
    published: str | None


class EntityItem(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    article_count: int


class Mention(Readable):
    article_id: str
    outlet: str | None
    name: str
    roles: list[str]
    spans: list[TextSpan] = Field([], description="Where the article names the entity.")


class EntityDetail(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: list[Mention]
    roles_over_time: list[Mention]
    quotes: list[QuoteItem]


class SnippetPiece(BaseModel):
    text: str
    match: bool


class ArticleHit(ArticleBrief):
    snippet: list[SnippetPiece]


class SearchResult(BaseModel):
    query: str
    articles: Page[ArticleHit]
    quotes: Page[QuoteItem]


class OutletItem(BaseModel):
    outlet: str
    article_count: int
    first_month: str | None = Field(description="YYYY-MM of its first dated article.")
    last_month: str | None
    story_count: int
    relaying_articles: int = Field(description="Its articles that name a relayed source.")


class PeriodCount(BaseModel):
    period: str | None = Field(description="YYYY-MM (publication, else event date); null: undated.")
    count: int


class CoveredEvent(BaseModel):
    event: str
    label: str
    covered: bool
    outlets: int = Field(description="Outlets that reported the event.")


class FollowedStory(BaseModel):
    story: str
    label: str
    covered: int
    missed: int
    events: list[CoveredEvent]


class QuotedPerson(BaseModel):
    speaker: str
    quotes: int
    articles: int
    entity: str | None = Field(description="Key of the speaker's entity page.")


class SourceShare(BaseModel):
    source: str
    articles: int
    share: float = Field(description="Share of all its relays, 0 to 1.")


class PeriodShare(BaseModel):
    source: str
    share: float


class PeriodShares(BaseModel):
    period: str | None
    total: int
    shares: list[PeriodShare]


class Relays(BaseModel):
    sources: list[SourceShare]
    over_time: list[PeriodShares]


class Disagreement(Conflict):
    event: str
    label: str
    own: list[str] = Field(description="The values this outlet gives.")
    others: dict[str, list[str]] = Field(description="Other values -> the outlets giving them.")


class OutletDetail(BaseModel):
    outlet: str
    article_count: int
    over_time: list[PeriodCount]
    stories: list[FollowedStory]
    quoted: list[QuotedPerson]
    relays: Relays
    disagreements: list[Disagreement]
    articles: list[ArticleBrief]


class SideCell(BaseModel):
    text: str
    conflict: bool


class SideRow(BaseModel):
    label: str
    conflict: bool
    cells: list[list[SideCell] | None] = Field(description="One per outlet; null: not reported.")


class SideColumn(BaseModel):
    outlet: str
    articles: list[ArticleBrief]


class SideEvent(BaseModel):
    event: str
    label: str
    columns: list[SideColumn]
    rows: list[SideRow]
    conflicts: list[Conflict]


class SideBySide(BaseModel):
    story: str
    label: str
    outlets: list[str]
    available: list[str] = Field(description="Every outlet that reported the story.")
    events: list[SideEvent]
