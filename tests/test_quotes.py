"""Direct and indirect quotes with their speakers, on short articles written for the tests."""

from __future__ import annotations

import pytest

from pantau.doc import Doc, Mention, RawDoc
from pantau.options import Options
from pantau.quotes.anchors import FormFinder, forms_pattern, surface_forms
from pantau.quotes.marks import quoted_spans
from pantau.quotes.stage import quotes_stage
from pantau.records import Article, Entity, Quote

ENTITIES = [
    Entity("Dimas Kertajaya", "PER", ["Kertajaya"], ["Presiden Arvenia"]),
    Entity("Lena Sorova", "PER", ["Sorova"], ["Perdana Menteri Beluria"]),
    Entity("Ratna Wulandari", "PER", [], ["Juru Bicara Kementerian Luar Negeri Arvenia"]),
    Entity("Kementerian Luar Negeri Arvenia", "ORG", [], []),
    Entity("Istana Merah", "ORG", [], []),
    Entity("Arvenia", "LOC", [], []),
    Entity("Beluria", "LOC", [], []),
]


def run(body: list[str], entities: list[Entity] = ENTITIES, mentions=()) -> list[Quote]:
    article = Article(id="t", source="t", body=body, entities=list(entities))
    doc = Doc(RawDoc(id="t", source="t"), article, mentions=list(mentions))
    quotes_stage(doc, Options())
    return article.quotes


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def indirect(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("”", "”"), ("„", "“"), ("«", "»"), ("‘", "’"), ("'", "'")],
)
def test_every_quotation_style_gives_the_quote_and_its_speaker(opening: str, closing: str) -> None:
    body = [f"{opening}Kami akan membuka jalur bantuan pekan depan,{closing} kata Kertajaya."]
    [quote] = direct(run(body))
    assert quote.text == "Kami akan membuka jalur bantuan pekan depan"
    assert quote.speaker == "Dimas Kertajaya"
    assert quote.cue == "kata"


@pytest.mark.parametrize(
    "after",
    [
        " — kata Kertajaya.",
        " Hal itu disampaikan Kertajaya dalam jumpa pers.",
        " Demikian disampaikan oleh Kertajaya.",
    ],
)
def test_cues_after_a_dash_or_in_the_next_sentence(after: str) -> None:
    [quote] = direct(run([f"“Kami akan membuka jalur bantuan pekan depan.”{after}"]))
    assert quote.speaker == "Dimas Kertajaya"


def test_doubled_apostrophes_as_quote_marks() -> None:
    [quote] = direct(run(["''Kami akan membuka jalur bantuan pekan depan,'' kata Kertajaya."]))
    assert (quote.text, quote.speaker) == (
        "Kami akan membuka jalur bantuan pekan depan",
        "Dimas Kertajaya",
    )


def test_scare_quotes_of_three_words_or_fewer_are_not_quotes() -> None:
    body = ["Sorova menyebut kerja sama itu “sangat berbahaya sekali” bagi kawasan."]
    assert direct(run(body)) == []


def test_apostrophes_inside_words_are_not_quote_marks() -> None:
    assert quoted_spans(["Salat Jum'at di masjid Qur'ani berlangsung tertib."]) == []


def test_enclitic_cue_points_at_the_last_subject() -> None:
    body = [
        "Juru Bicara Kementerian Luar Negeri Arvenia Ratna Wulandari menyebut evakuasi berlanjut.",
        "“Sebanyak 300 warga sudah tiba dengan selamat di bandara,” ujarnya.",
    ]
    [quote] = direct(run(body))
    assert (quote.speaker, quote.cue) == ("Ratna Wulandari", "ujarnya")


def test_names_in_a_list_are_not_antecedents_of_a_pronoun() -> None:
    body = [
        "“Kami terus berunding dengan semua pihak di kawasan,” kata Kertajaya.",
        "Hadir dalam pertemuan itu Perdana Menteri Beluria, Lena Sorova.",
        "Ia memastikan Arvenia akan mengirim bantuan ke perbatasan dalam waktu dekat.",
    ]
    quotes = run(body)
    assert indirect(quotes)[0].speaker == "Dimas Kertajaya"


