"""HTML input: trafilatura's main text, then the same line rules; page metadata as hints."""

from __future__ import annotations

from pantau.clean.stage import clean
from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.records import Article

PAGE = """<html><head><title>Bendungan Baru Diresmikan - Contoh</title>
<meta property="og:title" content="Bendungan Baru Diresmikan">
<meta name="author" content="Ani Lestari">
<meta property="article:published_time" content="2024-03-05T09:00:00+07:00">
</head><body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>Bendungan Baru Diresmikan</h1>
<p>JAKARTA, CONTOH.COM - Presiden meresmikan bendungan baru di Jawa Barat pada Selasa pagi,
disaksikan ratusan warga dan pejabat daerah setempat.</p>
<p>Baca juga: Waduk Lama Dikeruk Menjelang Musim Hujan</p>
<p>Bendungan itu akan mengairi ribuan hektare sawah di tiga kabupaten, kata menteri pekerjaan
umum kepada wartawan usai peresmian.</p>
<p>Menurut menteri, pembangunan bendungan memakan waktu empat tahun dan menyerap ribuan pekerja
dari desa-desa di sekitarnya.</p>
</article><footer>Hak cipta dilindungi</footer></body></html>"""


def test_html_page_is_cleaned_with_page_metadata() -> None:
    raw = RawDoc("h", "h.html", html=PAGE, url="https://www.contoh.com/nasional/bendungan")
    doc = Doc(raw, Article("h", "h.html"))
    clean(doc, Options())
    article = doc.article
    assert article.outlet == "contoh.com"
    assert article.title == "Bendungan Baru Diresmikan"
    assert article.published == "2024-03-05"
    assert article.authors == ["Ani Lestari"]
    assert article.dateline == "Jakarta"
    assert article.body[0].startswith("JAKARTA, CONTOH.COM - Presiden meresmikan")
    assert len(article.body) == 3
    assert [r.reason for r in article.removed] == ["related-link"]
