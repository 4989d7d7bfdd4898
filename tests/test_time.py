"""The temporal tagger on hand-written Indonesian sentences: spans, types and TIMEX3 values."""

from __future__ import annotations

import pytest

from pantau.events.detect import occurrence_day
from pantau.time.tagger import tag_article
from pantau.time.timex import find, resolve_paragraph

ANCHOR = "2023-12-10"  # a Sunday, ISO week 49


def tag(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.type) for t in resolve_paragraph(find(text), 0, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat digelar 16 Oktober 2023 di Jakarta.", ("16 Oktober 2023", "2023-10-16")),
        ("Surat itu bertanggal 16/10/2023.", ("16/10/2023", "2023-10-16")),
        ("Surat itu bertanggal 16-10-2023.", ("16-10-2023", "2023-10-16")),
        ("Data per 2023-10-16 menunjukkan kenaikan.", ("2023-10-16", "2023-10-16")),
        ("Ia tiba pada 16 Okt 2023 pagi.", ("16 Okt 2023", "2023-10-16")),
    ],
)
def test_full_dates(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kata Menteri itu, Rabu (7/2/2024).", ("Rabu (7/2/2024)", "2024-02-07")),
        ("Kedua tokoh berbicara, Ahad (10/12/2023).", ("Ahad (10/12/2023)", "2023-12-10")),
        ("Acara berlangsung Minggu, 10 Desember 2023.", ("Minggu, 10 Desember 2023", "2023-12-10")),
        ("Polisi datang Jumat malam (8/12/2023).", ("Jumat malam (8/12/2023)", "2023-12-08")),
    ],
)
def test_day_names_with_dates(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_day_name_with_partial_date_takes_the_year_where_the_weekday_fits() -> None:
    assert tag("Ia bicara Jumat (8/12) di Bogor.", "2024-01-03") == [
        ("Jumat (8/12)", "2023-12-08", "DATE")
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Ia dibebaskan pada 15 Februari lalu.", "2025-04-16", "2025-02-15"),
        ("Pintu perbatasan dibuka pada 2 Desember.", "2023-12-10", "2023-12-02"),
        ("Sidang dijadwalkan 5 Januari.", "2023-12-20", "2024-01-05"),
    ],
)
def test_partial_dates_take_the_year_nearest_the_anchor(
    text: str, anchor: str, expected: str
) -> None:
    values = [v for _, v, _ in tag(text, anchor)]
    assert values[0] == expected


def test_partial_date_without_anchor_keeps_unknown_year() -> None:
    assert tag("Ia dibebaskan pada 15 Februari.", None) == [("15 Februari", "XXXX-02-15", "DATE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perang pecah pada Oktober 2023.", ("Oktober 2023", "2023-10")),
        ("Resolusi itu diveto Oktober lalu.", ("Oktober lalu", "2023-10")),
        ("Bulan lalu, ia berpidato.", ("Bulan lalu", "2023-11")),
        ("Pemilu digelar tahun depan.", ("tahun depan", "2024")),
        ("Harga naik sejak 2021.", ("2021", "2021")),
        ("Pada tahun 2019, ia menjabat.", ("tahun 2019", "2019")),
        ("Ia menjabat sejak Maret.", ("Maret", "2023-03")),
    ],
)
def test_months_and_years(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_month_lalu_in_the_same_month_means_last_year() -> None:
    assert tag("Ia datang Desember lalu.") == [("Desember lalu", "2022-12", "DATE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Informasi ini baru diperoleh kemarin.", ("kemarin", "2023-12-09")),
        ("Hasilnya diumumkan hari ini.", ("hari ini", "2023-12-10")),
        ("Sidang dilanjutkan besok.", ("besok", "2023-12-11")),
        ("Sidang dilanjutkan lusa.", ("lusa", "2023-12-12")),
        ("Ia berbicara pekan lalu.", ("pekan lalu", "2023-W48")),
        ("Ia berbicara pada minggu lalu.", ("minggu lalu", "2023-W48")),
        ("Kapal itu tenggelam dua hari lalu.", ("dua hari lalu", "2023-12-08")),
        ("Hasil akan keluar tiga hari lagi.", ("tiga hari lagi", "2023-12-13")),
        ("Ia pindah setahun lalu.", ("setahun lalu", "2022")),
        ("Ia bertemu Putin pada Rabu di Kremlin.", ("Rabu", "2023-12-06")),
        ("Ia menelepon, Jumat lalu.", ("Jumat lalu", "2023-12-08")),
    ],
)
def test_relative_days_and_weeks(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_relative_without_anchor_has_no_value() -> None:
    assert tag("Informasi ini diperoleh kemarin.", None) == [("kemarin", None, "DATE")]


def test_vague_past_is_past_ref() -> None:
    assert tag("Ia datang beberapa minggu lalu.") == [("beberapa minggu lalu", "PAST_REF", "DATE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat dimulai pukul 08.30 WIB.", ("pukul 08.30 WIB", "2023-12-10T08:30")),
        ("Rapat dimulai 08:30 WIB.", ("08:30 WIB", "2023-12-10T08:30")),
        ("Ledakan terdengar pukul 8 malam.", ("pukul 8 malam", "2023-12-10T20:00")),
    ],
)
def test_clock_times_on_the_anchor_day(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v, k) for t, v, k in tag(text)] == [(*expected, "TIME")]


