"""Configuration: ``[tool.smartgoal]`` in ``pyproject.toml`` or a ``.smartgoal.toml``.

Found like ruff's: walking up from each linted file's folder, the first ``.smartgoal.toml``
(keys at the top level, or under ``[tool.smartgoal]``) or ``pyproject.toml`` with a
``[tool.smartgoal]`` table wins; a ``pyproject.toml`` without that table is passed over. Paths in
``include``/``exclude``/``per-file-ignores`` are relative to the folder of the file that set them.
Every key is checked: an unknown key or a wrong value is a usage error (exit 2) that names the
file and the key. Keys may be written kebab-case or snake_case.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import UsageError
from ..langdata import languages
from .finder import LIST_POLICIES
from .rules import CRITERIA, expand_codes

CONFIG_NAMES = (".smartgoal.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
DEFAULT_FAIL_ON = frozenset({"specific", "measurable", "time_bound"})
_LETTERS = {
    "S": "specific",
    "M": "measurable",
    "A": "achievable",
    "R": "relevant",
    "T": "time_bound",
}


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for the files below ``root``; ``source`` is the file they came from."""

    root: Path
    source: Path | None = None
    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    goal_headings: tuple[str, ...] = ()
    non_goal_headings: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    today: dt.date | None = None
    list_items: str = "auto"
    progress_start: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    # --- matching ----------------------------------------------------------------------------

    def relative(self, path: Path) -> PurePosixPath | None:
        try:
            return PurePosixPath(path.resolve().relative_to(self.root.resolve()).as_posix())
        except ValueError:
            return None

    def excluded(self, path: Path) -> bool:
        return _matches(self.relative(path), path, self.exclude)

    def included(self, path: Path) -> bool:
        return _matches(self.relative(path), path, self.include)

    def ignored_for(self, path: Path) -> tuple[str, ...]:
        """Codes ``per-file-ignores`` switches off for this file."""
        rel = self.relative(path)
        codes: list[str] = []
        for pattern, pattern_codes in self.per_file_ignores:
            if _matches(rel, path, (pattern,)):
                codes.extend(pattern_codes)
        return tuple(codes)


def _matches(rel: PurePosixPath | None, path: Path, patterns: Iterable[str]) -> bool:
    """A pattern without '/' matches the file name or any folder name on the way; one with
    '/' matches the path relative to the config's folder (``*`` and ``**`` cross folders)."""
    names = [path.name, *(rel.parts[:-1] if rel else ())]
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if "/" in pat:
            if rel is not None and fnmatchcase(str(rel), pat.removeprefix("./")):
                return True
            if rel is not None and fnmatchcase(str(rel), pat.removeprefix("./") + "/*"):
                return True
        elif any(fnmatchcase(n, pat) for n in names):
            return True
    return False


# --- reading ---------------------------------------------------------------------------------


class _Reader:
    """Validates one table, naming the file and key in every error."""

    def __init__(self, path: Path, table: dict[str, Any], prefix: str) -> None:
        self.path = path
        self.prefix = prefix
        self.table = {str(k).replace("_", "-"): v for k, v in table.items()}

    def fail(self, key: str, why: str) -> UsageError:
        return UsageError(f"{self.path}: invalid config: {self.prefix}{key}: {why}")

    def strings(self, key: str) -> tuple[str, ...] | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "expected a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def string(self, key: str, choices: Iterable[str] | None = None) -> str | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, "expected a string")
        allowed = tuple(choices or ())
        if allowed and value not in allowed:
            raise self.fail(key, f"expected one of {', '.join(allowed)}, got {value!r}")
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.table.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(key, f"expected a date (YYYY-MM-DD), got {value!r}")

    def codes(self, key: str) -> tuple[str, ...] | None:
        values = self.strings(key)
        if values is None:
            return None
        try:
            expand_codes(values)
        except ValueError as exc:
            raise self.fail(key, str(exc)) from None
        return tuple(v.upper() for v in values)


