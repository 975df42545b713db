"""What ``smartgoal lint`` does, without the command line: find, judge, report, fix.

All goals of all files are collected first and judged in as few calls to
``rewriter.analyze_many`` as there are (reference date, language) settings — usually one — so the
pipeline batches them through ``nlp.pipe`` and loads once. A fix is only applied when it is
*stable*: the rewrite, judged again, rewrites to itself — so a second ``--fix`` is a no-op — and
*safe*: it keeps every word of the goal it does not mean to replace (``keeps.dropped_words``);
an unsafe fix is applied only with ``unsafe_fixes``. After fixing, the changed files are read
again and their remaining findings are what is reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import analyze_many
from ..options import parse_today
from . import markup
from .config import Config, Discovery
from .config import load as load_config
from .finder import Found, find_markdown
from .findings import FIXED_BY_REWRITE, Finding, Policy, goal_findings
from .fix import Edit, apply_edits, unified_diff, write_atomic
from .keeps import dropped_words
from .rules import RULES, expand_codes
from .source import Source, SourceError, read_source
from .suppress import Suppressions, scan
from .textfinder import find_text
from .vocabulary import vocabulary
from .walk import collect

if TYPE_CHECKING:
    from ..report import GoalReport

ProgressFactory = Callable[[int], Any]
#: A progress bar is worth its line only for more than a handful of files.
PROGRESS_MIN_FILES = 5


@dataclass(frozen=True, slots=True)
class Request:
    """Everything the command line can say; ``None`` means 'as configured'."""

    paths: tuple[str, ...]
    fix: bool = False
    diff: bool = False
    today: str | None = None
    lang: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: frozenset[str] | None = None
    config: Path | None = None
    list_items: str | None = None
    unsafe_fixes: bool = False  # also apply rewrites that drop words of the goal


@dataclass(slots=True)
class Document:
    """One file on its way through: goals found, reports attached, findings made."""

    source: Source
    config: Config
    policy: Policy
    lang: str | None
    found: Found
    suppressions: Suppressions
    reports: list[GoalReport] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class Result:
    findings: list[Finding]
    errors: list[str]
    files: int
    goals: int
    fixed_goals: int = 0
    fixed_files: int = 0
    diffs: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


# --- setup -----------------------------------------------------------------------------------


def _policy(cfg: Config, req: Request, path: Path) -> tuple[Policy, str | None]:
    select = req.select if req.select is not None else cfg.select
    enabled = set(expand_codes(select)) if select is not None else set(RULES)
    enabled -= expand_codes(cfg.ignore)
    enabled -= expand_codes(req.ignore)
    enabled -= expand_codes(cfg.ignored_for(path))
    today = parse_today(req.today) if req.today else (cfg.today or dt.date.today())
    lang = req.lang if req.lang is not None else cfg.lang
    policy = Policy(
        enabled=frozenset(enabled),
        fail_on=req.fail_on if req.fail_on is not None else cfg.fail_on,
        today=today,
        progress_start=cfg.progress_start,
    )
    return policy, (None if lang in (None, "auto") else lang)


def _read(source: Source, cfg: Config, req: Request) -> tuple[Found, Suppressions]:
    vocab = vocabulary(cfg.goal_headings, cfg.non_goal_headings)
    policy = req.list_items or cfg.list_items
    finder = find_markdown if source.is_markdown else find_text
    found = finder(source, vocab, policy)  # type: ignore[arg-type]
    lines = [source.text[ln.start : ln.end] for ln in source.lines]
    return found, scan(lines, found.skip_lines)


def _document(source: Source, cfg: Config, req: Request) -> Document:
    policy, lang = _policy(cfg, req, source.path)
    found, sup = _read(source, cfg, req)
    return Document(source, cfg, policy, lang, found, sup)


# --- judging ---------------------------------------------------------------------------------


def _analyse(
    texts: Sequence[tuple[dt.date, str | None, str]], progress: ProgressFactory | None
) -> list[GoalReport]:
    """Judge (today, lang, text) triples, each distinct one once, with one ``analyze_many``
    call per (today, lang) group — usually a single call for the whole run."""
    unique = list(dict.fromkeys(texts))
    groups: dict[tuple[dt.date, str | None], list[int]] = {}
    for i, (today, lang, _) in enumerate(unique):
        groups.setdefault((today, lang), []).append(i)
    judged: list[GoalReport | None] = [None] * len(unique)
    with progress(len(unique)) if progress and unique else nullcontext() as bar:
        for (today, lang), idx in groups.items():
            stream: Iterator[GoalReport] = analyze_many(
                (unique[i][2] for i in idx), today=today, lang=lang
            )
            for i, report in zip(idx, stream, strict=True):
                judged[i] = report
                if bar is not None:
                    bar.update(1)
    position = {key: i for i, key in enumerate(unique)}
    reports = [judged[position[key]] for key in texts]
    return [r for r in reports if r is not None]


def _has_substance(report: GoalReport) -> bool:
    """Prose counts as a goal when it has what goals are made of."""
    f = report.frame
    return bool(f.action or f.metric or f.target or f.vague or f.placeholders)


def _judge(docs: Sequence[Document], progress: ProgressFactory | None) -> None:
    texts = [(d.policy.today, d.lang, s.plain) for d in docs for s in d.found.sites]
    reports = iter(_analyse(texts, progress))
    for d in docs:
        sites = d.found.sites
        d.reports = [next(reports) for _ in sites]
        keep = [
            i
            for i, (s, r) in enumerate(zip(sites, d.reports, strict=True))
            if not s.tentative or _has_substance(r)
        ]
        if len(keep) != len(sites):
            new_index = {old: new for new, old in enumerate(keep)}
            kept_sites = []
            for old in keep:
                site = sites[old]
                if site.parent is not None:
                    site.parent = new_index.get(site.parent)
                kept_sites.append(site)
            d.found.sites = kept_sites
            d.reports = [d.reports[i] for i in keep]
        d.findings = [
            f
            for f in goal_findings(d.source.display, d.found.sites, d.reports, d.policy)
            if not d.suppressions.suppressed(f.line - 1, f.code)
        ]


# --- fixing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    doc: Document
    index: int
    replacement: str


def _candidates(docs: Sequence[Document]) -> list[_Candidate]:
    out = []
    for d in docs:
        wanted = {f.goal_index for f in d.findings if f.code in FIXED_BY_REWRITE}
        for i in sorted(wanted):
            site, rep = d.found.sites[i], d.reports[i]
            if rep.smt_met or rep.rewrite == site.plain:
                continue
            new = markup.restore(site.raw, rep.rewrite, d.found.env) if site.markup else rep.rewrite
            if new is not None and new != site.raw:
                out.append(_Candidate(d, i, new))
    return out


def _stable(cands: Sequence[_Candidate]) -> list[_Candidate]:
    """Only rewrites that rewrite to themselves: what makes a second --fix a no-op."""
    texts = [
        (c.doc.policy.today, c.doc.reports[c.index].lang, c.doc.reports[c.index].rewrite)
        for c in cands
    ]
    again = _analyse(texts, None)
    return [c for c, r in zip(cands, again, strict=True) if r.smt_met or r.rewrite == r.text]


def _plan(docs: Sequence[Document], unsafe: bool = False) -> dict[int, list[_Candidate]]:
    """Stable fixes per document (by position in ``docs``); marks findings fixable.

    A fix that would drop words of the goal (a label, an aside, a second sentence) is only
    planned when ``unsafe``; otherwise its findings name the words it would drop.
    """
    stable = _stable(_candidates(docs))
    by_doc: dict[int, list[_Candidate]] = {}
    position = {id(d): n for n, d in enumerate(docs)}
    for c in stable:
        dropped = tuple(dropped_words(c.doc.reports[c.index]))
        apply = unsafe or not dropped
        if apply:
            by_doc.setdefault(position[id(c.doc)], []).append(c)
        for f in c.doc.findings:
            if f.goal_index == c.index and f.code in FIXED_BY_REWRITE:
                f.fixable = apply
                f.dropped = dropped
                f.replacement = c.replacement
    return by_doc


def _edits(cands: Sequence[_Candidate]) -> list[Edit]:
    return [
        Edit(c.doc.found.sites[c.index].start, c.doc.found.sites[c.index].end, c.replacement)
        for c in cands
    ]


# --- the run ---------------------------------------------------------------------------------


def run(
    req: Request,
    progress: ProgressFactory | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Result:
    """Lint (and with ``fix``/``diff``, fix) the requested paths."""
    errors: list[str] = []

    def error(message: str) -> None:
        errors.append(message)
        if on_error is not None:
            on_error(message)

    forced: Config | None = None
    if req.config is not None:
        if not req.config.is_file():
            from ..errors import UsageError

            raise UsageError(f"{req.config}: config file not found")
        forced = load_config(req.config) or Config(root=req.config.parent, source=req.config)

    discover = Discovery()

    def config_for(folder: Path) -> Config:
        return forced if forced is not None else discover(folder)

    targets, path_errors = collect(req.paths, config_for)
    for message in path_errors:
        error(message)
    docs: list[Document] = []
    for t in targets:
        try:
            source = read_source(t.path, t.display)
        except SourceError as exc:
            error(str(exc))
            continue
        docs.append(_document(source, t.config, req))
    _judge(docs, progress if len(docs) > PROGRESS_MIN_FILES else None)
    result = Result([], errors, len(targets), sum(len(d.found.sites) for d in docs))

    plan = _plan(docs, req.unsafe_fixes)
    rejudge: list[Document] = []
    if req.fix or req.diff:
        for n, cands in sorted(plan.items()):
            d = docs[n]
            new_text = apply_edits(d.source.text, _edits(cands))
            if req.diff:
                result.diffs.append(unified_diff(d.source.display, d.source.text, new_text))
                result.fixed_goals += len(cands)
                result.fixed_files += 1
                continue
            try:
                write_atomic(d.source, new_text)
            except SourceError as exc:
                error(str(exc))
                continue
            result.fixed_goals += len(cands)
            result.fixed_files += 1
            fresh = replace(d.source, data=d.source.encode(new_text), text=new_text, lines=[])
            docs[n] = _document(fresh, d.config, req)
            rejudge.append(docs[n])
        _judge(rejudge, None)  # what remains, in one more batch for all fixed files
    for d in docs:
        result.findings.extend(d.findings)
    result.findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return result
