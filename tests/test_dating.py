"""An occurrence's date is the one most of its reports give; one report's slip is outvoted."""

from __future__ import annotations

from pantau.corpus.dating import usual_date
from pantau.store.export import export_rows
from test_clusters import add, call, clusters


def test_the_most_given_day_wins_and_the_earliest_breaks_a_tie():
    assert usual_date(["2024-03-05", "2024-03-04", "2024-03-04"]) == "2024-03-04"
    assert usual_date(["2024-03-05", "2024-03-04"]) == "2024-03-04"


def test_days_outrank_months_and_undated_reports_do_not_vote():
    assert usual_date(["2024-03", "2024-03", "2024-03-04", None]) == "2024-03-04"
    assert usual_date(["2024-03", None]) == "2024-03"
    assert usual_date([None, "2024", "XXXX-03-04"]) is None


def test_a_report_that_dates_its_occurrence_a_day_late_takes_the_clusters_date(store):
    late = call("c", "tiga.com", "2024-03-04", published="2024-03-05")
    late.events[0].date = "2024-03-05"
    add(store, [call("a", "satu.com", "2024-03-04"), call("b", "dua.com", "2024-03-04"), late])
    got = clusters(store)
    assert got["a"][0] == got["b"][0] == got["c"][0]
    rows = {row["id"]: row["date"] for row in export_rows(store, "clusters")}
    assert rows == {"a": "2024-03-04", "b": "2024-03-04", "c": "2024-03-04"}


def test_an_undated_report_takes_the_date_of_its_occurrence(store):
    add(store, [call("a", "satu.com", "2024-03-04"), call("b", "dua.com", "2024-03-04")])
    undated = call("u", "empat.com", "2024-03-04")
    undated.published, undated.events[0].date, undated.timexes = None, None, []
    add(store, [undated])
    assert clusters(store)["u"][0] == clusters(store)["a"][0]
    rows = {row["id"]: row["date"] for row in export_rows(store, "clusters")}
    assert rows["u"] == "2024-03-04"
