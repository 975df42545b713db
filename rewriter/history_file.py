"""Past results from a file, for the achievable criterion (``--history-file PATH``).

Typing ``--history 30,32`` works for one goal; a plan with goals about leads, revenue and
visitors needs each goal's own history, and people keep those numbers in a spreadsheet. So a
history file holds rows of metric / period / value, in one of these shapes:

- CSV with a header naming the columns (any order, extra columns ignored; ``,``, ``;`` or tab
  separated, where ``;`` files may use a decimal comma)::

      metric,period,value
      leads,2026-08,30
      leads,2026-09,32

- JSON: a list of such objects, ``{"leads": [30, 32]}``, ``{"leads": {"2026-08": 30}}``,
  ``{"leads": [{"period": "2026-08", "value": 30}]}``, or a bare list of numbers.

A metric is named by its canonical key (models/common/metrics.json) or by any word a language
uses for it (models/<lang>/metrics.json: 'omzet' and 'revenue' are both ``revenue``); a goal
can also be matched by the metric as it is written in the goal. Without a metric column or
name, the rows are the history of whatever metric the goal counts, like ``--history``.
Rows are ordered by period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-Wnn), else kept in
file order; one series may not mix period kinds or repeat a period. Every problem is a
:class:`UsageError` naming the file and the line, so the CLI can print it on one line.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import UsageError
from .langdata import COMMON, entries, languages, read_json

ANY_METRIC = ""  # the key of a series that names no metric: it serves any goal
COLUMNS = ("metric", "period", "value")

_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year", re.compile(r"^(\d{4})$")),
    ("month", re.compile(r"^(\d{4})[-/.](\d{1,2})$")),
    ("day", re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")),
    ("quarter", re.compile(r"^(\d{4})[-\s/]?[qk]([1-4])$", re.I)),
    ("quarter", re.compile(r"^[qk]([1-4])[-\s/]?(\d{4})$", re.I)),
    ("half", re.compile(r"^(\d{4})[-\s/]?h([12])$", re.I)),
    ("week", re.compile(r"^(\d{4})[-\s/]?w(\d{1,2})$", re.I)),
)


@dataclass(frozen=True, slots=True)
class Row:
    """One past value, with the line it came from (for error messages)."""

    metric: str  # normalised name as written in the file; ANY_METRIC when none
    period: str | None
    value: float
    line: int


def normalise(name: str) -> str:
    """'Cost_per_lead ' → 'cost per lead': how file names and goal words are compared."""
    return " ".join(name.lower().replace("_", " ").split())


@cache
def _metric_index() -> dict[str, frozenset[str]]:
    """Every name a metric goes by, in any language, → the canonical keys it can mean."""
    index: dict[str, set[str]] = {}
    for key in entries(read_json(COMMON, "metrics")):
        index.setdefault(normalise(key), set()).add(key)
    for lang in languages():
        for key, words in entries(read_json(lang, "metrics")).items():
            for word in words:
                index.setdefault(normalise(word), set()).add(key)
    return {name: frozenset(keys) for name, keys in index.items()}


def _key(name: str) -> str:
    return ANY_METRIC if name == ANY_METRIC else canonical(name)


def canonical(name: str) -> str:
    """The canonical key a file's metric name stands for; the name itself when unknown or
    ambiguous (a word two languages use for different metrics)."""
    keys = _metric_index().get(normalise(name), frozenset())
    return next(iter(keys)) if len(keys) == 1 else normalise(name)


# --- periods --------------------------------------------------------------------------------------


def period_key(text: str) -> tuple[str, dt.date] | None:
    """'2026-08' → ('month', 2026-08-01); None when the text is no period we can order."""
    text = text.strip()
    for kind, pattern in _PERIODS:
        m = pattern.match(text)
        if not m:
            continue
        try:
            if kind == "year":
                return kind, dt.date(int(m[1]), 1, 1)
            if kind == "month":
                return kind, dt.date(int(m[1]), int(m[2]), 1)
            if kind == "day":
                return kind, dt.date(int(m[1]), int(m[2]), int(m[3]))
            if kind == "quarter":
                year, q = (int(m[1]), int(m[2])) if len(m[1]) == 4 else (int(m[2]), int(m[1]))
                return kind, dt.date(year, 3 * q - 2, 1)
            if kind == "half":
                return kind, dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
            return kind, dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
    return None


# --- the table ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryFile:
    """The rows of one history file; :meth:`series` orders and checks one metric's values."""

    path: str
    rows: tuple[Row, ...]

    def _fail(self, line: int, problem: str) -> UsageError:
        return UsageError(f"{self.path}: line {line}: {problem}")

    def names(self) -> list[str]:
        """The metric names in the file as written, in order of first appearance."""
        return list(dict.fromkeys(r.metric for r in self.rows))

    def series(self, key: str) -> tuple[float, ...]:
        """The values of one canonical metric key (:func:`canonical`), oldest first.

        Rows that name the same metric differently ('omzet' and 'revenue') form one series; a
        period that appears twice is an error, not a silent pick.
        """
        rows = [r for r in self.rows if _key(r.metric) == key]
        with_period = [r for r in rows if r.period is not None]
        if not with_period:
            return tuple(r.value for r in rows)
        if len(with_period) != len(rows):
            bad = next(r for r in rows if r.period is None)
            raise self._fail(bad.line, "this row has no period while others have one")
        keyed: list[tuple[dt.date, Row]] = []
        kinds: dict[str, Row] = {}
        seen: dict[dt.date, Row] = {}
        for r in rows:
            assert r.period is not None
            parsed = period_key(r.period)
            if parsed is None:
                raise self._fail(
                    r.line,
                    f"cannot read the period {r.period!r}: use YYYY-MM, YYYY-MM-DD, YYYY-Qn, "
                    "YYYY-Hn, YYYY-Wnn or YYYY",
                )
            kind, start = parsed
            kinds.setdefault(kind, r)
            if len(kinds) > 1:
                first_kind, first = next(iter(kinds.items()))
                raise self._fail(
                    r.line,
                    f"period {r.period!r} is a {kind}, but line {first.line} has a "
                    f"{first_kind} ({first.period!r}): compare like periods",
                )
            if start in seen:
                raise self._fail(
                    r.line, f"period {r.period!r} already appears on line {seen[start].line}"
                )
            seen[start] = r
            keyed.append((start, r))
        keyed.sort(key=lambda pair: pair[0])
        return tuple(r.value for _, r in keyed)

    def as_mapping(self) -> dict[str, tuple[float, ...]]:
        """Every series under its canonical metric key (:data:`ANY_METRIC` for unnamed rows)."""
        keys = dict.fromkeys(_key(name) for name in self.names())
        return {key: self.series(key) for key in keys}

    def values_for(self, metric_key: str | None, *metric_texts: str) -> tuple[float, ...] | None:
        """The history of the goal's metric, or None when the file has none for it."""
        return history_for(self.as_mapping(), metric_key, *metric_texts)


