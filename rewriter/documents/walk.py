"""Which files to lint: the paths given, directories walked like ruff walks them.

A directory is walked recursively in sorted order; hidden folders and files (``.git``,
``.venv``…) and dependency folders (``node_modules``, ``site-packages``, ``__pycache__``) are
skipped, and a file is taken when the nearest config's ``include`` globs match it (default
``*.md``, ``*.markdown``, ``*.txt``) and its ``exclude`` globs do not. A file named on the command
line is linted whatever its extension, unless ``exclude`` matches it — so a pre-commit hook that
passes every changed file still honours ``exclude``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import Config

SKIP_DIRS = frozenset({"node_modules", "site-packages", "__pycache__"})


@dataclass(frozen=True, slots=True)
class Target:
    path: Path
    display: str
    config: Config


def collect(
    paths: tuple[str, ...], config_for: Callable[[Path], Config]
) -> tuple[list[Target], list[str]]:
    """The files to lint, in order and without duplicates, and one error per bad path."""
    targets: list[Target] = []
    errors: list[str] = []
    seen: set[Path] = set()

    def take(path: Path, display: str, explicit: bool) -> None:
        key = path.resolve()
        if key in seen:
            return
        cfg = config_for(path.parent)
        if cfg.excluded(path) or not (explicit or cfg.included(path)):
            return
        seen.add(key)
        targets.append(Target(path, display, cfg))

    for arg in paths:
        path = Path(arg)
        display = os.path.normpath(arg)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                here = Path(dirpath)
                cfg = config_for(here)
                dirnames[:] = sorted(
                    d
                    for d in dirnames
                    if not d.startswith(".") and d not in SKIP_DIRS and not cfg.excluded(here / d)
                )
                for name in sorted(filenames):
                    if not name.startswith("."):
                        rel = os.path.relpath(here / name, path)
                        take(here / name, os.path.normpath(os.path.join(display, rel)), False)
        elif path.is_file():
            take(path, display, True)
        elif path.exists():
            errors.append(f"{display}: not a regular file")
        elif path.is_symlink():
            errors.append(f"{display}: broken symbolic link")
        else:
            errors.append(f"{display}: no such file or directory")
    return targets, errors
