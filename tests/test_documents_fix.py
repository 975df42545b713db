"""`smartgoal lint --fix` / `--diff`: only goal text changes, byte for byte, atomically."""

from __future__ import annotations

import difflib
import os
import stat
from pathlib import Path

import pytest

from rewriter.documents import fix as fix_module
from rewriter.documents.fix import write_atomic
from rewriter.documents.source import SourceError, read_source
from tests.test_documents_support import DATA, EXAMPLES, byte_lines, copy_fixture, lint

FIXTURES = [
    "kwartaalplan-crlf-bom.md",
    "growth-okrs.md",
    "doelen.txt",
    "mixed-endings.md",
    "doelenboom.md",
    "goal-tree.md",
    "smart.md",
]


def fixed_goal_lines(path: Path) -> dict[int, tuple[int, str]]:
    """line → (column, rewrite) of every goal --fix will rewrite (from the JSON output)."""
    out = {}
    import json

    for f in json.loads(lint(path, "--format", "json").out):
        if f["fixable"]:
            out[f["line"]] = (f["column"], f["rewrite"])
    return out


@pytest.mark.parametrize("name", FIXTURES)
def test_fix_changes_only_the_goal_text(tmp_path: Path, name: str) -> None:
    path = copy_fixture(name, tmp_path)
    before = path.read_bytes()
    goals = fixed_goal_lines(path)
    run = lint(path, "--fix")
    after = path.read_bytes()
    old_lines, new_lines = byte_lines(before), byte_lines(after)
    assert len(old_lines) == len(new_lines)  # every fixed goal here fits on its line
    assert after.startswith(b"\xef\xbb\xbf") == before.startswith(b"\xef\xbb\xbf")
    for n, (old, new) in enumerate(zip(old_lines, new_lines, strict=True), start=1):
        if n not in goals:
            assert new == old, f"line {n} changed"
            continue
        col, rewrite = goals[n]
        prefix = old.decode()[: col - 1].encode()
        assert new.startswith(prefix)  # marker, indentation, checkbox, numbering
        ending = old[len(old.rstrip(b"\r\n")) :]
        assert new.endswith(ending)  # the line's own line break
        old_tail = old.rstrip(b"\r\n")
        trailing = old_tail[len(old_tail.rstrip(b" \t")) :]
        assert new.rstrip(b"\r\n").endswith(trailing)  # trailing whitespace
        assert rewrite.encode() in new or b"](" in new  # link markup kept around the words
    if goals:
        assert run.err.startswith(f"Fixed {len(goals)} goal")
    else:
        assert after == before


@pytest.mark.parametrize("name", FIXTURES)
def test_second_fix_is_a_no_op(tmp_path: Path, name: str) -> None:
    path = copy_fixture(name, tmp_path)
    lint(path, "--fix")
    once = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    run = lint(path, "--fix")
    assert path.read_bytes() == once
    assert path.stat().st_mtime_ns == mtime  # not even rewritten with the same bytes
    assert run.err.startswith("Fixed 0 goals in 0 files")


