"""Several ways of doing the same work, timed in turn on the same chunks: the best per chunk counts.

Why one helper: a shared VM's load changes from minute to minute, so two measures taken minutes
apart cannot be compared to 10%. ``bench.run`` (tokenizer floors against smartgoal),
``bench.staged`` (staged components against one goal at a time) and ``bench.ab`` (another
commit's engine against the working tree) all time their ways back to back on each chunk, round
after round, with the order of the ways rotated per chunk and round so none always goes first,
and keep the best wall and CPU time per chunk and way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

Chunk = TypeVar("Chunk")


def in_turn(
    ways: Mapping[str, Callable[[Chunk], object]], chunks: Sequence[Chunk], rounds: int
) -> dict[str, tuple[float, float]]:
    """(wall, cpu) seconds per way: the best time per chunk, summed over the chunks."""
    names = list(ways)
    best: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for r in range(rounds):
        for c, chunk in enumerate(chunks):
            shift = (r + c) % len(names)
            for name in names[shift:] + names[:shift]:
                w0, c0 = time.perf_counter(), time.process_time()
                ways[name](chunk)
                took = (time.perf_counter() - w0, time.process_time() - c0)
                if r == 0:
                    best[name].append(took)
                else:
                    old = best[name][c]
                    best[name][c] = (min(old[0], took[0]), min(old[1], took[1]))
    return {
        name: (sum(w for w, _ in times), sum(c for _, c in times)) for name, times in best.items()
    }
