"""The anchor, the main event's date and the timexes stage on hand-written articles."""

from __future__ import annotations

from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.records import Article
from pantau.time.event_date import main_event_date
from pantau.time.stage import timexes

LATE_REPORT = [
    "Sukamaju Banjir Lagi",
    "SUKAMAJU - Banjir merendam tiga desa di Kabupaten Sukamaju pada Selasa (5/3/2024) "
    "setelah hujan deras turun sejak Senin (4/3/2024) malam.",
    "Warga mengatakan air mulai naik kemarin dan surut pada 1 Maret tahun lalu.",
    "Bupati berjanji meninjau lokasi pekan depan bersama tim dari provinsi yang datang.",
]

YESTERDAY = [
    "JAKARTA - Gubernur meresmikan jembatan baru di kawasan utara kota itu kemarin, "
    "didampingi para pejabat dinas pekerjaan umum.",
]


def make_doc(body: list[str], published: str | None = None) -> Doc:
    article = Article(id="t", source="t", body=body, published=published)
    return Doc(raw=RawDoc(id="t", source="t"), article=article)


def run(body: list[str], published: str | None = None) -> Doc:
    doc = make_doc(body, published)
    timexes(doc, Options())
    return doc


def test_anchor_from_the_lead_when_no_publication_date() -> None:
    doc = run(LATE_REPORT)
    assert doc.anchor == "2024-03-05"
    assert doc.article.extra["anchor"] == {"value": "2024-03-05", "from": "lead"}


def test_publication_date_wins_over_the_lead() -> None:
    doc = run(LATE_REPORT, published="2024-03-06")
    assert doc.article.extra["anchor"] == {"value": "2024-03-06", "from": "published"}
    values = {t.text: t.value for t in doc.article.timexes}
    assert values["kemarin"] == "2024-03-05"
    assert values["pekan depan"] == "2024-W11"


def test_anchor_from_the_body_when_the_lead_has_no_date() -> None:
    plain = "Paragraf ini bercerita panjang tanpa menyebut tanggal apa pun kepada pembaca."
    body = [plain, plain + " Satu.", plain + " Dua.", "Rapat berlangsung 2 Januari 2024 di kota."]
    assert run(body).article.extra["anchor"] == {"value": "2024-01-02", "from": "body"}


def test_no_date_anywhere_leaves_no_anchor() -> None:
    doc = run(YESTERDAY)
    assert doc.article.extra["anchor"] == {"value": None, "from": "none"}
    assert doc.article.extra["event_date"] is None


def test_event_date_is_the_lead_report_date_not_the_publication_date() -> None:
    doc = run(LATE_REPORT, published="2024-03-06")
    assert doc.article.extra["event_date"] == "2024-03-05"


def test_event_date_from_kemarin_against_the_publication_date() -> None:
    assert run(YESTERDAY, published="2024-05-21").article.extra["event_date"] == "2024-05-20"


def test_event_date_prefers_report_forms_over_recalled_dates() -> None:
    body = [
        "Serangan pada 7 Oktober 2023 memicu perang, dan Presiden menelepon mitranya "
        "pada Senin (16/10/2023) untuk pertama kalinya."
    ]
    assert main_event_date(make_doc(body)).value == "2023-10-16"


def test_lead_skips_captions_printed_twice() -> None:
    caption = "Presiden berbicara dalam konferensi pers di Bishkek, Kyrgyzstan, 13 Oktober 2023."
    body = [caption, caption, "JAKARTA - Presiden menelepon mitranya pada Senin (16/10/2023)."]
    doc = run(body)
    assert doc.anchor == "2023-10-16"
    assert doc.article.extra["event_date"] == "2023-10-16"


def test_main_event_date_works_without_the_stage() -> None:
    assert main_event_date(make_doc(LATE_REPORT)).value == "2024-03-05"
