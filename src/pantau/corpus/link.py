"""Entity identities in the store, updated incrementally as articles arrive.

New articles' entities are linked (``corpus.entities.link_entities``) together
with only the stored identities whose names equal or hold a run of theirs
(found by ``names.name_keys``), each standing in as one representative
occurrence. The cost of an update follows
the new articles and the identities they touch, not the size of the corpus.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import asdict
from typing import Any

from pantau.corpus.entities import Identity, Occurrence, link_entities
from pantau.nlp.lexicon import lexicon
from pantau.nlp.names import name_keys, runs, tokens_of
from pantau.records import Entity
from pantau.store import Store

_MARK = "identity:"
HOLDERS_READ = 3  # longer names read per short one: two distinct already make it ambiguous


def link_new_articles(store: Store, new_ids: list[str]) -> None:
    """Attach the entities of ``new_ids`` to stored identities, merging where they meet."""
    if not new_ids:
        return
    lang = _language(store, new_ids)
    occurrences = _new_occurrences(store, new_ids)
    touched = _touched(store, occurrences, lang)
    stored = {row["id"]: row for row in touched}
    representatives = [
        Occurrence(f"{_MARK}{row['id']}", None, None, _entity_of(row)) for row in touched
    ]
    linked = link_entities([*representatives, *occurrences], lang)
    renewed = set(new_ids)
    kept = {i for identity in linked if (i := _unchanged(identity, stored, renewed))}
    changed = [i for i in stored if i not in kept]
    with store.transaction() as conn:
        conn.executemany("DELETE FROM identities WHERE id = ?", [(i,) for i in changed])
        conn.executemany("DELETE FROM identity_keys WHERE identity = ?", [(i,) for i in changed])
        for identity in linked:
            if _stored_id(identity) not in kept:
                _save(conn, identity, stored, new_ids, lang)


def _stored_id(identity: Identity) -> str | None:
    """The stored identity a linked one stands for alone, if it is one."""
    only = identity.articles[0] if len(identity.articles) == 1 else ""
    return only[len(_MARK) :] if only.startswith(_MARK) else None


def _unchanged(
    identity: Identity, stored: dict[str, dict[str, Any]], renewed: set[str]
) -> str | None:
    """The id of a stored identity that nothing new joined and no re-stored article is in.

    Writing it again would give the same rows; a name token shared with many
    identities (a common first name) would otherwise rewrite all of them with
    every batch, a cost that grew with the corpus.
    """
    old = _stored_id(identity)
    if old is None:
        return None
    row = stored[old]
    held = set(json.loads(row["articles"])) | {r["article"] for r in json.loads(row["roles"])}
    return None if held & renewed else old


def _language(store: Store, ids: list[str]) -> str:
    rows = store.rows(
        f"SELECT language FROM articles WHERE id IN ({','.join('?' * len(ids))})", tuple(ids)
    )
    counts = Counter(row["language"] or "id" for row in rows)
    return counts.most_common(1)[0][0] if counts else "id"


def _new_occurrences(store: Store, ids: list[str]) -> list[Occurrence]:
    rows = store.rows(
        "SELECT m.article_id, a.outlet, a.published, m.name, m.type, m.aliases, m.roles"
        " FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.article_id IN ({','.join('?' * len(ids))}) ORDER BY a.rowid",
        tuple(ids),
    )
    return [
        Occurrence(
            row["article_id"],
            row["outlet"],
            row["published"],
            Entity(row["name"], row["type"], json.loads(row["aliases"]), json.loads(row["roles"])),
        )
        for row in rows
    ]


def _keys(entity: Entity, lang: str) -> set[str]:
    return name_keys(entity.type, [entity.name, *entity.aliases], lexicon(lang))


def _lookups(entity: Entity, lang: str) -> tuple[set[str], set[str]]:
    """Keys of the stored names equal to a run of this entity's (an identity it may
    absorb or join), and keys of stored names holding one of its spellings."""
    lex = lexicon(lang)
    forms = {f for s in (entity.name, *entity.aliases) if (f := tokens_of(s, lex))}
    equal = {f"{entity.type}={' '.join(run)}" for form in forms for run in runs(form)}
    return equal, {f"{entity.type}<{' '.join(form)}" for form in forms}


def _touched(store: Store, occurrences: list[Occurrence], lang: str) -> list[dict[str, Any]]:
    """The stored identities the new occurrences may link with.

    Names equal to a run of a new name, all of them; of the longer names holding a
    short one, a few: a second holder already makes a short name ambiguous, and
    reading every holder of a common first name grew with the corpus.
    """
    equal: set[str] = set()
    holding: set[str] = set()
    for occ in occurrences:
        found = _lookups(occ.entity, lang)
        equal |= found[0]
        holding |= found[1]
    ids = _with_keys(store, equal)
    rows = _rows(store, ids)
    holding |= {f"{row['type']}<{' '.join(tokens_of(row['name'], lexicon(lang)))}" for row in rows}
    more = {i for key in sorted(holding) for i in _holders(store, key)} - ids
    return rows + _rows(store, more)


def _with_keys(store: Store, keys: set[str]) -> set[str]:
    wanted = sorted(keys)
    marks = ",".join("?" * len(wanted))
    rows = store.rows(f"SELECT identity FROM identity_keys WHERE key IN ({marks})", tuple(wanted))
    return {row["identity"] for row in rows}


def _holders(store: Store, key: str) -> list[str]:
    rows = store.rows(
        "SELECT identity FROM identity_keys WHERE key = ? LIMIT ?", (key, HOLDERS_READ)
    )
    return [row["identity"] for row in rows]


def _rows(store: Store, ids: set[str]) -> list[dict[str, Any]]:
    wanted = sorted(ids)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    return store.rows(f"SELECT * FROM identities WHERE id IN ({marks})", tuple(wanted))


def _entity_of(row: dict[str, Any]) -> Entity:
    return Entity(row["name"], row["type"], json.loads(row["aliases"]), [])


def _save(conn, identity: Identity, stored: dict[str, dict[str, Any]], new_ids, lang) -> None:
    """Write one linked identity, folding in the stored identities it absorbed."""
    absorbed = [a[len(_MARK) :] for a in identity.articles if a.startswith(_MARK)]
    renewed = set(new_ids)
    articles: list[str] = []
    roles: list[dict[str, Any]] = []
    aliases = list(identity.aliases)
    for old in absorbed:
        row = stored[old]
        articles += [a for a in json.loads(row["articles"]) if a not in renewed]
        roles += [r for r in json.loads(row["roles"]) if r["article"] not in renewed]
        aliases += [*json.loads(row["aliases"]), row["name"]]
    articles += [a for a in identity.articles if not a.startswith(_MARK)]
    roles += [asdict(use) for use in identity.roles if not use.article.startswith(_MARK)]
    aliases = [a for a in dict.fromkeys(aliases) if a.casefold() != identity.name.casefold()]
    articles = list(dict.fromkeys(articles))
    ident_id = _identity_id(identity.type, identity.name, articles)
    conn.execute(
        "INSERT OR REPLACE INTO identities (id, name, type, aliases, roles, articles)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            ident_id,
            identity.name,
            identity.type,
            json.dumps(aliases),
            json.dumps(roles),
            json.dumps(articles),
        ),
    )
    entity = Entity(identity.name, identity.type, aliases)
    conn.executemany(
        "INSERT INTO identity_keys (key, identity) VALUES (?, ?)",
        [(key, ident_id) for key in sorted(_keys(entity, lang))],
    )
    if absorbed:
        marks = ",".join("?" * len(absorbed))
        conn.execute(
            f"UPDATE mentions SET identity = ? WHERE identity IN ({marks})", (ident_id, *absorbed)
        )
    surfaces = [identity.name, *aliases]
    fresh = [a for a in articles if a in renewed]
    conn.execute(
        f"UPDATE mentions SET identity = ? WHERE type = ? AND identity IS NULL"
        f" AND article_id IN ({','.join('?' * len(fresh))})"
        f" AND name IN ({','.join('?' * len(surfaces))})",
        (ident_id, identity.type, *fresh, *surfaces),
    )


def _identity_id(kind: str, name: str, articles: list[str]) -> str:
    seed = f"{kind}\x1f{name}\x1f{articles[0] if articles else ''}"
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]
