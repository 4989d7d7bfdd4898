"""The line shapes of real crawled pages, one regression test per failure class.

Every line here is written for the test in the shape real pages print; none is
copied from a crawled page.
"""

from __future__ import annotations

from pantau.clean import dateline
from pantau.clean.stage import clean
from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.records import Article

LEAD = "KABARKITA.COM, SEMARANG - Hujan deras mengguyur Kota Semarang sejak Senin pagi hingga sore."
BODY = "Petugas Badan Penanggulangan Bencana Daerah masih mendata rumah warga yang terendam air."


def run(text: str) -> Article:
    doc = Doc(RawDoc("t", "t.txt", text=text), Article("t", "t.txt"))
    clean(doc, Options())
    return doc.article


def removed(article: Article) -> set[str]:
    return {item.text for item in article.removed}


def test_a_last_line_cut_mid_word_stays_in_the_body() -> None:
    article = run(
        f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\nWarga di sekitar sungai diminta untuk mengung"
    )
    assert article.body[-1] == "Warga di sekitar sungai diminta untuk mengung"
    assert not removed(article)


def test_a_crosshead_before_a_cut_paragraph_stays() -> None:
    text = f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\nDampak Banjir\nSejumlah jalan utama tidak bisa dil"
    article = run(text)
    assert article.body[-2:] == ["Dampak Banjir", "Sejumlah jalan utama tidak bisa dil"]


def test_lower_case_tags_at_the_end_still_leave() -> None:
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\nbanjir\nsemarang\nbpbd jateng")
    assert {"banjir", "semarang", "bpbd jateng"} <= removed(article)


def test_teasers_the_site_cut_with_an_ellipsis_are_not_body() -> None:
    text = f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\nJalan Tol Kembali Dibuka\nRatusan kendaraan kembali melintas di ruas tol…"
    article = run(text)
    assert "Ratusan kendaraan kembali melintas di ruas tol…" in removed(article)


def test_a_sentence_with_a_bracket_before_its_full_stop_is_body() -> None:
    line = "Ekonomi daerah tumbuh 4,8 persen pada kuartal ketiga dibanding tahun lalu (year on year/yoy)."
    signed = "Sebanyak 1.200 warga masih mengungsi di balai desa hingga malam ini. [Kabarkita/Dewi Sartika]"
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{line}\n{signed}\n{BODY}")
    assert line in article.body and signed in article.body


def test_a_bracketed_read_also_line_is_a_related_link() -> None:
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n(Baca: Tanggul Jebol di Kaligawe)\n{BODY}")
    assert "(Baca: Tanggul Jebol di Kaligawe)" in removed(article)


def test_a_bulleted_link_list_ends_at_the_first_unbulleted_crosshead() -> None:
    text = f"Banjir Rendam Semarang\n{LEAD}\nBaca juga:\n- Tanggul Jebol di Kaligawe\nPengungsi Bertambah\n{BODY}"
    article = run(text)
    assert "- Tanggul Jebol di Kaligawe" in removed(article)
    assert "Pengungsi Bertambah" in article.body


def test_the_headline_is_the_header_line_the_body_bears_out_not_a_tag_or_promo() -> None:
    text = (
        "Terpercaya dan Terverifikasi Sejak Dahulu\nLiga Nusantara 2025\n"
        "Persikota Tundukkan Persiraja 2-1 di Stadion Benteng\n"
        "KABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1 di Stadion Benteng, Sabtu malam.\n"
        f"{BODY}"
    )
    assert run(text).title == "Persikota Tundukkan Persiraja 2-1 di Stadion Benteng"


def test_a_deck_set_as_a_sentence_is_not_the_headline() -> None:
    text = (
        "Persikota menang atas Persiraja di kandang, apa kata pelatihnya?\n"
        "Persikota Tundukkan Persiraja di Benteng\n"
        "KABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1 di Stadion Benteng, Sabtu malam."
    )
    assert run(text).title == "Persikota Tundukkan Persiraja di Benteng"


