"""What the goal says: from the marked spans of a Doc to a ``GoalFrame``.

The components only mark candidates; this is where they are weighed against each other:
numbers inside a date, a service level or a rate are not targets; in 'van 30 naar 40' 30 is the
baseline and 40 the target; 'met minimaal 4 sterren' is a side condition unless it is the only
number; the metric is the noun the target counts; a purpose clause ('om de omzet te verhogen')
states why, and its words are never the goal's own metric, channel or deadline.
Nothing here names a word of any language: every list comes from the compiled lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING

from .components import marks_of, token_view, values_of
from .components.quantities import NumberReading
from .dates import RELATIVE_KINDS, date_words, resolve
from .langdata import action_info, metric_info
from .lexicon import Lexicon, lexicon
from .numbers import syntax
from .values import Deadline, Keyed, Quantity, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPAN_KEY = "smartgoal"
SENTENCE_END = frozenset(".!?;:…")
_WORDLIKE = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")  # 'CRM-software', "customer's"


@dataclass(slots=True)
class GoalFrame:
    """Everything the goal states, with where it says it. Judging and rewriting start here."""

    text: str
    lang: str
    action: Keyed | None = None
    action_first: bool = False  # the goal opens with its verb ('Verkrijg ...', 'Get ...')
    vague: tuple[TextSpan, ...] = ()
    metric: Keyed | None = None
    metric_phrase: TextSpan | None = None  # the metric with its modifiers: 'nieuwe leads'
    target: Quantity | None = None
    target_number: TextSpan | None = None  # just the digits/words of the target ('5' in '5 kg')
    target_role: str = "count"  # count | delta | level | change
    baseline: Quantity | None = None
    channels: tuple[Keyed, ...] = ()
    channel_phrase: TextSpan | None = None  # 'uit online kanalen', including the preposition
    channel_has_preposition: bool = False
    deadline: Deadline | None = None
    deadline_phrase: TextSpan | None = None  # 'tegen 31 oktober 2027'
    start: Deadline | None = None
    purpose: TextSpan | None = None
    side_conditions: tuple[TextSpan, ...] = ()
    not_deadlines: tuple[TextSpan, ...] = ()  # rates and service levels, for the reason text
    rates: tuple[TextSpan, ...] = ()  # 'per maand', 'every quarter': part of what the goal asks
    placeholders: dict[str, TextSpan] = field(default_factory=dict)
    core_end: int = 0  # where the main clause ends (before a purpose clause / final period)
    object_words: tuple[TextSpan, ...] = ()  # a deliverable's object ('de nieuwe webshop')

    @property
    def is_deliverable(self) -> bool:
        """A one-off deliverable: a concrete verb on a named object, nothing counted."""
        return (
            self.action is not None
            and self.metric is None
            and not self.vague
            and bool(self.object_words)
        )


@dataclass(slots=True)
class Mark:
    """A marked span, read once from the Doc: what spaCy's Span offers, without rebuilding
    Token objects on every attribute access (each ``span.text`` or ``span.start_char`` does).
    Read-only by convention, not ``frozen``: a goal builds several (see rewriter/values.py)."""

    label_: str
    id_: str
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


def _tspan(span: Mark) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _inside(span: Mark, outer: Mark | None) -> bool:
    return outer is not None and span.start >= outer.start and span.end <= outer.end


def _overlaps(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end


def _order(span: Mark) -> tuple[int, int]:
    return (span.start, -span.end)


_START, _END = itemgetter(0), itemgetter(1)  # of the (start, end, label, key) mark tuples


def _contains(outer: Mark, inner: Mark) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.end - outer.start) > (inner.end - inner.start)
    )


class _Reader:
    """One Doc's spans, grouped by label, with the helpers the frame decisions share."""

    def __init__(self, doc: Doc, lang: str | None = None) -> None:
        self.doc = doc
        self.lang: str = lang or doc.lang_
        self.lex: Lexicon = lexicon(self.lang)
        view = token_view(doc)  # token attributes read once, shared with the components
        self.text = view.text
        self.lowers = view.lowers
        self.texts = view.texts
        self.starts = view.starts
        self.ends = view.ends
        self.alpha = view.alpha
        self.stop = view.stop
        self.n = len(view)
        # numbers in parentheses are asides ('(term 2)', '(nu 9.800)'), used only as a last resort
        self.in_parens = [False] * self.n
        if "(" in self.text:
            depth = 0
            for i, t in enumerate(self.texts):
                depth += (t == "(") - (t == ")")
                self.in_parens[i] = depth > 0 and t not in ("(", ")")
        by: dict[str, list[Mark]] = {}
        starts, ends, text = self.starts, self.ends, self.text
        # by start, the longer span first: two sorts on C-level keys (stable), not one key
        # function called per mark
        marks = sorted(marks_of(doc), key=_END, reverse=True)
        marks.sort(key=_START)
        for s, e, label, key in marks:
            a, b = starts[s], ends[e - 1]
            mark = Mark(label, key, s, e, a, b, text[a:b])
            group = by.get(label)
            if group is None:
                by[label] = [mark]
            else:
                group.append(mark)
        self.by = by
        self.values: dict = values_of(doc)
        # a verb that opens the goal is the action, even if it is also a metric word ('Reach')
        opening = {s.start for s in self.by.get("ACTION", []) if s.start == 0}
        if opening:
            self.by["METRIC"] = [m for m in self.by.get("METRIC", []) if m.start not in opening]
        actions = self.by.get("ACTION")
        if actions:
            nouns = self._verb_forms_used_as_nouns(actions)
            if nouns:
                self.by["ACTION"] = [a for a in actions if a.start not in nouns]
        self.purpose = self._purpose_clause()

    def _verb_forms_used_as_nouns(self, actions: list[Mark]) -> set[int]:
        """Starts of verb-looking words that stand where a noun stands: not the goal's verb.

        Dutch infinitives and stems and English plurals share their form with nouns:
        - a metric word right after a vague word (past 'het', 'the'): 'Meer bereik op TikTok',
          'Verbeter het bereik';
        - right after a number with no unit (past 'nieuwe', 'new'), when the goal has another
          verb (so it never loses its action): 'Verkoop 40 fietsen', '40 fietsen verkopen',
          'Sell 40 runs'. '500 km fietsen' keeps its verb: the unit is what is counted.
        """
        after_vague = {self.past_modifiers(v.end) for v in self.by.get("VAGUE", [])}
        metric_starts = {m.start for m in self.by.get("METRIC", [])}
        nouns = {a.start for a in actions if a.start in after_vague and a.start in metric_starts}
        if len(actions) > 1:
            nouns |= self._counted_verb_forms(actions)
        return nouns

    def _counted_verb_forms(self, actions: list[Mark]) -> set[int]:
        """Verb forms a bare count counts (see ``_verb_forms_used_as_nouns``)."""
        after_counts: set[int] = set()
        for q in self.by.get("QUANTITY", []):
            reading = self.values.get(("QUANTITY", q.start, q.end))
            if reading is None or reading.kind != "count" or reading.number_end < q.end:
                continue
            after_counts.add(self.past_modifiers(q.end))
        counted = {a.start for a in actions if a.start in after_counts and a.end - a.start == 1}
        return counted if len(counted) < len(actions) else set()

    def past_modifiers(self, i: int) -> int:
        """The first token from ``i`` on that is not a modifier, determiner or 'van'/'of'."""
        while i < self.n and self.skippable(i):
            i += 1
        return i

    def spans(self, label: str, outside_purpose: bool = True) -> list[Mark]:
        found = self.by.get(label, [])
        if outside_purpose and self.purpose is not None:
            return [s for s in found if not _inside(s, self.purpose)]
        return found

    def _purpose_clause(self) -> Mark | None:
        """From the first purpose cue to the next comma/semicolon, else the end of the goal.

        A purpose cue opening the goal is the goal itself ('Om ...'), and so is one right after a
        word that introduces the goal ('Ons doel is om ...', 'We hebben besloten om ...':
        lexicon ``purpose_not_after``); an English 'to' + verb only counts once the main clause
        has said something (a metric, number or channel).
        """
        cues = self.by.get("PURPOSE")
        if not cues:
            return None
        doc = self.doc
        content_ends = [
            s.end for label in ("METRIC", "QUANTITY", "CHANNEL") for s in self.by.get(label, [])
        ]
        for cue in cues:
            if cue.start == 0 or self.lowers[cue.start - 1] in self.lex.purpose_not_after:
                continue
            if cue.id_ == "marker" and not any(end <= cue.start for end in content_ends):
                continue
            end = len(doc)
            for i in range(cue.start + 1, len(doc)):
                if self.texts[i] in (",", ";"):
                    end = i
                    break
            return self.mark(cue.start, end, "PURPOSE")
        return None

    def mark(self, start: int, end: int, label: str = "", key: str = "") -> Mark:
        a, b = self.starts[start], self.ends[end - 1]
        return Mark(label, key, start, end, a, b, self.text[a:b])

    def end_char(self, i: int) -> int:
        """Character offset where token ``i`` ends."""
        return self.ends[i]

    def slice(self, start: int, end: int) -> TextSpan:
        """Tokens ``start:end`` as a TextSpan of the original text."""
        a, b = self.starts[start], self.ends[end - 1]
        return TextSpan(self.text[a:b], a, b)

    def skippable(self, i: int) -> bool:
        low = self.lowers[i]
        lex = self.lex
        return low in lex.modifiers or low in lex.determiners or low in lex.partitive


