"""Writing fixes: splice rewrites into exact spans, show them as a diff, write atomically.

Only a goal's own span (``GoalSite.start:end``) is replaced, so the list marker, indentation,
checkbox, numbering, progress note, trailing whitespace, line endings, BOM and every other line
keep their bytes. Files are written the way editors save: a temporary file in the same folder,
flushed and fsync'ed, given the original's permissions, then ``os.replace``d over the original —
an interrupted run leaves either the old file or the new one, never half of one. A file that
changed on disk since it was read is not overwritten.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .source import LINE_BREAK, Source, SourceError


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Splice non-overlapping edits into ``text`` (any order given)."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos:
            raise ValueError("overlapping edits")
        out.append(text[pos : e.start])
        out.append(e.new)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def _keep_ends(text: str) -> list[str]:
    lines, pos = [], 0
    for m in LINE_BREAK.finditer(text):
        lines.append(text[pos : m.end()])
        pos = m.end()
    if pos < len(text):
        lines.append(text[pos:])
    return lines


def unified_diff(display: str, old: str, new: str) -> str:
    """A ``git diff``-style unified diff of one file: a/ and b/ prefixes for relative paths
    (so ``git apply``/``patch -p1`` take it), 3 lines of context."""
    out = []
    absolute = display.startswith(("/", "\\")) or (len(display) > 1 and display[1] == ":")
    before, after = (display, display) if absolute else (f"a/{display}", f"b/{display}")
    for line in difflib.unified_diff(_keep_ends(old), _keep_ends(new), before, after, n=3):
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def write_atomic(source: Source, new_text: str) -> None:
    """Replace the file with ``new_text`` (encoded like the original), atomically."""
    data = source.encode(new_text)
    target = Path(os.path.realpath(source.path))
    try:
        if target.read_bytes() != source.data:
            raise SourceError(f"{source.display}: changed on disk while linting; not fixed")
        st = target.stat()
    except OSError as exc:
        raise SourceError(f"{source.display}: cannot fix ({exc.strerror or exc})") from None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".smartgoal")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        with contextlib.suppress(OSError):  # only root can give a file to another owner
            os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise SourceError(f"{source.display}: cannot fix ({exc.strerror or exc})") from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