def test_a_headline_printed_twice_is_the_title_and_no_copy_is_removed() -> None:
    headline = "Persikota Tundukkan Persiraja di Benteng"
    text = f"{headline}\nSabtu, 3 Mei 2025 | 21:10 WIB\n{headline}\nKABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1, Sabtu malam."
    article = run(text)
    assert article.title == headline and headline not in removed(article)


def test_a_crawler_timestamp_glued_to_the_headline_is_dropped() -> None:
    text = "date 2025-05-03 Persikota Tundukkan Persiraja di Benteng\nKABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1, Sabtu malam."
    assert run(text).title == "Persikota Tundukkan Persiraja di Benteng"


def test_a_widget_of_short_lines_above_the_headline_is_navigation() -> None:
    widget = "JADWAL SHOLAT\nSubuh\n04:31\nDzuhur\n11:52\nAshar\n15:10\nMaghrib\n17:58\nIsya\n19:07\nCuaca Hari Ini\n28°C"
    text = f"{widget}\nPersikota Tundukkan Persiraja di Benteng\nKABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1, Sabtu malam."
    article = run(text)
    assert article.title == "Persikota Tundukkan Persiraja di Benteng"
    assert {"Subuh", "04:31", "28°C"} <= removed(article)


def test_short_label_lines_between_headline_and_lead_are_navigation() -> None:
    text = "Persikota Tundukkan Persiraja di Benteng\nUkuran huruf:\n16\nDengarkan:\nKABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1, Sabtu malam."
    assert {"Ukuran huruf:", "16", "Dengarkan:"} <= removed(run(text))


def test_a_bulleted_share_bar_and_bulleted_headlines_leave_but_article_bullets_stay() -> None:
    share = "- Facebook\n- Surel\n- Salin Tautan\n"
    links = "- Tanggul Kaligawe Jebol Lagi Usai Hujan Dua Hari\n- Wali Kota Tinjau Posko Pengungsian di Genuk\n"
    own = "- warga diminta menjauhi bantaran sungai\n- posko kesehatan buka 24 jam\n"
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{links}{BODY}\n{own}{share}")
    assert {
        "- Facebook",
        "- Salin Tautan",
        "- Wali Kota Tinjau Posko Pengungsian di Genuk",
    } <= removed(article)
    assert "- posko kesehatan buka 24 jam" in article.body


def dateline_city(lead: str, outlet: str | None = None) -> str | None:
    found = dateline.parse(lead, outlet)
    return found.city if found else None


def test_dateline_forms_of_many_outlets() -> None:
    rest = "Ratusan warga mengungsi setelah sungai meluap pada Senin malam."
    assert dateline_city(f"KABARKITA - {rest}", "kabarkita.com") is None
    assert dateline_city(f"HARIAN KABARKITA – {rest}", "kabarkita.com") is None
    assert dateline_city(f"TUBAN (Kabarkita) - {rest}") == "Tuban"
    assert dateline_city(f"MALANG (Kabarkita)-{rest}") == "Malang"
    assert dateline_city(f"Kabarkita.id | Tuban – {rest}") == "Tuban"
    assert dateline_city(f"Flores Timur, NTT — {rest}") == "Flores Timur"
    assert dateline_city(f"KABARKITA.COM - JAKARTA - {rest}") == "Jakarta"
    assert dateline_city(f"Jakarta, Kabarkita Online – {rest}", "kabarkita.com") == "Jakarta"
    assert dateline_city(f"KBK, Jakarta- {rest}", "kbk.id") == "Jakarta"
    assert (
        dateline_city(f"KABARKITA - Malang, Senin 3 Maret 2025 — {rest}", "kabarkita.com")
        == "Malang"
    )


