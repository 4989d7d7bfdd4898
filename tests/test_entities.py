"""Roles, in-article merging, and identities across articles (hand-written fixtures)."""

from __future__ import annotations

import pytest

from pantau.corpus.entities import Occurrence, link_entities
from pantau.doc import Doc, RawDoc
from pantau.nlp.entities import dateline_end, entities_stage
from pantau.nlp.lexicon import lexicon
from pantau.nlp.mentions import (
    Found,
    _aged,
    _head_runs,
    _join_unit_place,
    _org_tail_runs,
    _split_leading,
    _tidy,
    _trim_titles,
    split_known_people,
)
from pantau.nlp.roles import role_after, role_before
from pantau.nlp.tokenize import tokenize
from pantau.options import Options
from pantau.records import Article, Entity

BODY = [
    "MOSKOW - Presiden Rusia Vladimir Putin menerima Perdana Menteri Israel, "
    "Benjamin Netanyahu, di Kremlin pada Senin.",
    "Maria Zakharova, Juru Bicara Kementerian Luar Negeri Rusia, mengatakan Putin "
    "dan Netanyahu membahas Jalur Gaza.",
    "Pasukan Pertahanan Israel (IDF) menyatakan bantuan masuk ke Gaza dan AS setuju.",
    "Zakharova menambahkan, kata Kremlin.",
]


def _entities(body: list[str]) -> tuple[dict[str, Entity], Doc]:
    doc = Doc(RawDoc("t", "t"), Article(id="t", source="t", body=body))
    entities_stage(doc, Options())
    return {e.name: e for e in doc.article.entities}, doc


def test_role_before_a_name_keeps_case() -> None:
    tokens = tokenize("bertemu Duta besar Israel untuk Rusia, Simona Halperin")
    first, last = role_before(tokens, 7, set(), lexicon("id"))
    assert " ".join(t.text for t in tokens[first:last]) == "Duta besar Israel untuk Rusia"


def test_role_after_a_name_and_comma() -> None:
    tokens = tokenize("Maria Zakharova, Juru Bicara Kementerian Rusia, mengatakan")
    first, last = role_after(tokens, 2, set(), lexicon("id"))
    assert " ".join(t.text for t in tokens[first:last]) == "Juru Bicara Kementerian Rusia"


def test_role_after_is_not_taken_from_the_next_person() -> None:
    tokens = tokenize("Abdel Sisi, Presiden Iran Ebrahim Raisi, dan")
    assert role_after(tokens, 2, {5, 6}, lexicon("id")) is None


def test_short_names_become_aliases_of_the_full_name() -> None:
    entities, _ = _entities(BODY)
    assert "Putin" in entities["Vladimir Putin"].aliases
    assert "Zakharova" in entities["Maria Zakharova"].aliases


def test_roles_attach_to_people() -> None:
    entities, _ = _entities(BODY)
    assert "Presiden Rusia" in entities["Vladimir Putin"].roles
    assert "Perdana Menteri Israel" in entities["Benjamin Netanyahu"].roles
    assert "Juru Bicara Kementerian Luar Negeri Rusia" in entities["Maria Zakharova"].roles


def test_institutions_and_abbreviations() -> None:
    entities, _ = _entities(BODY)
    assert entities["Kremlin"].type == "ORG"
    assert "IDF" in entities["Pasukan Pertahanan Israel"].aliases
    assert entities["Amerika Serikat"].aliases == ["AS"]
    assert "Gaza" in entities["Jalur Gaza"].aliases


def test_days_are_not_entities() -> None:
    entities, _ = _entities(BODY)
    assert "Senin" not in entities


def test_a_role_written_alone_is_not_an_entity() -> None:
    entities, _ = _entities(
        ["Jubir menyebut rapat ditunda.", "Humas Polres Sukamaju menyampaikan data korban."]
    )
    assert "Jubir" not in entities and "Humas" not in entities


def test_an_abbreviated_first_name_stays_with_the_name() -> None:
    entities, _ = _entities(
        ["Deputi Bidang Statistik BPS Moh. Rudi Hartono menyampaikan data terbaru."]
    )
    assert entities["Moh. Rudi Hartono"].roles == ["Deputi Bidang Statistik BPS"]


def test_two_titles_joined_by_dan_are_two_roles() -> None:
    entities, _ = _entities(
        ["Menteri Pertahanan dan Presiden terpilih, Dimas Kertajaya, tiba di Beluria."]
    )
    assert entities["Dimas Kertajaya"].roles == ["Menteri Pertahanan", "Presiden terpilih"]


def test_mentions_point_into_the_body() -> None:
    _, doc = _entities(BODY)
    for m in doc.mentions:
        assert BODY[m.paragraph][m.start : m.end] == m.text
    assert {m.entity for m in doc.mentions if m.text == "Putin"} == {"Vladimir Putin"}


def test_empty_body_has_no_entities() -> None:
    entities, doc = _entities([])
    assert entities == {} and doc.mentions == []


def _occ(article: str, outlet: str, entity: Entity) -> Occurrence:
    return Occurrence(article, outlet, "2023-12-10", entity)


def test_spelling_variants_are_one_identity() -> None:
    identities = link_entities(
        [
            _occ("a", "x.com", Entity("Benjamin Netanyahu", "PER", ["Netanyahu"], ["PM Israel"])),
            _occ("b", "y.com", Entity("Benyamin Netanyahu", "PER", [], ["Presiden Israel"])),
            _occ("c", "y.com", Entity("Mahmud Abbas", "PER")),
            _occ("d", "x.com", Entity("Mahmoud Abbas", "PER")),
        ]
    )
    by_name = {i.name: i for i in identities}
    netanyahu = next(i for i in identities if "Netanyahu" in i.name)
    assert netanyahu.articles == ["a", "b"]
    assert {(r.role, r.outlet) for r in netanyahu.roles} == {
        ("PM Israel", "x.com"),
        ("Presiden Israel", "y.com"),
    }
    assert len([n for n in by_name if "Abbas" in n]) == 1


