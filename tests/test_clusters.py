"""Event clusters and stories on hand-built records: same occurrence joins, look-alikes split."""

from __future__ import annotations

import pytest

from pantau.corpus import update_corpus
from pantau.records import Article, Entity, Event, Number, Timex


def record(aid, outlet, title, body, people, date, kind="call", published=None):
    return Article(
        id=aid,
        source=f"{aid}.txt",
        outlet=outlet,
        title=title,
        published=published or date,
        body=body,
        entities=[Entity(name, "PER") for name in people],
        timexes=[Timex(date, date, "DATE")],
        events=[Event(kind, "menelepon", list(people), date, None, True)],
    )


def call(aid, outlet, date, first="Amir", published=None):
    return record(
        aid,
        outlet,
        f"{first} Hasan Telepon Budi Santoso Bahas Perbatasan",
        [
            f"Presiden Sukamaju {first} Hasan menelepon Perdana Menteri Budi Santoso.",
            "Keduanya membahas sengketa perbatasan dan pertukaran tahanan.",
            f"Laporan {outlet} pada {date}.",
        ],
        [f"{first} Hasan", "Budi Santoso"],
        date,
        published=published,
    )


def match(aid, outlet, date, rival):
    return record(
        aid,
        outlet,
        f"Persija Kalahkan {rival} di Stadion Utama",
        [
            f"Persija menjamu {rival} dalam laga pekan ini.",
            f"Gol tunggal dicetak Rudi Hartono, tulis {outlet} pada {date}.",
        ],
        ["Rudi Hartono"],
        date,
        kind="match",
    )


def clusters(store):
    return {
        r["id"]: (r["event_cluster"], r["story_cluster"])
        for r in store.rows("SELECT id, event_cluster, story_cluster FROM articles")
    }


def add(store, articles):
    result = store.ingest(articles)
    update_corpus(store, result.stored)


def test_same_call_from_two_outlets_joins_despite_spelling(store):
    add(store, [call("a", "satu.com", "2024-03-04"), call("b", "dua.com", "2024-03-04", "Amirr")])
    got = clusters(store)
    assert got["a"][0] == got["b"][0]


def test_same_call_reported_a_day_later_joins(store):
    add(store, [call("a", "satu.com", "2024-03-04")])
    add(store, [call("b", "dua.com", "2024-03-04", published="2024-03-05")])
    got = clusters(store)
    assert got["a"][0] == got["b"][0]


def test_same_leaders_calling_two_months_later_is_another_event_of_the_story(store):
    add(store, [call("a", "satu.com", "2024-03-04"), call("b", "dua.com", "2024-05-06")])
    got = clusters(store)
    assert got["a"][0] != got["b"][0]
    assert got["a"][1] == got["b"][1]


def test_two_matches_four_days_apart_split(store):
    add(
        store,
        [
            match("a", "satu.com", "2024-08-01", "Persib"),
            match("b", "dua.com", "2024-08-05", "Persib"),
        ],
    )
    got = clusters(store)
    assert got["a"][0] != got["b"][0]


def test_unrelated_event_on_the_same_day_gets_its_own_cluster_and_story(store):
    add(store, [call("a", "satu.com", "2024-08-01"), match("b", "satu.com", "2024-08-01", "Arema")])
    got = clusters(store)
    assert got["a"][0] != got["b"][0]
    assert got["a"][1] != got["b"][1]


def test_adding_in_two_runs_gives_the_clusters_of_one_run(tmp_path):
    from pantau.store import Store

    articles = [
        call("a", "satu.com", "2024-03-04"),
        call("b", "dua.com", "2024-03-04"),
        call("c", "tiga.com", "2024-05-06"),
        match("d", "satu.com", "2024-05-06", "Persib"),
    ]
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        add(one, articles)
        add(two, articles[:2])
        add(two, articles[2:])
        assert _partition(clusters(one)) == _partition(clusters(two))


def test_storing_an_article_again_keeps_its_clusters(store):
    add(store, [call("a", "satu.com", "2024-03-04"), call("b", "dua.com", "2024-03-04")])
    before = clusters(store)
    add(store, [call("a", "satu.com", "2024-03-04")])
    assert clusters(store) == before


def _partition(labels):
    groups = {}
    for aid, (event, story) in labels.items():
        groups.setdefault(("e", event), set()).add(aid)
        groups.setdefault(("s", story), set()).add(aid)
    return sorted(sorted(group) for group in groups.values())


def quake(aid, outlet, date, place):
    article = record(
        aid,
        outlet,
        "Gempa Magnitudo 5 Guncang Wilayah Timur",
        [
            f"Gempa bumi bermagnitudo 5,2 mengguncang {place} pada {date} siang.",
            "Badan Geofisika mencatat pusat gempa berada di laut dengan kedalaman 10 kilometer.",
        ],
        ["Rudi Hartono"],
        date,
        kind="earthquake",
    )
    article.entities.append(Entity(place, "LOC"))
    article.events[0].participants = [place]
    return article


def test_look_alike_occurrences_in_unrelated_regions_on_one_day_split(store):
    add(
        store,
        [
            quake("a", "satu.com", "2024-08-19", "Kabupaten Sukamaju"),
            quake("b", "dua.com", "2024-08-19", "Kota Sukamaju"),
            quake("c", "tiga.com", "2024-08-19", "Kabupaten Sukajaya"),
        ],
    )
    got = clusters(store)
    assert got["a"][0] == got["b"][0]
    assert got["a"][0] != got["c"][0]
    assert got["a"][1] != got["c"][1]