def test_a_quote_spanning_paragraphs_is_one_quote() -> None:
    body = [
        "“Kami sudah mengirim tiga kapal bantuan ke pelabuhan.",
        "“Kapal keempat akan berangkat setelah cuaca membaik,” kata Sorova.",
    ]
    [quote] = direct(run(body))
    assert "tiga kapal" in quote.text and "Kapal keempat" in quote.text
    assert quote.speaker == "Lena Sorova"


def test_a_quote_broken_by_its_cue_is_one_quote() -> None:
    body = ["“Kami siap membantu,” kata Kertajaya, “asal semua pihak menghentikan tembakan.”"]
    [quote] = direct(run(body))
    assert quote.text == "Kami siap membantu asal semua pihak menghentikan tembakan."
    assert quote.speaker == "Dimas Kertajaya"


def test_cue_before_the_quote() -> None:
    body = ["Sorova mengatakan: “Perundingan akan dilanjutkan bulan depan di ibu kota.”"]
    [quote] = direct(run(body))
    assert (quote.speaker, quote.cue) == ("Lena Sorova", "mengatakan")


def test_speaker_then_verb_after_the_quote() -> None:
    body = ["“Kami tidak akan mundur dari perundingan ini,” Sorova menambahkan."]
    [quote] = direct(run(body))
    assert quote.speaker == "Lena Sorova"


def test_statement_of_an_institution() -> None:
    body = [
        "“Kedua pemimpin sepakat membuka jalur komunikasi langsung,” "
        "demikian pernyataan dari Pihak Istana Merah.",
        "“Warga diminta menjauhi wilayah perbatasan untuk sementara,” "
        "kata Kementerian Luar Negeri Arvenia dalam keterangannya.",
    ]
    speakers = [q.speaker for q in direct(run(body))]
    assert speakers == ["Istana Merah", "Kementerian Luar Negeri Arvenia"]
    assert direct(run(body))[0].cue == "demikian pernyataan"


@pytest.mark.parametrize(
    "cue", ["kata seorang sumber", "bunyi laporan media Arvenia", "kata Peskovich"]
)
def test_unnamed_or_unknown_speaker_is_null(cue: str) -> None:
    body = [f"“Pasukan akan ditarik mundur dari kota itu,” {cue}."]
    [quote] = direct(run(body))
    assert quote.speaker is None


def test_role_description_resolves_through_entity_roles() -> None:
    body = [
        "Kertajaya bertemu Sorova di ibu kota.",
        "Presiden Arvenia itu menekankan bahwa bantuan akan terus dikirim ke wilayah selatan.",
    ]
    [quote] = indirect(run(body))
    assert (quote.speaker, quote.cue) == ("Dimas Kertajaya", "menekankan")
    assert quote.text == "bantuan akan terus dikirim ke wilayah selatan"


def test_loose_description_matches_the_role_sharing_its_words() -> None:
    body = [
        "Kertajaya menelepon Sorova pada Minggu.",
        "Pemimpin Beluria itu menegaskan pasukannya bertindak sesuai hukum perang.",
    ]
    [quote] = indirect(run(body))
    assert quote.speaker == "Lena Sorova"


def test_uncued_quote_after_a_quote_keeps_its_speaker() -> None:
    body = [
        "“Bantuan pertama tiba di pelabuhan pagi ini,” kata Sorova.",
        "“Bantuan kedua menyusul dengan jalur darat.”",
    ]
    assert [q.speaker for q in direct(run(body))] == ["Lena Sorova", "Lena Sorova"]


