"""The tokenizer, CoNLL reading and scoring, the gazetteer, and the shipped tagger."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from pantau.errors import GoldError
from pantau.nlp.conll import map_label, read_conll, score, spans
from pantau.nlp.evaluate import eval_ner, format_scores
from pantau.nlp.features import sentence_features
from pantau.nlp.gazetteer import Gazetteer
from pantau.nlp.ner import MODEL_FILE, _models_dir, shipped_tagger
from pantau.nlp.tokenize import sentences, tokenize


def test_tokens_keep_offsets() -> None:
    text = "Kata Ushakov, 1.100 warga tiba."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_tokenizer_keeps_names_numbers_and_domains_whole() -> None:
    words = [t.text for t in tokenize("Abdel Fattah al-Sisi, 1.100 orang, Liputan6.com")]
    assert words == ["Abdel", "Fattah", "al-Sisi", ",", "1.100", "orang", ",", "Liputan6.com"]


def test_sentences_split_after_full_stop() -> None:
    assert len(sentences(tokenize("Putin tiba. Netanyahu pergi."))) == 2


def test_labels_of_every_corpus_map_to_three_types() -> None:
    assert map_label("B-PERSON") == "B-PER"
    assert map_label("I-ORGANISATION") == "I-ORG"
    assert map_label("B-PLC") == "B-LOC"
    assert map_label("B-TIME") == "O"


def test_spans_treat_stray_inside_as_start() -> None:
    assert spans(["I-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]


def test_score_counts_exact_spans_only() -> None:
    result = score([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]])
    assert result["PER"]["precision"] == 0.0
    assert result["overall"]["support"] == 1


def test_gazetteer_tags_longest_name() -> None:
    gaz = Gazetteer([("LOC", ("jalur", "gaza")), ("LOC", ("gaza",)), ("PER", ("gaza",))])
    assert gaz.tags(["di", "jalur", "gaza"]) == ["", "B-L", "I-L"]
    assert gaz.tags(["gaza"]) == ["B-LP"]


def test_gazetteer_round_trips(tmp_path: Path) -> None:
    gaz = Gazetteer([("ORG", ("bank", "indonesia"))])
    gaz.save(tmp_path / "g.tsv.gz")
    assert Gazetteer.load(tmp_path / "g.tsv.gz").names == gaz.names


def test_shipped_tagger_finds_people_and_places() -> None:
    found = shipped_tagger().find("Presiden Joko Widodo berkunjung ke Surabaya pada Senin.")
    kinds = {(span.text, span.type) for span in found}
    assert ("Joko Widodo", "PER") in kinds
    assert ("Surabaya", "LOC") in kinds


def _conll(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.conll"
    path.write_text(
        "Joko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nSurabaya\tB-LOCATION\n.\tO\n\n",
        encoding="utf-8",
    )
    return path


def test_read_conll_uses_first_and_last_columns(tmp_path: Path) -> None:
    [(words, labels)] = read_conll(_conll(tmp_path))
    assert words[0] == "Joko" and labels[:2] == ["B-PER", "I-PER"]


def test_eval_ner_scores_a_file(tmp_path: Path) -> None:
    result = eval_ner(_conll(tmp_path))
    assert result["overall"]["support"] == 2
    assert "overall" in format_scores(result)


def test_eval_ner_rejects_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError):
        eval_ner(tmp_path / "absent.conll")


def test_the_cached_decoder_gives_crfsuites_labels() -> None:
    reference = pycrfsuite.Tagger()
    reference.open(str(_models_dir() / MODEL_FILE))
    tagger = shipped_tagger()
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Istana Bogor. "
        "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia dan Australia sepakat. "
        "KPK memeriksa Gubernur Jawa Barat di Bandung pada Senin (5/3/2024)."
    )
    for sentence in sentences(tokenize(text)) * 2:  # twice: scored, then from the cache
        words = [t.text for t in sentence]
        features = sentence_features(words, tagger.gazetteer, tagger.table)
        assert tagger.tag(words) == reference.tag(features)


def test_sentences_decoded_together_get_the_labels_they_get_alone() -> None:
    tagger = shipped_tagger()
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Istana Bogor. "
        "KPK memeriksa Gubernur Jawa Barat. Jakarta. "
        "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia dan Australia sepakat di Canberra."
    )
    batch = [[t.text for t in sentence] for sentence in sentences(tokenize(text))]
    batch.insert(1, [])
    assert tagger.tag_many(batch) == [tagger.tag(words) for words in batch]
    assert tagger.tag_many([]) == []
