"""Copies of one article in a batch (re-crawls, AMP and mobile URLs) lose nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pantau.clean.batch import repeated_lines
from pantau.doc import RawDoc
from pantau.options import Options
from pantau.pipeline import analyze
from pantau.records import Article
from pantau.runner import run_items
from pantau.store import Store
from pantau.store.export import export_rows
from pantau.store.schema import MIGRATIONS

STORY = [
    "Banjir Rendam Tiga Kecamatan di Kota Contoh",
    "KOTA CONTOH - Banjir setinggi satu meter merendam tiga kecamatan di Kota Contoh sejak Senin pagi setelah hujan deras turun semalaman.",
    "Kepala Badan Penanggulangan Bencana Daerah Kota Contoh, Rina Wulandari, mengatakan sebanyak 450 keluarga telah mengungsi ke balai desa terdekat.",
    "Petugas gabungan mendirikan dapur umum dan posko kesehatan di dua lokasi pengungsian yang dekat dengan sungai.",
    "Warga diminta tetap waspada karena hujan dengan intensitas tinggi diperkirakan masih turun hingga akhir pekan ini.",
]


def _copies() -> list[RawDoc]:
    """The desktop page, its AMP copy (other menu) and its mobile copy (one typo fixed)."""
    desktop = ["Beranda | Berita | Olahraga", *STORY, "Baca juga: Jalan Tol Baru Dibuka"]
    amp = ["Menu", *STORY, "Tonton video terbaru kami"]
    mobile = [*STORY[:3], STORY[3].replace("dekat dengan", "dekat ke"), *STORY[4:]]
    urls = [
        "https://contoh.co.id/b/1",
        "https://contoh.co.id/amp/b/1",
        "https://m.contoh.co.id/b/1",
    ]
    return [
        RawDoc(f"copy-{i}", url, text="\n".join(lines), url=url)
        for i, (lines, url) in enumerate(zip([desktop, amp, mobile], urls, strict=True))
    ]


def test_three_copies_are_stored_once_and_the_others_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        stats = run_items(_copies(), store, workers=1)
        assert stats.skipped == [] and stats.stored == 1
        assert store.count() == 1
        rows = store.duplicates()
    assert [(row["id"], row["original"]) for row in rows] == [
        ("copy-1", "copy-0"),
        ("copy-2", "copy-0"),
    ]
    assert rows[1]["source"] == "https://m.contoh.co.id/b/1" and rows[1]["kind"] == "near"


def test_copies_count_once_in_the_batch_statistics() -> None:
    others = [
        RawDoc(
            f"o{i}",
            "x",
            text=f"Berita lain nomor {i} tentang pasar.\nMenu",
            url="https://contoh.co.id/o",
        )
        for i in range(2)
    ]
    lines = repeated_lines([*_copies(), *others])["contoh.co.id"]
    assert lines == frozenset()
    more = [*others, RawDoc("o3", "x", text="Satu lagi.\nMenu", url="https://contoh.co.id/p")]
    assert repeated_lines([*_copies(), *more])["contoh.co.id"] == frozenset({"menu"})


def test_batch_statistics_never_empty_an_article() -> None:
    raw = _copies()[0]
    every = frozenset(line.lower() for line in raw.text.splitlines())
    options = Options(boilerplate_lines={"contoh.co.id": every})
    assert analyze(raw, options).body[:1] == [STORY[1]]


def _article(article_id: str, outlet: str, body: list[str]) -> Article:
    return Article(id=article_id, source=f"https://{outlet}/{article_id}", outlet=outlet, body=body)


def test_near_copy_in_a_later_batch_is_a_duplicate_only_within_its_outlet(tmp_path: Path) -> None:
    changed = [*STORY[1:4], STORY[4].replace("Warga", "Masyarakat")]
    wire = [*STORY[1:4], STORY[4].replace("pekan ini", "pekan")]
    with Store(tmp_path / "s.db") as store:
        store.ingest([_article("a", "contoh.co.id", STORY[1:])])
        later = store.ingest(
            [_article("b", "contoh.co.id", changed), _article("c", "lain.com", wire)]
        )
        assert later.duplicates == {"b": "a"} and later.stored == ["c"]
        store.ingest([_article("a", "contoh.co.id", ["Teks yang sama sekali lain."])])
        again = store.ingest([_article("d", "contoh.co.id", [*STORY[1:], "Tambahan."])])
    assert again.stored == ["d"]


def test_duplicates_export_with_their_sources(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        run_items(_copies(), store, workers=1)
        rows = export_rows(store, "duplicates")
    assert [row["source"] for row in rows] == [
        "https://contoh.co.id/amp/b/1",
        "https://m.contoh.co.id/b/1",
    ]


def test_a_store_from_before_near_keys_finds_near_copies_of_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        old.executescript(script)
    original = _article("a", "contoh.co.id", STORY[1:])
    old.execute(
        "INSERT INTO articles (id, source, outlet, content_hash, record) VALUES (?, ?, ?, ?, ?)",
        ("a", original.source, original.outlet, "old-hash", original.to_json()),
    )
    old.execute("PRAGMA user_version = 3")
    old.commit()
    old.close()
    near = [*STORY[1:4], STORY[4].replace("Warga", "Masyarakat")]
    with Store(path) as store:
        assert store.ingest([_article("b", "contoh.co.id", near)]).duplicates == {"b": "a"}