def test_clock_time_takes_the_date_written_before_it() -> None:
    assert tag("Pada Senin (4/12/2023) pukul 14.00 WIB, sidang dibuka.")[1] == (
        "pukul 14.00 WIB",
        "2023-12-04T14:00",
        "TIME",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mereka bicara selama 50 menit.", ("selama 50 menit", "PT50M")),
        ("Ia ditahan selama lebih dari 500 hari.", ("selama lebih dari 500 hari", "P500D")),
        ("Gencatan senjata 7 hari berakhir.", ("7 hari", "P7D")),
        ("Ia dihukum sepuluh tahun penjara.", ("sepuluh tahun", "P10Y")),
        ("Mereka berjalan 2 jam 30 menit.", ("2 jam 30 menit", "PT2H30M")),
        ("Ia kembali sepekan lamanya.", ("sepekan", "P1W")),
    ],
)
def test_durations(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v, k) for t, v, k in tag(text)] == [(*expected, "DURATION")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival itu digelar setiap tahun.", ("setiap tahun", "P1Y")),
        ("Pasar buka tiap Senin.", ("tiap Senin", "XXXX-WXX-1")),
    ],
)
def test_sets(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v, k) for t, v, k in tag(text)] == [(*expected, "SET")]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 2023 orang mendaftar.",
        "Ia membayar Rp2.023.000 untuk tiket.",
        "Skor akhir 3-1 untuk tuan rumah.",
        "Kegiatan sehari-hari warga terganggu.",
        "Salah satu korban adalah anak.",
    ],
)
def test_no_timex_in_plain_numbers(text: str) -> None:
    assert tag(text) == []


def test_longest_match_wins_over_its_parts() -> None:
    assert [t for t, _, _ in tag("Minggu (10/12/2023) dan minggu lalu.")] == [
        "Minggu (10/12/2023)",
        "minggu lalu",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ia datang Jumat pekan lalu.", ("Jumat pekan lalu", "2023-12-01")),
        ("Harga naik Oktober tahun lalu.", ("Oktober tahun lalu", "2022-10")),
        ("Ia lahir 5 Mei tahun lalu.", ("5 Mei tahun lalu", "2022-05-05")),
        ("Polisi menangkap pelaku semalam.", ("semalam", "2023-12-09")),
        ("Kasus itu naik di 2022.", ("2022", "2022")),
        ("Presiden berbicara, Senin (4/12) di Istana.", ("Senin (4/12)", "2023-12-04")),
    ],
)
def test_other_outlets_styles(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekonomi tumbuh 5 persen pada kuartal IV 2023.", ("kuartal IV 2023", "2023-Q4")),
        ("Laba naik pada semester pertama 2022.", ("semester pertama 2022", "2022-H1")),
        ("Ekspor turun pada triwulan III.", ("triwulan III", "2023-Q3")),
    ],
)
def test_parts_of_a_year(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_edge_of_a_period_without_ini_is_the_anchor_period() -> None:
    assert [(t, v) for t, v, _ in tag("Harga tidak naik hingga awal tahun.")] == [
        ("awal tahun", "2023")
    ]


def test_a_year_after_a_name_is_a_year() -> None:
    found = [(t, v) for t, v, _ in tag("Tim itu lolos ke Piala Dunia 2026 dengan Rp 2025 juta.")]
    assert found == [("2026", "2026")]


def test_a_count_before_sebelumnya_counts_from_the_date_before_it() -> None:
    found = tag("Serangan terjadi 17 November 2023. Dua hari sebelumnya, ia menelepon.")
    assert [(t, v) for t, v, _ in found] == [
        ("17 November 2023", "2023-11-17"),
        ("Dua hari sebelumnya", "2023-11-15"),
    ]


def test_a_clock_time_takes_the_date_of_the_paragraph_before() -> None:
    tagged = tag_article(
        ANCHOR, ["Laga digelar Selasa (5/12/2023) malam.", "Laga dimulai pukul 19.30 WIB."]
    )
    assert [t.value for t in tagged.timexes] == ["2023-12-05", "2023-12-05T19:30"]


def test_a_year_after_a_comparison_word() -> None:
    assert [(t, v) for t, v, _ in tag("Angka itu naik dibandingkan 2022.")] == [("2022", "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kedua kota bersaing selama beberapa dekade.", ("beberapa dekade", "PXDE")),
        ("Harga beras naik dalam beberapa bulan terakhir.", ("beberapa bulan terakhir", "PXM")),
        ("Perbaikan jalan itu memakan waktu bertahun-tahun.", ("bertahun-tahun", "PXY")),
        ("Kapal itu butuh waktu beberapa jam untuk merapat.", ("beberapa jam", "PTXH")),
    ],
)
def test_uncounted_lengths_are_vague_durations(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, kind in tag(text) if kind == "DURATION"] == [expected]


