"""Goal trees: does each sub-goal serve its parent, in time and in what it counts?

The seed article's advice: split a big goal into smaller ones that serve it (40 leads serve
'€ 100.000 omzet'), with short-term deadlines inside the long-term one. In a document a nested
list item is a sub-goal of the item it is nested in, and three things are checked:

- SG107: the sub-goal's deadline is after its parent's;
- SG108: the sub-goal counts something that does not evidently serve what the parent counts —
  not the same metric, not in the same group, not upstream of it in the funnel of
  ``models/common/metric_map.json`` — and it states no purpose of its own ('om ... te ...');
- SG109: every sub-goal counts the parent's metric in the parent's unit, for a metric that adds
  up (leads, revenue, not a rate), and their targets together fall short of the parent's.

Nothing is said when a piece is missing (no deadline, no metric): the per-goal findings already
report that. Pure functions over the engine's reports — no text is read here.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..langdata import COMMON, entries, read_json

if TYPE_CHECKING:
    from ..report import GoalReport

_SUMMABLE_KINDS = ("count", "money")


@dataclass(frozen=True, slots=True)
class Node:
    """A goal in the tree: its first line, its parent's index, the engine's report."""

    line: int
    parent: int | None
    report: GoalReport


@dataclass(frozen=True, slots=True)
class TreeFinding:
    """One finding on ``node`` (index), with the values its message needs."""

    code: str
    node: int
    values: dict[str, object]


@dataclass(frozen=True, slots=True)
class MetricMap:
    groups: dict[str, frozenset[str]]
    feeds: dict[str, frozenset[str]]
    additive: frozenset[str]

    def serves(self, child: str, parent: str) -> bool:
        """Same metric, same group, or the parent is downstream of the child."""
        goal = self.groups.get(parent, frozenset({parent}))
        seen = {child}
        todo = deque([child])
        while todo:
            key = todo.popleft()
            if key in goal:
                return True
            for nxt in self.groups.get(key, frozenset()) | self.feeds.get(key, frozenset()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False


@cache
def metric_map() -> MetricMap:
    data = entries(read_json(COMMON, "metric_map"))
    groups: dict[str, frozenset[str]] = {}
    for group in data.get("same", []):
        members = frozenset(group)
        for key in group:
            groups[key] = groups.get(key, frozenset()) | members
    feeds = {k: frozenset(v) for k, v in data.get("feeds", {}).items()}
    return MetricMap(groups, feeds, frozenset(data.get("additive", [])))


def check_tree(nodes: Sequence[Node]) -> list[TreeFinding]:
    """All tree findings of one document, in node order."""
    found: list[TreeFinding] = []
    children: dict[int, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.parent is None:
            continue
        children.setdefault(node.parent, []).append(i)
        parent = nodes[node.parent]
        late = _late_deadline(node.report, parent.report)
        if late is not None:
            found.append(TreeFinding("SG107", i, {"parent_line": parent.line, **late}))
        if _unrelated(node.report, parent.report):
            found.append(
                TreeFinding(
                    "SG108",
                    i,
                    {
                        "parent_line": parent.line,
                        "child_metric": _metric_words(node.report),
                        "parent_metric": _metric_words(parent.report),
                    },
                )
            )
    for p, kids in children.items():
        short = _falls_short(nodes[p].report, [nodes[k].report for k in kids])
        if short is not None:
            lines = ", ".join(str(nodes[k].line) for k in kids)
            found.append(TreeFinding("SG109", p, {"child_lines": lines, **short}))
    found.sort(key=lambda f: (f.node, f.code))
    return found


def _late_deadline(child: GoalReport, parent: GoalReport) -> dict[str, dt.date] | None:
    cd, pd = child.frame.deadline, parent.frame.deadline
    if cd is None or pd is None or cd.date <= pd.date:
        return None
    return {"child_date": cd.date, "parent_date": pd.date}


def _unrelated(child: GoalReport, parent: GoalReport) -> bool:
    cm, pm = child.frame.metric, parent.frame.metric
    if cm is None or pm is None or child.frame.purpose is not None:
        return False
    return not metric_map().serves(cm.key, pm.key)


def _falls_short(parent: GoalReport, kids: list[GoalReport]) -> dict[str, float] | None:
    pf = parent.frame
    if pf.metric is None or pf.target is None or pf.target.kind not in _SUMMABLE_KINDS:
        return None
    if pf.metric.key not in metric_map().additive:
        return None
    total = 0.0
    for kid in kids:
        kf = kid.frame
        kt = kf.target
        if kf.metric is None or kf.metric.key != pf.metric.key or kt is None:
            return None
        if (kt.kind, kt.currency, kt.unit) != (pf.target.kind, pf.target.currency, pf.target.unit):
            return None
        total += kt.value
    if total >= pf.target.value:
        return None
    return {"total": total, "target": pf.target.value}


def _metric_words(report: GoalReport) -> str:
    f = report.frame
    if f.metric_phrase is not None:
        return f.metric_phrase.text
    return f.metric.text if f.metric is not None else ""
