"""The word table (clusters, capitalisation) and the features it adds."""

from __future__ import annotations

from pathlib import Path

from pantau.nlp.features import WordTable, normalise, sentence_features


def _table() -> WordTable:
    return WordTable({"bandung": (3, 41), "kota": (7, 90)}, {"bandung": 1.0, "kota": 0.0})


def test_normalise_lowers_and_masks_digits() -> None:
    assert normalise("Tahun2024") == "tahun0000"


def test_table_looks_up_clusters_and_capital_bucket() -> None:
    table = _table()
    assert table.lookup("Bandung") == ("3", "41", "4")
    assert table.lookup("kota") == ("7", "90", "0")
    assert table.lookup("Zzz") == ("", "", "")


def test_table_keeps_words_known_only_for_capitalisation() -> None:
    table = WordTable({}, {"jokowi": 0.98})
    assert table.lookup("Jokowi") == ("", "", "4")


def test_table_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv.gz"
    _table().save(path)
    assert WordTable.load(path).rows == _table().rows


def test_features_carry_clusters_of_word_and_neighbours() -> None:
    feats = sentence_features(["di", "Kota", "Bandung"], None, _table())
    assert {"k1=3", "k2=41", "cr=4", "-1k1=7"} <= set(feats[2])
    assert "1k1=3" in feats[1]


def test_features_without_table_have_no_cluster_features() -> None:
    feats = sentence_features(["di", "Kota", "Bandung"], None)
    assert not any(f.startswith(("k1=", "cr=")) for f in feats[2])
