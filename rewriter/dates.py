"""Turning a deadline span into a date.

The deadline matcher (components/deadlines.py) finds short candidate spans and names their kind
(``date``, ``quarter``, ``duration``...). Here each kind resolves against the reference date:
periods end on their last day, a day-month without a year is its next occurrence on or after
``today``, durations count from ``today``. The common structured shapes are read directly from
the tokens the pattern matched (month names and unit words come from models/<lang>/dates.json);
only a span that structure cannot read goes to dateparser — never the whole sentence, where
"by 20% by the end" would turn into a date — and its answers are cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .langdata import entries, read_json
from .numbers import read_token_lang

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_YEAR = re.compile(r"^(?:(19|20)\d{2})$")
_SHORT_YEAR = re.compile(r"^'(\d{2})$")
# The deadline marker already decided a token is a quarter/half/fiscal-year code (its letters are
# language data in models/common/deadlines.json); here we only read the digits.
_QUARTER = re.compile(r"^[^\W\d_]([1-4])(?:[-/'\s]?((?:19|20)?\d{2})|-[^\d\W]+)?$")
_HALF = re.compile(r"^[^\W\d_]([12])(?:[-/']?((?:19|20)?\d{2})|-[^\d\W]+)?$")
_FISCAL = re.compile(r"^[^\W\d_]{2}'?(\d{2}|\d{4})$")

PERIOD_KINDS = frozenset(
    {"date", "month", "quarter", "half", "year", "period", "holiday", "ordinal", "weekday"}
)
NOT_DEADLINE_KINDS = frozenset({"sla", "rate"})
# deadlines counted from today, not named on the calendar: a calendar date in the same goal wins
RELATIVE_KINDS = frozenset({"duration", "weekday"})


@dataclass(frozen=True, slots=True)
class DateWords:
    """A language's date vocabulary, compiled from dates.json."""

    lang: str
    months: dict[str, int]
    month_names: tuple[str, ...]
    ordinals: dict[str, int]
    day_suffixes: tuple[str, ...]
    period_units: dict[str, str]
    period_end_words: dict[str, str]
    relative: dict[str, int]
    a_one: frozenset[str]
    fractions: dict[str, float]
    holidays: dict[str, tuple[int, int]]
    weekdays: dict[str, int]  # name → Monday 0 … Sunday 6, as ``date.weekday()``
    deadline_prepositions: frozenset[str]
    # deadline prepositions that may follow a start cue and still give a start date
    # ('starting in March'); after any other ('vanaf tegen 31 oktober') the date is the deadline
    start_prepositions: frozenset[str]
    sla_followers: frozenset[str]
    date_order: str
    format: str
    default_preposition: str
    raw: dict[str, Any]

    def word_list(self, name: str) -> list[str]:
        """A list named in a pattern as ``$name``: single lower-cased tokens only."""
        value = self.raw[name]
        items = value.keys() if isinstance(value, dict) else value
        return sorted({str(w).lower() for w in items if " " not in str(w)})


def _with_abbreviation_points(months: dict[str, Any], full: list[str]) -> dict[str, Any]:
    """Abbreviated month names also with their abbreviation point: spaCy's English tokenizer
    keeps 'Jan.' as one token, so 'by 31 Jan.' must know 'jan.' as well as 'jan'. An
    abbreviation is any month word that is not a full name (``month_names``)."""
    names = {n.lower() for n in full}
    out = dict(months)
    for word, number in months.items():
        if word.lower() not in names and not word.endswith("."):
            out.setdefault(word + ".", number)
    return out