def test_shorter_name_joins_the_one_longer_name() -> None:
    identities = link_entities(
        [
            _occ("a", "x.com", Entity("Moussa Abu Marzouk", "PER")),
            _occ("b", "y.com", Entity("Abu Marzouk", "PER")),
        ]
    )
    assert [(i.name, i.aliases) for i in identities] == [("Moussa Abu Marzouk", ["Abu Marzouk"])]


def test_different_types_or_ambiguous_names_stay_apart() -> None:
    identities = link_entities(
        [
            _occ("a", "x.com", Entity("Ali Hasan", "PER")),
            _occ("b", "x.com", Entity("Ali Akbar", "PER")),
            _occ("c", "x.com", Entity("Ali", "PER")),
            _occ("d", "x.com", Entity("Israel", "LOC")),
            _occ("e", "x.com", Entity("Israel", "ORG")),
        ]
    )
    assert len(identities) == 5


def test_a_rank_is_a_title_of_its_own_not_part_of_name_or_role() -> None:
    entities, _ = _entities(
        ["Kapolda Metro Jaya Irjen Dimas Kertajaya mengatakan pelaku sudah ditangkap."]
    )
    person = next(e for e in entities.values() if e.type == "PER")
    assert person.name == "Dimas Kertajaya"
    assert person.roles == ["Kapolda Metro Jaya", "Irjen"]


def test_a_rank_after_a_lower_case_role_and_a_comma() -> None:
    entities, _ = _entities(
        ["Sementara itu, juru bicara militer Arvenia, Laksamana Muda Rudi Hartono mengatakan ..."]
    )
    assert entities["Rudi Hartono"].roles == ["juru bicara militer Arvenia", "Laksamana Muda"]


def test_a_rank_with_its_qualifiers_after_a_role() -> None:
    entities, _ = _entities(
        ["Juru Bicara Angkatan Laut Arvenia Laksamana Muda Rudi Hartono membenarkan kabar itu."]
    )
    assert entities["Rudi Hartono"].roles == ["Juru Bicara Angkatan Laut Arvenia", "Laksamana Muda"]


def test_role_skips_a_bracketed_short_form() -> None:
    tokens = tokenize("Kepala Badan Pusat Statistik (BPS) Dimas Kertajaya")
    first, last = role_before(tokens, 7, set(), lexicon("id"))
    assert [t.text for t in tokens[first:last]][:5] == [
        "Kepala",
        "Badan",
        "Pusat",
        "Statistik",
        "(",
    ]


def test_a_title_tail_is_cut_off_the_name() -> None:
    tokens = tokenize("Anggota DPRD Kota Bandung Dimas Kertajaya hadir")
    found = _split_leading(tokens, [Found(1, 6, "PER")], lexicon("id"))
    spans = [(" ".join(t.text for t in tokens[f.first : f.last]), f.type) for f in found]
    assert spans == [("DPRD", "ORG"), ("Kota Bandung", "LOC"), ("Dimas Kertajaya", "PER")]


def test_a_short_name_after_a_place_is_kept_whole() -> None:
    tokens = tokenize("kata Israel Katz kepada wartawan")
    found = _split_leading(tokens, [Found(1, 3, "PER")], lexicon("id"))
    assert [(f.first, f.last) for f in found] == [(1, 3)]


def test_a_name_particle_joins_one_person() -> None:
    entities, _ = _entities(["Sheikh Mohammed bin Abdulrahman Al Thani tiba di Doha pada Senin."])
    people = [e.name for e in entities.values() if e.type == "PER"]
    assert people == ["Sheikh Mohammed bin Abdulrahman Al Thani"]


def _spans(tokens, found) -> list[tuple[str, str]]:
    return [(" ".join(t.text for t in tokens[f.first : f.last]), f.type) for f in found]


def test_an_organisation_word_opening_a_person_span_makes_it_an_organisation() -> None:
    tokens = tokenize("Ia menambahkan, Pemprov Jateng menyiapkan dana.")
    found = _head_runs(tokens, [Found(3, 5, "PER")], lexicon("id"))
    assert _spans(tokens, found) == [("Pemprov Jateng", "ORG")]


def test_an_acronym_and_its_place_before_a_person_are_one_body() -> None:
    tokens = tokenize("Kepala BPBD Demak Agus Pambudi mengatakan")
    found = [Found(1, 2, "ORG"), Found(2, 3, "PER"), Found(3, 5, "PER")]
    assert _spans(tokens, _join_unit_place(tokens, found)) == [
        ("BPBD Demak", "ORG"),
        ("Agus Pambudi", "PER"),
    ]


def test_a_run_closed_by_an_organisation_word_is_an_organisation() -> None:
    tokens = tokenize("Analis Saxo Bank Ole Hansen mengatakan")
    found = _org_tail_runs(tokens, [Found(1, 2, "PER"), Found(3, 5, "PER")], lexicon("id"))
    assert _spans(tokens, found) == [("Saxo Bank", "ORG"), ("Ole Hansen", "PER")]


def test_the_outlet_brand_in_the_dateline_is_not_an_entity() -> None:
    assert dateline_end("Jakarta, CNN Indonesia -- Rusia melancarkan serangan.") == 22
    assert dateline_end("Rusia melancarkan serangan ke kota itu pada Senin pagi.") == 0