def build_frame(doc: Doc, today: dt.date, lang: str | None = None) -> GoalFrame:
    """Read a processed Doc into a GoalFrame, resolving deadlines against ``today``.

    ``lang`` is the Doc's language when the caller knows it already (``doc.lang_`` is a
    string-store lookup, paid once per goal otherwise).
    """
    return build_frames([doc], today, lang)[0]


def build_frames(docs: Iterable[Doc], today: dt.date, lang: str | None = None) -> list[GoalFrame]:
    """``build_frame`` for a batch, one reading step at a time over every goal.

    Each step (deadlines, numbers, metric, channels, action) runs over the whole batch before
    the next starts, as the components do in ``nlp.pipe``: one step's code and word tables stay
    in the CPU caches. The steps and their order are the same for one goal or many.
    """
    readers = [_Reader(doc, lang) for doc in docs]
    frames = [_start_frame(r) for r in readers]
    blocked = [_read_deadlines(r, f, today) for r, f in zip(readers, frames, strict=True)]
    numbers = [_read_numbers(r, f, b) for r, f, b in zip(readers, frames, blocked, strict=True)]
    metrics = [
        _read_metric(r, f, target)
        for r, f, (target, _) in zip(readers, frames, numbers, strict=True)
    ]
    for r, f, metric_span in zip(readers, frames, metrics, strict=True):
        _read_channels(r, f, metric_span)
    for r, f in zip(readers, frames, strict=True):
        _read_action(r, f)
    for r, f, (_, counted_hint) in zip(readers, frames, numbers, strict=True):
        _finish_frame(r, f, counted_hint)
    return frames


