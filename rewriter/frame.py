"""What the goal says: from the marked spans of a Doc to a ``GoalFrame``.

The components only mark candidates; this is where they are weighed against each other:
numbers inside a date, a service level or a rate are not targets; in 'van 30 naar 40' 30 is the
baseline and 40 the target; 'met minimaal 4 sterren' is a side condition unless it is the only
number; the metric is the noun the target counts; a purpose clause ('om de omzet te
verhogen') states why, and its words do not count as the goal's own metric or deadline.
Nothing here names a word of any language: every list comes from the compiled lexicon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .components.quantities import NumberReading
from .dates import date_words, resolve
from .langdata import metric_info
from .lexicon import Lexicon, lexicon
from .values import Deadline, Keyed, Quantity, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SPAN_KEY = "smartgoal"
_MAX_COUNTED_GAP = 3


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
    metric_counted: bool = False  # the metric is the noun right after the target ('40 leads')
    target: Quantity | None = None
    target_role: str = "count"  # count | delta | level | change
    baseline: Quantity | None = None
    channels: tuple[Keyed, ...] = ()
    channel_phrase: TextSpan | None = None  # 'uit online kanalen', including the preposition
    deadline: Deadline | None = None
    deadline_phrase: TextSpan | None = None  # 'tegen 31 oktober 2027'
    start: Deadline | None = None
    purpose: TextSpan | None = None
    side_conditions: tuple[TextSpan, ...] = ()
    not_deadlines: tuple[TextSpan, ...] = ()  # rates and service levels, for the reason text
    placeholders: dict[str, TextSpan] = field(default_factory=dict)
    core_end: int = 0  # where the main clause ends (before a purpose clause / final period)
    object_words: tuple[TextSpan, ...] = ()  # a deliverable's object ('de nieuwe webshop')

    @property
    def is_deliverable(self) -> bool:
        """A one-off deliverable: an action on a named object, nothing counted."""
        return self.action is not None and self.metric is None and bool(self.object_words)


def _tspan(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _inside(span: Span, outer: Span | None) -> bool:
    return outer is not None and span.start >= outer.start and span.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def build_frame(doc: Doc, today: dt.date) -> GoalFrame:
    """Read a processed Doc into a GoalFrame, resolving deadlines against ``today``."""
    lang = doc.lang_
    lex = lexicon(lang)
    text = doc.text
    frame = GoalFrame(text=text, lang=lang)
    by_label: dict[str, list[Span]] = {}
    for span in sorted(doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else [], key=_order):
        by_label.setdefault(span.label_, []).append(span)
    values: dict = doc._.sg_values or {}

    purpose = _purpose_clause(doc, by_label)
    if purpose is not None:
        frame.purpose = _tspan(purpose)

    def outside_purpose(spans: list[Span]) -> list[Span]:
        kept = [s for s in spans if not _inside(s, purpose)]
        return kept

    # --- deadlines, starts, and what is not a deadline --------------------------------------
    blocked: list[Span] = []  # number-bearing spans that are never the target
    deadline_spans: list[tuple[Span, dt.date]] = []
    for span in by_label.get("DEADLINE", []):
        blocked.append(span)
        when = resolve(span.id_, tuple(t.text for t in span), span.text, today, lang)
        if when is not None:
            deadline_spans.append((span, when))
    for label in ("SLA", "RATE"):
        for span in by_label.get(label, []):
            blocked.append(span)
    frame.not_deadlines = tuple(
        _tspan(s) for s in by_label.get("SLA", []) + by_label.get("RATE", [])
    )
    start_ends = {s.end for s in by_label.get("START", [])}
    chosen = _choose_deadline(doc, deadline_spans, start_ends, purpose, frame)
    if chosen is not None:
        span, when, cue_start = chosen
        cue = doc[cue_start:span.start].text if cue_start < span.start else None
        frame.deadline = Deadline(span.text, span.start_char, span.end_char, when, span.id_, cue)
        frame.deadline_phrase = TextSpan(
            doc[cue_start:span.end].text, doc[cue_start].idx, span.end_char
        )

    # --- placeholders from an earlier rewrite ----------------------------------------------
    for span in by_label.get("PLACEHOLDER", []):
        frame.placeholders.setdefault(span.id_, _tspan(span))

    # --- numbers: target, baseline, side conditions -----------------------------------------
    side_cues = by_label.get("SIDE", [])
    candidates: list[tuple[Span, NumberReading]] = []
    sides: list[tuple[Span, NumberReading, Span]] = []
    for span in by_label.get("QUANTITY", []):
        reading: NumberReading = values[("QUANTITY", span.start, span.end)]
        if any(_overlaps(span, b) for b in blocked):
            continue
        if reading.year_like and not _counts_something(doc, span, by_label):
            continue
        cue = next((c for c in side_cues if span.start - 1 <= c.end <= span.start), None)
        if cue is not None:
            sides.append((span, reading, cue))
            continue
        candidates.append((span, reading))
    main = [c for c in candidates if not _inside(c[0], purpose)] or candidates
    target, baseline, role = _choose_target(doc, main, lex)
    if target is None and sides:
        span, reading, cue = sides.pop(0)
        target = (span, reading)
        role = "delta" if any(t.lower_ in lex.by_cues for t in cue) else "level"
    frame.side_conditions = tuple(
        TextSpan(doc[c.start : s.end].text, c.start_char, s.end_char) for s, _, c in sides
    ) + tuple(_tspan(s) for s in by_label.get("SLA", []))
    if target is None:
        for span in outside_purpose(by_label.get("MULTIPLIER", [])):
            frame.target = Quantity(
                span.text, span.start_char, span.end_char, float(span.id_), "multiplier"
            )
            frame.target_role = "delta"
            break
    else:
        frame.target = _quantity(target[0], target[1])
        frame.target_role = role
        if baseline is not None:
            frame.baseline = _quantity(baseline[0], baseline[1])

    # --- metric ---------------------------------------------------------------------------
    metrics = outside_purpose(by_label.get("METRIC", [])) or by_label.get("METRIC", [])
    channel_spans = outside_purpose(by_label.get("CHANNEL", []))
    metric_span, counted = _choose_metric(doc, target[0] if target else None, metrics, lex)
    counted_channel = None
    if metric_span is None and target is not None:
        counted_channel = _counted_channel(doc, target[0], channel_spans, lex)
        if counted_channel is not None:
            metric_span, counted = counted_channel, True
        else:
            noun = _counted_noun(doc, target[0], lex, by_label)
            if noun is not None:
                metric_span, counted = noun, True
    if metric_span is not None:
        key = metric_span.id_ or metric_span.text.lower()
        if counted_channel is not None or not metric_span.id_:
            key = metric_span.text.lower()
        frame.metric = Keyed(metric_span.text, metric_span.start_char, metric_span.end_char, key)
        frame.metric_counted = counted
        frame.metric_phrase = _metric_phrase(doc, metric_span, lex, target)
        if frame.target is not None and frame.target.kind == "count":
            info = metric_info(key)
            if info.scale:
                t = frame.target
                frame.target = Quantity(t.text, t.start, t.end, t.value, "other", None, "point")

    # --- channels -------------------------------------------------------------------------
    kept: list[Span] = []
    for span in channel_spans:
        if counted_channel is not None and _overlaps(span, counted_channel):
            continue
        if metric_span is not None and counted and span.start == metric_span.start == span.end - 1:
            if span.end == metric_span.end:  # 'Organiseer 4 webinars': counted, so the metric
                continue
        if any(o is not span and _contains(o, span) for o in channel_spans):
            continue
        kept.append(span)
    seen: set[str] = set()
    channels: list[Keyed] = []
    for span in kept:
        if span.id_ not in seen:
            seen.add(span.id_)
            channels.append(Keyed(span.text, span.start_char, span.end_char, span.id_))
    frame.channels = tuple(channels)
    if kept:
        first = kept[0]
        start = first.start
        if start > 0 and doc[start - 1].lower_ in lex.channel_prepositions:
            start -= 1
        if metric_span is None or not (
            start >= _phrase_start(frame, doc) and first.end <= metric_span.end
        ):
            end = first.end
            for span in kept[1:]:
                if span.start <= end + 2:
                    end = max(end, span.end)
            frame.channel_phrase = TextSpan(
                doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            )

    # --- action and vagueness -------------------------------------------------------------
    actions = outside_purpose(by_label.get("ACTION", []))
    if actions:
        a = actions[0]
        frame.action = Keyed(a.text, a.start_char, a.end_char, a.id_)
        frame.action_first = a.start == 0
    frame.vague = tuple(_tspan(s) for s in outside_purpose(by_label.get("VAGUE", [])))
    if frame.action is not None and frame.metric is None:
        frame.object_words = _object_words(doc, by_label, actions[0], lex, purpose)

    # --- where the main clause ends -------------------------------------------------------
    end = purpose.start if purpose is not None else len(doc)
    while end > 0 and doc[end - 1].is_punct and doc[end - 1].text not in ")]":
        end -= 1
    frame.core_end = doc[end - 1].idx + len(doc[end - 1]) if end > 0 else 0
    return frame


def _order(span: Span) -> tuple[int, int]:
    return (span.start, -span.end)


def _contains(outer: Span, inner: Span) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.end - outer.start) > (inner.end - inner.start)
    )


def _quantity(span: Span, r: NumberReading) -> Quantity:
    return Quantity(span.text, span.start_char, span.end_char, r.value, r.kind, r.currency, r.unit)


def _purpose_clause(doc: Doc, by_label: dict[str, list[Span]]) -> Span | None:
    """From the first purpose cue to the next comma/semicolon or a later deadline, else the end."""
    cues = by_label.get("PURPOSE")
    if not cues:
        return None
    start = cues[0].start
    if start == 0:
        return None  # 'Om ...' opening the sentence is the goal itself, not its purpose
    end = len(doc)
    for tok in doc[start:]:
        if tok.text in (",", ";") and tok.i > start:
            end = tok.i
            break
    return doc[start:end]


def _choose_deadline(
    doc: Doc,
    spans: list[tuple[Span, dt.date]],
    start_ends: set[int],
    purpose: Span | None,
    frame: GoalFrame,
) -> tuple[Span, dt.date, int] | None:
    """The goal's deadline: not a start date, preferably outside the purpose clause."""
    words = date_words(doc.lang_)
    options: list[tuple[Span, dt.date, int]] = []
    for span, when in spans:
        cue_start = span.start
        for width in (3, 2, 1):
            if cue_start - width >= 0:
                cue = doc[span.start - width : span.start].text.lower()
                if cue in words.deadline_prepositions:
                    cue_start = span.start - width
                    break
        if span.start in start_ends or cue_start in start_ends:
            frame.start = Deadline(span.text, span.start_char, span.end_char, when, span.id_)
            continue
        options.append((span, when, cue_start))
    if not options:
        return None
    outside = [o for o in options if not _inside(o[0], purpose)]
    pool = outside or options
    with_cue = [o for o in pool if o[2] < o[0].start or o[0].id_ == "duration"]
    return (with_cue or pool)[0]


