"""Inline Markdown in a goal: what a reader sees (for analysis), and keeping it in a fix.

A goal such as ``Meer volgers op [LinkedIn](https://linkedin.com)`` is analysed as the text a
reader sees, 'Meer volgers op LinkedIn' — markdown-it's own inline parser decides what is markup,
so escapes, entities, code spans and reference links read as Markdown reads them. When the rewrite
is spliced back, each markup element whose visible text survives in the rewrite is put back
around it (the link stays a link). The result is parsed again and must read exactly as the
rewrite; if anything would be lost, the fix is marked unsafe and not applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

_ELEMENT = re.compile(
    r"(?P<image>!\[(?P<alt>[^\]\[]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\))"
    r"|(?P<link>\[(?P<text>[^\]\[]+)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]\[]*\]))"
    r"|(?P<code>(?P<ticks>`+)(?P<ctext>.+?)(?P=ticks))"
    r"|(?P<emph>(?P<mark>\*\*|__|~~|\*|_)(?P<etext>[^*_~\s](?:[^*_~]*[^*_~\s])?)(?P=mark))"
)


@cache
def parser() -> MarkdownIt:
    """CommonMark plus tables and strikethrough, with HTML recognised (so it can be skipped)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_children(raw: str, env: dict[str, Any]) -> list[Token]:
    tokens = parser().parseInline(raw, env)
    return list(tokens[0].children or []) if tokens else []


def visible_text(children: list[Token]) -> str:
    """The words a reader sees, whitespace collapsed: link text, code content, image alt."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def normalise(text: str) -> str:
    return " ".join(text.split())


def is_only_link(children: list[Token]) -> bool:
    """A line that is nothing but a link or image points somewhere; it states no goal."""
    kinds = [c.type for c in children if not (c.type == "text" and not c.content.strip())]
    if not kinds:
        return False
    if kinds == ["image"]:
        return True
    return kinds[0] == "link_open" and kinds[-1] == "link_close" and "link_close" not in kinds[:-1]


@dataclass(frozen=True, slots=True)
class Plain:
    """A goal's visible text and whether its source differs from it (has markup)."""

    text: str
    markup: bool
    only_link: bool


def plain(raw: str, env: dict[str, Any]) -> Plain:
    children = inline_children(raw, env)
    text = visible_text(children)
    return Plain(text, text != normalise(raw), is_only_link(children))


def restore(raw: str, rewrite: str, env: dict[str, Any]) -> str | None:
    """The rewrite with the goal's markup put back, or None when that cannot be done safely.

    Safe means: parsing the result shows exactly the rewrite, and every markup element of the
    original is still there.
    """
    result = rewrite
    elements = list(_ELEMENT.finditer(raw))
    for m in elements:
        inner = m.group("alt") or m.group("text") or m.group("ctext") or m.group("etext") or ""
        shown = visible_text(inline_children(m.group(0), env))
        if not shown or shown != normalise(inner if not m.group("code") else inner.strip()):
            return None
        hits = [h for h in re.finditer(re.escape(shown), result) if _bounded(result, h)]
        if len(hits) != 1:
            return None
        h = hits[0]
        result = result[: h.start()] + m.group(0) + result[h.end() :]
    if normalise(visible_text(inline_children(result, env))) != normalise(rewrite):
        return None
    if any(m.group(0) not in result for m in elements):
        return None
    if plain(raw, env).text != _strip_elements(raw, elements, env):
        return None  # markup the element pattern does not know (HTML, nesting): leave it alone
    return result


def _strip_elements(raw: str, elements: list[re.Match[str]], env: dict[str, Any]) -> str:
    """The raw text with each known element replaced by its visible text, normalised."""
    out, pos = [], 0
    for m in elements:
        out.append(raw[pos : m.start()])
        out.append(visible_text(inline_children(m.group(0), env)))
        pos = m.end()
    out.append(raw[pos:])
    return normalise("".join(out))


def _bounded(text: str, m: re.Match[str]) -> bool:
    """The match is not part of a longer word."""
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not (before.isalnum() or after.isalnum())