def _start_frame(r: _Reader) -> GoalFrame:
    frame = GoalFrame(text=r.text, lang=r.lang)
    if r.purpose is not None:
        frame.purpose = _tspan(r.purpose)
    for span in r.by.get("PLACEHOLDER", []):
        frame.placeholders.setdefault(span.id_, _tspan(span))
    return frame


def _finish_frame(r: _Reader, frame: GoalFrame, counted_hint: bool) -> None:
    """What needs every piece: a metric implied by the action, scales, the core's end."""
    if frame.metric is None and frame.action is not None:
        implied = action_info(frame.action.key).get("metric")
        if implied and (frame.target is not None or counted_hint):
            a = frame.action
            frame.metric = Keyed(a.text, a.start, a.end, implied)
    scale = frame.metric is not None and metric_info(frame.metric.key).scale
    if scale and frame.target is not None and frame.target.kind == "count":
        t = frame.target
        frame.target = Quantity(t.text, t.start, t.end, t.value, "other", None, "point")
        if frame.baseline is not None and frame.baseline.kind == "count":
            b = frame.baseline
            frame.baseline = Quantity(b.text, b.start, b.end, b.value, "other", None, "point")

    end = r.purpose.start if r.purpose is not None else r.n
    while end > 0 and r.texts[end - 1] in SENTENCE_END:
        end -= 1
    frame.core_end = r.end_char(end - 1) if end > 0 else 0


# --- deadlines -------------------------------------------------------------------------------


def _read_deadlines(r: _Reader, frame: GoalFrame, today: dt.date) -> list[Mark]:
    """Resolve deadline spans; return every span whose numbers are never the target."""
    words = date_words(r.lang)
    blocked: list[Mark] = []
    options: list[tuple[Mark, dt.date, int]] = []
    start_ends = {s.end for s in r.by.get("START", [])}
    for span in r.by.get("DEADLINE", []):
        blocked.append(span)
        when = resolve(span.id_, tuple(r.texts[span.start : span.end]), span.text, today, r.lang)
        if when is None:
            continue
        cue_start = span.start
        for width in (3, 2, 1):
            if span.start - width >= 0:
                cue = " ".join(r.lowers[span.start - width : span.start])
                if cue in words.deadline_prepositions:
                    cue_start = span.start - width
                    break
        after_start_cue = cue_start in start_ends and (
            " ".join(r.lowers[cue_start : span.start]) in words.start_prepositions
        )
        if span.start in start_ends or after_start_cue:
            frame.start = Deadline(span.text, span.start_char, span.end_char, when, span.id_)
            continue
        options.append((span, when, cue_start))
    blocked.extend(r.by.get("RATE", []))
    frame.not_deadlines = tuple(_tspan(s) for s in r.by.get("SLA", []) + r.by.get("RATE", []))
    frame.rates = tuple(_tspan(s) for s in r.spans("RATE"))  # outside the purpose clause
    if options:
        _pick_deadline(r, frame, options)
    return blocked


