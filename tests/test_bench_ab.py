"""bench.ab puts another commit's engine beside the working tree's in one process. No timing
here: this checks that the copy is renamed everywhere it must be, and that it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.ab import OLD, unpack

ROOT = Path(__file__).resolve().parent.parent


def test_the_old_engine_is_renamed_and_gives_the_same_report(tmp_path: Path) -> None:
    unpack("HEAD", tmp_path)
    assert (tmp_path / OLD / "__init__.py").is_file()
    assert (tmp_path / "models" / "nl" / "config.cfg").is_file()
    for path in [*tmp_path.rglob("*.py"), *tmp_path.rglob("*.cfg")]:
        text = path.read_text(encoding="utf-8")
        for unique in ("smartgoal_deadlines", "smartgoal_lexicon", "SMARTGOAL_MODELS"):
            assert unique not in text, f"{unique} left in {path}"
    assert "ab_old_deadlines" in (tmp_path / "models" / "en" / "config.cfg").read_text()

    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        f"import {OLD} as old, rewriter as new\n"
        "goal = 'Verkrijg 40 nieuwe leads tegen 31 oktober 2027'\n"
        "print(json.dumps([m.analyze(goal, today='2026-11-28').to_dict() for m in (old, new)]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    old, new = json.loads(run.stdout)
    assert old == new
    assert old["target"]["value"] == 40


def test_differences_lists_the_goals_whose_reports_differ() -> None:
    """The same-report check before timing: it names exactly the goals that differ."""
    import types

    import rewriter
    from bench.ab import corpus_texts, differences

    def shifted(texts: list[str], today: str) -> list[object]:
        # an engine that answers one goal differently: a report with another rewrite
        reports = list(rewriter.analyze_many(texts, today=today))
        for report in reports:
            if report.text == "Get more leads":
                report.rewrite = "something else"
        return reports

    other = types.SimpleNamespace(analyze_many=shifted)
    texts = ["Get more leads", "Nieuwe leads verkrijgen"]
    assert differences(rewriter, rewriter, texts) == []
    assert differences(other, rewriter, texts) == ["Get more leads"]
    corpus = corpus_texts()
    assert len(corpus) > 800
    assert "Get 40 new leads from online channels by October 31" in corpus
