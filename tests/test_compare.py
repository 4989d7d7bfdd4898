"""Outlet comparison: roles, dates, numbers and lone facts of one event across outlets."""

from __future__ import annotations

from pantau.corpus.compare import compare, story_facts
from pantau.records import Article, Entity, Event, Number, Relay, Timex


def report(aid, outlet, role, date="2024-03-04", duration=None, count=None):
    timexes = [Timex(date, date, "DATE")]
    if duration:
        timexes.append(Timex("selama 50 menit", duration, "DURATION"))
    return Article(
        id=aid,
        source=aid,
        outlet=outlet,
        entities=[Entity("Budi Santoso", "PER", ["Budi"], [role])],
        timexes=timexes,
        numbers=[Number(f"{count} warga", count, "warga")] if count else [],
        relays=[Relay("Reuters", "dilansir")],
        events=[Event("call", "menelepon", ["Budi Santoso"], date, None, True)],
    )


def test_role_conflict_names_the_outlets_on_each_side():
    result = compare(
        [
            report("a", "satu.com", "Perdana Menteri Sukamaju"),
            report("b", "dua.com", "Perdana Menteri Sukamaju"),
            report("c", "tiga.com", "Presiden Sukamaju"),
        ]
    )
    roles = [c for c in result["conflicts"] if c["fact"] == "role"]
    assert roles == [
        {
            "fact": "role",
            "subject": "Budi Santoso",
            "affiliation": "sukamaju",
            "values": {
                "perdana menteri sukamaju": ["dua.com", "satu.com"],
                "presiden sukamaju": ["tiga.com"],
            },
        }
    ]


def test_a_fact_only_one_outlet_gives_is_flagged():
    result = compare(
        [report("a", "satu.com", "Menteri"), report("b", "dua.com", "Menteri", duration="PT50M")]
    )
    assert {
        "fact": "duration",
        "subject": "event",
        "value": "PT50M",
        "outlet": "dua.com",
    } in result["only"]


def test_dates_and_shared_sources_agree_and_counts_conflict():
    result = compare(
        [
            report("a", "satu.com", "Menteri", count=883),
            report("b", "dua.com", "Menteri", count=898),
        ]
    )
    agreed = {(a["fact"], a["value"]) for a in result["agreements"]}
    assert ("date", "2024-03-04") in agreed and ("relay", "Reuters") in agreed
    assert {
        "fact": "number",
        "subject": "warga",
        "values": {"883": ["satu.com"], "898": ["dua.com"]},
    } in result["conflicts"]


def test_per_outlet_facts_keep_their_articles():
    result = compare([report("a", "satu.com", "Menteri"), report("b", "satu.com", "Menteri")])
    assert [o["outlet"] for o in result["outlets"]] == ["satu.com"]
    assert result["outlets"][0]["articles"] == ["a", "b"]
    assert result["conflicts"] == []


def test_story_facts_keep_role_conflicts_across_events_but_not_dates():
    result = story_facts(
        [
            report("a", "satu.com", "Perdana Menteri Sukamaju", date="2024-03-04"),
            report("b", "dua.com", "Presiden Sukamaju", date="2024-05-10"),
        ]
    )
    assert [c["fact"] for c in result["conflicts"]] == ["role"]
    assert all(item["fact"] != "date" for key in ("agreements", "only") for item in result[key])