def _pick_deadline(r: _Reader, frame: GoalFrame, options: list[tuple[Mark, dt.date, int]]) -> None:
    """The goal's deadline: outside the purpose clause, preferably with a cue ('tegen', 'by'),
    and a date on the calendar before one counted from today ('Cut tickets by a quarter by June
    2027': 'by a quarter' is how much, June 2027 is when; 'by Friday, 5 February 2027')."""
    if options:
        outside = [o for o in options if not _inside(o[0], r.purpose)]
        pool = outside or options
        with_cue = [o for o in pool if o[2] < o[0].start or o[0].id_ == "duration"] or pool
        dated = [o for o in with_cue if o[0].id_ not in RELATIVE_KINDS]
        if not dated:  # 'by Friday, 5 February 2027': the date in apposition, with its cue
            dated = [
                (o[0], o[1], c[2])
                for c in with_cue
                for o in pool
                if o[0].id_ not in RELATIVE_KINDS and _apposition(r, c[0], o[0])
            ]
        span, when, cue_start = (dated or with_cue)[0]
        cue = r.slice(cue_start, span.start).text if cue_start < span.start else None
        frame.deadline = Deadline(span.text, span.start_char, span.end_char, when, span.id_, cue)
        frame.deadline_phrase = r.slice(cue_start, span.end)
    start = frame.start
    if start is not None and frame.deadline is not None and start.date > frame.deadline.date:
        # 'vanaf 1 november tot 31 december': a start without a year lies before the deadline
        try:
            earlier = start.date.replace(year=start.date.year - 1)
        except ValueError:  # 29 February
            earlier = start.date.replace(year=start.date.year - 1, day=28)
        frame.start = Deadline(start.text, start.start, start.end, earlier, start.kind)


def _apposition(r: _Reader, first: Mark, second: Mark) -> bool:
    """``second`` follows ``first`` with nothing but a comma between: 'Friday, 5 February'."""
    gap = range(first.end, second.start)
    return 0 <= len(gap) <= 1 and all(r.texts[i] == "," for i in gap)


# --- numbers ---------------------------------------------------------------------------------


def _read_numbers(r: _Reader, frame: GoalFrame, blocked: list[Mark]) -> tuple[Mark | None, bool]:
    """Choose target and baseline; returns the target span and whether a number was seen."""
    lex = r.lex
    side_cues = r.by.get("SIDE", [])
    slas = r.by.get("SLA", [])
    candidates: list[tuple[Mark, NumberReading]] = []
    sides: list[tuple[Mark, NumberReading, Mark]] = []
    sla_numbers: list[tuple[Mark, NumberReading, Mark]] = []
    for span in r.by.get("QUANTITY", []):
        reading: NumberReading = r.values[("QUANTITY", span.start, span.end)]
        sla = next((s for s in slas if _overlaps(span, s)), None)
        if sla is not None:
            sla_numbers.append((span, reading, sla))
            continue
        if any(_overlaps(span, b) for b in blocked):
            continue
        if reading.year_like and not _counts_something(r, span):
            continue
        cue = next((c for c in side_cues if span.start - 1 <= c.end <= span.start), None)
        if cue is not None:
            sides.append((span, reading, cue))
            continue
        candidates.append((span, reading))
    main = [c for c in candidates if not _inside(c[0], r.purpose)]  # never the purpose's numbers
    sides = [s for s in sides if not _inside(s[0], r.purpose)]
    main = [c for c in main if not r.in_parens[c[0].start]] or main
    target, baseline, role = _choose_target(r, main)
    if target is None and sides:  # 'Verhoog de omzet met minimaal 10%': the only number
        span, reading, cue = sides.pop(0)
        target = (span, reading)
        role = "delta" if any(w in lex.by_cues for w in r.lowers[cue.start : cue.end]) else "level"
    sla_conditions = [_tspan(s) for s in slas]
    if target is None and sla_numbers:  # 'Breng de laadtijd onder 2 seconden'
        span, reading, sla = sla_numbers[0]
        target = (span, reading)
        role = "level"
        sla_conditions = [_tspan(s) for s in slas if s is not sla]
    frame.side_conditions = (
        *(r.slice(c.start, s.end) for s, _, c in sides),
        *sla_conditions,
    )
    if target is None:
        for span in r.spans("MULTIPLIER"):
            frame.target = Quantity(
                span.text, span.start_char, span.end_char, float(span.id_), "multiplier"
            )
            frame.target_number = _tspan(span)
            frame.target_role = "delta"
            return span, True
        return None, bool(candidates)
    t_span, t_read = target
    followed_by = r.lowers[t_span.end] if t_span.end < r.n else ""
    if role == "count" and t_read.kind == "percent" and followed_by in lex.comparatives:
        role = "delta"  # '80% meer omzet' is a change of 80%
    tq = _quantity(t_span, t_read)
    if baseline is not None:
        bq = _quantity(*baseline)
        if bq.kind == "count" and tq.kind != "count":
            bq = Quantity(bq.text, bq.start, bq.end, bq.value, tq.kind, tq.currency, tq.unit)
        elif tq.kind == "count" and bq.kind != "count":
            tq = Quantity(tq.text, tq.start, tq.end, tq.value, bq.kind, bq.currency, bq.unit)
        frame.baseline = bq
    frame.target = tq
    frame.target_number = r.slice(t_read.number_start, t_read.number_end)
    frame.target_role = role
    return t_span, True


