"""Years and days from day names: year-less dates, slipped years, day names that disagree."""

from __future__ import annotations

from datetime import date

from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.records import Article
from pantau.time import calendar as cal
from pantau.time.stage import timexes
from pantau.time.tagger import tag_article
from pantau.time.timex import find, resolve_paragraph

TODAY = date(2026, 12, 2)

MATCH = [
    "Tim tuan rumah bermain imbang 1-1 melawan tamunya di stadion kota, Kamis (10/10), "
    "dalam laga ketiga babak kualifikasi grup yang berlangsung ketat.",
    "Gol penyeimbang dicetak pada menit akhir setelah tuan rumah tertinggal sejak babak "
    "pertama, pukul 21.30 waktu setempat.",
]


def run(body: list[str], published: str | None = None) -> Article:
    article = Article(id="t", source="t", body=body, published=published)
    timexes(Doc(raw=RawDoc(id="t", source="t"), article=article), Options())
    return article


def test_the_day_name_gives_the_year_of_a_yearless_date() -> None:
    found = tag_article(None, MATCH, today=TODAY)
    assert found.anchor.value == "2024-10-10"
    assert found.anchor.source == "lead-weekday"
    assert "Kamis (10/10)" in (found.anchor.why or "")
    assert [t.value for t in found.timexes] == ["2024-10-10", "2024-10-10T21:30"]


def test_the_inferred_year_is_never_after_today() -> None:
    found = tag_article(None, MATCH, today=date(2024, 10, 1))
    day = cal.parse_day(found.anchor.value)
    assert day is not None and day <= date(2024, 10, 1) and day.isoweekday() == 4


def test_the_article_own_years_steer_the_day_name() -> None:
    body = [
        "Lembaga statistik mengumumkan ekonomi kuartal II 2019 tumbuh 5,1 persen dalam "
        "konferensi pers di kantornya, Senin (5/8), di hadapan para wartawan.",
    ]
    assert tag_article(None, body, today=TODAY).anchor.value == "2019-08-05"


def test_year_by_weekday_picks_the_year_the_day_name_fits() -> None:
    assert cal.year_by_weekday(11, 15, 5, 2026, TODAY) == date(2024, 11, 15)


def test_a_written_year_after_today_that_the_day_name_contradicts_is_repaired() -> None:
    body = [
        "Gempa bermagnitudo 5,9 mengguncang pesisir utara pulau itu, Jumat (22/3/2034) "
        "pukul 15.52 WIB, dan dirasakan kuat oleh warga di tiga kecamatan.",
    ]
    found = tag_article(None, body, today=TODAY)
    assert found.timexes[0].value == "2024-03-22"
    assert found.anchor.value == "2024-03-22"


def test_a_date_restated_in_another_form_dates_the_event_by_the_first() -> None:
    body = [
        "Rudal pertama ditembakkan ke arah perbatasan pada Sabtu malam, 13 April 2024 atau "
        "Minggu dini hari 14 April 2024, menurut juru bicara militer negara itu.",
    ]
    assert run(body).extra["event_date"] == "2024-04-13"


def test_a_span_dates_the_event_by_its_start() -> None:
    body = [
        "Gunung di timur pulau itu meletus dan melontarkan batu pijar, Minggu (3/11/2024) "
        "malam hingga Senin dini hari, sehingga warga dua desa mengungsi.",
    ]
    assert run(body).extra["event_date"] == "2024-11-03"


def test_a_day_name_that_disagrees_moves_the_event_date_not_the_timex() -> None:
    body = [
        "Pengadilan tinggi membacakan putusan atas gugatan itu pada Jumat 25 Mei 2024 waktu "
        "setempat, setelah dua hari sidang terbuka di gedungnya.",
    ]
    article = run(body)
    assert article.timexes[0].value == "2024-05-25"
    assert article.extra["event_date"] == "2024-05-24"
    assert "2024-05-24" in article.extra["anchor"]["event_date"]


def test_a_wrong_year_near_the_publication_date_takes_the_year_the_day_name_fits() -> None:
    assert cal.agree_weekday(date(2023, 1, 26), 5, date(2024, 1, 27)) == date(2024, 1, 26)


def test_a_day_name_that_fits_changes_nothing() -> None:
    assert cal.agree_weekday(date(2024, 5, 24), 5, TODAY) == date(2024, 5, 24)


def test_a_relayed_source_date_does_not_date_the_occurrence() -> None:
    body = [
        "Dikutip dari kantor berita asing, Sabtu (25/5/2024), putusan pengadilan itu dibacakan "
        "di ibu kota negara tersebut pada Jumat (24/5/2024) sore waktu setempat.",
    ]
    assert run(body).extra["event_date"] == "2024-05-24"


def test_a_day_name_with_a_dashed_year_is_one_date() -> None:
    body = ["Laga tandang itu digelar di stadion nasional lawan, Kamis, (10/10-2024), malam."]
    assert [t.value for t in tag_article(None, body, today=TODAY).timexes] == ["2024-10-10"]


def test_a_day_name_with_nothing_to_anchor_it_is_some_such_day() -> None:
    body = ["Menteri itu mengumumkan pengunduran dirinya pada hari Selasa di depan wartawan."]
    assert [t.value for t in tag_article(None, body, today=TODAY).timexes] == ["XXXX-WXX-2"]


def test_a_day_name_that_fits_only_a_month_off_marks_a_slipped_month() -> None:
    def value(text: str) -> str | None:
        return resolve_paragraph(find(text), 0, "2024-11-05")[0].value

    assert value("Warga mengungsi sejak Senin (4/10/2024).") == "2024-11-04"
    assert value("Sidang digelar Jumat, 26 Januari 2023.") == "2023-01-26"
    assert value("Laga berlangsung Selasa (23/5/2025).") == "2025-05-23"


def test_a_day_name_no_day_near_the_date_carries_keeps_the_date_but_marks_it_doubtful() -> None:
    body = [
        "Tuan rumah menang 1-0 atas tamunya di stadion kota, Selasa (23/5/2025), dalam laga "
        "kualifikasi grup yang berlangsung ketat.",
    ]
    article = run(body)
    assert article.timexes[0].value == "2025-05-23"
    assert article.extra["event_date"] == "2025-05-23"
    assert article.extra["anchor"]["event_date_doubtful"] is True


def test_a_date_its_day_name_fits_is_not_doubtful() -> None:
    article = run(MATCH, published="2024-10-11")
    assert "event_date_doubtful" not in article.extra["anchor"]
