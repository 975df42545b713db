"""Finding goals in Markdown, the way a person reads a planning document.

markdown-it-py parses the document (CommonMark + tables); its token line maps locate each block,
and the block's own lines in the source give exact character offsets — Markdown is never
re-rendered. Goals are:

- list items (bulleted, numbered, task lists) in a goal section — a section whose heading (or a
  label line such as 'Key results:') names goals: Doelen, Goals, OKR... (``documents.json``);
  in a document that names no goal section at all, list items in neutral sections count too;
- nested list items: sub-goals of the item they are nested in;
- paragraphs in a goal section, when the engine finds what a goal is made of in them (an action,
  a metric, a number or a vague quantity) — an intro sentence ('The goals below are reviewed
  monthly') is not a goal;
- any line starting with an explicit marker ('Doel:', 'Goal:', 'KR1:'), wherever it stands.

A document's file name counts as a heading above its first one: 'doelen.md', 'okr-q1.md' start
in a goal section, 'notes.md' or 'CHANGELOG.md' in a non-goal one.

Never: front matter, code (fenced or indented), HTML blocks and comments, headings, tables,
block quotes, link reference definitions, a list item that is only a link, label lines, prose
outside goal sections, and anything in a section whose heading negates goals (Non-goals,
Niet-doelen, Risks) or gives context (Notes, Achtergrond).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from markdown_it.token import Token

from . import markup
from .sites import GoalSite, make_site, trim_goal
from .source import Source
from .vocabulary import SectionKind, Vocabulary, file_kind, label_text

ListPolicy = Literal["auto", "everywhere", "goal-sections"]
LIST_POLICIES: tuple[str, ...] = ("auto", "everywhere", "goal-sections")
MAX_GOAL_CHARS = 5000
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*$")


@dataclass(slots=True)
class Found:
    """The goals of one document, plus what suppression scanning must skip."""

    sites: list[GoalSite]
    skip_lines: set[int] = field(default_factory=set)  # code and front matter (0-based)
    env: dict[str, Any] = field(default_factory=dict)  # markdown-it env: link references


def front_matter_end(source: Source) -> int:
    """Number of lines of YAML (``---``) or TOML (``+++``) front matter at the file's start."""
    first = source.line_text(0).strip() if source.lines else ""
    closers = {"---": ("---", "..."), "+++": ("+++",)}.get(first)
    if closers is None:
        return 0
    for i in range(1, len(source.lines)):
        if source.line_text(i).strip() in closers:
            return i + 1
    return 0


@dataclass(slots=True)
class _Item:
    level: int
    override: SectionKind | None = None
    goal: int | None = None
    seen_paragraph: bool = False


@dataclass(frozen=True, slots=True)
class _Piece:
    line: int
    start: int
    end: int
    hard_break: bool