def _quantity(span: Mark, r: NumberReading) -> Quantity:
    return Quantity(span.text, span.start_char, span.end_char, r.value, r.kind, r.currency, r.unit)


def _cue_before(r: _Reader, span: Mark) -> str | None:
    """'from', 'to' or 'by' when the number follows such a cue (articles/modifiers skipped)."""
    lex, lowers = r.lex, r.lowers
    i = span.start - 1
    while i >= 0 and (
        lowers[i] in lex.determiners or lowers[i] in lex.modifiers or lowers[i] in lex.approximators
    ):
        i -= 1
    if i < 0:
        return None
    low = lowers[i]
    if low in lex.arrows:
        return "arrow"
    if low in lex.to_cues:
        return "to"
    if low in lex.baseline_cues:
        return "from"
    if low in lex.by_cues:
        return "by"
    return None


def _choose_target(
    r: _Reader, cands: list[tuple[Mark, NumberReading]]
) -> tuple[tuple[Mark, NumberReading] | None, tuple[Mark, NumberReading] | None, str]:
    """Pick target and baseline among the candidate numbers, and how the target was stated."""
    if not cands:
        return None, None, "count"
    cues = [_cue_before(r, span) for span, _ in cands]
    for idx, cue in enumerate(cues):
        if cue == "arrow" and idx > 0:  # '70% → 85%'
            return cands[idx], cands[idx - 1], "change"
        if cue in ("to", "arrow"):
            for jdx in range(idx - 1, -1, -1):
                if cues[jdx] == "from":
                    return cands[idx], cands[jdx], "change"
            return cands[idx], None, "level"
    for idx, cue in enumerate(cues):
        # 'met 4 sterren' next to '200 reviews' is a condition, not the change
        if cue == "by" and not (cands[idx][1].kind == "other" and len(cands) > 1):
            return cands[idx], None, "delta"
    plain = [c for c, cue in zip(cands, cues, strict=True) if cue != "by"]
    return (plain or cands)[0], None, "count"


def _counts_something(r: _Reader, span: Mark) -> bool:
    """A year-like number ('2000') is a count only when a metric noun follows it."""
    i = span.end
    if i >= r.n or r.stop[i] or not r.alpha[i]:
        return False
    return any(m.start == i for m in r.by.get("METRIC", []))


# --- metric ----------------------------------------------------------------------------------


def _read_metric(r: _Reader, frame: GoalFrame, target: Mark | None) -> Mark | None:
    """The metric: the noun the target counts, else the goal's object. Never a purpose word.

    Order of preference: a known metric right after the target ('40 nieuwe leads', '2,500 new
    Instagram followers'); the noun the target counts, known or not ('10.000 stappen',
    '4 webinars' — a channel word counted is the metric); the verb's own metric for money and
    percentages ('Save 10% of my salary' → savings); the first noun phrase of known metrics
    before the target ('webinar sign-ups by 50'); any known metric; the unit ('500 kilometres');
    the verb's object ('het energieverbruik met 12%').
    """
    metrics = _longest(r.spans("METRIC"))
    if target is None and not syntax(r.lang).compounds:
        metrics = [m for m in metrics if not _is_modifier(r, m)]
    span: Mark | None = None
    key: str | None = None
    if target is not None:
        span = _metric_after(r, target, metrics)
        if span is None:
            implied = _implied_by_verb(r, target)
            if implied is not None:
                span, key = implied
        if span is None:
            after = _after_target(r, target)
            if after is not None:
                span = _counted_noun(r, after)
                if span is not None and _closes_clause(r, span) and _any_before(metrics, target):
                    span = None  # '... boven de 100.000 liggen': the metric came first
                if span is None:
                    span = _money_made_of(r, target, after)
                if span is not None:
                    key = span.text.lower()
    if span is None:
        before = [m for m in metrics if target is None or m.end <= target.start]
        pool = before or metrics
        if pool:
            span = pool[0]
            for m in pool[1:]:  # 'webinar sign-ups': the last of adjacent metric words is the head
                if m.start == span.end:
                    span = m
    if span is None and target is not None:
        span = _verb_object(r, target)
        if span is None:
            span = _unit_noun(r, target)
        if span is not None:
            key = span.text.lower()
    if span is None:
        return None
    key = key or span.id_ or span.text.lower()
    frame.metric = Keyed(span.text, span.start_char, span.end_char, key)
    frame.metric_phrase = _metric_phrase(r, span, target)
    return span


def _is_modifier(r: _Reader, metric: Mark) -> bool:
    """'customer portal', 'sales team': a metric word followed by an unknown noun names that noun.

    Only asked of languages that write compounds as separate words, and only for goals without a
    number (with one, 'the ticket backlog below 50' is still about tickets).
    """
    lex = r.lex
    if metric.end >= r.n:
        return False
    if not r.alpha[metric.end] or r.stop[metric.end]:
        return False
    low = r.lowers[metric.end]
    if low in lex.modifiers or low in lex.action_forms or low in lex.vague:
        return False
    if low in lex.object_stops:  # 'customers October' is no kind of customer
        return False
    i = metric.end
    for label in ("METRIC", "CHANNEL", "DEADLINE", "QUANTITY", "RATE", "SLA", "ACTION", "VAGUE"):
        if any(s.start <= i < s.end for s in r.by.get(label, [])):
            return False
    return True


