"""Marks deadline candidates, and the durations and rates that are *not* deadlines.

Two steps, both driven by data:

1. **Classify tokens.** Each language's dates.json names classes of words in priority order
   (``MONTH``: januari, jan, ...; ``UNIT``: maand, kwartaal, ...; ``CUE``: tegen, voor, in, ...);
   models/common/deadlines.json adds classes of numbers by regex (``YEAR``, ``DAY``, ``QCODE``
   for Q3, ``ISO`` for 2027-06-30, ...). The class is written into the token's ``NORM``.
2. **Match patterns.** The patterns (models/common/deadlines.json plus any language-only ones)
   are spaCy Matcher patterns over those classes: ``{"CLASS": "MONTH"}`` becomes
   ``{"NORM": "smartgoal:MONTH"}``, an equality the Matcher checks in C. Word lists inside
   patterns (``{"LOWER": {"IN": [...]}}``) would cost a Python call per token and pattern, which
   made this component the slowest stage; classes keep it close to the tokenizer's speed.

A goal with no anchor token (a month, a period word, a year, a quarter code, ...) cannot contain
a deadline, so the Matcher does not run on it at all. Each match becomes a span labelled
DEADLINE, SLA or RATE whose ``id_`` is the pattern's kind (``date``, ``quarter``, ``duration``
...); the date itself is resolved later against the reference date (rewriter/dates.py).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..dates import NOT_DEADLINE_KINDS, PERIOD_KINDS, DateWords, date_words
from ..langdata import COMMON, entries, read_json
from . import add_spans, token_view

CLASS_PREFIX = "smartgoal:"
_REACH = 7  # tokens a pattern can extend away from its anchor


def token_classes(words: DateWords) -> dict[str, str]:
    """lower-cased word → class name, first class listed wins (dates.json: token_classes)."""
    out: dict[str, str] = {}
    for name, members in entries(words.raw["token_classes"]).items():
        for member in members:
            items = words.word_list(member[1:]) if member.startswith("@") else [member.lower()]
            for word in items:
                out.setdefault(word, name)
    return out


def _compile(node: Any) -> Any:
    """``{"CLASS": "MONTH", "OP": "?"}`` → ``{"NORM": "smartgoal:MONTH", "OP": "?"}``."""
    if isinstance(node, dict):
        out = {k: _compile(v) for k, v in node.items() if k != "CLASS"}
        if "CLASS" in node:
            out["NORM"] = CLASS_PREFIX + node["CLASS"]
        return out
    if isinstance(node, list):
        return [_compile(v) for v in node]
    return node


def compile_patterns(lang: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, kind, Matcher pattern) for the language: shared patterns first."""
    out = []
    for source in (read_json(COMMON, "deadlines"), read_json(lang, "deadlines")):
        for item in source["patterns"]:
            out.append((item["id"], item["kind"], _compile(item["pattern"])))
    return out


class DeadlineMarker:
    """spaCy component: adds DEADLINE / SLA / RATE spans (``id_`` = kind)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = date_words(nlp.lang)
        strings = nlp.vocab.strings
        common = read_json(COMMON, "deadlines")
        self.word_class = {w: CLASS_PREFIX + c for w, c in token_classes(self.words).items()}
        self.regexes = [
            (re.compile(rx), CLASS_PREFIX + name)
            for name, rx in entries(common["class_regexes"]).items()
        ]
        self.anchors = frozenset(CLASS_PREFIX + a for a in common["anchors"])
        extend_classes = {CLASS_PREFIX + c for c in common["extend_left"]}
        self.extend_left_words = frozenset(
            w for w, c in self.word_class.items() if c in extend_classes
        )
        kinds = common["priority"]
        self.priority = {kind: len(kinds) - i for i, kind in enumerate(kinds)}
        for cls in {*self.word_class.values(), *(c for _, c in self.regexes)}:
            strings.add(cls)
        self.matcher = Matcher(nlp.vocab)
        self._kinds: dict[int, str] = {}
        for pid, kind, pattern in compile_patterns(nlp.lang):
            key = f"{kind}|{pid}"
            self.matcher.add(key, [pattern], greedy="LONGEST")
            self._kinds[strings[key]] = kind
        self._preps = self.words.deadline_prepositions
        self._sla_followers = self.words.sla_followers

    def classify(self, doc: Doc) -> list[int]:
        """Write each token's class into its NORM; return the indices of anchor tokens."""
        word_class = self.word_class
        anchors = self.anchors
        view = token_view(doc)
        found: list[int] = []
        for i, low in enumerate(view.lowers):
            cls = word_class.get(low)
            if cls is None and view.digit[i]:
                for rx, rx_cls in self.regexes:
                    if rx.match(low):
                        cls = rx_cls
                        break
            if cls is not None:
                doc[i].norm_ = cls
                if cls in anchors:
                    found.append(i)
        return found

    def __call__(self, doc: Doc) -> Doc:
        anchors = self.classify(doc)
        if not anchors:
            return doc  # no month, year, period word, quarter code...: no deadline to find
        # only the stretch around the anchors can hold a match: patterns are at most 6 tokens
        lo = max(0, anchors[0] - _REACH)
        hi = min(len(doc), anchors[-1] + _REACH + 1)
        matches = self.matcher(doc[lo:hi]) if (lo, hi) != (0, len(doc)) else self.matcher(doc)
        if not matches:
            return doc
        shift = lo if (lo, hi) != (0, len(doc)) else 0
        priority = self.priority
        candidates = sorted(
            ((self._kinds[mid], s + shift, e + shift) for mid, s, e in matches),
            key=lambda m: (-priority.get(m[0], 0), m[1] - m[2], m[1]),
        )
        taken: set[int] = set()
        out: list[tuple[int, int, str, str]] = []
        lowers = token_view(doc).lowers
        extend = self.extend_left_words
        for kind, start, end in candidates:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            while start > 0 and lowers[start - 1] in extend and start - 1 not in taken:
                start -= 1  # 'eind Q3', 'the end of Q3'
                taken.add(start)
            if kind == "duration" and end < len(lowers) and lowers[end] in self._sla_followers:
                kind = "sla"  # 'binnen 30 dagen na aanmelding': counted from an event, not today
            if kind in PERIOD_KINDS:
                while start < end - 1 and lowers[start] in self._preps:
                    start += 1
            label = "DEADLINE" if kind not in NOT_DEADLINE_KINDS else kind.upper()
            out.append((start, end, label, kind))
        out.sort()
        add_spans(doc, out)
        return doc


@Language.factory("smartgoal_deadlines")
def make_deadlines(nlp: Language, name: str) -> DeadlineMarker:
    return DeadlineMarker(nlp, name)