def test_mentions_from_the_entities_stage_are_used() -> None:
    body = ["“Kami menolak tuduhan itu sepenuhnya,” ujar Pak Dimas."]
    mention = Mention(
        0, body[0].index("Dimas"), len(body[0]) - 1, "Dimas", "PER", "Dimas Kertajaya"
    )
    [quote] = direct(run(body, mentions=[mention]))
    assert quote.speaker == "Dimas Kertajaya"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Kertajaya mengatakan bahwa jalur bantuan dibuka kembali besok.",
            "jalur bantuan dibuka kembali besok",
        ),
        (
            "Presiden Arvenia, Dimas Kertajaya, mengatakan, pasukan tetap siaga di perbatasan.",
            "pasukan tetap siaga di perbatasan",
        ),
        (
            "Kertajaya mengatakan kepada Sorova dalam percakapan itu bahwa gencatan senjata "
            "harus dipatuhi.",
            "gencatan senjata harus dipatuhi",
        ),
        (
            "Menurut Kertajaya, perundingan akan berlangsung di negara ketiga.",
            "perundingan akan berlangsung di negara ketiga",
        ),
        (
            "Pada pekan lalu Kertajaya juga menyatakan Arvenia tidak akan mengirim pasukan.",
            "Arvenia tidak akan mengirim pasukan",
        ),
        (
            "Kertajaya menyampaikan, jalur bantuan dibuka kembali besok pagi.",
            "jalur bantuan dibuka kembali besok pagi",
        ),
        (
            "Kertajaya melaporkan pos perbatasan sudah kembali dibuka untuk warga.",
            "pos perbatasan sudah kembali dibuka untuk warga",
        ),
        (
            "Kertajaya mengumumkan dia akan mundur setelah perundingan selesai.",
            "dia akan mundur setelah perundingan selesai",
        ),
        (
            "Meski begitu, kata Kertajaya, perundingan belum menemui jalan buntu.",
            "perundingan belum menemui jalan buntu",
        ),
        (
            "Soalnya, menurut Kertajaya, perundingan perlu dilanjutkan pekan depan.",
            "perundingan perlu dilanjutkan pekan depan",
        ),
        (
            "Kertajaya mengatakan saat ini pasukan masih bertahan di perbatasan.",
            "saat ini pasukan masih bertahan di perbatasan",
        ),
        (
            "Kertajaya berharap, perundingan bisa selesai sebelum akhir bulan.",
            "perundingan bisa selesai sebelum akhir bulan",
        ),
        (
            "Kertajaya menyampaikan akan segera mengirim bantuan ke perbatasan.",
            "akan segera mengirim bantuan ke perbatasan",
        ),
        (
            "Kertajaya mengeluarkan pernyataan bahwa jalur bantuan dibuka kembali.",
            "jalur bantuan dibuka kembali",
        ),
    ],
)
def test_indirect_quote_forms(sentence: str, text: str) -> None:
    [quote] = indirect(run([sentence]))
    assert quote.text == text
    assert quote.speaker == "Dimas Kertajaya"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kertajaya tidak mengatakan kapan pasukan akan ditarik dari perbatasan.",
        "Kertajaya menyampaikan rasa terima kasih kepada para relawan di lapangan.",
        "Kertajaya juga menyatakan harapan agar semua sandera segera dibebaskan.",
        "Kertajaya mengumumkan kebijakan yang akan berlaku mulai bulan depan.",
        "Kertajaya berharap perundingan bisa selesai sebelum akhir bulan ini.",
        "Kertajaya mencatat, ekspor Arvenia naik tiga persen bulan lalu.",
        "Kertajaya mengeluarkan peringatan dini untuk tiga desa di lereng gunung.",
    ],
)
def test_not_indirect_quotes(sentence: str) -> None:
    assert indirect(run([sentence])) == []


def test_a_relay_at_the_end_is_not_part_of_the_indirect_quote() -> None:
    body = ["Kertajaya menyatakan pasukan akan tetap di perbatasan, seperti diberitakan Reuters."]
    [quote] = indirect(run(body))
    assert quote.text == "pasukan akan tetap di perbatasan"


def test_unnamed_source_in_according_to_gives_null_speaker() -> None:
    [quote] = indirect(run(["Menurut sumber tersebut, delegasi akan tiba pada hari Senin."]))
    assert quote.speaker is None


def test_pronoun_inside_a_sentence_points_at_the_person_named_before_it() -> None:
    body = [
        "Kertajaya berbicara di forum itu.",
        "Arvenia mengecam komentar Sorova dalam sebuah wawancara, di mana ia mengatakan "
        "Arvenia terlalu lunak terhadap kelompok bersenjata.",
    ]
    [quote] = indirect(run(body))
    assert quote.speaker == "Lena Sorova"


def test_verbs_inside_direct_quotes_are_not_indirect_quotes() -> None:
    body = ["“Arvenia menegaskan dukungannya pada perundingan damai,” kata Kertajaya."]
    quotes = run(body)
    assert len(direct(quotes)) == 1 and indirect(quotes) == []


