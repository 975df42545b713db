"""The finding codes: stable identifiers, the criterion each one reports, a short English name.

Like ruff's rule codes, a code never changes meaning once released; ``docs/rules.md`` explains
each one (what it checks, why it matters, an example, the fix). The messages people read are in
the goal's language and come from the engine (SG101–SG105) or ``models/<lang>/documents.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str  # kebab-case, as in SARIF and --statistics
    criterion: str  # the SMART criterion it reports
    summary: str  # one line, English (tool metadata, like the CLI's own texts)
    per_goal: bool = True  # a verdict of the engine on one goal (fail-on applies)


RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule("SG101", "not-specific", "specific", "Goal is not specific"),
        Rule("SG102", "not-measurable", "measurable", "Goal is not measurable"),
        Rule("SG103", "not-achievable", "achievable", "Goal is not achievable given its history"),
        Rule("SG104", "not-relevant", "relevant", "Goal is not relevant"),
        Rule("SG105", "no-deadline", "time_bound", "Goal has no deadline"),
        Rule(
            "SG106",
            "unfilled-placeholder",
            "measurable",
            "Goal has an unfilled placeholder",
            per_goal=False,
        ),
        Rule(
            "SG107",
            "child-deadline-after-parent",
            "time_bound",
            "Sub-goal's deadline is after its parent goal's",
            per_goal=False,
        ),
        Rule(
            "SG108",
            "child-not-relevant",
            "relevant",
            "Sub-goal's metric does not evidently serve its parent goal's",
            per_goal=False,
        ),
        Rule(
            "SG109",
            "children-do-not-add-up",
            "achievable",
            "Sub-goals' targets cannot add up to the parent goal's target",
            per_goal=False,
        ),
        Rule(
            "SG110",
            "behind-schedule",
            "time_bound",
            "Goal is behind schedule or overdue according to its progress note",
            per_goal=False,
        ),
    )
}

#: Criterion → the per-goal code that reports it, in S-M-A-R-T order.
CRITERION_CODES = {r.criterion: r.code for r in RULES.values() if r.per_goal}
CRITERIA = tuple(CRITERION_CODES)

_CODE = re.compile(r"^SG\d{0,3}$")


def expand_codes(selectors: Iterable[str]) -> frozenset[str]:
    """'SG1', 'SG105', 'ALL' → the codes they cover; ValueError for one that covers nothing."""
    out: set[str] = set()
    for raw in selectors:
        sel = raw.strip().upper()
        if sel == "ALL":
            out.update(RULES)
            continue
        hits = [c for c in RULES if _CODE.match(sel) and c.startswith(sel)]
        if not hits:
            raise ValueError(f"unknown code {raw!r} (known: {', '.join(RULES)})")
        out.update(hits)
    return frozenset(out)
