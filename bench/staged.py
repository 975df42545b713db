"""Staged components against one-goal-at-a-time, in one process: ``python -m bench.staged``.

Why a separate script: the effect (11-28% of the batch time over five runs here) is smaller than the
run-to-run noise of a full ``bench.run`` on a shared VM, so two runs of ``bench.run`` cannot
show it. This script times both ways in the same process, alternating: the goals are cut into
chunks of 1,000, every round times each chunk once with the components' batched ``pipe`` and
once without it (spaCy then chains one generator per component), and the best time per chunk
over all rounds counts. Both ways run the same code on the same goals; only the order in which
the stages meet a goal differs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from .goals import generate

TODAY = "2026-11-28"


def _per_goal(best: dict[int, float], n: int) -> float:
    return sum(best.values()) / n * 1e6


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=8000, help="goals (default 8000)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=8)
    args = ap.parse_args(argv)

    from rewriter.api import analyze_many_with
    from rewriter.components import BatchedComponent
    from rewriter.options import make_options

    texts = [g.text for g in generate(args.n, args.seed)]
    opts = make_options(today=TODAY)
    batched_pipe = BatchedComponent.pipe

    def batched() -> None:
        BatchedComponent.pipe = batched_pipe  # type: ignore[method-assign]

    def one_at_a_time() -> None:
        if "pipe" in vars(BatchedComponent):
            del BatchedComponent.pipe

    ways: dict[str, Callable[[], None]] = {"one goal at a time": one_at_a_time, "staged": batched}
    best: dict[str, dict[int, float]] = {name: {} for name in ways}
    try:
        for switch in ways.values():  # load the pipelines and warm the caches both ways
            switch()
            for report in analyze_many_with(texts[:1000], opts):
                report.to_dict()
        for _ in range(args.rounds):
            for name, switch in ways.items():
                switch()
                for start in range(0, len(texts), 1000):
                    t0 = time.perf_counter()
                    for report in analyze_many_with(texts[start : start + 1000], opts):
                        report.to_dict()
                    took = time.perf_counter() - t0
                    best[name][start] = min(best[name].get(start, took), took)
    finally:
        batched()
    base = _per_goal(best["one goal at a time"], len(texts))
    for name in ways:
        us = _per_goal(best[name], len(texts))
        print(f"{name:>20}: {us:6.1f} µs/goal  ({us / base:.2f}× the first)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
