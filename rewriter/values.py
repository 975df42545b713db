"""The small value types every stage passes along: a piece of the goal text and what it means.

They mirror the `$defs` of the JSON contract (shared/contract/goal-report.schema.json), so a
report is just these objects turned into dicts. Offsets are Python ``str`` indices into the
goal text, end exclusive, exactly as the contract states.

They are plain slotted dataclasses, not ``frozen=True``: a frozen dataclass sets each field
through ``object.__setattr__`` and costs about 4× as much to build (1.3 µs against 0.34 µs
here), and one goal builds a few dozen of these and the frame's marks. Treat them as read-only
all the same; nothing in smartgoal changes one after it is built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


def _number(value: float) -> int | float:
    """Integral floats print as ints (40, not 40.0): people script against these numbers."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


@dataclass(slots=True)
class TextSpan:
    """A slice of the goal text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Quantity:
    """A number as the goal means it: '€ 100.000' is 100000 EUR money, '15 procent' 15 percent."""

    text: str
    start: int
    end: int
    value: float
    kind: str = "count"  # count | percent | money | multiplier | other
    currency: str | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _number(self.value),
            "kind": self.kind,
            "currency": self.currency,
            "unit": self.unit,
        }


@dataclass(slots=True)
class Keyed:
    """A metric or channel: the words used and the canonical, language-neutral key."""

    text: str
    start: int
    end: int
    key: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "key": self.key}


@dataclass(slots=True)
class Deadline:
    """When the goal must be reached: the words used and the date they resolve to."""

    text: str
    start: int
    end: int
    date: dt.date
    kind: str = "date"  # date | month | quarter | half | year | period | duration | holiday
    cue: str | None = None  # the preposition before it ('tegen', 'by'), kept for rewrites

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "date": self.date.isoformat(),
            "kind": self.kind,
        }
