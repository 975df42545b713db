"""The words that tell where goals stand in a document, read from ``models/<lang>/documents.json``.

Headings, label lines ('Doelen:', 'Key results:'), explicit goal markers ('Doel:', 'KR1:') and
progress-note words of *all* languages are merged: a Dutch plan often says 'Key results' and an
English one may quote 'Doelen'. Only the messages are per language (the goal's own). The code
here builds matchers from those lists and never names a word itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..langdata import languages, read_json

SectionKind = Literal["goal", "nongoal", "neutral"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*'?")
_INLINE_MARKS = re.compile(r"[*_`~]")
NUMBER = r"\d+(?:[.,]\d+)*"
_LABEL_MAX_WORDS = 8


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower().translate(_APOSTROPHES)))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Merged document vocabulary; ``classify`` decides what kind of section a heading opens."""

    goal: frozenset[tuple[str, ...]]
    goal_suffixes: tuple[str, ...]
    negation: frozenset[tuple[str, ...]]
    context: frozenset[tuple[str, ...]]
    marker: re.Pattern[str]
    progress: re.Pattern[str]

    def classify(self, text: str) -> SectionKind:
        """'goal', 'nongoal' or 'neutral' for a heading or label text.

        The first word that names a kind decides, a negation winning a tie ('Niet-doelen' is a
        negation even though it ends in 'doelen'); context words ('Achtergrond', 'Notes') only
        decide when nothing names a goal.
        """
        toks = _tokens(_INLINE_MARKS.sub("", text))
        for i in range(len(toks)):
            if _match_at(toks, i, self.negation):
                return "nongoal"
            if _match_at(toks, i, self.goal) or self._goal_word(toks[i]):
                return "goal"
        if any(_match_at(toks, i, self.context) for i in range(len(toks))):
            return "nongoal"
        return "neutral"

    def _goal_word(self, token: str) -> bool:
        """Compounds: 'marketingdoelen' (a suffix), 'q1-goals' (a hyphenated part)."""
        if any(token.endswith(s) and len(token) > len(s) for s in self.goal_suffixes):
            return True
        if "-" in token:
            return any((part,) in self.goal for part in token.split("-")[1:])
        return False


def _match_at(toks: tuple[str, ...], i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(toks[i : i + len(p)] == p for p in phrases)


def file_kind(vocab: Vocabulary, name: str) -> SectionKind:
    """What a file's name says about its content before any heading: 'doelen.txt',
    'okr-q1.md' hold goals; 'notes.md', 'CHANGELOG.md' do not; most names say nothing."""
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return vocab.classify(re.sub(r"[-_.]+", " ", stem))


def label_text(text: str) -> str | None:
    """The text of a label line ('Doelen:', '**Key results:**', '**Goals**'), or None.

    A label is a short line that ends with a colon, or a short line that is bold as a whole:
    it introduces what follows and is never a goal itself.
    """
    stripped = text.strip()
    plain = _INLINE_MARKS.sub("", stripped).strip()
    if not plain or len(plain.split()) > _LABEL_MAX_WORDS:
        return None
    if plain.endswith(":"):
        return plain[:-1].strip() or None
    for mark in ("**", "__"):
        if len(stripped) > 4 and stripped.startswith(mark) and stripped.endswith(mark):
            inner = stripped[2:-2]
            if mark not in inner:
                return plain
    return None


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered)


def _phrases(data: dict[str, Any], key: str) -> set[tuple[str, ...]]:
    return {_tokens(p) for p in data.get(key, {}).get("phrases", []) if _tokens(p)}


@cache
def vocabulary(extra_goal: tuple[str, ...] = (), extra_nongoal: tuple[str, ...] = ()) -> Vocabulary:
    """The merged vocabulary of every language, plus headings a config adds."""
    goal: set[tuple[str, ...]] = {_tokens(p) for p in extra_goal if _tokens(p)}
    negation: set[tuple[str, ...]] = {_tokens(p) for p in extra_nongoal if _tokens(p)}
    context: set[tuple[str, ...]] = set()
    suffixes: set[str] = set()
    markers: list[str] = []
    numbered: list[str] = []
    progress_words: list[str] = []
    for lang in languages():
        data = read_json(lang, "documents")
        goal |= _phrases(data, "goal_headings")
        negation |= _phrases(data, "non_goal_headings")
        context |= _phrases(data, "context_headings")
        suffixes.update(s.lower() for s in data["goal_headings"].get("suffixes", []))
        markers += data["markers"]["words"]
        numbered += data["markers"].get("numbered", [])
        progress_words += data["progress"]["words"]
    num = r"\d+(?:[.\-]\d+)*[a-z]?"
    marker = re.compile(
        rf"^[*_]{{0,3}}(?:(?:{_alternation(markers)})(?:[ \t]*{num})?"
        rf"|(?:{_alternation(numbered)})[ \t]*{num})"
        rf"[ \t]*[*_]{{0,3}}[ \t]*:[*_]{{0,3}}(?:[ \t]+|$)",
        re.IGNORECASE,
    )
    progress = re.compile(
        rf"[ \t]*(?:[-\u2013\u2014,;|][ \t]*)?"
        rf"(?:\((?P<cur1>{NUMBER})[ \t]*/[ \t]*(?P<tot1>{NUMBER})\)"
        rf"|(?P<open>[(\[])?[ \t]*(?:{_alternation(progress_words)})[ \t]*[:=][ \t]*"
        rf"(?P<cur2>{NUMBER})(?P<pct>[ \t]*%)?(?:[ \t]*/[ \t]*(?P<tot2>{NUMBER}))?[ \t]*"
        rf"(?(open)[)\]]|))[ \t]*\.?$",
        re.IGNORECASE,
    )
    return Vocabulary(
        goal=frozenset(goal),
        goal_suffixes=tuple(sorted(suffixes)),
        negation=frozenset(negation),
        context=frozenset(context),
        marker=marker,
        progress=progress,
    )


@cache
def messages(lang: str) -> dict[str, str]:
    """The document-finding messages in one language."""
    return dict(read_json(lang, "documents")["messages"])
