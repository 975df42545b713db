"""Deadlines: absolute dates, periods resolved to their last day, durations from --today."""

from __future__ import annotations

import pytest

from rewriter import analyze

from .conftest import TODAY


def deadline(goal: str, lang: str, today: str = TODAY) -> str | None:
    d = analyze(goal, today=today, lang=lang).to_dict()["deadline"]
    return d["date"] if d else None


@pytest.mark.parametrize(
    ("goal", "lang", "date"),
    [
        ("Verkrijg 40 leads tegen 31 oktober", "nl", "2027-10-31"),
        ("Verkrijg 40 leads tegen 15 december", "nl", "2026-12-15"),
        ("Verkrijg 40 leads tegen 31 oktober 2027", "nl", "2027-10-31"),
        ("Get 40 leads by October 31", "en", "2027-10-31"),
        ("Get 40 leads by 31 October 2027", "en", "2027-10-31"),
        ("Get 40 leads by 2027-06-30", "en", "2027-06-30"),
        ("Verkrijg 40 leads voor 2027-06-30", "nl", "2027-06-30"),
        ("Get 40 leads by Jan 15, 2027", "en", "2027-01-15"),
        # a day written as an ordinal: '1st'-'4th' are also the ordinals of '2nd quarter'
        ("Get 40 leads by June 1st, 2027", "en", "2027-06-01"),
        ("Get 40 leads by the 3rd of March 2027", "en", "2027-03-03"),
        ("Get 40 leads by 2nd May", "en", "2027-05-02"),
        ("Get 40 leads by July 21st", "en", "2027-07-21"),
        ("Verkrijg 40 leads voor 1e juni 2027", "nl", "2027-06-01"),
        ("Get 40 leads in the 2nd quarter of 2027", "en", "2027-06-30"),
        ("Verkrijg 40 leads in het 3e kwartaal", "nl", "2027-09-30"),
        # the middle of a year is 30 June, of a month its 15th (the next one not yet past)
        ("Verkrijg 40 leads medio 2027", "nl", "2027-06-30"),
        ("Get 40 leads by mid-2028", "en", "2028-06-30"),
        ("Verkrijg 40 leads halverwege maart", "nl", "2027-03-15"),
        ("Get 40 leads by mid-November", "en", "2027-11-15"),
        # a weekday is its next occurrence (today, 2026-11-28, is a Saturday)
        ("Publiceer 8 blogartikelen uiterlijk vrijdag", "nl", "2026-12-04"),
        ("Get 10 demos booked by Saturday", "en", "2026-11-28"),
        # a weekday before its date is part of the date, with or without a comma
        ("Reach 40 leads by Friday 5 February 2027", "en", "2027-02-05"),
        ("Reach 40 leads by Friday, February 5, 2027", "en", "2027-02-05"),
        ("Verkrijg 40 leads uiterlijk vrijdag, 5 februari 2027", "nl", "2027-02-05"),
        # an ISO week ends on its Sunday; without a year, the next one not yet ended
        ("Verkrijg 40 leads uiterlijk week 12", "nl", "2027-03-28"),
        ("Verkrijg 40 leads in wk 50", "nl", "2026-12-13"),
        ("Get 40 leads by week 12 2028", "en", "2028-03-26"),
        ("Get 40 leads by 2027-W12", "en", "2027-03-28"),
        ("Verkrijg 40 leads voor 2027-W30", "nl", "2027-08-01"),
        # 'next' + a month is that month's next occurrence, whole
        ("Get 40 leads by next April", "en", "2027-04-30"),
        ("Verkrijg 40 leads voor komende april", "nl", "2027-04-30"),
        ("Verkrijg 40 leads voor 30-06-2027", "nl", "2027-06-30"),
        ("Verkrijg 40 leads voor eind Q3", "nl", "2027-09-30"),
        ("Verkrijg 40 leads in Q4", "nl", "2026-12-31"),
        ("Verkrijg 40 leads in Q1 2027", "nl", "2027-03-31"),
        ("Verkrijg 40 leads in H1 2027", "nl", "2027-06-30"),
        ("Verkrijg 40 leads in het eerste kwartaal van 2027", "nl", "2027-03-31"),
        ("Verkrijg 40 leads in 2027", "nl", "2027-12-31"),
        ("Verkrijg 40 leads dit kwartaal", "nl", "2026-12-31"),
        ("Verkrijg 40 leads deze maand", "nl", "2026-11-30"),
        ("Verkrijg 40 leads volgende maand", "nl", "2026-12-31"),
        ("Get 40 leads next quarter", "en", "2027-03-31"),
        ("Get 40 leads by the end of the year", "en", "2026-12-31"),
        ("Verkrijg 40 leads binnen 6 maanden", "nl", "2027-05-28"),
        ("Get 40 leads within 90 days", "en", "2027-02-26"),
        ("Verkrijg 40 leads in de komende zes maanden", "nl", "2027-05-28"),
        ("Verkrijg 40 leads binnen twee kwartalen", "nl", "2027-05-28"),
        ("Get 40 leads in the first quarter of 2027", "en", "2027-03-31"),
        ("Get 40 leads by the end of March", "en", "2027-03-31"),
        ("Get 40 leads by November 15", "en", "2027-11-15"),
        ("Verkrijg 40 leads voor kerst", "nl", "2026-12-25"),
        ("Get 40 leads within a year", "en", "2027-11-28"),
    ],
)
def test_deadline_forms(goal: str, lang: str, date: str) -> None:
    assert deadline(goal, lang) == date


