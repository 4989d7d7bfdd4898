"""Place names that stand for sports teams in match reports.

"Indonesia menyamakan kedudukan" and "melawan Bahrain" name sides of a match,
organisations, while "di Bahrain" stays a place. The tagger cannot tell them
apart from one sentence; the article can: only in a match report (enough
distinct sport words, ``entity_team_cues.tsv``) does a place mention with a
team word or a score beside it become an organisation. The entity then takes
the type most of its mentions carry. A team's nickname ("Skuad Garuda",
``entity_team_nicknames.tsv``) is an alias of the team the article names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from pantau import lang
from pantau.doc import Mention
from pantau.nlp.lexicon import by_kind
from pantau.nlp.names import fold

SPORT_WORDS = 4  # distinct sport words that make an article a match report
_WORD = re.compile(r"[\w-]+")
_SCORE = re.compile(r"\d+-\d+")


@dataclass(frozen=True, slots=True)
class TeamCues:
    """The words of ``entity_team_cues.tsv`` by kind."""

    sport: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    place: frozenset[str]
    join: frozenset[str]
    player: frozenset[str]
    skip: frozenset[str]

    @property
    def words(self) -> frozenset[str]:
        """Every cue word."""
        return self.sport | self.before | self.after | self.place


@cache
def team_cues(code: str) -> TeamCues:
    """The team cues of language ``code`` ("prefix" rows are read by the Lexicon)."""
    kinds = by_kind(lang.rows(code, "entity_team_cues.tsv"))
    names = ("sport", "before", "after", "place", "join", "player", "skip")
    return TeamCues(*(kinds[k] for k in names))


def match_report(body: list[str], cues: TeamCues) -> bool:
    """Whether the article reads as a match report."""
    seen: set[str] = set()
    for paragraph in body:
        seen.update(w for w in _WORD.findall(paragraph.casefold()) if w in cues.sport)
        if len(seen) >= SPORT_WORDS:
            return True
    return False


def _neighbours(paragraph: str, mention: Mention) -> tuple[list[str], list[str]]:
    """The words just before and just after a mention, case-folded."""
    before = _WORD.findall(paragraph[max(0, mention.start - 40) : mention.start].casefold())
    return before, _WORD.findall(paragraph[mention.end : mention.end + 40].casefold())


def _team_side(before: list[str], after: list[str], cues: TeamCues) -> bool:
    """Whether a team word or a score stands just before or after a mention; words
    such as "masih" or "yang belum" may come between it and a verb after it."""
    last = before[-1] if before else ""
    first = next((word for word in after if word not in cues.skip), "")
    return (
        last in cues.before
        or " ".join(before[-2:]) in cues.before
        or first in cues.after
        or bool(_SCORE.fullmatch(last) or _SCORE.fullmatch(first))
    )


def _team_name(words: list[str], prefixes: frozenset[str]) -> str:
    """The place name of a team's full name ("indonesia" of "tim nasional indonesia")."""
    start = 0
    while start < len(words) - 1 and words[start] in prefixes:
        start += 1
    return " ".join(words[start:]) if start else ""


def _bare_place(paragraph: str, mention: Mention, cues: TeamCues) -> bool:
    """A place mention no other name runs into ("Persebaya Surabaya" is a club's name).

    A capitalised cue word before it ("Gol Indonesia" opening a sentence) is no name.
    """
    before = paragraph[: mention.start]
    last = before.split()[-1] if before.strip() else ""
    named = last[:1].isupper() and last[-1:].isalpha() and last.casefold() not in cues.words
    return mention.type == "LOC" and not (before.endswith(" ") and named)


def _teams(
    body: list[str], mentions: list[Mention], cues: TeamCues, prefixes: frozenset[str]
) -> set[str]:
    """The place names the article uses as a side at least once ("Timnas X" counts)."""
    teams = set()
    for mention in mentions:
        words = mention.text.casefold().split()
        if mention.type == "ORG" and (name := _team_name(words, prefixes)):
            teams.add(name)
        elif _bare_place(body[mention.paragraph], mention, cues) and _team_side(
            *_neighbours(body[mention.paragraph], mention), cues
        ):
            teams.add(" ".join(words))
    return teams | _coordinated(body, mentions, teams, cues)


def _coordinated(
    body: list[str], mentions: list[Mention], teams: set[str], cues: TeamCues
) -> set[str]:
    """Places listed with a side ("di bawah Arab Saudi dan Jepang", "Bahrain, China") are
    sides too, the list read left to right."""
    sides = set(teams)
    for a, b in pairwise(mentions):
        if a.paragraph != b.paragraph:
            continue
        between = body[a.paragraph][a.end : b.start].strip().casefold()
        if between != "," and between not in cues.join:
            continue
        first, second = fold(a.text), fold(b.text)
        if first in sides and b.type == "LOC":
            sides.add(second)
        elif second in sides and a.type == "LOC":
            sides.add(first)
    return sides - teams


def _placed(paragraph: str, mention: Mention, before: list[str], cues: TeamCues) -> bool:
    """Whether a place word, or a comma after a name, makes it a place ("ke X", "Stadion Y, X")."""
    if before and before[-1] in cues.place:
        return True
    head = paragraph[: mention.start].rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    return bool(words) and words[-1][:1].isupper()


def retype_teams(
    body: list[str], mentions: list[Mention], code: str, prefixes: frozenset[str]
) -> None:
    """Type as ``ORG`` the place mentions of a match report that name a side.

    A name used as a side once in the article is a side wherever it is not
    placed by a place word or a comma ("bertandang ke China" stays a place).
    """
    cues = team_cues(code)
    if not match_report(body, cues):
        return
    teams = _teams(body, mentions, cues, prefixes)
    for mention in mentions:
        paragraph = body[mention.paragraph]
        if mention.text.casefold() not in teams or not _bare_place(paragraph, mention, cues):
            continue
        before, after = _neighbours(paragraph, mention)
        if _team_side(before, after, cues) or not _placed(paragraph, mention, before, cues):
            mention.type = "ORG"


@cache
def _nicknames(code: str) -> dict[str, str]:
    return {
        nick.casefold(): place.casefold()
        for nick, place in lang.rows(code, "entity_team_nicknames.tsv")
    }


def nickname_links(
    body: list[str], mentions: list[Mention], code: str, prefixes: frozenset[str]
) -> dict[str, str]:
    """In a match report, each nickname mention's folded text mapped to the folded text of
    a mention of the team it stands for ("skuad garuda" -> "timnas indonesia"), if the
    article names that team; every nickname mention becomes an organisation."""
    nicknames = _nicknames(code)
    named = [m for m in mentions if _nickname(m, nicknames, prefixes)]
    if not named or not match_report(body, team_cues(code)):
        return {}
    links = {}
    for mention in named:
        mention.type = "ORG"
        place = _nickname(mention, nicknames, prefixes)
        team = next(
            (m for m in mentions if m.type == "ORG" and _plays_as(m, place, prefixes)), None
        )
        if team is not None:
            links[fold(mention.text)] = fold(team.text)
    return links


def _nickname(mention: Mention, nicknames: dict[str, str], prefixes: frozenset[str]) -> str:
    """The place name a mention's nickname stands for, or ""."""
    words = fold(mention.text).split()
    return nicknames.get(_team_name(words, prefixes) or " ".join(words), "")


def _plays_as(mention: Mention, place: str, prefixes: frozenset[str]) -> bool:
    """Whether an organisation mention names the team of ``place`` ("Timnas Indonesia")."""
    words = fold(mention.text).split()
    return place in (" ".join(words), _team_name(words, prefixes))