def test_published_is_the_lead_date_only_when_the_report_says_it_is_same_day() -> None:
    lead = "KABARKITA.COM, SEMARANG - Banjir merendam 300 rumah pada Senin (3/3/2025) pagi."
    later = "Hingga sore ini petugas masih memompa air dari permukiman warga."
    assert run(f"Banjir Rendam Semarang\n{lead}\n{later}").published == "2025-03-03"
    assert run(f"Banjir Rendam Semarang\n{lead}\n{BODY}").published is None


def test_a_timestamp_with_a_clock_time_beats_a_widget_date() -> None:
    text = (
        "Selasa, 11 Maret 2025\nPersikota Tundukkan Persiraja di Benteng\n"
        "Sabtu, 8 Maret 2025 | 21:10 WIB\n"
        "KABARKITA.COM, TANGERANG - Persikota menundukkan Persiraja 2-1, Sabtu malam."
    )
    assert run(text).published == "2025-03-08"


def test_bylines_before_a_timestamp_glued_twice_or_signed_with_the_credit() -> None:
    lead = "KABARKITA.COM, SEMARANG - Banjir merendam 300 rumah pada Senin pagi."
    stamped = f"Banjir Rendam Semarang\nBy Dewi Sartika - Senin, 3 Maret 2025 | 10:15 WIB\n{lead}"
    doubled = f"Banjir Rendam Semarang\nDewi SartikaDewi Sartika - Senin, 3 Maret 2025\n{lead}"
    signed = f"Banjir Rendam Semarang\n{lead}\nAir mulai surut pada sore hari setelah pompa dinyalakan petugas. [Kabarkita/Dewi Sartika]"
    for text in (stamped, doubled, signed):
        assert run(text).authors == ["Dewi Sartika"], text


def test_a_header_line_of_the_article_s_people_or_a_place_is_not_a_byline() -> None:
    lead = "KABARKITA.COM, SEMARANG - Wali Kota Hendra Wibowo meninjau banjir bersama Gubernur Sari Ayu."
    assert run(f"Banjir Rendam Semarang\nHendra Sari\n{lead}").authors == []
    assert run(f"Banjir Rendam Semarang\nSemarang\n{lead}").authors == []


def test_a_bracketed_sign_off_names_the_author_only_when_no_byline_does() -> None:
    head = f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\n(Bayu Pratama)"
    assert run(head).authors == ["Bayu Pratama"]
    assert run(
        f"Banjir Rendam Semarang\nPenulis: Dewi Sartika\n{LEAD}\n{BODY}\n(Bayu Pratama)"
    ).authors == ["Dewi Sartika"]


def test_captions_pointing_at_people_or_with_a_glued_credit_are_captions() -> None:
    pointing = "Wali Kota Hendra Wibowo (kiri) berbincang dengan pengungsi di Balai Desa Genuk"
    glued = "Banjir merendam permukiman warga di Kaligawe, Senin (3/3/2025).-Foto: Dewi Sartika"
    article = run(f"Banjir Rendam Semarang\n{pointing}\n{LEAD}\n{glued}\n{BODY}")
    assert {pointing, glued} <= removed(article)


def test_a_label_alone_on_its_line_leaves_with_its_value_and_a_photo_label_with_its_caption() -> (
    None
):
    text = (
        "Banjir Rendam Semarang\nPenulis\nDewi Sartika\nEditor\nBayu Pratama\n"
        f"{LEAD}\nPengungsi antre makanan di posko Genuk\nFoto :\n• kabarkita.com\n{BODY}"
    )
    article = run(text)
    gone = {"Penulis", "Dewi Sartika", "Editor", "Bayu Pratama", "Foto :", "• kabarkita.com"}
    assert gone | {"Pengungsi antre makanan di posko Genuk"} <= removed(article)