def test_a_rank_left_in_front_of_a_split_person_is_dropped() -> None:
    tokens = tokenize("Kapolres Metro Lumbung Kombes Dirga Saputra mengatakan")
    found = _tidy(tokens, [Found(3, 6, "PER")], lexicon("id"))
    assert _spans(tokens, found) == [("Dirga Saputra", "PER")]


def test_the_word_after_an_organisation_head_is_not_the_persons_name() -> None:
    tokens = tokenize("Direktur Utama Perum Lumbung Bayu Saraswanto menambahkan")
    found = _split_leading(tokens, [Found(3, 6, "PER")], lexicon("id"))
    assert _spans(tokens, found) == [("Lumbung", "ORG"), ("Bayu Saraswanto", "PER")]


def test_a_name_before_an_age_in_brackets_is_a_person_but_initials_are_not() -> None:
    tokens = tokenize("Seorang pedagang, Warsini (52), dan tersangka RH (24) hadir.")
    assert _spans(tokens, _aged(tokens, [])) == [("Warsini", "PER")]


def test_an_honorific_of_a_religious_scholar_is_not_part_of_the_name() -> None:
    tokens = tokenize("Pengasuh pesantren itu, KH Abdul Rozak, menyambut peserta.")
    found = [Found(4, 7, "PER")]
    _trim_titles(tokens, found, lexicon("id"))
    assert _spans(tokens, found) == [("Abdul Rozak", "PER")]


def test_an_english_job_title_is_a_role() -> None:
    tokens = tokenize("kata Head of Research Lumbung Sekuritas Dewi Anggraini")
    first, last = role_before(tokens, 6, set(), lexicon("id"))
    assert " ".join(t.text for t in tokens[first:last]) == "Head of Research Lumbung Sekuritas"


def test_a_person_named_alone_elsewhere_is_cut_off_the_body_before_him() -> None:
    text = "Direktur Jenderal Kementerian Perairan Dirga Saputra hadir."
    tokens = tokenize(text)
    found = split_known_people(
        text, tokens, [Found(2, 6, "ORG")], frozenset({"Dirga"}), lexicon("id")
    )
    assert _spans(tokens, found) == [("Kementerian Perairan", "ORG"), ("Dirga Saputra", "PER")]
    assert found[1].roles == ["Direktur Jenderal Kementerian Perairan"]


@pytest.mark.parametrize(
    ("text", "name_at", "role"),
    [
        ("kata warga Desa Sukamulya, Rini Astuti", 5, "warga Desa Sukamulya"),
        ("ujar petugas Pos Pengamatan Gunung, Bayu Saputra", 5, "petugas Pos Pengamatan Gunung"),
        ("menurut calon gubernur Jawa Barat Hendra Wijaya", 5, "calon gubernur Jawa Barat"),
        ("kata Deputi Bidang Neraca BPS Rudi Hartono", 5, "Deputi Bidang Neraca BPS"),
    ],
)
def test_descriptive_roles_real_outlets_give_people(text: str, name_at: int, role: str) -> None:
    tokens = tokenize(text)
    first, last = role_before(tokens, name_at, set(), lexicon("id"))
    assert " ".join(t.text for t in tokens[first:last]) == role


def test_a_name_after_a_role_and_a_comma_is_a_person() -> None:
    entities, _ = _entities(
        [
            "“Gempa susulan masih mungkin terjadi,” kata Kepala Stasiun Cuaca Lembah Hijau, "
            "Wiratmoko, Selasa.",
            "Kepala Dinas Pertanian Kabupaten Sukamaju, Jawa Barat, meninjau sawah itu.",
        ]
    )
    assert entities["Wiratmoko"].type == "PER"
    assert "Kepala Stasiun Cuaca Lembah Hijau" in entities["Wiratmoko"].roles
    assert entities["Jawa Barat"].type == "LOC"


def test_an_armed_force_named_by_its_country_is_one_body() -> None:
    entities, _ = _entities(["Militer Beluria mengatakan dua pesawat nirawak jatuh di perbatasan."])
    assert entities["Militer Beluria"].type == "ORG"


def test_a_connector_inside_a_body_name_keeps_it_whole_but_two_bodies_stay_apart() -> None:
    entities, _ = _entities(
        [
            "Pusat Kajian Iklim dan Mitigasi Bencana Sukamaju merilis peringatan dini.",
            "Kementerian Kelautan dan Kementerian Pertanian menggelar rapat bersama.",
        ]
    )
    assert entities["Pusat Kajian Iklim dan Mitigasi Bencana Sukamaju"].type == "ORG"
    assert "Kementerian Kelautan" in entities and "Kementerian Pertanian" in entities


def test_rates_and_instruments_are_no_bodies() -> None:
    entities, _ = _entities(["Bank Arvenia menahan BI Rate dan memantau Fed Funds Rate pekan ini."])
    assert "BI Rate" not in entities and "Fed Funds Rate" not in entities


MATCH_REPORT = [
    "SURABAYA - Timnas Indonesia menang 3-1 melawan Vietnam dalam laga kualifikasi "
    "di Stadion Gelora Bung Tomo, Surabaya, Kamis malam.",
    "Vietnam sempat unggul lewat gol pada menit ke-12 sebelum wasit menunjuk titik penalti.",
    "Pelatih Vietnam mengakui timnya kalah di babak kedua.",
    "Skuad asuhan pelatih asal Korea itu akan bertandang ke Thailand pekan depan.",
]


