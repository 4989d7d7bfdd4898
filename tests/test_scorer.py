import pytest

from pantau.eval import check_floors
from pantau.eval.metrics import bcubed
from pantau.eval.normalize import norm
from pantau.eval.scorer import score


def test_norm_folds_case_width_and_edge_punctuation():
    assert norm("  “Baca  Juga:”  ") == "baca juga"
    assert norm("ＡＢＣ") == "abc"
    assert norm(None) == ""


def test_boilerplate_counts_body_lines_wrongly_removed():
    gold = [{"id": "a", "removed": [{"text": "Baca juga: X", "reason": "related-link"}]}]
    pred = [
        {
            "id": "a",
            "removed": [
                {"text": "baca juga: x", "reason": "related-link"},
                {"text": "Kalimat berita.", "reason": "caption"},
            ],
        }
    ]
    metrics = score(gold, pred)
    assert metrics["boilerplate.precision"] == 0.5
    assert metrics["boilerplate.recall"] == 1.0


def test_metadata_null_in_gold_is_not_scored():
    gold = [{"id": "a", "title": None, "outlet": "kompas.com", "authors": ["A", "B"]}]
    pred = [{"id": "a", "title": "Apa saja", "outlet": "Kompas.com", "authors": ["B", "A"]}]
    metrics = score(gold, pred)
    assert metrics["metadata.title.accuracy"] is None
    assert metrics["metadata.outlet.accuracy"] == 1.0
    assert metrics["metadata.authors.accuracy"] == 1.0


def test_entities_match_by_type_and_any_surface_form():
    gold = [
        {
            "id": "a",
            "entities": [
                {
                    "name": "Vladimir Putin",
                    "type": "PER",
                    "aliases": ["Putin"],
                    "roles": ["Presiden Rusia"],
                },
                {"name": "Rusia", "type": "LOC", "aliases": [], "roles": []},
            ],
        }
    ]
    pred = [
        {
            "id": "a",
            "entities": [
                {"name": "Putin", "type": "PER", "aliases": [], "roles": ["presiden rusia"]},
                {"name": "Rusia", "type": "ORG", "aliases": [], "roles": []},
            ],
        }
    ]
    metrics = score(gold, pred)
    assert metrics["entities.PER.f1"] == 1.0
    assert metrics["entities.LOC.recall"] == 0.0
    assert metrics["entities.ORG.precision"] == 0.0
    assert metrics["entities.precision"] == 0.5
    assert metrics["entities.roles.recall"] == 1.0


def test_timex_found_by_overlap_right_by_value():
    gold = [
        {
            "id": "a",
            "timexes": [
                {"text": "Rabu (7/2/2024)", "value": "2024-02-07", "type": "DATE"},
                {"text": "bulan lalu", "value": "2024-01", "type": "DATE"},
            ],
        }
    ]
    pred = [
        {
            "id": "a",
            "timexes": [
                {"text": "(7/2/2024)", "value": "2024-02-07", "type": "DATE"},
                {"text": "besok", "value": "2024-02-08", "type": "DATE"},
            ],
        }
    ]
    metrics = score(gold, pred)
    assert metrics["timexes.recall"] == 0.5
    assert metrics["timexes.value_accuracy"] == 1.0
    assert metrics["timexes.precision"] == 0.5


def test_quotes_half_the_tokens_and_speaker_through_aliases():
    gold = [
        {
            "id": "a",
            "entities": [{"name": "Vladimir Putin", "type": "PER", "aliases": ["Putin"]}],
            "quotes": [
                {"text": "satu dua tiga empat", "speaker": "Vladimir Putin", "kind": "direct"},
                {"text": "lima enam tujuh delapan", "speaker": None, "kind": "direct"},
                {"text": "sembilan sepuluh", "speaker": "Vladimir Putin", "kind": "indirect"},
            ],
        }
    ]
    pred = [
        {
            "id": "a",
            "entities": [],
            "quotes": [
                {"text": "satu dua", "speaker": "Putin", "kind": "direct"},
                {"text": "lima", "speaker": None, "kind": "direct"},
                {"text": "sembilan sepuluh", "speaker": "Putin", "kind": "direct"},
            ],
        }
    ]
    metrics = score(gold, pred)
    assert metrics["quotes.direct.recall"] == 0.5
    assert metrics["quotes.direct.speaker_accuracy"] == 1.0
    assert metrics["quotes.direct.precision"] == pytest.approx(1 / 3)
    assert metrics["quotes.indirect.recall"] == 0.0