def test_an_organisation_mention_ending_in_a_persons_name_is_that_person() -> None:
    body = [
        "Juru Bicara Kementerian Luar Negeri Arvenia Ratna Wulandari menyebut evakuasi berlanjut.",
        "“Sebanyak 300 warga sudah tiba dengan selamat di bandara,” ujarnya.",
    ]
    text = "Kementerian Luar Negeri Arvenia Ratna Wulandari"
    start = body[0].index(text)
    wrong = Entity(text, "ORG", [], [])
    mention = Mention(0, start, start + len(text), text, "ORG", text)
    [quote] = direct(run(body, [*ENTITIES, wrong], [mention]))
    assert quote.speaker == "Ratna Wulandari"


def test_a_bare_title_after_a_cue_points_at_the_person_it_titles() -> None:
    body = [
        "Presiden Arvenia Dimas Kertajaya meminta warga tetap tenang.",
        "“Kita harus menyaring informasi sebelum membagikannya,” kata Presiden di istana.",
        "Wakil Presiden menegaskan pemerintah akan terus mengirim bantuan ke perbatasan.",
    ]
    speakers = [q.speaker for q in run(body)]
    assert speakers == ["Dimas Kertajaya", "Dimas Kertajaya"]


def test_an_unnamed_official_of_an_organisation_is_null() -> None:
    body = ["Seorang pejabat senior Istana Merah mengatakan bahwa perundingan menemui jalan buntu."]
    [quote] = indirect(run(body))
    assert quote.speaker is None


def test_a_person_named_after_an_unnamed_phrase_is_the_speaker() -> None:
    body = ["“Api cepat sekali membesar di pasar,” kata seorang pedagang, Lena Sorova, kemarin."]
    [quote] = direct(run(body))
    assert quote.speaker == "Lena Sorova"


def test_a_description_holding_a_body_points_at_a_person() -> None:
    body = [
        "Kertajaya menyatakan dukungannya pada putusan itu.",
        "“Kami hormati putusan yang final dan mengikat,” ujar politikus Istana Merah itu.",
    ]
    [quote] = direct(run(body))
    assert quote.speaker == "Dimas Kertajaya"


def test_a_place_after_the_subject_is_not_the_speaker() -> None:
    body = [
        "Kementerian Luar Negeri Arvenia (Kemlu) di Beluria menyatakan tidak ada warga "
        "yang menjadi korban."
    ]
    [quote] = indirect(run(body))
    assert quote.speaker == "Kementerian Luar Negeri Arvenia"


def test_one_of_several_unnamed_people_is_no_speaker() -> None:
    body = ["“Pembahasan aturan ini terburu-buru,” kata salah satu koordinator dari Istana Merah."]
    [quote] = direct(run(body))
    assert quote.speaker is None


def test_a_short_quote_with_a_cue_after_it_is_speech() -> None:
    body = ["Sorova menolak dekrit itu. ‘Kertajaya harus mundur,’ ujarnya."]
    [quote] = direct(run(body))
    assert (quote.text, quote.speaker) == ("Kertajaya harus mundur", "Lena Sorova")


def test_a_subject_past_a_relative_clause_is_the_antecedent() -> None:
    body = [
        "“Kami akan terus mengirim bantuan ke wilayah selatan,” kata Kertajaya.",
        "Lena Sorova, yang memimpin delegasi itu, mengaku sempat gugup.",
        "“Saya hanya berdoa agar semuanya lancar,” tutur perempuan asal Beluria itu.",
    ]
    quotes = direct(run(body))
    assert [q.speaker for q in quotes] == ["Dimas Kertajaya", "Lena Sorova"]


def test_a_pronoun_written_after_the_cue_points_at_the_last_subject() -> None:
    body = [
        "Perdana Menteri Beluria Lena Sorova menyatakan perundingan berjalan baik.",
        "“Kami melihat ada kemauan dari kedua pihak,” ujar dia.",
    ]
    [quote] = direct(run(body))
    assert (quote.speaker, quote.cue) == ("Lena Sorova", "ujar dia")


def test_pesan_is_a_cue_naming_its_speaker() -> None:
    body = ["“Jaga kesehatan dan banyak minum air,” pesan Kertajaya kepada warga."]
    [quote] = direct(run(body))
    assert (quote.speaker, quote.cue) == ("Dimas Kertajaya", "pesan")