def _cue_before(doc: Doc, span: Span, lex: Lexicon) -> str | None:
    """'from', 'to' or 'by' when the number follows such a cue (articles/modifiers skipped)."""
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in lex.determiners or doc[i].lower_ in lex.modifiers):
        i -= 1
    if i < 0:
        return None
    low = doc[i].lower_
    if low in lex.to_cues:
        return "to"
    if low in lex.baseline_cues:
        return "from"
    if low in lex.by_cues:
        return "by"
    return None


def _choose_target(
    doc: Doc, cands: list[tuple[Span, NumberReading]], lex: Lexicon
) -> tuple[tuple[Span, NumberReading] | None, tuple[Span, NumberReading] | None, str]:
    """Pick target and baseline among the candidate numbers, and how the target was stated."""
    if not cands:
        return None, None, "count"
    cues = [_cue_before(doc, span, lex) for span, _ in cands]
    for idx, cue in enumerate(cues):
        if cue == "to":
            for jdx in range(idx - 1, -1, -1):
                if cues[jdx] == "from":
                    return cands[idx], cands[jdx], "change"
            return cands[idx], None, "level"
    for idx, cue in enumerate(cues):
        if cue == "by":
            return cands[idx], None, "delta"
    return cands[0], None, "count"


def _counts_something(doc: Doc, span: Span, by_label: dict[str, list[Span]]) -> bool:
    """A year-like number ('2000') is a count only when a metric noun follows it."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.is_stop or nxt.is_punct or not nxt.is_alpha:
        return False
    return any(m.start == span.end for m in by_label.get("METRIC", []))


def _skippable(tok_lower: str, lex: Lexicon) -> bool:
    return tok_lower in lex.modifiers or tok_lower in lex.determiners


def _choose_metric(
    doc: Doc, target: Span | None, metrics: list[Span], lex: Lexicon
) -> tuple[Span | None, bool]:
    """The metric the target counts ('40 nieuwe leads'), else the one it belongs to."""
    if not metrics:
        return None, False
    # prefer the longest span at a position ('kosten per lead' over 'kosten')
    best: dict[int, Span] = {}
    for m in metrics:
        cur = best.get(m.start)
        if cur is None or (m.end - m.start) > (cur.end - cur.start):
            best[m.start] = m
    ordered = [m for m in sorted(best.values(), key=_order)]
    ordered = [m for m in ordered if not any(_contains(o, m) for o in ordered)]
    if target is not None:
        i = target.end
        gap = 0
        while i < len(doc) and gap <= _MAX_COUNTED_GAP:
            for m in ordered:
                if m.start == i:
                    return m, True
            if not (_skippable(doc[i].lower_, lex) or doc[i].lower_ in lex.baseline_cues):
                if not doc[i].is_alpha:
                    break
            i += 1
            gap += 1
        before = [m for m in ordered if m.end <= target.start]
        if before:
            return before[-1], False
    return ordered[0], False


def _counted_channel(
    doc: Doc, target: Span, channels: list[Span], lex: Lexicon
) -> Span | None:
    """'Organiseer 4 webinars', 'Verstuur 12 mailings': a channel word counted by the target."""
    i = target.end
    while i < len(doc) and _skippable(doc[i].lower_, lex):
        i += 1
    for span in channels:
        if span.start == i:
            return span
    return None


def _counted_noun(
    doc: Doc, target: Span, lex: Lexicon, by_label: dict[str, list[Span]]
) -> Span | None:
    """The noun a target counts when it is not in the vocabulary: '10.000 stappen' → stappen."""
    stops: set[int] = set()
    for label in ("DEADLINE", "SLA", "RATE", "ACTION", "VAGUE", "PURPOSE", "SIDE", "CHANNEL"):
        for s in by_label.get(label, []):
            stops.update(range(s.start, s.end))
    i = target.end
    while i < len(doc) and _skippable(doc[i].lower_, lex):
        i += 1
    run: list[int] = []
    while i < len(doc) and len(run) < 3:
        tok = doc[i]
        if i in stops or not tok.is_alpha or tok.is_stop or tok.lower_ in lex.channel_prepositions:
            break
        run.append(i)
        i += 1
    if not run:
        return None
    head = run[-1]
    return doc[head : head + 1]


def _phrase_start(frame: GoalFrame, doc: Doc) -> int:
    if frame.metric_phrase is None:
        return 0
    for tok in doc:
        if tok.idx >= frame.metric_phrase.start:
            return tok.i
    return 0


def _metric_phrase(
    doc: Doc, metric: Span, lex: Lexicon, target: tuple[Span, NumberReading] | None
) -> TextSpan:
    """The metric as the goal words it, with modifiers and channel words before it.

    'nieuwe leads', 'organic search traffic', 'de omzet'. Stops at the target number, a verb or
    a vague word, so 'Get more leads' gives 'leads'.
    """
    start = metric.start
    floor = target[0].end if target is not None and target[0].end <= metric.start else 0
    i = start - 1
    while i >= floor:
        low = doc[i].lower_
        if low in lex.modifiers or low in lex.determiners:
            i -= 1
            continue
        if doc[i].is_alpha and doc[i].is_title is False and not doc[i].is_stop and (
            low not in lex.action_forms and low not in lex.vague
        ) and i == start - 1 and _is_noun_modifier(doc, i, lex):
            i -= 1
            continue
        break
    start = i + 1
    while start < metric.start and doc[start].lower_ in lex.vague:
        start += 1
    span = doc[start : metric.end]
    return TextSpan(span.text, span.start_char, span.end_char)


def _is_noun_modifier(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A word right before the metric that is part of its name: 'search traffic', 'klant'."""
    low = doc[i].lower_
    for phrases in lex.channels.values():
        if low in phrases:
            return True
    return False


def _object_words(
    doc: Doc,
    by_label: dict[str, list[Span]],
    action: Span,
    lex: Lexicon,
    purpose: Span | None,
) -> tuple[TextSpan, ...]:
    """A deliverable's object: content words after the verb ('de nieuwe webshop')."""
    stop_at = len(doc)
    for label in ("DEADLINE", "SLA", "RATE", "PURPOSE"):
        for s in by_label.get(label, []):
            if s.start > action.end:
                stop_at = min(stop_at, s.start)
    words = []
    for tok in doc[action.end : stop_at]:
        if tok.is_alpha and not tok.is_stop and tok.lower_ not in lex.vague:
            words.append(TextSpan(tok.text, tok.idx, tok.idx + len(tok)))
    if not words and action.start > 0:
        for tok in doc[: action.start]:
            if tok.is_alpha and not tok.is_stop and tok.lower_ not in lex.vague:
                words.append(TextSpan(tok.text, tok.idx, tok.idx + len(tok)))
    return tuple(words)