def history_for(
    table: Mapping[str, Sequence[float]], metric_key: str | None, *metric_texts: str
) -> tuple[float, ...] | None:
    """Pick a goal's history from a metric → values mapping: by canonical key, then by the
    metric as the goal writes it, then an unnamed series; a goal that names no metric takes
    the only series there is. None when nothing fits (achievable then stays unjudged)."""
    candidates: list[str] = []
    if metric_key:
        candidates.append(metric_key)
        index = _metric_index()
        candidates += [n for n in table if metric_key in index.get(normalise(n), ())]
    candidates += [normalise(t) for t in metric_texts if t and t.strip()]
    candidates.append(ANY_METRIC)
    for name in candidates:
        if table.get(name):
            return tuple(float(v) for v in table[name])
    if metric_key is None and len(table) == 1:
        only = next(iter(table.values()))
        return tuple(float(v) for v in only) or None
    return None


# --- reading ---------------------------------------------------------------------------------


def read_history_file(path: str | Path) -> HistoryFile:
    """Read and check a CSV or JSON history file; every problem is a one-line UsageError."""
    p = Path(path)
    label = str(path)
    suffix = p.suffix.lower()
    if suffix not in ("", ".csv", ".tsv", ".txt", ".json"):
        raise UsageError(f"{label}: unknown format {p.suffix!r}: use a .csv or .json file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{label}: history file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{label}: is a directory, not a history file") from None
    except OSError as exc:
        raise UsageError(f"{label}: cannot read: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UsageError(f"{label}: line {line}: not UTF-8 text") from None
    if not text.strip():
        raise UsageError(f"{label}: the history file is empty")
    is_json = suffix == ".json" or (suffix not in (".csv", ".tsv") and text.lstrip()[:1] in "[{")
    rows = _json_rows(text, label) if is_json else _csv_rows(text, label)
    if not rows:
        raise UsageError(f"{label}: the history file has no values")
    return HistoryFile(label, tuple(rows))


def load_history(path: str | Path, metric_key: str | None, *metric_texts: str) -> tuple[float, ...]:
    """The history of one goal's metric from a file; a UsageError when the file has none."""
    hist = read_history_file(path)
    values = hist.values_for(metric_key, *metric_texts)
    if values is None:
        have = ", ".join(n or "(unnamed)" for n in hist.names())
        want = metric_key or next(iter(metric_texts), None) or "the goal's metric"
        raise UsageError(f"{path}: no history for {want!r} (the file has: {have})")
    return values


def parse_value(raw: object, where: str, decimal_comma: bool = False) -> float:
    """A past value: a finite, non-negative number (the same rule as ``--history``)."""
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise UsageError(f"{where}: value {raw!r} is not a number")
    text = str(raw).strip().replace("_", "")
    if decimal_comma and "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{where}: value {raw!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise UsageError(f"{where}: value {raw!r} must be finite and not negative")
    return value


def _period_text(raw: object, where: str) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise UsageError(f"{where}: period {raw!r} must be text such as '2026-08'")
    return str(raw).strip()


def _metric_text(raw: object, where: str) -> str:
    if raw is None:
        return ANY_METRIC
    if not isinstance(raw, str):
        raise UsageError(f"{where}: metric {raw!r} must be text such as 'leads'")
    return normalise(raw)


# --- CSV -------------------------------------------------------------------------------------


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str, label: str) -> list[Row]:
    lines = text.splitlines(keepends=True)
    header_at = next(
        (i for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")), None
    )
    if header_at is None:
        raise UsageError(f"{label}: the history file has no values")
    delim = _delimiter(lines[header_at])
    reader = csv.reader(io.StringIO("".join(lines[header_at:])), delimiter=delim)
    try:
        header = [normalise(h) for h in next(reader)]
    except csv.Error as exc:
        raise UsageError(f"{label}: line {header_at + 1}: {exc}") from None
    if "value" not in header:
        raise UsageError(
            f"{label}: line {header_at + 1}: the header must name the columns "
            f"{','.join(COLUMNS)} (at least 'value'), e.g. 'metric,period,value'"
        )
    col = {name: header.index(name) for name in COLUMNS if name in header}
    rows: list[Row] = []
    try:
        for fields in reader:
            line = header_at + reader.line_num
            if not any(f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
                continue
            where = f"{label}: line {line}"
            if len(fields) != len(header):
                raise UsageError(
                    f"{where}: expected {len(header)} fields like the header, found {len(fields)}"
                )
            metric = _metric_text(fields[col["metric"]], where) if "metric" in col else ""
            period = _period_text(fields[col["period"]], where) if "period" in col else None
            value = parse_value(fields[col["value"]], where, decimal_comma=delim == ";")
            rows.append(Row(metric, period, value, line))
    except csv.Error as exc:
        raise UsageError(f"{label}: line {header_at + reader.line_num}: {exc}") from None
    return rows


# --- JSON ------------------------------------------------------------------------------------

_Node = tuple[Any, int]  # (value, line); containers hold _Nodes: list[_Node] / dict[str, _Node]


def _located(text: str) -> _Node:
    """Parse already-valid JSON keeping the line each value starts on, for error messages."""
    decoder = json.JSONDecoder()
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(i: int) -> int:
        return bisect.bisect_left(newlines, i) + 1

    def skip(i: int) -> int:
        while text[i] in " \t\r\n":
            i += 1
        return i

    def value(i: int) -> tuple[_Node, int]:
        i = skip(i)
        here = line_of(i)
        if text[i] == "[":
            items: list[_Node] = []
            i = skip(i + 1)
            while text[i] != "]":
                node, i = value(i)
                items.append(node)
                i = skip(i)
                if text[i] == ",":
                    i += 1
                i = skip(i)
            return (items, here), i + 1
        if text[i] == "{":
            obj: dict[str, _Node] = {}
            i = skip(i + 1)
            while text[i] != "}":
                key, i = decoder.raw_decode(text, skip(i))
                i = skip(i) + 1  # the ':'
                node, i = value(i)
                obj[key] = node
                i = skip(i)
                if text[i] == ",":
                    i += 1
                i = skip(i)
            return (obj, here), i + 1
        scalar, end = decoder.raw_decode(text, i)
        return (scalar, here), end

    return value(0)[0]


def _json_rows(text: str, label: str) -> list[Row]:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{label}: line {exc.lineno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise UsageError(f"{label}: JSON nested too deeply") from None
    root, line = _located(text)
    if isinstance(root, list):
        return list(_json_list(root, ANY_METRIC, label))
    if isinstance(root, dict):
        rows: list[Row] = []
        for name, (series, at) in root.items():
            where = f"{label}: line {at}"
            metric = _metric_text(name, where)
            if isinstance(series, list):
                rows += _json_list(series, metric, label, inherit=True)
            elif isinstance(series, dict):
                for period, (raw, vline) in series.items():
                    w = f"{label}: line {vline}"
                    rows.append(Row(metric, _period_text(period, w), parse_value(raw, w), vline))
            else:
                raise UsageError(
                    f"{where}: the values of {name!r} must be a list such as [30, 32] or an "
                    'object such as {"2026-08": 30}'
                )
        return rows
    raise UsageError(
        f"{label}: line {line}: expected a list of {{metric, period, value}} objects or an "
        'object such as {"leads": [30, 32]}'
    )


def _json_list(items: Iterable[_Node], metric: str, label: str, inherit: bool = False) -> list[Row]:
    """Rows from a JSON list of numbers or of {metric?, period?, value} objects."""
    rows: list[Row] = []
    for raw, line in items:
        where = f"{label}: line {line}"
        if isinstance(raw, dict):
            fields = {k: v[0] for k, v in raw.items()}  # other keys are ignored, as in CSV
            if "value" not in fields:
                raise UsageError(f"{where}: each object needs a 'value' (and 'metric', 'period')")
            name = metric
            if "metric" in fields and not inherit:
                name = _metric_text(fields["metric"], where)
            elif "metric" in fields and _metric_text(fields["metric"], where) != metric:
                raise UsageError(f"{where}: metric {fields['metric']!r} inside the {metric!r} list")
            period = _period_text(fields.get("period"), where)
            rows.append(Row(name, period, parse_value(fields["value"], where), line))
        elif isinstance(raw, list):
            raise UsageError(f"{where}: expected a number or an object, found a list")
        else:
            rows.append(Row(metric, None, parse_value(raw, where), line))
    return rows
