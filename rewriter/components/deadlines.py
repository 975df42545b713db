"""Marks deadline candidates, and the durations and rates that are *not* deadlines.

Patterns are spaCy Matcher patterns stored as data (models/common/deadlines.json for notation
shared by every language, models/<lang>/deadlines.json for words); ``"$name"`` inside a pattern
is replaced by the list ``name`` of that language's dates.json. Each match becomes a span labelled
DEADLINE, SLA or RATE whose ``id_`` is the pattern's kind (``date``, ``quarter``, ``duration``,
...). The date itself is resolved later against the reference date (rewriter/dates.py), because
the same span means different days on different ``--today``s.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..dates import NOT_DEADLINE_KINDS, PERIOD_KINDS, DateWords, date_words
from ..langdata import COMMON, read_json
from . import SPAN_KEY


def _expand(node: Any, words: DateWords) -> Any:
    """Replace ``"$name"`` strings in a pattern by the named word list."""
    if isinstance(node, str) and node.startswith("$"):
        return words.word_list(node[1:])
    if isinstance(node, dict):
        return {k: _expand(v, words) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(v, words) for v in node]
    return node


def compile_patterns(lang: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, kind, pattern) for the language, common notation first."""
    words = date_words(lang)
    out = []
    for source in (read_json(COMMON, "deadlines"), read_json(lang, "deadlines")):
        for item in source["patterns"]:
            out.append((item["id"], item["kind"], _expand(item["pattern"], words)))
    return out


class DeadlineMarker:
    """spaCy component: adds DEADLINE / SLA / RATE spans (``id_`` = kind)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = date_words(nlp.lang)
        self.matcher = Matcher(nlp.vocab)
        self._kinds: dict[int, str] = {}
        for pid, kind, pattern in compile_patterns(nlp.lang):
            key = f"{kind}|{pid}"
            self.matcher.add(key, [pattern], greedy="LONGEST")
            self._kinds[nlp.vocab.strings[key]] = kind
        self._preps = self.words.deadline_prepositions
        self._sla_followers = self.words.sla_followers

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if not matches:
            return doc
        candidates = [
            Span(doc, start, end, label=self._kinds[mid]) for mid, start, end in matches
        ]
        out: list[Span] = []
        for span in filter_spans(candidates):
            kind = span.label_
            start, end = span.start, span.end
            if kind == "duration" and end < len(doc) and doc[end].lower_ in self._sla_followers:
                kind = "sla"  # 'binnen 30 dagen na aanmelding': counted from an event, not today
            if kind in PERIOD_KINDS:
                while start < end - 1 and doc[start].lower_ in self._preps:
                    start += 1
            label = "DEADLINE" if kind not in NOT_DEADLINE_KINDS else kind.upper()
            out.append(Span(doc, start, end, label=label, span_id=kind))
        existing = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        doc.spans[SPAN_KEY] = existing + out
        return doc


@Language.factory("smartgoal_deadlines")
def make_deadlines(nlp: Language, name: str) -> DeadlineMarker:
    return DeadlineMarker(nlp, name)
