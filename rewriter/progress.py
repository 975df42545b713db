"""Progress against a goal: is the current value where a steady pace would have put it?

The seed article's advice: "halfway October with only 10 of the 40 leads for the month is the
moment to re-evaluate". That is a comparison with a *linear* pace from a start date to the
deadline: on the start date nothing is expected, on the deadline the whole target. From it follow
the value expected today, the value reached at the deadline if the pace so far continues, and
the pace needed from now on.

Pure functions on numbers and dates — no language, no NLP, no I/O — so ``smartgoal track`` and
``smartgoal lint`` (progress notes such as ``(10/40)`` on a goal line) share one definition.

Day counting: the start date is day 0 and the deadline is the last day, so a month-long goal
from 1 to 31 October has 30 days and on 16 October half of it has passed. A goal may also go
*down* (a cost from € 40 to € 25): pass the starting level as ``baseline``; everything is
measured from ``baseline`` towards ``target`` whichever way that points.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal

Status = Literal["on_track", "ahead", "behind", "done", "overdue"]
STATUSES: tuple[Status, ...] = ("on_track", "ahead", "behind", "done", "overdue")

#: How far (as a share of the whole distance from baseline to target) the current value may be
#: from the expected one and still count as on track: 5 % of 40 leads is 2 leads.
DEFAULT_TOLERANCE = 0.05


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a goal stands on a given day, compared with a linear pace.

    ``expected``: the value a steady pace gives on ``on``. ``projected``: the value at the
    deadline if the pace so far (from ``baseline`` at ``start`` to ``current`` on ``on``)
    continues. ``needed_per_day``: what must be added per remaining day to reach ``target`` by
    the deadline (negative for a goal that goes down; on or after the deadline the whole
    remainder counts as due in one day; 0 when done).
    """

    status: Status
    target: float
    current: float
    baseline: float
    start: dt.date
    deadline: dt.date
    on: dt.date
    expected: float
    projected: float
    needed_per_day: float
    days_total: int
    days_elapsed: int
    days_left: int
    fraction_done: float  # share of the distance baseline → target covered (may exceed 1)
    fraction_expected: float  # share of the period passed, 0..1

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, numbers rounded to 4 decimals."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, dt.date):
                out[key] = value.isoformat()
            elif isinstance(value, float):
                out[key] = round(value, 4)
        return out


def assess_progress(
    target: float,
    current: float,
    start: dt.date,
    deadline: dt.date,
    on: dt.date,
    *,
    baseline: float = 0.0,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Progress:
    """Compare ``current`` on day ``on`` with a linear pace from ``baseline`` at ``start`` to
    ``target`` at ``deadline``.

    Status, in this order: ``done`` when the target is reached (whatever the date);
    ``overdue`` when the deadline has passed without it; otherwise ``behind``/``ahead`` when
    the current value is more than ``tolerance`` × (target − baseline) below/above the expected
    value, else ``on_track``. Before ``start`` nothing is expected yet.

    Raises ``ValueError`` when the deadline is not after the start, when target equals
    baseline, or when a number is not finite.
    """
    for name, value in (("target", target), ("current", current), ("baseline", baseline)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{name} must be a finite number")
    if tolerance < 0:
        raise ValueError("tolerance must not be negative")
    days_total = (deadline - start).days
    if days_total <= 0:
        raise ValueError(f"the deadline ({deadline}) must be after the start ({start})")
    distance = target - baseline
    if distance == 0:
        raise ValueError("target and baseline are equal: there is no progress to make")
    sign = 1.0 if distance > 0 else -1.0

    days_elapsed = min(max((on - start).days, 0), days_total)
    days_left = (deadline - on).days
    fraction_expected = days_elapsed / days_total
    expected = baseline + distance * fraction_expected
    if days_elapsed > 0:
        projected = baseline + (current - baseline) * days_total / days_elapsed
    else:
        projected = current
    remaining = target - current
    reached = remaining * sign <= 0
    if reached:
        needed_per_day = 0.0
    elif days_left > 0:
        needed_per_day = remaining / days_left
    else:  # on or after the deadline the whole remainder is due at once
        needed_per_day = remaining
    fraction_done = (current - baseline) / distance

    slack = tolerance * abs(distance)
    status: Status
    if reached:
        status = "done"
    elif days_left < 0:
        status = "overdue"
    elif (current - expected) * sign < -slack:
        status = "behind"
    elif (current - expected) * sign > slack:
        status = "ahead"
    else:
        status = "on_track"
    return Progress(
        status=status,
        target=float(target),
        current=float(current),
        baseline=float(baseline),
        start=start,
        deadline=deadline,
        on=on,
        expected=expected,
        projected=projected,
        needed_per_day=needed_per_day,
        days_total=days_total,
        days_elapsed=days_elapsed,
        days_left=days_left,
        fraction_done=fraction_done,
        fraction_expected=fraction_expected,
    )


def period_start(deadline: dt.date, kind: str) -> dt.date | None:
    """The first day of the period a deadline closes, when the deadline names a period.

    A goal 'in oktober' / 'by end of Q1' / 'in H1 2027' / 'in 2027' runs through that whole
    period, so its pace starts on the period's first day. ``kind`` is the deadline kind the
    engine reports (``GoalFrame.deadline.kind``): month, quarter, half or year; any other kind
    (a plain date, a duration...) says nothing about a start, and the answer is ``None``.
    """
    if kind == "month":
        return deadline.replace(day=1)
    if kind == "quarter":
        return dt.date(deadline.year, 3 * ((deadline.month - 1) // 3) + 1, 1)
    if kind == "half":
        return dt.date(deadline.year, 1 if deadline.month <= 6 else 7, 1)
    if kind == "year":
        return dt.date(deadline.year, 1, 1)
    return None
