"""Where the batch path spends its time: ``python -m bench.profile -n 5000``.

Why a module and not a one-off: the speed work of issue 5 goes in rounds (change, measure,
profile again), and each round should profile the same goals the same way. It runs cProfile over
``analyze_many(texts, today=...)`` with ``to_dict()`` on each report — after a warm-up pass, so
pipeline loading and first-call caches are not what it shows — and prints the top functions by
cumulative and by own time, once for smartgoal's code (``rewriter/``) and once for everything
(spaCy, dateparser, quantulum3, the standard library).

``--stages`` adds a breakdown without the profiler (whose per-call overhead inflates Python-heavy
code): microseconds per goal for language detection, the tokenizer, each pipeline component, the
frame + criteria + rewrite step and ``to_dict``, next to spaCy's blank tokenizer. It reaches into
``rewriter.api._reports``, so it says so, rather than failing, when the engine's internals move.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from .goals import generate

TODAY = "2026-11-28"


def _table(stats: pstats.Stats, sort: str, top: int, only: str | None) -> str:
    """pstats output restricted to paths containing ``only``, sorted by ``sort``."""
    buf = io.StringIO()
    stats.stream = buf  # type: ignore[attr-defined]
    stats.sort_stats(sort)
    if only:
        stats.print_stats(only, top)
    else:
        stats.print_stats(top)
    lines = buf.getvalue().splitlines()
    # drop pstats' preamble up to the column header
    for i, line in enumerate(lines):
        if line.lstrip().startswith("ncalls"):
            return "\n".join(lines[i:])
    return buf.getvalue()


def _best(repeat: int, run: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def _lang_steps(lang: str, texts: list[str], repeat: int) -> dict[str, float]:
    """Seconds per goal for each step of one language's batch path."""
    import spacy

    import rewriter.api as api
    from rewriter.langdetect import detect
    from rewriter.options import make_options
    from rewriter.pipeline import get_nlp

    opts = make_options(today=TODAY)
    k = len(texts)
    out: dict[str, float] = {}
    blank = spacy.blank(lang)
    out["spaCy blank tokenizer (floor)"] = _best(repeat, lambda: [blank.make_doc(x) for x in texts])
    out["language detection"] = _best(repeat, lambda: [detect(x) for x in texts])
    nlp = get_nlp(lang)
    out["smartgoal tokenizer"] = _best(repeat, lambda: [nlp.make_doc(x) for x in texts])
    for i, (name, proc) in enumerate(nlp.pipeline):
        best = float("inf")
        for _ in range(repeat):
            docs = [nlp.make_doc(x) for x in texts]
            for _, earlier in nlp.pipeline[:i]:
                docs = [earlier(d) for d in docs]
            t0 = time.perf_counter()
            for d in docs:
                proc(d)
            best = min(best, time.perf_counter() - t0)
        out[f"component {name}"] = best
    reports_of = getattr(api, "_reports", None)
    if reports_of is not None:
        from rewriter.frame import build_frame

        docs = list(nlp.pipe(texts))
        out["frame alone"] = _best(repeat, lambda: [build_frame(d, opts.today, lang) for d in docs])
        out["frame + criteria + rewrite"] = _best(
            repeat, lambda: reports_of(docs, texts, lang, opts)
        )
        reports = reports_of(docs, texts, lang, opts)
        out["report.to_dict()"] = _best(repeat, lambda: [r.to_dict() for r in reports])
    out["whole analyze_many + to_dict"] = _best(
        repeat, lambda: [r.to_dict() for r in api.analyze_many_with(texts, opts)]
    )
    return {name: secs / k for name, secs in out.items()}


def stages(n: int, seed: int, repeat: int = 3) -> str:
    """Microseconds per goal for each step of the batch path, per language (best of
    ``repeat``), so a speed change can be aimed at the step that costs most. The frame step
    reaches into ``rewriter.api._reports`` and is left out, not failed, if that moves."""
    goals = generate(n, seed)
    per_lang = {
        lang: _lang_steps(lang, [g.text for g in goals if g.lang == lang], repeat)
        for lang in ("nl", "en")
    }
    names = list(dict.fromkeys(name for steps in per_lang.values() for name in steps))
    lines = [f"{'step':<34}{'nl µs/goal':>12}{'en µs/goal':>12}"]
    for name in names:
        nl = per_lang["nl"].get(name, float("nan")) * 1e6
        en = per_lang["en"].get(name, float("nan")) * 1e6
        lines.append(f"{name:<34}{nl:>12.1f}{en:>12.1f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=5000, help="goals to profile (default 5000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    ap.add_argument("--out", metavar="PATH", help="also dump raw stats (for snakeviz etc.)")
    ap.add_argument("--stages", action="store_true", help="also time each step without cProfile")
    args = ap.parse_args(argv)

    import rewriter

    texts = [g.text for g in generate(args.n, args.seed)]
    for rep in rewriter.analyze_many(texts, today=TODAY):  # warm-up: load, fill caches
        rep.to_dict()

    prof = cProfile.Profile()
    prof.enable()
    for rep in rewriter.analyze_many(texts, today=TODAY):
        rep.to_dict()
    prof.disable()
    if args.out:
        prof.dump_stats(args.out)

    stats = pstats.Stats(prof)
    total = stats.total_tt  # type: ignore[attr-defined]
    out = sys.stdout
    out.write(f"{args.n} goals, {total:.2f}s under cProfile ({args.n / total:,.0f} goals/s; ")
    out.write("profiling overhead makes this slower than bench.run)\n\n")
    for title, sort, only in (
        ("rewriter/ by cumulative time", "cumulative", "/rewriter/"),
        ("rewriter/ by own time", "tottime", "/rewriter/"),
        ("everything by own time", "tottime", None),
    ):
        out.write(f"== {title} ==\n{_table(stats, sort, args.top, only)}\n\n")
    if args.stages:
        out.write(f"== steps without the profiler (best of 3) ==\n{stages(args.n, args.seed)}\n")


if __name__ == "__main__":
    main()