def test_page_debris_teasers_and_read_more_lines_leave() -> None:
    lines = [
        "![]() |",
        "Â",
        "Selanjutnya: Warga mulai kembali ke rumah.....",
        "Selengkapnya baca di kabarkitaSport.",
    ]
    article = run(
        "Banjir Rendam Semarang\n"
        + LEAD
        + "\n"
        + "\n".join(lines[:2])
        + f"\n{BODY}\n"
        + "\n".join(lines[2:])
    )
    assert set(lines) <= removed(article)


def test_a_dateline_alone_on_its_line_above_the_lead_stays_and_names_the_city() -> None:
    text = f"Banjir Rendam Semarang\nSemarang, Kabarkita Online\n{BODY}\n{BODY.replace('Petugas', 'Relawan')}"
    doc = Doc(
        RawDoc("t", "t.txt", text=text, url="https://kabarkita.com/berita/banjir"),
        Article("t", "t.txt"),
    )
    clean(doc, Options())
    assert (
        doc.article.body[0] == "Semarang, Kabarkita Online" and doc.article.dateline == "Semarang"
    )


def test_a_relayed_source_s_access_date_dates_a_same_day_rewrite() -> None:
    lead = (
        "KABARKITA.COM, DEN HAAG - Mahkamah memerintahkan gencatan senjata di kota perbatasan itu."
    )
    relay = "Dikutip dari Reuters, Sabtu (25/5/2024), putusan dibacakan oleh ketua majelis hakim."
    assert run(f"Putusan Mahkamah\n{lead}\n{relay}").published == "2024-05-25"


def test_the_day_a_source_spoke_to_the_outlet_dates_the_report() -> None:
    lead = "KABARKITA.COM, SEMARANG - Banjir merendam 300 rumah di pinggir kota."
    said = '"Air naik cepat sekali," ujar Rudi kepada wartawan, Senin (3/3/2025).'
    assert run(f"Banjir Rendam Semarang\n{lead}\n{said}").published == "2025-03-03"
    told = '"Air naik cepat sekali," ujar Rudi kepada Gubernur, Senin (3/3/2025).'
    assert run(f"Banjir Rendam Semarang\n{lead}\n{told}").published is None


def test_a_url_number_that_reads_like_a_date_years_before_the_story_is_not_the_date() -> None:
    lead = "KABARKITA.COM, SEMARANG - Banjir merendam 300 rumah pada Senin (3/3/2025) pagi hari."
    doc = Doc(
        RawDoc(
            "t",
            "t.txt",
            text=f"Banjir\n{lead}",
            url="https://kabarkita.com/berita/202107044732/banjir",
        ),
        Article("t", "t.txt"),
    )
    clean(doc, Options())
    assert doc.article.published is None


def test_a_results_table_and_its_heading_inside_the_article_stay() -> None:
    rows = [
        "Hasil penghitungan suara sementara:",
        "Andi Wijaya - Sari Ayu: 51,2 persen",
        "Budi Santoso - Rina Kurnia: 48,8 persen",
    ]
    article = run(f"Pilkada Kota Semarang\n{LEAD}\n" + "\n".join(rows) + f"\n{BODY}")
    assert all(row in article.body for row in rows)


def test_a_section_menu_above_the_headline_is_navigation() -> None:
    article = run(f"News\nBisnis\nSport\nOtomotif\nBanjir Rendam Semarang\n{LEAD}\n{BODY}")
    assert {"News", "Sport", "Otomotif"} <= removed(article)
    assert article.title == "Banjir Rendam Semarang"


def test_an_embedded_post_leaves_with_its_signature() -> None:
    post = "Air sudah masuk ke rumah sejak subuh, semoga cepat surut ya"
    signature = "— Dewi Sartika (@dewisartika) March 3, 2025"
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{post}\n{signature}\n{BODY}")
    assert {post, signature} <= removed(article)


def test_follow_promos_and_source_lines_leave() -> None:
    lines = ["ikuti terus update berita kabarkita di google news", "Sumber: Anadolu"]
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\n" + "\n".join(lines))
    assert set(lines) <= removed(article)


