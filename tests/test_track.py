"""``smartgoal track``: the seed's October case, every status, lower-is-better goals, the JSON
shape, and one-line usage errors with exit code 2.

Day counting is rewriter/progress.py's: the start is day 0 and the deadline the last day, so
October 1 – 31 is 30 days; on October 15, 14 have passed and 16 are left.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter.cli import main
from rewriter.progress import assess_progress

SEED = "Verkrijg 40 leads tegen 31 oktober 2027"
D = dt.date


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process (the engine loads once); return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exc:
        main(["track", *args])
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code, out, err = run(capsys, *args, "--format", "json")
    assert out, err
    return code, json.loads(out)


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 2, (out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("smartgoal: error: "), err
    assert "Traceback" not in err
    return err


# --- the pace comes from rewriter/progress.py -------------------------------------------------


def test_command_numbers_are_the_pure_functions(capsys: pytest.CaptureFixture[str]) -> None:
    """One definition of the pace: track reports exactly what progress.assess_progress says."""
    _, data = run_json(
        capsys, SEED, "--start", "2027-10-01", "--on", "2027-10-15", "--current", "10"
    )
    pure = assess_progress(40, 10, D(2027, 10, 1), D(2027, 10, 31), D(2027, 10, 15)).to_dict()
    for key, value in pure.items():
        assert data[key] == (pytest.approx(value) if isinstance(value, float) else value), key


# --- the command: the seed case ------------------------------------------------------------------


def test_seed_case_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys, SEED, "--start", "2027-10-01", "--on", "2027-10-15", "--current", "10"
    )
    assert code == 1
    assert data["status"] == "behind"
    # October 1 → 31 is 30 days; on the 15th, 14 have passed and 16 are left
    assert (data["days_total"], data["days_elapsed"], data["days_left"]) == (30, 14, 16)
    assert data["expected"] == pytest.approx(40 * 14 / 30, abs=1e-4)  # ≈ 18.67
    assert data["projected"] == pytest.approx(10 * 30 / 14, abs=1e-4)  # ≈ 21.43
    assert data["needed_per_day"] == pytest.approx(30 / 16)  # 1.875
    assert data["remaining"] == 30
    assert (data["target"], data["current"], data["baseline"]) == (40, 10, 0)
    assert (data["start"], data["deadline"], data["on"]) == (
        "2027-10-01",
        "2027-10-31",
        "2027-10-15",
    )
    assert data["goal"] == SEED and data["lang"] == "nl" and data["metric"] == "leads"
    assert data["message"].startswith("Achter op schema")


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = run_json(capsys, SEED, "--on", "2027-10-15", "--current", "10")
    required = {
        "status",
        "expected",
        "projected",
        "needed_per_day",
        "goal",
        "target",
        "current",
        "start",
        "deadline",
        "on",
        "message",
        "lang",
    }
    assert required <= set(data)
    assert data["status"] in {"on_track", "ahead", "behind", "done", "overdue"}
    for key in ("expected", "projected", "needed_per_day", "target", "current"):
        assert isinstance(data[key], int | float) and not isinstance(data[key], bool)
    for key in ("start", "deadline", "on"):
        dt.date.fromisoformat(data[key])


def test_seed_default_start_is_the_first_of_the_deadlines_month(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, data = run_json(capsys, SEED, "--on", "2027-10-15", "--current", "10")
    assert data["start"] == "2027-10-01" and data["status"] == "behind"


def test_seed_case_text_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, SEED, "--on", "2027-10-15", "--current", "10")
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"{SEED}  [nl]"
    assert lines[1].startswith("  ✗ Achter op schema: 10 van de 40 leads op 15 oktober 2027")
    assert "18,67" in lines[1] and "21,43" in lines[1] and "1,88 per dag" in lines[1]
    assert "nog 16 dagen" in lines[1]


def test_english_goal_english_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "Get 40 new leads by October 31, 2027", "--on", "2027-10-15", "--current", "20"
    )
    assert code == 0
    assert "On track: 20 of 40 new leads on October 15, 2027" in out


@pytest.mark.parametrize(
    ("current", "on", "status", "code"),
    [
        # on October 15 the pace expects 18.67; 5% of the goal (2 leads) either side is on track
        ("10", "2027-10-15", "behind", 1),
        ("16.5", "2027-10-15", "behind", 1),
        ("17", "2027-10-15", "on_track", 0),
        ("20.5", "2027-10-15", "on_track", 0),
        ("21", "2027-10-15", "ahead", 0),
        ("40", "2027-10-15", "done", 0),
        ("41", "2027-11-02", "done", 0),
        ("30", "2027-10-31", "behind", 1),
        ("30", "2027-11-02", "overdue", 1),
    ],
)
def test_each_status_and_exit_code(
    capsys: pytest.CaptureFixture[str], current: str, on: str, status: str, code: int
) -> None:
    # --today pins how the deadline is read, so 'overdue' is not rolled over to next year
    got, data = run_json(
        capsys,
        "Get 40 leads by October 31",
        "--today",
        "2027-10-01",
        "--on",
        on,
        "--current",
        current,
    )
    assert (data["status"], got) == (status, code)
    assert data["deadline"] == "2027-10-31"


def test_today_defaults_to_on_for_a_deadline_without_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, data = run_json(
        capsys, "Verkrijg 40 leads tegen 31 oktober", "--on", "2027-10-15", "--current", "10"
    )
    assert data["deadline"] == "2027-10-31" and data["today"] == "2027-10-15"


@pytest.mark.parametrize(
    ("goal", "start"),
    [
        ("Get 40 leads in November 2027", "2027-11-01"),
        ("Verhoog het aantal volgers met 500 tegen eind Q3 2027", "2027-07-01"),
        ("Get 400 leads by the end of 2027", "2027-01-01"),
        ("Verkrijg 40 leads vanaf 1 september 2027 tot 31 oktober 2027", "2027-09-01"),
    ],
)
def test_default_start_follows_the_deadline_period(
    capsys: pytest.CaptureFixture[str], goal: str, start: str
) -> None:
    _, data = run_json(capsys, goal, "--on", "2027-10-15", "--current", "10")
    assert data["start"] == start


def test_before_the_period_starts(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys, "Get 40 leads in November 2027", "--on", "2027-10-15", "--current", "0"
    )
    assert code == 0 and data["status"] == "on_track"
    assert data["expected"] == 0 and data["days_elapsed"] == 0
    assert "the period runs from November 1, 2027" in data["message"]


def test_duration_goal_starts_on_the_day_it_was_set(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = run_json(
        capsys,
        "Lose 5 kg within 3 months",
        "--today",
        "2027-06-01",
        "--on",
        "2027-07-15",
        "--current",
        "2",
    )
    assert (data["start"], data["deadline"]) == ("2027-06-01", "2027-09-01")
    # 'lose' is an amount: kg lost so far, counted up from 0
    assert (data["mode"], data["target"], data["baseline"]) == ("amount", 5, 0)
    assert data["expected"] == pytest.approx(5 * 44 / 92, abs=1e-4)


# --- lower-is-better and level goals -----------------------------------------------------------


def test_goal_with_its_own_baseline_lower_is_better(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys, "Reduce churn from 5% to 3% by end of 2027", "--on", "2027-07-02", "--current", "4%"
    )
    assert (data["direction"], data["mode"], data["baseline"], data["target"]) == (
        "down",
        "level",
        5,
        3,
    )
    assert data["status"] == "on_track" and code == 0
    # January 1 → December 31 is 364 days; July 2 is day 182: exactly halfway
    assert data["expected"] == pytest.approx(4.0) and data["projected"] == pytest.approx(3.0)
    assert data["needed_per_day"] == pytest.approx(-1 / 182, abs=1e-4)  # signed: going down
    assert "churn at 4% (target 3%)" in data["message"]
    assert "0.01 less per day" not in data["message"], "on track: no need stated"


@pytest.mark.parametrize(
    ("current", "status"), [("4.5", "behind"), ("3.5", "ahead"), ("3", "done")]
)
def test_lower_is_better_statuses(
    capsys: pytest.CaptureFixture[str], current: str, status: str
) -> None:
    _, data = run_json(
        capsys,
        "Reduce churn from 5% to 3% by end of 2027",
        "--on",
        "2027-07-02",
        "--current",
        current,
    )
    assert data["status"] == status


def test_lower_is_better_behind(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys,
        "Verlaag de churn naar 3% tegen eind 2027",
        "--baseline",
        "5",
        "--on",
        "2027-07-02",
        "--current",
        "4.8",
    )
    assert (data["status"], code) == ("behind", 1)
    assert data["needed_per_day"] == pytest.approx(-1.8 / 182, abs=1e-4)
    assert "0,01% per dag eraf" in data["message"]  # 1.8 points in 182 days


def test_a_tiny_pace_is_not_shown_as_zero(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = run_json(
        capsys,
        "Verlaag de churn van 3,5% naar 3% tegen eind 2027",
        "--on",
        "2027-07-02",
        "--current",
        "3.5",
    )
    assert data["status"] == "behind"
    assert data["needed_per_day"] == pytest.approx(-0.5 / 182, abs=1e-4)
    assert "0,003% per dag eraf" in data["message"]


def test_percentage_reduction_needs_and_uses_a_baseline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    goal = "Verlaag het aantal klachten met 20% tegen eind 2027"
    err = usage_error(capsys, goal, "--on", "2027-07-02", "--current", "90")
    assert "--baseline" in err and "beginwaarde" in err  # said in the goal's language
    _, data = run_json(capsys, goal, "--baseline", "100", "--on", "2027-07-02", "--current", "90")
    assert data["target"] == 80 and data["direction"] == "down" and data["status"] == "on_track"


def test_baseline_already_beyond_target(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(
        capsys,
        "Verlaag de churn naar 3% tegen eind 2027",
        "--baseline",
        "2",
        "--on",
        "2027-07-02",
        "--current",
        "2",
    )
    assert "haalt het doel" in err


def test_baseline_turns_an_increase_into_a_level(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = run_json(
        capsys,
        "Verhoog het aantal volgers met 500 tegen eind Q3 2027",
        "--baseline",
        "2700",
        "--on",
        "2027-08-15",
        "--current",
        "3000",
    )
    assert (data["mode"], data["target"], data["baseline"]) == ("level", 3200, 2700)
    assert data["status"] == "ahead"


# --- usage errors: exit 2, one line on stderr ----------------------------------------------------


def test_goal_without_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(
        capsys, "Verkrijg meer leads tegen 31 oktober 2027", "--current", "10", "--on", "2027-10-15"
    )
    assert "geen getal" in err


def test_goal_without_a_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "Get 40 new leads", "--current", "10", "--on", "2027-10-15")
    assert "no deadline" in err


def test_plain_date_far_ahead_needs_a_start(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(
        capsys, "Get 40 leads by December 15, 2027", "--current", "0", "--on", "2027-10-15"
    )
    assert "--start" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--current", "veel"], "invalid --current 'veel'"),
        (["--current", "nan"], "invalid --current 'nan'"),
        (["--current", "10", "--on", "15-10-2027"], "invalid --on '15-10-2027'"),
        (["--current", "10", "--start", "2027-02-30"], "invalid --start"),
        (["--current", "10", "--baseline", "x"], "invalid --baseline"),
        (["--current", "10", "--start", "2027-11-01", "--on", "2027-10-15"], "moet na de start"),
        (["--current", "10", "--start", "2027-10-31", "--on", "2027-10-15"], "moet na de start"),
        (["--current", "10", "--format", "xml"], "--format"),
        ([], "--current"),
    ],
)
def test_bad_options(capsys: pytest.CaptureFixture[str], args: list[str], expected: str) -> None:
    assert expected in usage_error(capsys, SEED, *args)


def test_empty_goal(capsys: pytest.CaptureFixture[str]) -> None:
    assert "empty goal" in usage_error(capsys, "  ", "--current", "1")


# --- the installed command ---------------------------------------------------------------

SMARTGOAL = Path(sys.executable).with_name("smartgoal")


@pytest.mark.skipif(not SMARTGOAL.exists(), reason="smartgoal script not installed")
def test_installed_command_seed_and_error() -> None:
    ok = subprocess.run(
        [
            str(SMARTGOAL),
            "track",
            SEED,
            "--current",
            "10",
            "--on",
            "2027-10-15",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ok.returncode == 1, ok.stderr
    assert json.loads(ok.stdout)["status"] == "behind"
    bad = subprocess.run(
        [str(SMARTGOAL), "track", "Get 40 new leads", "--current", "10"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_help_does_not_load_the_engine() -> None:
    code = (
        "import sys; from rewriter.cli import main\n"
        "try:\n    main(['track', '--help'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "heavy = [m for m in ('spacy', 'dateparser', 'quantulum3') if m in sys.modules]\n"
        "print(heavy)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert r.returncode == 0, r.stderr
    assert "--current" in r.stdout and r.stdout.strip().endswith("[]")
