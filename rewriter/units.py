"""Units of measure through quantulum3, only when a number is followed by a unit candidate.

quantulum3 is slow to import (it builds its unit tables and imports inflect) and reads English
notation only, and left alone it reads ``5k subscribers`` as 5 kelvin. So: the quantity marker
first tries the language's own unit words (numbers.json); only a word after a number that is
neither known vocabulary nor a stop word is checked against quantulum3's unit surfaces — read
straight from its data files, without importing it — and only a real surface makes us import
quantulum3 and ask it, once per word. Before the first question, every English metric noun is
registered as a dimensionless custom unit, so goal nouns never come back as physical units.
"""

from __future__ import annotations

import importlib.util
import json
import warnings
from functools import cache
from pathlib import Path

from .langdata import entries, languages, read_json

_NOT_UNITS = frozenset({"dimensionless", "unknown", "currency"})


@cache
def _surfaces() -> frozenset[str]:
    """Every unit name, surface and symbol quantulum3 knows, from its JSON files."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    base = Path(next(iter(spec.submodule_search_locations)))
    words: set[str] = set()
    for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError:
            continue
        for name, unit in data.items():
            for surface in [name, *unit.get("surfaces", [])]:
                low = surface.lower()
                words.add(low)
                words.add(low + "s")
            words.update(s.lower() for s in unit.get("symbols", []) if len(s) > 1)
    return frozenset(words)


def is_candidate(word: str) -> bool:
    """Could this word be a unit of measure? A set lookup; imports nothing."""
    return word.lower() in _surfaces()


@cache
def _parser():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": we don't want it
        from quantulum3 import load, parser
    if "en" in languages():
        for key, phrases in entries(read_json("en", "metrics")).items():
            surfaces = [p for p in phrases if " " not in p]
            if surfaces:
                load.add_custom_unit(
                    f"smartgoal {key}", surfaces=surfaces, entity="dimensionless", dimensions=[]
                )
    return parser


@cache
def unit_of(word: str) -> str | None:
    """quantulum3's unit name for ``word`` after a number ('hours' → 'hour'), else None."""
    if not is_candidate(word):
        return None
    parser = _parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = parser.parse(f"2 {word}")
        except Exception:  # quantulum3 raises assorted errors on odd input; no unit then
            return None
    for q in found:
        unit = q.unit
        if unit.entity.name not in _NOT_UNITS and unit.name not in ("dimensionless",):
            return str(unit.name)
    return None
