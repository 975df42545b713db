"""Whether a rewrite keeps what the goal's author wrote: what makes a fix safe to apply.

A rewrite rebuilt from a template keeps only the pieces the engine understood. On a line like
``- Marketing: meer leads krijgen (zie bijlage)`` or a paragraph with a second sentence, that
silently deletes the label, the aside or the sentence. Like ruff's unsafe fixes, such a rewrite
is still reported (with its text), but ``--fix`` applies it only with ``--unsafe-fixes``.

A word may go without making the fix unsafe when the rewrite replaces it on purpose: the vague
word ('meer', 'more') and the verb (re-said as an imperative), or when it carries no content of
its own: the language's stop words, modal verbs, determiners, 'het aantal' / 'the number of'.
Everything else must be in the rewrite as often as in the goal: words, numbers, and symbols
such as an emoji or a Markdown hard break (a trailing backslash).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import lexicon

if TYPE_CHECKING:
    from ..report import GoalReport

_PIECE = re.compile(r"[^\W_]+|[^\w\s]")


def _must_keep(piece: str) -> bool:
    """A word or number, a symbol (emoji, ©, +), or a backslash; punctuation may move."""
    if piece[0].isalnum():
        return True
    return piece == "\\" or unicodedata.category(piece[0]).startswith("S")


@cache
def _free_words(lang: str) -> frozenset[str]:
    """Words a rewrite may drop in ``lang``: spaCy's stop words and our function-word lists."""
    from spacy.util import get_lang_class

    lex = lexicon(lang)
    stop = get_lang_class(lang).Defaults.stop_words
    return frozenset(
        {w.lower() for w in stop}
        | {w for v in lex.vague for w in v.split()}
        | lex.auxiliaries
        | lex.determiners
        | lex.count_nouns
        | lex.partitive
    )


def dropped_words(report: GoalReport) -> list[str]:
    """The words (numbers, symbols) of ``report.text`` that ``report.rewrite`` leaves out."""
    frame = report.frame
    replaced = [(s.start, s.end) for s in frame.vague]
    if frame.action is not None:
        replaced.append((frame.action.start, frame.action.end))
    free = _free_words(report.lang)
    have = Counter(m.group().lower() for m in _PIECE.finditer(report.rewrite))
    lost = []
    for m in _PIECE.finditer(report.text):
        piece = m.group()
        low = piece.lower()
        if not _must_keep(piece) or low in free:
            continue
        if any(a <= m.start() and m.end() <= b for a, b in replaced):
            continue
        if have[low] > 0:
            have[low] -= 1
        else:
            lost.append(piece)
    return lost