def test_day_month_is_next_occurrence_after_today() -> None:
    assert deadline("Verkrijg 40 leads tegen 31 oktober", "nl", today="2027-11-01") == "2028-10-31"
    assert deadline("Verkrijg 40 leads tegen 31 oktober", "nl", today="2027-10-31") == "2027-10-31"


def test_month_arithmetic_clamps_to_month_end() -> None:
    assert deadline("Get 40 leads within 1 month", "en", today="2027-01-31") == "2027-02-28"


def test_a_calendar_date_beats_a_length_of_time() -> None:
    """'by a quarter' is how much; 'by June 2027' is when."""
    report = analyze("Cut support tickets by a quarter by June 2027", today=TODAY, lang="en")
    assert report.frame.deadline is not None
    assert report.frame.deadline.date.isoformat() == "2027-06-30"


def test_a_week_word_before_a_number_is_no_week_when_a_period_claims_it() -> None:
    """'binnen 2 weken 40 leads' is a duration (the 40 is the target), not week 40."""
    report = analyze("Verkrijg binnen 2 weken 40 leads", today=TODAY, lang="nl")
    assert report.frame.deadline is not None
    assert report.frame.deadline.date.isoformat() == "2026-12-12"
    assert report.frame.target is not None and report.frame.target.value == 40
    week_53 = analyze("Verkrijg 40 leads in week 53", today=TODAY, lang="nl").frame.deadline
    assert week_53 is not None and week_53.date.isoformat() == "2027-01-03"  # 2026 has week 53


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Verkrijg 40 leads per maand", "nl"),
        ("Publish 3 posts per week", "en"),
        ("Beantwoord 95% van de klantvragen binnen 24 uur", "nl"),
        ("Answer 95% of tickets within 2 hours", "en"),
        ("Beantwoord klachten binnen 5 dagen na ontvangst met 90% tevredenheid", "nl"),
        ("Send 20 proposals every month", "en"),
        ("Elke vrijdag 3 posts publiceren", "nl"),
        ("Post 3 updates every Monday", "en"),
    ],
)
def test_rates_and_service_levels_are_not_deadlines(goal: str, lang: str) -> None:
    report = analyze(goal, today=TODAY, lang=lang)
    assert report.frame.deadline is None
    assert report.criteria["time_bound"].met is False


def test_a_start_date_is_not_the_deadline() -> None:
    report = analyze("Verstuur vanaf 1 januari 4 mailings per maand", today=TODAY, lang="nl")
    assert report.frame.deadline is None
    assert report.frame.start is not None and report.frame.start.date.isoformat() == "2027-01-01"


@pytest.mark.parametrize(
    ("goal", "lang", "start", "deadline"),
    [
        # a start cue before 'in'/'op' still starts something ('starting in March')
        ("Get 40 leads starting in March 2027 by 31 October", "en", "2027-03-31", "2027-10-31"),
        # before a closing preposition ('tegen', 'by') the cue dangles: the date is the deadline
        ("Verhoog de omzet 40 vanaf tegen 31 oktober 2027", "nl", None, "2027-10-31"),
        ("Get 40 leads from by 31 October 2027", "en", None, "2027-10-31"),
    ],
)
def test_a_start_cue_only_claims_dates_it_can_start(
    goal: str, lang: str, start: str | None, deadline: str
) -> None:
    frame = analyze(goal, today=TODAY, lang=lang).frame
    assert (frame.start.date.isoformat() if frame.start else None) == start
    assert frame.deadline is not None and frame.deadline.date.isoformat() == deadline


def test_two_bys_do_not_make_a_date() -> None:
    # dateparser's whole-sentence search reads "by 20% by the" as a date; span matching does not
    d = analyze("Increase revenue by 20% by the end of Q3", today=TODAY, lang="en").to_dict()
    assert d["deadline"]["date"] == "2027-09-30"
    assert d["target"]["value"] == 20 and d["target"]["kind"] == "percent"


def test_deadline_numbers_are_never_the_target() -> None:
    d = analyze("Verkrijg 40 leads tegen 31 oktober 2027", today=TODAY, lang="nl").to_dict()
    assert d["target"]["value"] == 40
    d = analyze("Verhoog de omzet in 2027", today=TODAY, lang="nl").to_dict()
    assert d["target"] is None and d["deadline"]["date"] == "2027-12-31"


@pytest.mark.parametrize(
    ("goal", "date"),
    [
        ("Get 40 leads by 31 Jan.", "2027-01-31"),  # spaCy keeps 'Jan.' as one token
        ("Get 40 leads by Sept. 30", "2027-09-30"),
        ("Verkrijg 40 leads tegen 31 jan.", "2027-01-31"),
    ],
)
def test_month_abbreviations_with_a_point_are_dates(goal: str, date: str) -> None:
    report = analyze(goal, today=TODAY)
    assert report.frame.deadline is not None and report.frame.deadline.date.isoformat() == date
    assert report.rewrite == goal  # nothing to add: '... by [date]' was appended before
