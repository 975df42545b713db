"""Staged components against one-goal-at-a-time, in one process: ``python -m bench.staged``.

Why a separate script: the effect (11-28% of the batch time over five runs here) is smaller than the
run-to-run noise of a full ``bench.run`` on a shared VM, so two runs of ``bench.run`` cannot
show it. This script times both ways in the same process, alternating: the goals are cut into
chunks of 1,000, every round times each chunk once with the components' batched ``pipe`` and
once without it (spaCy then chains one generator per component), and the best time per chunk
over all rounds counts (``bench.turns``). Both ways run the same code on the same goals; only
the order in which the stages meet a goal differs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from .goals import generate
from .turns import in_turn

TODAY = "2026-11-28"


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

    def timed(switch: Callable[[], None]) -> Callable[[list[str]], None]:
        def run(chunk: list[str]) -> None:
            switch()
            for report in analyze_many_with(chunk, opts):
                report.to_dict()

        return run

    ways = {"one goal at a time": timed(one_at_a_time), "staged": timed(batched)}
    try:
        for run in ways.values():  # load the pipelines and warm the caches both ways
            run(texts[:1000])
        chunks = [texts[i : i + 1000] for i in range(0, len(texts), 1000)]
        seconds = {name: wall for name, (wall, _) in in_turn(ways, chunks, args.rounds).items()}
    finally:
        batched()
    base = seconds["one goal at a time"] / len(texts) * 1e6
    for name in ways:
        us = seconds[name] / len(texts) * 1e6
        print(f"{name:>20}: {us:6.1f} µs/goal  ({us / base:.2f}× the first)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
