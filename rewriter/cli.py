"""The ``smartgoal`` command: thin — parse options, call the API, format, set the exit code.

Only click and the standard library are imported at start-up; spaCy, dateparser and
quantulum3 load when a goal is actually analysed, so ``smartgoal --help`` and option errors
answer instantly. Every error a user can cause is one line on stderr and exit code 2.

Exit codes: 0 = every goal meets S, M and T (``check``) or the command did its job; 1 = some
goal misses a criterion; 2 = usage or input error.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from . import __version__
from .errors import UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_FLUSH_EVERY = 256  # lines per write in jsonl and rewrite output


class LazyGroup(click.Group):
    """A click group whose sub-commands live in their own modules, imported only when used."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        available = [n for n, target in self.lazy.items() if _module_exists(target)]
        return sorted([*super().list_commands(ctx), *available])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and _module_exists(self.lazy[name]):
            module, _, attr = self.lazy[name].partition(":")
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        return super().get_command(ctx, name)


def _module_exists(target: str) -> bool:
    """Whether a lazily loaded command's module is installed (a packaging slip must not break
    ``--help`` for every other command)."""
    try:
        return importlib.util.find_spec(target.partition(":")[0]) is not None
    except ModuleNotFoundError:
        return False


@click.group(
    cls=LazyGroup,
    lazy={
        "lint": "rewriter.documents.command:lint",
        "track": "rewriter.track_command:track",
    },
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="smartgoal")
def cli() -> None:
    """Check whether goals are SMART and propose rewrites — Dutch and English, offline.

    \b
    Examples:
      smartgoal check "Nieuwe leads verkrijgen"
      smartgoal rewrite "Get more leads" --target 40 --deadline 2027-10-31
      smartgoal check --format jsonl - < goals.txt
      smartgoal lint docs/ --diff
    """


# --- shared options ---------------------------------------------------------------------------


def goal_options(f: Any) -> Any:
    """Options every goal command takes (check, rewrite)."""
    decorators = [
        click.argument("goals", nargs=-1),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["text", "json", "jsonl"]),
            default="text",
            show_default=True,
            help="text for people; json/jsonl follow the goal-report contract.",
        ),
        click.option(
            "--today", metavar="YYYY-MM-DD", help="Reference date for deadlines [default: today]."
        ),
        click.option(
            "--lang",
            metavar="auto|nl|en",
            default="auto",
            show_default=True,
            help="Language of the goals; auto detects per goal.",
        ),
        click.option(
            "--history",
            metavar="N,N,...",
            help="Past values of the goal's metric per comparable period, oldest first.",
        ),
        click.option(
            "--history-file",
            metavar="PATH",
            help="Past values from a CSV or JSON file (metric,period,value); each goal uses "
            "the rows of its own metric.",
        ),
        click.option(
            "--target", metavar="NUMBER", help="Fill or replace the target in the rewrite."
        ),
        click.option(
            "--deadline", metavar="DATE", help="Fill or replace the deadline in the rewrite."
        ),
        click.option(
            "--channel", metavar="TEXT", help="Fill or replace the channel in the rewrite."
        ),
        click.option(
            "--stretch",
            type=float,
            default=1.5,
            show_default=True,
            help="Achievable: at most this × the best period in --history.",
        ),
        click.option(
            "--growth",
            type=float,
            default=1.25,
            show_default=True,
            help="Proposals: this × the best period in --history.",
        ),
    ]
    for dec in reversed(decorators):
        f = dec(f)
    return f


def _options(
    today: str | None,
    lang: str,
    history: str | None,
    target: str | None,
    deadline: str | None,
    channel: str | None,
    stretch: float,
    growth: float,
    history_file: str | None = None,
) -> Any:
    from dataclasses import replace

    from .history import AchievableRule
    from .options import make_options

    try:
        rule = AchievableRule(stretch=stretch, growth=growth)
    except ValueError as exc:
        raise UsageError(f"--stretch/--growth: {exc}") from None
    options = make_options(
        today=today,
        lang=lang,
        history=history,
        target=target,
        deadline=deadline,
        channel=channel,
        rule=rule,
    )
    if history_file is not None:
        if history is not None:
            raise UsageError("use --history or --history-file, not both")
        from .history_file import read_history_file

        # metric key → values; each goal picks its own series in api._goal_options
        options = replace(options, history=read_history_file(history_file).as_mapping())
    return options


def _check_arg(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("a goal argument is not valid UTF-8") from None
    if not text.strip():
        raise UsageError("empty goal")
    return text


def read_goals(goals: tuple[str, ...]) -> list[str]:
    """Goals from the arguments, or one per line from stdin ('-' or a pipe)."""
    if goals and goals != ("-",):
        if "-" in goals:
            raise UsageError("'-' (read stdin) cannot be mixed with goal arguments")
        return [_check_arg(g) for g in goals]
    if not goals and sys.stdin.isatty():
        raise UsageError("no goal given: pass one as an argument or pipe goals, one per line")
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"stdin is not valid UTF-8 (byte {exc.start})") from None
    text = text.removeprefix("\ufeff")
    lines = [line.rstrip("\r") for line in text.split("\n")]
    goals_in = [line for line in lines if line.strip()]
    if not goals_in:
        raise UsageError("empty input: no goal on stdin")
    return goals_in


