"""The main event's date when the lead recalls an earlier occurrence before the new one."""

from __future__ import annotations

from pantau.doc import Doc, RawDoc
from pantau.events.detect import occurrence_day
from pantau.options import Options
from pantau.records import Article
from pantau.time.stage import timexes


def event_date(body: list[str], published: str | None = None) -> str | None:
    article = Article(id="t", source="t", body=body, published=published)
    doc = Doc(raw=RawDoc(id="t", source="t"), article=article)
    timexes(doc, Options())
    return doc.article.extra["event_date"]


def test_lead_recalling_an_earlier_occurrence_first_dates_the_new_one() -> None:
    body = [
        "Sepekan setelah gempa Sukamaju pada Senin (12/8/2024), giliran Kabupaten Sukajaya "
        "diguncang gempa magnitudo 5,1 pada Senin (19/8/2024).",
        "Warga sempat berhamburan keluar rumah.",
    ]
    assert event_date(body) == "2024-08-19"


def test_report_date_after_the_publication_date_is_not_the_occurrence() -> None:
    body = [
        "Menteri meresmikan pasar baru pada Senin (4/3/2024) dan akan kembali meninjau "
        "lokasi pada Senin (11/3/2024).",
    ]
    assert event_date(body, published="2024-03-05") == "2024-03-04"


def test_year_less_lead_date_takes_the_year_the_article_names_when_nothing_anchors_it() -> None:
    body = [
        "Rapat dewan yang berakhir Rabu (24/4) memutuskan menaikkan suku bunga acuan.",
        "Ekonom menilai keputusan rapat April 2024 di luar perkiraan pasar.",
    ]
    assert event_date(body) == "2024-04-24"


def test_an_event_dated_with_a_slipped_year_follows_its_day_name() -> None:
    """The timex keeps the written "Jumat, 26 Januari 2023"; the event takes the year in
    which 26 January is a Friday."""
    assert occurrence_day("Jumat, 26 Januari 2023", "2023-01-26", "id") == "2024-01-26"
    assert occurrence_day("Selasa (23/5/2025)", "2025-05-23", "id") == "2025-05-23"
    assert occurrence_day("26 Januari 2023", "2023-01-26", "id") == "2023-01-26"
