"""Which language a goal is written in, from vocabulary evidence.

Goals are a handful of words, too short for a generic character-statistics detector. Instead each
word votes for the languages whose data (models/<lang>/: function words, metrics, channels, verbs,
months, number words) contain it, a word shared by several languages splitting its vote. Words no
language knows vote weakly through spelling cues (Dutch 'ij', 'heid'; English 'tion', 'ing').
Ties go to the first language in alphabetical order.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from itertools import chain

from .dates import date_words
from .langdata import languages
from .lexicon import lexicon
from .numbers import syntax

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SUFFIX_WEIGHT = 0.25


@cache
def _vocabularies() -> dict[str, frozenset[str]]:
    vocab: dict[str, frozenset[str]] = {}
    for lang in languages():
        lex = lexicon(lang)
        words: set[str] = set(lex.detect_words)
        for group in (*lex.metrics.values(), *lex.channels.values(), lex.vague, lex.purpose):
            for phrase in group:
                words.update(_WORD.findall(phrase.lower()))
        words.update(w for form in lex.action_forms for w in form.split())
        words.update(lex.modifiers)
        words.update(lex.determiners)
        words.update(date_words(lang).months)
        words.update(date_words(lang).period_units)
        words.update(syntax(lang).words)
        vocab[lang] = frozenset(words)
    return vocab


@cache
def _weights() -> dict[str, dict[str, float]]:
    vocab = _vocabularies()
    counts: dict[str, int] = {}
    for words in vocab.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {lang: {w: 1.0 / counts[w] for w in words} for lang, words in vocab.items()}


@lru_cache(maxsize=65536)
def word_votes(word: str) -> tuple[float, ...]:
    """One word's evidence for each language (in ``languages()`` order); cached per word."""
    weights = _weights()
    votes = [table.get(word, 0.0) for table in weights.values()]
    if not any(votes):
        votes = [
            _SUFFIX_WEIGHT if any(s in word for s in lexicon(lang).detect_suffixes) else 0.0
            for lang in weights
        ]
    return tuple(votes)


# bounded: chunks with numbers ('2.242', '€45k') are mostly new (a 20,000-goal batch has ~5,500)
@lru_cache(maxsize=16_384)
def _chunk_votes(chunk: str) -> tuple[tuple[float, ...], ...]:
    """The votes of each word in one whitespace-separated chunk ('leads,' → 'leads').

    Words never span whitespace, so a goal's words are its chunks' words; caching per chunk
    spares the word regex on every goal that repeats a chunk.
    """
    return tuple(word_votes(w) for w in _WORD.findall(chunk))


def scores(text: str) -> dict[str, float]:
    """Evidence per language; exposed for tests and debugging."""
    langs = list(_weights())
    votes = list(chain.from_iterable(map(_chunk_votes, text.lower().split())))
    if not votes:
        return dict.fromkeys(langs, 0.0)
    # one column of votes per language, summed exactly in C: this runs once per goal
    return dict(zip(langs, map(math.fsum, zip(*votes, strict=True)), strict=True))


def detect(text: str) -> str:
    """'nl' or 'en' (or any language with a models folder)."""
    result = scores(text)
    best = max(result.values())
    for lang in sorted(result):
        if result[lang] == best:
            return lang
    raise AssertionError("no languages")  # pragma: no cover
