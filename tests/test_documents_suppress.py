"""Suppression comments in Markdown (and plain text): ranges, next line, same line, file."""

from __future__ import annotations

from pathlib import Path

from rewriter.documents.suppress import scan
from tests.test_documents_support import lint

SMT = {"SG101", "SG102", "SG105"}


def test_scan_ranges_next_line_and_codes() -> None:
    lines = [
        "<!-- smartgoal-disable -->",  # 0
        "- a",  # 1
        "<!-- smartgoal-enable -->",  # 2
        "- b",  # 3
        "<!-- smartgoal-disable-next-line SG105, SG101 -->",  # 4
        "",  # 5
        "- c",  # 6: next non-blank line
        "- d <!-- smartgoal-disable-line SG1 -->",  # 7
        "- e",  # 8
    ]
    sup = scan(lines)
    assert sup.suppressed(1, "SG101") and sup.suppressed(1, "SG110")
    assert not sup.suppressed(3, "SG101")
    assert sup.suppressed(6, "SG105") and sup.suppressed(6, "SG101")
    assert not sup.suppressed(6, "SG102")
    assert sup.suppressed(7, "SG109") and not sup.suppressed(7, "SG2")
    assert not sup.suppressed(8, "SG101")


def test_directives_in_code_are_examples_not_directives() -> None:
    sup = scan(["```", "<!-- smartgoal-disable-file -->", "```", "- a"], skip={0, 1, 2})
    assert not sup.suppressed(3, "SG101")


def test_suppression_in_a_document(tmp_path: Path) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text(
        "## Goals\n"
        "\n"
        "<!-- smartgoal-disable -->\n"
        "- Get more leads\n"  # 4
        "- Improve the newsletter\n"  # 5
        "<!-- smartgoal-enable -->\n"
        "- Boost brand awareness\n"  # 7
        "<!-- smartgoal-disable-next-line SG105 -->\n"
        "- Make 40 sales\n"  # 9
        "- Get more followers <!-- smartgoal-disable-line SG101 SG102 -->\n"  # 10
        "\n"
        "```markdown\n"
        "<!-- smartgoal-disable-file -->\n"
        "```\n"
    )
    run = lint(doc)
    assert run.lines_flagged("plan.md") == {7: SMT, 10: {"SG105"}}


def test_disable_file_and_plain_text(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("<!-- smartgoal-disable-file SG105 -->\n## Goals\n\n- Get more leads\n")
    assert lint(md).lines_flagged("a.md") == {4: {"SG101", "SG102"}}
    txt = tmp_path / "b.txt"
    txt.write_text("Goals:\n<!-- smartgoal-disable-next-line -->\n- Get more leads\n- Make sales\n")
    assert set(lint(txt).lines_flagged("b.txt")) == {4}
