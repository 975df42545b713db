"""Goal trees in documents: sub-goal deadlines (SG107), relevance (SG108) and sums (SG109)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rewriter.documents.tree import metric_map
from tests.test_documents_support import DATA, lint


def findings(path: Path | str, *args: str) -> list[dict]:
    return json.loads(lint(path, "--format", "json", *args).out)


def test_dutch_tree_flags_late_unrelated_and_short_children_on_the_right_lines() -> None:
    found = findings(DATA / "doelenboom.md")
    assert [(f["line"], f["code"], f["parent_line"]) for f in found] == [
        (7, "SG108", 5),  # Organiseer 2 teamuitjes under an omzet goal
        (8, "SG107", 5),  # 30 november 2027 after 31 oktober 2027
        (10, "SG109", None),  # 30 + 20 leads cannot make 100
    ]
    by_line = {f["line"]: f for f in found}
    assert by_line[7]["message"].startswith("Niet aantoonbaar relevant: teamuitjes")
    assert "regel 5" in by_line[7]["message"] and by_line[7]["criterion"] == "relevant"
    assert "(30 november 2027)" in by_line[8]["message"] and "regel 5" in by_line[8]["message"]
    assert by_line[8]["criterion"] == "time_bound"
    assert "regel 11, 12" in by_line[10]["message"] and "tot 50" in by_line[10]["message"]
    # well-formed children (6, 11, 12, 14, 15), the child with a purpose clause (9) and the
    # parent whose children add up (13) get nothing
    assert {6, 9, 11, 12, 13, 14, 15}.isdisjoint(by_line)


def test_english_tree() -> None:
    found = findings(DATA / "goal-tree.md")
    assert [(f["line"], f["code"], f["parent_line"]) for f in found] == [
        (7, "SG108", 5),
        (8, "SG107", 5),
    ]
    assert found[0]["message"].startswith("Not evidently relevant:")
    assert "line 5" in found[1]["message"] and "(September 30, 2027)" in found[1]["message"]


def test_tree_findings_fail_the_run_and_can_be_ignored() -> None:
    assert lint(DATA / "goal-tree.md").code == 1
    assert lint(DATA / "goal-tree.md", "--ignore", "SG107,SG108").code == 0


def test_plain_text_trees_by_indentation(tmp_path: Path) -> None:
    doc = tmp_path / "doelen.txt"
    doc.write_text(
        "Doelen:\n"
        "- Verdien € 100.000 omzet tegen 31 oktober 2027\n"
        "    - Organiseer 2 teamuitjes voor 1 september 2027\n"
        "    - Verkrijg 40 nieuwe leads tegen 30 november 2027\n",
        encoding="utf-8",
    )
    assert [(f["line"], f["code"]) for f in findings(doc)] == [(3, "SG108"), (4, "SG107")]


def test_a_sub_goal_without_metric_or_deadline_gets_only_its_own_findings(tmp_path: Path) -> None:
    doc = tmp_path / "t.md"
    doc.write_text(
        "## Goals\n\n- Reach € 50,000 revenue by June 30, 2027\n  - Launch the webshop\n"
    )
    codes = {f["code"] for f in findings(doc)}
    assert not codes & {"SG107", "SG108", "SG109"}


@pytest.mark.parametrize(
    ("child", "parent", "serves"),
    [
        ("leads", "revenue", True),  # the seed: 40 leads serve € 100.000 omzet
        ("visitors", "leads", True),
        ("impressions", "profit", True),  # through the whole funnel
        ("followers", "traffic", True),
        ("subscribers", "leads", True),
        ("deals", "customers", True),  # same group
        ("arr", "revenue", True),
        ("cost_per_lead", "leads", True),
        ("revenue", "leads", False),  # downstream does not serve upstream
        ("employee_satisfaction", "revenue", False),
        ("teamuitjes", "revenue", False),  # unknown metric
    ],
)
def test_metric_map(child: str, parent: str, serves: bool) -> None:
    assert metric_map().serves(child, parent) is serves


def test_metric_map_uses_only_canonical_metric_keys() -> None:
    from rewriter.langdata import COMMON, entries, read_json

    keys = set(entries(read_json(COMMON, "metrics")))
    data = entries(read_json(COMMON, "metric_map"))
    used = {k for group in data["same"] for k in group} | set(data["feeds"]) | set(data["additive"])
    used |= {k for targets in data["feeds"].values() for k in targets}
    assert used <= keys, used - keys
