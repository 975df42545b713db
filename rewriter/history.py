"""The achievable rule: what your own history says a goal can reach.

The seed article's rule of thumb: look at what you achieved before. With 30 and 32 leads in the
last two months, 100 is unrealistic and 40 is achievable. We make that explicit: the level a goal
implies may be at most ``stretch`` × your best period (for metrics where lower is better: at
least your best ÷ ``stretch``). A proposal for a goal without a number is ``growth`` × your best,
rounded to a number people write. Both factors are options (``--stretch``, ``--growth``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .values import Quantity


@dataclass(frozen=True, slots=True)
class AchievableRule:
    stretch: float = 1.5  # at most 1.5 × the recent best: 32 → 48, so 40 passes and 100 fails
    growth: float = 1.25  # a proposal is 1.25 × the recent best: 32 → 40, the seed's own number

    def __post_init__(self) -> None:
        if not self.stretch > 1 or not self.growth > 1 or self.growth > self.stretch:
            raise ValueError("need 1 < growth <= stretch")


@dataclass(frozen=True, slots=True)
class Judgement:
    met: bool
    level: float  # the level the goal implies
    best: float  # the best period in history
    limit: float  # the furthest level the rule allows
    ratio: float  # how far the level is from the best (≥ 1 means beyond it)
    proposal: float


def implied_level(target: Quantity, role: str, history: tuple[float, ...], direction: str) -> float:
    """The level a goal aims at. 'by 20%' on a last value of 100 is 120; '40 leads' is 40."""
    last = history[-1]
    sign = -1.0 if direction == "down" else 1.0
    if target.kind == "multiplier":
        return last * target.value
    if role == "delta":
        if target.kind == "percent":
            return last * (1 + sign * target.value / 100)
        return last + sign * target.value
    return target.value


def nice(value: float) -> float:
    """A number people write: 40, 45, 130, 1300, 25000 — two significant digits above 100."""
    if value <= 0:
        return value
    if value < 10:
        return round(value, 1)
    if value < 100:
        return float(round(value))
    step = 10 ** (int(math.log10(value)) - 1)
    return float(round(value / step) * step)


def propose(history: tuple[float, ...], direction: str, rule: AchievableRule) -> float:
    """A target above the recent best and within the rule (32 → 40)."""
    if direction == "down":
        return nice(min(history) / rule.growth)
    return nice(max(history) * rule.growth)


def judge(
    target: Quantity, role: str, history: tuple[float, ...], direction: str, rule: AchievableRule
) -> Judgement:
    level = implied_level(target, role, history, direction)
    if direction == "down":
        best = min(history)
        limit = best / rule.stretch
        met = level >= limit - 1e-9
        ratio = best / level if level > 0 else math.inf
    else:
        best = max(history)
        limit = best * rule.stretch
        met = level <= limit + 1e-9
        ratio = level / best if best > 0 else math.inf
    return Judgement(met, level, best, limit, ratio, propose(history, direction, rule))
