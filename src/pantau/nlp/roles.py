"""Titles and roles attached to the person they precede or follow.

"Presiden Rusia Vladimir Putin" and "Kepala Rabi Rusia, Berl Lazar" put the
role before the name; "Maria Zakharova, Juru Bicara Kementerian Luar Negeri
Rusia," puts it after the name and a comma. A role starts at a head word
(``ner_role_heads.txt``) and runs over capitalised words and the lower-case
words of ``ner_role_words.txt``. Roles keep the article's own case and
leave out a bracketed short form inside ("Kepala Badan Pusat Statistik (BPS)
Amalia"). A rank between role and name ("Kapolda Metro Jaya Irjen Karyoto",
"Juru Bicara IDF Laksamana Muda Daniel Hagari") is a title of its own.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from pantau.nlp.lexicon import Lexicon
from pantau.nlp.tokenize import Token

MAX_ROLE_TOKENS = 14
MAX_BRACKET_TOKENS = 4
MAX_PREDICATE_ROLE_TOKENS = 8
MAX_AGE_TOKENS = 4  # ", 62 tahun," between a name and what is said of it


def _role_token(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return word[:1].isupper() or word.isdigit() or low in lex.role_words or low in lex.role_heads


def role_before(
    tokens: Sequence[Token], start: int, blocked: Container[int], lex: Lexicon
) -> tuple[int, int] | None:
    """The token span ``[first, last)`` of the role just before the name at ``start``."""
    start = _before_honorific(tokens, start, lex)
    last = start - 1 if start > 0 and tokens[start - 1].text == "," else start
    rank = rank_before(tokens, 0, last, lex)
    if rank is not None:
        last = rank[0] - 1 if rank[0] > 0 and tokens[rank[0] - 1].text == "," else rank[0]
    head = None
    k = last - 1
    while k >= 0 and last - k <= MAX_ROLE_TOKENS and k not in blocked:
        word = tokens[k].text
        if word == ")":
            k = _bracket_open(tokens, k)
        elif word.lower() in lex.role_heads:
            head = k
        elif not _role_token(word, lex):
            break
        k -= 1
    return (head, last) if head is not None else None


def _before_honorific(tokens: Sequence[Token], start: int, lex: Lexicon) -> int:
    """Where a form of address right before the name begins ("Yang Mulia"), else ``start``."""
    for honorific in lex.honorifics:
        first = start - len(honorific)
        if first >= 0 and tuple(t.text for t in tokens[first:start]) == honorific:
            return first
    return start


def rank_before(
    tokens: Sequence[Token], floor: int, start: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The span of a rank written right before the name at ``start`` and after ``floor``:
    a rank word and its qualifiers ("Laksamana Muda", "Brigjen TNI"), a title of its own."""
    k = start
    while k > floor and tokens[k - 1].text.lower() in lex.rank_qualifiers:
        k -= 1
    while k > floor and tokens[k - 1].text.lower() in lex.ranks:
        k -= 1
    if k == start or tokens[k].text.lower() not in lex.ranks:
        return None
    return k, start


def _bracket_open(tokens: Sequence[Token], close: int) -> int:
    """The "(" of a short bracket ending at ``close`` ("Kementerian Agama (Kemenag)"), or -1."""
    k = close - 1
    while k >= 0 and close - k <= MAX_BRACKET_TOKENS and tokens[k].text != "(":
        k -= 1
    return k if k >= 0 and tokens[k].text == "(" else -1


def role_after(
    tokens: Sequence[Token], end: int, blocked: Container[int], lex: Lexicon
) -> tuple[int, int] | None:
    """The token span of a role after the name ending at ``end`` and a comma.

    A role that runs into another person's name is that person's title
    ("al-Sisi, Presiden Iran Ebrahim Raisi"), not this one's.
    """
    head = end + 1
    if head >= len(tokens) or tokens[end].text != ",":
        return None
    if tokens[head].text.lower() not in lex.role_heads:
        return None
    k = head + 1
    while (
        k < len(tokens)
        and k - head < MAX_ROLE_TOKENS
        and k not in blocked
        and _role_token(tokens[k].text, lex)
    ):
        k += 1
    if k in blocked:
        return None
    apposed = _predicate_end(tokens, head, blocked, lex)
    if apposed > k and apposed < len(tokens) and tokens[apposed].text in {",", ".", ")"}:
        return head, apposed  # a whole apposition between commas: ", pemimpin gerakan ini,"
    while k > head + 1 and tokens[k - 1].text.lower() in lex.role_connectors:
        k -= 1
    return head, k


def role_predicate(
    tokens: Sequence[Token], end: int, blocked: Container[int], lex: Lexicon
) -> tuple[int, int] | None:
    """The token span of a role said of the name ending at ``end``: "Haniyeh adalah
    anggota terkemuka gerakan Hamas", "Sinwar terpilih sebagai kepala biro politik".

    The role runs from a head word to punctuation, a stop word, another name or
    ``MAX_PREDICATE_ROLE_TOKENS``; lower-case words count, as a predicate's role
    is often written in lower case.
    """
    words = lex.role_predicates
    k = _after_age(tokens, end)
    if (
        k + 1 < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 1].text.lower() in words["adverb"]
    ):
        k += 1  # "Prabowo, yang kini hadir sebagai ..."
    while k < len(tokens) and tokens[k].text.lower() in words["adverb"]:
        k += 1
    head = _after_copula(tokens, k, words["copula"])
    if head is None or head >= len(tokens) or tokens[head].text.lower() not in lex.role_heads:
        return None
    k = _predicate_end(tokens, head, blocked, lex)
    return None if k in blocked else (head, k)


def _predicate_end(
    tokens: Sequence[Token], head: int, blocked: Container[int], lex: Lexicon
) -> int:
    """Where a role written in running words ends: at punctuation, a stop word, a name
    or ``MAX_PREDICATE_ROLE_TOKENS``."""
    stops = lex.role_predicates["stop"]
    k = head + 1
    while (
        k < len(tokens)
        and k - head < MAX_PREDICATE_ROLE_TOKENS
        and k not in blocked
        and tokens[k].text[:1].isalnum()
        and tokens[k].text.lower() not in stops
    ):
        k += 1
    return k


def _after_age(tokens: Sequence[Token], end: int) -> int:
    """Past a bracketed or comma-set age right after the name ("Haniyeh, 62 tahun,")."""
    if end >= len(tokens) or tokens[end].text not in {",", "("}:
        return end
    close = "," if tokens[end].text == "," else ")"
    for k in range(end + 1, min(end + MAX_AGE_TOKENS + 1, len(tokens))):
        if tokens[k].text == close:
            inner = tokens[end + 1 : k]
            return k + 1 if any(t.text.isdigit() for t in inner) else end
    return end


def _after_copula(tokens: Sequence[Token], k: int, copulas: Container[str]) -> int | None:
    """The index after a one- or two-word copula at ``k``, or None."""
    for size in (2, 1):
        phrase = " ".join(t.text.lower() for t in tokens[k : k + size])
        if len(tokens[k : k + size]) == size and phrase in copulas:
            return k + size
    return None
