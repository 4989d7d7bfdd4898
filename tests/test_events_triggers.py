"""Trigger coverage of common news occurrences: the lead's occurrence, not its reporting verb."""

from __future__ import annotations

import pytest

from pantau.doc import Doc, RawDoc
from pantau.events import events_stage
from pantau.options import Options
from pantau.records import Article


def main_type(sentence: str) -> str:
    article = Article(id="a", source="a.txt", body=[sentence])
    events_stage(Doc(raw=RawDoc(id="a", source="a.txt"), article=article), Options())
    return next(event.type for event in article.events if event.main)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Komisi antikorupsi menggelar operasi tangkap tangan di Sukamaju, kata juru bicara.",
            "arrest",
        ),
        ("Penyidik menetapkan bupati itu sebagai tersangka, ujar juru bicara.", "charge"),
        ("Jaksa mendakwa bupati itu menerima suap, katanya.", "trial"),
        ("Sebuah bus terguling di jalan tol, kata polisi.", "accident"),
        ("Tim tamu bermain imbang 1-1, ujar pelatih.", "match"),
        ("Ratusan buruh berunjuk rasa di depan gedung dewan, kata koordinator.", "protest"),
        ("Menteri meresmikan jembatan baru, ujarnya.", "inauguration"),
    ],
)
def test_the_occurrence_outranks_the_reporting_verb(sentence: str, kind: str) -> None:
    assert main_type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ketua partai itu tewas setelah menghadiri pelantikan gubernur di Kota Baru.", "death"),
        ("Komandan milisi itu tewas dalam serangan udara di perbatasan.", "death"),
        ("Wali kota itu wafat saat memimpin rapat dewan.", "death"),
        ("Warga mengungsi sejak gunung itu erupsi pada Rabu sore.", "eruption"),
    ],
)
def test_a_clause_after_the_occurrence_is_background(sentence: str, kind: str) -> None:
    """ "Setelah", "dalam", "saat" after an occurrence open what came before or around it;
    a cause ("sejak") is often the larger occurrence and keeps its rank."""
    assert main_type(sentence) == kind


def test_a_reporting_verb_does_not_background_what_it_reports() -> None:
    assert main_type("Menteri mengatakan dalam pertemuan dengan para bupati bahwa ...") == "meeting"