def _metric_after(r: _Reader, target: Mark, metrics: list[Mark]) -> Mark | None:
    """A known metric the target counts: after it, past modifiers, channel words and at most one
    unknown word ('20 nieuwe Spaanse woorden', '2,500 new Instagram followers')."""
    channel_at = {c.start: c.end for c in r.by.get("CHANNEL", [])}
    starts = {m.start: m for m in metrics}
    reading = r.values.get(("QUANTITY", target.start, target.end))
    if reading is not None:  # '5 kilo lichter': the unit itself names the metric
        for m in metrics:
            if reading.number_end <= m.start < target.end:
                return m
    i = target.end
    unknown = 0
    while i < r.n:
        if i in starts:
            if unknown and _closing_verb(r, starts[i]):
                return None  # '40 fietsen verkopen': the counted noun came first; this is the verb
            return starts[i]
        if i in channel_at:
            i = channel_at[i]
            continue
        if r.skippable(i):
            i += 1
            continue
        if unknown == 0 and r.alpha[i] and not r.stop[i] and r.lowers[i] not in r.lex.object_stops:
            unknown += 1
            i += 1
            continue
        return None
    return None


def _money_made_of(r: _Reader, target: Mark, after: int) -> Mark | None:
    """'Raise $3M in seed funding': the noun an amount of money is counted in."""
    reading: NumberReading | None = r.values.get(("QUANTITY", target.start, target.end))
    if reading is None or reading.kind != "money" or r.lowers[after] not in r.lex.money_partitive:
        return None
    i = r.past_modifiers(after + 1)
    return _counted_noun(r, i) if i < r.n else None


def _closes_clause(r: _Reader, span: Mark) -> bool:
    """A single word that ends a verb-final clause: its verb, unless nothing else is counted."""
    if not r.lex.verb_final or span.end - span.start != 1:
        return False
    return span.end >= r.n or not r.alpha[span.end]


def _any_before(metrics: list[Mark], target: Mark) -> bool:
    return any(m.end <= target.start for m in metrics)


def _closing_verb(r: _Reader, metric: Mark) -> bool:
    """A metric word that is also a verb and closes a verb-final clause: '40 fietsen verkopen',
    '40 fietsen verkopen via de webshop' (a preposition may follow the verb)."""
    if not r.lex.verb_final:
        return False
    if not any(a.start == metric.start for a in r.by.get("ACTION", [])):
        return False
    end = metric.end
    if end >= r.n or not r.alpha[end] or r.lowers[end] in r.lex.object_stops:
        return True
    return any(p.start == end for p in r.by.get("PURPOSE", []))


def _implied_by_verb(r: _Reader, target: Mark) -> tuple[Mark, str] | None:
    """'Save $5,000', 'Save 10% of my salary': money or a share counted by the verb itself."""
    reading: NumberReading | None = r.values.get(("QUANTITY", target.start, target.end))
    if reading is None or reading.kind not in ("money", "percent"):
        return None
    for action in r.spans("ACTION"):
        implied = action_info(action.id_).get("metric")
        if implied and action.end <= target.start:
            return action, implied
    return None


def _longest(spans: list[Mark]) -> list[Mark]:
    """Drop spans inside a longer one ('kosten' inside 'kosten per lead')."""
    if len(spans) < 2:
        return spans
    return [m for m in spans if not any(_contains(o, m) for o in spans)]


def _whole_word(r: _Reader, span: Mark) -> bool:
    """A channel span that is the whole channel word, not a compound prefix ('linkedinvolgers')."""
    phrases = r.lex.channels.get(span.id_, ())
    return span.text.lower() in phrases


def _after_target(r: _Reader, target: Mark) -> int | None:
    """Index of the first content token after the target, skipping 'nieuwe', 'de', 'van'."""
    i = r.past_modifiers(target.end)
    return i if i < r.n else None


