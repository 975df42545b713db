"""The ``smartgoal lint`` command: options in, findings or fixes out, exit code 0/1/2.

Thin, like the rest of the CLI: it validates options, hands a ``Request`` to ``lint.run`` and
prints the result. Findings go to stdout; the summary, the progress bar and per-file errors go to
stderr. Exit codes: 0 no failing findings (or all fixed), 1 failing findings, 2 a usage error or
a file that could not be read or written (other files are still linted).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import UsageError
from .output import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--fix", is_flag=True, help="Rewrite vague goals in place (only the goal's text).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix/--diff, also apply rewrites that drop words of the goal (a label, an "
    "aside, a second sentence); review them with --diff first.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text: path:line:col: CODE message; json; sarif (2.1.0); github annotations.",
)
@click.option(
    "--today", metavar="YYYY-MM-DD", help="Reference date for deadlines [default: today]."
)
@click.option(
    "--lang",
    metavar="auto|nl|en",
    default=None,
    help="Language of the goals [default: config, else auto per goal].",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Only report these codes or prefixes (comma-separated), e.g. SG1,SG110.",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    help="Do not report these codes or prefixes (comma-separated).",
)
@click.option(
    "--fail-on",
    metavar="CRITERIA",
    help="Criteria whose findings fail the run, e.g. S,M,T (the default) or S,M,A,R,T.",
)
@click.option(
    "--list-items",
    type=click.Choice(["auto", "everywhere", "goal-sections"]),
    default=None,
    help="Which list items are goals [default: config, else auto].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Use this config file instead of discovering one.",
)
@click.option("--statistics", is_flag=True, help="Print the number of findings per code.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary, no progress.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
def lint(
    paths: tuple[str, ...],
    fix: bool,
    diff: bool,
    unsafe_fixes: bool,
    fmt: str,
    today: str | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    list_items: str | None,
    config_path: Path | None,
    statistics: bool,
    quiet: bool,
    exit_zero: bool,
) -> None:
    """Find the goals in Markdown and text documents and report those that are not SMART.

    PATHS are files or directories (default: the current directory); directories are walked for
    *.md, *.markdown and *.txt. Goals are list items and paragraphs under goal headings (Doelen,
    Goals, OKR...), nested items as sub-goals, and lines starting with 'Doel:', 'Goal:', 'KR1:'.
    Codes: SG101-SG105 per SMART criterion, SG106 placeholder, SG107-SG109 goal trees,
    SG110 progress. Config: [tool.smartgoal] in pyproject.toml or .smartgoal.toml.

    \b
    Examples:
      smartgoal lint plans/
      smartgoal lint --diff kwartaalplan.md
      smartgoal lint --fix --today 2026-11-28 docs/okr.md
      smartgoal lint --format sarif . > smartgoal.sarif
    """
    from .config import parse_criteria
    from .lint import Request, run
    from .rules import expand_codes

    selected = _split(select) or None
    ignored = _split(ignore)
    try:
        expand_codes(selected or ())
        expand_codes(ignored)
    except ValueError as exc:
        raise UsageError(f"--select/--ignore: {exc}") from None
    criteria = None
    if fail_on is not None:
        try:
            criteria = parse_criteria(_split([fail_on]))
        except ValueError as exc:
            raise UsageError(f"--fail-on: {exc}") from None
    if today is not None:
        from ..options import parse_today

        parse_today(today)
    request = Request(
        paths=paths or (".",),
        fix=fix,
        diff=diff,
        today=today,
        lang=lang,
        select=selected,
        ignore=ignored,
        fail_on=criteria,
        config=config_path,
        list_items=list_items,
        unsafe_fixes=unsafe_fixes,
    )
    show_progress = not quiet and sys.stderr.isatty()

    def progress(total: int) -> Any:
        return click.progressbar(length=total, label="Checking goals", file=sys.stderr)

    def on_error(message: str) -> None:
        click.echo(f"smartgoal: error: {message}", err=True)

    result = run(request, progress if show_progress else None, on_error)
    _print(result, fmt, diff, statistics)
    # after an error, 'No findings: 0 goals in 0 files checked.' would read as the opposite
    if fmt == "text" and not quiet and not (result.errors and not result.findings):
        click.echo(_summary(result, fix and not diff, diff), err=True)
    if result.errors:
        raise SystemExit(EXIT_ERROR)
    failed = result.failed or (diff and bool(result.diffs))
    raise SystemExit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


def _print(result: Any, fmt: str, diff: bool, statistics: bool) -> None:
    from . import output

    if diff:
        for chunk in result.diffs:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    if statistics:
        text = output.statistics(result.findings, fmt)
        if text:
            click.echo(text)
        return
    if fmt == "json":
        click.echo(output.json_text(result.findings))
    elif fmt == "sarif":
        click.echo(output.sarif_text(result.findings))
    else:
        lines = output.github_lines if fmt == "github" else output.text_lines
        for line in lines(result.findings):
            click.echo(line)


def _summary(result: Any, fixed: bool, diff: bool) -> str:
    files_with = len({f.path for f in result.findings})
    n = len(result.findings)
    if diff:
        goals, files = _plural(result.fixed_goals, "goal"), _plural(result.fixed_files, "file")
        return f"Would fix {goals} in {files}."
    if fixed:
        remain = f"{_plural(n, 'finding')} remain" if n != 1 else "1 finding remains"
        return (
            f"Fixed {_plural(result.fixed_goals, 'goal')} in "
            f"{_plural(result.fixed_files, 'file')}; {remain}."
        )
    if not n:
        return (
            f"No findings: {_plural(result.goals, 'goal')} in "
            f"{_plural(result.files, 'file')} checked."
        )
    fixable = sum(1 for f in result.findings if f.fixable)
    unsafe = sum(1 for f in result.findings if f.dropped and not f.fixable)
    warnings = sum(1 for f in result.findings if f.severity == "warning")
    extra = f", {unsafe} more with --unsafe-fixes" if unsafe else ""
    extra += f", {_plural(warnings, 'warning')}" if warnings else ""
    return (
        f"Found {_plural(n, 'finding')} in {_plural(files_with, 'file')} "
        f"({fixable} fixable with --fix{extra})."
    )