def test_places_that_are_not_regions_do_not_split(store):
    add(
        store,
        [
            quake("a", "satu.com", "2024-08-19", "Stadion Merdeka"),
            quake("b", "dua.com", "2024-08-19", "Gedung Sate"),
        ],
    )
    got = clusters(store)
    assert got["a"][0] == got["b"][0]


def test_two_letter_acronyms_are_terms_but_short_words_are_not():
    from pantau.corpus.profile import profile

    article = record(
        "a", "satu.com", "BI Tahan Suku Bunga di Level Lama", ["Rapat BI usai."], [], "2024-03-20"
    )
    terms = profile(article).terms
    assert terms["bi"] > 0
    assert "di" not in terms


def rate_cut(aid, outlet, date, level, published=None):
    """A central-bank cut to ``level``; with ``date`` None the report carries no date at all."""
    article = record(
        aid,
        outlet,
        "Bank Sentral Turunkan Suku Bunga Acuan",
        [
            f"Bank Sentral Sukamaju menurunkan suku bunga acuan menjadi {level} persen.",
            "Gubernur Bank Sentral Rudi Hartono menyebut inflasi terkendali dan nilai tukar stabil.",
            f"Laporan {outlet}.",
        ],
        ["Rudi Hartono"],
        date,
        kind="rate-decision",
        published=published,
    )
    article.numbers = [Number(f"{level} persen", float(level.replace(",", ".")), "persen")]
    if date is None:
        article.published, article.timexes = None, []
    return article


def test_an_undated_report_joins_the_look_alike_whose_figures_it_shares(store):
    add(
        store,
        [
            rate_cut("a-undated", "tiga.com", None, "6,00"),
            rate_cut("b", "satu.com", "2024-09-18", "6,00"),
            rate_cut("c", "dua.com", "2025-01-15", "5,75"),
        ],
    )
    got = clusters(store)
    assert got["a-undated"][0] == got["b"][0]
    assert got["b"][0] != got["c"][0]
    assert got["b"][1] == got["c"][1]


def test_likeness_asked_grows_with_the_days_between_two_dated_reports():
    from pantau.corpus.clusters import Cluster, compatible
    from pantau.corpus.profile import Profile, day_of

    def cluster(date):
        return Cluster("ev", day_of(date), True, "call", 1, {})

    item = Profile("x", None, "2024-03-04", day_of("2024-03-04"), True, "call", [])
    assert compatible(item, cluster("2024-03-04"), 0.2)
    assert not compatible(item, cluster("2024-03-05"), 0.2)
    assert compatible(item, cluster("2024-03-05"), 0.35)
    assert not compatible(item, cluster("2024-03-06"), 0.9)


def in_province(article, province):
    article.entities.append(Entity(province, "LOC"))
    article.body[0] = article.body[0].replace(" pada ", f", {province}, pada ")
    return article


def test_quakes_in_two_regencies_of_one_province_make_one_story(store):
    add(
        store,
        [in_province(quake("a", "satu.com", "2024-03-22", "Kabupaten Sukamaju"), "Jawa Timur")],
    )
    later = [
        quake("b", "dua.com", "2024-09-11", "Kabupaten Sukajaya"),
        in_province(quake("c", "tiga.com", "2024-09-11", "Kabupaten Sukajaya"), "Jawa Timur"),
    ]
    add(store, later)
    got = clusters(store)
    assert got["b"][0] == got["c"][0] != got["a"][0]
    assert got["a"][1] == got["b"][1] == got["c"][1]


def test_a_quake_in_another_province_is_another_story(store):
    add(
        store,
        [in_province(quake("a", "satu.com", "2024-03-22", "Kabupaten Sukamaju"), "Jawa Timur")],
    )
    add(store, [in_province(quake("b", "dua.com", "2024-09-11", "Kabupaten Sukajaya"), "Maluku")])
    got = clusters(store)
    assert got["a"][1] != got["b"][1]


def test_a_story_of_the_articles_own_specific_kind_is_likelier():
    from pantau.corpus.profile import Profile, day_of
    from pantau.corpus.stories import KIND_BONUS, StoryProfile, story_score

    day = day_of("2024-10-16")
    vector = {"pemimpin": 1.0, "tewas": 1.0}
    story = StoryProfile("st", day, day, {"pemimpin": 1.0, "serangan": 1.0}, "death")

    def scored(kind):
        return story_score(Profile("x", None, "2024-10-16", day, True, kind, []), vector, story)

    assert scored("death") - scored("attack") == pytest.approx(KIND_BONUS)
    story.kind = "statement"
    assert scored("statement") == scored("attack")


def test_a_report_whose_day_name_contradicts_its_date_joins_by_content(store):
    doubtful = rate_cut("a-doubtful", "tiga.com", "2024-11-20", "6,00")
    doubtful.published, doubtful.extra["anchor"] = None, {"event_date_doubtful": True}
    add(
        store,
        [
            rate_cut("b", "satu.com", "2024-09-18", "6,00"),
            rate_cut("c", "dua.com", "2025-01-15", "5,75"),
            doubtful,
        ],
    )
    got = clusters(store)
    assert got["a-doubtful"][0] == got["b"][0]
    assert got["b"][0] != got["c"][0]