KNOWN_KEYS = frozenset(
    {
        "fail-on",
        "select",
        "ignore",
        "extend-ignore",
        "lang",
        "goal-headings",
        "non-goal-headings",
        "include",
        "exclude",
        "extend-exclude",
        "per-file-ignores",
        "today",
        "list-items",
        "progress-start",
    }
)


def parse_criteria(values: Iterable[str]) -> frozenset[str]:
    """'S', 'specific', 'time-bound' … → criterion names; raises ValueError for others."""
    out = set()
    for v in values:
        name = _LETTERS.get(v.strip().upper()) or v.strip().lower().replace("-", "_")
        if name not in CRITERIA:
            raise ValueError(
                f"unknown criterion {v!r} (use S, M, A, R, T or {', '.join(CRITERIA)})"
            )
        out.add(name)
    return frozenset(out)


def build(path: Path, table: dict[str, Any], prefix: str) -> Config:
    """A Config from one ``[tool.smartgoal]`` table (or a ``.smartgoal.toml``)."""
    r = _Reader(path, table, prefix)
    for key in r.table:
        if key not in KNOWN_KEYS:
            raise r.fail(key, f"unknown key (known: {', '.join(sorted(KNOWN_KEYS))})")
    cfg = Config(root=path.parent, source=path)
    fail_on = r.strings("fail-on")
    if fail_on is not None:
        try:
            cfg = replace(cfg, fail_on=parse_criteria(fail_on))
        except ValueError as exc:
            raise r.fail("fail-on", str(exc)) from None
    lang = r.string("lang", ("auto", *languages()))
    pfi = r.table.get("per-file-ignores")
    per_file: list[tuple[str, tuple[str, ...]]] = []
    if pfi is not None:
        if not isinstance(pfi, dict):
            raise r.fail("per-file-ignores", "expected a table of glob = [codes]")
        for pattern, codes in pfi.items():
            sub = _Reader(path, {pattern: codes}, f"{prefix}per-file-ignores.")
            per_file.append((pattern, sub.codes(pattern.replace("_", "-")) or ()))
    return replace(
        cfg,
        select=r.codes("select"),
        ignore=(r.codes("ignore") or ()) + (r.codes("extend-ignore") or ()),
        lang=None if lang in (None, "auto") else lang,
        goal_headings=r.strings("goal-headings") or (),
        non_goal_headings=r.strings("non-goal-headings") or (),
        include=r.strings("include") or DEFAULT_INCLUDE,
        exclude=(r.strings("exclude") or ()) + (r.strings("extend-exclude") or ()),
        per_file_ignores=tuple(per_file),
        today=r.date("today"),
        list_items=r.string("list-items", LIST_POLICIES) or "auto",
        progress_start=r.date("progress-start"),
    )


def load(path: Path) -> Config | None:
    """The config a file sets, or None (a pyproject.toml without ``[tool.smartgoal]``)."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    tool = data.get("tool", {})
    table = tool.get("smartgoal") if isinstance(tool, dict) else None
    if path.name == "pyproject.toml":
        if table is None:
            return None
        if not isinstance(table, dict):
            raise UsageError(f"{path}: invalid config: tool.smartgoal must be a table")
        return build(path, table, "tool.smartgoal.")
    if table is not None:
        rest = {k: v for k, v in data.items() if k != "tool"}
        if rest:
            raise UsageError(
                f"{path}: invalid config: {next(iter(rest))}: put keys either at the top level "
                "or under [tool.smartgoal], not both"
            )
        return build(path, table, "tool.smartgoal.")
    return build(path, data, "")


class Discovery:
    """Finds the config of each folder once per run (configs may change between runs)."""

    def __init__(self) -> None:
        self._seen: dict[Path, Config] = {}

    def __call__(self, folder: Path) -> Config:
        """The config that applies in ``folder``: the nearest one on the way up, else defaults."""
        folder = folder.resolve()
        if folder not in self._seen:
            self._seen[folder] = self._find(folder)
        return self._seen[folder]

    def _find(self, folder: Path) -> Config:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                cfg = load(candidate)
                if cfg is not None:
                    return cfg
        if folder.parent != folder:
            return self(folder.parent)
        return Config(root=Path.cwd())
