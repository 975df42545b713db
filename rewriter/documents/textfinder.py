"""Finding goals in plain text (``.txt``): simple line rules, because there is no syntax.

- A *heading-like* line is a ``#`` heading, a line underlined with ``===`` or ``---``, or a
  short label ending in a colon ('Doelen:', 'Risks:'). It sets the kind of what follows, until
  the next heading-like line: goal, non-goal or neutral (same vocabulary as Markdown).
- Under a goal heading, every other non-empty line is a goal (one goal per line); a line that
  is not a list item and has no 'Doel:' marker counts only if the engine finds something goals
  are made of in it (a verb, metric, number or vague word), as a Markdown paragraph.
- A list line (``-``, ``*``, ``+``, ``•``, ``1.``, ``1)``, ``a)``; optional ``[ ]`` checkbox) is a
  goal under a goal heading, and also under a neutral one when the file names no goal section.
- A line starting with an explicit marker ('Doel:', 'KR1:') is a goal anywhere.
- A goal indented deeper than the goal above it is its sub-goal.
The file name is a heading above the first line: every line of 'goals.txt' or 'doelen.txt' is
a goal until a heading says otherwise. Front matter and suppression comments are skipped; blank
lines change nothing.
"""

from __future__ import annotations

import re

from .finder import MAX_GOAL_CHARS, Found, ListPolicy, front_matter_end
from .markup import normalise
from .sites import make_site, trim_goal
from .source import Source
from .vocabulary import SectionKind, Vocabulary, file_kind, label_text

_LIST = re.compile(r"[ \t]*(?:[-*+\u2022\u00b7\u2013]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+(?=\S)")
_ATX = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
_UNDERLINE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*$")
_DIRECTIVE_ONLY = re.compile(r"[ \t]*<!--.*-->[ \t]*$")
_TAB = 4


def _width(indent: str) -> int:
    return len(indent.expandtabs(_TAB))


def _heading_text(lines: list[str], i: int) -> str | None:
    """The text of a heading-like line, or None."""
    line = lines[i]
    m = _ATX.match(line)
    if m:
        return m.group("text")
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if line.strip() and _UNDERLINE.match(nxt) and not _LIST.match(line):
        return line.strip()
    return label_text(_LIST.sub("", line, count=1))


def find_text(source: Source, vocab: Vocabulary, policy: ListPolicy = "auto") -> Found:
    """All goals of a plain-text document, in document order."""
    fm = front_matter_end(source)
    lines = [source.text[ln.start : ln.end] for ln in source.lines]
    headings = {i: _heading_text(lines, i) for i in range(fm, len(lines)) if lines[i].strip()}
    start_kind = file_kind(vocab, source.path.name)
    names_goals = start_kind == "goal" or any(
        t and vocab.classify(t) == "goal" for t in headings.values()
    )
    lists_in_neutral = policy == "everywhere" or (policy == "auto" and not names_goals)

    found = Found(sites=[], skip_lines=set(range(fm)))
    kind: SectionKind = start_kind
    stack: list[tuple[int, int]] = []  # (indent width, site index)
    underline = False
    for i in range(fm, len(lines)):
        line = lines[i]
        if not line.strip() or _DIRECTIVE_ONLY.match(line):
            continue
        if underline:
            underline = False
            continue
        heading = headings.get(i)
        if heading is not None:
            kind = vocab.classify(heading)
            stack.clear()
            underline = (
                not _ATX.match(line) and i + 1 < len(lines) and bool(_UNDERLINE.match(lines[i + 1]))
            )
            continue
        m = _LIST.match(line)
        content = m.end() if m else len(line) - len(line.lstrip())
        indent = _width(line[: len(line) - len(line.lstrip())])
        is_list = m is not None
        counts = kind == "goal" or (is_list and kind == "neutral" and lists_in_neutral)
        row = source.lines[i]
        trimmed = trim_goal(source.text, row.start + content, row.end, vocab, checkbox=is_list)
        if trimmed is None or not (counts or trimmed.explicit):
            continue
        raw = source.text[trimmed.start : trimmed.end]
        if len(raw) > MAX_GOAL_CHARS:
            continue
        site = make_site(source, trimmed, normalise(raw), markup=False)
        # a plain line (no list marker, no 'Doel:') is prose, as a Markdown paragraph is: a
        # title ('Jaarplan 2027') or a closing line ('Einde.') in doelen.txt is no goal
        site.tentative = not is_list and not trimmed.explicit
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            site.parent = stack[-1][1]
            site.depth = len(stack)
        found.sites.append(site)
        stack.append((indent, len(found.sites) - 1))
    return found
