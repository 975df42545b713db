"""Progress notes on goal lines: ``(10/40)``, ``voortgang: 10``, ``(progress: 25%)``.

A note at the end of a goal line records where the goal stands. It is not part of the goal (it
is cut off before analysis and kept byte for byte by ``--fix``); ``lint`` compares it with a
linear pace through ``rewriter.progress`` and reports SG110 when the goal is behind or overdue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..langdata import metric_info
from ..progress import Progress, assess_progress, period_start

if TYPE_CHECKING:
    from ..report import GoalReport

_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


@dataclass(frozen=True, slots=True)
class ProgressNote:
    """What a note says: the current value, and the target when it names one ('/40')."""

    text: str
    current: float
    total: float | None = None
    percent: bool = False


def parse_amount(text: str) -> float:
    """'10' → 10; '1.000' and '1,000' → 1000 (groups of three are thousands); '2,5' → 2.5."""
    if _THOUSANDS.fullmatch(text):
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def split_note(raw: str, pattern: re.Pattern[str]) -> tuple[int, ProgressNote | None]:
    """Where the goal text ends, and the note after it (if any)."""
    m = pattern.search(raw)
    if m is None or not raw[: m.start()].strip():
        return len(raw), None
    if m.group("cur1") is not None:
        note = ProgressNote(
            m.group(0).strip(), parse_amount(m.group("cur1")), parse_amount(m.group("tot1"))
        )
    else:
        total = m.group("tot2")
        note = ProgressNote(
            m.group(0).strip(),
            parse_amount(m.group("cur2")),
            parse_amount(total) if total else None,
            bool(m.group("pct")),
        )
    return m.start(), note


def track(
    report: GoalReport, note: ProgressNote, on: dt.date, default_start: dt.date | None
) -> Progress | None:
    """The goal's progress on ``on``, or None when the goal lacks what pacing needs.

    The target is the note's own ('/40') or the goal's; the start is the one the goal states
    ('vanaf 1 oktober'), else the first day of the period its deadline closes ('in oktober',
    'eind Q1'), else ``default_start`` (config ``progress-start``). Without any start only
    'done' and 'overdue' can be told, which the pace-free call below still gets right.
    """
    frame = report.frame
    if frame.deadline is None:
        return None
    deadline = frame.deadline.date
    target = note.total
    if target is None and frame.target is not None and frame.target.kind != "percent":
        target = frame.target.value
    if target is None or target == 0:
        return None
    current = note.current * target / 100 if note.percent else note.current
    baseline = frame.baseline.value if frame.baseline is not None else 0.0
    down = frame.metric is not None and metric_info(frame.metric.key).direction == "down"
    if down and frame.baseline is None:
        return _pace_free(target, current, deadline, on, down=True)
    start = frame.start.date if frame.start is not None else None
    start = start or period_start(deadline, frame.deadline.kind) or default_start
    if start is None or start >= deadline or baseline == target:
        return _pace_free(target, current, deadline, on, down=down)
    return assess_progress(target, current, start, deadline, on, baseline=baseline)


def _pace_free(
    target: float, current: float, deadline: dt.date, on: dt.date, down: bool
) -> Progress | None:
    """Without a start date: only 'done' or 'overdue' are certain; otherwise no verdict."""
    reached = current <= target if down else current >= target
    if not reached and on <= deadline:
        return None
    start = deadline - dt.timedelta(days=1)
    baseline = target + 1 if down else 0.0
    if not down and target <= 0:
        return None
    return assess_progress(target, current, start, deadline, on, baseline=baseline)
