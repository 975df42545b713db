"""Suppression comments, as markdownlint and Vale have them.

``<!-- smartgoal-disable [CODES] -->`` … ``<!-- smartgoal-enable [CODES] -->`` switch findings
off for a range of lines; ``<!-- smartgoal-disable-next-line [CODES] -->`` for the next non-blank
line; ``<!-- smartgoal-disable-line [CODES] -->`` for its own line; ``<!-- smartgoal-disable-file
[CODES] -->`` for the whole file. Without codes every finding is suppressed; codes may be
prefixes (``SG10`` covers SG101–SG109). A finding belongs to the first line of its goal.
Comments inside code blocks are examples, not directives, and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"<!--\s*smartgoal-(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?P<codes>(?:[\s,]+[A-Za-z]+\d*)*)\s*-->",
    re.IGNORECASE,
)
ALL = "*"


def _codes(text: str) -> frozenset[str]:
    found = frozenset(c.upper() for c in re.split(r"[\s,]+", text) if c)
    return found or frozenset({ALL})


def _covers(codes: Collection[str], code: str) -> bool:
    return any(c == ALL or code.startswith(c) for c in codes)


@dataclass(slots=True)
class Suppressions:
    """Which codes are off on which (0-based) line."""

    by_line: dict[int, set[str]] = field(default_factory=dict)
    file: set[str] = field(default_factory=set)

    def suppressed(self, line: int, code: str) -> bool:
        return _covers(self.file, code) or _covers(self.by_line.get(line, ()), code)

    @property
    def directive_count(self) -> int:
        return len(self.by_line) + len(self.file)


def scan(lines: list[str], skip: Collection[int] = ()) -> Suppressions:
    """Read the directives in ``lines`` (0-based), ignoring the lines in ``skip`` (code)."""
    result = Suppressions()
    active: dict[str, int] = {}  # code → number of open disable ranges covering it
    pending_next: set[str] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        directives = list(_DIRECTIVE.finditer(line))
        content = _DIRECTIVE.sub("", line).strip()
        if pending_next and content:
            result.by_line.setdefault(i, set()).update(pending_next)
            pending_next = set()
        current = {c for c, n in active.items() if n > 0}
        if current:
            result.by_line.setdefault(i, set()).update(current)
        for d in directives:
            verb, codes = d.group("verb").lower(), _codes(d.group("codes"))
            if verb == "disable":
                for c in codes:
                    active[c] = active.get(c, 0) + 1
            elif verb == "enable":
                if ALL in codes:
                    active.clear()
                for c in codes:
                    active[c] = max(active.get(c, 0) - 1, 0)
            elif verb == "disable-next-line":
                pending_next |= codes
            elif verb == "disable-line":
                result.by_line.setdefault(i, set()).update(codes)
            else:
                result.file |= codes
    return result