def test_place_names_that_play_a_match_are_teams() -> None:
    entities, _ = _entities(MATCH_REPORT)
    assert entities["Vietnam"].type == "ORG"
    assert entities["Timnas Indonesia"].type == "ORG"
    assert entities["Surabaya"].type == "LOC"
    assert entities["Thailand"].type == "LOC"  # "ke Thailand": a place the team travels to


def test_a_team_name_joins_its_full_name() -> None:
    body = [*MATCH_REPORT, "Gol kemenangan Indonesia dicetak pada menit ke-80."]
    entities, _ = _entities(body)
    assert "Indonesia" in entities["Timnas Indonesia"].aliases
    assert "Indonesia" not in entities


def test_outside_a_match_report_a_country_stays_a_place() -> None:
    body = ["Indonesia menghadapi tantangan ekonomi, kata menteri di Jakarta pada Senin."]
    entities, _ = _entities(body)
    assert entities["Indonesia"].type == "LOC"


def test_a_ticket_of_two_people_is_two_people() -> None:
    body = [
        "Pasangan Budi Santoso-Hartono unggul dalam hitung cepat di Semarang.",
        "Budi Santoso mengatakan timnya menunggu hasil resmi, didampingi Hartono.",
    ]
    entities, _ = _entities(body)
    assert {"Budi Santoso", "Hartono"} <= set(entities)
    assert not any("-" in name for name in entities)


def test_a_hyphenated_first_name_is_one_person() -> None:
    entities, _ = _entities(["Jean-Marc Dubois tiba di Jakarta pada Senin."])
    assert "Jean-Marc Dubois" in entities


def test_a_name_inside_a_long_title_loses_the_title_words() -> None:
    tokens = tokenize("Menteri Luar Negeri Sugandi hadir")
    found = [Found(2, 4, "PER")]
    _trim_titles(tokens, found, lexicon("id"))
    assert (found[0].first, found[0].last) == (3, 4)


def test_a_role_said_of_a_person_after_the_name() -> None:
    body = [
        "Rahmat Hidayat terpilih sebagai ketua komisi pemilihan daerah pada Senin.",
        "Dewi Lestari, 54 tahun, adalah anggota senior Partai Harapan sejak 1999.",
    ]
    entities, _ = _entities(body)
    assert "ketua komisi pemilihan daerah" in entities["Rahmat Hidayat"].roles
    assert "anggota senior Partai Harapan" in entities["Dewi Lestari"].roles


def test_a_predicate_role_of_a_repeated_surname() -> None:
    body = [
        "Menteri Perdagangan Andi Saputra tiba di Tokyo pada Senin.",
        "Saputra, yang kini menjabat sebagai Menteri Perdagangan, membahas kerja sama.",
        "Saputra adalah mantan duta besar untuk Jepang.",
    ]
    entities, _ = _entities(body)
    assert "mantan duta besar untuk Jepang" in entities["Andi Saputra"].roles


def test_a_predicate_without_a_role_head_gives_no_role() -> None:
    entities, _ = _entities(["Rahmat Hidayat adalah orang yang ramah, kata tetangganya."])
    assert entities["Rahmat Hidayat"].roles == []


def test_a_role_said_of_a_pronoun_goes_to_the_person_named_before() -> None:
    body = [
        "Rahmat Hidayat meninggal dunia di Bandung pada Senin.",
        "Ia pernah menjabat sebagai wali kota Bandung selama dua periode.",
    ]
    entities, _ = _entities(body)
    assert "wali kota Bandung" in entities["Rahmat Hidayat"].roles


def test_a_short_form_of_a_title_in_brackets_is_a_title_too() -> None:
    entities, _ = _entities(["Menteri Perdagangan (Mendag) Andi Saputra tiba di Tokyo."])
    assert {"Menteri Perdagangan", "Mendag"} <= set(entities["Andi Saputra"].roles)


def test_an_apposition_between_commas_is_the_whole_role() -> None:
    body = ["Andi Saputra, pemimpin gerakan mahasiswa itu, ditangkap di Medan pada Senin."]
    entities, _ = _entities(body)
    assert "pemimpin gerakan mahasiswa itu" in entities["Andi Saputra"].roles


def test_a_form_of_address_between_role_and_name_is_passed_over() -> None:
    entities, _ = _entities(["Ia bertemu Raja Belanda, Yang Mulia Willem Alexander, di Den Haag."])
    assert "Raja Belanda" in entities["Willem Alexander"].roles


def test_a_ticket_number_stays_in_the_role() -> None:
    entities, _ = _entities(["Namun, calon bupati nomor urut 2, Sri Wahyuni tidak hadir."])
    assert "calon bupati nomor urut 2" in entities["Sri Wahyuni"].roles


def test_an_acronym_of_a_name_spelled_out_elsewhere_is_its_alias() -> None:
    body = [
        "Lembaga Survei Nusantara merilis hasil survei di Jakarta.",
        "Peneliti LSN mengatakan hasilnya stabil.",
    ]
    entities, _ = _entities(body)
    assert entities["Lembaga Survei Nusantara"].aliases == ["LSN"]
    assert "LSN" not in entities


def test_a_short_form_with_a_country_after_it_joins_the_short_form() -> None:
    body = [
        "Dewan Perwakilan Rakyat (DPR) menggelar rapat paripurna pada Kamis.",
        "Rapat DPR RI itu mengesahkan undang-undang baru.",
    ]
    entities, _ = _entities(body)
    assert "DPR RI" in entities["Dewan Perwakilan Rakyat"].aliases


