"""The regex pre-test: what it asks of a text, and that it never skips a real match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pantau.needs import may_match, needs, searchable
from pantau.time.patterns import rules


def test_a_literal_word_is_needed():
    assert needs(re.compile(r"\bpukul\s+\d+")) == frozenset({"pukul"})


def test_an_alternation_needs_one_of_its_words_lower_cased():
    assert needs(re.compile(r"(?:Senin|Selasa)\s+lalu", re.I)) == frozenset({"lalu"})
    assert needs(re.compile(r"(?P<d>Rabu|Kamis)")) == frozenset({"rabu", "kamis"})


def test_optional_parts_and_wide_classes_need_nothing():
    assert needs(re.compile(r"(?:pukul)?\s*\w+")) is None
    assert needs(re.compile(r"\d+")) is None


def test_may_match_is_true_without_needs_or_with_a_special_fold():
    assert may_match(None, searchable("apa saja"))
    assert not may_match(frozenset({"pukul"}), searchable("Jam tiga"))
    assert may_match(frozenset({"pukul"}), searchable("PUKUL tiga"))
    assert may_match(frozenset({"s"}), searchable("\u017f"))


_WORDS = ["Senin", "(5/3/2024)", "pukul", "19.30", "WIB", "tiga", "hari", "lalu", "Maret", "2024"]


@given(st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join))
def test_a_time_rule_skipped_by_its_needs_finds_nothing(text):
    lowered = searchable(text)
    for rule in rules("id"):
        if not may_match(rule.needs, lowered):
            assert rule.regex.search(text) is None, rule.name