def test_an_age_in_brackets_does_not_hide_the_subject() -> None:
    people = [*ENTITIES, Entity("Warsini", "PER", [], [])]
    body = [
        "Pedagang di pasar itu, Warsini (52), mengaku omzetnya turun separuh sejak awal bulan.",
        "“Pembeli sekarang hanya membeli eceran,” katanya.",
    ]
    quotes = run(body, people)
    assert [q.speaker for q in indirect(quotes)] == ["Warsini"]
    assert [q.speaker for q in direct(quotes)] == ["Warsini"]


def test_a_bracketed_short_form_does_not_hide_the_subject() -> None:
    body = ["Kementerian Luar Negeri Arvenia (Kemlu) memastikan seluruh warga dalam keadaan aman."]
    [quote] = indirect(run(body))
    assert quote.speaker == "Kementerian Luar Negeri Arvenia"


SPEAKERS = [
    Entity("Bank Sentral Arvenia", "ORG", ["BSA"], []),
    Entity("Teguh Santosa", "PER", [], []),
    Entity("Balai Pengamat Cuaca", "ORG", ["BPC"], []),
    Entity("Rumah Singgah Melati", "PER", [], []),
    Entity("Sri Ma’rifah", "LOC", [], []),
]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("kata Kepala Stasiun BPC Lembah, Sri Ma’rifah, Senin.", "Sri Ma’rifah"),
        ("ujar petugas BPC, Wiranto.", "Wiranto"),
        ("kata salah satu penghuni Rumah Singgah Melati, Teguh Santosa.", "Teguh Santosa"),
        ("kata Ketua BPC, Senin.", "Balai Pengamat Cuaca"),
    ],
)
def test_a_description_then_a_comma_names_the_person_after_it(cue: str, speaker: str) -> None:
    """A day after the comma names nobody; the body in the description is kept."""
    body = [f"“Angin kencang masih akan bertiup hingga akhir pekan,” {cue}"]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker == speaker


def test_a_name_with_an_apostrophe_is_one_speaker() -> None:
    body = ["“Hujan lebat diperkirakan turun malam nanti di pesisir,” ujar Sri Ma’rifah."]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker == "Sri Ma’rifah"


def test_an_enclitic_cue_points_at_the_person_not_the_body_he_spoke_of() -> None:
    body = [
        "Teguh Santosa menyambut keputusan Bank Sentral Arvenia yang menurunkan bunga acuan.",
        "“Langkah ini baik sekali untuk dunia usaha kita,” ujarnya di Ibu Kota.",
    ]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker == "Teguh Santosa"


def test_a_person_named_two_paragraphs_back_is_the_speaker_of_ujarnya() -> None:
    body = [
        "Hal itu disampaikan Kepala Bidang Data BPC Teguh Santosa kepada wartawan.",
        "Kerusakan terjadi di sejumlah sekolah dan balai desa di pesisir selatan.",
        "“Tim kami terus mendata kerusakan di lapangan hingga malam ini,” ujarnya.",
    ]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker == "Teguh Santosa"


def test_a_cue_followed_by_a_place_phrase_keeps_the_current_speaker() -> None:
    body = [
        "Teguh Santosa melaporkan bahwa gempa itu bagian dari rangkaian gempa sebelumnya. "
        "“Hingga sore ini tercatat dua belas gempa susulan,” ungkap dalam keterangannya."
    ]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker == "Teguh Santosa"


def test_a_body_merely_named_is_no_speaker_of_ujarnya() -> None:
    body = [
        "Gempa itu membuat panik mahasiswa di Balai Pengamat Cuaca.",
        "“Tadi saya merasakan getaran saat duduk di ruang tamu,” ujarnya.",
    ]
    [quote] = direct(run(body, SPEAKERS))
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "Teguh Santosa meyakini harga beras akan turun menjelang panen raya.",
            "Teguh Santosa",
            "meyakini",
        ),
        (
            "Berdasarkan data BPC, curah hujan bulan ini dua kali lipat dari biasanya.",
            "Balai Pengamat Cuaca",
            "berdasarkan data",
        ),
        ("Perwakilan massa menilai aturan baru itu harus dibatalkan demi hukum.", None, "menilai"),
        (
            "BPC membenarkan bahwa dua stasiun pengamat rusak diterjang banjir.",
            "Balai Pengamat Cuaca",
            "membenarkan",
        ),
    ],
)
def test_reported_speech_in_the_forms_real_outlets_use(
    sentence: str, speaker: str, cue: str
) -> None:
    [quote] = indirect(run([sentence], SPEAKERS))
    assert (quote.speaker, quote.cue.casefold()) == (speaker, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teguh Santosa menyampaikan salam dari para petani di desanya untuk sang menteri.",
        "Teguh Santosa menyampaikan kesiapan petani untuk menanam lebih awal tahun ini.",
        "Teguh Santosa mengatakan dalam pidatonya, dilansir dari Kabar Pagi Nusantara.",
    ],
)
def test_greetings_and_relays_after_a_verb_are_no_reported_speech(sentence: str) -> None:
    assert indirect(run([sentence], SPEAKERS)) == []


