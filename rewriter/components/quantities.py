"""Marks every number in a goal with what it is: value, kind, currency and unit.

One pass over the tokens. A number is digits in either notation (``100.000``, ``100,000``), a
number word (``veertig``, ``twenty-one``) or digits with a glued suffix (``5k``, ``15%``, ``3x``).
Around it we read what belongs to it: a currency before or after (``€``, ``EUR``, ``dollar``),
scale words (``2,5 mln``, ``1.2 million``), percent words (``15 procent``, ``percentage points``)
and unit words (``24 uur``, ``4 sterren``). Every word list is the language's numbers.json; a word
we don't know that looks like a unit goes to quantulum3 (rewriter/units.py).

Which number is the goal's target is not decided here: that needs the other spans (dates, side
conditions, 'van ... naar') and is the frame builder's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import date_words
from ..lexicon import lexicon
from ..numbers import Numeral, combine_words, is_year_like, read_token_lang, syntax
from ..units import unit_of
from . import BatchedComponent, add_spans, marks_of, token_view, values_of

_SINGLE_LETTER_SCALES = frozenset({"k", "m", "b"})


@dataclass(slots=True)
class NumberReading:
    """What the quantity marker read; the frame turns it into a contract ``Quantity``.

    Read-only by convention, not ``frozen`` (see rewriter/values.py for why).
    """

    value: float
    kind: str  # count | percent | money | multiplier | other
    currency: str | None
    unit: str | None
    is_word: bool
    year_like: bool
    number_start: int  # token index of the number itself (after a currency symbol)
    number_end: int


class QuantityMarker(BatchedComponent):
    """spaCy component: adds QUANTITY spans and their readings in ``doc._.sg_values``."""

    def __init__(self, nlp: Language, name: str, spans: bool = True) -> None:
        self.name = name
        self.write_spans = spans
        self.lang = nlp.lang
        self.syn = syntax(nlp.lang)
        lex = lexicon(nlp.lang)
        # words we already know are no unit: quantulum3 is never asked about them
        known: set[str] = set()
        for phrases in (*lex.metrics.values(), *lex.channels.values(), lex.vague, lex.purpose):
            known.update(w.lower() for p in phrases for w in p.split())
        known.update(lex.modifiers, lex.determiners, lex.action_forms, self.syn.words)
        words = date_words(nlp.lang)
        known.update(words.months, words.period_units, words.relative, words.deadline_prepositions)
        self.known_words = frozenset(known)

    def _numeral(self, text: str) -> Numeral | None:
        return read_token_lang(text, str(self.lang))

    def __call__(self, doc: Doc) -> Doc:
        syn = self.syn
        view = token_view(doc)
        texts, lowers = view.texts, view.lowers
        n = len(lowers)
        words = syn.words
        found: list[tuple[int, int, str, str]] = []
        values = values_of(doc)
        # numbers inside a date or duration span (the deadline marker ran first) have no unit
        in_dates = {
            k for s, e, label, _ in marks_of(doc) if label != "QUANTITY" for k in range(s, e)
        }
        i = 0
        while i < n:
            if not view.digit[i] and lowers[i] not in words:
                i += 1  # cheap gate: no digit and no number word
                continue
            num = self._numeral(texts[i])
            if num is None or num.suffix == "ordinal":
                i += 1
                continue
            if i > 0 and lowers[i - 1] in syn.identifier_words:
                i += 1  # 'versie 2.0', 'sprint 14': a name, not an amount
                continue
            start, end = i, i + 1
            nums = [num.value]
            is_scale = [False]
            kind, currency, unit = "count", None, None
            if num.suffix == "currency":
                kind, currency = "money", num.unit
            elif num.suffix == "percent":
                kind, unit = "percent", num.unit
            elif num.suffix == "multiplier":
                kind = "multiplier"
            elif num.suffix == "unit":
                kind, unit = "other", num.unit
            # currency before: '€ 100', 'EUR 5.000', 'US$ 2M'
            if start > 0:
                prev_text, prev_low = texts[start - 1], lowers[start - 1]
                code = syn.currency_symbols.get(prev_text) or syn.currency_words.get(prev_low)
                if code is None and prev_low in syn.currency_codes:
                    code = prev_text.upper()
                if code:
                    kind, currency, start = "money", code, start - 1
            # more number words and scales: 'twenty-one', 'twee miljoen', '1,5 miljoen', '2.5 M'
            j = end
            while j < n and kind in ("count", "money"):
                low = lowers[j]
                if low in syn.scales and (
                    low not in _SINGLE_LETTER_SCALES or texts[j].isupper() or currency
                ):
                    nums.append(syn.scales[low])
                    is_scale.append(True)
                    j += 1
                    continue
                if num.is_word:
                    if low in syn.joiners and j + 1 < n:
                        follow = self._numeral(texts[j + 1])
                        if follow is not None and follow.is_word:
                            nums.append(follow.value)
                            is_scale.append(False)
                            j += 2
                            continue
                    follow = self._numeral(texts[j])
                    if follow is not None and follow.is_word and follow.value < nums[-1]:
                        nums.append(follow.value)
                        is_scale.append(False)
                        j += 1
                        continue
                break
            end = j
            value = combine_words(nums, is_scale) if len(nums) > 1 else nums[0]
            # what follows: currency, percent, multiplier, unit
            if end < n and kind in ("count", "money"):
                nxt_text, low = texts[end], lowers[end]
                two = f"{low} {lowers[end + 1]}" if end + 1 < n else ""
                code = syn.currency_symbols.get(nxt_text) or syn.currency_words.get(low)
                if code is None and low in syn.currency_codes and nxt_text.isupper():
                    code = nxt_text
                if code and kind == "count":
                    kind, currency, end = "money", code, end + 1
                elif kind == "count" and two in syn.percent:
                    kind, unit, end = "percent", syn.percent[two], end + 2
                elif kind == "count" and low in syn.percent:
                    kind, unit, end = "percent", syn.percent[low], end + 1
                elif kind == "count" and nxt_text in syn.multiplier_suffixes:
                    kind, end = "multiplier", end + 1
                elif kind == "count" and two in syn.units and syn.units[two]:
                    kind, unit, end = "other", syn.units[two], end + 2
                elif kind == "count" and low in syn.units and syn.units[low]:
                    kind, unit, end = "other", syn.units[low], end + 1
                elif (
                    kind == "count"
                    and view.alpha[end]
                    and not view.stop[end]
                    and low not in self.known_words
                    and i not in in_dates
                ):
                    found_unit = unit_of(nxt_text)
                    if found_unit:
                        kind, unit, end = "other", found_unit, end + 1
            digits_only = not num.is_word and num.suffix == "" and len(nums) == 1
            year_like = digits_only and kind == "count" and is_year_like(texts[i], value)
            found.append((start, end, "QUANTITY", ""))
            # positional: keyword arguments cost a third more on this once-per-number path
            values[("QUANTITY", start, end)] = NumberReading(
                value, kind, currency, unit, num.is_word, year_like, i, j
            )
            i = max(end, i + 1)
        add_spans(doc, found, self.write_spans)
        return doc


@Language.factory("smartgoal_quantities", default_config={"spans": True})
def make_quantities(nlp: Language, name: str, spans: bool) -> QuantityMarker:
    return QuantityMarker(nlp, name, spans)
