"""The line shapes of real crawled pages, one regression test per failure class.

Every line here is written for the test in the shape real pages print; none is
copied from a crawled page.
"""

from __future__ import annotations

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
