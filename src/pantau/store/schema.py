"""The store's schema as an ordered list of migrations.

``PRAGMA user_version`` records how many migrations a store has applied; opening
a store applies the missing ones in one transaction each. A store newer than
this code is refused rather than guessed at.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, their per-article annotations, corpus tables, full-text search.
    """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        outlet TEXT,
        language TEXT,
        title TEXT,
        published TEXT,
        dateline TEXT,
        content_hash TEXT NOT NULL,
        record TEXT NOT NULL,
        event_cluster TEXT,
        story_cluster TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_outlet_published ON articles (outlet, published);
    CREATE INDEX articles_content_hash ON articles (content_hash);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions (article_id);
    CREATE INDEX mentions_name ON mentions (name);
    CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        text TEXT NOT NULL, value TEXT, type TEXT NOT NULL
    );
    CREATE INDEX timexes_article ON timexes (article_id);
    CREATE TABLE numbers (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        text TEXT NOT NULL, value REAL, what TEXT
    );
    CREATE INDEX numbers_article ON numbers (article_id);
    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        text TEXT NOT NULL, speaker TEXT, kind TEXT NOT NULL, cue TEXT
    );
    CREATE INDEX quotes_article ON quotes (article_id);
    CREATE INDEX quotes_speaker ON quotes (speaker);
    CREATE TABLE relays (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source TEXT NOT NULL, cue TEXT
    );
    CREATE INDEX relays_article ON relays (article_id);
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        type TEXT NOT NULL, trigger TEXT NOT NULL, participants TEXT NOT NULL,
        date TEXT, place TEXT, main INTEGER NOT NULL
    );
    CREATE INDEX events_article ON events (article_id);
    CREATE INDEX events_date ON events (date);
    CREATE TABLE identities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        articles TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT,
        first_date TEXT,
        last_date TEXT
    );
    CREATE TABLE timeline (
        story TEXT NOT NULL,
        date TEXT NOT NULL,
        event TEXT,
        summary TEXT NOT NULL,
        articles TEXT NOT NULL
    );
    CREATE INDEX timeline_story ON timeline (story, date);
    CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61');
    CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker, tokenize = 'unicode61');
    """,
    # 2: event clusters and stories with the profiles and blocking keys that let a
    # new article find its candidates without a pass over the corpus.
    """
    CREATE TABLE event_clusters (
        id TEXT PRIMARY KEY,
        story TEXT,
        date TEXT,
        day INTEGER,
        exact INTEGER NOT NULL,
        type TEXT NOT NULL,
        size INTEGER NOT NULL,
        terms TEXT NOT NULL
    );
    CREATE TABLE cluster_members (article TEXT PRIMARY KEY, cluster TEXT NOT NULL);
    CREATE INDEX event_clusters_story ON event_clusters (story);
    CREATE TABLE cluster_keys (key TEXT NOT NULL, cluster TEXT NOT NULL, day INTEGER);
    CREATE INDEX cluster_keys_key_day ON cluster_keys (key, day);
    CREATE TABLE story_profiles (
        id TEXT PRIMARY KEY,
        first_day INTEGER,
        last_day INTEGER,
        size INTEGER NOT NULL,
        terms TEXT NOT NULL
    );
    CREATE TABLE story_keys (key TEXT NOT NULL, story TEXT NOT NULL, day INTEGER);
    CREATE INDEX story_keys_key_day ON story_keys (key, day);
    CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE corpus_counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    CREATE INDEX articles_event_cluster ON articles (event_cluster);
    CREATE INDEX articles_story_cluster ON articles (story_cluster);
    ALTER TABLE timeline ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]'
    """,
    # 3: entity identities across articles, found through blocking keys (type:token).
    """
    ALTER TABLE mentions ADD COLUMN identity TEXT;
    CREATE INDEX mentions_identity ON mentions (identity);
    CREATE TABLE identity_keys (key TEXT NOT NULL, identity TEXT NOT NULL);
    CREATE INDEX identity_keys_key ON identity_keys (key);
    CREATE INDEX identity_keys_identity ON identity_keys (identity)
    """,
    # 4: inputs not stored because their text (exactly or nearly) is another's, with
    # their sources kept; MinHash band keys (outlet:band:hash) find near-copies.
    """
    CREATE TABLE duplicates (
        id TEXT PRIMARY KEY,
        original TEXT NOT NULL,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX duplicates_original ON duplicates (original);
    CREATE TABLE near_keys (key TEXT NOT NULL, article TEXT NOT NULL);
    CREATE INDEX near_keys_key ON near_keys (key);
    CREATE INDEX near_keys_article ON near_keys (article)
    """,
    # 5: a cluster's keys and members found by cluster, not by a scan that grew with
    # the corpus (joining an article to a cluster read every cluster key).
    """
    CREATE INDEX cluster_keys_cluster ON cluster_keys (cluster);
    CREATE INDEX cluster_members_cluster ON cluster_members (cluster)
    """,
    # 6: where each entity and quote is in its article's body (the record's spans, as
    # JSON), so entity and quote pages link to the words; rows stored before keep '[]'.
    """
    ALTER TABLE mentions ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE quotes ADD COLUMN spans TEXT NOT NULL DEFAULT '[]'
    """,
    # 7: identity keys are whole names and their runs (``names.name_keys``), not
    # tokens, so linking reads a few identities, not all that share a first name;
    # the store's identities are keyed again when it opens.
    """
    DELETE FROM identity_keys
    """,
    # 8: a story's row for one key found by both, not by reading every story that
    # used the key (a province or a public figure's name is on thousands of stories).
    """
    CREATE INDEX story_keys_key_story ON story_keys (key, story)
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