def _is_terminal() -> bool:
    """Both ends are a person at a terminal (needed to ask questions)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _emit_reports(reports: Iterator[Any], fmt: str, text_line: Any) -> int:
    """Print reports as they stream in; return the exit code (0 all SMT, 1 otherwise)."""
    code = EXIT_OK
    if fmt == "json":
        items = []
        for rep in reports:
            items.append(rep.to_dict())
            code = code if rep.smt_met else EXIT_FINDINGS
        payload: Any = items[0] if len(items) == 1 else items
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return code
    if fmt == "jsonl" or text_line is not None:
        # one line per goal, written a chunk at a time: a flush per line cost more than the JSON
        buffer: list[str] = []
        for rep in reports:
            code = code if rep.smt_met else EXIT_FINDINGS
            line = json.dumps(rep.to_dict(), ensure_ascii=False) if fmt == "jsonl" else None
            buffer.append(line if line is not None else text_line(rep))
            if len(buffer) >= _FLUSH_EVERY:
                click.echo("\n".join(buffer))
                buffer.clear()
        if buffer:
            click.echo("\n".join(buffer))
        return code
    first = True
    for rep in reports:
        code = code if rep.smt_met else EXIT_FINDINGS
        if not first:
            click.echo("")
        click.echo(_render(rep))
        first = False
    return code


def _render(rep: Any) -> str:
    from .report import render_text

    return render_text(rep, color=_use_color())


# --- commands ---------------------------------------------------------------------------------


@cli.command()
@goal_options
def check(goals: tuple[str, ...], fmt: str, **opts: Any) -> None:
    """Say which SMART criteria each goal misses, why, and propose a rewrite.

    GOALS are goal texts; with none (or '-') goals are read from stdin, one per line.
    Exit code 0 when every goal is specific, measurable and time-bound, 1 otherwise.
    """
    options = _options(**opts)
    texts = read_goals(goals)
    from .api import analyze_many_with

    raise SystemExit(_emit_reports(analyze_many_with(texts, options), fmt, None))


@cli.command()
@goal_options
@click.option(
    "-i",
    "--interactive",
    is_flag=True,
    help="Ask for each missing piece (number, channel, deadline) in a terminal.",
)
def rewrite(goals: tuple[str, ...], fmt: str, interactive: bool, **opts: Any) -> None:
    """Print a SMART rewrite of each goal, in the goal's own language.

    Pieces the goal does not state become visible placeholders ([aantal], [kanaal], [datum] /
    [number], [channel], [date]) unless given with --target, --channel and --deadline, or typed
    in with -i. Exit code 0 on success.
    """
    options = _options(**opts)
    texts = read_goals(goals)
    if interactive:
        if not _is_terminal():
            raise UsageError("-i needs a terminal; pass --target/--channel/--deadline instead")
        for text in texts:
            click.echo(_interactive(text, options))
        raise SystemExit(EXIT_OK)
    from .api import analyze_many_with

    _emit_reports(analyze_many_with(texts, options), fmt, lambda rep: rep.rewrite)
    raise SystemExit(EXIT_OK)


def _interactive(text: str, options: Any) -> str:
    """Ask, in the goal's language, for each piece the rewrite still lacks; then rewrite."""
    from dataclasses import replace

    from .api import analyze_with
    from .langdata import read_json

    report = analyze_with(text, options)
    prompts = read_json(report.lang, "messages")["prompts"]
    ph = report.frame.placeholders
    rewritten = report.rewrite
    wanted = {
        "target": options.target is None and report.frame.target is None,
        "channel": options.channel is None and not report.frame.channels,
        "deadline": options.deadline is None and report.frame.deadline is None,
    }
    ph = read_json(report.lang, "lexicon")["placeholders"]
    answers: dict[str, str] = {}
    for piece, missing in wanted.items():
        if missing and ph[piece] in rewritten:
            answer = click.prompt(prompts[piece], default="", show_default=False).strip()
            if answer:
                answers[piece] = answer
    if not answers:
        return rewritten
    options = replace(options, lang=report.lang, **answers)
    return analyze_with(text, options).rewrite


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI with one-line errors and the documented exit codes."""
    try:
        cli.main(args=argv, prog_name="smartgoal", standalone_mode=False)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else EXIT_OK
        sys.exit(code)
    except UsageError as exc:
        click.echo(f"smartgoal: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        click.echo("smartgoal: aborted", err=True)
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else "")
        sys.exit(EXIT_OK)
    except click.ClickException as exc:
        message = " ".join(exc.format_message().split())
        click.echo(f"smartgoal: error: {message}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        click.echo("smartgoal: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); say nothing, like other Unix tools
        sys.stderr.close()
        sys.exit(EXIT_OK)
    sys.exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