def _counted_noun(r: _Reader, start: int) -> Mark | None:
    """The noun a target counts when it is not a known metric: '10.000 stappen' → stappen.

    A run of up to three content words, channel words included ('reseller partners', 'WhatsApp
    messages'); the last one is the head noun. Hyphenated words stay whole ('push-ups').
    """
    lex = r.lex
    periods = date_words(r.lang).period_units
    stops: set[int] = set()
    for label in ("DEADLINE", "SLA", "RATE", "ACTION", "VAGUE", "PURPOSE", "SIDE", "QUANTITY"):
        for s in r.by.get(label, []):
            stops.update(range(s.start, s.end))
    run: list[tuple[int, int]] = []
    i = start
    while i < r.n and len(run) < 3:
        low = r.lowers[i]
        if i in stops or not _WORDLIKE.match(low) or low in lex.object_stops or low in periods:
            break  # a period word outside a date is still no counted noun ('one quarter')
        if r.stop[i] and low not in lex.modifiers:
            break
        end = i + 1
        while end + 1 < r.n and r.texts[end] == "-" and r.alpha[end + 1]:
            end += 2
        run.append((i, end))
        i = end
    if not run:
        return None
    purpose_starts = {p.start for p in r.by.get("PURPOSE", [])}
    clause_ends = i >= r.n or not r.alpha[i] or i in purpose_starts
    if lex.verb_final and len(run) > 1 and clause_ends:
        run.pop()  # '45 openstaande facturen innen': the clause's last word is its verb
    head_start, head_end = run[-1]
    return r.mark(head_start, head_end)


def _unit_noun(r: _Reader, target: Mark) -> Mark | None:
    """'Run 500 kilometres': the unit word is what is counted when nothing else is."""
    reading: NumberReading | None = r.values.get(("QUANTITY", target.start, target.end))
    if reading is None or reading.kind != "other" or reading.number_end >= target.end:
        return None
    return r.mark(reading.number_end, target.end)


def _verb_object(r: _Reader, target: Mark) -> Mark | None:
    """'Verlaag het energieverbruik met 12%': the object between the verb and the target.

    'the number of accidents' names accidents; a Dutch clause may put its object before the verb
    ('Voorraadverschillen terugbrengen naar 0,5%'); hyphenated words stay whole.
    """
    actions = [a for a in r.spans("ACTION") + r.spans("VAGUE") if a.end <= target.start]
    if not actions:
        return None
    # the object follows the first verb and any verbs right after it ('Verhoog Verhoog 30' has
    # none); a verb further on is part of the object ('Increase the win rate')
    ends = {a.start: a.end for a in actions}
    begin = actions[0].end
    while begin in ends:
        begin = ends[begin]
    found = _object_phrase(r, begin, target.start)
    if found is None and r.lex.verb_final and actions[0].start > 0:
        found = _object_phrase(r, 0, actions[0].start)
    return found


def _object_phrase(r: _Reader, i: int, stop: int) -> Mark | None:
    """The noun phrase from token ``i`` up to ``stop``, past articles and modifiers.

    A module function, not a closure in ``_verb_object``: a closure that calls itself is a
    reference cycle, which kept every Doc it saw alive until the garbage collector ran.
    """
    lex, lowers = r.lex, r.lowers
    while i < stop and (lowers[i] in lex.determiners or lowers[i] in lex.modifiers):
        i += 1
    if i < stop and (r.stop[i] or lowers[i] in lex.auxiliaries):
        return None  # an object opens with a content word, never 'of', 'and' or 'willen'
    start = i
    while i < stop and (r.alpha[i] or (r.texts[i] == "-" and i + 1 < stop and r.alpha[i + 1])):
        low = lowers[i]
        if low in lex.object_stops or low in lex.to_cues or low in lex.by_cues or low in lex.vague:
            break
        i += 1
    if i == start or i - start > 5:
        return None
    if lowers[i - 1] in lex.count_nouns and i < stop and lowers[i] in lex.partitive:
        return _object_phrase(r, i + 1, stop)  # 'the number of accidents' → accidents
    return r.mark(start, i)


def _metric_phrase(r: _Reader, metric: Mark, target: Mark | None) -> TextSpan:
    """The metric as the goal words it, with modifiers and channel words before it.

    'nieuwe leads', 'organic search traffic', 'de omzet'. Stops at the target number, a verb or
    a vague word, so 'Get more leads' gives 'leads'.
    """
    lex, lowers = r.lex, r.lowers
    floor = target.end if target is not None and target.end <= metric.start else 0
    channel_starts = {c.start for c in r.by.get("CHANNEL", [])}
    i = metric.start - 1
    while i >= floor:
        low = lowers[i]
        if low in lex.modifiers or low in lex.determiners or i in channel_starts:
            i -= 1
            continue
        break
    start = i + 1
    while start < metric.start and lowers[start] in lex.vague:
        start += 1
    return r.slice(start, metric.end)


# --- channels --------------------------------------------------------------------------------


