"""`smartgoal lint` end to end: which lines are flagged, formats, exit codes, bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from tests.test_documents_support import DATA, EXAMPLES, lint

SMT = {"SG101", "SG102", "SG105"}


# --- which goals are flagged ------------------------------------------------------------------


def test_dutch_example_flags_exactly_the_three_vague_goals() -> None:
    run = lint(EXAMPLES / "kwartaalplan-marketing.md")
    assert run.code == 1
    assert run.lines_flagged("kwartaalplan-marketing.md") == {17: SMT, 18: SMT, 20: SMT}
    assert [(line, col) for _f, line, col, _c in run.findings()][::3] == [(17, 3), (18, 5), (20, 3)]
    assert "Nieuwe leads" not in run.out  # messages quote the goal's words, not the goal line
    assert "Het doel zegt niet hoeveel nieuwe leads" in run.out  # Dutch goal, Dutch message


def test_english_example_flags_vague_key_results_and_honours_the_suppression() -> None:
    run = lint(EXAMPLES / "growth-okrs.md")
    assert run.code == 1
    assert run.lines_flagged("growth-okrs.md") == {7: SMT, 9: SMT, 12: {"SG105"}}
    assert "There is no deadline" in run.out


def test_dutch_plan_with_crlf_bom_and_every_kind_of_non_goal() -> None:
    run = lint(DATA / "kwartaalplan-crlf-bom.md")
    # not: front matter, intro, code, comment, table, quote, Niet-doelen, Risico's,
    # Achtergrond, the suppressed 'Meer klanten' (21), SMART goals and their children
    assert run.lines_flagged("kwartaalplan-crlf-bom.md") == {14: SMT, 15: SMT, 19: SMT, 56: SMT}


def test_english_okrs_with_markers_progress_and_suppression_ranges() -> None:
    run = lint(DATA / "growth-okrs.md")
    assert run.lines_flagged("growth-okrs.md") == {
        14: SMT,
        16: SMT,
        19: {"SG105"},
        21: SMT,  # 'KR5: ...' anywhere
        26: {"SG110"},  # (10/40) after the October deadline
        34: SMT,  # after <!-- smartgoal-enable SG105 -->
    }
    assert "has passed with 10 of 40" in run.out


def test_plain_text_goals() -> None:
    run = lint(DATA / "doelen.txt")
    assert run.lines_flagged("doelen.txt") == {4: SMT, 6: SMT, 7: SMT, 14: SMT}


def test_a_smart_document_passes() -> None:
    run = lint(DATA / "smart.md")
    assert (run.code, run.out) == (0, "")
    assert run.err.strip() == "No findings: 3 goals in 1 file checked."


def test_directory_walk_skips_hidden_and_other_files(tmp_path: Path) -> None:
    shutil.copyfile(DATA / "doelen.txt", tmp_path / "doelen.txt")
    (tmp_path / "sub").mkdir()
    shutil.copyfile(DATA / "smart.md", tmp_path / "sub" / "smart.markdown")
    for hidden in (".git", ".venv", "node_modules"):
        (tmp_path / hidden).mkdir()
        shutil.copyfile(DATA / "growth-okrs.md", tmp_path / hidden / "okr.md")
    shutil.copyfile(DATA / "growth-okrs.md", tmp_path / ".hidden.md")
    (tmp_path / "notes.rst").write_text("- Get more leads\n")
    run = lint(tmp_path)
    assert {f for f, *_ in run.findings()} == {"doelen.txt"}
    assert "in 1 file (" in run.err
    assert "2 files checked" not in run.err


def test_a_file_named_explicitly_is_linted_whatever_its_extension(tmp_path: Path) -> None:
    (tmp_path / "plan.rst").write_text("- Get more leads\n")
    assert lint(tmp_path / "plan.rst").lines_flagged("plan.rst") == {1: SMT}


# --- exit codes and bad input -----------------------------------------------------------------


def test_missing_binary_and_latin1_files_exit_2_but_the_rest_is_linted(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    shutil.copyfile(DATA / "doelen.txt", tmp_path / "doelen.txt")
    good.write_text("## Goals\n\n- Get more leads\n")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"## Goals\n\n- Get more leads\x00\x01\x02")
    latin = tmp_path / "latin.md"
    latin.write_bytes("## Doelen\n\n- Meer caf\u00e9s\n".encode("latin-1"))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (binary, latin)}
    for extra in ([], ["--fix"]):
        run = lint(good, binary, latin, tmp_path / "missing.md", *extra)
        assert run.code == 2
        errors = [line for line in run.err.splitlines() if line.startswith("smartgoal: error:")]
        assert len(errors) == 3
        assert any("binary.md" in e and "binary" in e for e in errors)
        assert any("latin.md" in e and "not valid UTF-8" in e for e in errors)
        assert any("missing.md" in e and "no such file" in e for e in errors)
        if not extra:
            assert run.lines_flagged("good.md") == {3: SMT}
    for p, (data, mtime) in before.items():
        assert (p.read_bytes(), p.stat().st_mtime_ns) == (data, mtime)


def test_a_title_and_a_closing_line_in_a_goals_txt_are_not_goals(tmp_path: Path) -> None:
    path = tmp_path / "doelen.txt"
    path.write_text("Jaarplan 2027\n\nMeer omzet\n- Meer reviews\nEinde.\n", encoding="utf-8")
    run = lint(path)
    assert set(run.lines_flagged("doelen.txt")) == {3, 4}


def test_a_bad_file_alone_gives_one_error_line_and_no_summary(tmp_path: Path) -> None:
    """One line on stderr: no 'No findings: 0 goals in 0 files checked.' after the error."""
    utf16 = tmp_path / "doelen.md"
    utf16.write_bytes("## Doelen\n\n- Meer leads\n".encode("utf-16"))
    for path, says in (
        (utf16, "UTF-16 text; convert it to UTF-8"),
        (tmp_path / "no.md", "no such"),
    ):
        run = lint(path)
        assert run.code == 2
        assert len(run.err.splitlines()) == 1
        assert run.err.startswith("smartgoal: error: ") and says in run.err


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.md"
    target.write_text("- Get more leads\n")
    original = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    run = lint(target)
    assert run.code == 2
    assert run.err.splitlines()[0] == f"smartgoal: error: {target}: cannot read (Permission denied)"


def test_exit_zero_and_usage_errors(tmp_path: Path) -> None:
    assert lint(DATA / "doelen.txt", "--exit-zero").code == 0
    bad = lint(DATA / "doelen.txt", "--select", "XY1")
    assert bad.code == 2 and bad.err.count("\n") == 1 and "unknown code 'XY1'" in bad.err
    assert lint(DATA / "doelen.txt", "--today", "28-11-2026").code == 2
    assert lint(DATA / "doelen.txt", "--fail-on", "Q").code == 2


# --- select, ignore, fail-on, statistics, quiet -----------------------------------------------


def test_select_and_ignore_by_code_and_prefix() -> None:
    only_t = lint(DATA / "doelen.txt", "--select", "SG105")
    assert {c for *_, c in only_t.findings()} == {"SG105"}
    no_s = lint(DATA / "doelen.txt", "--ignore", "SG101,SG102")
    assert {c for *_, c in no_s.findings()} == {"SG105"}
    assert lint(DATA / "doelen.txt", "--ignore", "SG1").out == ""


def test_fail_on_turns_criteria_into_warnings() -> None:
    run = lint(DATA / "growth-okrs.md", "--fail-on", "S,M", "--select", "SG105", "--format", "json")
    findings = json.loads(run.out)
    assert {f["severity"] for f in findings} == {"warning"}
    assert run.code == 0


def test_statistics_counts_per_code() -> None:
    run = lint(DATA / "doelen.txt", DATA / "doelenboom.md", "--statistics")
    rows = [line.split("\t") for line in run.out.splitlines()]
    assert rows[0] == ["4", "SG101", "[*] not-specific"]
    assert ["1", "SG109", "children-do-not-add-up"] in rows
    assert run.code == 1


def test_summary_line_and_quiet() -> None:
    run = lint(DATA / "doelen.txt")
    assert run.err == "Found 12 findings in 1 file (12 fixable with --fix).\n"
    quiet = lint(DATA / "doelen.txt", "-q")
    assert quiet.err == "" and quiet.out == run.out


def test_no_progress_bar_when_not_on_a_terminal(tmp_path: Path) -> None:
    for i in range(8):
        shutil.copyfile(DATA / "smart.md", tmp_path / f"plan{i}.md")
    run = lint(tmp_path)
    assert "Checking goals" not in run.err and run.code == 0


# --- formats ----------------------------------------------------------------------------------


def test_json_findings_carry_location_code_criterion_message_and_rewrite() -> None:
    run = lint(EXAMPLES / "kwartaalplan-marketing.md", "--format", "json")
    findings = json.loads(run.out)
    assert len(findings) == 9 and run.err == ""
    first = findings[0]
    assert first["path"].endswith("kwartaalplan-marketing.md")
    assert (first["line"], first["column"], first["code"]) == (17, 3, "SG101")
    assert first["criterion"] == "specific" and first["severity"] == "error"
    assert first["rewrite"] == "Verkrijg [aantal] nieuwe leads uit [kanaal] tegen [datum]"
    assert first["goal"] == "Nieuwe leads verkrijgen" and first["lang"] == "nl"
    assert first["fixable"] is True
    assert {f["criterion"] for f in findings} == {"specific", "measurable", "time_bound"}


def test_json_of_a_clean_document_is_an_empty_list() -> None:
    assert json.loads(lint(DATA / "smart.md", "--format", "json").out) == []


# A structural schema for what a SARIF 2.1.0 consumer needs (the official schema is not on
# this machine and must not be downloaded); it checks the required members and their types.
SARIF_SCHEMA = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {
                                                    "type": "object",
                                                    "required": ["text"],
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "message", "locations", "level"],
                            "properties": {
                                "ruleId": {"type": "string", "pattern": "^SG1\\d\\d$"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string", "minLength": 1}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine", "startColumn"],
                                                        "properties": {
                                                            "startLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "startColumn": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "endLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "endColumn": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_is_valid_2_1_0_with_rule_indexes_and_relative_uris() -> None:
    run = lint(
        DATA.relative_to(Path.cwd()) if DATA.is_relative_to(Path.cwd()) else DATA,
        "--format",
        "sarif",
    )
    log = json.loads(run.out)
    jsonschema.validate(log, SARIF_SCHEMA)
    run0 = log["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    results = run0["results"]
    assert results and all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    located = {
        (
            Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name,
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["ruleId"],
        )
        for r in results
    }
    assert ("doelen.txt", 4, "SG101") in located
    fixes = [r for r in results if "fixes" in r]
    assert (
        fixes
        and fixes[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
    )


def test_github_annotations_escape_their_data(tmp_path: Path) -> None:
    doc = tmp_path / "a,b:c.md"
    doc.write_text("## Goals\n\n- Get more leads\n")
    run = lint(doc, "--format", "github")
    lines = run.out.splitlines()
    assert len(lines) == 3 and run.err == ""
    assert lines[0].startswith("::error file=")
    assert "a%2Cb%3Ac.md,line=3,col=3,endLine=3,endColumn=17,title=SG101::" in lines[0]
    assert "\n" not in lines[0]
