"""Progress against a goal: the pure pace arithmetic behind ``smartgoal track``.

The seed article's last tip is to track progress: halfway October with only 10 of the 40 leads
is the moment to re-evaluate. That needs numbers, not a feeling, so this module answers four
questions for a straight line from ``baseline`` on ``start`` to ``target`` on ``deadline``:
where should you be on ``on`` (expected), where do you end up at the current pace (projected),
what does it take per day from now on (needed_per_day), and so which status applies.

The time model, stated once because every number depends on it: ``start`` and ``deadline`` are
both whole days of the period, so October 1 – October 31 is 31 days; ``current`` is the value
counted at the end of day ``on``, so on October 15 fifteen of those days have passed and sixteen
are left. For the seed case (40 leads, 10 on October 15) that gives expected = 40 × 15/31 ≈ 19.35,
projected = 10 × 31/15 ≈ 20.67 and needed = 30/16 = 1.875 a day. On the deadline day itself what
is still missing has to happen that day (needed is divided by at least one day).

No NLP and no I/O here: the command (rewriter/track_command.py) turns a goal into numbers and
dates, and the document mode can call :func:`assess_progress` with numbers from a progress note.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any

STATUSES = ("on_track", "ahead", "behind", "done", "overdue")
GOOD_STATUSES = frozenset({"on_track", "ahead", "done"})
DEFAULT_TOLERANCE = 0.05  # within 5% of the whole goal from the expected value is "on track"


class ProgressError(ValueError):
    """Numbers that allow no pace: a start after the deadline, a target not beyond the baseline.

    ``key`` names the problem so a surface can explain it in the goal's language
    (models/<lang>/messages.json, ``track.errors``).
    """

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a goal stands on one day, measured against an even pace from start to deadline.

    ``expected``/``projected`` are values of the metric; ``needed_per_day`` and ``remaining`` are
    amounts in the goal's direction (always ≥ 0: for a lower-is-better goal, how much lower).
    ``projected`` is ``None`` before the period starts (no pace yet); ``needed_per_day`` is
    ``None`` once the deadline has passed without the target (no days left to spread it over).
    ``gap`` is how far ahead (+) or behind (−) the expected value you are, as a fraction of the
    whole way from baseline to target.
    """

    status: str
    expected: float
    projected: float | None
    needed_per_day: float | None
    target: float
    current: float
    baseline: float
    start: dt.date
    deadline: dt.date
    on: dt.date
    direction: str
    total_days: int
    elapsed_days: int
    days_left: int
    remaining: float
    gap: float

    @property
    def on_schedule(self) -> bool:
        """True for on_track, ahead and done: nothing to re-evaluate (exit code 0)."""
        return self.status in GOOD_STATUSES

    @property
    def started(self) -> bool:
        return self.elapsed_days > 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("start", "deadline", "on"):
            data[key] = data[key].isoformat()
        return data


def _finite(name: str, value: float) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise ProgressError("not_finite", f"{name} must be a finite number, not {value}")
    return value


def assess_progress(
    target: float,
    current: float,
    start: dt.date,
    deadline: dt.date,
    on: dt.date,
    *,
    baseline: float = 0.0,
    direction: str = "up",
    tolerance: float = DEFAULT_TOLERANCE,
) -> Progress:
    """Judge ``current`` on day ``on`` against a linear pace from ``baseline`` (on ``start``) to
    ``target`` (on ``deadline``). ``direction`` is "up" when higher is better, "down" when lower
    is. Raises :class:`ProgressError` when the numbers allow no pace."""
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")
    target = _finite("target", target)
    current = _finite("current", current)
    baseline = _finite("baseline", baseline)
    if start > deadline:
        raise ProgressError("start_after_deadline", f"start {start} is after deadline {deadline}")
    sign = 1.0 if direction == "up" else -1.0
    span = sign * (target - baseline)  # the whole way to go, in the goal's direction
    if span <= 0:
        raise ProgressError(
            "baseline_meets_target", f"baseline {baseline} already meets target {target}"
        )

    total = (deadline - start).days + 1
    elapsed = min(max((on - start).days + 1, 0), total)
    days_left = total if elapsed == 0 else max((deadline - on).days, 0)
    expected = baseline + (target - baseline) * elapsed / total
    projected = baseline + (current - baseline) * total / elapsed if elapsed else None
    remaining = max(sign * (target - current), 0.0)
    gap = sign * (current - expected) / span

    if remaining == 0:
        status, needed = "done", 0.0
    elif on > deadline:
        status, needed = "overdue", None
    else:
        needed = remaining / max(days_left, 1)
        if on == deadline or gap < -tolerance:
            status = "behind"
        elif gap > tolerance:
            status = "ahead"
        else:
            status = "on_track"
    return Progress(
        status=status,
        expected=expected,
        projected=projected,
        needed_per_day=needed,
        target=target,
        current=current,
        baseline=baseline,
        start=start,
        deadline=deadline,
        on=on,
        direction=direction,
        total_days=total,
        elapsed_days=elapsed,
        days_left=days_left,
        remaining=remaining,
        gap=gap,
    )


def period_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the week/month/quarter/half/year that contains ``day``.

    A goal 'in Q3' or 'by the end of the month' is paced over that period, so its start is
    where the period begins.
    """
    if unit == "day":
        return day
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if unit == "half":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if unit == "year":
        return dt.date(day.year, 1, 1)
    raise ValueError(f"unknown period unit {unit!r}")
