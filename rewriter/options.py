"""Options shared by every entry point, validated without importing anything heavy.

The CLI validates ``--today``, ``--lang`` and ``--history`` here before spaCy, dateparser or
quantulum3 are imported, so a typo costs milliseconds and a one-line error, not a cold start.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .errors import UsageError
from .history import AchievableRule
from .langdata import languages


@dataclass(frozen=True, slots=True)
class Options:
    """Everything besides the goal text that changes a report."""

    today: dt.date
    lang: str | None = None  # None = detect per goal
    history: tuple[float, ...] | Mapping[str, tuple[float, ...]] | None = None  # or metric → values
    target: str | None = None
    deadline: str | None = None
    channel: str | None = None
    rule: AchievableRule = field(default_factory=AchievableRule)


def parse_today(value: dt.date | str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"invalid date {value!r}: use YYYY-MM-DD") from None


def parse_history(
    value: Sequence[float] | str | Mapping[str, Sequence[float]] | None,
) -> tuple[float, ...] | dict[str, tuple[float, ...]] | None:
    """'30,32' or [30, 32] → (30.0, 32.0); values must be finite and not negative.
    A mapping {'leads': [30, 32]} keeps one history per metric key (each goal takes its own)."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        parsed = {str(k): parse_history(v) for k, v in value.items()}
        return {k: v for k, v in parsed.items() if isinstance(v, tuple)} or None
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value)
    try:
        hist = tuple(float(str(h).strip().replace("_", "")) for h in items if str(h).strip())
    except ValueError:
        raise UsageError(f"invalid history {value!r}: use numbers like 30,32") from None
    if any(not math.isfinite(h) or h < 0 for h in hist):
        raise UsageError("history values must be finite and not negative")
    return hist or None


def parse_lang(value: str | None) -> str | None:
    if value in (None, "", "auto"):
        return None
    if value not in languages():
        raise UsageError(f"unsupported language {value!r} (choose auto, {', '.join(languages())})")
    return value


def make_options(
    *,
    today: dt.date | str | None = None,
    lang: str | None = None,
    history: Sequence[float] | str | Mapping[str, Sequence[float]] | None = None,
    target: str | None = None,
    deadline: str | None = None,
    channel: str | None = None,
    rule: AchievableRule | None = None,
) -> Options:
    """Validate and normalise the keyword options shared by every API function."""
    for name, value in (("target", target), ("deadline", deadline), ("channel", channel)):
        if value is not None and not value.strip():
            raise UsageError(f"--{name} is empty")
    return Options(
        parse_today(today),
        parse_lang(lang),
        parse_history(history),
        target,
        deadline,
        channel,
        rule or AchievableRule(),
    )
