"""Reading numbers the way the goal's language writes them.

Dutch writes ``100.000`` and ``1,5``; English writes ``100,000`` and ``1.5``. People also mix
them, add scale suffixes (``5k``, ``2,5 mln``, ``$2.5M``) and write words (``veertig``,
``twenty-one``). This module turns those into floats using only ``models/<lang>/numbers.json``.
quantulum3 reads English notation only, so every number it ever sees went through here first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .langdata import COMMON, entries, read_json

_DIGITS = re.compile(r"^[+-]?\d[\d.,\u00a0\u202f]*$")
_WITH_SUFFIX = re.compile(r"^([+-]?\d[\d.,]*)([^\d.,]+)$")


@dataclass(frozen=True, slots=True)
class NumberSyntax:
    """A language's way of writing numbers, compiled from numbers.json for fast lookups."""

    decimal: str
    group: str
    words: dict[str, float]
    joiners: frozenset[str]
    scales: dict[str, float]
    scale_suffixes: dict[str, float]
    ordinal_suffixes: tuple[str, ...]
    percent: dict[str, str | None]
    multiplier_suffixes: frozenset[str]
    multiplier_words: frozenset[str]
    currency_words: dict[str, str]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    units: dict[str, str | None]
    compounds: bool
    # 'versie 2.0', 'sprint 14': after these words a number names something, it counts nothing
    identifier_words: frozenset[str]


@cache
def syntax(lang: str) -> NumberSyntax:
    raw: dict[str, Any] = read_json(lang, "numbers")
    cur = read_json(COMMON, "currencies")
    return NumberSyntax(
        decimal=raw["decimal_separator"],
        group=raw["group_separator"],
        words={k.lower(): float(v) for k, v in raw["number_words"].items()},
        joiners=frozenset(raw.get("number_joiners", [])),
        scales={k.lower(): float(v) for k, v in raw.get("scales", {}).items()},
        scale_suffixes={k.lower(): float(v) for k, v in raw.get("scale_suffixes", {}).items()},
        ordinal_suffixes=tuple(raw.get("ordinal_suffixes", [])),
        percent={k.lower(): v for k, v in raw.get("percent", {}).items()},
        multiplier_suffixes=frozenset(raw.get("multiplier_suffixes", [])),
        multiplier_words=frozenset(raw.get("multiplier_words", [])),
        currency_words={k.lower(): v for k, v in raw.get("currency_words", {}).items()},
        currency_symbols=dict(entries(cur)["symbols"]),
        currency_codes=frozenset(c.lower() for c in entries(cur)["codes"]),
        units={k.lower(): v for k, v in raw.get("units", {}).items()},
        compounds=bool(raw.get("compounds", False)),
        identifier_words=frozenset(w.lower() for w in raw.get("identifier_words", [])),
    )


def parse_digits(text: str, syn: NumberSyntax) -> float | None:
    """``'100.000'`` → 100000 in Dutch, ``'100,000'`` → 100000 in English, ``'1,5'`` → 1.5.

    Rules, in order: with both separators the last one is the decimal mark; a separator repeated,
    or the language's group mark followed by exactly three digits, groups thousands; otherwise
    the single separator is a decimal mark (so ``2.5`` in a Dutch goal is still two and a half).
    """
    if not _DIGITS.match(text):
        return None
    s = text.replace("\u00a0", "").replace("\u202f", "")
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        head, _, tail = s.rpartition(dec)
        if not all(len(p) == 3 for p in head.split(grp)[1:]):
            return None
        s = head.replace(grp, "") + "." + tail
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s.split(sep)
        if any(not p for p in parts):
            return None
        if len(parts) > 2:
            if not all(len(p) == 3 for p in parts[1:]):
                return None
            s = "".join(parts)
        elif sep == syn.group and len(parts[1]) == 3:
            s = "".join(parts)
        else:
            s = parts[0] + "." + parts[1]
    try:
        return sign * float(s)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Numeral:
    """One token read as a number, with what was glued to it (``5k``, ``15%``, ``3x``, ``24u``)."""

    value: float
    suffix: str = ""  # '', 'scale', 'currency', 'percent', 'multiplier', 'unit', 'ordinal'
    unit: str | None = None
    is_word: bool = False
    digits: int = 0  # count of digits written, 0 for words


# bounded: a stream of goals brings new numbers forever (a 20,000-goal batch has ~3,500)
@lru_cache(maxsize=16_384)
def _read_token_cached(text: str, lang: str) -> Numeral | None:
    return read_token(text, syntax(lang))


def read_token_lang(text: str, lang: str) -> Numeral | None:
    """Cached :func:`read_token` keyed on the token text; goals repeat the same numbers a lot."""
    return _read_token_cached(text, lang)


def read_token(text: str, syn: NumberSyntax) -> Numeral | None:
    """Read one token as a number, or None. Handles digits, glued suffixes and number words."""
    value = parse_digits(text, syn)
    if value is not None:
        return Numeral(value, digits=sum(c.isdigit() for c in text))
    m = _WITH_SUFFIX.match(text)
    if m:
        base = parse_digits(m.group(1), syn)
        suffix = m.group(2)
        low = suffix.lower()
        if base is None:
            return None
        digits = sum(c.isdigit() for c in m.group(1))
        if low in syn.scale_suffixes:
            return Numeral(base * syn.scale_suffixes[low], "scale", digits=digits)
        if suffix in syn.currency_symbols:
            return Numeral(base, "currency", unit=syn.currency_symbols[suffix], digits=digits)
        if low in syn.percent:
            return Numeral(base, "percent", unit=syn.percent[low], digits=digits)
        if suffix in syn.multiplier_suffixes or low in syn.multiplier_suffixes:
            return Numeral(base, "multiplier", digits=digits)
        if low in syn.ordinal_suffixes:
            return Numeral(base, "ordinal", digits=digits)
        if syn.units.get(low):
            return Numeral(base, "unit", unit=syn.units[low], digits=digits)
        return None
    low = text.lower()
    if low in syn.words:
        return Numeral(syn.words[low], is_word=True)
    return None


def combine_words(values: list[float], scales: list[bool]) -> float:
    """Compose number words: [2, 100, 20, 1] with scale flags → 221; [1.5, 1e6] → 1500000."""
    total = 0.0
    current = 0.0
    for value, is_scale in zip(values, scales, strict=True):
        if is_scale:
            if value == 100:
                current = (current or 1.0) * value
            else:
                total += (current or 1.0) * value
                current = 0.0
        else:
            current += value
    return total + current


def format_number(value: float, lang: str) -> str:
    """Write a number in the language's own notation: 100000 → '100.000' (nl), '100,000' (en)."""
    syn = syntax(lang)
    if float(value).is_integer():
        body = f"{int(value):,}".replace(",", "\x00")
        return body.replace("\x00", syn.group)
    whole, frac = f"{value:,.2f}".rstrip("0").split(".")
    whole = whole.replace(",", "\x00").replace("\x00", syn.group)
    return f"{whole}{syn.decimal}{frac}"


def is_year_like(text: str, value: float) -> bool:
    """A bare four-digit number in the years a goal could name ('2027'): a year, unless a noun
    follows it ('2000 customers'). The quantity marker and the rewrite both ask."""
    return text.isdigit() and len(text) == 4 and 1900 <= value <= 2100