@cache
def date_words(lang: str) -> DateWords:
    raw = entries(read_json(lang, "dates"))
    raw = {**raw, "months": _with_abbreviation_points(raw["months"], raw["month_names"])}
    return DateWords(
        lang=lang,
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        month_names=tuple(raw["month_names"]),
        ordinals={k.lower(): int(v) for k, v in raw["ordinals"].items()},
        day_suffixes=tuple(raw["day_suffixes"]),
        period_units={k.lower(): v for k, v in raw["period_units"].items()},
        period_end_words={k.lower(): v for k, v in raw["period_end_words"].items()},
        relative={k.lower(): int(v) for k, v in raw["relative"].items()},
        a_one=frozenset(w.lower() for w in raw["a_one"]),
        fractions={k.lower(): float(v) for k, v in raw.get("fractions", {}).items()},
        holidays={k.lower(): (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        weekdays={k.lower(): int(v) for k, v in raw.get("weekdays", {}).items()},
        deadline_prepositions=frozenset(w.lower() for w in raw["deadline_prepositions"]),
        start_prepositions=frozenset(w.lower() for w in raw.get("start_prepositions", ())),
        sla_followers=frozenset(w.lower() for w in raw["sla_followers"]),
        date_order=raw.get("date_order", "DMY"),
        format=raw["format"],
        default_preposition=raw["default_preposition"],
        raw=raw,
    )


# --- calendar arithmetic --------------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month ``months`` later, clamped to the month's last day (Jan 31 + 1 → Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _quarter_end(year: int, quarter: int) -> dt.date:
    return month_end(year, quarter * 3)


def _next_on_or_after(today: dt.date, build: Any) -> dt.date | None:
    """The first of ``build(today.year)``, ``build(today.year + 1)`` not before today."""
    for year in (today.year, today.year + 1):
        try:
            candidate = build(year)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _year_of(text: str) -> int | None:
    if _YEAR.match(text):
        return int(text)
    m = _SHORT_YEAR.match(text)
    if m:
        return 2000 + int(m.group(1))
    return None


def _expand_year(two_or_four: str) -> int:
    y = int(two_or_four)
    return y + 2000 if y < 100 else y


# --- resolution -----------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def resolve(
    kind: str, tokens: tuple[str, ...], text: str, today: dt.date, lang: str
) -> dt.date | None:
    """The date a deadline span of ``kind`` means, or None if it does not name one.

    ``tokens`` are the span's token texts (original case), ``text`` the span text.
    """
    words = date_words(lang)
    lows = tuple(t.lower() for t in tokens)
    try:
        if kind == "date":
            return _resolve_date(tokens, lows, text, today, words)
        if kind == "month":
            return _resolve_month(lows, today, words)
        if kind == "quarter":
            return _resolve_quarter(lows, today, words)
        if kind == "half":
            return _resolve_half(lows, today, words)
        if kind == "year":
            return _resolve_year(lows)
        if kind == "period":
            return _resolve_period(lows, today, words)
        if kind == "duration":
            return _resolve_duration(lows, today, words)
        if kind == "ordinal":  # 'het eerste kwartaal van 2027', 'the second half of 2027'
            unit = next((words.period_units[w] for w in lows if w in words.period_units), None)
            if unit == "quarter":
                return _resolve_quarter(lows, today, words)
            if unit == "half":
                return _resolve_half(lows, today, words)
            return None
        if kind == "mid":  # 'medio maart' → the 15th; 'mid-2027', 'halverwege 2027' → 30 June
            return _resolve_mid(lows, today, words)
        if kind == "weekday":  # 'uiterlijk vrijdag', 'by Friday': the next one, today counts
            day = next((words.weekdays[w] for w in lows if w in words.weekdays), None)
            if day is None:
                return None
            return today + dt.timedelta(days=(day - today.weekday()) % 7)
        if kind in ("week", "week_code"):  # 'week 12' / '2027-W12' (the code outranks a year)
            return _resolve_week(lows, today, words)
        if kind == "holiday":
            for low in lows:
                if low in words.holidays:
                    month, day = words.holidays[low]
                    return _next_on_or_after(today, lambda y, m=month, d=day: dt.date(y, m, d))
    except ValueError:
        return None
    return None


def _resolve_date(
    tokens: tuple[str, ...], lows: tuple[str, ...], text: str, today: dt.date, words: DateWords
) -> dt.date | None:
    joined = "".join(tokens)
    m = _ISO.match(joined)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(joined)
    if m:
        a, b, full_year = int(m.group(1)), int(m.group(2)), _expand_year(m.group(3))
        dd, mm = (a, b) if words.date_order == "DMY" else (b, a)
        if mm > 12 and dd <= 12:
            dd, mm = mm, dd
        return dt.date(full_year, mm, dd)
    day: int | None = None
    month: int | None = None
    year: int | None = None
    for low in lows:
        if month is None and low in words.months:
            month = words.months[low]
            continue
        y = _year_of(low)
        if y is not None and year is None and (day is not None or month is not None):
            year = y
            continue
        if day is None:
            stripped = low
            for suffix in sorted(words.day_suffixes, key=len, reverse=True):
                if stripped.endswith(suffix) and stripped[: -len(suffix)].isdigit():
                    stripped = stripped[: -len(suffix)]
                    break
            if stripped.isdigit() and 1 <= int(stripped) <= 31:
                day = int(stripped)
    if day is not None and month is not None:
        d, mth = day, month
        if year is not None:
            return dt.date(year, mth, d)
        return _next_on_or_after(today, lambda y: dt.date(y, mth, d))
    return _dateparser(text, words.lang, today)


_DIGITS = re.compile(r"\d+")


def _resolve_mid(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    """The middle of a month (its 15th) or of a year (30 June), the next one not yet past."""
    month = next((words.months[w] for w in lows if w in words.months), None)
    years = [_year_of(m.group()) for w in lows for m in _DIGITS.finditer(w)]
    year = next((y for y in years if y is not None), None)
    if month is not None:
        if year is not None:
            return dt.date(year, month, 15)
        return _next_on_or_after(today, lambda y: dt.date(y, month, 15))
    if year is not None:
        return dt.date(year, 6, 30)
    return None


# the letter comes from the data's class regexes (ISOWEEK, WCODE): any letter here, as _QUARTER
_ISO_WEEK = re.compile(r"^(?:((?:19|20)\d{2})-?)?[^\W\d_](\d{1,2})$")


def _resolve_week(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    """'week 12', 'wk 12 2027', '2027-W12': the Sunday that ends that ISO week.

    Without a year, the next week 12 that has not ended yet. A number after a period word that
    is not 'week' ('maand 3') or above 53 names no week.
    """
    week = year = None
    after_week_word = False
    for low in lows:
        m = _ISO_WEEK.match(low)
        if m:
            week, year = int(m.group(2)), int(m.group(1)) if m.group(1) else year
            continue
        if low.isdigit() and week is None and after_week_word:
            week = int(low)
            continue
        y = _year_of(low)
        if y is not None and len(low) >= 4:
            year = y
            continue
        after_week_word = words.period_units.get(low) == "week"
    if week is None or not 1 <= week <= 53:
        return None
    if year is not None:
        return dt.date.fromisocalendar(year, week, 7)
    for y in (today.isocalendar().year, today.isocalendar().year + 1):
        try:
            end = dt.date.fromisocalendar(y, week, 7)
        except ValueError:  # week 53 in a year of 52 weeks
            continue
        if end >= today:
            return end
    return None


def _resolve_month(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    month = next((words.months[w] for w in lows if w in words.months), None)
    if month is None:
        return None
    year = next((y for y in map(_year_of, lows) if y is not None), None)
    if year is not None:
        return month_end(year, month)
    return _next_on_or_after(today, lambda y: month_end(y, month))


def _resolve_quarter(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    quarter = year = None
    for low in lows:
        m = _QUARTER.match(low)
        if m:
            quarter = int(m.group(1))
            if m.group(2):
                year = _expand_year(m.group(2))
        elif low in words.ordinals and quarter is None:
            quarter = words.ordinals[low]
        elif year is None and _year_of(low) is not None:
            year = _year_of(low)
    if quarter is None or not 1 <= quarter <= 4:
        return None
    if year is not None:
        return _quarter_end(year, quarter)
    q = quarter
    return _next_on_or_after(today, lambda y: _quarter_end(y, q))


def _resolve_half(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    half = year = None
    for low in lows:
        m = _HALF.match(low)
        if m:
            half = int(m.group(1))
            if m.group(2):
                year = _expand_year(m.group(2))
        elif low in words.ordinals and half is None:
            half = min(words.ordinals[low], 2)
        elif year is None and _year_of(low) is not None:
            year = _year_of(low)
    if half is None:
        return None
    if year is not None:
        return month_end(year, half * 6)
    h = half
    return _next_on_or_after(today, lambda y: month_end(y, h * 6))


def _resolve_year(lows: tuple[str, ...]) -> dt.date | None:
    for low in lows:
        y = _year_of(low)
        if y is None:
            m = _FISCAL.match(low)
            if m:
                y = _expand_year(m.group(1))
        if y is not None:
            return dt.date(y, 12, 31)
    return None


def period_end(today: dt.date, unit: str, offset: int) -> dt.date:
    """Last day of the ``unit`` (day/week/month/quarter/half/year) ``offset`` periods from today."""
    if unit == "day":
        return today + dt.timedelta(days=offset)
    if unit == "week":
        return today + dt.timedelta(days=6 - today.weekday() + 7 * offset)
    if unit == "month":
        first = add_months(today.replace(day=1), offset)
        return month_end(first.year, first.month)
    if unit == "quarter":
        q_index = (today.year * 4 + (today.month - 1) // 3) + offset
        year, q0 = divmod(q_index, 4)
        return _quarter_end(year, q0 + 1)
    if unit == "half":
        h_index = (today.year * 2 + (today.month - 1) // 6) + offset
        year, h0 = divmod(h_index, 2)
        return month_end(year, (h0 + 1) * 6)
    return dt.date(today.year + offset, 12, 31)


def _resolve_period(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    offset = 0
    unit = None
    for low in lows:
        if low in words.period_end_words:
            unit = words.period_end_words[low]
        elif low in words.relative:
            offset = words.relative[low]
        elif low in words.period_units:
            unit = words.period_units[low]
    if unit is None:
        return None
    return period_end(today, unit, offset)


_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_UNIT_DAYS = {"day": 1, "week": 7}


def _resolve_duration(lows: tuple[str, ...], today: dt.date, words: DateWords) -> dt.date | None:
    count: float | None = None
    fraction = 1.0
    unit = None
    for low in lows:
        if low in words.period_units:
            unit = words.period_units[low]
        elif low in words.fractions:
            fraction = words.fractions[low]  # 'binnen een half jaar', 'within half a year'
        elif count is None and low in words.a_one:
            count = 1
        elif count is None:
            num = read_token_lang(low, words.lang)
            if num is not None and num.suffix in ("", "scale"):
                count = num.value
    if fraction != 1.0:
        count = (count or 1) * fraction
    if unit is None or count is None or count <= 0 or count > 1000:
        return None
    if unit in _UNIT_DAYS:
        return today + dt.timedelta(days=round(count * _UNIT_DAYS[unit]))
    months = count * _UNIT_MONTHS[unit]
    whole = int(months)
    result = add_months(today, whole)
    if months != whole:  # '1,5 jaar', 'half a year': the rest as days
        result += dt.timedelta(days=round((months - whole) * 30))
    return result


@lru_cache(maxsize=4096)
def _dateparser(text: str, lang: str, today: dt.date, strict: bool = True) -> dt.date | None:
    """Last resort for a short span our structure could not read.

    ``strict`` (candidate spans inside a goal) requires a month, so a stray number never becomes
    a date; a person typing ``--deadline "next friday"`` gets dateparser's relative dates too.
    """
    if len(text) > 40:
        return None
    import dateparser  # lazy: 0.2 s to import and load its language data

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": dt.datetime(today.year, today.month, today.day),
        "PREFER_DAY_OF_MONTH": "last",
        "DATE_ORDER": date_words(lang).date_order,
    }
    if strict:
        settings["REQUIRE_PARTS"] = ["month"]
    parsed = dateparser.parse(text, languages=[lang], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def parse_user_date(text: str, lang: str, today: dt.date) -> dt.date | None:
    """A date typed by a person on the command line (``--deadline``): ISO first, then dateparser."""
    text = text.strip()
    m = _ISO.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return _dateparser(text, lang, today, strict=False)


def format_date(day: dt.date, lang: str) -> str:
    """A date as a person of that language writes it: '31 oktober 2027', 'October 31, 2027'."""
    words = date_words(lang)
    return words.format.format(day=day.day, month=words.month_names[day.month - 1], year=day.year)
