"""A goal's place in a document: the exact span of its own text, and what surrounds it.

Both finders (Markdown and plain text) hand the span of a goal *line or paragraph* to
``trim_goal``, which peels off what is not the goal — a task-list checkbox, an explicit marker
('Doel:', 'KR1:'), trailing HTML comments, a progress note, whitespace — so that the span left
is exactly what ``--fix`` may replace. Everything outside it stays byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .notes import ProgressNote, split_note
from .source import Source
from .vocabulary import Vocabulary

_CHECKBOX = re.compile(r"\[[ xX]\][ \t]+")
# A line inside a paragraph that looks like a list item (Markdown reads it as text, e.g. after
# a tab or as a lazy continuation line); a reader still sees the bullet as a bullet.
_BULLET = re.compile(r"(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_TRAILING_COMMENTS = re.compile(r"(?:[ \t]*<!--.*?-->)+[ \t]*$", re.DOTALL)


@dataclass(slots=True)
class GoalSite:
    """One goal in one document. ``start``/``end`` are offsets into ``Source.text``."""

    start: int
    end: int
    line: int  # 1-based, of the goal's first character
    column: int  # 1-based, in characters
    end_line: int
    end_column: int  # 1-based, exclusive
    raw: str  # Source.text[start:end]
    plain: str  # what is analysed: the visible text
    markup: bool = False  # raw differs from plain by more than whitespace
    explicit: bool = False  # introduced by a marker ('Doel:')
    tentative: bool = False  # prose: kept only if the engine finds what goals are made of
    parent: int | None = None  # index of the parent goal (nested list item)
    depth: int = 0
    note: ProgressNote | None = None


@dataclass(frozen=True, slots=True)
class Trimmed:
    start: int
    end: int
    explicit: bool
    note: ProgressNote | None


def trim_goal(
    text: str, start: int, end: int, vocab: Vocabulary, *, checkbox: bool, bullet: bool = False
) -> Trimmed | None:
    """Narrow ``text[start:end]`` to the goal's own words; None when nothing is left.
    ``checkbox``: a task-list box may open it; ``bullet``: so may a list marker that Markdown
    reads as text (inside a paragraph)."""
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip())
    start += lead
    pattern = _BULLET if bullet else _CHECKBOX if checkbox else None
    m = pattern.match(text[start:end]) if pattern else None
    if m:
        start += m.end()
    explicit = False
    m = vocab.marker.match(text[start:end])
    if m:
        explicit = True
        start += m.end()
        rest = text[start:end]
        start += len(rest) - len(rest.lstrip())
    body = text[start:end]
    c = _TRAILING_COMMENTS.search(body)
    if c:
        body = body[: c.start()]
    cut, note = split_note(body, vocab.progress)
    body = body[:cut].rstrip()
    if not body.strip():
        return None
    return Trimmed(start, start + len(body), explicit, note)


def make_site(source: Source, trimmed: Trimmed, plain: str, markup: bool) -> GoalSite:
    line, column = source.position(trimmed.start)
    end_line, end_column = source.position(trimmed.end)
    return GoalSite(
        start=trimmed.start,
        end=trimmed.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        raw=source.text[trimmed.start : trimmed.end],
        plain=plain,
        markup=markup,
        explicit=trimmed.explicit,
        note=trimmed.note,
    )
