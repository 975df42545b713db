"""Accuracy on corpus/ must not drop below the committed floors (corpus/floors.json).

The report is measured here, printed (run pytest with -s to see it) and compared field by field.
Floors only ever go up; lowering one to make this pass is not allowed.
"""

from __future__ import annotations

import json

from rewriter.evaluate import (
    below_floors,
    corpus_dir,
    floors_path,
    load_corpus,
    report_table,
    score,
)

from .conftest import TODAY


def test_corpus_size_and_balance() -> None:
    rows = load_corpus()
    langs = [r["lang"] for r in rows]
    assert len(rows) >= 300
    assert langs.count("nl") >= 150 and langs.count("en") >= 150
    assert len({r["text"] for r in rows}) == len(rows), "corpus texts are unique"


def test_accuracy_meets_floors() -> None:
    scores = score(load_corpus())
    print("\n" + report_table(scores))
    floors = json.loads(floors_path().read_text(encoding="utf-8"))
    assert not below_floors(scores, floors)


def test_heldout_accuracy_meets_its_floors() -> None:
    heldout = corpus_dir() / "heldout"
    scores = score(load_corpus(heldout))
    print("\n" + report_table(scores))
    floors = json.loads((heldout / "floors.json").read_text(encoding="utf-8"))
    assert not below_floors(scores, floors)


def test_check_uses_the_floors_next_to_the_corpus_it_scores(capsys) -> None:
    from rewriter.evaluate import main

    heldout = corpus_dir() / "heldout"
    assert floors_path(heldout) == heldout / "floors.json"
    assert floors_path(None) == corpus_dir() / "floors.json"
    assert main([str(heldout), "--check"]) == 0
    assert "BELOW FLOOR" not in capsys.readouterr().err


def test_a_deliverables_rewrite_is_scored_on_s_and_t_and_a_counted_goals_on_s_m_t(
    tmp_path,
) -> None:
    """A deliverable cannot be made measurable by a number; a counted goal must be."""

    def row(i: int, text: str, specific: bool, measurable: bool, metric: str | None) -> dict:
        expect = {
            "specific": specific, "measurable": measurable, "time_bound": False,
            "achievable": None, "relevant": None, "target": None, "baseline": None,
            "metric": metric, "channels": [], "deadline": None,
        }  # fmt: skip
        return {"id": f"nl-{i}", "text": text, "lang": "nl", "today": TODAY, "expect": expect}

    deliverable = row(1, "Lanceer de nieuwe webshop", True, False, None)
    assert score([deliverable]).accuracy("rewrite_smt") == 1.0
    # the same sentence labelled as a counted goal must become measurable, and does not
    counted = row(2, "Lanceer de nieuwe webshop", True, False, "webshops")
    assert score([counted]).accuracy("rewrite_smt") == 0.0
