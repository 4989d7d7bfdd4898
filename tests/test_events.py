"""The events stage on hand-written sentences: types, main event, dates, people, place."""

from __future__ import annotations

from pantau.doc import Doc, RawDoc
from pantau.events import events_stage
from pantau.events.sentences import sentence_spans
from pantau.options import Options
from pantau.records import Article, Entity, Timex


def run(body, entities=(), timexes=(), event_date=None, anchor=None, dateline=None):
    article = Article(id="a", source="a.txt", body=list(body), dateline=dateline)
    article.entities = list(entities)
    article.timexes = list(timexes)
    article.extra["event_date"] = event_date
    doc = Doc(raw=RawDoc(id="a", source="a.txt"), article=article, anchor=anchor)
    events_stage(doc, Options())
    return article


AMIR = Entity("Amir Hasan", "PER", ["Amir"], ["Presiden Sukamaju"])
BUDI = Entity("Budi Santoso", "PER", ["Budi"], [])
KOTA = Entity("Kota Baru", "LOC")


def test_call_in_lead_is_main_with_the_occurrence_date():
    article = run(
        ["Presiden Amir Hasan menelepon Budi Santoso pada Senin (4/3/2024)."],
        [AMIR, BUDI],
        [Timex("Senin (4/3/2024)", "2024-03-04", "DATE")],
        event_date="2024-03-04",
    )
    main = [e for e in article.events if e.main]
    assert len(main) == 1
    assert main[0].type == "call"
    assert main[0].date == "2024-03-04"
    assert main[0].participants == ["Amir Hasan", "Budi Santoso"]


def test_specific_trigger_beats_a_reporting_verb():
    article = run(["Amir mengatakan gempa mengguncang Kota Baru kemarin."], [AMIR, KOTA])
    assert article.events[0].type == "earthquake"


def test_recalled_event_keeps_its_own_date():
    body = [
        "Amir Hasan bertemu Budi Santoso di Kota Baru, Rabu (6/3/2024).",
        "Keduanya terakhir kali melakukan pembicaraan telepon pada 16 Oktober 2023.",
    ]
    timexes = [
        Timex("Rabu (6/3/2024)", "2024-03-06", "DATE"),
        Timex("16 Oktober 2023", "2023-10-16", "DATE"),
    ]
    article = run(body, [AMIR, BUDI, KOTA], timexes, event_date="2024-03-06")
    recalled = [e for e in article.events if not e.main]
    assert [(e.type, e.date, e.main) for e in recalled] == [("call", "2023-10-16", False)]
    assert article.events[0].place == "Kota Baru"


def test_a_span_start_does_not_date_the_event():
    body = ["Sebanyak 200 warga telah dievakuasi sejak 12 November."]
    article = run(body, timexes=[Timex("12 November", "2023-11-12", "DATE")])
    assert article.events[0].type == "evacuation"
    assert article.events[0].date is None or article.events[0].main


def test_a_date_inside_a_quote_does_not_date_the_saying():
    body = ['"Kita masih bisa tumbuh lima persen pada akhir tahun," kata Amir di Kota Baru.']
    article = run(body, [AMIR, KOTA], [Timex("akhir tahun", "2023-12", "DATE")])
    assert all(e.date != "2023-12" for e in article.events if e.type == "statement")


def test_article_without_trigger_still_has_a_dated_main_event():
    article = run(["Cuaca cerah sepanjang hari."], [AMIR], anchor="2024-01-02")
    assert [(e.type, e.main, e.date) for e in article.events] == [("other", True, "2024-01-02")]


def test_event_sentences_point_into_the_body():
    body = ["Pembukaan.", "Amir Hasan mengunjungi Kota Baru pada 2 Februari 2025. Lalu pulang."]
    article = run(body, [AMIR, KOTA], [Timex("2 Februari 2025", "2025-02-02", "DATE")])
    paragraph, start, end = article.extra["event_sentences"][0]
    assert article.body[paragraph][start:end].strip().startswith("Amir Hasan mengunjungi")


def test_sentence_spans_keep_decimals_and_initials_together():
    text = "Harga naik 1.100 rupiah. Dr. Amir setuju! Lalu pulang."
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == [
        "Harga naik 1.100 rupiah.",
        "Dr. Amir setuju!",
        "Lalu pulang.",
    ]


def test_a_date_after_the_speaker_dates_the_speaking_not_the_event():
    body = [
        "Amir Hasan bertemu Budi Santoso, Rabu (6/3/2024).",
        '"Kami sepakat," kata Amir Hasan, Kamis (7/3/2024).',
    ]
    timexes = [
        Timex("Rabu (6/3/2024)", "2024-03-06", "DATE"),
        Timex("Kamis (7/3/2024)", "2024-03-07", "DATE"),
    ]
    article = run(body, [AMIR, BUDI], timexes, event_date="2024-03-06")
    assert [e.date for e in article.events if not e.main] == [None]


def test_a_month_after_sepanjang_is_a_span_not_a_date():
    body = ["Amir Hasan bertemu Budi Santoso.", "Kenaikan harga beras terjadi sepanjang Januari."]
    article = run(body, [AMIR, BUDI], [Timex("Januari", "2024-01", "DATE")])
    recalled = [e for e in article.events if not e.main]
    assert [(e.type, e.date) for e in recalled] == [("price-change", None)]


def _main_of(body, timexes, event_date):
    article = run(body, [AMIR], timexes, event_date=event_date)
    return next(e for e in article.events if e.main), article


def test_a_reaction_in_the_lead_takes_the_day_the_body_gives_the_occurrence():
    body = [
        "Presiden Amir Hasan menyambut penurunan suku bunga acuan, Kamis (16/1/2025).",
        "Rapat Dewan Gubernur bank sentral pada Rabu (15/1/2025) memangkas suku bunga acuan.",
    ]
    timexes = [
        Timex("Kamis (16/1/2025)", "2025-01-16", "DATE"),
        Timex("Rabu (15/1/2025)", "2025-01-15", "DATE"),
    ]
    main, article = _main_of(body, timexes, "2025-01-16")
    assert main.date == "2025-01-15"
    assert "2025-01-15" in article.extra["anchor"]["main_event"]


def test_an_earlier_occurrence_weeks_before_is_another_event_and_moves_nothing():
    body = [
        "Presiden Amir Hasan menyambut penurunan suku bunga acuan, Kamis (16/1/2025).",
        "Rapat Dewan Gubernur pada Rabu (18/12/2024) menahan suku bunga acuan.",
    ]
    timexes = [
        Timex("Kamis (16/1/2025)", "2025-01-16", "DATE"),
        Timex("Rabu (18/12/2024)", "2024-12-18", "DATE"),
    ]
    main, _ = _main_of(body, timexes, "2025-01-16")
    assert main.date == "2025-01-16"
