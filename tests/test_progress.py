"""rewriter.progress: the linear-pace verdict shared by `smartgoal track` and `smartgoal lint`."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewriter.progress import STATUSES, Progress, assess_progress, period_start

OCT1, OCT15, OCT31 = dt.date(2026, 10, 1), dt.date(2026, 10, 15), dt.date(2026, 10, 31)


def test_seed_case_halfway_october_ten_of_forty_is_behind() -> None:
    # "Als u halverwege oktober bent en slechts 10 van de 40 leads voor de maand hebt ..."
    p = assess_progress(40, 10, OCT1, OCT31, OCT15)
    assert p.status == "behind"
    assert p.expected == pytest.approx(40 * 14 / 30)  # 18.67: 14 of 30 days passed
    assert p.projected == pytest.approx(10 * 30 / 14)  # 21.4 at this pace
    assert p.needed_per_day == pytest.approx(30 / 16)  # 30 leads in the 16 days left
    assert (p.days_total, p.days_elapsed, p.days_left) == (30, 14, 16)
    assert p.fraction_done == pytest.approx(0.25)


def test_on_track_within_tolerance_and_ahead_beyond_it() -> None:
    assert assess_progress(40, 19, OCT1, OCT31, OCT15).status == "on_track"
    assert assess_progress(40, 17, OCT1, OCT31, OCT15).status == "on_track"  # 18.67 - 2 < 17
    assert assess_progress(40, 16, OCT1, OCT31, OCT15).status == "behind"
    assert assess_progress(40, 21, OCT1, OCT31, OCT15).status == "ahead"
    assert assess_progress(40, 21, OCT1, OCT31, OCT15, tolerance=0.1).status == "on_track"


def test_done_wins_over_the_date() -> None:
    early = assess_progress(40, 40, OCT1, OCT31, OCT15)
    late = assess_progress(40, 45, OCT1, OCT31, dt.date(2026, 11, 5))
    assert early.status == late.status == "done"
    assert early.needed_per_day == 0.0


def test_overdue_after_the_deadline_and_behind_on_the_deadline_itself() -> None:
    over = assess_progress(40, 30, OCT1, OCT31, dt.date(2026, 11, 1))
    assert over.status == "overdue"
    assert over.expected == 40 and over.projected == 30
    assert over.needed_per_day == 10  # the whole remainder is due at once
    last_day = assess_progress(40, 30, OCT1, OCT31, OCT31)
    assert last_day.status == "behind" and last_day.days_left == 0


def test_before_the_start_nothing_is_expected() -> None:
    p = assess_progress(40, 0, OCT1, OCT31, dt.date(2026, 9, 20))
    assert p.status == "on_track" and p.expected == 0 and p.days_elapsed == 0
    assert p.needed_per_day == pytest.approx(40 / 41)


def test_a_goal_that_goes_down_is_measured_from_its_baseline() -> None:
    # cost per lead from 40 to 25 over October: halfway 32.5 is expected
    behind = assess_progress(25, 36, OCT1, OCT31, dt.date(2026, 10, 16), baseline=40)
    assert behind.expected == pytest.approx(32.5)
    assert behind.status == "behind"
    assert behind.needed_per_day < 0
    assert (
        assess_progress(25, 31, OCT1, OCT31, dt.date(2026, 10, 16), baseline=40).status == "ahead"
    )
    assert assess_progress(25, 24, OCT1, OCT31, dt.date(2026, 10, 16), baseline=40).status == "done"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": OCT31, "deadline": OCT1}, "after the start"),
        ({"start": OCT1, "deadline": OCT1}, "after the start"),
        ({"target": 0.0}, "equal"),
        ({"current": math.nan}, "finite"),
        ({"tolerance": -0.1}, "tolerance"),
    ],
)
def test_invalid_input_is_refused(kwargs: dict, message: str) -> None:
    args = {"target": 40.0, "current": 10.0, "start": OCT1, "deadline": OCT31, "on": OCT15}
    args.update(kwargs)
    tolerance = args.pop("tolerance", 0.05)
    with pytest.raises(ValueError, match=message):
        assess_progress(**args, tolerance=tolerance)


def test_to_dict_is_json_ready() -> None:
    d = assess_progress(40, 10, OCT1, OCT31, OCT15).to_dict()
    assert json.loads(json.dumps(d))["status"] == "behind"
    assert d["deadline"] == "2026-10-31" and d["expected"] == pytest.approx(18.6667)
    assert {"status", "expected", "projected", "needed_per_day"} <= d.keys()


@pytest.mark.parametrize(
    ("deadline", "kind", "start"),
    [
        (dt.date(2026, 10, 31), "month", dt.date(2026, 10, 1)),
        (dt.date(2027, 3, 31), "quarter", dt.date(2027, 1, 1)),
        (dt.date(2027, 9, 30), "quarter", dt.date(2027, 7, 1)),
        (dt.date(2027, 6, 30), "half", dt.date(2027, 1, 1)),
        (dt.date(2027, 12, 31), "half", dt.date(2027, 7, 1)),
        (dt.date(2027, 12, 31), "year", dt.date(2027, 1, 1)),
        (dt.date(2027, 10, 31), "date", None),
        (dt.date(2027, 2, 28), "duration", None),
    ],
)
def test_period_start(deadline: dt.date, kind: str, start: dt.date | None) -> None:
    assert period_start(deadline, kind) == start


@given(
    target=st.integers(1, 10_000),
    current=st.integers(0, 20_000),
    length=st.integers(1, 400),
    offset=st.integers(-50, 500),
)
def test_status_rules_hold_for_any_numbers(
    target: int, current: int, length: int, offset: int
) -> None:
    start = dt.date(2027, 1, 1)
    deadline = start + dt.timedelta(days=length)
    on = start + dt.timedelta(days=offset)
    p: Progress = assess_progress(target, current, start, deadline, on)
    assert p.status in STATUSES
    assert (p.status == "done") == (current >= target)
    if current < target:
        assert (p.status == "overdue") == (on > deadline)
        assert p.needed_per_day > 0
    assert 0 <= p.expected <= target
    assert p.days_total == length
