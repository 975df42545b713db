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


def test_batched_components_mark_exactly_what_one_goal_at_a_time_marks() -> None:
    """The components' ``pipe`` runs each stage over a batch; it must not change a single mark.

    An odd batch size leaves a short last batch, and the corpus mixes goals with and without
    deadlines, numbers and words from the lexicon.
    """
    from rewriter.components import marks_of, values_of
    from rewriter.evaluate import load_corpus
    from rewriter.pipeline import get_nlp

    for lang in ("nl", "en"):
        texts = [r["text"] for r in load_corpus() if r["lang"] == lang][:200]
        nlp = get_nlp(lang)
        batched = list(nlp.pipe(texts, batch_size=7))
        assert len(batched) == len(texts)
        for text, doc in zip(texts, batched, strict=True):
            single = nlp(text)
            assert doc.text == text
            assert marks_of(doc) == marks_of(single), text
            assert values_of(doc) == values_of(single), text


def test_analyze_many_reports_what_analyze_reports() -> None:
    from rewriter import analyze, analyze_many
    from rewriter.evaluate import load_corpus

    texts = [r["text"] for r in load_corpus()][::5]
    many = [r.to_dict() for r in analyze_many(texts, today="2026-11-28")]
    assert many == [analyze(t, today="2026-11-28").to_dict() for t in texts]


def test_nlp_error_handler_reaches_the_batched_components(monkeypatch) -> None:
    """``nlp.set_error_handler`` still sees a failing goal, and the other goals come through."""
    import spacy

    from rewriter.components.deadlines import DeadlineMarker
    from rewriter.langdata import models_dir

    nlp = spacy.load(models_dir() / "en")
    original = DeadlineMarker.__call__

    def fails_on_boom(self, doc):  # type: ignore[no-untyped-def]
        if "boom" in doc.text:
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(DeadlineMarker, "__call__", fails_on_boom)
    seen: list[tuple[str, str]] = []
    nlp.set_error_handler(lambda name, proc, docs, e: seen.append((name, docs[0].text)))
    texts = ["Get 40 leads by May 1", "boom goes the goal", "Win 5 clients in Q3"]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert seen == [("smartgoal_deadlines", "boom goes the goal")]
    assert [d.text for d in docs] == [texts[0], texts[2]]


def test_memory_zones_change_no_report_and_keep_new_strings_out(monkeypatch) -> None:
    """Past the warm-up, batches run inside spaCy memory zones (pipeline.in_use).

    The reports must be exactly those read outside a zone, and the strings of goals never seen
    before must be gone from the pipeline's string store afterwards: that is what keeps a long
    stream's memory flat. Outside a zone the same kind of goals do add strings, so the second
    check fails if the zone is not really used.
    """
    from rewriter import analyze, analyze_many, api, pipeline
    from rewriter.evaluate import load_corpus

    # outside a zone whatever earlier tests read: the warm-up is made endless first
    monkeypatch.setattr(pipeline, "WARM_UP_GOALS", 10**12)
    texts = [r["text"] for r in load_corpus()][::7]
    outside = [r.to_dict() for r in analyze_many(texts, today="2026-11-28")]
    # options are read by the pipeline too, inside the block (and zone) of the batch being read
    given = {"deadline": "31 december 2027", "channel": "LinkedIn", "target": "75"}
    with_options = [r.to_dict() for r in analyze_many(texts, today="2026-11-28", **given)]
    strings = {lang: pipeline.get_nlp(lang).vocab.strings for lang in ("nl", "en")}

    def new_goals(tag: str) -> list[tuple[str, float]]:
        """Goals with words and numbers no pipeline has seen, and the target each states."""
        out = []
        for n in range(1, 41):
            value = 500 + 10 * n + int(tag)  # never year-like (1900-2100 reads as a year)
            if n % 2:
                out.append((f"Verkrijg {value} zorblax{tag}-leads tegen 31 oktober", value))
            else:
                out.append((f"Get {value} quizzle{tag} leads by May 1", value))
        return out

    before = {lang: len(s) for lang, s in strings.items()}
    list(analyze_many([t for t, _ in new_goals("0")], today="2026-11-28"))
    assert all(len(strings[lang]) > before[lang] for lang in strings), "no zone: strings grow"

    monkeypatch.setattr(pipeline, "WARM_UP_GOALS", 0)
    inside = [r.to_dict() for r in analyze_many(texts, today="2026-11-28")]
    assert inside == outside
    for parsed in (api._target_piece, api._channel_piece, api._deadline_phrase):
        parsed.cache_clear()  # read the options again, now inside the zone
    assert [r.to_dict() for r in analyze_many(texts, today="2026-11-28", **given)] == with_options
    before = {lang: len(s) for lang, s in strings.items()}
    fresh = new_goals("1")
    reports = list(analyze_many([t for t, _ in fresh], today="2026-11-28"))
    assert {lang: len(s) for lang, s in strings.items()} == before
    # the reports are plain values: still whole once the zone's memory is gone
    assert [(r.text, r.frame.target.value) for r in reports] == fresh
    assert all(r.to_dict()["deadline"] is not None for r in reports)
    assert analyze(texts[0], today="2026-11-28").to_dict() == outside[0]


def test_an_error_inside_a_memory_zone_leaves_the_pipeline_usable(monkeypatch) -> None:
    """An error raised while a zone is open (here: a --target without a number) must not leave
    the pipeline's vocabulary half-cleared for the next goal (spaCy issue #13924)."""
    import pytest

    from rewriter import analyze, pipeline
    from rewriter.errors import UsageError

    goal = "Verkrijg 40 nieuwe leads tegen 31 oktober 2027"
    expected = analyze(goal, today="2026-11-28").to_dict()
    monkeypatch.setattr(pipeline, "WARM_UP_GOALS", 0)
    with pytest.raises(UsageError):
        analyze("Verkrijg nieuwe leads", today="2026-11-28", target="veel quuxel")
    assert analyze(goal, today="2026-11-28").to_dict() == expected