def test_relays_as_sets():
    gold = [{"id": "a", "relays": [{"source": "TASS"}, {"source": "Reuters"}]}]
    pred = [{"id": "a", "relays": [{"source": "tass"}, {"source": "AP"}]}]
    metrics = score(gold, pred)
    assert metrics["relays.precision"] == 0.5 and metrics["relays.recall"] == 0.5


def test_bcubed_known_values():
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(gold, {"a": None, "b": None, "c": None})
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)
    precision, recall, _ = bcubed(gold, {"a": "x", "b": "x", "c": "x"})
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3) and recall == 1.0


def test_main_event_date_and_timeline_dates():
    gold = [
        {"id": "a", "story": "s", "events": [{"date": "2023-12-10", "main": True}]},
        {"id": "b", "story": "s", "events": [{"date": "2023-10-16", "main": True}]},
    ]
    pred = [
        {"id": "a", "story": "p1", "events": [{"date": "2023-12-10", "main": True}]},
        {"id": "b", "story": "p1", "events": [{"date": "2023-10-17", "main": True}]},
    ]
    gold_timeline = [{"story": "s", "date": d} for d in ("2023-10-16", "2023-12-10")]
    pred_timeline = [{"story": "p1", "date": d} for d in ("2023-12-10", "2023-11-01")]
    metrics = score(gold, pred, gold_timeline, pred_timeline)
    assert metrics["events.main_date.accuracy"] == 0.5
    assert metrics["timeline.dates.precision"] == 0.5
    assert metrics["timeline.dates.recall"] == 0.5


def test_missing_prediction_scores_zero_not_crash():
    gold = [{"id": "a", "relays": [{"source": "TASS"}], "outlet": "x.com"}]
    metrics = score(gold, [])
    assert metrics["relays.recall"] == 0.0
    assert metrics["metadata.outlet.accuracy"] == 0.0


def test_floors():
    assert check_floors({"a": 0.5, "b": 0.9}, {"a": 0.5, "b": 0.95, "c": 0.1}) == [
        "b: 0.900 is below its floor 0.950",
        "c: missing (floor 0.100)",
    ]


def test_metrics_without_gold_are_none_not_vacuous():
    metrics = score([{"id": "a", "relays": []}], [{"id": "a", "relays": []}])
    assert metrics["relays.f1"] == 1.0
    assert metrics["boilerplate.f1"] is None and metrics["entities.PER.f1"] is None
    assert (
        metrics["clusters.event.bcubed_f1"] is None and metrics["metadata.outlet.accuracy"] is None
    )
    assert check_floors(metrics, {"boilerplate.f1": 0.5}) == [
        "boilerplate.f1: n/a, no gold line annotates it (floor 0.500)"
    ]


def test_lines_lost_counts_article_lines_removed_but_not_the_headline():
    gold = [{"id": "a", "title": "Judul Berita", "removed": [{"text": "Baca juga: X"}]}]
    removed = [{"text": "Baca juga: X"}, {"text": "Judul Berita"}, {"text": "Kalimat berita."}]
    metrics = score(gold, [{"id": "a", "removed": removed}])
    assert metrics["boilerplate.lines_lost"] == 1


def test_ceilings_fail_a_count_that_rises():
    metrics = {"boilerplate.lines_lost": 3, "boilerplate.f1": 0.9}
    floors = {"boilerplate.f1": 0.8, "ceilings": {"boilerplate.lines_lost": 2}}
    assert check_floors(metrics, floors) == [
        "boilerplate.lines_lost: 3.000 is above its ceiling 2.000"
    ]


def test_timeline_story_ties_go_to_the_first_article_s_story_whatever_the_hash_seed():
    gold = [{"id": "a", "story": "s"}, {"id": "b", "story": "s"}]
    pred = [{"id": "a", "story": "p1"}, {"id": "b", "story": "p2"}]
    gold_rows = [{"story": "s", "date": "2024-01-01"}]
    pred_rows = [{"story": "p1", "date": "2024-01-01"}, {"story": "p2", "date": "2024-02-02"}]
    metrics = score(gold, pred, gold_rows, pred_rows)
    assert metrics["timeline.dates.precision"] == 1.0
