"""Rule packs: each pack's fixture lines are removed with their reason, article lines stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.clean.outlets import packs
from pantau.clean.rules import RuleSet, generic_rules, make_rule
from pantau.clean.stage import rules_for

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _fixture(path: Path) -> list[tuple[str, ...]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


def _cases(path: Path, outlet: str | None) -> list:
    return [pytest.param(outlet, row, id=f"{path.stem}:{row[-1][:40]}") for row in _fixture(path)]


ALL_CASES = _cases(FIXTURES / "generic.tsv", None) + [
    case
    for path in sorted((FIXTURES / "outlets").glob("*.tsv"))
    for case in _cases(path, path.stem)
]


def test_at_least_twenty_outlet_packs() -> None:
    assert len(packs()) >= 20


@pytest.mark.parametrize("domain", sorted(packs()))
def test_every_pack_has_brand_and_fixtures_to_remove_and_keep(domain: str) -> None:
    assert packs()[domain].brands, domain
    rows = _fixture(FIXTURES / "outlets" / f"{domain}.tsv")
    assert any(row[0] == "remove" for row in rows)
    assert any(row[0] == "keep" for row in rows)


@pytest.mark.parametrize(("outlet", "row"), ALL_CASES)
def test_fixture_line(outlet: str | None, row: tuple[str, ...]) -> None:
    rule = rules_for(outlet, "id").match(row[-1])
    if row[0] == "remove":
        assert rule is not None and rule.reason == row[1]
    else:
        assert rule is None, rule


def test_prefix_cue_before_a_sentence_does_not_match() -> None:
    rule = make_rule(("related-link", "prefix", "Baca juga"))
    assert rule.matches("Baca juga: Judul Berita Lain")
    assert rule.matches("Baca juga Judul Berita Lain")
    assert not rule.matches("Baca juga buku itu sebelum ujian minggu depan, pesan guru kami.")


def test_a_quote_opening_with_a_cue_is_never_matched_by_prefix() -> None:
    rule = make_rule(("related-link", "prefix", "Baca juga"))
    assert not rule.matches("“Baca juga: pasal itu jelas,” kata dia.")


def test_bad_rule_row_raises() -> None:
    with pytest.raises(ValueError):
        make_rule(("related-link", "glob", "Baca*"))


def test_generic_rules_load() -> None:
    assert {rule.reason for rule in generic_rules("id")} >= {
        "related-link",
        "subscription",
        "caption",
        "byline",
        "navigation",
        "share",
        "promo",
        "pagination",
        "credit",
        "source-line",
        "ad",
    }


def test_rule_set_keeps_table_order_between_line_and_pattern_rules() -> None:
    first = make_rule(("promo", "regex", "baca.*"))
    second = make_rule(("related-link", "line", "Baca juga"))
    assert RuleSet([first, second]).match("Baca juga") is first
    assert RuleSet([second, first]).match("Baca juga") is second
