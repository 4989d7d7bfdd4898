import gc

import pytest

from pantau import stages
from pantau.doc import RawDoc, Skipped
from pantau.pipeline import analyze, analyze_many
from pantau.stages import Stage, check_order


def test_check_order_refuses_a_stage_before_what_it_needs():
    first = Stage("a", lambda doc, options: None, requires=("raw",), assigns=("body",))
    second = Stage("b", lambda doc, options: None, requires=("entities",), assigns=("quotes",))
    check_order([first])
    with pytest.raises(ValueError, match="stage 'b' requires \\['entities'\\]"):
        check_order([first, second])


def test_registered_stages_are_in_a_valid_order():
    check_order(stages.STAGES)
    assert stages.STAGES[0].name == "clean"


def test_analyze_is_deterministic(article_text):
    raw = RawDoc(id="a", source="a.txt", text=article_text)
    assert analyze(raw).to_json() == analyze(raw).to_json()


def _explode(doc, options):
    if "meledak" in doc.article.text:
        raise RuntimeError("boom")


def test_a_failing_article_is_skipped_and_the_batch_goes_on(monkeypatch, article_text):
    failing = Stage("explode", _explode, requires=("body",), assigns=())
    monkeypatch.setattr(stages, "STAGES", [*stages.STAGES, failing])
    monkeypatch.setattr("pantau.pipeline.STAGES", stages.STAGES)
    items = [
        RawDoc(id="ok", source="ok.txt", text=article_text),
        Skipped("bad.txt", "empty file"),
        RawDoc(id="bad", source="boom.txt", text=article_text + "\nGudang itu meledak kemarin.\n"),
        RawDoc(id="empty", source="blank.txt", text="\n\n"),
    ]
    [batch] = list(analyze_many(items, workers=1))
    assert batch[0].id == "ok"
    assert batch[1] == Skipped("bad.txt", "empty file")
    assert batch[2] == Skipped("boom.txt", "analysis failed: RuntimeError: boom")
    assert batch[3] == Skipped("blank.txt", "no article text left after cleaning")


def test_batches_keep_input_order_across_processes(article_text):
    raws = [
        RawDoc(id=f"a{i}", source=f"{i}.txt", text=article_text + f"\nParagraf nomor {i}.\n")
        for i in range(7)
    ]
    batches = list(analyze_many(raws, workers=2, batch_size=3))
    assert [len(batch) for batch in batches] == [3, 3, 1]
    assert [item.id for batch in batches for item in batch] == [f"a{i}" for i in range(7)]


def test_the_loaded_tables_are_frozen_after_a_first_article(article_text):
    [[article]] = analyze_many([RawDoc(id="a", source="a.txt", text=article_text)], workers=1)
    assert article.body and gc.get_freeze_count() > 0
