"""The clean stage on hand-written articles and on the five seeds against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pantau.clean.stage import clean
from pantau.doc import Doc, RawDoc
from pantau.errors import InputError
from pantau.options import Options
from pantau.read import read_file
from pantau.records import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = [json.loads(line) for line in (ROOT / "gold" / "seeds.jsonl").read_text().splitlines()]


def run(text: str | None = None, options: Options | None = None, **hints) -> Article:
    doc = Doc(RawDoc("t", "t.txt", text=text, **hints), Article("t", "t.txt"))
    clean(doc, options or Options())
    return doc.article


def _seed(gold: dict) -> Article:
    raw = next(iter(read_file(ROOT / "gold" / gold["text_file"], 10**7)))
    doc = Doc(raw, Article(raw.id, raw.source))
    clean(doc, Options())
    return doc.article


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_seed_matches_gold(gold: dict) -> None:
    article = _seed(gold)
    assert {r.text for r in article.removed} == {r["text"] for r in gold["removed"]}
    for name in ("outlet", "title", "dateline", "authors", "published", "language"):
        assert getattr(article, name) == gold[name], name


def test_lead_keeps_its_dateline_and_header_is_neither_body_nor_removed() -> None:
    article = run(
        "Banjir Rendam Tiga Desa\n\nWarga diminta waspada hujan deras.\n\n"
        "SUKAMAJU, KOMPAS.com - Banjir merendam tiga desa pada Selasa (5/3/2024) setelah hujan.\n"
        "Kepala BPBD mengatakan 240 rumah terendam air setinggi satu meter."
    )
    assert article.title == "Banjir Rendam Tiga Desa"
    assert article.body[0].startswith("SUKAMAJU, KOMPAS.com - Banjir")
    assert article.extra["standfirst"] == ["Warga diminta waspada hujan deras."]
    assert article.removed == []
    assert (article.outlet, article.dateline) == ("kompas.com", "Sukamaju")


def test_no_headline_line_gives_no_title() -> None:
    article = run(
        "CONTOH.COM - Warga menggelar kerja bakti di sungai pada Minggu pagi.\nIni baris dua."
    )
    assert article.title is None
    assert article.outlet == "contoh.com"
    assert article.dateline is None


def test_lead_date_is_not_the_publication_date() -> None:
    article = run(
        "Jakarta - Presiden meresmikan bendungan baru pada Rabu (7/2/2024) di Jawa Barat."
    )
    assert article.published is None
    assert article.dateline == "Jakarta"


def test_header_timestamp_gives_published_and_leaves_body() -> None:
    article = run(
        "Bendungan Baru Diresmikan\nSenin, 11 Des 2023 10:00 WIB\n"
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada pagi hari ini."
    )
    assert article.published == "2023-12-11"
    assert ("Senin, 11 Des 2023 10:00 WIB", "byline") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_url_date_and_domain_win() -> None:
    article = run(
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada pagi hari ini.",
        url="https://news.detik.com/berita/2023/12/11/bendungan",
    )
    assert (article.outlet, article.published) == ("detik.com", "2023-12-11")


def test_caption_printed_twice_is_a_duplicate_but_a_sentence_once_stays() -> None:
    text = (
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada pagi hari ini.\n"
        "Presiden menggunting pita di tepi bendungan\n"
        "Presiden menggunting pita di tepi bendungan\n"
        "Bendungan itu mengairi ribuan hektare sawah, kata menteri."
    )
    article = run(text)
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Presiden menggunting pita di tepi bendungan", "duplicate")
    ]
    assert article.body[-1] == "Bendungan itu mengairi ribuan hektare sawah, kata menteri."


def test_titles_under_a_related_link_heading_go_with_it() -> None:
    text = (
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada pagi hari ini.\n"
        "Baca Juga\n\nWaduk Lama Dikeruk....\n\n"
        "Bendungan itu mengairi ribuan hektare sawah, kata menteri."
    )
    removed = {r.text: r.reason for r in run(text).removed}
    assert removed == {"Baca Juga": "related-link", "Waduk Lama Dikeruk....": "related-link"}


def test_credit_line_is_followed_by_its_caption() -> None:
    text = (
        "Bendungan Baru Diresmikan\nAP\nPresiden (kiri) dan menteri (kanan)\n"
        "Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada pagi hari ini."
    )
    removed = {r.text: r.reason for r in run(text).removed}
    assert removed == {"AP": "caption", "Presiden (kiri) dan menteri (kanan)": "caption"}


def test_batch_repeated_lines_are_removed() -> None:
    options = Options(boilerplate_lines={"contoh.com": frozenset({"langganan koran digital"})})
    article = run(
        "CONTOH.COM - Warga menggelar kerja bakti di sungai pada Minggu pagi.\nLangganan Koran Digital",
        options,
    )
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Langganan Koran Digital", "duplicate")
    ]


def test_split_dateline_joins_the_lead() -> None:
    article = run(
        "JAKARTA, KOMPAS.com\n– Polisi memeriksa dua saksi dalam kasus pencurian itu pada Senin."
    )
    assert article.body == [
        "JAKARTA, KOMPAS.com – Polisi memeriksa dua saksi dalam kasus pencurian itu pada Senin."
    ]
    assert article.dateline == "Jakarta"


def test_title_hint_is_used_and_its_line_is_not_body() -> None:
    article = run(
        "Bendungan Baru Diresmikan\nJakarta - Presiden meresmikan bendungan baru di Jawa Barat hari ini.",
        title="Bendungan Baru Diresmikan",
    )
    assert article.title == "Bendungan Baru Diresmikan"
    assert article.body == ["Jakarta - Presiden meresmikan bendungan baru di Jawa Barat hari ini."]


def test_english_text_is_detected() -> None:
    article = run("The president opened a new dam in West Java on Monday, officials said.")
    assert article.language == "en"


def test_no_input_raises() -> None:
    with pytest.raises(InputError):
        run(None)


def test_outlet_timestamp_line_is_not_the_lead_and_bare_outlet_name_is_a_credit() -> None:
    article = run(
        "Harga Beras Naik di Pasar Induk\nCNN Indonesia\nKompas.com - 12/03/2024, 14:20 WIB\n"
        "Penulis Andi Wijaya | Editor Sri Lestari\n"
        "BEKASI, KOMPAS.com - Harga beras di pasar induk naik dua persen dalam sepekan terakhir."
    )
    removed = {r.text: r.reason for r in article.removed}
    assert removed["CNN Indonesia"] == "credit"
    assert removed["Kompas.com - 12/03/2024, 14:20 WIB"] == "byline"
    assert article.authors == ["Andi Wijaya", "Sri Lestari"]
    assert (article.dateline, article.published) == ("Bekasi", "2024-03-12")


def test_quoted_and_exclaimed_headlines_are_titles() -> None:
    lead = "\nJAKARTA, CONTOH.COM - Wakil gubernur memastikan tidak ada anggaran untuk program itu."
    assert (
        run("'Tidak Ada Dana untuk Program Itu'" + lead).title
        == "'Tidak Ada Dana untuk Program Itu'"
    )
    assert run("Awas, Banjir Datang Lagi!" + lead).title == "Awas, Banjir Datang Lagi!"


def test_breadcrumbs_above_the_title_and_a_name_under_it_leave_the_header() -> None:
    article = run(
        "Berita\nDaerah Kita\nJembatan Gantung Putus Diterjang Banjir Bandang\nRaka Dwi Novianto\n"
        "Selasa, 07 Mei 2024 - 16:20 WIB\n"
        "SUKAMAJU - Banjir bandang memutus jembatan gantung penghubung dua desa pada Senin malam."
    )
    assert article.title == "Jembatan Gantung Putus Diterjang Banjir Bandang"
    assert article.authors == ["Raka Dwi Novianto"]
    assert {r.text: r.reason for r in article.removed} == {
        "Berita": "navigation",
        "Daerah Kita": "navigation",
        "Raka Dwi Novianto": "byline",
        "Selasa, 07 Mei 2024 - 16:20 WIB": "byline",
    }


def test_caption_sentence_next_to_a_photo_credit_is_not_the_lead() -> None:
    article = run(
        "Ekspor Kopi Naik Tajam pada Kuartal Kedua\n"
        "Petani menjemur biji kopi di halaman rumah mereka di Desa Sukamaju, Jawa Barat.\n"
        "ANTARA FOTO/Nama Fotografer/foc.\n"
        "Nilai ekspor kopi naik 12% pada kuartal kedua tahun ini, menurut data pemerintah pusat.\n"
        "Kenaikan itu terutama ditopang pengiriman ke Eropa."
    )
    assert article.body[0].startswith("Nilai ekspor kopi")
    assert [r.reason for r in article.removed] == ["caption", "caption"]


def test_tags_and_links_after_the_last_sentence_leave_but_list_items_and_sign_offs_stay() -> None:
    article = run(
        "Jakarta - Harga bahan bakar nonsubsidi naik mulai hari ini di seluruh wilayah.\n"
        "Berikut daftar harga yang berlaku:\n"
        "1. Bensin Super Rp15.350 per liter\n"
        "Warga diminta tidak panik membeli bahan bakar. (Z-2)\n"
        "Harga Emas Hari Ini Turun Tipis\nbensin\nharga"
    )
    assert article.body[-1] == "Warga diminta tidak panik membeli bahan bakar. (Z-2)"
    assert "1. Bensin Super Rp15.350 per liter" in article.body
    assert {r.text for r in article.removed} == {
        "Harga Emas Hari Ini Turun Tipis",
        "bensin",
        "harga",
    }


def test_photo_credit_naming_a_news_agency_does_not_name_the_outlet() -> None:
    article = run(
        "Ekspor Kopi Naik\nPetani menjemur kopi. (ANTARA FOTO/Nama Fotografer)\n"
        "Nilai ekspor kopi naik 12% pada kuartal kedua tahun ini, menurut data pemerintah pusat."
    )
    assert article.outlet is None


def test_html_byline_labels_are_stripped_from_page_authors() -> None:
    page = (
        "<html><head><title>Inflasi Turun</title><meta name='author' content='Penulis Dewi Lestari'>"
        "</head><body><article><h1>Inflasi Turun</h1><p>Badan statistik mencatat inflasi tahunan "
        "turun tipis dibandingkan bulan sebelumnya karena harga pangan stabil.</p><p>Inflasi inti "
        "tetap terjaga di kisaran rendah menurut laporan resmi yang dirilis pagi ini.</p>"
        "</article></body></html>"
    )
    doc = Doc(RawDoc("t", "t.html", html=page), Article("t", "t.html"))
    clean(doc, Options())
    assert doc.article.authors == ["Dewi Lestari"]


def test_a_byline_above_the_headline_is_not_the_title() -> None:
    article = run(
        "Raka Dwi Novianto\nSelasa, 07 Mei 2024 - 16:20 WIB\n"
        "KPK Tahan Kepala Dinas Tersangka Suap Proyek Jalan\n"
        "JAKARTA - Komisi Pemberantasan Korupsi menahan seorang kepala dinas pekerjaan umum."
    )
    assert article.title == "KPK Tahan Kepala Dinas Tersangka Suap Proyek Jalan"
    assert article.authors == ["Raka Dwi Novianto"]


def test_a_closing_exclamation_after_the_last_sentence_stays() -> None:
    article = run(
        "Jakarta - Panitia membuka pendaftaran lomba lari amal mulai pekan depan di balai kota.\n"
        "Semoga bermanfaat!"
    )
    assert article.body[-1] == "Semoga bermanfaat!"


def test_byline_signed_with_a_desk_names_the_outlet_and_the_author() -> None:
    article = run(
        "Jalur Evakuasi Diperbaiki\nPradito Rida Pertana - detikJogja\n"
        "Yogyakarta - Pemerintah kabupaten memperbaiki jalur evakuasi menjelang musim hujan."
    )
    assert (article.outlet, article.authors) == ("detik.com", ["Pradito Rida Pertana"])


def test_a_body_sentence_ending_in_a_dated_day_name_stays() -> None:
    article = run(
        "Pasar Murah Dibuka\n\n"
        "SURABAYA, KOMPAS.com - Pemkot membuka pasar murah di setiap kecamatan pekan ini.\n\n"
        "Pembukaan pasar murah jatuh pada Kamis, 5 Juni 2025.\n\n"
        "Senin, 2 Juni 2025 10:15 WIB\n"
    )
    assert "Pembukaan pasar murah jatuh pada Kamis, 5 Juni 2025." in article.body
    assert [r.text for r in article.removed] == ["Senin, 2 Juni 2025 10:15 WIB"]


def test_a_sentence_closed_by_a_stock_photo_credit_is_a_caption() -> None:
    text = (
        "Wabah Campak Meluas di Tiga Kabupaten\n\n"
        "Ilustrasi anak diimunisasi. (Shutterstock)\n\n"
        "JAKARTA - Dinas kesehatan mencatat 120 kasus campak dalam sebulan terakhir.\n\n"
        "Petugas membuka pos imunisasi tambahan di setiap puskesmas."
    )
    article = run(text)
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Ilustrasi anak diimunisasi. (Shutterstock)", "caption")
    ]
    assert len(article.body) == 2
