"""History files (``--history-file``): the right rows, in period order, and one-line errors that
name the file and the line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter import analyze
from rewriter.errors import UsageError
from rewriter.history_file import (
    ANY_METRIC,
    canonical,
    history_for,
    load_history,
    period_key,
    read_history_file,
)

from .conftest import TODAY

DATA = Path(__file__).parent / "data" / "history"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def error_of(path: Path | str, metric: str | None = "leads") -> str:
    with pytest.raises(UsageError) as exc:
        load_history(path, metric)
    message = str(exc.value)
    assert "\n" not in message, "errors are one line"
    return message


# --- reading the supported shapes ---------------------------------------------------------------


def test_csv_rows_of_the_goals_metric_in_period_order() -> None:
    # the file lists September before August and mixes in revenue rows
    assert load_history(DATA / "leads.csv", "leads") == (30.0, 32.0)


def test_csv_dutch_metric_word_counts_as_its_canonical_key() -> None:
    # 'omzet' (nl) and 'revenue' (en) are one metric: one series, in period order
    table = read_history_file(DATA / "leads.csv").as_mapping()
    assert table == {"leads": (30.0, 32.0), "revenue": (41000.0, 43500.0)}


def test_semicolon_csv_with_decimal_comma_and_extra_column() -> None:
    hist = read_history_file(DATA / "semicolon.csv")
    assert hist.values_for("leads") == (30.5, 32.0)


def test_json_list_of_objects_ordered_by_quarter() -> None:
    hist = read_history_file(DATA / "rows.json")
    assert hist.values_for("leads") == (80.0, 90.0, 95.0)
    # 'bezoekers' is the Dutch word for the visitors metric
    assert hist.as_mapping()["visitors"] == (12000.0,)


def test_json_mapping_of_lists_periods_and_objects() -> None:
    table = read_history_file(DATA / "mapping.json").as_mapping()
    assert table == {
        "leads": (30.0, 32.0),
        "revenue": (41000.0, 43500.0),
        "churn": (4.4, 4.1),  # week 1 before week 2, whatever the file order
    }


def test_bare_json_list_serves_any_metric(tmp_path: Path) -> None:
    path = write(tmp_path, "h.json", "[30, 32]")
    assert load_history(path, "leads") == (30.0, 32.0)
    assert read_history_file(path).as_mapping() == {ANY_METRIC: (30.0, 32.0)}


def test_csv_without_metric_column_keeps_file_order(tmp_path: Path) -> None:
    path = write(tmp_path, "h.csv", "value\n32\n30\n")
    assert load_history(path, "revenue") == (32.0, 30.0)


def test_extension_less_file_is_sniffed(tmp_path: Path) -> None:
    assert load_history(write(tmp_path, "history", '{"leads": [1, 2]}'), "leads") == (1.0, 2.0)
    assert load_history(write(tmp_path, "hist2", "metric,value\nleads,3\n"), "leads") == (3.0,)


def test_bom_and_crlf_and_comments(tmp_path: Path) -> None:
    content = "\ufeff# exported\r\nmetric,period,value\r\nleads,2026-09,32\r\nleads,2026-08,30\r\n"
    assert load_history(write(tmp_path, "h.csv", content), "leads") == (30.0, 32.0)


# --- picking a goal's series ----------------------------------------------------------------------


def test_metric_as_written_in_the_goal() -> None:
    table = {"nieuwe aanmeldingen via de site": (5.0, 6.0), "leads": (30.0,)}
    assert history_for(table, None, "Nieuwe  aanmeldingen via de site") == (5.0, 6.0)
    assert history_for(table, "leads", "whatever") == (30.0,)
    # the matched metric word and the whole phrase are both tried
    assert history_for(table, "signups", "aanmeldingen", "nieuwe aanmeldingen via de site") == (
        5.0,
        6.0,
    )


def test_no_series_for_the_goal_is_none_not_someone_elses() -> None:
    table = {"revenue": (1.0, 2.0)}
    assert history_for(table, "leads") is None
    # a goal that names no metric takes the only series there is
    assert history_for(table, None) == (1.0, 2.0)
    assert history_for({"revenue": (1.0,), "leads": (2.0,)}, None) is None


def test_canonical_keys_from_any_language() -> None:
    assert canonical("Omzet") == "revenue"
    assert canonical("cost_per_lead") == "cost_per_lead"
    assert canonical("Something Else") == "something else"


def test_load_history_names_what_the_file_has() -> None:
    message = error_of(DATA / "rows.json", "revenue")
    assert "rows.json" in message and "'revenue'" in message
    assert "leads" in message and "bezoekers" in message


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        ("2026", "year", "2026-01-01"),
        ("2026-8", "month", "2026-08-01"),
        ("2026/08", "month", "2026-08-01"),
        ("2026-08-15", "day", "2026-08-15"),
        ("2026-Q3", "quarter", "2026-07-01"),
        ("Q3 2026", "quarter", "2026-07-01"),
        ("2026K4", "quarter", "2026-10-01"),
        ("2026-H2", "half", "2026-07-01"),
        ("2026-W01", "week", "2025-12-29"),
    ],
)
def test_period_forms(text: str, kind: str, iso: str) -> None:
    parsed = period_key(text)
    assert parsed is not None
    assert (parsed[0], parsed[1].isoformat()) == (kind, iso)


@pytest.mark.parametrize("text", ["aug 2026", "2026-13", "2026-Q5", "2026-02-30", "last month"])
def test_unreadable_periods(text: str) -> None:
    assert period_key(text) is None


# --- the achievable rule, fed from a file ---------------------------------------------------


def test_history_file_drives_the_seed_verdicts() -> None:
    history = load_history(DATA / "leads.csv", "leads")
    too_much = analyze("Verkrijg 100 leads tegen 31 oktober 2027", today=TODAY, history=history)
    fine = analyze("Verkrijg 40 leads tegen 31 oktober 2027", today=TODAY, history=history)
    assert too_much.criteria["achievable"].met is False
    assert fine.criteria["achievable"].met is True
    assert "32" in too_much.criteria["achievable"].reason


# --- errors: one line, naming file and line -------------------------------------------------------


def test_non_numeric_csv_value_names_line() -> None:
    message = error_of(DATA / "bad_value.csv")
    assert message.startswith(f"{DATA / 'bad_value.csv'}: line 3:")
    assert "'veel' is not a number" in message


def test_non_numeric_json_value_names_line() -> None:
    message = error_of(DATA / "bad_value.json")
    assert "bad_value.json: line 3:" in message and "'veel'" in message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("neg.csv", "metric,value\nleads,30\nleads,-2\n", "line 3: value '-2' must be finite"),
        ("inf.csv", "metric,value\nleads,inf\n", "line 2: value 'inf' must be finite"),
        ("fields.csv", "metric,period,value\nleads,2026-08\n", "line 2: expected 3 fields"),
        ("header.csv", "leads,2026-08,30\nleads,2026-09,32\n", "line 1: the header must name"),
        ("mixed.csv", "metric,period,value\nleads,2026-08,30\nleads,2026-Q3,32\n", "line 3:"),
        ("dup.csv", "metric,period,value\nleads,2026-08,30\nleads,2026-08,32\n", "line 3:"),
        ("when.csv", "metric,period,value\nleads,aug 2026,30\n", "line 2: cannot read the period"),
        ("gap.csv", "metric,period,value\nleads,2026-08,30\nleads,,32\n", "line 3: this row"),
        ("syntax.json", '{\n  "leads": [30, 32,]\n}', "line 2: invalid JSON"),
        ("shape.json", '{"leads": 30}', "line 1: the values of 'leads' must be a list"),
        ("top.json", '"leads"', "line 1: expected a list"),
        ("nested.json", "[[30, 32]]", "line 1: expected a number or an object"),
        ("novalue.json", '[{"metric": "leads", "period": "2026-08"}]', "needs a 'value'"),
        ("bool.json", '{"leads": [true]}', "value True is not a number"),
        (
            "twice.csv",
            "metric,period,value\nleads,2026-08,1\naanvragen,2026-08,2\n",
            "line 3: period '2026-08' already appears on line 2",
        ),
        ("empty.csv", "  \n", "the history file is empty"),
        ("onlyhead.csv", "metric,period,value\n", "has no values"),
        ("notes.xlsx", "metric,value\nleads,1\n", "unknown format '.xlsx'"),
        ("latin1.csv", b"metric,value\nlead\xe9,1\n", "line 2: not UTF-8 text"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    path = write(tmp_path, name, content)
    message = error_of(path)
    assert message.startswith(str(path)), message
    assert expected in message, message


def test_mixed_periods_message_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", "metric,period,value\nleads,2026-08,30\nleads,2026-Q3,32\n")
    message = error_of(path)
    assert "quarter" in message and "line 2" in message and "month" in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "history file not found" in error_of(tmp_path / "nope.csv")
    assert "is a directory" in error_of(tmp_path)


# --- the CLI, once --history-file is wired into check/rewrite ------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rewriter.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _wired() -> bool:
    from rewriter.cli import cli

    return any(p.name == "history_file" for p in cli.commands["check"].params)


needs_option = pytest.mark.skipif(not _wired(), reason="--history-file not wired into the CLI yet")


@needs_option
def test_cli_check_takes_each_goals_own_history() -> None:
    r = _cli(
        "check",
        "--format",
        "jsonl",
        "--today",
        TODAY,
        "--history-file",
        str(DATA / "leads.csv"),
        "Verkrijg 100 leads tegen 31 oktober 2027",
        "Verhoog de omzet naar € 60.000 tegen eind 2027",
        "Get 500 visitors by 2027-10-31",
    )
    reports = [json.loads(line) for line in r.stdout.splitlines()]
    verdicts = [rep["criteria"]["achievable"]["met"] for rep in reports]
    assert verdicts == [False, True, None]  # 100 > 1.5 × 32; 60.000 < 1.5 × 43.500; no visitors


@needs_option
def test_cli_rewrite_proposes_from_the_file() -> None:
    r = _cli(
        "rewrite",
        "--today",
        TODAY,
        "--history-file",
        str(DATA / "mapping.json"),
        "Verkrijg nieuwe leads uit online kanalen tegen 31 oktober 2027",
    )
    assert r.stdout.strip() == "Verkrijg 40 nieuwe leads uit online kanalen tegen 31 oktober 2027"


@needs_option
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--history-file", str(DATA / "bad_value.csv")], "bad_value.csv: line 3:"),
        (["--history-file", "missing.csv"], "missing.csv: history file not found"),
        (["--history", "1,2", "--history-file", str(DATA / "leads.csv")], "not both"),
    ],
)
def test_cli_bad_history_file(args: list[str], expected: str) -> None:
    r = _cli("check", "--today", TODAY, *args, "Verkrijg 40 leads tegen 31 oktober 2027")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and expected in r.stderr and "Traceback" not in r.stderr