def test_a_person_set_off_by_a_role_is_the_subject_who_speaks_next() -> None:
    body = [
        "“Angin kencang masih akan bertiup hingga akhir pekan,” kata Sri Ma’rifah.",
        "Sementara itu, Teguh Santosa, warga Desa Sukamaju, merasakan guncangan saat sarapan.",
        "“Gelas di meja kami sampai bergoyang pagi tadi,” ucapnya.",
    ]
    assert [q.speaker for q in direct(run(body, SPEAKERS))] == ["Sri Ma’rifah", "Teguh Santosa"]


def test_a_quote_with_no_cue_takes_the_subject_of_the_paragraph_before() -> None:
    body = [
        "Koordinator relawan, Teguh Santosa, menyatakan bahwa posko dibuka di tiga kecamatan.",
        "“Kami mengirim dua truk logistik ke desa yang terisolasi pagi ini.”",
    ]
    assert [q.speaker for q in direct(run(body, SPEAKERS))] == ["Teguh Santosa"]


def test_a_quote_with_no_cue_far_from_any_speaker_stays_unattributed() -> None:
    body = [
        "Teguh Santosa menyatakan bahwa posko dibuka di tiga kecamatan.",
        "Hujan turun sejak sore di sebagian besar wilayah pesisir.",
        "Jalan menuju desa di lereng bukit tertutup longsor.",
        "“Kami mengirim dua truk logistik ke desa yang terisolasi pagi ini.”",
    ]
    assert [q.speaker for q in direct(run(body, SPEAKERS))] == [None]


def test_urai_is_a_cue() -> None:
    body = ["“Data kami lengkap dari seluruh tempat pemungutan suara,” urai Teguh Santosa."]
    assert [q.speaker for q in direct(run(body, SPEAKERS))] == ["Teguh Santosa"]


@pytest.mark.parametrize(
    "opening",
    [
        "Menurut laporan Balai Pengamat Cuaca,",
        "Berdasarkan laporan Balai Pengamat Cuaca dan Iklim,",
    ],
)
def test_a_report_names_the_body_that_reported(opening: str) -> None:
    bodies = [*SPEAKERS, Entity("Balai Pengamat Cuaca dan Iklim", "ORG", [], [])]
    [quote] = indirect(run([f"{opening} hujan lebat akan turun di pesisir selatan besok."], bodies))
    assert quote.speaker in {"Balai Pengamat Cuaca", "Balai Pengamat Cuaca dan Iklim"}


def test_the_form_finder_finds_what_the_forms_pattern_finds() -> None:
    entities = [
        Entity("Joko Widodo", "PER", ["Jokowi"], []),
        Entity("Abdel Fattah al-Sisi", "PER", [], []),
        Entity("Amerika Serikat", "LOC", ["AS"], []),
    ]
    forms = surface_forms(entities)
    pattern = forms_pattern(forms)
    for text in (
        "Presiden Joko  Widodo bertemu al-Sisi; Widodo-nya, JOKOWI dan (AS) serta Amerika Serikat.",
        "Sisi al-Sisi Abdel Fattah al-Sisi ASEAN AS_ ASI joko widodo\u0131",
    ):
        assert FormFinder(forms).spans(text) == [m.span() for m in pattern.finditer(text)]


def test_a_subject_with_a_relative_clause_speaks() -> None:
    [quote] = indirect(
        run(["Sorova yang ikut hadir menyebut Kertajaya saat ini sedang berada di Beluria."])
    )
    assert quote.speaker == "Lena Sorova"


