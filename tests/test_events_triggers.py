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
