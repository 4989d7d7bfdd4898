"""Labels: events by who did what to whom and where, stories by their thread, lead titles."""

from __future__ import annotations

from pantau.corpus.labels import MainFacts, derived_title, event_label, story_label

PEOPLE = {"Vladimir Putin": "PER", "Putin": "PER", "Benjamin Netanyahu": "PER"}


def _call(place: str | None = None, dateline: str | None = "Jakarta", **kw) -> MainFacts:
    facts = {
        "type": "call",
        "trigger": "menelepon",
        "participants": ["Vladimir Putin", "Benjamin Netanyahu"],
        "place": place,
        "dateline": dateline,
        "outlet": "kabarsatu.id",
        "types": PEOPLE,
    }
    return MainFacts(**{**facts, **kw})


def test_a_verb_trigger_reads_subject_verb_object():
    assert event_label([_call()]) == "Vladimir Putin menelepon Benjamin Netanyahu"


def test_the_place_of_occurrence_is_named_but_never_the_dateline():
    assert event_label([_call(place="Moskow")]).endswith(" di Moskow")
    assert "Jakarta" not in event_label([_call(place="Jakarta")])


def test_a_noun_trigger_opens_with_the_types_noun():
    assert event_label([_call(trigger="percakapan telepon")]) == (
        "Percakapan telepon Vladimir Putin dengan Benjamin Netanyahu"
    )


def test_datelines_and_capitalised_bylines_are_not_participants():
    facts = _call(participants=["JAKARTA", "Jakarta", "Vladimir Putin", "Benjamin Netanyahu"])
    assert event_label([facts]) == "Vladimir Putin menelepon Benjamin Netanyahu"


def test_a_cluster_label_takes_each_part_by_majority_and_the_fullest_name():
    short = _call(participants=["Putin", "Benjamin Netanyahu"], outlet="kabardua.id")
    other = _call(trigger="telepon", outlet="kabartiga.id")
    assert event_label([short, _call(), other]) == "Vladimir Putin menelepon Benjamin Netanyahu"


def test_people_come_before_places_among_participants():
    facts = MainFacts(
        "meeting",
        "bertemu",
        ["Moskow", "Prabowo Subianto", "Vladimir Putin"],
        types={"Moskow": "LOC", "Prabowo Subianto": "PER", "Vladimir Putin": "PER"},
    )
    assert event_label([facts]) == "Prabowo Subianto bertemu Vladimir Putin"


def test_a_story_label_names_the_shared_type_and_recurring_names():
    first = [_call(), _call()]
    second = [_call(participants=["Putin", "Benjamin Netanyahu", "Hamas"])]
    label = story_label([first, second])
    assert label == "Percakapan telepon Vladimir Putin dan Benjamin Netanyahu", "Hamas recurs not"


def test_a_story_with_no_recurring_name_names_its_main_type_events():
    visit = MainFacts("visit", "mengunjungi", ["Budi Santoso"], types={"Budi Santoso": "PER"})
    calls = [_call(), _call(outlet="kabardua.id")]
    assert story_label([calls, [visit]]) == (
        "Percakapan telepon Vladimir Putin dan Benjamin Netanyahu"
    )


def test_a_story_without_main_events_has_no_label():
    assert story_label([]) is None


def test_a_derived_title_drops_the_dateline_and_cuts_at_a_word():
    body = [
        "KOTABARU, KABARSATU.ID - Warga desa membangun jembatan bambu sepanjang tiga puluh meter"
        " di atas sungai yang memisahkan dua kampung sejak banjir tahun lalu. Kalimat kedua."
    ]
    title = derived_title(body, limit=60)
    assert title == "Warga desa membangun jembatan bambu sepanjang tiga puluh…"


def test_a_short_lead_sentence_is_the_title_as_it_is():
    assert derived_title(["kabarsatu.id — Jembatan baru dibuka. Warga senang."]) == (
        "Jembatan baru dibuka."
    )
    assert derived_title([]) is None


def test_a_type_without_a_noun_is_named_by_its_trigger():
    assert event_label([MainFacts("unlisted", "merendam", [])]) == "Merendam"
