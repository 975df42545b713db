"""Configuration: discovered by walking up, validated strictly, applied per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_documents_support import lint

VAGUE = "## Goals\n\n- Get more leads\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "drafts").mkdir(parents=True)
    (tmp_path / "docs" / "plan.md").write_text(VAGUE)
    (tmp_path / "docs" / "drafts" / "idea.md").write_text(VAGUE)
    (tmp_path / "README.md").write_text(VAGUE)
    return tmp_path


def names(run) -> set[str]:  # type: ignore[no-untyped-def]
    return {f for f, *_ in run.findings()}


def test_pyproject_table_is_found_walking_up(tree: Path) -> None:
    (tree / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.smartgoal]\nexclude = ["drafts"]\n'
    )
    run = lint(tree)
    assert names(run) == {"plan.md", "README.md"}


def test_nearest_config_wins_and_pyproject_without_table_is_passed_over(tree: Path) -> None:
    (tree / "pyproject.toml").write_text('[tool.smartgoal]\nignore = ["SG101"]\n')
    (tree / "docs" / "pyproject.toml").write_text('[project]\nname = "docs"\n')
    (tree / "docs" / "drafts" / ".smartgoal.toml").write_text('select = ["SG105"]\n')
    run = lint(tree)
    codes = {(f, c) for f, _l, _c, c in run.findings()}
    assert ("idea.md", "SG105") in codes and ("idea.md", "SG102") not in codes
    assert ("plan.md", "SG102") in codes and ("plan.md", "SG101") not in codes


def test_smartgoal_toml_beats_pyproject_in_the_same_folder(tree: Path) -> None:
    (tree / "pyproject.toml").write_text('[tool.smartgoal]\nselect = ["SG101"]\n')
    (tree / ".smartgoal.toml").write_text('[tool.smartgoal]\nselect = ["SG102"]\n')
    assert {c for *_, c in lint(tree / "README.md").findings()} == {"SG102"}


def test_include_exclude_per_file_ignores_and_fail_on(tree: Path) -> None:
    (tree / "notes.txt").write_text("- Get more leads\n")
    (tree / ".smartgoal.toml").write_text(
        'include = ["*.md"]\n'
        'exclude = ["docs/drafts/*"]\n'
        'fail-on = ["S", "M"]\n'
        '[per-file-ignores]\n"README.md" = ["SG1"]\n'
    )
    run = lint(tree, "--format", "json")
    found = json.loads(run.out)
    assert {Path(f["path"]).name for f in found} == {"plan.md"}
    assert {f["code"]: f["severity"] for f in found} == {
        "SG101": "error",
        "SG102": "error",
        "SG105": "warning",
    }
    # exclude also applies to a file named on the command line (as pre-commit passes them)
    assert lint(tree / "docs" / "drafts" / "idea.md").out == ""


def test_today_lang_and_extra_headings_from_config(tmp_path: Path) -> None:
    (tmp_path / ".smartgoal.toml").write_text(
        'today = 2026-10-15\nlang = "nl"\ngoal-headings = ["Ambities"]\n'
        'non-goal-headings = ["Wensenlijst"]\nlist-items = "goal-sections"\n'
    )
    (tmp_path / "plan.md").write_text(
        "## Ambities\n\n- Verkrijg 40 leads in oktober 2026 (10/40)\n- Get more leads\n\n"
        "## Wensenlijst\n\n"
        "- Meer koffie\n\n## Overig\n\n- Meer taart\n",
        encoding="utf-8",
    )
    run = lint(tmp_path / "plan.md", today=None)
    # only the goals under 'Ambities'
    assert run.lines_flagged("plan.md") == {3: {"SG110"}, 4: {"SG101", "SG102", "SG105"}}
    assert "Achter op schema: 10 van 40 op 15 oktober 2026" in run.out  # config today
    assert "Er staat geen deadline in" in run.out  # lang = "nl" forced on the English goal
    later = lint(tmp_path / "plan.md", today="2026-11-28")  # the command line wins
    assert "De deadline (31 oktober 2026) is verstreken" in later.out


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("[tool.smartgoal]\nfial-on = ['S']\n", "tool.smartgoal.fial-on: unknown key"),
        ("[tool.smartgoal]\nfail-on = ['X']\n", "tool.smartgoal.fail-on: unknown criterion 'X'"),
        ("[tool.smartgoal]\nselect = 'SG101'\n", "tool.smartgoal.select: expected a list"),
        ("[tool.smartgoal]\nignore = ['SG999']\n", "tool.smartgoal.ignore: unknown code 'SG999'"),
        ("[tool.smartgoal]\nlang = 'de'\n", "tool.smartgoal.lang: expected one of auto"),
        ("[tool.smartgoal]\ntoday = 'soon'\n", "tool.smartgoal.today: expected a date"),
        ("[tool.smartgoal]\nlist-items = 'all'\n", "tool.smartgoal.list-items: expected one of"),
        (
            "[tool.smartgoal]\nper-file-ignores = {'a.md' = ['XX']}\n",
            "tool.smartgoal.per-file-ignores.a.md: unknown code 'XX'",
        ),
        ("[tool.smartgoal\n", "invalid TOML"),
    ],
)
def test_invalid_config_exits_2_naming_file_and_key(tmp_path: Path, content: str, key: str) -> None:
    (tmp_path / "pyproject.toml").write_text(content)
    (tmp_path / "plan.md").write_text(VAGUE)
    run = lint(tmp_path / "plan.md")
    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1, run.err
    assert run.err.startswith(f"smartgoal: error: {tmp_path / 'pyproject.toml'}: ")
    assert key in run.err


def test_explicit_config_option(tmp_path: Path) -> None:
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text('select = ["SG105"]\n')
    (tmp_path / "plan.md").write_text(VAGUE)
    assert {c for *_, c in lint(tmp_path / "plan.md", "--config", cfg).findings()} == {"SG105"}
    missing = lint(tmp_path / "plan.md", "--config", tmp_path / "nope.toml")
    assert missing.code == 2


def test_command_line_beats_config(tmp_path: Path) -> None:
    (tmp_path / ".smartgoal.toml").write_text('select = ["SG105"]\n')
    (tmp_path / "plan.md").write_text(VAGUE)
    assert {c for *_, c in lint(tmp_path / "plan.md", "--select", "SG101").findings()} == {"SG101"}
