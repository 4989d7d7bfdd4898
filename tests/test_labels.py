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


def _fact(event_type: str, trigger: str, names: dict[str, str], **kw) -> MainFacts:
    """A main event whose participants are ``names`` in order, typed as given."""
    return MainFacts(event_type, trigger, list(names), types=names, **kw)


QUAKE = {
    "Kabupaten Lumajang": "LOC",
    "Jawa Timur": "LOC",
    "Badan Meteorologi, Klimatologi, dan Geofisika": "ORG",
}
AGENCY = "Badan Meteorologi, Klimatologi, dan Geofisika"


def test_a_quake_is_named_by_where_it_happened_not_by_places_or_agencies_as_parties():
    quakes = [
        _fact("earthquake", "gempa bumi", QUAKE, place="Kabupaten Lumajang", speakers=[AGENCY]),
        _fact("earthquake", "gempa", {"Kabupaten Lumajang": "LOC"}, place="Kabupaten Lumajang"),
        _fact("earthquake", "gempa", {}, dateline="Lumajang", place="Lumajang", speakers=[AGENCY]),
    ]
    assert event_label(quakes) == "Gempa di Kabupaten Lumajang, Jawa Timur"
    assert story_label([quakes, quakes[:1]]) == "Gempa di Jawa Timur"


def test_an_organisation_mostly_quoted_is_a_source_not_a_party():
    rescuers = {"Badan SAR Nasional": "ORG", "Kereta Api Indonesia": "ORG"}
    crash = [
        _fact("accident", "kecelakaan", rescuers, speakers=["Badan SAR Nasional"]),
        _fact("accident", "kecelakaan", {"Kereta Api Indonesia": "ORG"}),
        _fact("accident", "kecelakaan", {"Kereta Api Indonesia": "ORG"}),
    ]
    assert event_label(crash) == "Kecelakaan Kereta Api Indonesia"


STATS = {"Pusat Statistik": "ORG", "BPS": "ORG", "Indonesia": "LOC"}


def test_a_cut_organisation_span_is_named_in_full_and_one_aside_does_not_type_the_event():
    release = [
        _fact("statement", "mengungkapkan", STATS, speakers=["Pusat Statistik"]),
        _fact("statement", "menjelaskan", {}, speakers=["Pusat Statistik"]),
        _fact("election", "pemilu", {"Amerika Serikat": "LOC", "Ukraina": "LOC"}),
        _fact("statement", "menyampaikan", {"Indonesia": "LOC"}, speakers=["Pusat Statistik"]),
    ]
    assert event_label(release) == "Pernyataan Badan Pusat Statistik"
    assert story_label([release, release[:2]]) == "Pernyataan Badan Pusat Statistik"


def test_an_election_is_named_by_its_candidates_in_its_country():
    race = {"Amerika Serikat": "LOC", "Donald Trump": "PER", "Kamala Harris": "PER"}
    votes = [
        _fact("election", "pemilihan presiden", race, place="Washington"),
        _fact("election", "pilpres", {**race, "Ukraina": "LOC"}),
        _fact("election", "pemilu", {"Kamala Harris": "PER", "Amerika Serikat": "LOC"}),
    ]
    assert event_label(votes) == "Pemilihan Kamala Harris dan Donald Trump di Amerika Serikat"


def test_a_match_is_between_teams_not_players_and_its_story_names_the_team_it_follows():
    first = [
        _fact("match", "laga", {"Rizky Ridho": "PER", "Timnas Indonesia": "ORG", "Jepang": "LOC"}),
        _fact("match", "pertandingan", {"Timnas Indonesia": "ORG", "Jepang": "LOC", "Asia": "LOC"}),
    ]
    second = [_fact("match", "laga", {"Timnas Indonesia": "ORG", "Vietnam": "LOC", "Asia": "LOC"})]
    third = [_fact("match", "laga", {"Indonesia": "LOC", "Irak": "LOC"})]
    fourth = [_fact("match", "laga", {"Arab Saudi": "LOC", "Timnas Indonesia": "ORG"})]
    fifth = [_fact("match", "laga", {"Filipina": "LOC", "Jepang": "LOC"})]
    assert event_label(first) == "Pertandingan Timnas Indonesia vs Jepang"
    story = story_label([first, second, third, fourth, fifth])
    assert story == "Pertandingan Timnas Indonesia", "a continent in two of five is no party"


