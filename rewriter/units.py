"""Units of measure through quantulum3, only when a number is followed by a unit candidate.

quantulum3 is slow to start: importing it builds its unit tables and imports inflect (~0.5 s),
and its first ``parse`` compiles one regular expression over every unit surface (~0.5 s more).
It also reads English notation only, and left alone it reads ``5k subscribers`` as 5 kelvin.

So the quantity marker first tries the language's own unit words (numbers.json); only a word
after a number that is neither known vocabulary nor a stop word comes here, and:

1. a word that is no unit surface quantulum3 knows (read from its data files, without importing
   it) is no unit;
2. a surface is looked up in ``models/common/units.json``: quantulum3's own answer for every
   one-word surface, written by ``python -m rewriter.units`` — the same question this module
   would ask it, asked once at build time instead of once per process;
3. only a surface that table does not hold (an odd spelling such as ``kM``), or a table written
   for other quantulum3 data, makes us import quantulum3 and ask it, once per word.

Before the first question, every English metric noun is registered as a dimensionless custom
unit, so goal nouns never come back as physical units; the table's fingerprint covers those
nouns, so editing models/en/metrics.json without regenerating it falls back to step 3 (and
tests/test_units.py fails until the table is written again).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import warnings
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .langdata import COMMON, entries, languages, models_dir, read_json

_NOT_UNITS = frozenset({"dimensionless", "unknown", "currency"})
_DATA_FILES = ("units.json", "entities.json", "_lang/en_US/units.json", "_lang/en_US/entities.json")
TABLE = "units"  # models/common/units.json


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _custom_units() -> dict[str, list[str]]:
    """The one-word English metric nouns we register as dimensionless units, by metric key."""
    if "en" not in languages():
        return {}
    out = {}
    for key, phrases in entries(read_json("en", "metrics")).items():
        surfaces = [p for p in phrases if " " not in p]
        if surfaces:
            out[key] = surfaces
    return out


@cache
def fingerprint() -> str:
    """What quantulum3's answers depend on: its unit data files and our custom units."""
    digest = hashlib.sha256()
    base = _package_dir()
    for name in _DATA_FILES:
        try:
            digest.update((base / name).read_bytes() if base else b"")
        except OSError:
            digest.update(b"-")
    digest.update(json.dumps(_custom_units(), sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def _unit_entries() -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, entry) for every unit in quantulum3's JSON files, read without importing it."""
    base = _package_dir()
    if base is None:
        return
    for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError:
            continue
        yield from data.items()


@cache
def _surfaces() -> frozenset[str]:
    """Every unit name, surface and symbol quantulum3 knows (lower-cased), from its JSON files."""
    words: set[str] = set()
    for name, unit in _unit_entries():
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
def _table() -> dict[str, str | None]:
    """The written answers, or nothing when they were written for other quantulum3 data."""
    path = models_dir() / COMMON / f"{TABLE}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("_fingerprint") != fingerprint():
        return {}
    table: dict[str, str | None] = data.get("units", {})
    return table


@cache
def _parser():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": we don't want it
        from quantulum3 import load, parser
    for key, surfaces in _custom_units().items():
        load.add_custom_unit(
            f"smartgoal {key}", surfaces=surfaces, entity="dimensionless", dimensions=[]
        )
    return parser


def ask_quantulum3(word: str) -> str | None:
    """quantulum3's unit name for ``word`` after a number, asked now (imports it if needed)."""
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


@lru_cache(maxsize=8192)  # bounded: every unknown word after a number is asked once
def unit_of(word: str) -> str | None:
    """quantulum3's unit name for ``word`` after a number ('hours' → 'hour'), else None."""
    if not is_candidate(word):
        return None
    table = _table()
    if word in table:
        return table[word]
    return ask_quantulum3(word)


def table_words() -> list[str]:
    """The one-word spellings the table answers for: each surface as quantulum3 writes it,
    lower-cased, capitalised and upper-cased, with and without a plural -s."""
    forms: set[str] = set()
    for name, unit in _unit_entries():
        for surface in [name, *unit.get("surfaces", []), *unit.get("symbols", [])]:
            for word in (surface, surface + "s"):
                forms.update((word, word.lower(), word.capitalize(), word.upper()))
    return sorted(w for w in forms if w and not any(c.isspace() for c in w) and is_candidate(w))


def build_table() -> dict[str, Any]:
    """Ask quantulum3 about every spelling in ``table_words()``; the content of units.json."""
    answers = {word: ask_quantulum3(word) for word in table_words()}
    return {
        "_doc": (
            "quantulum3's unit for each one-word unit surface after a number, as "
            "rewriter/units.py would ask it. Generated by `python -m rewriter.units`; do not "
            "edit. The fingerprint covers quantulum3's unit data and models/en/metrics.json: "
            "when either changes the table is ignored until it is generated again."
        ),
        "_quantulum3": _installed_version(),
        "_fingerprint": fingerprint(),
        "units": answers,
    }


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quantulum3")
    except PackageNotFoundError:
        return "not installed"


def main() -> int:
    """``python -m rewriter.units``: write models/common/units.json (about 10 s)."""
    path = models_dir() / COMMON / f"{TABLE}.json"
    table = build_table()
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    tmp.replace(path)
    units = table["units"]
    found = sum(v is not None for v in units.values())
    print(f"wrote {path}: {len(units)} spellings, {found} of them units", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