def test_a_region_in_a_competitions_name_is_not_a_place() -> None:
    body = [
        "Timnas Indonesia menjamu Vietnam dalam kualifikasi Piala Dunia zona Asia di Surabaya.",
        "Pelatih itu pernah membawa timnya ke Piala Afrika.",
    ]
    entities, _ = _entities(body)
    assert "Asia" not in entities and "Afrika" not in entities
    assert entities["Surabaya"].type == "LOC"


def test_a_listed_short_form_alone_is_the_one_local_body_named_with_it() -> None:
    body = [
        "Komisioner KPU Jawa Barat menetapkan daftar pemilih tetap pada Senin.",
        "Ketua KPU mengatakan jumlah pemilih naik dua persen.",
    ]
    entities, _ = _entities(body)
    assert "KPU" in entities["KPU Jawa Barat"].aliases
    assert "Komisi Pemilihan Umum" not in entities


def test_a_body_inside_a_meetings_bracketed_name_is_not_an_entity() -> None:
    body = ["Keputusan itu diambil dalam Rapat Dewan Komisioner (RDK) Otoritas Jasa Keuangan."]
    entities, _ = _entities(body)
    assert list(entities) == ["Otoritas Jasa Keuangan"]


def test_a_body_after_a_meeting_word_without_its_short_form_stays() -> None:
    body = ["Rapat DPR membahas anggaran pertahanan pada Senin."]
    entities, _ = _entities(body)
    assert "Dewan Perwakilan Rakyat" in entities


def test_a_name_misspelt_by_one_letter_is_the_same_entity() -> None:
    body = [
        "Komisi Pemberantasan Korupsi memeriksa dua saksi pada Senin.",
        "Juru bicara Komisi Pemberantasn Korupsi menyebut pemeriksaan berlanjut.",
    ]
    entities, _ = _entities(body)
    assert "Komisi Pemberantasn Korupsi" in entities["Komisi Pemberantasan Korupsi"].aliases


def test_names_one_digit_apart_stay_two_entities() -> None:
    from pantau.nlp.entities import _Group, _misspelt

    group = _Group("Timnas U-23 Indonesia", "ORG", ("timnas", "u-23", "indonesia"))
    assert not _misspelt("Timnas U-22 Indonesia", "ORG", group)
    assert _misspelt("Timnas U-23 Indonesai", "ORG", group)
    assert not _misspelt("Kemenkes RI", "ORG", _Group("Kemenkeu RI", "ORG", ("kemenkeu", "ri")))


def test_a_head_word_written_short_with_a_dot_opens_the_name() -> None:
    body = [
        "Massa berkumpul di Jl. Merdeka Barat sejak pagi, bantuan tiba di Kab. Sumbawa.",
        "Delegasi itu lalu terbang ke St. Louis untuk pertemuan berikutnya.",
    ]
    entities, _ = _entities(body)
    assert entities["Jl. Merdeka Barat"].type == "LOC"
    assert entities["Kab. Sumbawa"].type == "LOC"
    assert entities["St. Louis"].type == "LOC"
    assert "Louis" not in entities and "St" not in entities


def test_a_two_word_head_makes_an_office_where_the_first_word_alone_is_a_place() -> None:
    body = [
        "Kepala Stasiun Geofisika Banjarnegara menyebut getaran terasa di Stasiun Purwokerto.",
    ]
    entities, _ = _entities(body)
    assert entities["Stasiun Geofisika Banjarnegara"].type == "ORG"
    assert entities["Stasiun Purwokerto"].type == "LOC"


def test_a_team_nickname_in_a_match_report_is_an_alias_of_the_team() -> None:
    body = [
        "Timnas Indonesia menahan imbang Bahrain 1-1 dalam laga kualifikasi di stadion utama.",
        "Pelatih menyebut Skuad Garuda tampil disiplin sepanjang babak kedua dan kiper tenang.",
        "Gol Garuda dicetak lewat sundulan, skor bertahan hingga akhir pertandingan.",
    ]
    entities, _ = _entities(body)
    assert {"Skuad Garuda", "Garuda"} <= set(entities["Timnas Indonesia"].aliases)
    assert "Skuad Garuda" not in entities


def test_a_nickname_outside_a_match_report_is_left_alone() -> None:
    body = ["Maskapai Garuda Indonesia menambah rute ke Sorong mulai bulan depan."]
    entities, _ = _entities(body)
    assert "Timnas Indonesia" not in entities
    assert all("Garuda" not in e.aliases for e in entities.values())


def test_a_head_word_inside_the_taggers_span_does_not_cut_the_name() -> None:
    body = ["Kepala Badan Pusat Statistik Rina Wulandari mengatakan inflasi melandai."]
    entities, _ = _entities(body)
    assert entities["Badan Pusat Statistik"].type == "ORG"
    assert "Pusat Statistik" not in entities


def test_a_listed_region_replaces_the_taggers_pieces_of_it() -> None:
    body = [
        "Ekonomi Bali dan Nusa Tenggara tumbuh 5 persen, wilayah Maluku-Papua tumbuh 7 persen.",
        "Di Bali sendiri, kunjungan wisatawan naik.",
    ]
    entities, _ = _entities(body)
    assert entities["Bali dan Nusa Tenggara"].type == "LOC"
    assert entities["Maluku-Papua"].type == "LOC"
    assert "Nusa Tenggara" not in entities and "Bali" in entities


def test_a_place_listed_with_a_side_is_a_side() -> None:
    body = [
        *MATCH_REPORT,
        "Kini Indonesia berada di bawah Vietnam dan Filipina di klasemen Grup B.",
    ]
    entities, _ = _entities(body)
    assert entities["Filipina"].type == "ORG"
    assert "Grup B" not in entities


