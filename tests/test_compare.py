"""Outlet comparison: roles, dates, numbers and lone facts of one event across outlets."""

from __future__ import annotations

from pantau.corpus.compare import compare, story_facts
from pantau.records import Article, Entity, Event, Number, Relay, Span, Timex


def report(aid, outlet, role, date="2024-03-04", duration=None, count=None):
    body = (
        f"{role} Budi Santoso menelepon pada {date} selama 50 menit, {count} warga, dari Reuters."
    )

    def at(words):
        start = body.index(words)
        return [Span(0, start, start + len(words))]

    timexes = [Timex(date, date, "DATE", at(date))]
    if duration:
        timexes.append(Timex("selama 50 menit", duration, "DURATION", at("selama 50 menit")))
    name = at("Budi Santoso")
    return Article(
        id=aid,
        source=aid,
        outlet=outlet,
        body=[body],
        entities=[Entity("Budi Santoso", "PER", ["Budi"], [role], name)],
        timexes=timexes,
        numbers=[Number(f"{count} warga", count, "warga", None, at(f"{count} warga"))]
        if count
        else [],
        relays=[Relay("Reuters", "dilansir", at("Reuters"))],
        events=[Event("call", "menelepon", ["Budi Santoso"], date, None, True, at("menelepon"))],
    )


def bare(facts):
    """Facts without their citations, as the assertions below spell them."""
    return [{k: v for k, v in fact.items() if k != "cites"} for fact in facts]


def test_role_conflict_names_the_outlets_on_each_side():
    result = compare(
        [
            report("a", "satu.com", "Perdana Menteri Sukamaju"),
            report("b", "dua.com", "Perdana Menteri Sukamaju"),
            report("c", "tiga.com", "Presiden Sukamaju"),
        ]
    )
    roles = bare(c for c in result["conflicts"] if c["fact"] == "role")
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
    } in bare(result["only"])


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
    } in bare(result["conflicts"])


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


def test_every_fact_and_conflict_cites_the_words_that_give_it():
    articles = [
        report("a", "satu.com", "Perdana Menteri Sukamaju", count=883),
        report("b", "dua.com", "Presiden Sukamaju", count=898, duration="PT50M"),
    ]
    by_id = {article.id: article for article in articles}
    result = compare(articles)
    cited = [
        (fact["fact"], value, cite)
        for fact in result["conflicts"]
        for value, cites in fact["cites"].items()
        for cite in cites
    ]
    cited += [
        (fact["fact"], fact["value"], cite)
        for key in ("agreements", "only")
        for fact in result[key]
        for cite in fact["cites"]
    ]
    assert {fact for fact, _, _ in cited} == {"date", "number", "relay", "role", "duration"}
    words = {"date": "2024-03-04", "relay": "Reuters", "role": "Budi Santoso"}
    words |= {"duration": "selama 50 menit", "number": None}
    for fact, value, cite in cited:
        article, span = by_id[cite["article"]], cite["span"]
        assert cite["outlet"] == article.outlet
        text = article.body[span["p"]][span["start"] : span["end"]]
        assert text == (words[fact] or f"{value} warga")