def test_people_come_first_when_people_are_present():
    talks = {"Federasi Rusia": "LOC", "Prabowo Subianto": "PER", "Vladimir Putin": "PER"}
    meetings = [_fact("meeting", "pertemuan", talks), _fact("meeting", "pertemuan", talks)]
    assert event_label(meetings) == "Pertemuan Prabowo Subianto dengan Vladimir Putin"


COURT = {"Mahkamah Internasional": "ORG", "Israel": "LOC", "Rafah": "LOC"}


def test_an_event_reads_as_its_storys_thread_when_its_articles_report_it():
    order = [
        _fact("attack", "serangan", COURT, place="Rafah"),
        _fact("attack", "serangan", COURT, place="Rafah"),
        _fact("ruling", "memutuskan", COURT, place="Rafah"),
    ]
    earlier = [_fact("ruling", "putusan", COURT)] * 3
    assert event_label(order, thread="ruling") == (
        "Putusan Mahkamah Internasional terhadap Israel di Rafah"
    )
    assert story_label([order, earlier]) == "Putusan Mahkamah Internasional dan Israel"


def test_a_death_is_named_by_the_person_who_died():
    leader = {"Palestina": "LOC", "Hamas": "ORG", "Ismail Haniyeh": "PER", "Israel": "LOC"}
    other = {"Hamas": "ORG", "Yahya Sinwar": "PER", "Israel": "LOC"}
    first = [_fact("death", "tewas", leader, place="Teheran")] * 2
    second = [_fact("death", "tewas", other, place="Gaza")] * 2
    assert event_label(first) == "Kematian Ismail Haniyeh di Teheran"
    assert story_label([first, second]) == "Kematian Ismail Haniyeh dan Yahya Sinwar"


def test_an_event_nothing_names_reads_as_its_title():
    facts = MainFacts("meeting", "pertemuan", [], title="Warga desa membangun jembatan bambu")
    assert event_label([facts]) == "Warga desa membangun jembatan bambu"


def test_an_eruption_names_the_volcano_its_place_and_province():
    volcano = {
        "Gunung Lewotobi Laki-laki": "LOC",
        "Flores Timur": "LOC",
        "Nusa Tenggara Timur": "LOC",
    }
    eruptions = [
        _fact("eruption", "erupsi", volcano, place="Flores Timur"),
        _fact("eruption", "erupsi", volcano, place="Flores Timur"),
    ]
    assert event_label(eruptions) == (
        "Erupsi Gunung Lewotobi Laki-laki di Flores Timur, Nusa Tenggara Timur"
    )


def test_a_match_whose_main_events_name_a_player_takes_the_sides_every_article_mentions():
    sides = {"Indonesia": "LOC", "Australia": "LOC", "Stadion Mandala": "LOC", "Jepang": "LOC"}
    first = MainFacts("match", "pertandingan", ["Eko Prasetyo"], types=sides)
    second = MainFacts("match", "laga", ["Eko Prasetyo"], types={**sides, "Jepang": "PER"})
    third = MainFacts("match", "laga", [], types={"Australia": "LOC", "Indonesia": "LOC"})
    assert event_label([first, second, third]) == "Pertandingan Indonesia vs Australia"


def test_a_flood_written_from_where_it_struck_is_placed_by_the_place_its_articles_name():
    flooded = {"Kabupaten Sukamaju": "LOC", "Kalimantan Selatan": "LOC"}
    floods = [
        _fact("flood", "banjir", flooded, place="Sukamaju", dateline="Sukamaju"),
        _fact("flood", "banjir", {"Kabupaten Sukamaju": "LOC"}, dateline="Sukamaju"),
    ]
    assert event_label(floods) == "Banjir di Kabupaten Sukamaju, Kalimantan Selatan"


