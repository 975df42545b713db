"""``smartgoal track``: is a goal on schedule, given the value reached so far?

    smartgoal track "Verkrijg 40 leads tegen 31 oktober 2027" --current 10 --on 2027-10-15

The goal is read by the public API (``rewriter.analyze``) for its target and deadline; the pace
arithmetic is :func:`rewriter.progress.assess_progress`, the one definition ``lint`` also uses
for progress notes. This module only decides which numbers and dates to feed it, and says the
result in the goal's own language (``track`` in models/<lang>/messages.json). Only click and the
standard library are imported at module level, so ``smartgoal track --help`` and option errors
stay instant.

What ``--current`` means depends on the goal, because "10" is only comparable to the target
when both count the same thing:

- **amount** goals count what was achieved since the start: 'Verkrijg 40 leads' (leads so far),
  'Verdien € 100.000', 'Verhoog het aantal volgers met 500' (followers gained), 'Lose 5 kg'
  (kg lost). The pace runs from 0 to the target; no baseline needed.
- **level** goals set where a metric must be: 'Verlaag de churn naar 3%', 'Verhoog de NPS naar
  50', 'verdubbel de leads', a percentage change, and every lower-is-better metric with a plain
  number ('at most 10 open bugs'). ``--current`` is the level now; the pace runs from the
  starting level (the goal's own 'van 5% naar 3%', or ``--baseline``) to the target level, in
  the metric's direction (models/common/metrics.json). Without a starting level: exit 2.
  ``--baseline`` also turns an amount goal into a level goal ('from 300 followers, +500').

Dates: ``--on`` (default: ``--today``, default the real date) is the day ``--current`` was
counted. Days count as in rewriter/progress.py: the start is day 0 and the deadline the last
day, so October 1 – 31 is 30 days and on October 15, 14 have passed and 16 are left.
``--today`` is the date the goal's deadline is read from ('by October 31' without a year,
'within 3 months'); by default it is ``--on``. ``--start`` defaults
to the goal's own start ('vanaf 1 september'), else to the beginning of the deadline's period:
the month for 'in oktober', the quarter for 'eind Q3', the year for 'eind 2027', the day the
goal was set (``--today``) for 'binnen 3 maanden', and for a plain date ('tegen 31 oktober') the
first of the deadline's month — the seed's reading ('10 van de 40 leads voor de maand'). When
that first day is still ahead of ``--on``, the start is anyone's guess: exit 2, asking for
``--start``.

Exit codes: 0 on_track/ahead/done, 1 behind/overdue, 2 usage errors.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

import click

EXIT_OK, EXIT_FINDINGS = 0, 1
GOOD_STATUSES = frozenset({"on_track", "ahead", "done"})
_PERIOD_KINDS = ("month", "quarter", "half", "year")


@dataclass(frozen=True, slots=True)
class Plan:
    """The numbers a goal gives the pace: from ``baseline`` on ``start`` to ``target`` on
    ``deadline``; ``mode`` is 'amount' (counted since the start) or 'level' (see module doc)."""

    target: float
    baseline: float
    direction: str
    mode: str
    start: dt.date
    deadline: dt.date


# --- option parsing (no engine imports) --------------------------------------------------


def parse_number(option: str, value: str) -> float:
    """'10', '3.5', '3%' or '1_000' → a finite float; anything else is a one-line usage error."""
    from .errors import UsageError

    text = value.strip().removesuffix("%").replace("_", "").strip()
    try:
        number = float(text)
    except ValueError:
        raise UsageError(f"invalid {option} {value!r}: use a number like 10 or 3.5") from None
    if not math.isfinite(number):
        raise UsageError(f"invalid {option} {value!r}: use a finite number")
    return number


def _date_option(option: str, value: str | None) -> dt.date | None:
    from .errors import UsageError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"invalid {option} {value!r}: use YYYY-MM-DD") from None


# --- from a goal to a plan -----------------------------------------------------------------


class _Say:
    """The ``track`` messages of one language, formatted; errors become one-line UsageErrors."""

    def __init__(self, lang: str) -> None:
        from .langdata import read_json

        self.lang = lang
        self.m: dict[str, Any] = read_json(lang, "messages")["track"]

    def error(self, key: str, **fields: Any) -> Exception:
        from .errors import UsageError

        return UsageError(self.m["errors"][key].format(**fields))

    def date(self, day: dt.date) -> str:
        from .dates import format_date

        return format_date(day, self.lang)

    def number(self, value: float, percent: bool = False) -> str:
        """Two decimals, as people write them; a tiny non-zero pace keeps one significant digit
        rather than reading as '0 per day'."""
        from .numbers import format_number, syntax

        if 0 < abs(value) < 0.005:
            text = f"{value:.1g}".replace(".", syntax(self.lang).decimal)
        else:
            text = format_number(round(value, 2) + 0.0, self.lang)
        return f"{text}%" if percent else text


def resolve_values(frame: Any, baseline: float | None, say: _Say) -> tuple[float, float, str, str]:
    """(target, baseline, direction, mode) for a goal frame; see the module doc for the rules."""
    from .history import implied_level
    from .langdata import action_info, metric_info

    t = frame.target
    if t is None:
        raise say.error("no_target")
    info = metric_info(frame.metric.key) if frame.metric else None
    metric_dir = info.direction if info else "up"
    role = frame.target_role
    action_dir = action_info(frame.action.key).get("direction") if frame.action else None
    if role == "count" and metric_dir == "down" and action_dir == "down":
        role = "delta"  # 'Lose 5 kg': the number is an amount to lose, not the level to reach
    if baseline is None and frame.baseline is not None:
        baseline = frame.baseline.value
    if baseline is None:
        countable = info is None or (info.shape != "level" and not info.scale)
        amount = role == "delta" or (role == "count" and metric_dir == "up")
        if amount and countable and t.kind in ("count", "money", "other"):
            return t.value, 0.0, "up", "amount"
        raise say.error("needs_baseline", target=t.text)
    level = implied_level(t, role, (baseline,), metric_dir)
    direction = metric_dir if info else ("down" if level < baseline else "up")
    return level, baseline, direction, "level"


def _period_unit(text: str, lang: str) -> str | None:
    """The unit a relative period deadline names ('deze maand' → month), from dates.json."""
    from .dates import date_words

    words = date_words(lang)
    for low in text.lower().split():
        unit = words.period_end_words.get(low) or words.period_units.get(low)
        if unit:
            return unit
    return None


def _period_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the period ``unit`` that contains ``day`` (weeks start on Monday)."""
    from .progress import period_start

    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return period_start(day, unit) or day


