"""models/<lang> is a real spaCy pipeline directory, loadable with plain spacy.load()."""

from __future__ import annotations

import subprocess
import sys

from rewriter.langdata import models_dir


def test_spacy_load_opens_the_models_folder_through_entry_points() -> None:
    # a fresh interpreter that never imports rewriter: factories come from the entry points
    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(models_dir() / 'nl')!r})\n"
        "doc = nlp('Verkrijg 40 nieuwe leads tegen 31 oktober 2027')\n"
        "print(nlp.pipe_names)\n"
        "print(sorted({s.label_ for s in doc.spans['smartgoal']}))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert r.returncode == 0, r.stderr
    names, labels = r.stdout.strip().splitlines()
    assert "smartgoal_deadlines" in names and "smartgoal_lexicon" in names
    assert {"ACTION", "DEADLINE", "METRIC", "QUANTITY"} <= set(eval(labels))


def test_batch_streams_in_order_through_nlp_pipe() -> None:
    from rewriter import analyze_many

    goals = [
        f"Verkrijg {n} leads tegen 31 oktober" if n % 2 else f"Get {n} leads by May 1"
        for n in range(1, 600)
    ]
    reports = analyze_many(iter(goals), today="2026-11-28")
    assert not isinstance(reports, list), "a lazy iterator, not a list"
    got = [(r.text, r.lang, r.frame.target.value) for r in reports]
    assert got == [(g, "nl" if n % 2 else "en", n) for n, g in enumerate(goals, start=1)]