class _Walker:
    """One pass over the token stream, keeping the section context of each block."""

    def __init__(self, source: Source, vocab: Vocabulary, policy: ListPolicy) -> None:
        self.source = source
        self.vocab = vocab
        self.policy = policy
        self.headings: list[tuple[int, SectionKind]] = []
        self.label_kind: SectionKind | None = None
        self.items: list[_Item] = []
        self.sites: list[GoalSite] = []
        self.env: dict[str, Any] = {}
        self.skip: set[int] = set()
        self.lists_in_neutral = policy == "everywhere"
        self.file_kind = file_kind(vocab, source.path.name)

    # --- context -----------------------------------------------------------------------------

    @property
    def section_kind(self) -> SectionKind:
        return self.headings[-1][1] if self.headings else self.file_kind

    def list_kind(self) -> SectionKind:
        for item in reversed(self.items):
            if item.override is not None:
                return item.override
        return self.label_kind or self.section_kind

    def parent_goal(self) -> tuple[int | None, int]:
        """The nearest enclosing list item that is a goal, and the nesting depth."""
        depth = 0
        parent = None
        for item in reversed(self.items[:-1]):
            if item.goal is not None:
                if parent is None:
                    parent = item.goal
                depth += 1
        return parent, depth

    # --- the walk ----------------------------------------------------------------------------

    def run(self, tokens: list[Token]) -> None:
        self.lists_in_neutral = self.policy == "everywhere" or (
            self.policy == "auto" and not self._names_goal_section(tokens)
        )
        quote = 0
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind in ("fence", "code_block") and tok.map:
                self.skip.update(range(tok.map[0], tok.map[1]))
            if kind == "blockquote_open":
                quote += 1
            elif kind == "blockquote_close":
                quote -= 1
            elif quote:
                pass  # quoted text is someone else's words: never a goal
            elif kind == "heading_open":
                self._heading(int(tok.tag[1:]), tokens[i + 1].content)
                i += 2
            elif kind == "list_item_open":
                self.items.append(_Item(level=tok.level))
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "paragraph_open":
                inline = tokens[i + 1]
                item = self.items[-1] if self.items else None
                if item is not None and not item.seen_paragraph and tok.level == item.level + 1:
                    item.seen_paragraph = True
                    self._list_paragraph(item, inline)
                elif item is not None:
                    self._paragraph(inline, only_explicit=True)
                else:
                    self._paragraph(inline, only_explicit=False)
                i += 2
            i += 1

    def _names_goal_section(self, tokens: list[Token]) -> bool:
        if self.file_kind == "goal":
            return True
        for i, tok in enumerate(tokens):
            if tok.type not in ("heading_open", "paragraph_open"):
                continue
            text: str | None = tokens[i + 1].content
            if tok.type == "paragraph_open" and text is not None:
                text = label_text(text) if "\n" not in text else None
            if text and self.vocab.classify(text) == "goal":
                return True
        return False

    def _heading(self, level: int, text: str) -> None:
        kind = self.vocab.classify(text)
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        if kind == "neutral":
            kind = self.section_kind
        self.headings.append((level, kind))
        self.label_kind = None

    def _label(self, pieces: list[_Piece], prose: bool) -> SectionKind | None:
        """The kind a label names ('Key results:' → goal, 'Bijvoorbeeld:' → neutral), or None
        when the block is not a label. A paragraph ending in a colon introduces what follows
        ('Dit kwartaal richten we ons op de volgende doelen:') and is neutral, not a goal; a
        long list item ending in a colon is a goal whose means are listed below it."""
        first = re.sub(r"^\[[ xX]\][ \t]+", "", self.source.text[pieces[0].start : pieces[0].end])
        if len(pieces) == 1:
            label = label_text(first)
            if label is not None:
                return self.vocab.classify(label)
        last = self.source.text[pieces[-1].start : pieces[-1].end]
        if prose and last.rstrip("*_ \t").endswith(":") and not self.vocab.marker.match(first):
            return "neutral"
        return None

    def _list_paragraph(self, item: _Item, inline: Token) -> None:
        pieces = self._pieces(inline)
        if not pieces:
            return
        label = self._label(pieces, prose=False)
        if label is not None:
            if label != "neutral":
                item.override = label
            return
        kind = self.list_kind()
        counts = kind == "goal" or (kind == "neutral" and self.lists_in_neutral)
        parent, depth = self.parent_goal()
        for n, segment in enumerate(self._segments(pieces, prose=False)):
            index = self._add(segment, checkbox=n == 0, require_explicit=not counts)
            if index is None:
                continue
            site = self.sites[index]
            site.parent, site.depth = parent, depth
            if item.goal is None:
                item.goal = index

    def _paragraph(self, inline: Token, only_explicit: bool) -> None:
        pieces = self._pieces(inline)
        if not pieces:
            return
        label = self._label(pieces, prose=True)
        if label is not None:
            if label != "neutral" and not only_explicit:
                self.label_kind = label
            return
        in_goals = not only_explicit and (self.label_kind or self.section_kind) == "goal"
        for segment in self._segments(pieces, prose=True):
            index = self._add(segment, checkbox=False, require_explicit=not in_goals, bullet=True)
            if index is not None and not self.sites[index].explicit:
                self.sites[index].tentative = True

    # --- lines and segments ------------------------------------------------------------------

    def _pieces(self, inline: Token) -> list[_Piece]:
        """Each source line of a block with the exact span of its content (markers and
        indentation excluded), found by matching markdown-it's content back to the line."""
        if inline.map is None:
            return []
        first, last = inline.map
        content = inline.content.split("\n")
        if len(content) != last - first:
            return []
        pieces = []
        for j, chunk in enumerate(content):
            line = self.source.lines[first + j]
            src = self.source.text[line.start : line.end]
            body = chunk.strip()
            if not body:
                continue
            col = len(src.rstrip()) - len(body)
            if col < 0 or src[col : col + len(body)] != body:
                return []  # cannot map exactly: better no goal than a wrong span
            hard = src.endswith("  ") or body.endswith("\\")
            pieces.append(_Piece(first + j, line.start + col, line.start + col + len(body), hard))
        return pieces

    def _segments(self, pieces: list[_Piece], prose: bool) -> list[list[_Piece]]:
        """Split a block into goals. A list item is one goal unless a line starts with an
        explicit marker; a paragraph also splits at hard line breaks and where a line ends a
        sentence and the next starts a new one. Other line breaks are wrapping."""
        segments: list[list[_Piece]] = []
        for p in pieces:
            text = self.source.text[p.start : p.end]
            if segments:
                prev = segments[-1][-1]
                prev_text = self.source.text[prev.start : prev.end]
                new = bool(self.vocab.marker.match(text)) or (
                    prose
                    and (
                        prev.hard_break
                        or (bool(_SENTENCE_END.search(prev_text)) and text[:1].isupper())
                    )
                )
                if not new:
                    segments[-1].append(p)
                    continue
            segments.append([p])
        return segments

    def _add(
        self, segment: list[_Piece], checkbox: bool, require_explicit: bool, bullet: bool = False
    ) -> int | None:
        trimmed = trim_goal(
            self.source.text,
            segment[0].start,
            segment[-1].end,
            self.vocab,
            checkbox=checkbox,
            bullet=bullet,
        )
        if trimmed is None or (require_explicit and not trimmed.explicit):
            return None
        raw = self.source.text[trimmed.start : trimmed.end]
        seen = markup.plain(raw, self.env)
        if not seen.text or seen.only_link or len(seen.text) > MAX_GOAL_CHARS:
            return None
        self.sites.append(make_site(self.source, trimmed, seen.text, seen.markup))
        return len(self.sites) - 1


def find_markdown(source: Source, vocab: Vocabulary, policy: ListPolicy = "auto") -> Found:
    """All goals of a Markdown document, in document order."""
    fm = front_matter_end(source)
    lines = [
        "" if i < fm else source.text[line.start : line.end] for i, line in enumerate(source.lines)
    ]
    walker = _Walker(source, vocab, policy)
    tokens = markup.parser().parse("\n".join(lines), walker.env)
    walker.run(tokens)
    walker.skip.update(range(fm))
    return Found(walker.sites, walker.skip, walker.env)