def test_a_lower_case_dateline_after_a_timestamp_names_its_city() -> None:
    text = (
        f"Banjir Rendam Semarang\nSenin, 3 Maret 2025 | 10:15 WIB\nsemarang, kabarkita.com - {BODY}"
    )
    article = run(text)
    assert (article.dateline, article.published) == ("Semarang", "2025-03-03")


def test_a_url_date_months_after_the_day_named_date_of_the_lead_is_not_the_date() -> None:
    lead = "KABARKITA.COM, SEMARANG - Persikota menang 1-0 atas Persiraja pada Selasa (25/3) malam di kandang."
    url = "https://kabarkita.com/berita/202207044732/persikota-menang"
    doc = Doc(
        RawDoc("t", "t.txt", text=f"Persikota Menang\n{lead}", url=url), Article("t", "t.txt")
    )
    clean(doc, Options())
    assert doc.article.published is None
    recent = "https://kabarkita.com/berita/202203264732/persikota-menang"
    doc = Doc(
        RawDoc("t", "t.txt", text=f"Persikota Menang\n{lead}", url=recent), Article("t", "t.txt")
    )
    clean(doc, Options())
    assert doc.article.published == "2022-03-26"


def test_a_same_day_word_inside_a_quote_does_not_date_the_report() -> None:
    lead = "KABARKITA.COM, SEMARANG - Banjir merendam 300 rumah pada Senin (3/3/2025) pagi."
    quote = '"Air diperkirakan surut malam ini," kata Kepala BPBD Hendra Wibowo kepada wartawan.'
    assert run(f"Banjir Rendam Semarang\n{lead}\n{quote}").published is None


def test_a_same_day_lead_date_is_read_by_its_day_name_when_its_year_is_missing_or_slipped() -> None:
    later = "Hingga sore ini warga masih bertahan di tenda pengungsian."
    for written in ("Jumat (22/3)", "Jumat (22/3/2034)"):
        lead = f"KABARKITA.COM, TUBAN - Gempa mengguncang Tuban pada {written} siang."
        assert run(f"Gempa Guncang Tuban\n{lead}\n{later}").published == "2024-03-22", written


def test_a_section_name_above_the_timestamp_is_a_menu_item_not_an_author() -> None:
    menu = "Beranda\nNasional\nRegional\nGaya Hidup"
    text = f"{menu}\n12 Maret 2024, 09:15 WIB\nBanjir Rendam Semarang\nPenulis: Dewi Sartika\n{LEAD}\n{BODY}"
    article = run(text)
    assert article.authors == ["Dewi Sartika"]
    assert "Gaya Hidup" in removed(article)


def test_a_labelled_row_of_share_buttons_leaves() -> None:
    article = run(f"Banjir Rendam Semarang\n{LEAD}\n{BODY}\nBagikan: Facebook Twitter WhatsApp")
    assert "Bagikan: Facebook Twitter WhatsApp" in removed(article)


def test_a_sentence_on_the_clock_of_writing_dates_the_report_that_day() -> None:
    lead = "SEMARANG, KABARKITA.COM - Gempa bumi mengguncang Semarang pada Rabu (6/3/2024) pukul 08.20 WIB."
    status = "Hingga pukul 09.05 WIB, petugas belum menerima laporan kerusakan bangunan."
    article = run(f"Gempa Guncang Semarang\n{lead}\n{status}\n{BODY}")
    assert article.published == "2024-03-06"


def test_an_event_that_runs_until_an_hour_does_not_date_the_report() -> None:
    lead = "SEMARANG, KABARKITA.COM - Pameran batik dibuka pada Rabu (6/3/2024) dan berlangsung hingga pukul 21.00 WIB."
    article = run(f"Pameran Batik Dibuka di Semarang\n{lead}\n{BODY}")
    assert article.published is None
