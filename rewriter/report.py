"""The report for one goal: the JSON contract and the human-readable text.

``GoalReport.to_dict()`` is exactly ``shared/contract/goal-report.schema.json`` — the fields users
script against — plus a few added fields (``action``, ``purpose``, ``today``). The contract may
only grow: never rename or drop a field here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .assess import CRITERIA, Criterion
from .frame import GoalFrame
from .langdata import read_json


@dataclass(slots=True)
class GoalReport:
    """Verdicts, extracted pieces and the rewrite for one goal."""

    text: str
    lang: str
    criteria: dict[str, Criterion]
    frame: GoalFrame
    rewrite: str
    today: dt.date

    @property
    def missing(self) -> list[str]:
        """Criteria judged not met (``None`` = cannot judge is not missing), in S-M-A-R-T order."""
        return [name for name in CRITERIA if self.criteria[name].met is False]

    @property
    def score(self) -> int:
        return sum(1 for c in self.criteria.values() if c.met is True)

    @property
    def smt_met(self) -> bool:
        """Specific, measurable and time-bound: what a goal must be on its own."""
        c = self.criteria
        return bool(c["specific"].met and c["measurable"].met and c["time_bound"].met)

    def to_dict(self) -> dict[str, Any]:
        f = self.frame
        return {
            "text": self.text,
            "lang": self.lang,
            "criteria": {name: self.criteria[name].to_dict() for name in CRITERIA},
            "missing": self.missing,
            "score": self.score,
            "target": f.target.to_dict() if f.target else None,
            "baseline": f.baseline.to_dict() if f.baseline else None,
            "metric": f.metric.to_dict() if f.metric else None,
            "channels": [c.to_dict() for c in f.channels],
            "deadline": f.deadline.to_dict() if f.deadline else None,
            "rewrite": self.rewrite,
            "action": f.action.to_dict() if f.action else None,
            "purpose": f.purpose.to_dict() if f.purpose else None,
            "today": self.today.isoformat(),
        }


_MARKS = {True: ("✓", "green"), False: ("✗", "red"), None: ("?", "yellow")}


def render_text(report: GoalReport, color: bool = False) -> str:
    """The human format: one line per criterion, then the rewrite."""
    msgs = read_json(report.lang, "messages")
    names = msgs["criteria"]
    width = max(len(n) for n in names.values())

    def paint(s: str, fg: str, bold: bool = False) -> str:
        if not color:
            return s
        import click

        return click.style(s, fg=fg, bold=bold)

    lines = [paint(report.text, "white", bold=True) + f"  [{report.lang}]"]
    for name in CRITERIA:
        c = report.criteria[name]
        mark, fg = _MARKS[c.met]
        lines.append(f"  {paint(mark, fg)} {names[name]:<{width}}  {c.reason}")
    label = msgs["text"]["rewrite"]
    if report.rewrite != report.text:
        lines.append(f"  → {label}: {paint(report.rewrite, 'cyan', bold=True)}")
    elif report.smt_met:
        lines.append(f"  → {paint(msgs['text']['all_met'], 'green')}")
    return "\n".join(lines)
