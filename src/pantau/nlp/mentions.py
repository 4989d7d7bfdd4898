"""Entity mentions of one paragraph: tagger spans, fixed by the language tables.

The CRF finds the spans; the tables then correct what a statistical tagger
gets wrong in news: a title swallowed into a name ("Presiden Putin"), known
abbreviations it leaves out ("AS", "DK PBB"), and institutions it types as
places ("Kremlin"). Each person mention carries the roles around it, and a
name followed by its abbreviation in brackets links the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pantau.nlp.conll import spans
from pantau.nlp.lexicon import Lexicon
from pantau.nlp.ner import Tagger, known_place
from pantau.nlp.roles import rank_before, role_after, role_before, role_predicate
from pantau.nlp.tokenize import Token, sentences

MAX_ABBREVIATION_TOKENS = 2
_BRACKET = re.compile(r"\([^()]*\)")
MAX_KNOWN_TOKENS = 4
MAX_UNIT_PLACE_TOKENS = 3
MAX_AGED_TOKENS = 3
MAX_RANK_TOKENS = 4


@dataclass(slots=True)
class Found:
    """A mention in a paragraph: token span, type, roles, and a bracketed short form."""

    first: int
    last: int
    type: str
    roles: list[str] = field(default_factory=list)
    short: str | None = None


def tagged_paragraphs(paragraphs: list[list[Token]], tagger: Tagger) -> list[list[Found]]:
    """The tagger's spans in each paragraph's tokens, every sentence of them tagged at once."""
    split = [sentences(tokens) for tokens in paragraphs]
    labels = iter(tagger.tag_many([[t.text for t in s] for group in split for s in group]))
    out: list[list[Found]] = []
    for group in split:
        found: list[Found] = []
        offset = 0
        for sentence in group:
            found.extend(Found(offset + s, offset + e, kind) for s, e, kind in spans(next(labels)))
            offset += len(sentence)
        out.append(found)
    return out


def _title_word(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A title's head or rank, or a role word continuing the title before it ("Luar Negeri")."""
    word = tokens[i].text.lower()
    if word in lex.role_heads or word in lex.ranks:
        return True
    before = tokens[i - 1].text.lower() if i else ""
    return word in lex.role_words and (before in lex.role_heads or before in lex.role_words)


def _trim_titles(tokens: list[Token], found: list[Found], lex: Lexicon) -> None:
    """Move a leading title or rank out of a person span: "Presiden Putin" -> "Putin"."""
    for item in found:
        while (
            item.type == "PER"
            and item.last - item.first > 1
            and _title_word(tokens, item.first, lex)
        ):
            item.first += 1
        while item.last - item.first > 1 and tokens[item.last - 1].text.lower() in lex.ranks:
            item.last -= 1


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.replace("-", "").isalpha()


def _leading_name(tokens: list[Token], item: Found, lex: Lexicon) -> tuple[int, str] | None:
    """The end and type of a place or body opening a person span ("RI [Sugiono]")."""
    word = tokens[item.first].text
    rest = item.last - item.first - 1
    if word in lex.abbreviations and rest >= 1:
        return item.first + 1, lex.abbreviations[word][1]
    if _acronym(word) and rest >= 1:
        return item.first + 1, "ORG"
    before = tokens[item.first - 1].text if item.first > 0 else ""
    if before.lower() in lex.org_heads and not _acronym(before) and rest >= 2:
        return item.first + 1, "ORG"
    kind = lex.types.get(word.casefold())
    if kind in ("LOC", "ORG") and rest >= 2:
        return item.first + 1, kind
    if (
        word.lower() in lex.place_prefixes
        and rest >= 3
        and _capitalised(tokens[item.first + 1].text)
    ):
        return item.first + 2, "LOC"
    return None


