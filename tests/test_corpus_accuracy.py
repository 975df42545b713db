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