def test_a_standings_verb_after_a_place_makes_it_a_side() -> None:
    body = [*MATCH_REPORT, "Sementara itu Kamboja memimpin klasemen dengan tujuh poin."]
    entities, _ = _entities(body)
    assert entities["Kamboja"].type == "ORG"


def test_a_company_word_before_a_letter_labels_a_group() -> None:
    body = [*MATCH_REPORT, "Klasemen Grup C kini dipimpin Kamboja dengan sembilan poin."]
    entities, _ = _entities(body)
    assert "Klasemen Grup" not in entities
    assert entities["Kamboja"].type == "ORG"


def test_map_coordinates_are_not_places() -> None:
    body = ["Pusat gempa berada di 6,1 Lintang Selatan dan 112,4 Bujur Timur, di Laut Jawa."]
    entities, _ = _entities(body)
    assert "Bujur Timur" not in entities and "Lintang Selatan" not in entities


def test_a_compass_direction_before_a_place_is_not_its_name() -> None:
    body = [
        "Pusat gempa berada di Barat Laut Kudus, getaran terasa hingga Selatan Pulau Madura.",
        "Warga Timur Tengah dan Timur Leste mengirim bantuan.",
    ]
    entities, _ = _entities(body)
    assert entities["Kudus"].type == "LOC" and "Pulau Madura" in entities
    assert "Timur Tengah" in entities and "Timur Leste" in entities


def test_a_second_body_inside_an_organisations_span_is_its_own_entity() -> None:
    body = [
        "Menurut laporan Badan Geologi Kementerian Energi dan Sumber Daya Mineral, status naik."
    ]
    entities, _ = _entities(body)
    assert entities["Badan Geologi"].type == "ORG"
    assert entities["Kementerian Energi dan Sumber Daya Mineral"].type == "ORG"


def test_a_persons_other_name_after_a_cue_or_in_brackets_is_an_alias() -> None:
    body = [
        "Calon bupati Hendra Wijaya alias bang Ucok unggul di hitung cepat.",
        "Penetapan Hendra Wijaya, S.E. (Si Ucok) digelar Senin.",
        "Calon wakil bupati Dewi Anggraini, atau yang akrab disapa Neng Dewi, ikut hadir.",
    ]
    entities, _ = _entities(body)
    assert {"Ucok", "Si Ucok"} <= set(entities["Hendra Wijaya"].aliases)
    assert "Neng Dewi" in entities["Dewi Anggraini"].aliases
    assert "Si Ucok" not in entities and "Neng Dewi" not in entities


def test_two_people_in_a_list_stay_two() -> None:
    body = ["Hendra Wijaya dan Dewi Anggraini (Dewi) hadir bersama Budi Hartono."]
    entities, _ = _entities(body)
    assert "Budi Hartono" in entities and "Dewi Anggraini" in entities
    assert "Budi Hartono" not in entities["Dewi Anggraini"].aliases


def test_a_match_report_names_players_the_tagger_missed() -> None:
    from pantau.doc import Mention
    from pantau.nlp.players import missed_players

    body = [
        *MATCH_REPORT,
        "Sepakan itu ditepis kiper Wouter Maessen, lalu Dirk Haverkamp (67') menambah gol.",
        "Bola membentur tiang gawang Vietnam, dan Rob Kerkhof dari Oxford United cedera.",
    ]
    line = body[-2]
    tagged_as_place = Mention(
        len(body) - 2, line.index("Dirk"), line.index(" (67"), "Dirk Haverkamp", "LOC"
    )
    added = missed_players(body, [tagged_as_place], "id", lexicon("id"))
    assert [(m.text, m.type, roles) for m, roles in added] == [("Wouter Maessen", "PER", ["kiper"])]
    assert tagged_as_place.type == "PER"


def test_a_club_or_a_side_after_a_player_word_is_no_player() -> None:
    from pantau.nlp.players import missed_players

    body = [*MATCH_REPORT, "Ia kini pemain Oxford United, lalu menjebol gawang Timnas Vietnam."]
    assert missed_players(body, [], "id", lexicon("id")) == []