def default_start(frame: Any, on: dt.date, today: dt.date, say: _Say) -> dt.date:
    """Where the pace begins when ``--start`` is not given (module doc, 'Dates')."""
    if frame.start is not None:
        kind = frame.start.kind
        return _period_start(frame.start.date, kind) if kind in _PERIOD_KINDS else frame.start.date
    deadline = frame.deadline
    if deadline.kind in _PERIOD_KINDS:
        return _period_start(deadline.date, deadline.kind)
    if deadline.kind == "period":
        unit = _period_unit(deadline.text, say.lang)
        if unit:
            return _period_start(deadline.date, unit)
    if deadline.kind == "duration":
        return today
    first = deadline.date.replace(day=1)
    if on < first:
        raise say.error("needs_start", deadline=say.date(deadline.date), on=say.date(on))
    return first


def make_plan(
    frame: Any,
    *,
    baseline: float | None,
    start: dt.date | None,
    on: dt.date,
    today: dt.date,
    say: _Say,
) -> Plan:
    """Target, baseline, direction and dates for one analysed goal, or a localized UsageError."""
    target, base, direction, mode = resolve_values(frame, baseline, say)
    if frame.deadline is None:
        raise say.error("no_deadline")
    if start is None:
        start = default_start(frame, on, today, say)
    deadline = frame.deadline.date
    if deadline <= start:
        raise say.error("start_after_deadline", start=say.date(start), deadline=say.date(deadline))
    if (target - base) * (1 if direction == "up" else -1) <= 0:
        raise say.error(
            "baseline_meets_target", baseline=say.number(base), target=say.number(target)
        )
    return Plan(target, base, direction, mode, start, deadline)


# --- saying it -----------------------------------------------------------------------------


def _metric_words(frame: Any) -> str:
    """The metric as the goal words it, ready for mid-sentence ('nieuwe leads')."""
    span = frame.metric_phrase or frame.metric
    if span is None:
        return ""
    text = span.text
    if text[:1].isupper() and text[1:2].islower():
        text = text[:1].lower() + text[1:]
    return text