def _split_leading(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Cut a title's tail off a person span: "[DPRD Kota Bandung] [Erick Darmadjaya]".

    The tagger often runs the end of a title into the name after it; acronyms,
    listed places and bodies, and "Kota X" at the front of a person are not the name.
    """
    out: list[Found] = []
    for item in found:
        while item.type == "PER" and (cut := _leading_name(tokens, item, lex)) is not None:
            out.append(Found(item.first, cut[0], cut[1]))
            item.first = cut[0]
        out.append(item)
    return out


def _split_org_person(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """After a title, "[MK Suhartoyo]" typed as a body is the body, then a person."""
    out: list[Found] = []
    for item in found:
        rest = tokens[item.first + 1 : item.last]
        if (
            item.type == "ORG"
            and item.first > 0
            and tokens[item.first - 1].text.lower() in lex.role_heads
            and _acronym(tokens[item.first].text)
            and rest
            and all(
                _capitalised(t.text)
                and not _acronym(t.text)
                and t.text.casefold() not in lex.types
                and t.text.lower() not in lex.org_heads | lex.place_prefixes
                for t in rest
            )
        ):
            out += [
                Found(item.first, item.first + 1, "ORG"),
                Found(item.first + 1, item.last, "PER"),
            ]
        else:
            out.append(item)
    return out


def _join_unit_place(tokens: list[Token], found: list[Found]) -> list[Found]:
    """ "[BPBD] [Demak] [Agus ...]": a body's acronym and the place right after it, before
    a person, are one body ("BPBD Demak", "DPRD Kota Bandung")."""
    out: list[Found] = []
    for index, item in enumerate(found):
        prev = out[-1] if out else None
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            prev is not None
            and after is not None
            and prev.type == "ORG"
            and _acronym(tokens[prev.last - 1].text)
            and item.first == prev.last
            and item.type in ("LOC", "PER")
            and item.last - item.first <= MAX_UNIT_PLACE_TOKENS
            and after.first == item.last
            and after.type == "PER"
        ):
            prev.last = item.last
            continue
        out.append(item)
    return out


def _join_particles(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Join two person spans split at a name particle ("Mohammed [bin] Abdulrahman") or
    after an abbreviated first name ("Moh[.] Edy Mahmud")."""
    out: list[Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == item.type == "PER"
            and item.first == prev.last + 1
            and (tokens[prev.last].text in lex.name_particles or _abbreviated(tokens, prev, lex))
        ):
            prev.last = item.last
            continue
        out.append(item)
    return out


def _abbreviated(tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """Whether the span is an abbreviated first name closed by a dot: "Moh.", "M."."""
    word = tokens[item.first].text
    return (
        item.last - item.first == 1
        and tokens[item.last].text == "."
        and tokens[item.last].start == tokens[item.first].end
        and ((len(word) == 1 and word.isupper()) or word in lex.name_abbreviations)
    )


def _surface(tokens: list[Token], first: int, last: int) -> str:
    return " ".join(t.text for t in tokens[first:last])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _known_part(word: str, lex: Lexicon) -> bool:
    """A hyphen compound of known names, such as "Rusia-Israel", that is not listed as
    one name itself ("Maluku-Papua", a region)."""
    parts = word.casefold().split("-")
    listed = word.casefold() in lex.types
    return len(parts) > 1 and not listed and all(part in lex.types for part in parts)


def _in_title(tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """An organisation or place that merely continues a title: "Menteri [Luar Negeri Rusia]".

    Role words may sit between the head and the span: "Menteri Luar [Negeri Rusia]".
    """
    if item.type == "PER" or tokens[item.first].text.lower() not in lex.role_words:
        return False
    k = item.first - 1
    while k >= 0 and tokens[k].text.lower() in lex.role_words - lex.role_heads:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in lex.role_heads


def _in_competition(tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """A region that names a competition or its zone ("Piala Asia", "zona Asia"), not a place."""
    return (
        item.type == "LOC"
        and item.first > 0
        and tokens[item.first - 1].text.casefold() in lex.competition_words
    )


def _split_at_place(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Split "[... Negeri Rusia Maria Zakharova]": capitalised words after a country: a
    person; and "[Kabupaten Tuban Jawa Timur]": two places written without a comma."""
    out: list[Found] = []
    for item in found:
        place = _place_cut(tokens, item, lex) if item.type == "LOC" else None
        if place is not None:
            out += [Found(item.first, place, "LOC"), Found(place, item.last, "LOC")]
            continue
        cut = next(
            (
                k + 1
                for k in range(item.first + 1, item.last - 2)
                if item.type == "ORG" and lex.types.get(tokens[k].text.casefold()) == "LOC"
            ),
            None,
        )
        if cut is not None and all(_capitalised(t.text) for t in tokens[cut : item.last]):
            out += [Found(item.first, cut, "ORG"), Found(cut, item.last, "PER")]
        else:
            out.append(item)
    return out


def _place_cut(tokens: list[Token], item: Found, lex: Lexicon) -> int | None:
    """Where a place span holds two places: a listed place ends it ("Jawa Timur",
    "Iran") and the words before it are a place of their own ("Teheran", "Kabupaten
    Tuban"), while the whole is no known place."""
    whole = _surface(tokens, item.first, item.last)
    if lex.types.get(whole.casefold()) == "LOC" or known_place(whole):
        return None
    for k in range(item.first + 1, item.last):
        if lex.types.get(_surface(tokens, k, item.last).casefold()) == "LOC":
            return k if _a_place(tokens, item.first, k, lex) else None
    return None


def _a_place(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """A listed or gazetteer place, or a unit word before one ("Kabupaten Tuban")."""
    text = _surface(tokens, first, last)
    if lex.types.get(text.casefold()) == "LOC" or known_place(text):
        return True
    unit = tokens[first].text.lower() in lex.place_prefixes
    return unit and last - first >= 2 and known_place(_surface(tokens, first + 1, last))


def _split_bodies(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Split an organisation's span where a second body starts: at a body's head word
    with two words at least on each side ("[Badan Geologi] [Kementerian ESDM]"), at a
    comma outside a list of the name's own parts ("[Air Asia], [Air Lanka]", not "Badan
    Meteorologi, Klimatologi, dan Geofisika"), or at "dan" before an acronym."""
    out: list[Found] = []
    for item in found:
        cut = _body_cut(tokens, item, lex) if item.type == "ORG" else None
        if cut is None:
            out.append(item)
            continue
        start, resume = cut
        out.append(Found(item.first, start, "ORG"))
        out += _split_bodies(tokens, [Found(resume, item.last, "ORG")], lex)
    return out


def _body_cut(tokens: list[Token], item: Found, lex: Lexicon) -> tuple[int, int] | None:
    """Where the first body ends and the second begins, if the span holds two."""
    for k in range(item.first + 1, item.last - 1):
        word, after = tokens[k].text, tokens[k + 1].text
        listed = word == "," and not any(
            t.text.lower() in lex.org_connectors for t in tokens[k : item.last]
        )
        if listed or (word.lower() in lex.org_connectors and _acronym(after)):
            return k, k + 1
        starts = word.lower() in lex.body_starts and _capitalised(word) and _capitalised(after)
        if starts and k >= item.first + 2:
            return k, k
    return None


def _tidy(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Strip leading non-name words and a place's lower-case tail; drop days and domains."""
    kept = []
    for item in _split_bodies(tokens, _split_at_place(tokens, found, lex), lex):
        while item.last - item.first > 1 and (
            tokens[item.first].text.lower() in lex.strip_leading
            or (item.type == "PER" and tokens[item.first].text.lower() in lex.ranks)
            or (item.type == "PER" and tokens[item.first].text.lower() in lex.address_words)
            or _role_opening_body(tokens, item, lex)
            or _known_part(tokens[item.first].text, lex)
        ):
            if _role_opening_body(tokens, item, lex) and _person_after_role(tokens, item, lex):
                item.type = "PER"
            item.first += 1
        if item.type == "LOC":
            _trim_place(tokens, item, lex)
        text = _surface(tokens, item.first, item.last)
        if (
            _in_title(tokens, item, lex)
            or _in_competition(tokens, item, lex)
            or text.casefold() in lex.not_names
            or _dotted(text, tokens, item, lex)
            or (item.last - item.first == 1 and _known_part(text, lex))
        ):
            continue
        kept.append(item)
    return kept


def _trim_place(tokens: list[Token], item: Found, lex: Lexicon) -> None:
    """Cut lower-case words off a place span's ends ("pantai [Tuban]", "[Lebanon]
    selatan") and a compass direction off its start ("Timur Laut [Tuban]")."""
    while item.last - item.first > 1 and _lower_word(tokens[item.last - 1]):
        item.last -= 1
    while item.last - item.first > 1 and _lower_word(tokens[item.first]):
        item.first += 1
    item.first += _leading_direction(tokens, item, lex)


def _leading_direction(tokens: list[Token], item: Found, lex: Lexicon) -> int:
    """How many words of a compass direction open a place span before the place's own
    name ("[Timur Laut] Tuban", "[Utara] Pulau Jawa"); 0 for a listed name ("Timur Tengah")."""
    if _surface(tokens, item.first, item.last).casefold() in lex.types:
        return 0
    for size in (2, 1):
        words = [t.text.lower() for t in tokens[item.first : item.first + size + 1]]
        rest = item.first + size
        if rest < item.last and " ".join(words[:size]) in lex.directions:
            return size if words[size] not in lex.directions else 0
    return 0


def _role_opening_body(tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """A title the tagger ran into a body's span: "[Dubes Rusia]", "[Seskab Budi Santoso]"."""
    word = tokens[item.first].text.lower()
    return item.type == "ORG" and word in lex.role_heads and word not in lex.org_heads


def _person_after_role(tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """Whether the words after the title are a person's name: two or more capitalised
    words, none an acronym, a listed name or a body's head word."""
    words = [t.text for t in tokens[item.first + 1 : item.last]]
    return len(words) >= 2 and all(
        _capitalised(w)
        and not _acronym(w)
        and w.casefold() not in lex.types
        and w.lower() not in lex.org_heads | lex.role_heads
        for w in words
    )


def _lower_word(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower()


def _dotted(text: str, tokens: list[Token], item: Found, lex: Lexicon) -> bool:
    """A dot inside a name makes it a domain or two sentences run on ("detik.com"),
    unless the name opens with an abbreviated first name ("Moh. Edy Mahmud") or head
    word ("Jl. Diponegoro")."""
    opening = Found(item.first, item.first + 1, item.type)
    head = tokens[item.first].text.lower() in lex.loc_heads | lex.org_heads
    return (
        "." in text.rstrip(".")
        and not _abbreviated(tokens, opening, lex)
        and not (head and _abbreviated_head(tokens, item.first))
    )


def _known(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Add listed names (``entity_types.tsv``) the tagger left out or cut into pieces
    ("Bali" and "Nusa Tenggara" of "Bali dan Nusa Tenggara")."""
    kept, added = list(found), []
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        if i in taken or not _capitalised(token.text):
            continue
        for size in range(MAX_KNOWN_TOKENS, 0, -1):
            listed = Found(i, i + size, lex.types.get(_surface(tokens, i, i + size).casefold(), ""))
            pieces = [item for item in kept if item.first < listed.last and item.last > i]
            if listed.type and listed.last <= len(tokens) and _pieces_of(listed, pieces):
                kept = [item for item in kept if item not in pieces]
                added.append(listed)
                taken.update(range(i, listed.last))
                break
    return sorted(kept + added, key=lambda item: item.first)


def _pieces_of(listed: Found, pieces: list[Found]) -> bool:
    """Whether the tagger's spans over a listed name lie inside it and none is all of it."""
    return all(
        listed.first <= item.first
        and item.last <= listed.last
        and item.last - item.first < listed.last - listed.first
        for item in pieces
    )


def _joins_body(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """ "dan" inside one body's name ("Pusat Vulkanologi dan Mitigasi Bencana"), not
    between two bodies ("Kementerian A dan Kementerian B")."""
    after = tokens[j + 1].text.lower()
    return tokens[j].text.lower() in lex.org_connectors and after not in lex.org_heads


def _abbreviated_head(tokens: list[Token], i: int) -> bool:
    """A head word written short with a dot before the name: "Jl. Diponegoro", "St. Louis"."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == tokens[i].end
        and _capitalised(tokens[i + 2].text)
    )


def _run_end(tokens: list[Token], i: int, people: dict[int, int], lex: Lexicon, place: bool) -> int:
    """The end of the capitalised run opened by the head word at ``i``.

    An organisation's run stops at a person it does not open and at a rank; a
    place's run may carry a person's name ("Bandara Frans Seda"). A name particle
    between capitalised words stays inside ("Stadion Abdullah bin Khalifa"), and so
    does a connector in an organisation's name.
    """
    j = i + 2 if _abbreviated_head(tokens, i) else i + 1
    while j < len(tokens):
        word = tokens[j].text
        inner = j + 1 < len(tokens) and _capitalised(tokens[j + 1].text)
        joined = not place and inner and _joins_body(tokens, j, lex)
        if not _capitalised(word) and not (inner and word in lex.name_particles) and not joined:
            break
        if word.lower() in lex.ranks or (not place and people.get(j, i) != i):
            break
        if word.casefold() in lex.not_names:
            break  # "Jakarta Pusat Senin": a day closes the name
        j += 1
    return j


def _head_runs(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Capitalised runs opened by an organisation or place word are organisations or places.

    A span the tagger gave another type over the same words ("[Pemprov Jateng]" as a
    person, "[Pengadilan Negeri Subang]" as a place) takes the run's type.
    """
    people = {
        i: item.first for item in found if item.type == "PER" for i in range(item.first, item.last)
    }
    starts = {item.first: item for item in found}
    runs: list[Found] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        kind = _head_kind(tokens, i, lex)
        j = i
        if kind is not None and _capitalised(word):
            j = _run_end(tokens, i, people, lex, kind == "LOC")
        existing = starts.get(i)
        if j - i >= 2 and (existing is None or existing.last < j or existing.type != kind):
            runs.append(Found(i, j, kind or "ORG"))
            i = j
        elif j - i >= 2 and existing is not None:
            i = existing.last  # the tagger's span holds the run: no head inside it starts one
        else:
            i += 1
    if not runs:
        return found
    inside = {k for run in runs for k in range(run.first, run.last)}
    rest = [item for item in found if not inside.intersection(range(item.first, item.last))]
    return sorted(rest + runs, key=lambda item: item.first)


def _head_kind(tokens: list[Token], i: int, lex: Lexicon) -> str | None:
    """The type a head word gives its run; a two-word head comes first, since
    "Stasiun Geofisika" is an office where "Stasiun" alone is a place."""
    pair = " ".join(t.text.lower() for t in tokens[i : i + 2])
    for words in (pair, tokens[i].text.lower()):
        if words in lex.org_heads:
            return "ORG"
        if words in lex.loc_heads:
            return "LOC"
    return None


def _org_tail_runs(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Capitalised runs closed by an organisation word ("Saxo Bank") are organisations;
    one followed by a letter or number labels a part ("Klasemen Grup C")."""
    runs: list[Found] = []
    for i, token in enumerate(tokens):
        if token.text.lower() not in lex.org_tails or not _capitalised(token.text):
            continue
        if i + 1 < len(tokens) and _label(tokens[i + 1].text):
            continue
        j = i
        while j > 0 and _in_tail_run(tokens, j - 1, lex):
            j -= 1
        if runs and runs[-1].first >= j:
            runs.pop()  # "[Riset Research] & Consulting": the longer run holds it
        if i - j >= 1 and not (runs and runs[-1].last > j):
            runs.append(Found(j, i + 1, "ORG"))
    if not runs:
        return found
    inside = {k for run in runs for k in range(run.first, run.last)}
    rest = [item for item in found if not set(range(item.first, item.last)) <= inside]
    rest = [item for item in rest if not inside.intersection(range(item.first, item.last))]
    return sorted(rest + runs, key=lambda item: item.first)


def _in_tail_run(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` continues a run leftwards from an organisation word: a
    capitalised word, not a title, or "&" between two ("Riset & Konsultan")."""
    word = tokens[k].text
    if word == "&":
        return k > 0 and _capitalised(tokens[k - 1].text)
    return _capitalised(word) and word.lower() not in lex.role_heads | lex.ranks


def _label(word: str) -> bool:
    """A part's label: one capital letter or a number ("C", "1")."""
    return (len(word) == 1 and word.isupper()) or word.isdigit()


def _first_names(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Extend a one-word person leftwards over the plain capitalised word before it, in
    mid-sentence: the tagger often takes a foreign name's surname alone ("Graham
    [Arnold]"). Titles, heads, acronyms, listed names and words inside other spans
    stay out."""
    covered = {i for item in found for i in range(item.first, item.last)}
    for item in found:
        k = item.first - 1
        if item.type != "PER" or item.last - item.first != 1 or k < 0 or k in covered:
            continue
        word = tokens[k].text
        plain = _capitalised(word) and word.isalpha() and not _acronym(word)
        plain = plain and not _name_word_taken(word, lex)
        if plain and not _sentence_start(tokens, k):
            item.first = k
    return found


def _name_word_taken(word: str, lex: Lexicon) -> bool:
    """Whether a capitalised word has another job than a first name: a title, a head,
    a listed name or a day."""
    low = word.lower()
    jobs = lex.role_words | lex.role_heads | lex.ranks | lex.org_heads | lex.loc_heads
    jobs = jobs | lex.place_prefixes | lex.strip_leading | lex.team_prefixes | lex.address_words
    return low in jobs or word.casefold() in lex.types or word.casefold() in lex.not_names


def _age_at(tokens: list[Token], i: int) -> bool:
    """An age in brackets starts at token ``i``: "(47)"."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == "("
        and tokens[i + 1].text.isdigit()
        and tokens[i + 2].text == ")"
    )


def _aged(tokens: list[Token], found: list[Found]) -> list[Found]:
    """A capitalised name right before an age in brackets is a person: "Hasan (47)".

    Initials ("RH (24)") are how the press hides a suspect's name: not a name.
    """
    covered = {i for item in found for i in range(item.first, item.last)}
    added: list[Found] = []
    for i in range(1, len(tokens) - 2):
        if not (_age_at(tokens, i) and i - 1 not in covered and not _acronym(tokens[i - 1].text)):
            continue
        j = i
        while j > 0 and i - j < MAX_AGED_TOKENS and _capitalised(tokens[j - 1].text):
            j -= 1
        if j < i and (j == 0 or not _capitalised(tokens[j - 1].text)):
            added.append(Found(j, i, "PER"))
    return sorted(found + added, key=lambda item: item.first) if added else found


def _abbreviations(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Add listed abbreviations the tagger missed; type the ones it found."""
    covered = {i for item in found for i in range(item.first, item.last)}
    for item in found:
        text = " ".join(t.text for t in tokens[item.first : item.last])
        if text in lex.abbreviations:
            item.type = lex.abbreviations[text][1]
    added: list[Found] = []
    i = 0
    while i < len(tokens):
        if tokens[i].text not in lex.abbreviation_heads:
            i += 1
            continue
        for size in range(MAX_ABBREVIATION_TOKENS, 0, -1):
            span = range(i, i + size)
            text = " ".join(t.text for t in tokens[i : i + size])
            if (
                text in lex.abbreviations
                and not covered.intersection(span)
                and not _age_at(tokens, i + size)
            ):
                added.append(Found(i, i + size, lex.abbreviations[text][1]))
                covered.update(span)
                i += size - 1
                break
        i += 1
    return sorted(found + added, key=lambda item: item.first)


def _meeting_names(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Drop the body inside a meeting's name: "Rapat [Dewan Gubernur] (RDG)", where the
    bracketed short form spells the meeting word too, and the short form with it."""
    dropped: set[int] = set()
    for item in found:
        first, end = item.first - 1, item.last
        if first < 0 or end + 2 >= len(tokens) or tokens[first].text.lower() not in lex.event_heads:
            continue
        words = [t.text for t in tokens[first:end] if t.text[:1].isupper()]
        short = tokens[end + 1].text
        if tokens[end].text == "(" and tokens[end + 2].text == ")" and short == _capitals(words):
            dropped |= {item.first, end + 1}
    return [item for item in found if item.first not in dropped]


def _capitals(words: list[str]) -> str:
    return "".join(word[0] for word in words)


def _brackets(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Link "Pasukan Pertahanan Israel (IDF)": the bracketed mention becomes a short form,
    unless it is the listed short form of the place closing the name ("Bank Sentral
    Amerika Serikat (AS)"): then it stays a mention of that place."""
    kept: list[Found] = []
    for item in found:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and item.first == prev.last + 1
            and item.last < len(tokens)
            and tokens[prev.last].text == "("
            and tokens[item.last].text == ")"
            and not _short_of_tail(tokens, prev, item, lex)
        ):
            prev.short = " ".join(t.text for t in tokens[item.first : item.last])
            continue
        kept.append(item)
    return kept


def _short_of_tail(tokens: list[Token], name: Found, short: Found, lex: Lexicon) -> bool:
    full, kind = lex.abbreviations.get(_surface(tokens, short.first, short.last), ("", ""))
    surface = _surface(tokens, name.first, name.last)
    return kind != name.type and bool(full) and surface.endswith(" " + full)


def _roles(
    text: str, tokens: list[Token], found: list[Found], lex: Lexicon, targets: list[Found]
) -> None:
    """Fill the roles of the people among ``targets``; every person of ``found`` bounds a role."""
    people = {i for item in found if item.type == "PER" for i in range(item.first, item.last)}
    for item in targets:
        if item.type != "PER":
            continue
        before = role_before(tokens, item.first, people, lex)
        floor = before[1] if before else max(0, item.first - MAX_RANK_TOKENS)
        rank = rank_before(tokens, floor, item.first, lex)
        after = role_after(tokens, item.last, people, lex)
        said = role_predicate(tokens, item.last, people, lex)
        for span in (before, after, rank, said):
            if span is not None:
                item.roles.extend(
                    _titles(text[tokens[span[0]].start : tokens[span[1] - 1].end], lex)
                )


def _titles(role: str, lex: Lexicon) -> list[str]:
    """The titles a role as written gives: brackets out, "X dan Y" as two, short forms too."""
    return [
        *_coordinated(" ".join(_BRACKET.sub(" ", role).split()), lex),
        *_short_titles(role, lex),
    ]


def pronoun_roles(
    text: str, tokens: list[Token], found: list[Found], lex: Lexicon
) -> list[tuple[int, list[str]]]:
    """Roles said of a pronoun opening a sentence ("Ia menjabat sebagai perdana menteri"),
    each with the character offset of the pronoun: the person named before it holds them."""
    people = {i for item in found if item.type == "PER" for i in range(item.first, item.last)}
    out = []
    for i, token in enumerate(tokens):
        if token.text.lower() not in lex.pronouns or not _sentence_start(tokens, i):
            continue
        span = role_predicate(tokens, i + 1, people, lex)
        if span is not None:
            out.append(
                (token.start, _titles(text[tokens[span[0]].start : tokens[span[1] - 1].end], lex))
            )
    return out


def _sentence_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in {".", "!", "?", '"', "”"}


def _short_titles(role: str, lex: Lexicon) -> list[str]:
    """A title's own short form in brackets is a title too: "Menteri Pertahanan (Menhan)"."""
    shorts = (" ".join(m.group()[1:-1].split()) for m in _BRACKET.finditer(role))
    return [short for short in shorts if short.split(" ", 1)[0].lower() in lex.role_heads]


def _coordinated(role: str, lex: Lexicon) -> list[str]:
    """Two titles joined by "dan" ("Menteri Pertahanan dan Presiden terpilih") are two
    roles; "Menteri Politik dan Keamanan" is one (no title word after "dan")."""
    words = role.split()
    for index, word in enumerate(words[1:-1], start=1):
        if word.lower() in lex.role_joiners and words[index + 1].lower() in lex.role_heads:
            return [" ".join(words[:index]), *_coordinated(" ".join(words[index + 1 :]), lex)]
    return [role]


MAX_APPOSED_TOKENS = 3
_APPOSITION_ENDS = frozenset({",", ".", "(", ")"})


def _apposed_name(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether ``tokens[first:last]`` reads as a person's name set off after a role
    and a comma ("Kepala Stasiun Cuaca Lembah, Sri Mulyani, ..."), whatever the tagger said."""
    words = [t.text for t in tokens[first:last]]
    closed = last == len(tokens) or tokens[last].text in _APPOSITION_ENDS
    return (
        0 < len(words) <= MAX_APPOSED_TOKENS
        and closed
        and first > 0
        and tokens[first - 1].text == ","
        and all(_capitalised(w) and not _acronym(w) for w in words)
        and not {w.casefold() for w in words} & lex.not_names
        and words[0].lower() not in lex.org_heads | lex.loc_heads | lex.place_prefixes
    )


def _listed_otherwise(tokens: list[Token], item: Found, tagger: Tagger) -> bool:
    """Whether the gazetteer lists the span as a body or place and never as a person."""
    key = tuple(t.text.casefold() for t in tokens[item.first : item.last])
    kinds = tagger.gazetteer.names.get(key, "")
    return bool(kinds) and "P" not in kinds


def _apposed_people(
    tokens: list[Token], found: list[Found], lex: Lexicon, tagger: Tagger
) -> list[Found]:
    """A name after a role and a comma is a person: a body or place the tagger typed
    there becomes one (unless listed as such: "Kepala BPBD Malang, Jawa Timur"), and
    an untagged name there is added."""
    people = {i for item in found if item.type == "PER" for i in range(item.first, item.last)}
    covered = {i for item in found for i in range(item.first, item.last)}
    for item in found:
        if (
            item.type != "PER"
            and _apposed_name(tokens, item.first, item.last, lex)
            and not _listed_otherwise(tokens, item, tagger)
            and role_before(tokens, item.first, people, lex) is not None
        ):
            item.type = "PER"
    added = []
    for k, token in enumerate(tokens[:-1]):
        first = k + 1
        last = first
        while (
            last < len(tokens)
            and last - first < MAX_APPOSED_TOKENS
            and _capitalised(tokens[last].text)
        ):
            last += 1
        if token.text != "," or first in covered or not _apposed_name(tokens, first, last, lex):
            continue
        if covered.isdisjoint(range(first, last)) and role_before(tokens, first, people, lex):
            added.append(Found(first, last, "PER"))
    return sorted([*found, *added], key=lambda item: item.first)


def paragraph_mentions(
    text: str, tokens: list[Token], tagged: list[Found], tagger: Tagger, lex: Lexicon
) -> list[Found]:
    """The entity mentions of a paragraph, with roles, from its tokens and tagger spans."""
    found = _join_particles(tokens, tagged, lex)
    _trim_titles(tokens, found, lex)
    found = _split_org_person(tokens, _split_leading(tokens, found, lex), lex)
    found = _org_tail_runs(tokens, _head_runs(tokens, _known(tokens, found, lex), lex), lex)
    found = _first_names(tokens, _aged(tokens, _tidy(tokens, found, lex)), lex)
    found = _join_unit_place(tokens, found)
    found = _brackets(tokens, _meeting_names(tokens, _abbreviations(tokens, found, lex), lex), lex)
    for item in found:
        surface = " ".join(t.text for t in tokens[item.first : item.last]).casefold()
        item.type = lex.types.get(surface, item.type)
    found = _apposed_people(tokens, found, lex, tagger)
    _roles(text, tokens, found, lex, found)
    return found


def add_repeated_names(
    text: str, tokens: list[Token], found: list[Found], surnames: dict[str, str], lex: Lexicon
) -> list[Found]:
    """Tag the article's own surnames where the tagger missed them ("Zakharova menambahkan"),
    with the roles written beside them ("Haniyeh adalah ...")."""
    covered = {i for item in found for i in range(item.first, item.last)}
    added = [
        Found(i, i + 1, surnames[token.text])
        for i, token in enumerate(tokens)
        if i not in covered and token.text in surnames
    ]
    if not added:
        return found
    together = sorted(found + added, key=lambda item: item.first)
    _roles(text, tokens, together, lex, added)
    return together


def split_known_people(
    text: str, tokens: list[Token], found: list[Found], singles: frozenset[str], lex: Lexicon
) -> list[Found]:
    """Cut a person the article names alone elsewhere off the body or place before it.

    The tagger runs "[Kementerian Perhubungan Risal Wasal]" into one body; when
    "Risal" stands alone as a person elsewhere in the article, the name is his.
    """
    out: list[Found] = []
    for item in found:
        cut = next(
            (
                k
                for k in range(item.first + 2, item.last)
                if item.type != "PER"
                and tokens[k].text in singles
                and all(_capitalised(t.text) for t in tokens[k : item.last])
            ),
            None,
        )
        if cut is None:
            out.append(item)
            continue
        person = Found(cut, item.last, "PER")
        _roles(text, tokens, [person], lex, [person])
        out += [Found(item.first, cut, item.type), person]
    return out
