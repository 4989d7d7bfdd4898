"""Numbers in Indonesian formats, their qualifiers and what they count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.records import Article
from pantau.time.numbers import counted_phrase, find_numbers
from pantau.time.numparse import format_digits, parse_amount, parse_digits, parse_words
from pantau.time.stage import numbers, timexes


def found(text: str) -> list[tuple[str, int | float | None, str | None, str | None]]:
    return [(n.text, n.value, n.what, n.qualifier) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.100", 1100),
        ("2,5", 2.5),
        ("1.234.567,25", 1234567.25),
        ("2,5 juta", 2500000),
        ("Rp1,2 triliun"[2:], 1200000000000),
        ("6,25", 6.25),
        ("sepuluh", 10),
        ("dua puluh tiga", 23),
        ("tiga ratus dua puluh lima", 325),
        ("dua belas", 12),
        ("seribu dua ratus", 1200),
        ("dua juta tiga ratus ribu", 2300000),
        ("ratusan", 100),
        ("ratusan ribu", 100000),
    ],
)
def test_parse_amount(text: str, value: int | float) -> None:
    parsed = parse_amount(text, "id")
    assert parsed == value
    assert isinstance(parsed, type(value))


def test_parse_words_rejects_other_words() -> None:
    assert parse_words(["dua", "kucing"], "id") is None


@given(st.integers(min_value=0, max_value=10**15))
def test_whole_numbers_round_trip_through_indonesian_digits(value: int) -> None:
    assert parse_digits(format_digits(value)) == value


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimals_round_trip_through_indonesian_digits(whole: int, cents: int) -> None:
    written = f"{format_digits(whole)},{cents:02d}"
    assert parse_digits(written) * 100 == whole * 100 + cents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 883 warga Rusia dari Gaza tiba.", ("883 warga Rusia", 883, "warga Rusia", None)),
        ("dari sekitar 1.100 orang yang mendaftar", ("1.100 orang", 1100, "orang", "about")),
        ("Sedikitnya 12 rumah terbakar.", ("12 rumah", 12, "rumah", "at-least")),
        ("hampir US$ 3 miliar", ("US$ 3 miliar", 3000000000, "dolar AS", "almost")),
        ("anggaran Rp1,2 triliun untuk jalan", ("Rp1,2 triliun", 1200000000000, "rupiah", None)),
        ("naik menjadi 6,25 persen.", ("6,25 persen", 6.25, "persen", None)),
        ("inflasi 2,5% pada Mei", ("2,5%", 2.5, "persen", None)),
        ("naik 25 basis poin menjadi", ("25 basis poin", 25, "basis poin", None)),
        ("sepuluh nelayan hilang", ("sepuluh nelayan", 10, "nelayan", None)),
        ("ratusan warga berkumpul", ("ratusan warga", 100, "warga", "at-least")),
        ("lebih dari 40 pengungsi tiba", ("40 pengungsi", 40, "pengungsi", "more-than")),
    ],
)
def test_quantities(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("warga negara Rusia dan Palestina. Informasi", "warga negara Rusia dan Palestina"),
        (
            "warga Rusia dan anggota keluarga Palestina telah tiba",
            "warga Rusia dan anggota keluarga Palestina",
        ),
        ("sandera dibebaskan selama", "sandera"),
        ("orang mengungsi ke Mesir", "orang"),
        ("menteri luar negeri hadir", "menteri luar negeri"),
        ("tersangka ditahan", "tersangka"),
        ("dan 20 lainnya", None),
        (", kata dia", None),
    ],
)
def test_counted_phrase_stops_at_verbs_and_function_words(text: str, what: str | None) -> None:
    assert counted_phrase(text) == what


def test_a_number_with_nothing_counted_borrows_from_dari() -> None:
    assert found("Sebanyak 883 dari 1.100 orang tiba.")[0] == ("883", 883, "orang", None)


@pytest.mark.parametrize(
    "text",
    [
        "Salah satu korban selamat.",
        "Pasal 27 UU ITE digugat.",
        "hari ke-3 operasi",
        "Piala Dunia 2022 digelar di Qatar.",
        "jet tempur F-16 milik",
        "pandemi Covid-19 melanda",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_numbers_stage_leaves_out_dates_times_and_durations() -> None:
    body = [
        "Pada Minggu (10/12/2023) pukul 08.30 WIB, 138 sandera masih ditahan setelah "
        "gencatan senjata 7 hari berakhir, kata sekitar 20 saksi."
    ]
    doc = Doc(raw=RawDoc(id="t", source="t"), article=Article(id="t", source="t", body=body))
    timexes(doc, Options())
    numbers(doc, Options())
    assert [(n.text, n.value, n.what) for n in doc.article.numbers] == [
        ("138 sandera", 138, "sandera"),
        ("20 saksi", 20, "saksi"),
    ]
    assert [n.qualifier for n in doc.article.numbers] == [None, "about"]


def test_numbers_stage_runs_without_the_timexes_stage() -> None:
    body = ["Banjir 7 Oktober 2023 merendam 240 rumah."]
    doc = Doc(raw=RawDoc(id="t", source="t"), article=Article(id="t", source="t", body=body))
    numbers(doc, Options())
    assert [n.text for n in doc.article.numbers] == ["240 rumah"]
