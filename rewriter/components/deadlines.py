"""Marks deadline candidates, and the durations and rates that are *not* deadlines.

Two steps, both driven by data:

1. **Classify tokens.** Each language's dates.json names classes of words in priority order
   (``MONTH``: januari, jan, ...; ``UNIT``: maand, kwartaal, ...; ``CUE``: tegen, voor, in, ...);
   models/common/deadlines.json adds classes of numbers by regex (``YEAR``, ``DAY``, ``QCODE``
   for Q3, ``ISO`` for 2027-06-30, ...). Any other number is ``NUM``.
2. **Match patterns.** The patterns (models/common/deadlines.json plus any language-only ones)
   are token patterns in spaCy Matcher syntax over those classes — ``{"CLASS": "MONTH"}``,
   ``{"ORTH": "."}``, ``{"LIKE_NUM": true}``, ``"OP": "?"`` — compiled to regular expressions
   over a string with one character per token. spaCy's Matcher walks every token in Python
   (about 5× the tokenizer's own time on a goal); the compiled patterns cost a few microseconds,
   which is what lets batches run close to the tokenizer's speed. The pattern data itself is
   unchanged Matcher syntax (``matcher_patterns()`` gives it back for spaCy's Matcher).

A goal with no anchor token (a month, a period word, a year, a quarter code, ...) cannot contain
a deadline, so no pattern runs on it. Overlapping matches are resolved by kind priority
(a date beats a bare month), then length. Each match becomes a span labelled DEADLINE, SLA or
RATE whose ``id_`` is the pattern's kind (``date``, ``quarter``, ``duration``, ...); the date
itself is resolved later against the reference date (rewriter/dates.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import NOT_DEADLINE_KINDS, PERIOD_KINDS, DateWords, date_words
from ..langdata import COMMON, entries, read_json
from ..numbers import syntax
from . import BatchedComponent, add_spans, token_view

CLASS_PREFIX = "smartgoal:"
_NUM = "NUM"  # a number in no other class
_OTHER = "\x00"  # the code of a token in no class: no pattern element matches it
_CODES_MAX = 16_384  # distinct token texts kept before the table starts over (as _LEXICAL_MAX)


def token_classes(words: DateWords) -> dict[str, str]:
    """lower-cased word → class name, first class listed wins (dates.json: token_classes)."""
    out: dict[str, str] = {}
    for name, members in entries(words.raw["token_classes"]).items():
        for member in members:
            items = words.word_list(member[1:]) if member.startswith("@") else [member.lower()]
            for word in items:
                out.setdefault(word, name)
    return out


def raw_patterns(lang: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, kind, pattern) for the language as written in the data: shared patterns first."""
    out = []
    for source in (read_json(COMMON, "deadlines"), read_json(lang, "deadlines")):
        for item in source["patterns"]:
            out.append((item["id"], item["kind"], item["pattern"]))
    return out


