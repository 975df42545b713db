"""Memory measurements that need a fresh process: ``python -m bench._child peak|flat ...``.

Why a child: the benchmark's own process has already loaded spaCy twice, dateparser and
quantulum3 and holds every text, so its max RSS says nothing about what one ``analyze_many``
batch costs a user. Each child loads only smartgoal, reads the goals from a file the parent
wrote (the same texts the parent timed), and prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from itertools import cycle, islice
from pathlib import Path
from typing import Any


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return None


def rss_mb() -> float:
    """Current resident set size (VmRSS), MB; what a flat-memory claim is about."""
    value = _status_mb("VmRSS")
    return float("nan") if value is None else value


def max_rss_mb() -> float:
    """Peak RSS of this process so far, MB.

    ``VmHWM``, not ``getrusage().ru_maxrss``: Linux carries the forked parent's high-water mark
    over ``exec`` into the child's ``ru_maxrss``, so a child started by the (large) benchmark
    process would report the parent's RSS, not its own.
    """
    value = _status_mb("VmHWM")
    if value is None:  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return value


def _read(path: str) -> list[str]:
    return [line for line in Path(path).read_text(encoding="utf-8").split("\n") if line]


def peak(path: str, today: str) -> dict[str, Any]:
    """Max RSS of one ``analyze_many`` batch over every goal in ``path`` (reports consumed and
    turned into dicts, none kept), next to the RSS after loading both pipelines."""
    import rewriter

    texts = _read(path)
    start = rss_mb()
    # load both pipelines first, so 'loaded' separates the fixed cost from the batch's
    for _ in rewriter.analyze_many(["Verkrijg 40 leads", "Get 40 leads"], today=today):
        pass
    loaded = rss_mb()
    t0 = time.perf_counter()
    n = 0
    for rep in rewriter.analyze_many(texts, today=today):
        rep.to_dict()
        n += 1
    secs = time.perf_counter() - t0
    return {
        "goals": n,
        "seconds": secs,
        "rss_start_mb": start,
        "rss_loaded_mb": loaded,
        "rss_end_mb": rss_mb(),
        "max_rss_mb": max_rss_mb(),
    }


def _fresh_goals(seed: int) -> Iterator[str]:
    from bench.goals import iter_goals

    for goal in iter_goals(seed, distinct=False):  # no set of every text: flat itself
        yield goal.text


def flat(
    path: str, today: str, checkpoints: Sequence[int], fresh_seed: int | None
) -> dict[str, Any]:
    """RSS after each checkpoint of one long ``analyze_many`` stream. The input is a generator
    (the file's goals cycled, or freshly generated goals with ``fresh_seed``) and no
    report is kept, so any growth is the engine's."""
    import rewriter

    source: Iterator[str] = cycle(_read(path)) if fresh_seed is None else _fresh_goals(fresh_seed)
    # load both pipelines first: the marks should time and measure the stream, not the import
    for _ in rewriter.analyze_many(["Verkrijg 40 leads", "Get 40 leads"], today=today):
        pass
    loaded = rss_mb()
    total = max(checkpoints)
    marks = sorted(set(checkpoints))
    rows: list[dict[str, float]] = []
    n = 0
    t0 = time.perf_counter()
    try:
        for rep in rewriter.analyze_many(islice(source, total), today=today):
            rep.to_dict()
            n += 1
            if n == marks[len(rows)]:
                rows.append({"goals": n, "rss_mb": rss_mb(), "seconds": time.perf_counter() - t0})
                print(f"  flat: {n:>9,} goals  RSS {rows[-1]['rss_mb']:.1f} MB", file=sys.stderr)
                if len(rows) == len(marks):
                    break
    except Exception:  # report, don't hide: a crash mid-stream is a finding
        return {"rows": rows, "error": traceback.format_exc(), "goals_done": n}
    return {"rows": rows, "rss_loaded_mb": loaded, "max_rss_mb": max_rss_mb()}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench._child")
    ap.add_argument("mode", choices=["peak", "flat"])
    ap.add_argument("path", help="goals, one per line")
    ap.add_argument("--today", default="2026-11-28")
    ap.add_argument("--checkpoints", default="10000,50000,200000")
    ap.add_argument("--fresh-seed", type=int, default=None)
    args = ap.parse_args(argv)
    try:
        if args.mode == "peak":
            out = peak(args.path, args.today)
        else:
            marks = [int(x) for x in args.checkpoints.split(",")]
            out = flat(args.path, args.today, marks, args.fresh_seed)
    except Exception:
        out = {"error": traceback.format_exc()}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
