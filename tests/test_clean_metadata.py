"""Metadata readers: datelines, outlets, dates, bylines, offline domains."""

from __future__ import annotations

import pytest

from pantau.clean.byline import authors, is_name_line
from pantau.clean.dateline import parse
from pantau.clean.dates import from_hint, from_url, header_date
from pantau.clean.metadata import outlet_of_credit, registrable_domain


@pytest.mark.parametrize(
    ("line", "credit", "city"),
    [
        (
            "TRIBUNNEWS.COM -Presiden itu berbicara kepada wartawan di istana.",
            "TRIBUNNEWS.COM",
            None,
        ),
        ("REPUBLIKA.CO.ID,\u00a0MOSKOW – Presiden itu berbicara.", "REPUBLIKA.CO.ID", "Moskow"),
        ("Liputan6.com, Moskow - Presiden itu berbicara.", "Liputan6.com", "Moskow"),
        ("Jakarta (ANTARA) - Presiden itu berbicara.", "ANTARA", "Jakarta"),
        ("Jakarta, CNN Indonesia -- Presiden itu berbicara.", "CNN Indonesia", "Jakarta"),
        (
            "KONTAN.CO.ID - JAKARTA. Harga emas naik pada perdagangan pagi ini.",
            "KONTAN.CO.ID",
            "Jakarta",
        ),
        (
            "BANDAR LAMPUNG - Gubernur meninjau jalan rusak di pinggir kota pagi ini.",
            None,
            "Bandar Lampung",
        ),
        (
            "Jakarta: Dewan mengesahkan revisi undang-undang dalam rapat paripurna Kamis.",
            None,
            "Jakarta",
        ),
    ],
)
def test_dateline_parts(line: str, credit: str | None, city: str | None) -> None:
    found = parse(line)
    assert found is not None and (found.credit, found.city) == (credit, city)


@pytest.mark.parametrize(
    "line",
    [
        "Putin Telepon Netanyahu Pertama Kali sejak Israel vs Hamas Memanas, Bahas Apa?",
        "Komunikasi Rusia-Hamas",
        "Israel - Palestina",
        "Menurut dia, rencana itu - yang belum disetujui - akan dibahas lagi pekan depan.",
        "BMKG: Hujan Lebat Berpotensi Landa Jabodetabek Sepekan ke Depan",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse(line) is None


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("TRIBUNNEWS.COM", "tribunnews.com"),
        ("REPUBLIKA.CO.ID", "republika.co.id"),
        ("CNN Indonesia", "cnnindonesia.com"),
        ("ANTARA", "antaranews.com"),
        ("IDN Times", "idntimes.com"),
        ("Tak Dikenal", None),
    ],
)
def test_outlet_of_credit(credit: str, outlet: str | None) -> None:
    assert outlet_of_credit(credit) == outlet


def test_registrable_domain_uses_the_bundled_suffix_list() -> None:
    assert registrable_domain("https://jatim.tribunnews.com/2023/x") == "tribunnews.com"
    assert registrable_domain("https://www.republika.co.id/berita/x") == "republika.co.id"
    assert registrable_domain("not a url") is None


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://www.tribunnews.com/internasional/2023/12/11/judul", "2023-12-11"),
        ("https://example.com/read/20231123/judul", "2023-11-23"),
        ("https://www.cnnindonesia.com/x/20231211123456-120-1035678/judul", "2023-12-11"),
        ("https://www.liputan6.com/read/5481234/judul", None),
        ("https://example.com/2023/13/45/judul", None),
    ],
)
def test_date_from_url(url: str, value: str | None) -> None:
    assert from_url(url) == value


