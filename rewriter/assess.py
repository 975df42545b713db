"""Judging a goal: one verdict per SMART letter, with a reason a person can act on.

Pure functions from a ``GoalFrame`` and a ``Context`` to ``Criterion`` objects — no NLP here.
The rules, stated once (corpus/GUIDELINES.md is the long form):

- **specific**: the goal names what it is about and how much — or where it comes from, or a
  concrete deliverable — without vague words standing in for a number.
- **measurable**: there is a target number (or a multiplier such as 'verdubbel').
- **achievable**: with history, the implied level is within the rule (rewriter/history.py);
  without history it cannot be judged (``None``).
- **relevant**: a purpose clause says what the goal serves; without one, ``None``. (The document
  mode can also judge it from the goal tree.)
- **time_bound**: there is a deadline that resolves to a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import format_date
from .frame import GoalFrame
from .history import AchievableRule, judge, propose
from .langdata import metric_info, read_json
from .lexicon import lexicon
from .numbers import format_number
from .values import TextSpan

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass(frozen=True, slots=True)
class Context:
    """What the goal alone does not say: the reference date, history, the achievable rule."""

    today: dt.date
    history: tuple[float, ...] | None = None
    rule: AchievableRule = field(default_factory=AchievableRule)


@dataclass(slots=True)
class Criterion:
    """One SMART verdict: met (True/False/None = cannot tell), why, and the spans that decided.

    Read-only by convention, not ``frozen``: five are built per goal (see rewriter/values.py).
    """

    met: bool | None
    reason: str
    evidence: tuple[TextSpan, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "met": self.met,
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def _fmt(value: float, lang: str) -> str:
    return format_number(round(value, 2), lang)


def assess(frame: GoalFrame, ctx: Context) -> dict[str, Criterion]:
    """All five criteria, in S-M-A-R-T order."""
    msgs = read_json(frame.lang, "messages")
    return {
        "specific": specific(frame, msgs),
        "measurable": measurable(frame, msgs),
        "achievable": achievable(frame, ctx, msgs),
        "relevant": relevant(frame, msgs),
        "time_bound": time_bound(frame, msgs),
    }


def _metric_words(frame: GoalFrame) -> str:
    """The metric as worded in the goal, ready to quote mid-sentence ('nieuwe leads')."""
    if frame.metric_phrase is not None:
        text = frame.metric_phrase.text
    elif frame.metric is not None:
        text = frame.metric.text
    else:
        return ""
    words = text.split()
    determiners = lexicon(frame.lang).determiners
    while len(words) > 1 and words[0].lower() in determiners:
        words = words[1:]  # "40 the open rate" reads badly in a message
    text = " ".join(words)
    if words and words[0][:1].isupper() and words[0][1:].islower():
        text = text[:1].lower() + text[1:]
    return text


def _what(frame: GoalFrame, msgs: dict) -> str:
    """How a message names what the goal is about: its metric, its object, or 'what you want'."""
    metric = _metric_words(frame)
    if metric:
        return metric
    if frame.object_words:
        return " ".join(w.text for w in frame.object_words)
    return str(msgs["what"])


def specific(frame: GoalFrame, msgs: dict) -> Criterion:
    m = msgs["specific"]
    metric = _metric_words(frame)
    if frame.target is not None:
        if frame.metric is not None:
            ev: tuple[TextSpan, ...] = (_ts(frame.metric), _ts(frame.target))
            return Criterion(
                True, m["met_target"].format(metric=metric, target=frame.target.text), ev
            )
        return Criterion(
            False, m["target_without_metric"].format(target=frame.target.text), (_ts(frame.target),)
        )
    if frame.vague:
        v = frame.vague[0]
        what = metric or _what(frame, msgs)
        return Criterion(False, m["vague"].format(vague=v.text, metric_or_what=what), frame.vague)
    if frame.metric is not None and frame.channels:
        channel = ", ".join(c.text for c in frame.channels)
        ev = (_ts(frame.metric), *(_ts(c) for c in frame.channels))
        return Criterion(True, m["met_channel"].format(metric=metric, channel=channel), ev)
    if frame.is_deliverable and frame.action is not None:
        obj = " ".join(w.text for w in frame.object_words)
        text = m["met_deliverable"].format(action=frame.action.text, object=obj)
        return Criterion(True, text, (_ts(frame.action), *frame.object_words))
    if frame.metric is None:
        return Criterion(False, m["no_metric"], ())
    return Criterion(False, m["no_number_or_channel"].format(metric=metric), (_ts(frame.metric),))


def measurable(frame: GoalFrame, msgs: dict) -> Criterion:
    m = msgs["measurable"]
    if frame.target is not None:
        key = "met_multiplier" if frame.target.kind == "multiplier" else "met"
        return Criterion(True, m[key].format(target=frame.target.text), (_ts(frame.target),))
    ph = frame.placeholders.get("target")
    if ph is not None:
        return Criterion(False, m["placeholder"].format(placeholder=ph.text), (ph,))
    return Criterion(False, m["missing"].format(metric_or_what=_what(frame, msgs)), ())


def time_bound(frame: GoalFrame, msgs: dict) -> Criterion:
    m = msgs["time_bound"]
    if frame.deadline is not None:
        d = frame.deadline
        text = m["met"].format(date=format_date(d.date, frame.lang), deadline=d.text)
        return Criterion(True, text, (_ts(d),))
    ph = frame.placeholders.get("deadline")
    if ph is not None:
        return Criterion(False, m["placeholder"].format(placeholder=ph.text), (ph,))
    if frame.not_deadlines:
        nd = frame.not_deadlines[0]
        return Criterion(False, m["not_a_deadline"].format(phrase=nd.text), (nd,))
    if frame.start is not None:
        return Criterion(
            False, m["start_only"].format(phrase=frame.start.text), (_ts(frame.start),)
        )
    return Criterion(False, m["missing"], ())


def achievable(frame: GoalFrame, ctx: Context, msgs: dict) -> Criterion:
    m = msgs["achievable"]
    if not ctx.history:
        return Criterion(None, m["no_history"], ())
    direction = metric_info(frame.metric.key).direction if frame.metric else "up"
    if frame.target is None:
        best = min(ctx.history) if direction == "down" else max(ctx.history)
        proposal = propose(ctx.history, direction, ctx.rule)
        text = m["no_target"].format(
            best=_fmt(best, frame.lang), proposal=_fmt(proposal, frame.lang)
        )
        return Criterion(None, text, ())
    j = judge(frame.target, frame.target_role, ctx.history, direction, ctx.rule)
    key = ("met_" if j.met else "missed_") + ("down" if direction == "down" else "up")
    text = m[key].format(
        level=_fmt(j.level, frame.lang),
        ratio=_fmt(round(j.ratio, 1), frame.lang),
        best=_fmt(j.best, frame.lang),
        stretch=_fmt(ctx.rule.stretch, frame.lang),
        limit=_fmt(j.limit, frame.lang),
        proposal=_fmt(j.proposal, frame.lang),
    )
    return Criterion(j.met, text, (_ts(frame.target),))


def relevant(frame: GoalFrame, msgs: dict) -> Criterion:
    m = msgs["relevant"]
    if frame.purpose is not None:
        return Criterion(True, m["met"].format(purpose=frame.purpose.text), (frame.purpose,))
    return Criterion(None, m["unknown"], ())


def _ts(obj: object) -> TextSpan:
    return TextSpan(obj.text, obj.start, obj.end)  # type: ignore[attr-defined]
