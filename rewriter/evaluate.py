"""Accuracy on the labelled corpus, field by field: ``python -m rewriter.evaluate``.

Scores every record of ``corpus/*.jsonl`` against its hand-written labels (corpus/GUIDELINES.md)
and prints per-field accuracy per language and overall. ``--errors FIELD`` lists the misses for
one field; ``--check`` compares with the committed floors in ``corpus/floors.json`` and exits 1
when a field drops below its floor (the test suite does the same).

Rewrites are scored too: each goal is rewritten with every piece supplied (a number, a channel
and a deadline), and the rewrite must meet S, M and T when checked again — or, for a goal
labelled a deliverable (specific, not measurable, no metric: 'Lanceer de nieuwe webshop'), S and
T: a one-off result is done or not, and no number a rewrite could add would measure it. And
rewriting the plain rewrite again must not change it (idempotence).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_TODAY = "2026-11-28"
FIELDS = (
    "lang",
    "specific",
    "measurable",
    "time_bound",
    "achievable",
    "relevant",
    "target",
    "baseline",
    "metric",
    "channels",
    "deadline",
    "rewrite_smt",
    "idempotent",
)
FILL: dict[str, dict[str, Any]] = {
    "nl": {"target": "40", "channel": "online kanalen", "deadline": "2027-10-31"},
    "en": {"target": "40", "channel": "online channels", "deadline": "2027-10-31"},
}


SMT = ("specific", "measurable", "time_bound")


def is_deliverable(expect: dict[str, Any]) -> bool:
    """A label of a one-off deliverable: specific, not measurable, nothing counted."""
    return expect["specific"] is True and expect["measurable"] is False and expect["metric"] is None


def corpus_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "corpus"


def load_corpus(path: Path | None = None) -> list[dict[str, Any]]:
    root = path or corpus_dir()
    files = [root] if root.is_file() else sorted(root.glob("*.jsonl"))
    rows: list[dict[str, Any]] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def _same_quantity(got: dict[str, Any] | None, want: dict[str, Any] | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return (
        math.isclose(float(got["value"]), float(want["value"]), rel_tol=1e-9, abs_tol=1e-9)
        and got["kind"] == want["kind"]
        and got.get("currency") == want.get("currency")
    )


@dataclass
class Scores:
    hits: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    totals: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, lang: str, name: str, ok: bool, detail: str) -> None:
        for key in (lang, "all"):
            self.totals[name][key] += 1
            self.hits[name][key] += int(ok)
        if not ok:
            self.misses[name].append(detail)

    def accuracy(self, name: str, key: str = "all") -> float:
        total = self.totals[name][key]
        return self.hits[name][key] / total if total else float("nan")


def score(rows: Iterable[dict[str, Any]]) -> Scores:
    from rewriter import analyze

    s = Scores()
    for row in rows:
        exp = row["expect"]
        lang = row["lang"]
        today = row.get("today") or DEFAULT_TODAY
        history = row.get("history")
        detected = analyze(row["text"], today=today, history=history)
        s.add(
            lang, "lang", detected.lang == lang, f"{row['id']}: {row['text']!r} → {detected.lang}"
        )
        rep = analyze(row["text"], today=today, lang=lang, history=history)
        d = rep.to_dict()
        tag = f"{row['id']}: {row['text']!r}"
        for crit in ("specific", "measurable", "time_bound", "relevant"):
            got = d["criteria"][crit]["met"]
            s.add(lang, crit, got == exp[crit], f"{tag} → {got} (want {exp[crit]})")
        if history:
            got = d["criteria"]["achievable"]["met"]
            s.add(
                lang,
                "achievable",
                got == exp["achievable"],
                f"{tag} → {got} (want {exp['achievable']})",
            )
        s.add(
            lang,
            "target",
            _same_quantity(d["target"], exp["target"]),
            f"{tag} → {_q(d['target'])} (want {_q(exp['target'])})",
        )
        s.add(
            lang,
            "baseline",
            _same_quantity(d["baseline"], exp["baseline"]),
            f"{tag} → {_q(d['baseline'])} (want {_q(exp['baseline'])})",
        )
        metric = d["metric"]["key"] if d["metric"] else None
        s.add(lang, "metric", metric == exp["metric"], f"{tag} → {metric} (want {exp['metric']})")
        channels = [c["key"] for c in d["channels"]]
        s.add(
            lang,
            "channels",
            channels == exp["channels"],
            f"{tag} → {channels} (want {exp['channels']})",
        )
        deadline = d["deadline"]["date"] if d["deadline"] else None
        s.add(
            lang,
            "deadline",
            deadline == exp["deadline"],
            f"{tag} → {deadline} (want {exp['deadline']})",
        )
        filled = analyze(row["text"], today=today, lang=lang, **FILL[lang])
        again = analyze(filled.rewrite, today=today, lang=lang)
        needed = ("specific", "time_bound") if is_deliverable(exp) else SMT
        missed = [c for c in needed if again.criteria[c].met is not True]
        s.add(lang, "rewrite_smt", not missed, f"{tag} → {filled.rewrite!r} misses {missed}")
        twice = analyze(rep.rewrite, today=today, lang=lang, history=history).rewrite
        s.add(lang, "idempotent", twice == rep.rewrite, f"{tag}: {rep.rewrite!r} → {twice!r}")
    return s


def _q(q: dict[str, Any] | None) -> str:
    if q is None:
        return "None"
    cur = f" {q['currency']}" if q.get("currency") else ""
    return f"{q['value']} {q['kind']}{cur}"


def floors_path(path: Path | None = None) -> Path:
    """The floors that go with a corpus: ``floors.json`` in its folder, else corpus/floors.json.

    ``corpus/heldout`` has floors of its own; checking it against the main corpus's floors
    reported misses that were not there.
    """
    if path is not None:
        folder = path if path.is_dir() else path.parent
        if (folder / "floors.json").is_file():
            return folder / "floors.json"
    return corpus_dir() / "floors.json"


def report_table(s: Scores) -> str:
    langs = sorted({k for f in s.totals.values() for k in f if k != "all"})
    head = f"{'field':<12}" + "".join(f"{lg:>9}" for lg in [*langs, "all"]) + f"{'n':>7}"
    lines = [head, "-" * len(head)]
    for name in FIELDS:
        if not s.totals[name]["all"]:
            continue
        cells = "".join(f"{s.accuracy(name, lg):>9.3f}" for lg in [*langs, "all"])
        lines.append(f"{name:<12}{cells}{s.totals[name]['all']:>7}")
    return "\n".join(lines)


def below_floors(s: Scores, floors: dict[str, float]) -> list[str]:
    return [
        f"{name}: {s.accuracy(name):.3f} < floor {floor:.3f}"
        for name, floor in floors.items()
        if not name.startswith("_") and s.accuracy(name) < floor
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m rewriter.evaluate", description=__doc__.split("\n")[0]
    )
    ap.add_argument("path", nargs="?", type=Path, help="a .jsonl file or folder (default: corpus/)")
    ap.add_argument("--errors", metavar="FIELD", help="list the misses for one field")
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if a field is below the floors (floors.json next to PATH, else corpus/'s)",
    )
    args = ap.parse_args(argv)
    s = score(load_corpus(args.path))
    print(report_table(s))
    if args.errors:
        print(f"\nmisses for {args.errors}:")
        for line in s.misses.get(args.errors, []):
            print("  " + line)
    if args.check:
        floors = json.loads(floors_path(args.path).read_text(encoding="utf-8"))
        failed = below_floors(s, floors)
        for line in failed:
            print("BELOW FLOOR " + line, file=sys.stderr)
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
