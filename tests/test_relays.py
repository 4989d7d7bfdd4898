"""Relays: which media an outlet says it took its story from, on sentences written for the tests."""

from __future__ import annotations

import pytest

from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.quotes.stage import quotes_stage
from pantau.records import Article, Entity, Removed

ENTITIES = [
    Entity("Dimas Kertajaya", "PER", ["Kertajaya"], ["Presiden Arvenia"]),
    Entity("Arvenia", "LOC", [], []),
    Entity("Beluria", "LOC", [], []),
]


def sources(body: list[str], removed=(), outlet: str | None = None) -> list[str]:
    article = Article(
        id="t", source="t", outlet=outlet, body=body, entities=ENTITIES, removed=list(removed)
    )
    quotes_stage(Doc(RawDoc(id="t", source="t"), article), Options())
    return [relay.source for relay in article.relays]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Bantuan tiba pada Senin, dikutip dari TASS.", "TASS"),
        ("“Kami siap,” ujar Kertajaya seperti dilansir Al Mayadeen.", "Al Mayadeen"),
        ("Dilansir dari The Moscow Times, kedua negara sepakat berunding.", "The Moscow Times"),
        ("Kertajaya, mengutip Reuters, menyebut perundingan gagal.", "Reuters"),
        ("Melansir Sky News, pasukan mulai ditarik.", "Sky News"),
        (
            "Seperti diberitakan Kantor Berita Nusantara, jalan itu ditutup.",
            "Nusantara",
        ),
        ("Hal itu dikonfirmasi seorang sumber kepada kantor berita Arvenia, Sputnik.", "Sputnik"),
        ("Dia berbicara di forum itu, dikutip laman kantor berita Arvenia, TASS, 2 Mei.", "TASS"),
        ("Kertajaya mengatakan hal itu kepada Reuters di ibu kota.", "Reuters"),
        ("Hal itu dilaporkan Media Indonesia pada Kamis.", "Media Indonesia"),
        ("Kantor berita Anadolu melaporkan jalan itu ditutup.", "Anadolu"),
        ("Sementara itu, The Times of Israel melaporkan dua kapal tiba.", "The Times of Israel"),
        ("Surat kabar Harian Timur, menulis bahwa jalan itu ditutup.", "Harian Timur"),
        ("Menurut laporan The Washington Post, jumlah sandera berkurang.", "The Washington Post"),
    ],
)
def test_relay_cues(sentence: str, source: str) -> None:
    assert sources([sentence]) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pernyataan itu dikutip media Arvenia pada Selasa.",
        "Kertajaya mengatakan hal itu kepada Perdana Menteri Beluria.",
        "Laporan itu mengutip Kertajaya yang berbicara di depan parlemen.",
        "Seperti diberitakan sebelumnya, jalan itu ditutup sejak pekan lalu.",
        "Warga dari Beluria mulai kembali ke rumah mereka.",
        "Kertajaya melaporkan hasil pertemuan itu kepada parlemen.",
        "Media Beluria memberitakan Kertajaya menolak usulan itu.",
    ],
)
def test_not_relays(sentence: str) -> None:
    assert sources([sentence]) == []


def test_source_line_removed_by_the_cleaner_counts() -> None:
    removed = [Removed("Sumber : The Moscow Times, Reuters", "source-line")]
    assert sources(["Kedua pemimpin berbicara lewat telepon."], removed) == [
        "The Moscow Times",
        "Reuters",
    ]


def test_source_line_in_the_body_in_brackets() -> None:
    assert sources(["Jalan itu ditutup sejak pekan lalu.", "(Sumber: Anadolu / AFP)"]) == [
        "Anadolu",
        "AFP",
    ]


def test_one_entry_per_source() -> None:
    body = ["Hal itu dikutip dari TASS.", "Dia menambahkan hal lain, dilansir TASS."]
    assert sources(body) == ["TASS"]


def test_an_outlet_citing_itself_is_not_a_relay() -> None:
    body = ["Seperti diberitakan Tribunnews, jalan itu ditutup sejak pekan lalu."]
    assert sources(body, outlet="tribunnews.com") == []


def test_a_known_medium_runs_on_to_its_longer_name() -> None:
    assert sources(["Hal itu dilaporkan, seperti dikutip Kyodo News, pada Kamis."]) == [
        "Kyodo News"
    ]


def test_a_medium_typed_as_a_person_is_still_a_medium() -> None:
    article = Article(
        id="t",
        source="t",
        body=["“Pasokan aman,” ujar Kertajaya, dikutip dari Bloomberg."],
        entities=[*ENTITIES, Entity("Bloomberg", "PER", [], [])],
    )
    quotes_stage(Doc(RawDoc(id="t", source="t"), article), Options())
    assert [relay.source for relay in article.relays] == ["Bloomberg"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Warga mengungsi ke balai desa, sebagaimana dimuat Warta Lembah.",
            "Warta Lembah",
        ),
        ("Artikel ini telah tayang di Warta.com berjudul Banjir Surut.", "Warta.com"),
        ("Selengkapnya baca di kabarSport.", "kabarSport"),
        ("Jalan itu ditutup sejak pagi, dikutip dari wartaLembah.id.", "wartaLembah.id"),
        ("Menurut laporan kantor berita Beluria WAFA, dua orang terluka.", "WAFA"),
        ("Berdasarkan catatan ESPN FC, tuan rumah menguasai bola.", "ESPN FC"),
    ],
)
def test_relays_in_the_forms_real_outlets_use(sentence: str, source: str) -> None:
    assert sources([sentence]) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut laporan Balai Pengamat Cuaca, hujan turun sepanjang malam.",
        "Berdasarkan laporan petugas, tiga rumah rusak.",
    ],
)
def test_a_report_of_a_body_that_is_no_medium_is_no_relay(sentence: str) -> None:
    assert sources([sentence]) == []


@pytest.mark.parametrize(
    ("opening", "outlet", "found"),
    [
        ("LEMBAH, Warta.com – Banjir merendam dua desa.", "kabarkita.id", ["Warta.com"]),
        ("Warta.com - Banjir merendam dua desa.", "kabarkita.id", ["Warta.com"]),
        ("LEMBAH, KabarkitaLembah.id - Banjir merendam dua desa.", "kabarkita.id", []),
        ("LEMBAH - Banjir merendam dua desa.", "kabarkita.id", []),
    ],
)
def test_a_copied_dateline_names_the_medium_it_came_from(
    opening: str, outlet: str, found: list[str]
) -> None:
    assert sources([opening, "Warga mengungsi."], outlet=outlet) == found


def test_a_video_credit_the_cleaner_removed_is_a_relay() -> None:
    removed = [Removed("Video: Warta TV", "related-link")]
    assert sources(["Banjir merendam dua desa."], removed) == ["Warta TV"]
