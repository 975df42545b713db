"""A document as bytes and as text, with exact offsets between the two.

Files are read as bytes and decoded as UTF-8 (a BOM is remembered and removed), so that every
character offset in the text maps back to exactly one place in the file, and writing the text
back (with the BOM) reproduces every untouched byte. Lines are split on CRLF, CR and LF only —
the same breaks markdown-it counts — so line numbers agree with its token maps, and a file with
mixed line endings keeps each one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

BOM = "\ufeff"
LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BINARY_SNIFF = 8192
# byte order marks of the wide Unicode encodings, longest first (UTF-32 LE starts like UTF-16 LE)
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class SourceError(Exception):
    """A file that cannot be linted: missing, unreadable, binary or not UTF-8."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its content is ``text[start:end]``; the line break runs to ``next``."""

    start: int
    end: int
    next: int


def split_lines(text: str) -> list[Line]:
    """All lines, the last one possibly empty (after a final line break)."""
    lines: list[Line] = []
    pos = 0
    for m in LINE_BREAK.finditer(text):
        lines.append(Line(pos, m.start(), m.end()))
        pos = m.end()
    lines.append(Line(pos, len(text), len(text)))
    return lines


@dataclass(slots=True)
class Source:
    """A decoded document. ``display`` is the path as findings show it."""

    path: Path
    display: str
    data: bytes
    text: str
    bom: bool
    lines: list[Line] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines = split_lines(self.text)
        self._starts = [line.start for line in self.lines]

    @property
    def is_markdown(self) -> bool:
        return self.path.suffix.lower() in (".md", ".markdown", ".mdown", ".mkd")

    def line_index(self, offset: int) -> int:
        """0-based index of the line holding ``offset``."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a text offset."""
        i = self.line_index(offset)
        return i + 1, offset - self.lines[i].start + 1

    def line_text(self, index: int) -> str:
        line = self.lines[index]
        return self.text[line.start : line.end]

    def encode(self, text: str) -> bytes:
        """Text back to file bytes, with the BOM the file had."""
        return ((BOM if self.bom else "") + text).encode("utf-8")


def decode(data: bytes, what: str) -> tuple[str, bool]:
    """UTF-8 bytes → (text without BOM, had BOM). Raises SourceError for binary or other
    encodings: guessing would risk writing back bytes the user never had."""
    for mark, name in _WIDE_BOMS:
        if data.startswith(mark):  # text, but every character wider than a byte: not 'binary'
            raise SourceError(f"{what}: {name} text; convert it to UTF-8 to lint it")
    if b"\x00" in data[:_BINARY_SNIFF] or b"\x00" in data:
        raise SourceError(f"{what}: binary file (contains NUL bytes), not linted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{what}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 to lint it"
        ) from None
    if text.startswith(BOM):
        return text[1:], True
    return text, False


def read_source(path: Path, display: str) -> Source:
    """Read and decode one file, or raise SourceError naming it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{display}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{display}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{display}: cannot read ({exc.strerror or exc})") from None
    text, bom = decode(data, display)
    return Source(path=path, display=display, data=data, text=text, bom=bom)
