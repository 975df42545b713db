"""Helpers shared by the document-mode tests (this module holds no tests).

``lint(...)`` runs ``smartgoal lint`` in-process through the real entry point, so the spaCy
pipelines load once per test session, and returns the exit code, stdout and stderr.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from rewriter.cli import main

DATA = Path(__file__).parent / "data" / "documents"
# a copy of ../shared/examples, so the tests run on a fresh clone too (test_contract.py keeps
# the copies equal to the originals when ../shared is checked out next to the repository)
EXAMPLES = Path(__file__).resolve().parent / "data" / "documents" / "examples"
TODAY = "2026-11-28"
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>SG\d{3}) (?P<msg>.+)$")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def findings(self) -> list[tuple[str, int, int, str]]:
        """(file name, line, column, code) of each text-format line."""
        rows = []
        for line in self.out.splitlines():
            m = LINE.match(line)
            assert m, f"not a finding line: {line!r}"
            rows.append((Path(m["path"]).name, int(m["line"]), int(m["col"]), m["code"]))
        return rows

    def lines_flagged(self, name: str) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        for file, line, _col, code in self.findings():
            if file == name:
                out.setdefault(line, set()).add(code)
        return out


def lint(*args: str | Path, cwd: Path | None = None, today: str | None = TODAY) -> Run:
    argv = ["lint", *(str(a) for a in args)]
    if today is not None and "--today" not in argv:
        argv += ["--today", today]
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    code = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0
    finally:
        os.chdir(old)
    return Run(code, out.getvalue(), err.getvalue())


def copy_fixture(name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copyfile(DATA / name, target)
    return target


LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def byte_lines(data: bytes) -> list[bytes]:
    """Lines with their own line endings, split exactly as the linter splits them."""
    lines, pos = [], 0
    for m in LINE_BREAK.finditer(data):
        lines.append(data[pos : m.end()])
        pos = m.end()
    if pos < len(data):
        lines.append(data[pos:])
    return lines
