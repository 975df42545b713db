"""bench.turns times several ways on the same chunks in turn. No timing is asserted here: this
checks that every way meets every chunk each round, that none always goes first, and that the
best time per chunk is what is summed."""

from __future__ import annotations

import itertools

import pytest

from bench import turns


def test_every_way_meets_every_chunk_and_the_order_rotates() -> None:
    calls: list[tuple[str, int]] = []
    ways = {name: (lambda chunk, name=name: calls.append((name, chunk))) for name in "abc"}
    result = turns.in_turn(ways, [0, 1, 2, 3], rounds=3)
    assert set(result) == {"a", "b", "c"}
    assert sorted(calls) == sorted((n, c) for n in "abc" for c in range(4) for _ in range(3))
    firsts = {calls[i][0] for i in range(0, len(calls), 3)}
    assert firsts == {"a", "b", "c"}


def test_the_best_time_per_chunk_is_summed(monkeypatch: pytest.MonkeyPatch) -> None:
    # every chunk takes 5 s, then 2 s, then 3 s: the best (2 s) counts, not the first or the last
    durations = itertools.chain([5.0] * 4, [2.0] * 4, [3.0] * 4)
    now = [0.0]

    def clock() -> float:
        return now[0]

    def work(chunk: int) -> None:
        now[0] += next(durations)

    monkeypatch.setattr(turns.time, "perf_counter", clock)
    monkeypatch.setattr(turns.time, "process_time", clock)
    result = turns.in_turn({"a": work, "b": work}, [0, 1], rounds=3)
    assert result == {"a": (4.0, 4.0), "b": (4.0, 4.0)}