def test_date_from_hint() -> None:
    assert from_hint("2024-02-07T08:30:00+07:00") == "2024-02-07"
    assert from_hint("kemarin") is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Susi Susanti , Jurnalis-Selasa, 17 Oktober 2023 |08:30 WIB", "2023-10-17"),
        ("Kamis 16 Desember 2021 17:11 WIB", "2021-12-16"),
        ("Kompas.com - 11/12/2023, 10:00 WIB", "2023-12-11"),
        ("Rabu (7/2/2024)", None),
        ("24/04/2024", "2024-04-24"),
        ("Jakarta ● Wed, May 8, 2024", "2024-05-08"),
        ("Nama Penulis • 28 Maret 2024 13:05", "2024-03-28"),
        (
            "Putin menelepon Netanyahu pada 16 Oktober 2023 untuk membahas Gaza bersama pemimpin lain.",
            None,
        ),
    ],
)
def test_header_date(line: str, value: str | None) -> None:
    assert header_date(line, "id") == value


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Rep: Kamran Dikarma Red: Esthi Maharani", ["Kamran Dikarma", "Esthi Maharani"]),
        ("Penulis: Ahmad Dani | Editor: Budi Santoso", ["Ahmad Dani", "Budi Santoso"]),
        ("Susi Susanti , Jurnalis-Selasa, 17 Oktober 2023 |08:30 WIB", ["Susi Susanti"]),
        ("Laporan Wartawan Tribunnews.com, Dedi Kurniawan", ["Dedi Kurniawan"]),
        ("Pewarta: A. Rahman dan Dewi Lestari", ["A. Rahman", "Dewi Lestari"]),
        ("Videografer: Dimas Prakoso", []),
        ("(abc/xyz)", []),
        ("Oleh Muhammad Ali", ["Muhammad Ali"]),
        ("Penulis Kontributor Mataram, Fitri Rachmawati", ["Fitri Rachmawati"]),
        ("Nama Penulis • 28 Maret 2024 13:05", ["Nama Penulis"]),
        ("Bagas Isdiansyah | Galih Prasetyo", ["Bagas Isdiansyah", "Galih Prasetyo"]),
        ("Dwi Argo Santosa / WBP", ["Dwi Argo Santosa"]),
        ("Dio Suhenda (The Jakarta Post)", ["Dio Suhenda"]),
        ("LAPORAN: WIDYA VICTORIA", ["Widya Victoria"]),
        ("Laporan Jafaruddin | Aceh Utara", ["Jafaruddin"]),
        ("Tim Redaksi", []),
        ("Selasa, 12 Mar 2024 10:15 WIB", []),
        ("Reporter : Sari Wulandari | Senin, 25 Maret 2024 12:47", ["Sari Wulandari"]),
        ("Dewi Pratiwi, CNBC Indonesia", ["Dewi Pratiwi"]),
    ],
)
def test_byline_authors(line: str, names: list[str]) -> None:
    assert authors(line, "id") == names


def test_byline_signed_with_the_outlet_desk() -> None:
    assert authors("Rina Susanti - detikNews", "id") == ["Rina Susanti"]


@pytest.mark.parametrize(
    ("line", "alone", "expected"),
    [
        ("Raka Dwi Novianto", False, True),
        ("Sunartono", False, False),
        ("Sunartono", True, True),
        ("Berita Terkini", False, False),
        ("JAKARTA", True, False),
        ("Laporan Wartawan Tribunnews.com, Dedi Kurniawan", False, False),
        ("Harga cabai naik lagi", False, False),
    ],
)
def test_name_line(line: str, alone: bool, expected: bool) -> None:
    assert is_name_line(line, "id", alone=alone) is expected


def test_brand_closed_by_a_full_stop_is_a_dateline_credit() -> None:
    found = parse("RMOL. Badan pengawas meminta penyelenggara memperbaiki data pemilih ganda.")
    assert found is not None and (found.credit, found.city) == ("RMOL", None)
    assert parse("Pak. Budi datang ke kantor kelurahan pagi ini untuk mengurus surat.") is None


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("KOMPAS", "kompas.id"), ("KOMPAS.com", "kompas.com"), ("KOMPAS.TV", "kompas.tv")],
)
def test_kompas_brands_are_three_outlets(credit: str, outlet: str) -> None:
    assert outlet_of_credit(credit) == outlet
