"""Which number is the target, which the baseline, what is counted, where it comes from."""

from __future__ import annotations

import pytest

from rewriter import analyze

from .conftest import TODAY


def frame(goal: str, lang: str):
    return analyze(goal, today=TODAY, lang=lang).frame


@pytest.mark.parametrize(
    ("goal", "lang", "baseline", "target"),
    [
        ("Verhoog het aantal leads van 30 naar 40", "nl", 30, 40),
        ("Reduce churn from 8% to 5%", "en", 8, 5),
        ("Raise NPS from 20 to 35 by Q3", "en", 20, 35),
    ],
)
def test_baseline_and_target(goal: str, lang: str, baseline: float, target: float) -> None:
    f = frame(goal, lang)
    assert f.baseline is not None and f.baseline.value == baseline
    assert f.target is not None and f.target.value == target
    assert f.target_role == "change"


def test_baseline_takes_the_targets_unit() -> None:
    f = frame("Raise our average rating from 4.1 to 4.5 stars", "en")
    assert (f.baseline.kind, f.target.kind, f.target.unit) == ("other", "other", "star")


@pytest.mark.parametrize(
    ("goal", "lang", "target"),
    [
        ("Verkrijg 50 reviews met minimaal 4 sterren", "nl", 50),
        ("Collect 50 reviews with at least 4 stars", "en", 50),
        ("Beantwoord 95% van de klantvragen binnen 24 uur", "nl", 95),
    ],
)
def test_side_conditions_are_not_the_target(goal: str, lang: str, target: float) -> None:
    f = frame(goal, lang)
    assert f.target is not None and f.target.value == target
    assert f.side_conditions, "the side condition is kept for the rewrite"


def test_a_side_condition_that_is_the_only_number_is_the_target() -> None:
    f = frame("Verhoog de omzet met minimaal 10%", "nl")
    assert f.target is not None and (f.target.value, f.target.kind) == (10, "percent")
    assert f.target_role == "delta"


def test_multiplier_words() -> None:
    f = frame("Verdubbel het aantal nieuwsbriefabonnees", "nl")
    assert (f.target.value, f.target.kind) == (2, "multiplier")
    assert f.metric.key == "subscribers"
    assert [c.key for c in f.channels] == ["newsletter"]


@pytest.mark.parametrize(
    ("goal", "lang", "metric"),
    [
        ("Verkrijg 40 nieuwe leads uit online kanalen", "nl", "leads"),
        ("Gain 2,500 new Instagram followers", "en", "followers"),
        ("Loop 10.000 stappen per dag", "nl", "stappen"),
        ("Walk 10,000 steps a day", "en", "steps"),
        ("Verhoog de omzet met 10%", "nl", "revenue"),
        ("Organiseer 4 webinars voor eind Q2", "nl", "webinars"),
        ("Save $5,000 in 2027", "en", "savings"),
        ("Verlaag de kosten per lead naar € 25", "nl", "cost_per_lead"),
        ("Verkrijg 40 leads om de omzet te verhogen", "nl", "leads"),
    ],
)
def test_metric(goal: str, lang: str, metric: str) -> None:
    f = frame(goal, lang)
    assert f.metric is not None and f.metric.key == metric


def test_a_purpose_clause_is_not_the_metric_or_relevance_is_found() -> None:
    report = analyze("Verkrijg 40 leads om de omzet te verhogen", today=TODAY, lang="nl")
    assert report.frame.purpose is not None
    assert report.frame.purpose.text == "om de omzet te verhogen"
    assert report.criteria["relevant"].met is True


def test_goal_introducing_to_is_not_a_purpose() -> None:
    assert analyze("We want to grow on TikTok", today=TODAY, lang="en").frame.purpose is None
    assert analyze("Reach 40 leads to increase revenue", today=TODAY, lang="en").frame.purpose


@pytest.mark.parametrize(
    "goal",
    [
        "Het plan is om 30 nieuwe klanten te werven via LinkedIn",
        "We hebben besloten om 30 nieuwe klanten te werven via LinkedIn",
    ],
)
def test_a_dutch_om_that_introduces_the_goal_is_not_its_purpose(goal: str) -> None:
    f = frame(goal, "nl")
    assert f.purpose is None
    assert f.target is not None and f.target.value == 30
    assert f.metric is not None and f.metric.key == "customers"


@pytest.mark.parametrize(
    ("goal", "lang", "channels"),
    [
        ("Verkrijg 40 nieuwe leads uit online kanalen", "nl", ["online"]),
        (
            "Genereer leads via e-mailmarketing en advertenties in sociale media",
            "nl",
            ["email", "advertising", "social_media"],
        ),
        ("Bereik 5.000 LinkedIn-volgers voor eind maart", "nl", ["linkedin"]),
        ("Get 500 new followers on X this month", "en", ["x"]),
        ("Grow organic search traffic by 35% in H1 2027", "en", ["seo"]),
        ("Publish 2 blog posts per week", "en", []),
    ],
)
def test_channels(goal: str, lang: str, channels: list[str]) -> None:
    assert [c.key for c in frame(goal, lang).channels] == channels


