"""The five criteria, including the seed article's own achievable case."""

from __future__ import annotations

import pytest

from rewriter import analyze
from rewriter.history import AchievableRule

from .conftest import TODAY


def crit(goal: str, lang: str, **kw):
    return analyze(goal, today=TODAY, lang=lang, **kw).criteria


def test_seed_vague_goal_misses_s_m_t() -> None:
    report = analyze("Nieuwe leads verkrijgen", today=TODAY)
    assert report.lang == "nl"
    assert report.missing == ["specific", "measurable", "time_bound"]
    assert report.criteria["achievable"].met is None
    assert report.criteria["relevant"].met is None
    assert report.score == 0


def test_seed_smart_goal_meets_s_m_t() -> None:
    report = analyze(
        "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 oktober 2027", today=TODAY
    )
    assert report.missing == []
    assert report.smt_met


@pytest.mark.parametrize(("target", "met"), [(100, False), (40, True), (48, True), (49, False)])
def test_seed_history_decides_achievable(target: int, met: bool) -> None:
    c = crit(f"Verkrijg {target} leads tegen 31 oktober", "nl", history=[30, 32])
    assert c["achievable"].met is met
    assert "32" in c["achievable"].reason


def test_achievable_reason_states_the_numbers() -> None:
    c = crit("Get 100 leads by October 31", "en", history=[30, 32])
    assert c["achievable"].reason.startswith("100 is 3.1× your best period (32)")


def test_achievable_rule_is_configurable() -> None:
    strict = AchievableRule(stretch=1.2, growth=1.1)
    assert (
        crit("Get 40 leads by October 31", "en", history=[30, 32], rule=strict)["achievable"].met
        is False
    )


def test_lower_is_better_metrics() -> None:
    assert crit("Reduce churn to 5% by Q3", "en", history=[8, 7])["achievable"].met is True
    assert crit("Reduce churn to 2% by Q3", "en", history=[8, 7])["achievable"].met is False


def test_relative_targets_use_the_last_value() -> None:
    # +20% on 220000 is 264000, within 1.5 × 220000
    assert crit("Verhoog de omzet met 20% in 2027", "nl", history=[200000, 220000])[
        "achievable"
    ].met
    assert not crit("Ons doel is 80% meer omzet in 2027", "nl", history=[100, 100])[
        "achievable"
    ].met


@pytest.mark.parametrize(
    ("goal", "lang", "specific"),
    [
        ("Get more leads", "en", False),
        ("Get more leads from LinkedIn", "en", False),
        ("Verkrijg nieuwe leads uit online kanalen", "nl", True),
        ("Verkrijg 40 leads tegen 31 oktober", "nl", True),
        ("Improve customer satisfaction", "en", False),
        ("Lanceer de nieuwe webshop voor 1 maart 2027", "nl", True),
        ("Beter worden in marketing", "nl", False),
    ],
)
def test_specific(goal: str, lang: str, specific: bool) -> None:
    assert crit(goal, lang)["specific"].met is specific


def test_reasons_are_in_the_goals_language() -> None:
    nl = crit("Nieuwe leads verkrijgen", "nl")
    en = crit("Get new leads", "en")
    assert "deadline" in nl["time_bound"].reason and "datum" in nl["time_bound"].reason
    assert "There is no deadline" in en["time_bound"].reason


def test_rate_is_explained_as_not_a_deadline() -> None:
    c = crit("Verkrijg 40 leads per maand", "nl")
    assert c["time_bound"].met is False and "per maand" in c["time_bound"].reason