def test_by_a_time_and_a_wait_are_not_lengths() -> None:
    assert tag("Angka itu bisa berubah dalam beberapa jam.") == []
    assert tag("Warga tidak mau menunggu bertahun-tahun lagi.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lava keluar Minggu (10/12/2023) pukul 24.00 WIB.", "2023-12-11T00:00"),
        ("Lava keluar Minggu (10/12/2023) jam 12 malam.", "2023-12-11T00:00"),
        ("Gempa terjadi Minggu (10/12/2023) pukul 15.52.08 WIB.", "2023-12-10T15:52:08"),
    ],
)
def test_midnight_is_the_next_day_and_seconds_are_kept(text: str, value: str) -> None:
    assert [v for _, v, kind in tag(text) if kind == "TIME"] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekspor naik pada triwulan III/2022.", ("triwulan III/2022", "2022-Q3")),
        ("Ekspor naik pada kuartal I-2023.", ("kuartal I-2023", "2023-Q1")),
    ],
)
def test_a_quarter_joined_to_its_year(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_a_day_name_with_a_part_of_the_day_and_no_preposition() -> None:
    assert tag("Warga terbangun Jumat dini hari karena guncangan.") == [
        ("Jumat dini hari", "2023-12-08", "DATE")
    ]


def test_days_of_one_month_are_an_interval() -> None:
    assert tag("Rapat dewan digelar 14-15 Januari 2024 di ibu kota.") == [
        ("14-15 Januari 2024", "2024-01-14/2024-01-15", "DATE")
    ]


def test_an_event_dated_by_an_interval_takes_its_last_day() -> None:
    assert occurrence_day("14-15 Januari 2024", "2024-01-14/2024-01-15", "id") == "2024-01-15"


def test_the_previous_quarter_steps_back_from_the_one_last_named() -> None:
    tagged = tag_article(
        "2024-08-05",
        [
            "Ekonomi tumbuh 5 persen pada kuartal II-2024.",
            "Angka itu melambat dibanding kuartal sebelumnya.",
            "Ekspor naik pada triwulan I 2024, lebih tinggi dari triwulan sebelumnya.",
        ],
    )
    assert [(t.text, t.value) for t in tagged.timexes] == [
        ("kuartal II-2024", "2024-Q2"),
        ("kuartal sebelumnya", "2024-Q1"),
        ("triwulan I 2024", "2024-Q1"),
        ("triwulan sebelumnya", "2023-Q4"),
    ]


def test_the_same_period_last_year_is_the_part_named_a_year_back() -> None:
    tagged = tag_article(
        "2025-11-06",
        [
            "Penjualan semen pada semester I 2025 turun 4 persen.",
            "Angka itu lebih rendah dari semester sebelumnya dan periode yang sama tahun lalu.",
        ],
    )
    assert [(t.text, t.value) for t in tagged.timexes] == [
        ("semester I 2025", "2025-H1"),
        ("semester sebelumnya", "2024-H2"),
        ("periode yang sama tahun lalu", "2024-H1"),
    ]


def test_the_same_period_without_a_named_part_is_the_year_before() -> None:
    assert tag("Kasus naik dibanding periode yang sama tahun sebelumnya.") == [
        ("periode yang sama tahun sebelumnya", "2022", "DATE")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laba bank naik selama tiga kuartal pertama 2023.",
            ("tiga kuartal pertama 2023", "2023-01/2023-09"),
        ),
        (
            "Laba bank lebih tinggi dari dua triwulan tahun lalu.",
            ("dua triwulan tahun lalu", "2022-01/2022-06"),
        ),
        (
            "Tarif berlaku dari Agustus hingga Oktober 2023.",
            ("Agustus hingga Oktober 2023", "2023-08/2023-10"),
        ),
        (
            "Musim hujan, November sampai Februari 2024, lebih basah.",
            ("November sampai Februari 2024", "2023-11/2024-02"),
        ),
    ],
)
def test_counted_parts_of_a_year_and_month_ranges_are_intervals(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_the_last_parts_counted_end_at_the_one_last_named() -> None:
    body = ["Ekspor kuartal III 2025 naik.", "Dalam dua kuartal terakhir, ekspor tumbuh 6 persen."]
    assert [(t.text, t.value) for t in tag_article("2025-11-06", body).timexes] == [
        ("kuartal III 2025", "2025-Q3"),
        ("dua kuartal terakhir", "2025-04/2025-09"),
    ]


def test_the_previous_quarter_in_a_sentence_of_its_own_steps_from_the_articles_quarter() -> None:
    body = [
        "Ekonomi tumbuh 5,1 persen pada kuartal II 2025.",
        "Konsumsi kuartal II 2025 naik, investasi kuartal I 2025 turun.",
        "Dibanding triwulan sebelumnya, ekonomi melambat.",
    ]
    [found] = [
        t for t in tag_article("2025-08-05", body).timexes if t.text == "triwulan sebelumnya"
    ]
    assert found.value == "2025-Q1"


def test_without_an_anchor_last_year_steps_from_the_articles_own_year() -> None:
    body = ["Ekspor kuartal III 2025 naik 3 persen dibanding kuartal III tahun lalu."]
    tagged = tag_article(None, body)
    assert tagged.anchor.value is None
    assert [(t.text, t.value) for t in tagged.timexes] == [
        ("kuartal III 2025", "2025-Q3"),
        ("kuartal III tahun lalu", "2024-Q3"),
    ]


def test_a_count_before_kemudian_counts_on_from_the_date_before_it() -> None:
    assert tag("Ia ditahan 3 Mei 2023 dan dibebaskan empat hari kemudian.") == [
        ("3 Mei 2023", "2023-05-03", "DATE"),
        ("empat hari kemudian", "2023-05-07", "DATE"),
    ]


def test_a_clock_time_after_a_date_with_a_slipped_year_takes_the_day_its_name_fits() -> None:
    body = ["Putusan dibacakan Selasa, 12 Maret 2023 pukul 19.00 WIB di gedung pengadilan."]
    assert [(t.text, t.value) for t in tag_article("2024-03-13", body).timexes] == [
        ("Selasa, 12 Maret 2023", "2023-03-12"),
        ("pukul 19.00 WIB", "2024-03-12T19:00"),
    ]


def test_a_clock_time_right_after_a_year_is_still_a_time() -> None:
    assert tag("Gempa terjadi Senin 4 Desember 2023 pukul 10.05 WIB.") == [
        ("Senin 4 Desember 2023", "2023-12-04", "DATE"),
        ("pukul 10.05 WIB", "2023-12-04T10:05", "TIME"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Band itu populer pada era 1970-an.", ("era 1970-an", "197")),
        ("Ia merantau sejak awal 2000-an.", ("awal 2000-an", "200")),
    ],
)
def test_a_decade_is_its_first_three_digits(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in tag(text)] == [expected]


def test_three_quarters_alone_is_not_a_date() -> None:
    assert tag("Proyek itu memakan tiga kuartal untuk selesai.") == []


def test_a_year_less_date_far_ahead_without_a_future_cue_is_last_years() -> None:
    body = ["Kelompok itu dituding berada di balik serangan 7 Oktober di perbatasan."]
    [found] = [t for t in tag_article("2024-07-31", body).timexes if t.text == "7 Oktober"]
    assert found.value == "2023-10-07"


def test_a_year_less_date_ahead_with_a_future_cue_is_this_years() -> None:
    body = ["Pertemuan berikutnya akan digelar pada 7 Oktober di Bandung."]
    [found] = [t for t in tag_article("2024-07-31", body).timexes if t.text == "7 Oktober"]
    assert found.value == "2024-10-07"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Target itu dikejar hingga akhir tahun.", "2023-12"),
        ("Harga naik sejak akhir tahun lalu.", "2022-12"),
        ("Proyek rampung pada akhir tahun 2025.", "2025-12"),
    ],
)
def test_the_end_of_a_year_is_its_december(text: str, value: str) -> None:
    assert [t[1] for t in tag(text) if "akhir tahun" in t[0]] == [value]
