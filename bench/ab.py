"""Another commit's engine against the working tree, in one process: ``python -m bench.ab REV``.

Why: a full ``bench.run`` moves ±20% between runs on a shared machine, so two runs cannot show a
10% change. Here both engines run in the same process, on the same goals, in the same minutes:
the goals are cut into chunks of 1,000, every round times each chunk with both engines (which one
goes first alternates), and the best CPU time per chunk and engine counts (``bench.turns``).

How the old engine gets in: ``git archive REV rewriter models`` is unpacked into a temporary
folder, the package is renamed ``ab_old_rewriter``, and the names that must be unique in one
process are renamed in its code and its models' config: the spaCy factories
(``smartgoal_deadlines`` → ``ab_old_deadlines``, ...), the tokenizer's registry name and the
``SMARTGOAL_MODELS`` variable. Its relative imports and its own ``models/`` folder (found next to
the package) do the rest. Both engines share spaCy, and so spaCy's string store.

Before timing, both engines analyse the timed goals and every corpus sentence; if any report
differs, the goals are listed and nothing is timed (exit 1, unless ``--allow-differences``): a
speed change must not change an answer.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from .goals import generate
from .turns import in_turn

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-28"
OLD = "ab_old_rewriter"
_RENAMES = (
    (re.compile(r"smartgoal_(deadlines|quantities|lexicon)"), r"ab_old_\1"),
    (re.compile(r"smartgoal\.DefaultsTokenizer"), "ab_old.DefaultsTokenizer"),
    (re.compile(r"SMARTGOAL_MODELS"), "AB_OLD_MODELS"),
)


def unpack(rev: str, dest: Path) -> None:
    """The engine and models of ``rev`` under ``dest``, renamed to live beside the current one."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "rewriter", "models"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+: refuse paths outside dest
            tar.extractall(dest, filter="data")
        else:  # pragma: no cover - our own repository's archive
            tar.extractall(dest)
    (dest / "rewriter").rename(dest / OLD)
    for path in [*(dest / OLD).rglob("*.py"), *(dest / "models").rglob("*.cfg")]:
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in _RENAMES:
            text = pattern.sub(replacement, text)
        path.write_text(text, encoding="utf-8")


def differences(old: ModuleType, new: ModuleType, texts: Sequence[str]) -> list[str]:
    """The goals whose reports differ between the two engines.

    A speed change must not change a single report, and timing two engines that answer
    differently compares two different jobs; so ``main`` checks this first, on the timed goals
    and on every corpus sentence (whose shapes the generator does not all make).
    """
    pairs = zip(
        old.analyze_many(texts, today=TODAY), new.analyze_many(texts, today=TODAY), strict=True
    )
    return [text for text, (a, b) in zip(texts, pairs, strict=True) if a.to_dict() != b.to_dict()]


def corpus_texts() -> list[str]:
    """Every sentence of corpus/ and corpus/heldout/."""
    from rewriter.evaluate import corpus_dir, load_corpus

    rows = [*load_corpus(), *load_corpus(corpus_dir() / "heldout")]
    return [row["text"] for row in rows]


def compare(engines: dict[str, ModuleType], texts: list[str], rounds: int) -> dict[str, float]:
    """CPU seconds for each engine: the best per chunk of 1,000 goals, summed."""
    for engine in engines.values():  # load the pipelines, warm the caches
        for report in engine.analyze_many(texts, today=TODAY):
            report.to_dict()

    def timed(engine: ModuleType) -> Callable[[list[str]], None]:
        def run(chunk: list[str]) -> None:
            for report in engine.analyze_many(chunk, today=TODAY):
                report.to_dict()

        return run

    chunks = [texts[i : i + 1000] for i in range(0, len(texts), 1000)]
    ways = {name: timed(engine) for name, engine in engines.items()}
    return {name: cpu for name, (_, cpu) in in_turn(ways, chunks, rounds).items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the commit (or branch, tag) to compare the working tree with")
    ap.add_argument("-n", type=int, default=12_000, help="goals (default 12000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument(
        "--allow-differences",
        action="store_true",
        help="time the engines even when some reports differ (they are listed first)",
    )
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        try:
            unpack(args.rev, Path(tmp))
        except subprocess.CalledProcessError as e:
            print(f"bench.ab: git archive {args.rev}: {e.stderr.decode().strip()}", file=sys.stderr)
            return 2
        sys.path.insert(0, tmp)
        import importlib

        import rewriter

        old = importlib.import_module(OLD)
        texts = [g.text for g in generate(args.n, args.seed)]
        differ = differences(old, rewriter, [*texts, *corpus_texts()])
        if differ:
            print(f"bench.ab: {len(differ)} goals get another report from {args.rev}:")
            for text in differ[:20]:
                print(f"  {text}")
            if not args.allow_differences:
                return 1
        else:
            print(f"same reports from both engines on {len(texts)} goals + the corpus")
        seconds = compare({args.rev: old, "working tree": rewriter}, texts, args.rounds)

    for name, secs in seconds.items():
        per_goal = secs / len(texts) * 1e6
        print(f"{name:>14}: {len(texts) / secs:7,.0f} goals/s ({per_goal:.1f} µs/goal)")
    ratio = seconds["working tree"] / seconds[args.rev]
    print(f"working tree / {args.rev} time: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