def test_spans_point_into_the_text() -> None:
    goal = "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 oktober 2027"
    d = analyze(goal, today=TODAY, lang="nl").to_dict()
    for piece in (d["target"], d["metric"], d["deadline"], *d["channels"]):
        assert goal[piece["start"] : piece["end"]] == piece["text"]


@pytest.mark.parametrize(
    ("goal", "lang", "metric", "action"),
    [
        # a word that is also a verb, right after a bare count, is what is counted
        ("Verkoop 25 fietsen voor eind maart 2027", "nl", "fietsen", "Verkoop"),
        ("Dit jaar 60 fietsen verkopen", "nl", "fietsen", "verkopen"),
        ("Sell 25 runs by May", "en", "runs", "Sell"),
        # with a unit, the unit is counted and the verb stays the verb
        ("We gaan 500 km fietsen", "nl", "km", "fietsen"),
    ],
)
def test_a_verb_form_counted_by_a_number_is_a_noun(
    goal: str, lang: str, metric: str, action: str
) -> None:
    f = frame(goal, lang)
    assert f.metric is not None and f.metric.key == metric
    assert f.action is not None and f.action.text == action


@pytest.mark.parametrize(
    ("goal", "metric"),
    [
        # a verb-final clause's last word is its verb when a known metric came before the number
        ("Het aantal actieve klanten moet eind 2027 boven de 2.000 liggen", "customers"),
        ("Eind 2027 moet de omzet boven de € 2 miljoen uitkomen", "revenue"),
    ],
)
def test_a_clause_final_verb_is_not_the_counted_noun(goal: str, metric: str) -> None:
    f = frame(goal, "nl")
    assert f.metric is not None and f.metric.key == metric


@pytest.mark.parametrize(
    ("goal", "lang", "metric"),
    [
        ("Raise €500,000 in grant funding this year", "en", "funding"),
        ("Haal € 80.000 aan subsidies binnen", "nl", "subsidies"),
    ],
)
def test_what_an_amount_of_money_is_made_of_is_the_metric(
    goal: str, lang: str, metric: str
) -> None:
    report = analyze(goal, today=TODAY, lang=lang)
    assert report.frame.metric is not None and report.frame.metric.key == metric
    assert report.criteria["specific"].met is True


@pytest.mark.parametrize(
    ("goal", "lang", "action"),
    [
        ("Train 40 team leads on the new CRM by March", "en", "Train"),
        ("Binnen drie weken alle achterstallige facturen innen", "nl", "innen"),
        ("Voor eind januari een nieuw boekhoudpakket selecteren", "nl", "selecteren"),
    ],
)
def test_common_business_verbs_are_actions(goal: str, lang: str, action: str) -> None:
    f = frame(goal, lang)
    assert f.action is not None and f.action.text == action


@pytest.mark.parametrize(
    ("goal", "lang", "target"),
    [
        ("Lanceer versie 3 van de klantenapp voor 1 maart 2027", "nl", None),
        ("Release version 4.1 of the mobile app", "en", None),
        ("Close 12 bugs in sprint 30", "en", 12.0),
        ("Rond fase 2 af met 15 nieuwe klanten", "nl", 15.0),
    ],
)
def test_a_number_that_names_a_version_or_sprint_is_no_target(
    goal: str, lang: str, target: float | None
) -> None:
    f = frame(goal, lang)
    assert (f.target.value if f.target else None) == target


def test_the_only_verb_is_never_taken_as_the_counted_noun() -> None:
    f = frame("25 fietsen", "nl")
    assert f.action is not None and f.action.text == "fietsen"


@pytest.mark.parametrize(
    ("goal", "lang"),
    [("Wij willen groeien", "nl"), ("We gaan verbeteren", "nl"), ("We want to grow", "en")],
)
def test_a_modal_verb_is_not_what_the_goal_is_about(goal: str, lang: str) -> None:
    f = frame(goal, lang)
    assert f.metric is None and f.object_words == ()


@pytest.mark.parametrize(
    ("goal", "lang", "metric"),
    [
        # a verb inside the object is part of it: 'win' names the rate
        ("Increase the win rate from 20% to 25% by the end of the year", "en", "win rate"),
        # a run of verbs right after the first one is no object
        ("de Verhoog Verhoog 30", "nl", None),
        # nor is a conjunction ('of' is Dutch for 'or')
        ("de Verhoog of 6", "nl", None),
    ],
)
def test_the_object_after_the_verb(goal: str, lang: str, metric: str | None) -> None:
    frame = analyze(goal, today=TODAY, lang=lang).frame
    assert (frame.metric.text if frame.metric else None) == metric
