"""Progress notes on goal lines: parsed, paced with rewriter.progress, reported as SG110."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rewriter.documents.notes import parse_amount, split_note
from rewriter.documents.vocabulary import vocabulary
from tests.test_documents_support import lint


@pytest.mark.parametrize(
    ("text", "value"), [("10", 10), ("1.000", 1000), ("1,000", 1000), ("2,5", 2.5), ("2.5", 2.5)]
)
def test_amounts(text: str, value: float) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize(
    "goal", ["(10/40)", "voortgang: 10", "(progress: 10)", "alleen een notitie: 10/40"]
)
def test_a_note_alone_is_not_a_goal_with_a_note(goal: str) -> None:
    cut, note = split_note(goal, vocabulary().progress)
    assert note is None or goal[:cut].strip()


def progress(tmp_path: Path, line: str, *args: str) -> list[dict]:
    doc = tmp_path / "plan.md"
    doc.write_text(f"## Doelen\n\n- {line}\n", encoding="utf-8")
    return json.loads(lint(doc, "--format", "json", *args).out)


def test_seed_case_in_a_document(tmp_path: Path) -> None:
    found = progress(tmp_path, "Verkrijg 40 leads in oktober 2026 (10/40)", "--today", "2026-10-15")
    assert [f["code"] for f in found] == ["SG110"]
    p = found[0]["progress"]
    assert p["status"] == "behind" and p["start"] == "2026-10-01" and p["deadline"] == "2026-10-31"
    assert (p["expected"], p["projected"], p["needed_per_day"]) == (18.6667, 21.4286, 1.875)
    assert found[0]["message"].startswith("Achter op schema: 10 van 40 op 15 oktober 2026")


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("voortgang: 10", True),  # 10 of 40 with 27 of 29 November days gone
        ("(voortgang: 39)", False),  # on track
        ("(stand: 100%)", False),  # done
        ("(25/40)", True),
    ],
)
def test_notes_in_november(tmp_path: Path, note: str, flagged: bool) -> None:
    found = progress(tmp_path, f"Verkrijg 40 leads in november 2026, {note}")
    assert bool(found) is flagged


def test_overdue_is_reported_even_without_a_start(tmp_path: Path) -> None:
    found = progress(tmp_path, "Get 40 leads by October 31, 2026 (10/40)")
    assert [f["progress"]["status"] for f in found] == ["overdue"]
    assert "The deadline (October 31, 2026) has passed with 10 of 40" in found[0]["message"]


def test_a_plain_date_needs_a_start_from_the_goal_or_the_config(tmp_path: Path) -> None:
    line = "Verkrijg 40 leads tegen 31 december 2026 (10/40)"
    assert progress(tmp_path, line) == []  # no start: the pace cannot be told
    (tmp_path / ".smartgoal.toml").write_text("progress-start = 2026-11-01\n")
    found = progress(tmp_path, line)
    assert [f["progress"]["status"] for f in found] == ["behind"]
    assert found[0]["progress"]["expected"] == pytest.approx(40 * 27 / 60, abs=1e-3)
    (tmp_path / ".smartgoal.toml").unlink()
    own = progress(
        tmp_path, "Verkrijg 40 leads vanaf 1 november 2026 tegen 31 december 2026 (10/40)"
    )
    assert [f["progress"]["start"] for f in own] == ["2026-11-01"]


def test_the_note_stays_out_of_the_analysed_goal(tmp_path: Path) -> None:
    found = progress(tmp_path, "Meer leads (10/40)")
    assert {f["goal"] for f in found} == {"Meer leads"}
    assert "SG110" not in {f["code"] for f in found}  # no deadline: nothing to pace against