def _rules_over(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Run the mention rules over tagger spans given as (first, last, type) token ranges."""
    from pantau.nlp.mentions import paragraph_mentions
    from pantau.nlp.ner import shipped_tagger

    tokens = tokenize(body)
    found = [Found(first, last, kind) for first, last, kind in spans]
    mentions = paragraph_mentions(body, tokens, found, shipped_tagger(), lexicon("id"))
    return [(" ".join(t.text for t in tokens[m.first : m.last]), m.type) for m in mentions]


def test_a_title_the_tagger_ran_into_a_body_is_cut_off() -> None:
    # tokens: Hadir 0, Dubes 1, Rusia 2, dan 3, Seskab 4, Hendra 5, Wijaya 6, . 7
    got = _rules_over("Hadir Dubes Rusia dan Seskab Hendra Wijaya.", [(1, 3, "ORG"), (4, 7, "ORG")])
    assert ("Rusia", "LOC") in got and ("Hendra Wijaya", "PER") in got


def test_a_comma_splits_two_bodies_but_not_a_bodys_list_of_parts() -> None:
    # tokens: Maskapai 0, Air 1, Asia 2, , 3, Air 4, Lanka 5, batal 6, . 7
    got = _rules_over("Maskapai Air Asia, Air Lanka batal.", [(1, 6, "ORG")])
    assert got == [("Air Asia", "ORG"), ("Air Lanka", "ORG")]
    body = "Kata Badan Meteorologi, Klimatologi, dan Geofisika hari ini."
    assert _rules_over(body, [(1, 8, "ORG")]) == [
        ("Badan Meteorologi , Klimatologi , dan Geofisika", "ORG")
    ]


def test_a_day_closes_a_bodys_name() -> None:
    got = _rules_over("Massa dari Dewan Mahasiswa Senin datang.", [])
    assert ("Dewan Mahasiswa", "ORG") in got


def test_more_place_and_body_heads_and_things_that_are_no_names() -> None:
    body = [
        "Massa bergerak dari Bundaran Senayan menuju Kompleks Parlemen.",
        "Petugas Polsek Sukamaju berjaga, sementara sistem Iron Dome aktif menjelang Idul Adha.",
        "Surat itu ditandatangani Ir. Bambang Wiryawan.",
    ]
    entities, _ = _entities(body)
    assert entities["Bundaran Senayan"].type == "LOC"
    assert entities["Kompleks Parlemen"].type == "LOC"
    assert entities["Polsek Sukamaju"].type == "ORG"
    assert not {"Iron Dome", "Idul Adha", "Ir"} & set(entities)


def test_a_body_named_in_two_languages_is_one_body() -> None:
    body = [
        "Organisasi Kesehatan Dunia atau World Health Organization (WHO) merilis laporan.",
        "Menurut Organisasi Kesehatan Dunia, kasus menurun.",
    ]
    entities, _ = _entities(body)
    assert "World Health Organization" in entities["Organisasi Kesehatan Dunia"].aliases


def test_two_bodies_offered_as_alternatives_stay_two() -> None:
    body = [
        "Laporan bisa diajukan ke Komisi Pemilihan Umum (KPU) atau Badan Pengawas Pemilihan Umum.",
        "Warga juga dapat melapor ke Bank Indonesia (BI) atau Otoritas Jasa Keuangan (OJK).",
    ]
    entities, _ = _entities(body)
    assert {"Komisi Pemilihan Umum", "Badan Pengawas Pemilihan Umum"} <= set(entities)
    assert {"Bank Indonesia", "Otoritas Jasa Keuangan"} <= set(entities)


def test_a_bloc_written_alone_is_an_organisation() -> None:
    entities, _ = _entities(["Indonesia resmi bergabung dengan BRICS pada awal tahun."])
    assert entities["BRICS"].type == "ORG"


def test_a_places_short_form_after_a_body_named_with_it_stays_the_places() -> None:
    body = ["Pasar menanti keputusan Bank Sentral Amerika Serikat (AS) pekan depan."]
    entities, _ = _entities(body)
    assert "AS" not in entities["Bank Sentral Amerika Serikat"].aliases
    assert "AS" in entities["Amerika Serikat"].aliases


def test_the_capitals_name_keeps_its_first_word() -> None:
    entities, _ = _entities(["Investor meninjau Ibu Kota Negara di Kalimantan Timur."])
    assert entities["Ibu Kota Negara"].type == "LOC"


def test_capitals_spelling_a_persons_initials_are_that_person() -> None:
    from pantau.doc import Mention
    from pantau.nlp.aliases import initial_links

    body = ["Ridho Kurniawan (RK) dan Rudi Kusnadi hadir; RK menyapa Sinta Wulandari, lalu SW."]
    mentions = [
        Mention(0, body[0].index(name), body[0].index(name) + len(name), name, kind)
        for name, kind in (
            ("Ridho Kurniawan", "PER"),
            ("Rudi Kusnadi", "PER"),
            ("RK", "ORG"),
            ("Sinta Wulandari", "PER"),
            ("SW", "ORG"),
        )
    ]
    mentions[2] = Mention(0, body[0].index("; RK") + 2, body[0].index("; RK") + 4, "RK", "ORG")
    links = initial_links(body, mentions, lexicon("id").abbreviations)
    assert links == {"rk": "ridho kurniawan", "sw": "sinta wulandari"}


def test_a_short_form_alone_is_the_local_body_bracketed_with_it() -> None:
    body = [
        "Komisi Pemilihan Umum Daerah Khusus Jakarta (KPU DKJ) menetapkan pemenang.",
        "Ketua KPU menyebut rapat pleno berjalan lancar.",
    ]
    entities, _ = _entities(body)
    assert "KPU" in entities["Komisi Pemilihan Umum Daerah Khusus Jakarta"].aliases
    assert "Komisi Pemilihan Umum" not in entities


def test_a_common_noun_before_a_place_name_is_not_in_it() -> None:
    got = _rules_over("Ombak tinggi melanda pantai Sukamulya kemarin.", [(3, 5, "LOC")])
    assert got == [("Sukamulya", "LOC")]


def test_a_lone_name_the_article_places_is_a_place() -> None:
    from pantau.doc import Mention
    from pantau.nlp.places import retype_placed_names

    body = [
        "Korban dirawat di Waikabubak, lalu dibawa ke Kupang, Ende dan Bajawa.",
        "Hasan (40) dari Ende, Budi, dan Budi Santoso datang.",
    ]

    def at(p, text, kind, nth=0):
        start = body[p].index(text) if nth == 0 else body[p].index(text, body[p].index(text) + 1)
        return Mention(p, start, start + len(text), text, kind)

    mentions = [
        at(0, "Waikabubak", "PER"),
        at(0, "Kupang", "LOC"),
        at(0, "Ende", "PER"),
        at(0, "Bajawa", "PER"),
        at(1, "Hasan", "PER"),
        at(1, "Ende", "LOC"),
        at(1, "Budi", "PER"),
        at(1, "Budi Santoso", "PER"),
    ]
    retype_placed_names(body, mentions, [[] for _ in mentions], "id")
    assert [m.type for m in mentions[:4]] == ["LOC"] * 4
    assert mentions[4].type == "PER"  # an age follows the name
    assert mentions[6].type == "PER"  # part of a person's longer name


def test_an_organisation_word_after_an_ampersand_closes_the_longer_name() -> None:
    got = _rules_over("Hasil survei Lingkar Data Research & Consulting dirilis.", [])
    assert ("Lingkar Data Research & Consulting", "ORG") in got


def test_countries_the_tagger_does_not_know_are_listed_places() -> None:
    entities, _ = _entities(["Delegasi dari Belarusia, Uni Soviet dan Trinidad dan Tobago hadir."])
    assert {"Belarusia", "Uni Soviet", "Trinidad dan Tobago"} <= set(entities)
    assert all(
        entities[n].type == "LOC" for n in ("Belarusia", "Uni Soviet", "Trinidad dan Tobago")
    )


def test_a_surname_tagged_alone_takes_the_first_name_before_it() -> None:
    assert _rules_over("Tim asuhan Graham Arnold kalah.", [(3, 4, "PER")]) == [
        ("Graham Arnold", "PER")
    ]
    got = _rules_over("Kata Presiden Rusia Putin dan BMKG Daryono.", [(3, 4, "PER"), (6, 7, "PER")])
    assert ("Putin", "PER") in got and ("Daryono", "PER") in got


def test_two_places_written_without_a_comma_are_two_places() -> None:
    tokens = tokenize("Gempa terasa di Kabupaten Tuban Jawa Timur dan Teheran Iran sore itu")
    found = _tidy(tokens, [Found(3, 7, "LOC"), Found(8, 10, "LOC")], lexicon("id"))
    assert _spans(tokens, found) == [
        ("Kabupaten Tuban", "LOC"),
        ("Jawa Timur", "LOC"),
        ("Teheran", "LOC"),
        ("Iran", "LOC"),
    ]


def test_a_place_ending_on_a_country_is_not_split_when_its_head_is_no_place() -> None:
    tokens = tokenize("Ia tiba di Republik Islam Iran dan Negara Bagian Texas")
    found = _tidy(tokens, [Found(3, 6, "LOC"), Found(7, 10, "LOC")], lexicon("id"))
    assert _spans(tokens, found) == [("Republik Islam Iran", "LOC"), ("Negara Bagian Texas", "LOC")]


def test_a_connective_opening_the_sentence_is_not_part_of_the_name() -> None:
    tokens = tokenize("Alhasil Wouter Maessen harus ditandu keluar")
    found = _tidy(tokens, [Found(0, 3, "PER")], lexicon("id"))
    assert _spans(tokens, found) == [("Wouter Maessen", "PER")]


def test_a_line_up_names_players_by_shirt_number_and_substitutes_by_minute() -> None:
    from pantau.nlp.players import missed_players

    body = [
        *MATCH_REPORT,
        "Indonesia: 1-Wouter Maessen, 5-Rob Kerkhof (Dirk Haverkamp 46'), 8-Budi Santoso",
    ]
    added = missed_players(body, [], "id", lexicon("id"))
    assert [m.text for m, _ in added] == [
        "Dirk Haverkamp",
        "Wouter Maessen",
        "Rob Kerkhof",
        "Budi Santoso",
    ]


def test_a_medium_named_by_its_domain_is_an_organisation_but_not_the_publisher() -> None:
    body = [
        "Sumbernusa.com, JAKARTA - Harga cabai naik tajam di pasar induk pekan ini.",
        "Seperti dikutip dari Kabarpagi.co.id, pasokan dari sentra produksi berkurang.",
        "Kenaikan itu juga dibenarkan pedagang kepada Sumbernusa.com, Senin.",
        "Foto pasar induk [Kabarpagi.co.id/Rina] diunggah pada pagi hari.",
    ]
    doc = Doc(RawDoc("t", "t"), Article(id="t", source="t", body=body, outlet="sumbernusa.com"))
    entities_stage(doc, Options())
    media = [e.name for e in doc.article.entities if "." in e.name]
    assert media == ["Kabarpagi.co.id"]
    assert {e.type for e in doc.article.entities if e.name == "Kabarpagi.co.id"} == {"ORG"}


@pytest.mark.parametrize(
    "line",
    [
        "Sementara itu Kamboja masih memimpin klasemen dengan tujuh poin.",
        "Indonesia berada di atas Kamboja yang belum mengantongi satu poin pun.",
    ],
)
def test_a_side_may_stand_a_word_or_two_before_its_standings_verb(line: str) -> None:
    entities, _ = _entities([*MATCH_REPORT, line])
    assert entities["Kamboja"].type == "ORG"


def test_a_regional_branch_acronym_and_its_region_are_one_body() -> None:
    body = [
        "Rapat itu dihadiri BPBD Flores Tengah dan Bawaslu Sukamaju pada Senin.",
        "Hasilnya dituangkan dalam Keputusan KPU Sukamaju Nomor 12 Tahun 2025.",
    ]
    entities, _ = _entities(body)
    assert {"BPBD Flores Tengah", "Bawaslu Sukamaju", "KPU Sukamaju"} <= {
        name for name, e in entities.items() if e.type == "ORG"
    }


def test_a_form_of_address_is_not_part_of_the_persons_name() -> None:
    body = [
        "Presiden Dimas Kertajaya menerima tamu di istana, Senin.",
        "Massa meminta Pak Kertajaya turun menemui mereka, dan Bu Sri Wahyuni ikut hadir.",
        "Pembangunan Ibu Kota Sukamaju terus berlanjut.",
    ]
    entities, _ = _entities(body)
    assert "Pak Kertajaya" not in entities and "Kertajaya" in entities["Dimas Kertajaya"].aliases
    assert "Sri Wahyuni" in entities
