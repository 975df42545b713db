"""Reading numbers in both notations, with scales, words, currencies and percentages."""

from __future__ import annotations

import pytest

from rewriter import analyze
from rewriter.numbers import format_number, parse_digits, read_token, syntax

from .conftest import TODAY


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("100.000", "nl", 100000),
        ("1,5", "nl", 1.5),
        ("1.250,50", "nl", 1250.5),
        ("2.5", "nl", 2.5),  # an English decimal inside a Dutch goal is still 2.5
        ("100,000", "en", 100000),
        ("1.5", "en", 1.5),
        ("1,250.50", "en", 1250.5),
        ("1,5", "en", 1.5),
        ("10.000.000", "nl", 10_000_000),
        ("12", "en", 12),
    ],
)
def test_parse_digits_notations(text: str, lang: str, value: float) -> None:
    assert parse_digits(text, syntax(lang)) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1..5", "1,,000", "abc", "", "1.23.4"])
def test_parse_digits_rejects_garbage(text: str) -> None:
    assert parse_digits(text, syntax("nl")) is None


@pytest.mark.parametrize(
    ("token", "lang", "value", "suffix"),
    [
        ("5k", "en", 5000, "scale"),
        ("2.5M", "en", 2_500_000, "scale"),
        ("15%", "nl", 15, "percent"),
        ("3x", "en", 3, "multiplier"),
        ("veertig", "nl", 40, ""),
        ("forty", "en", 40, ""),
        ("vijfentwintig", "nl", 25, ""),
        ("1st", "en", 1, "ordinal"),
    ],
)
def test_read_token(token: str, lang: str, value: float, suffix: str) -> None:
    num = read_token(token, syntax(lang))
    assert num is not None
    assert num.value == pytest.approx(value)
    assert num.suffix == suffix


def test_een_is_an_article_not_a_number() -> None:
    assert read_token("een", syntax("nl")) is None


@pytest.mark.parametrize(
    ("goal", "lang", "value", "kind", "currency"),
    [
        ("Verhoog de omzet met € 1.250,50", "nl", 1250.5, "money", "EUR"),
        ("Verhoog de omzet met €100k", "nl", 100000, "money", "EUR"),
        ("Haal 2,5 mln omzet", "nl", 2_500_000, "count", None),
        ("Haal 1,5 miljoen euro omzet", "nl", 1_500_000, "money", "EUR"),
        ("Reach $2.5M ARR", "en", 2_500_000, "money", "USD"),
        ("Reach 1.2 million users", "en", 1_200_000, "count", None),
        ("Grow revenue by 15 percent", "en", 15, "percent", None),
        ("Verhoog de conversie met 2 procentpunt", "nl", 2, "percent", None),
        ("Get twenty-one new customers", "en", 21, "count", None),
        ("Verkrijg veertig nieuwe leads", "nl", 40, "count", None),
        ("Save 500 EUR", "en", 500, "money", "EUR"),
        ("Win 5k subscribers", "en", 5000, "count", None),
        ("Spaar 300 dollar", "nl", 300, "money", "USD"),
    ],
)
def test_target_values(goal: str, lang: str, value: float, kind: str, currency: str | None) -> None:
    t = analyze(goal, today=TODAY, lang=lang).to_dict()["target"]
    assert t is not None
    assert (t["value"], t["kind"], t["currency"]) == (pytest.approx(value), kind, currency)


def test_5k_subscribers_is_never_kelvin() -> None:
    t = analyze("Win 5k subscribers", today=TODAY, lang="en").to_dict()["target"]
    assert t["unit"] is None and t["kind"] == "count"


def test_units_through_quantulum3() -> None:
    t = analyze("Run 10 miles every week", today=TODAY, lang="en").to_dict()["target"]
    assert (t["value"], t["kind"], t["unit"]) == (10, "other", "mile")


def test_format_number_in_language_notation() -> None:
    assert format_number(100000, "nl") == "100.000"
    assert format_number(100000, "en") == "100,000"
    assert format_number(1.5, "nl") == "1,5"