def test_a_person_opening_an_apposed_description_speaks_not_its_place() -> None:
    body = [
        "Sorova, Perdana Menteri yang kini berkantor di Istana Merah, Arvenia, "
        "menggambarkan perundingan itu lebih sulit dari sebelumnya."
    ]
    [quote] = indirect(run(body))
    assert quote.speaker == "Lena Sorova"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Teguh Santosa menyampaikan apresiasi atas bantuan benih dari pemerintah daerah.",
            "apresiasi atas bantuan benih dari pemerintah daerah",
        ),
        (
            "Teguh Santosa menegaskan sikap para petani bahwa harga gabah harus dinaikkan.",
            "sikap para petani bahwa harga gabah harus dinaikkan",
        ),
        (
            "Teguh Santosa menyampaikan panen di desanya tetap berjalan meski hujan deras.",
            "panen di desanya tetap berjalan meski hujan deras",
        ),
    ],
)
def test_a_stance_or_a_clause_of_its_own_after_a_verb_is_reported_speech(
    sentence: str, text: str
) -> None:
    [quote] = indirect(run([sentence], SPEAKERS))
    assert (quote.text, quote.speaker) == (text, "Teguh Santosa")


@pytest.mark.parametrize(
    "second",
    [
        "Hal itu disampaikan Teguh Santosa di kantornya, Senin.",
        "Hal tersebut juga ditegaskan oleh Teguh Santosa saat ditemui wartawan.",
    ],
)
def test_a_sentence_pointing_back_names_the_speaker_of_the_plain_sentence_before(
    second: str,
) -> None:
    body = ["Belum ada laporan warga yang terluka akibat banjir di tiga kecamatan itu.", second]
    [quote] = indirect(run(body, SPEAKERS))
    assert quote.text == "Belum ada laporan warga yang terluka akibat banjir di tiga kecamatan itu"
    assert (quote.speaker, quote.spans[0].p, quote.cue_span.p) == ("Teguh Santosa", 0, 1)


def test_a_sentence_pointing_back_at_a_quote_adds_no_indirect_quote() -> None:
    body = ['"Belum ada warga yang terluka di tiga kecamatan itu," katanya.']
    body.append("Hal itu disampaikan Teguh Santosa di kantornya, Senin.")
    assert indirect(run(body, SPEAKERS)) == []


def test_a_bare_noun_subject_with_bahwa_stands_for_the_body_acting_before() -> None:
    entities = [*SPEAKERS, Entity("Mahkamah Banding Arvenia", "ORG", [], [])]
    body = [
        "Mahkamah Banding Arvenia memutus perkara itu pada Senin di ibu kota.",
        "Pengadilan mengatakan bahwa ribuan warga akan mengungsi pekan depan.",
        "Wartawan mengatakan bahwa suasana di lokasi banjir kini sudah lebih tenang.",
    ]
    court, unnamed = indirect(run(body, entities))
    assert (court.text, court.speaker) == (
        "ribuan warga akan mengungsi pekan depan",
        "Mahkamah Banding Arvenia",
    )
    assert unnamed.speaker is None


def test_the_first_cue_of_a_sentence_names_its_speaker() -> None:
    body = ["Hanya saja, lanjut Teguh Santosa, berdasarkan laporan BPC hujan akan reda besok."]
    [quote] = indirect(run(body, SPEAKERS))
    assert quote.speaker == "Teguh Santosa"


def test_a_comma_inside_a_long_title_does_not_cut_off_the_speaker() -> None:
    entities = [*SPEAKERS, Entity("Rina Lestari", "PER", [], [])]
    body = [
        '"Hujan akan reda besok pagi," kata Kepala Pusat Data, Informasi dan Komunikasi BPC'
        " Rina Lestari, di Semarang."
    ]
    [quote] = direct(run(body, entities))
    assert quote.speaker == "Rina Lestari"


def test_a_speaker_set_off_by_a_long_description_after_the_quote_is_the_subject() -> None:
    body = [
        '"Kami terus memantau perbatasan," juru bicara militer Arvenia, Laksamana Muda '
        "Dimas Kertajaya, mengumumkan dalam pidato televisi."
    ]
    [quote] = direct(run(body))
    assert quote.speaker == "Dimas Kertajaya"