def message(progress: Any, plan: Plan, frame: Any, say: _Say) -> str:
    """One paragraph in the goal's language: the status, the numbers, what to do."""
    m = say.m
    percent = frame.target.kind == "percent"

    def num(value: float) -> str:
        return say.number(value, percent)

    template = m["progress_amount"] if plan.mode == "amount" else m["progress_level"]
    days = max(progress.days_left, 0)
    fields = {
        "label": m["status"][progress.status],
        "progress": template.format(
            current=num(progress.current), target=num(progress.target), metric=_metric_words(frame)
        ),
        "on": say.date(progress.on),
        "start": say.date(progress.start),
        "deadline": say.date(progress.deadline),
        "expected": num(progress.expected),
        "projected": num(progress.projected),
        "remaining": num(remaining(progress)),
        "needed": m["needed_down" if plan.direction == "down" else "needed_up"].format(
            value=num(abs(progress.needed_per_day))  # the direction is in the words
        ),
        "days_left": m["days_one" if days == 1 else "days_other"].format(n=days),
    }
    key = progress.status
    if key not in ("done", "overdue"):
        if progress.days_elapsed == 0:
            key = "not_started"
        elif progress.days_left <= 0:
            key = "last_day"
    return " ".join(m[key].format(**fields).split())


def remaining(progress: Any) -> float:
    """How much is still missing, in the goal's direction (0 once done)."""
    return 0.0 if progress.status == "done" else abs(progress.target - progress.current)


def _num(value: Any) -> Any:
    """Integral floats as ints (40, not 40.0), like the goal report's numbers."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def to_json(
    goal: str, lang: str, progress: Any, plan: Plan, frame: Any, text: str, today: dt.date
) -> dict[str, Any]:
    """The JSON result: rewriter/progress.py's fields (numbers rounded to 4 decimals) plus the
    goal, its language, how it was read (direction, mode, metric) and the message."""
    data = {key: _num(value) for key, value in progress.to_dict().items()}
    return {
        "goal": goal,
        "lang": lang,
        **data,
        "remaining": _num(round(remaining(progress), 4)),
        "direction": plan.direction,
        "mode": plan.mode,
        "metric": frame.metric.key if frame.metric else None,
        "today": today.isoformat(),
        "message": text,
    }


# --- the command ---------------------------------------------------------------------------


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("goal")
@click.option(
    "--current",
    required=True,
    metavar="N",
    help="Value reached so far: the amount since the start (40 leads → leads so far), "
    "or the level now for level goals ('churn to 3%').",
)
@click.option(
    "--start",
    metavar="YYYY-MM-DD",
    help="Where the pace begins [default: the goal's start, else the start of the "
    "deadline's period or month].",
)
@click.option(
    "--on",
    "on",
    metavar="YYYY-MM-DD",
    help="The day --current was counted, that day included [default: --today].",
)
@click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="Reference date for reading the deadline [default: --on, else today].",
)
@click.option(
    "--baseline",
    metavar="N",
    help="Starting level, for level goals ('NPS to 50', 'churn down 20%').",
)
@click.option(
    "--lang",
    metavar="auto|nl|en",
    default="auto",
    show_default=True,
    help="Language of the goal; auto detects it.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people; json for scripts.",
)
def track(
    goal: str,
    current: str,
    start: str | None,
    on: str | None,
    today: str | None,
    baseline: str | None,
    lang: str,
    fmt: str,
) -> None:
    """Say whether GOAL is on schedule, given the value reached so far.

    A straight line from the start to the deadline says what you should have by --on
    (expected), where the current pace ends (projected) and what it takes per day from now on.

    \b
    Example (the seed's October case: behind, re-evaluate):
      smartgoal track "Verkrijg 40 leads tegen 31 oktober 2027" --current 10 --on 2027-10-15

    Exit code 0 when on track, ahead or done; 1 when behind or overdue; 2 on usage errors.
    """
    from .options import parse_lang

    value = parse_number("--current", current)
    base = parse_number("--baseline", baseline) if baseline is not None else None
    start_day = _date_option("--start", start)
    on_day = _date_option("--on", on)
    today_day = _date_option("--today", today) or on_day or dt.date.today()
    on_day = on_day or today_day
    lang_code = parse_lang(lang)

    from . import analyze
    from .progress import assess_progress

    report = analyze(goal, today=today_day, lang=lang_code)
    say = _Say(report.lang)
    plan = make_plan(
        report.frame, baseline=base, start=start_day, on=on_day, today=today_day, say=say
    )
    progress = assess_progress(
        plan.target, value, plan.start, plan.deadline, on_day, baseline=plan.baseline
    )
    text = message(progress, plan, report.frame, say)
    if fmt == "json":
        payload = to_json(goal, report.lang, progress, plan, report.frame, text, today_day)
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        mark = "✓" if progress.status in GOOD_STATUSES else "✗"
        click.echo(f"{goal}  [{report.lang}]")
        click.echo(f"  {mark} {text}")
    raise SystemExit(EXIT_OK if progress.status in GOOD_STATUSES else EXIT_FINDINGS)
