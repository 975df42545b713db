"""The written unit table (models/common/units.json) says what quantulum3 would say."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version

import pytest

from rewriter import units
from rewriter.langdata import COMMON, models_dir


def _written() -> dict:
    path = models_dir() / COMMON / f"{units.TABLE}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """unit_of and the table are cached per process; start and end clean."""
    cached = (units.unit_of, units._table, units.fingerprint)
    for fn in cached:
        fn.cache_clear()
    yield
    for fn in cached:
        fn.cache_clear()


def test_table_is_current() -> None:
    data = _written()
    hint = "regenerate it: python -m rewriter.units"
    assert data["_fingerprint"] == units.fingerprint(), f"units.json is stale; {hint}"
    assert data["_quantulum3"] == version("quantulum3"), f"other quantulum3 version; {hint}"
    assert sorted(data["units"]) == units.table_words(), f"other spellings; {hint}"


def test_table_agrees_with_quantulum3() -> None:
    table = _written()["units"]
    sample = sorted(table)[::7]
    assert len(sample) > 300
    wrong = {w: (table[w], units.ask_quantulum3(w)) for w in sample}
    wrong = {w: pair for w, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong


def test_goal_units_without_importing_quantulum3() -> None:
    code = (
        "import sys\n"
        "from rewriter import analyze\n"
        "t = analyze('Run 10 miles every week', today='2026-11-28', lang='en').to_dict()\n"
        "print(t['target']['unit'], 'quantulum3' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["mile", "False"]


def test_spelling_outside_the_table_asks_quantulum3(fresh_caches: None) -> None:
    word = "hOurs"
    assert units.is_candidate(word) and word not in units._table()
    assert units.unit_of(word) == "hour"


def test_stale_table_is_ignored(fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units, "fingerprint", lambda: "written for other data")
    assert units._table() == {}
    assert units.unit_of("miles") == "mile"  # asked live instead
    assert units.unit_of("subscribers") is None  # not a unit surface: never asked
