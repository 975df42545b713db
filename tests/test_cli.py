"""The command line as a user meets it: outputs, exit codes, one-line errors, streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import TODAY

EXE = [sys.executable, "-m", "rewriter.cli"]


def run(
    *args: str, stdin: bytes | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*EXE, *args], input=stdin, capture_output=True, timeout=120, env=full_env, check=False
    )


@pytest.fixture(scope="module")
def vague_text() -> subprocess.CompletedProcess:
    return run("check", "Nieuwe leads verkrijgen", "--today", TODAY)


def test_check_text_output_is_in_dutch(vague_text) -> None:
    out = vague_text.stdout.decode()
    assert vague_text.returncode == 1
    assert "Specifiek" in out and "Tijdgebonden" in out
    assert "Verkrijg [aantal] nieuwe leads uit [kanaal] tegen [datum]" in out
    assert "\x1b[" not in out, "no colour when stdout is not a terminal"


def test_check_exit_zero_when_smart() -> None:
    r = run(
        "check",
        "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 oktober 2027",
        "--today",
        TODAY,
    )
    assert r.returncode == 0, r.stderr


def test_json_output_follows_the_contract(validate_report) -> None:
    r = run("check", "--format", "json", "--today", TODAY, "Get more leads")
    report = json.loads(r.stdout)
    validate_report(report)
    assert report["missing"] == ["specific", "measurable", "time_bound"]
    assert report["rewrite"] == "Get [number] leads from [channel] by [date]"


def test_jsonl_one_report_per_line_in_order(validate_report) -> None:
    goals = [
        "Get more leads",
        "Verkrijg 40 leads tegen 31 oktober",
        "Improve our SEO",
        "Meer omzet",
    ]
    r = run("check", "--format", "jsonl", "--today", TODAY, "-", stdin="\n".join(goals).encode())
    lines = r.stdout.decode().splitlines()
    assert [json.loads(line)["text"] for line in lines] == goals
    for line in lines:
        validate_report(json.loads(line))
    assert r.returncode == 1


def test_piped_stdin_without_dash_and_crlf_and_bom() -> None:
    r = run(
        "check",
        "--format",
        "jsonl",
        "--today",
        TODAY,
        stdin="\ufeffGet more leads\r\nGet 40 leads by October 31\r\n".encode(),
    )
    texts = [json.loads(line)["text"] for line in r.stdout.decode().splitlines()]
    assert texts == ["Get more leads", "Get 40 leads by October 31"]


def test_rewrite_json_field_equals_rewrite_command() -> None:
    args = ("--today", TODAY, "--target", "40", "--deadline", "2027-10-31", "Get more leads")
    checked = json.loads(run("check", "--format", "json", *args).stdout)
    rewritten = run("rewrite", *args).stdout.decode().strip()
    assert checked["rewrite"] == rewritten
    assert rewritten == "Get 40 leads from [channel] by October 31, 2027"


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("check", ""), None),
        (("check", "   "), None),
        (("check", "-"), b""),
        (("check", "-"), b"\n\n"),
        (("check", "-"), b"Get more leads\n\xff\xfe\n"),
        (("check", "--today", "2026-13-01", "x"), None),
        (("check", "--lang", "de", "x"), None),
        (("check", "--history", "30,abc", "x"), None),
        (("check", "--bogus", "x"), None),
        (("rewrite", "--target", "veel", "Get leads"), None),
        (("rewrite", "--deadline", "someday maybe", "Get leads"), None),
        (("check", "--stretch", "0.5", "x"), None),
        (("nonsense",), None),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, stdin) -> None:
    r = run(*args, stdin=stdin)
    err = r.stderr.decode()
    assert r.returncode == 2, (args, r.stdout, err)
    assert err.count("\n") == 1 and err.startswith("smartgoal: error:"), err
    assert "Traceback" not in err


def test_invalid_utf8_argument() -> None:
    r = subprocess.run(
        [*EXE, "check", b"Get \xff leads"], capture_output=True, timeout=60, check=False
    )
    assert r.returncode == 2 and b"UTF-8" in r.stderr


def test_help_and_errors_do_not_import_the_nlp_stack() -> None:
    code = (
        "import sys\n"
        "from rewriter.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'dateparser', 'quantulum3') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    for args in (["--help"], ["check", "--help"], ["check", "--today", "nope", "x"]):
        r = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, timeout=60, check=False
        )
        assert r.stdout.decode().strip().splitlines()[-1] == "HEAVY=", (args, r.stdout, r.stderr)


def test_history_option() -> None:
    r = run(
        "check",
        "--format",
        "json",
        "--today",
        TODAY,
        "--history",
        "30,32",
        "Verkrijg 100 leads tegen 31 oktober",
    )
    report = json.loads(r.stdout)
    assert report["criteria"]["achievable"]["met"] is False
    assert "achievable" in report["missing"]


def test_multiple_goal_arguments_json_is_a_list(validate_report) -> None:
    r = run("check", "--format", "json", "--today", TODAY, "Get more leads", "Meer omzet")
    data = json.loads(r.stdout)
    assert isinstance(data, list) and [d["lang"] for d in data] == ["en", "nl"]
    for item in data:
        validate_report(item)


def test_forced_language() -> None:
    r = run("check", "--format", "json", "--lang", "en", "--today", TODAY, "Leads")
    assert json.loads(r.stdout)["lang"] == "en"


def _run_in_pty(args: list[str], env: dict) -> str:
    """Run with stdout on a pseudo-terminal, as a person at a terminal would."""
    import pty

    primary, secondary = pty.openpty()
    proc = subprocess.Popen([*EXE, *args], stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_only_and_never_with_no_color() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = _run_in_pty(["check", "--today", TODAY, "Get more leads"], env)
    assert "\x1b[" in coloured
    plain = _run_in_pty(["check", "--today", TODAY, "Get more leads"], {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "Specific" in plain


def test_interactive_rewrite_asks_for_missing_pieces(monkeypatch) -> None:
    from click.testing import CliRunner

    from rewriter import cli

    monkeypatch.setattr(cli, "_is_terminal", lambda: True)
    result = CliRunner().invoke(
        cli.cli,
        ["rewrite", "-i", "--today", TODAY, "Nieuwe leads verkrijgen"],
        input="40\nonline kanalen\n31 oktober 2027\n",
    )
    assert result.exit_code == 0, result.output
    assert "Hoeveel?" in result.output and "Tegen wanneer?" in result.output
    assert result.output.strip().splitlines()[-1] == (
        "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 oktober 2027"
    )


def test_interactive_needs_a_terminal() -> None:
    r = run("rewrite", "-i", "--today", TODAY, "Get more leads")
    assert r.returncode == 2 and b"terminal" in r.stderr