def test_dutch_example_fix_and_placeholders_stay_reported(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_bytes((EXAMPLES / "kwartaalplan-marketing.md").read_bytes())
    run = lint(path, "--fix")
    text = path.read_text("utf-8").splitlines()
    assert text[16] == "- Verkrijg [aantal] nieuwe leads uit [kanaal] tegen [datum]"
    assert text[17] == "  - Verkrijg [aantal] volgers op LinkedIn tegen [datum]"
    assert text[19] == "- Verkrijg [aantal] abonnees via onze nieuwsbrief tegen [datum]"
    assert run.code == 1  # placeholders are findings until a person fills them in
    assert run.lines_flagged("plan.md") == {17: {"SG106"}, 18: {"SG106"}, 20: {"SG106"}}
    cols = [c for _f, line, c, _code in run.findings() if line == 17]
    assert cols == [12, 38, 53]  # each placeholder is pointed at
    assert "'[aantal]' is nog een invulveld" in run.out
    filled = lint(path, "--fix", "--ignore", "SG106")
    assert filled.code == 0 and filled.out == ""


def test_diff_writes_nothing_and_matches_what_fix_writes(tmp_path: Path) -> None:
    path = copy_fixture("kwartaalplan-crlf-bom.md", tmp_path)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    run = lint("kwartaalplan-crlf-bom.md", "--diff", cwd=tmp_path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (before, mtime)
    assert run.code == 1
    assert run.err.strip() == "Would fix 4 goals in 1 file."
    assert run.out.startswith("--- a/kwartaalplan-crlf-bom.md\n+++ b/kwartaalplan-crlf-bom.md\n")
    lint(path, "--fix")
    expected = "".join(
        difflib.unified_diff(
            before.decode("utf-8-sig").splitlines(keepends=True),
            path.read_bytes().decode("utf-8-sig").splitlines(keepends=True),
            "a/kwartaalplan-crlf-bom.md",
            "b/kwartaalplan-crlf-bom.md",
        )
    )
    assert run.out == expected


def test_diff_of_a_clean_file_is_empty_and_exits_0(tmp_path: Path) -> None:
    path = copy_fixture("smart.md", tmp_path)
    run = lint(path, "--diff")
    assert (run.code, run.out) == (0, "")


def test_wrapped_goal_becomes_one_line_and_the_rest_stays(tmp_path: Path) -> None:
    path = tmp_path / "w.md"
    path.write_bytes(
        b"## Goals\r\n\r\n- Get more\r\n  leads\r\n- Make 40 sales by March 31, 2027\r\n"
    )
    lint(path, "--fix")
    assert path.read_bytes() == (
        b"## Goals\r\n\r\n- Get [number] leads from [channel] by [date]\r\n"
        b"- Make 40 sales by March 31, 2027\r\n"
    )


def test_markup_is_kept_or_the_goal_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(
        "## Doelen\n\n- Meer volgers op [LinkedIn](https://x.example/li)\n- **Meer** omzet\n"
        "- Meer `leads`\n",
        encoding="utf-8",
    )
    run = lint(path, "--fix")
    assert path.read_text("utf-8").splitlines()[2:] == [
        "- Verkrijg [aantal] volgers op [LinkedIn](https://x.example/li) tegen [datum]",
        "- **Meer** omzet",  # the rewrite drops the bold word: not fixed, still reported
        "- Verkrijg [aantal] `leads` uit [kanaal] tegen [datum]",
    ]
    assert run.lines_flagged("m.md")[4] == {"SG101", "SG102", "SG105"}


UNSAFE_DOC = (
    "## Doelen\n\n"
    "- Marketing: meer leads krijgen\n"
    "- Meer leads krijgen (zie bijlage)\n"
    "- \U0001f680 Meer klanten\n"
    "- Meer volgers \\\n"
    "- Meer reviews; en meer volgers\n"
    "- Meer leads krijgen\n"
    "\n"
    "Dit kwartaal willen we meer leads krijgen\n"
    "en dat meten we elke week opnieuw.\n"
)


def test_a_fix_that_would_drop_words_is_not_applied(tmp_path: Path) -> None:
    """A label, an aside, an emoji, a hard break, a second goal, a second sentence: kept."""
    path = tmp_path / "u.md"
    path.write_text(UNSAFE_DOC, encoding="utf-8")
    run = lint(path, "--fix")
    lines = path.read_text("utf-8").split("\n")
    assert lines[:7] == UNSAFE_DOC.split("\n")[:7]  # only the plain goal on line 8 changed
    assert lines[7] == "- Krijg [aantal] leads uit [kanaal] tegen [datum]"
    assert lines[8:] == UNSAFE_DOC.split("\n")[8:]
    assert run.lines_flagged("u.md")[3] == {"SG101", "SG102", "SG105"}  # still reported


def test_unsafe_findings_name_the_dropped_words_and_unsafe_fixes_applies_them(
    tmp_path: Path,
) -> None:
    import json

    path = tmp_path / "u.md"
    path.write_text(UNSAFE_DOC, encoding="utf-8")
    findings = json.loads(lint(path, "--format", "json").out)
    by_line = {f["line"]: f for f in findings}
    assert by_line[3]["unsafe_fix"] and by_line[3]["dropped"] == ["Marketing"]
    assert by_line[4]["dropped"] == ["zie", "bijlage"]
    assert by_line[6]["dropped"] == ["\\"]
    assert not by_line[8]["unsafe_fix"] and by_line[8]["fixable"]
    summary = lint(path).err
    assert "more with --unsafe-fixes" in summary
    lint(path, "--fix", "--unsafe-fixes")
    assert path.read_text("utf-8").split("\n")[2] == (
        "- Krijg [aantal] leads uit [kanaal] tegen [datum]"
    )


def test_progress_notes_and_comments_after_a_goal_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("## Doelen\n\n- Meer leads (10/40) <!-- eigenaar: An -->\n", encoding="utf-8")
    lint(path, "--fix")
    assert path.read_text("utf-8").endswith(
        "- Verkrijg [aantal] leads uit [kanaal] tegen [datum] (10/40) <!-- eigenaar: An -->\n"
    )


def test_suppressed_goals_are_not_fixed(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    original = "## Goals\n\n<!-- smartgoal-disable-next-line -->\n- Get more leads\n"
    path.write_text(original)
    lint(path, "--fix")
    assert path.read_text() == original


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    path = copy_fixture("doelen.txt", tmp_path)
    os.chmod(path, 0o640)
    lint(path, "--fix")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doelen.txt"]


def test_fixing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = copy_fixture("doelen.txt", tmp_path)
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    lint(link, "--fix")
    assert link.is_symlink()
    assert "[aantal]" in real.read_text("utf-8")


def test_a_failed_write_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture("doelen.txt", tmp_path)
    before = path.read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fix_module.os, "replace", crash)
    run = lint(path, "--fix")
    assert run.code == 2
    assert "cannot fix (No space left on device)" in run.err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doelen.txt"]


def test_an_interrupt_during_the_write_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture("doelen.txt", tmp_path)
    before = path.read_bytes()
    source = read_source(path, "doelen.txt")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fix_module.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(source, "changed\n")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doelen.txt"]


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    path = copy_fixture("doelen.txt", tmp_path)
    source = read_source(path, "doelen.txt")
    path.write_text("edited meanwhile\n")
    with pytest.raises(SourceError, match="changed on disk"):
        write_atomic(source, "fixed\n")
    assert path.read_text() == "edited meanwhile\n"


def test_fixtures_are_stored_byte_exact() -> None:
    # guards the fixtures themselves: git must not normalise their line endings
    data = (DATA / "kwartaalplan-crlf-bom.md").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    mixed = (DATA / "mixed-endings.md").read_bytes()
    assert b"\r\n" in mixed and b"\r-" in mixed and b"  \n" in mixed and b"\t\n" in mixed
