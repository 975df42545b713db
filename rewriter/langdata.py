"""Where language knowledge lives, and how it is read.

Everything that is Dutch or English (words, patterns, templates, messages) is JSON under
``models/<lang>/``; what is the same in every language is under ``models/common/``. Code asks
this module for it and never spells a word itself, so adding a language means adding a folder.

The models folder is found in this order: ``$SMARTGOAL_MODELS``; ``rewriter/_models`` (where a
built wheel puts it); ``models/`` next to the package (a source checkout or editable install).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import UsageError

COMMON = "common"


@cache
def models_dir() -> Path:
    """The folder holding one sub-folder per language plus ``common``."""
    env = os.environ.get("SMARTGOAL_MODELS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "_models", here.parent / "models"):
        if (candidate / COMMON).is_dir():
            return candidate
    raise UsageError("cannot find the smartgoal models folder; set SMARTGOAL_MODELS")


@cache
def languages() -> tuple[str, ...]:
    """Languages with a pipeline folder, in a stable order."""
    root = models_dir()
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
    )


@cache
def read_json(lang: str, name: str) -> Any:
    """One JSON data file, e.g. ``read_json('nl', 'metrics')``; ``_``-keys are notes."""
    path = models_dir() / lang / f"{name}.json"
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise UsageError(f"language data missing: {path}") from None


def entries(data: dict[str, Any]) -> dict[str, Any]:
    """A data mapping without its ``_doc``/``_setting`` notes."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True, slots=True)
class MetricInfo:
    """Language-neutral facts about a metric key (models/common/metrics.json)."""

    key: str
    direction: str = "up"
    action: str = "increase"
    shape: str = "count"
    channelable: bool = False
    scale: bool = False


@cache
def metric_info(key: str) -> MetricInfo:
    raw = entries(read_json(COMMON, "metrics")).get(key)
    if raw is None:
        return MetricInfo(key=key, action="acquire", shape="count")
    return MetricInfo(key=key, **raw)


@cache
def channel_metric(key: str) -> str | None:
    """The metric a goal about this channel most likely counts (models/common/channels.json)."""
    raw = entries(read_json(COMMON, "channels")).get(key) or {}
    return raw.get("metric")


@cache
def action_info(key: str) -> dict[str, str]:
    """Language-neutral facts about an action key (models/common/actions.json)."""
    return dict(entries(read_json(COMMON, "actions")).get(key) or {})
