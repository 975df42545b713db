"""The benchmark's goal generator: same seed, same goals; distinct; both languages; no corpus
sentence. No timing here — speed is measured by ``python -m bench.run``, not by tests."""

from __future__ import annotations

import json
from pathlib import Path

from bench.goals import generate, iter_goals

ROOT = Path(__file__).resolve().parent.parent


def test_same_seed_same_goals_and_other_seed_other_goals() -> None:
    a = generate(2000, seed=7)
    assert a == generate(2000, seed=7)
    assert [g.text for g in a] != [g.text for g in generate(2000, seed=8)]


def test_ten_thousand_distinct_goals_half_dutch_half_english() -> None:
    goals = generate(10_000, seed=1)
    texts = [g.text for g in goals]
    assert len(set(texts)) == 10_000
    assert sum(g.lang == "nl" for g in goals) == 5_000
    assert all(t == t.strip() and "\n" not in t and "  " not in t for t in texts)
    assert {g.family for g in goals} >= {"count", "baseline", "vague", "sla", "rate", "date_first"}


def test_a_prefix_is_the_smaller_run() -> None:
    # growing -n must not reshuffle: 1,000 goals are the first 1,000 of 5,000
    assert generate(1000, seed=3) == generate(5000, seed=3)[:1000]
    first = next(iter_goals(3))
    assert first == generate(1, seed=3)[0]


def test_no_goal_is_a_corpus_sentence() -> None:
    # short generic goals ('Meer omzet', 'Get more leads') may coincide by nature; a goal of
    # five words or more that equals a labelled sentence would mean the corpus was copied
    corpus = set()
    for path in (ROOT / "corpus").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                corpus.add(json.loads(line)["text"].rstrip(".").lower())
    generated = {
        g.text.rstrip(".!").lower() for g in generate(10_000, seed=1) if len(g.text.split()) >= 5
    }
    assert not generated & corpus
