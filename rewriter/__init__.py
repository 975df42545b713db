"""smartgoal: check whether a goal is SMART, and propose a rewrite — offline, Dutch and English.

>>> from rewriter import analyze
>>> report = analyze("Nieuwe leads verkrijgen", today="2026-11-28")
>>> report.missing
['specific', 'measurable', 'time_bound']
>>> report.rewrite
'Verkrijg [aantal] nieuwe leads uit [kanaal] tegen [datum]'

This module imports nothing heavy: spaCy, dateparser and quantulum3 load on the first call, so
``smartgoal --help`` and option errors stay instant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .errors import UsageError

if TYPE_CHECKING:
    from .history import AchievableRule
    from .report import GoalReport

__all__ = ["UsageError", "analyze", "analyze_many", "rewrite"]
__version__ = "0.1.0"


def analyze(
    text: str,
    *,
    today: dt.date | str | None = None,
    lang: str | None = None,
    history: Sequence[float] | None = None,
    target: str | None = None,
    deadline: str | None = None,
    channel: str | None = None,
    rule: AchievableRule | None = None,
) -> GoalReport:
    """Judge one goal. ``today`` is the reference date (default: the real date), ``lang`` forces
    'nl' or 'en' (default: detected), ``history`` past values of the goal's metric for
    'achievable'; ``target``/``deadline``/``channel`` fill or replace pieces in the rewrite.
    Raises ``UsageError`` for empty text or bad options."""
    from .api import analyze_with
    from .options import make_options

    opts = make_options(
        today=today,
        lang=lang,
        history=history,
        target=target,
        deadline=deadline,
        channel=channel,
        rule=rule,
    )
    return analyze_with(text, opts)


def rewrite(
    text: str,
    *,
    today: dt.date | str | None = None,
    lang: str | None = None,
    history: Sequence[float] | None = None,
    target: str | None = None,
    deadline: str | None = None,
    channel: str | None = None,
    rule: AchievableRule | None = None,
) -> str:
    """The proposed SMART rewrite of one goal (same options as :func:`analyze`)."""
    return analyze(
        text,
        today=today,
        lang=lang,
        history=history,
        target=target,
        deadline=deadline,
        channel=channel,
        rule=rule,
    ).rewrite


def analyze_many(
    texts: Iterable[str],
    *,
    today: dt.date | str | None = None,
    lang: str | None = None,
    history: Sequence[float] | None = None,
    target: str | None = None,
    deadline: str | None = None,
    channel: str | None = None,
    rule: AchievableRule | None = None,
) -> Iterator[GoalReport]:
    """Judge many goals, streaming: reports come back lazily, in input order, through
    ``nlp.pipe``. Memory stays flat for any number of goals."""
    from .api import analyze_many_with
    from .options import make_options

    opts = make_options(
        today=today,
        lang=lang,
        history=history,
        target=target,
        deadline=deadline,
        channel=channel,
        rule=rule,
    )
    return analyze_many_with(texts, opts)
