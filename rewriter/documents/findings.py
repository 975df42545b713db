"""From the engine's verdicts on the goals of a document to findings with stable codes.

One finding per criterion a goal misses (SG101–SG105, with the engine's own reason, in the
goal's language), one per placeholder still in the goal (SG106, and the criteria that placeholder
stands in for are not reported twice), the goal-tree findings (SG107–SG109) and the progress
finding (SG110). Whether a finding fails the run is its severity: per-goal verdicts are errors
for the criteria in ``fail-on`` (default S, M, T) and warnings otherwise; document findings are
errors. ``select``/``ignore``, ``per-file-ignores`` and suppression comments decide which
findings are reported at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..dates import format_date
from ..numbers import format_number
from .notes import track
from .rules import CRITERIA, CRITERION_CODES, RULES
from .tree import Node, TreeFinding, check_tree
from .vocabulary import messages

if TYPE_CHECKING:
    from ..progress import Progress
    from ..report import GoalReport
    from .sites import GoalSite

Severity = Literal["error", "warning"]

#: The criteria a placeholder stands in for: '[aantal]' means the goal is not yet measurable
#: (nor specific); '[datum]' that it has no deadline yet.
PLACEHOLDER_COVERS: dict[str, tuple[str, ...]] = {
    "target": ("specific", "measurable"),
    "metric": ("specific", "measurable"),
    "channel": ("specific",),
    "deadline": ("time_bound",),
}
PLACEHOLDER_CRITERION = {
    "target": "measurable",
    "metric": "specific",
    "channel": "specific",
    "deadline": "time_bound",
}
#: Codes a rewrite addresses: a goal with one of these is what --fix rewrites.
FIXED_BY_REWRITE = frozenset({"SG101", "SG102", "SG105"})


@dataclass(slots=True)
class Finding:
    """One reported problem, at a 1-based line and column of a file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    criterion: str
    message: str
    severity: Severity
    goal: str
    lang: str
    rewrite: str
    fixable: bool = False
    parent_line: int | None = None
    progress: dict[str, Any] | None = None
    replacement: str | None = None  # what --fix writes over the goal's span, when fixable
    # words of the goal its rewrite would drop: then the fix is unsafe (--unsafe-fixes applies it)
    dropped: tuple[str, ...] = ()
    goal_index: int = field(default=-1, repr=False)

    @property
    def name(self) -> str:
        return RULES[self.code].name

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "criterion": self.criterion,
            "severity": self.severity,
            "message": self.message,
            "goal": self.goal,
            "lang": self.lang,
            "rewrite": self.rewrite,
            "fixable": self.fixable,
            "unsafe_fix": bool(self.dropped),
            "dropped": list(self.dropped),
            "parent_line": self.parent_line,
            "progress": self.progress,
        }


@dataclass(frozen=True, slots=True)
class Policy:
    """What is reported and what fails, for one file."""

    enabled: frozenset[str]  # codes reported (after select/ignore/per-file-ignores)
    fail_on: frozenset[str]  # criteria whose per-goal findings are errors
    today: dt.date
    progress_start: dt.date | None = None


def severity(code: str, criterion: str, fail_on: Collection[str]) -> Severity:
    if RULES[code].per_goal and criterion not in fail_on:
        return "warning"
    return "error"


def _fmt(value: float, lang: str) -> str:
    return format_number(round(value, 1), lang)


def goal_findings(
    path: str, sites: Sequence[GoalSite], reports: Sequence[GoalReport], policy: Policy
) -> list[Finding]:
    """Every finding of one document (before suppression comments)."""
    out: list[Finding] = []

    def add(
        i: int,
        code: str,
        criterion: str,
        message: str,
        *,
        column: int | None = None,
        **extra: Any,
    ) -> None:
        if code not in policy.enabled:
            return
        site, rep = sites[i], reports[i]
        out.append(
            Finding(
                path=path,
                line=site.line,
                column=column or site.column,
                end_line=site.end_line,
                end_column=site.end_column,
                code=code,
                criterion=criterion,
                message=message,
                severity=severity(code, criterion, policy.fail_on),
                goal=site.plain,
                lang=rep.lang,
                rewrite=rep.rewrite,
                goal_index=i,
                **extra,
            )
        )

    for i, (site, rep) in enumerate(zip(sites, reports, strict=True)):
        msgs = messages(rep.lang)
        placeholders = rep.frame.placeholders
        covered = {c for slot in placeholders for c in PLACEHOLDER_COVERS.get(slot, ("specific",))}
        for name in CRITERIA:
            if rep.criteria[name].met is False and name not in covered:
                add(i, CRITERION_CODES[name], name, rep.criteria[name].reason)
        for slot, span in sorted(placeholders.items(), key=lambda kv: kv[1].start):
            column = _column_of(site, span.text, span.start)
            add(
                i,
                "SG106",
                PLACEHOLDER_CRITERION.get(slot, "specific"),
                msgs["SG106"].format(placeholder=span.text),
                column=column,
            )
        if site.note is not None:
            progress = track(rep, site.note, policy.today, policy.progress_start)
            if progress is not None and progress.status in ("behind", "overdue"):
                add(
                    i,
                    "SG110",
                    "time_bound",
                    _progress_message(progress, rep.lang),
                    progress=progress.to_dict(),
                )

    nodes = [Node(s.line, s.parent, r) for s, r in zip(sites, reports, strict=True)]
    for tf in check_tree(nodes):
        add(
            tf.node,
            tf.code,
            RULES[tf.code].criterion,
            _tree_message(tf, reports[tf.node]),
            parent_line=tf.values.get("parent_line"),
        )  # type: ignore[arg-type]
    out.sort(key=lambda f: (f.line, f.column, f.code))
    return out


def _column_of(site: GoalSite, text: str, plain_offset: int) -> int:
    """Column of a piece of the analysed text in the source line (same line only)."""
    pos = site.raw.find(text) if site.markup else plain_offset
    if pos < 0 or "\n" in site.raw[:pos] or site.raw[pos : pos + len(text)] != text:
        return site.column
    return site.column + pos


def _progress_message(p: Progress, lang: str) -> str:
    msgs = messages(lang)
    key = "SG110_overdue" if p.status == "overdue" else "SG110_behind"
    return msgs[key].format(
        current=_fmt(p.current, lang),
        target=_fmt(p.target, lang),
        expected=_fmt(p.expected, lang),
        projected=_fmt(p.projected, lang),
        needed=_fmt(abs(p.needed_per_day), lang),
        on=format_date(p.on, lang),
        deadline=format_date(p.deadline, lang),
    )


def _tree_message(tf: TreeFinding, rep: GoalReport) -> str:
    lang = rep.lang
    values = dict(tf.values)
    for key, value in values.items():
        if isinstance(value, dt.date):
            values[key] = format_date(value, lang)
        elif isinstance(value, float):
            values[key] = _fmt(value, lang)
    if tf.code == "SG109" and rep.frame.target is not None:
        values["target"] = rep.frame.target.text
    return messages(lang)[tf.code].format(**values)