def test_a_news_medium_cited_is_not_a_party():
    raid = {"Sky News": "ORG", "Iran": "LOC", "Tel Aviv": "LOC"}
    assert event_label([_fact("attack", "serangan", raid)]) == "Serangan Iran ke Tel Aviv"


def test_a_ruling_names_the_court_then_whom_it_judged():
    case = {
        "Pengadilan Negeri Sukamaju": "ORG",
        "Dinas Pekerjaan Umum": "ORG",
        "Andi Wijaya": "PER",
    }
    rulings = [_fact("ruling", "vonis", case), _fact("ruling", "putusan", case)]
    assert event_label(rulings) == "Putusan Pengadilan Negeri Sukamaju terhadap Andi Wijaya"


def test_a_place_that_is_a_province_takes_no_second_province():
    where = {"Jawa Tengah": "LOC", "Jawa Timur": "LOC"}
    floods = [_fact("flood", "banjir", where, place="Jawa Tengah")] * 2
    assert event_label(floods) == "Banjir di Jawa Tengah"


def test_a_story_nothing_names_reads_as_its_largest_event():
    small = [MainFacts("festival", "festival", [], title="Pawai budaya di alun-alun")]
    large = [MainFacts("festival", "festival", ["Sanggar Tari"], types={"Sanggar Tari": "ORG"})] * 2
    assert story_label([small, large]) == "Festival Sanggar Tari"
    assert story_label([small]) == "Pawai budaya di alun-alun"


def test_a_venue_named_after_a_country_leaves_the_country_a_side():
    sides = {"Timnas Indonesia": "ORG", "Bahrain": "LOC", "Stadion Nasional Bahrain": "LOC"}
    matches = [_fact("match", "laga", sides, place="Stadion Nasional Bahrain")] * 2
    assert event_label(matches) == (
        "Pertandingan Timnas Indonesia vs Bahrain di Stadion Nasional Bahrain"
    )


def test_an_attack_is_named_by_the_sides_before_the_people_who_speak_of_it():
    war = {"Andriy Kovalenko": "PER", "Rusia": "LOC", "Ukraina": "LOC"}
    assert event_label([_fact("attack", "serangan", war)] * 2) == "Serangan Rusia ke Ukraina"


def test_a_team_cut_by_the_tagger_is_shown_in_full():
    first = _fact("match", "laga", {"Bali": "LOC", "United": "ORG", "Persib Bandung": "ORG"})
    second = _fact("match", "laga", {"Bali United": "LOC", "Persib Bandung": "ORG"})
    assert event_label([first, second]) == "Pertandingan Persib Bandung vs Bali United"


def test_a_name_glued_to_its_acronym_is_shown_without_it():
    glued = {"Mahkamah Internasional ICJ": "ORG", "ICJ": "ORG", "Israel": "LOC"}
    plain = {"Mahkamah Internasional": "ORG", "Israel": "LOC"}
    rulings = [_fact("ruling", "putusan", glued), _fact("ruling", "putusan", plain)]
    assert event_label(rulings) == "Putusan Mahkamah Internasional terhadap Israel"


def test_a_release_names_who_was_freed_not_the_leader_quoted_on_it():
    freed = {"Joko Santoso": "PER", "Budi Hartono": "PER", "Front Pembebasan": "ORG"}
    release = _fact("release", "pembebasan", freed, speakers=["Budi Hartono"] * 3)
    assert event_label([release]) == "Pembebasan Joko Santoso oleh Front Pembebasan"
    thanks = {"Budi Hartono": "PER", "Front Pembebasan": "ORG"}
    quoted = _fact("release", "membebaskan", thanks, speakers=["Budi Hartono"])
    assert event_label([quoted]) == "Pembebasan oleh Front Pembebasan"
