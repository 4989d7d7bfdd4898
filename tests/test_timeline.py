"""Timelines: recalled events become entries, months fold into days, summaries cite and do not repeat."""

from __future__ import annotations

import json

from pantau.corpus.summary import Candidate, near_duplicate, summarize
from pantau.corpus.timeline import entries, story_items
from pantau.records import Article, Event


def article(aid, outlet, body, events, spans):
    return Article(
        id=aid,
        source=aid,
        outlet=outlet,
        title="Judul",
        body=body,
        events=events,
        extra={"event_sentences": spans},
    )


BODY = [
    "Amir Hasan menelepon Budi Santoso pada Senin (4/3/2024).",
    "Keduanya terakhir kali melakukan pembicaraan telepon pada 16 Oktober 2023.",
]


def sample():
    events = [
        Event("call", "menelepon", ["Amir Hasan", "Budi Santoso"], "2024-03-04", None, True),
        Event("call", "pembicaraan telepon", ["Amir Hasan"], "2023-10-16", None, False),
    ]
    return article("a", "satu.com", BODY, events, [[0, 0, len(BODY[0])], [1, 0, len(BODY[1])]])


def test_recalled_events_are_timeline_entries_in_date_order():
    rows = entries(story_items(sample(), "ev-1"))
    assert [(r[0], r[1]) for r in rows] == [("2023-10-16", None), ("2024-03-04", "ev-1")]
    assert json.loads(rows[1][3]) == ["a"]


def test_a_month_folds_into_the_day_of_the_same_occurrence():
    body = [
        "Bulan lalu, Budi Santoso mengatakan hal itu.",
        "Budi Santoso berkata pada 27 November.",
    ]
    events = [
        Event("statement", "mengatakan", ["Budi Santoso"], "2023-11", None, False),
        Event("statement", "berkata", ["Budi Santoso"], "2023-11-27", None, True),
    ]
    record = article("b", "dua.com", body, events, [[0, 0, len(body[0])], [1, 0, len(body[1])]])
    rows = entries(story_items(record, "ev-2"))
    assert [r[0] for r in rows] == ["2023-11-27"]


def test_undated_and_week_dated_events_stay_off_the_timeline():
    events = [
        Event("call", "menelepon", [], None, None, True),
        Event("attack", "serangan", [], "2023-W41", None, False),
    ]
    record = article("c", "tiga.com", BODY, events, [[0, 0, 10], [1, 0, 10]])
    assert story_items(record, "ev-3") == []


def test_summary_draws_on_several_outlets_and_drops_near_duplicates():
    same = "Amir Hasan menelepon Budi Santoso untuk membahas perbatasan kedua negara."
    candidates = [
        Candidate(same, "a", "satu.com", True),
        Candidate(same.replace("membahas", "membicarakan"), "b", "dua.com", True),
        Candidate(
            "Panggilan itu berlangsung selama 50 menit menurut kantor kepresidenan.",
            "c",
            "tiga.com",
            True,
        ),
    ]
    summary = summarize(candidates)
    assert len(summary.sentences) == 2
    assert {s["article"] for s in summary.sentences} == {"a", "c"} or {
        s["article"] for s in summary.sentences
    } == {"b", "c"}
    assert "[1]" in summary.text and "[2]" in summary.text


def test_near_duplicate_is_about_shared_words():
    assert near_duplicate("Harga beras naik lagi hari ini", "Hari ini harga beras naik lagi")
    assert not near_duplicate("Harga beras naik lagi", "Gempa mengguncang Kota Baru")


def test_the_corpus_update_writes_each_story_timeline(store):
    from pantau.corpus import update_corpus
    from pantau.store.export import export_rows

    record = sample()
    record.title = "Amir Hasan Telepon Budi Santoso"
    update_corpus(store, store.ingest([record]).stored)
    rows = export_rows(store, "timeline")
    assert [row["date"] for row in rows] == ["2023-10-16", "2024-03-04"]
    span = {"p": 1, "start": 0, "end": len(BODY[1])}
    assert rows[0]["sentences"] == [{"text": BODY[1], "article": "a", "span": span}]
    assert rows[0]["summary"] == BODY[1] + " [1]"


def test_plans_dated_after_publication_are_left_out():
    events = [
        Event("call", "menelepon", ["Amir Hasan"], "2024-03-04", None, True),
        Event("call", "pembicaraan telepon", ["Amir Hasan"], "2024-03-11", None, False),
    ]
    body = [BODY[0], "Keduanya akan melakukan pembicaraan telepon lagi Senin pekan depan."]
    item = article("a", "satu.com", body, events, [[0, 0, len(body[0])], [1, 0, len(body[1])]])
    item.published = "2024-03-05T08:00:00+07:00"
    assert [i.date for i in story_items(item, "ev-1")] == ["2024-03-04"]


def test_reactions_a_day_or_two_after_the_occurrence_join_its_entry():
    body = [
        "Amir Hasan menelepon Budi Santoso pada Senin (4/3/2024).",
        "Sehari kemudian, Selasa (5/3/2024), Budi Santoso mengatakan percakapan itu hangat.",
        "Keduanya terakhir kali melakukan pembicaraan telepon pada 16 Oktober 2023.",
    ]
    events = [
        Event("call", "menelepon", ["Amir Hasan", "Budi Santoso"], "2024-03-04", None, True),
        Event("statement", "mengatakan", ["Budi Santoso"], "2024-03-05", None, False),
        Event("call", "pembicaraan telepon", ["Amir Hasan"], "2023-10-16", None, False),
    ]
    spans = [[index, 0, len(text)] for index, text in enumerate(body)]
    rows = entries(story_items(article("r", "satu.com", body, events, spans), "ev-1"))
    assert [(r[0], r[1]) for r in rows] == [("2023-10-16", None), ("2024-03-04", "ev-1")]


def test_without_a_publication_date_the_main_event_dates_the_article():
    body = [BODY[0], "Keduanya akan melakukan pembicaraan telepon lagi bulan depan."]
    events = [
        Event("call", "menelepon", ["Amir Hasan"], "2024-03-04", None, True),
        Event("call", "pembicaraan telepon", ["Amir Hasan"], "2024-04", None, False),
    ]
    item = article("p", "satu.com", body, events, [[0, 0, len(body[0])], [1, 0, len(body[1])]])
    assert [i.date for i in story_items(item, "ev-1")] == ["2024-03-04"]