def matcher_patterns(lang: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The patterns for spaCy's Matcher, classes as ``NORM`` values (for tools and tests)."""

    def convert(spec: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in spec.items() if k != "CLASS"}
        if "CLASS" in spec:
            out["NORM"] = CLASS_PREFIX + spec["CLASS"]
        return out

    return [(pid, kind, [convert(t) for t in pat]) for pid, kind, pat in raw_patterns(lang)]


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    pid: str
    kind: str
    regex: re.Pattern[str]
    required: frozenset[str]  # codes that must occur in the goal for a match to be possible


class PatternCompiler:
    """Gives every token class one character and turns token patterns into regexes."""

    def __init__(self, class_names: list[str], literals: list[str]) -> None:
        self.code: dict[str, str] = {}
        for name in [*class_names, _NUM]:
            self.code.setdefault(name, chr(0xE000 + len(self.code)))
        self.literal: dict[str, str] = {}
        for text in literals:
            self.literal.setdefault(text, chr(0xE000 + len(self.code) + len(self.literal)))
        # LIKE_NUM: what spaCy would call number-like among our classes
        self.number_codes = "".join(self.code[c] for c in ("DAY", "YEAR", _NUM) if c in self.code)

    def element(self, spec: dict[str, Any]) -> tuple[str, str | None]:
        """Regex for one token spec, and the code it requires (None if optional or a choice)."""
        if "CLASS" in spec:
            char = self.code[spec["CLASS"]]
            body, single = re.escape(char), char
        elif "ORTH" in spec:
            char = self.literal[spec["ORTH"]]
            body, single = re.escape(char), char
        elif spec.get("LIKE_NUM") is True:
            body, single = "[" + re.escape(self.number_codes) + "]", None
        else:
            raise ValueError(f"unsupported deadline pattern element: {spec}")
        op = spec.get("OP")
        if op is None:
            return body, single
        if op in ("?", "*", "+"):
            return f"(?:{body}){op}", single if op == "+" else None
        raise ValueError(f"unsupported operator {op!r} in {spec}")

    def compile(self, pid: str, kind: str, pattern: list[dict[str, Any]]) -> CompiledPattern:
        parts = [self.element(spec) for spec in pattern]
        required = frozenset(code for _, code in parts if code is not None)
        return CompiledPattern(pid, kind, re.compile("".join(p for p, _ in parts)), required)


class DeadlineMarker(BatchedComponent):
    """spaCy component: adds DEADLINE / SLA / RATE spans (``id_`` = kind)."""

    def __init__(self, nlp: Language, name: str, spans: bool = True) -> None:
        self.name = name
        self.write_spans = spans
        self.words = date_words(nlp.lang)
        common = read_json(COMMON, "deadlines")
        word_class = token_classes(self.words)
        class_regexes = entries(common["class_regexes"])
        patterns = raw_patterns(str(nlp.lang))
        literals = sorted({s["ORTH"] for _, _, p in patterns for s in p if "ORTH" in s})
        declared = entries(self.words.raw["token_classes"])
        names = list(dict.fromkeys([*declared, *class_regexes]))
        compiler = PatternCompiler(names, literals)
        self.compiled = [compiler.compile(pid, kind, pat) for pid, kind, pat in patterns]
        self.word_code = {w: compiler.code[c] for w, c in word_class.items()}
        self.literal_code = compiler.literal
        self.regexes = [(re.compile(rx), compiler.code[n]) for n, rx in class_regexes.items()]
        self.num_code = compiler.code[_NUM]
        self.number_words = frozenset(syntax(nlp.lang).words)
        self.anchors = frozenset(compiler.code[a] for a in common["anchors"] if a in compiler.code)
        extend = {compiler.code[c] for c in common["extend_left"] if c in compiler.code}
        self.extend_left_words = frozenset(w for w, c in self.word_code.items() if c in extend)
        kinds = common["priority"]
        self.priority = {kind: len(kinds) - i for i, kind in enumerate(kinds)}
        self._preps = self.words.deadline_prepositions
        self._sla_followers = self.words.sla_followers
        self._codes: dict[str, str] = {}  # token text → code: a token's class never changes

    def codes(self, doc: Doc) -> str:
        """One character per token: its class code, or a filler no pattern matches."""
        cache = self._codes
        if len(cache) > _CODES_MAX:
            cache.clear()
        get = cache.get
        view = token_view(doc)
        out = []
        for text, low, digit in zip(view.texts, view.lowers, view.digit, strict=True):
            code = get(text)
            if code is None:
                code = cache[text] = self._code(text, low, digit)
            out.append(code)
        return "".join(out)

    def _code(self, text: str, low: str, digit: bool) -> str:
        code = self.word_code.get(low)
        if code is not None:
            return code
        if digit:
            for rx, rx_code in self.regexes:
                if rx.match(low):
                    return rx_code
            return self.num_code
        if low in self.number_words:
            return self.num_code
        return self.literal_code.get(text, _OTHER)

    def __call__(self, doc: Doc) -> Doc:
        codes = self.codes(doc)
        present = set(codes)
        if present.isdisjoint(self.anchors):
            return doc  # no month, year, period word, quarter code...: no deadline to find
        candidates: list[tuple[str, int, int]] = []
        for pat in self.compiled:
            if pat.required <= present:
                for m in pat.regex.finditer(codes):
                    candidates.append((pat.kind, m.start(), m.end()))
        if not candidates:
            return doc
        priority = self.priority
        candidates.sort(key=lambda m: (-priority.get(m[0], 0), m[1] - m[2], m[1]))
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
        add_spans(doc, out, self.write_spans)
        return doc


@Language.factory("smartgoal_deadlines", default_config={"spans": True})
def make_deadlines(nlp: Language, name: str, spans: bool) -> DeadlineMarker:
    return DeadlineMarker(nlp, name, spans)
