"""Batch statistics: lines an outlet prints in many articles."""

from __future__ import annotations

from pantau.clean.batch import repeated_lines
from pantau.doc import RawDoc


def _raw(i: int, *lines: str) -> RawDoc:
    return RawDoc(str(i), f"{i}.txt", text="\n".join(lines), url=f"https://contoh.com/{i}")


def test_line_in_many_articles_of_an_outlet_is_boilerplate() -> None:
    raws = [_raw(i, f"Berita nomor {i} tentang kota.", "Langganan Koran Digital") for i in range(4)]
    assert repeated_lines(raws) == {"contoh.com": frozenset({"langganan koran digital"})}


def test_a_long_line_needs_half_of_the_articles() -> None:
    background = "Sebelumnya pemerintah kota telah membangun tiga waduk baru untuk menahan banjir musim hujan."
    raws = [_raw(i, f"Berita nomor {i}.", background if i < 3 else f"Lain {i}.") for i in range(10)]
    assert repeated_lines(raws)["contoh.com"] == frozenset()


def test_too_few_articles_give_nothing_and_inputs_without_text_are_skipped() -> None:
    raws = [_raw(i, "Langganan Koran Digital") for i in range(2)] + [RawDoc("x", "x.txt")]
    assert repeated_lines(raws) == {"contoh.com": frozenset()}


def test_an_input_the_html_reader_fails_on_is_left_out(monkeypatch) -> None:
    import pantau.clean.batch as batch

    real = batch.page_of

    def fragile(raw: RawDoc):
        if raw.id == "1":
            raise ValueError("parser bug")
        return real(raw)

    monkeypatch.setattr(batch, "page_of", fragile)
    raws = [_raw(i, f"Berita {i}.", "Langganan Koran Digital") for i in range(4)]
    assert repeated_lines(raws) == {"contoh.com": frozenset({"langganan koran digital"})}
