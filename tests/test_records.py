import json

from hypothesis import given
from hypothesis import strategies as st

from pantau.records import Article, Entity, Event, Number, Quote, Relay, Removed, Timex


def full_article() -> Article:
    return Article(
        id="a1",
        source="file.txt",
        outlet="kompas.com",
        language="id",
        title="Judul",
        published="2024-03-05",
        dateline="Sukamaju",
        authors=["Rina"],
        body=["Paragraf satu.", "Paragraf dua."],
        removed=[Removed("Baca juga: X", "related-link")],
        entities=[Entity("Rina Wulandari", "PER", ["Rina"], ["Kepala BPBD"])],
        timexes=[Timex("Selasa (5/3/2024)", "2024-03-05", "DATE")],
        numbers=[Number("240 rumah", 240, "rumah")],
        quotes=[Quote("Kami sudah mengirim", "Rina Wulandari", "direct", "kata")],
        relays=[Relay("Reuters", "dilansir")],
        events=[Event("flood", "banjir", ["Sukamaju"], "2024-03-05", "Sukamaju", True)],
    )


def test_round_trip_is_lossless():
    article = full_article()
    again = Article.from_json(article.to_json())
    assert again == article
    assert json.loads(again.to_json()) == json.loads(article.to_json())


def test_field_names_follow_gold_md():
    keys = list(full_article().to_dict())
    assert keys == [
        "id", "source", "outlet", "language", "title", "published", "dateline", "authors",
        "body", "removed", "entities", "timexes", "numbers", "quotes", "relays", "events",
    ]  # fmt: skip


def test_gold_only_fields_survive_in_extra():
    line = {"id": "g", "text_file": "a.txt", "event": "call-1", "story": "s", "title": None}
    article = Article.from_dict(line)
    assert article.extra == {"text_file": "a.txt", "event": "call-1", "story": "s"}
    assert article.to_dict()["event"] == "call-1"
    assert article.source == ""


@given(
    st.text(min_size=1),
    st.lists(st.text()),
    st.one_of(st.none(), st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
)
def test_round_trip_any_text(identifier, body, value):
    article = Article(id=identifier, source="s", body=body, numbers=[Number("n", value, None)])
    assert Article.from_json(article.to_json()) == article