def _read_channels(r: _Reader, frame: GoalFrame, metric_span: Mark | None) -> None:
    lex = r.lex
    all_channels = r.spans("CHANNEL")
    kept: list[Mark] = []
    metric_key = frame.metric.key if frame.metric else ""
    for span in all_channels:
        if any(o is not span and _contains(o, span) for o in all_channels):
            continue
        if (
            metric_span is not None
            and _whole_word(r, span)
            and _contains_or_same(metric_span, span)
            and span.end == metric_span.end
        ):
            continue  # 'Organiseer 4 webinars': the counted noun is the metric
        if (
            span.id_
            and span.id_ in metric_key
            and metric_span is not None
            and _overlaps(span, _span_of(r, frame.metric_phrase) or metric_span)
        ):
            continue  # 'blog posts': the channel is part of the metric's own name
        kept.append(span)
    kept.extend(_platforms(r, metric_span))
    kept.sort(key=_order)
    seen: set[str] = set()
    channels: list[Keyed] = []
    for span in kept:
        if span.id_ not in seen:
            seen.add(span.id_)
            channels.append(Keyed(span.text, span.start_char, span.end_char, span.id_))
    frame.channels = tuple(channels)
    if not kept:
        return
    first = kept[0]
    if (
        metric_span is not None
        and frame.metric_phrase is not None
        and first.end <= metric_span.end
        and first.start_char >= frame.metric_phrase.start
    ):
        return  # 'LinkedIn-volgers', 'organic search traffic': part of the metric phrase
    start = first.start
    while start > 0 and r.lowers[start - 1] in lex.determiners:
        start -= 1
    has_prep = start > 0 and r.lowers[start - 1] in lex.channel_prepositions
    if has_prep:
        start -= 1
    end = first.end
    for span in kept[1:]:
        if span.start <= end + 2:
            end = max(end, span.end)
    frame.channel_has_preposition = has_prep
    frame.channel_phrase = r.slice(start, end)


def _platforms(r: _Reader, metric_span: Mark | None) -> list[Mark]:
    """'500 volgers op Bluesky', 'reviews on Trustpilot': a capitalised name after a platform
    preposition, following the metric, is a channel even without a key for it (key = the name)."""
    if metric_span is None:
        return []
    preps = r.lex.platform_prepositions
    after = range(metric_span.end, r.n - 1)
    if not any(r.lowers[i] in preps for i in after):
        return []  # the usual case: no 'op'/'on' after the metric
    taken: set[int] = set()
    for marks in r.by.values():
        for m in marks:
            taken.update(range(m.start, m.end))
    found = []
    for i in after:
        name = r.texts[i + 1]
        if (
            r.lowers[i] in preps
            and i + 1 not in taken
            and r.alpha[i + 1]
            and name[:1].isupper()
            and not r.stop[i + 1]
            and not _inside(r.mark(i + 1, i + 2), r.purpose)
        ):
            found.append(r.mark(i + 1, i + 2, "CHANNEL", name.lower()))
    return found


def _contains_or_same(outer: Mark, inner: Mark) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _span_of(r: _Reader, ts: TextSpan | None) -> Mark | None:
    """The tokens covering a TextSpan."""
    if ts is None:
        return None
    first = next(i for i in range(r.n) if r.end_char(i) > ts.start)
    last = max(i for i in range(r.n) if r.starts[i] < ts.end)
    return r.mark(first, last + 1)


# --- action, vagueness, deliverables ---------------------------------------------------------


def _read_action(r: _Reader, frame: GoalFrame) -> None:
    actions = r.spans("ACTION")
    vague = r.spans("VAGUE")
    if actions:
        a = actions[0]
        frame.action = Keyed(a.text, a.start_char, a.end_char, a.id_)
        frame.action_first = a.start == 0
    frame.vague = tuple(_tspan(s) for s in vague)
    if frame.metric is None:
        anchor = actions[0] if actions else (vague[0] if vague else None)
        frame.object_words = _object_words(r, frame, anchor)


def _object_words(r: _Reader, frame: GoalFrame, verb: Mark | None) -> tuple[TextSpan, ...]:
    """What the goal is about when it names no metric: the content words after its verb
    ('de nieuwe webshop', 'my English'), outside deadlines (with their cue), rates, numbers and
    the purpose clause; before the verb if nothing follows it."""
    doc, lex = r.doc, r.lex
    skip: set[int] = set()
    for label in (
        "DEADLINE",
        "SLA",
        "RATE",
        "QUANTITY",
        "START",
        "ACTION",
        "VAGUE",
        "CHANNEL",
        "PLACEHOLDER",
    ):
        for s in r.by.get(label, []):
            skip.update(range(s.start, s.end))
    phrase = frame.deadline_phrase
    if phrase is not None:
        skip.update(i for i in range(r.n) if phrase.start <= r.starts[i] < phrase.end)
    begin = verb.end if verb is not None else 0
    end = r.purpose.start if r.purpose is not None and r.purpose.start >= begin else len(doc)

    def content(start: int, stop: int) -> list[TextSpan]:
        return [
            r.slice(i, i + 1)
            for i in range(start, stop)
            if i not in skip
            and _WORDLIKE.match(r.texts[i])
            and not r.stop[i]
            and r.lowers[i] not in lex.vague
            and r.lowers[i] not in lex.object_stops
            and r.lowers[i] not in lex.auxiliaries
        ]

    words = content(begin, end)
    if not words and verb is not None and verb.start > 0:
        words = content(0, verb.start)
    return tuple(words)
