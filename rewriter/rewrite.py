"""Proposing a SMART version of a goal, in the goal's own language.

Two ways, chosen by how the goal is built:

- **Edit** — the goal opens with a concrete verb ('Verkrijg 40 leads', 'Get more leads'): keep
  the person's words and only insert or replace the missing pieces (number, channel, deadline).
  Side conditions, rates and purpose clauses stay exactly as written.
- **Regenerate** — anything else ('Nieuwe leads verkrijgen', 'Meer volgers op LinkedIn',
  'Improve customer satisfaction'): fill the language's template (models/<lang>/templates.json)
  with the pieces the goal has, and a visible placeholder (``[aantal]``, ``[datum]``...) for each
  piece it lacks.

A regenerated goal opens with its verb, so rewriting it again takes the edit path, which finds
every slot filled (by a value or a placeholder) and changes nothing: ``rewrite(rewrite(x)) ==
rewrite(x)``. A goal that already meets S, M and T is returned unchanged unless the caller
overrides a piece.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import date_words, format_date
from .frame import GoalFrame
from .langdata import channel_metric, metric_info, read_json
from .lexicon import lexicon
from .numbers import is_year_like
from .values import TextSpan

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")


@dataclass(frozen=True, slots=True)
class Pieces:
    """What the caller supplies or history proposes; ``None`` means 'keep or ask'."""

    target: str | None = None  # text as it should appear, e.g. '40' or '€ 100.000'
    deadline: str | None = None  # full phrase with preposition, e.g. 'tegen 31 oktober 2027'
    channel: str | None = None  # full phrase with preposition, e.g. 'uit online kanalen'
    channel_text: str | None = None  # the channel alone, e.g. 'online kanalen'
    target_is_bare: bool = False  # '40' (keeps the goal's unit/currency) vs '€ 40' (replaces)


def deadline_phrase_for_date(day: object, lang: str) -> str:
    words = date_words(lang)
    return f"{words.default_preposition} {format_date(day, lang)}"  # type: ignore[arg-type]


def channel_phrase_for(text: str, key: str | None, lang: str) -> str:
    """'online kanalen' → 'uit online kanalen'; a phrase that has its preposition stays as is.

    ``key`` is the channel's canonical key (None for the placeholder or an unknown channel).
    """
    lex = lexicon(lang)
    first = text.split()[0].lower() if text.split() else ""
    if first in lex.channel_prepositions:
        return text
    if key is None:
        prep = lex.placeholder_channel_preposition
    else:
        prep = lex.channel_preposition.get(key, lex.default_channel_preposition)
    return f"{prep} {text}" if prep else text


def rewrite_frame(
    frame: GoalFrame, smt_met: bool, specific_met: bool, pieces: Pieces = Pieces()
) -> str:
    """The proposed rewrite of ``frame.text``."""
    overriding = (
        pieces.target is not None or pieces.deadline is not None or pieces.channel is not None
    )
    if smt_met and not overriding:
        return frame.text
    if _editable(frame):
        return _edit(frame, specific_met, pieces)
    return _regenerate(frame, specific_met, pieces)


def _editable(frame: GoalFrame) -> bool:
    """Whether the goal's own words can carry the missing pieces (edit), or it must be rebuilt
    from a template (regenerate). A deliverable is always edited, wherever its verb stands:
    'Volgende maand de nieuwe prijslijst publiceren' has nothing a template could add but a
    deadline, and rebuilding it gave it a number slot it can never fill."""
    if frame.metric is None and not frame.is_deliverable:
        return False
    if frame.action_first or frame.is_deliverable:
        return True
    first_vague = frame.vague and frame.vague[0].start == 0
    return bool(first_vague and frame.target is not None)


def _needs_channel(frame: GoalFrame, specific_met: bool) -> bool:
    if specific_met or frame.channels or "channel" in frame.placeholders:
        return False
    return frame.metric is not None and metric_info(frame.metric.key).channelable


def _shape(frame: GoalFrame, metric_key: str | None = None) -> str:
    """Which template: 'count' (40 leads), 'delta' (met 10%), 'level' (naar 5%), 'change'."""
    if frame.baseline is not None:
        return "change"
    t = frame.target
    if t is not None and t.kind == "count" and is_year_like(t.text, t.value):
        # '2027 customers' counts customers only with its noun right after it (a year otherwise):
        # 'Win customers to 2027' would read as a date
        return "count"
    if t is not None:
        return frame.target_role
    key = metric_key or (frame.metric.key if frame.metric else None)
    if key is not None:
        return metric_info(key).shape
    return "delta"


def _edit(frame: GoalFrame, specific_met: bool, pieces: Pieces) -> str:
    lex = lexicon(frame.lang)
    templates = read_json(frame.lang, "templates")
    ph = lex.placeholders
    text = frame.text
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement); inserts have start == end

    # the number
    target_text = pieces.target
    if frame.target is not None:
        if target_text is not None:
            slot = (
                frame.target_number
                if pieces.target_is_bare and frame.target_number
                else frame.target
            )
            edits.append((slot.start, slot.end, target_text))
    elif "target" in frame.placeholders:
        if target_text is not None:
            slot = frame.placeholders["target"]
            edits.append((slot.start, slot.end, target_text))
    elif frame.metric_phrase is not None:
        shape = _shape(frame)
        insert = templates["insert_target"][shape].format(target=target_text or ph["target"])
        phrase = frame.metric_phrase
        if shape == "count":
            start = _strip_vague_before(frame, phrase)
            edits.append((start, phrase.start, insert))
        else:
            edits.append((phrase.end, phrase.end, insert))

    # the channel
    if frame.metric_phrase is not None:
        anchor = frame.metric_phrase.end
    elif frame.object_words:
        anchor = frame.object_words[-1].end
    else:
        anchor = frame.core_end
    if pieces.channel is not None and frame.metric is None:
        pass  # a deliverable ('Lanceer de webshop') has no 'where from' to fill in
    elif pieces.channel is not None:
        if frame.channel_phrase is not None:
            new = pieces.channel if frame.channel_has_preposition else pieces.channel_text
            cp = frame.channel_phrase
            if not frame.channel_has_preposition:  # 'on our website': keep 'on our', swap the name
                first = frame.channels[0]
                cp = TextSpan(first.text, first.start, cp.end)
            edits.append((cp.start, cp.end, new or pieces.channel))
        elif "channel" in frame.placeholders:
            slot = frame.placeholders["channel"]
            start = _preposition_start(frame, slot)
            edits.append((start, slot.end, pieces.channel))
        else:
            edits.append((anchor, anchor, " " + pieces.channel))
    elif _needs_channel(frame, specific_met):
        open_channel = channel_phrase_for(ph["channel"], None, frame.lang)
        edits.append((anchor, anchor, " " + open_channel))

    # the deadline
    if pieces.deadline is not None:
        if frame.deadline_phrase is not None:
            edits.append((frame.deadline_phrase.start, frame.deadline_phrase.end, pieces.deadline))
        elif "deadline" in frame.placeholders:
            slot = frame.placeholders["deadline"]
            edits.append((_preposition_start(frame, slot), slot.end, pieces.deadline))
        else:
            edits.append((frame.core_end, frame.core_end, " " + pieces.deadline))
    elif frame.deadline is None and "deadline" not in frame.placeholders:
        open_deadline = f"{date_words(frame.lang).default_preposition} {ph['deadline']}"
        edits.append((frame.core_end, frame.core_end, " " + open_deadline))

    # right to left; at one position, later pieces first, so they end up in template order
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i), reverse=True)
    for i in order:
        start, end, replacement = edits[i]
        text = text[:start] + replacement + text[end:]
    return text


def _strip_vague_before(frame: GoalFrame, phrase: TextSpan) -> int:
    """'Get more leads' → insert the number in place of 'more'."""
    start = phrase.start
    for v in frame.vague:
        if v.end <= start and not frame.text[v.end : start].strip():
            start = v.start
    return start


def _preposition_start(frame: GoalFrame, slot: TextSpan) -> int:
    """Start of the word before a placeholder if it is a preposition ('tegen [datum]')."""
    before = frame.text[: slot.start].rstrip()
    word = before.split()[-1] if before.split() else ""
    lex = lexicon(frame.lang)
    preps = lex.channel_prepositions | date_words(frame.lang).deadline_prepositions
    if word.lower() in preps:
        return len(before) - len(word)
    return slot.start


def _regenerate(frame: GoalFrame, specific_met: bool, pieces: Pieces) -> str:
    lex = lexicon(frame.lang)
    templates = read_json(frame.lang, "templates")
    ph = lex.placeholders
    metric_key = frame.metric.key if frame.metric else None
    vague_forms = {v.text.lower() for v in frame.vague}
    action_form = (
        frame.action.text if frame.action and frame.action.text.lower() not in vague_forms else None
    )
    action_key = frame.action.key if action_form and frame.action else None
    if action_key is None:
        action_key = metric_info(metric_key).action if metric_key else templates["default_action"]
    action = lex.imperative(action_form, action_key) or lex.imperative(
        None, templates["default_action"]
    )

    if frame.metric_phrase is not None:
        metric = _lower_first(frame.metric_phrase.text, frame.metric_phrase.start == 0)
    elif metric_key is None and frame.channels and channel_metric(frame.channels[0].key):
        # 'Verbeter onze nieuwsbrief': a newsletter goal most likely counts subscribers
        metric_key = channel_metric(frame.channels[0].key)
        metric = lex.metrics[metric_key][0] if metric_key in lex.metrics else ph["metric"]
        if action_form is None:
            action_key = metric_info(metric_key).action
            action = lex.imperative(None, action_key) or action
    elif frame.object_words:
        # 'Improve my English': what the goal is about, though not a known metric
        first, last = frame.object_words[0], frame.object_words[-1]
        start = _with_determiner(frame, first.start)
        metric = _lower_first(frame.text[start : last.end], start == 0)
    else:
        metric = ph["metric"]
    target = pieces.target or (frame.target.text if frame.target else ph["target"])
    mp, t, a = frame.metric_phrase, frame.target, frame.action
    if pieces.target is None and mp is not None and t is not None and t.start <= mp.start < t.end:
        metric = ""  # '8 weeks': the unit is the metric and the target already says it
    elif mp is not None and a is not None and (mp.start, mp.end) == (a.start, a.end):
        metric = ""  # 'I want to save $5,000': the verb names the metric; say it once
    shape = _shape(frame, metric_key)
    if (
        pieces.target is None
        and frame.target is not None
        and frame.action is not None
        and frame.target.start == frame.action.start
    ):
        target, shape = "", "count"  # 'Verdubbel de omzet': the verb is the target; say it once
    baseline = frame.baseline.text if frame.baseline else ""
    if pieces.channel is not None:
        channel = pieces.channel
    elif frame.channel_phrase is not None:
        channel = _lower_first(frame.channel_phrase.text, frame.channel_phrase.start == 0)
        channel = channel_phrase_for(channel, frame.channels[0].key, frame.lang)
    elif _needs_channel(frame, specific_met) or "channel" in frame.placeholders:
        channel = channel_phrase_for(ph["channel"], None, frame.lang)  # keep '[kanaal]' open
    else:
        channel = ""
    if pieces.deadline is not None:
        deadline = pieces.deadline
    elif frame.deadline_phrase is not None:
        # moved from the goal's start to its end: 'Volgende maand' → 'volgende maand'
        deadline = _lower_first(frame.deadline_phrase.text, frame.deadline_phrase.start == 0)
        if (
            frame.deadline is not None
            and frame.deadline.cue is None
            and frame.deadline.kind != "duration"
        ):
            deadline = f"{date_words(frame.lang).default_preposition} {deadline}"
    else:
        deadline = f"{date_words(frame.lang).default_preposition} {ph['deadline']}"
    extra = _extra(frame)
    purpose = frame.purpose.text if frame.purpose else ""
    result = templates["shapes"][shape].format(
        action=action,
        target=target,
        baseline=baseline,
        metric=metric,
        channel=channel,
        extra=extra,
        deadline=deadline,
        purpose=purpose,
    )
    ending = frame.text.rstrip()[-1:] if frame.text.rstrip()[-1:] in (".", "!") else ""
    result = _tidy(result)
    return result if result.endswith(ending) else result + ending


def _extra(frame: GoalFrame) -> str:
    """Side conditions and rates, in the goal's order: '250 leads per maand' rebuilt without
    its 'per maand' would ask for 250 leads in all, a different goal."""
    pieces = list(frame.side_conditions)
    pieces += [
        rate
        for rate in frame.rates
        if not any(s.start <= rate.start and rate.end <= s.end for s in frame.side_conditions)
    ]
    pieces.sort(key=lambda s: s.start)
    return " ".join(_lower_first(s.text, s.start == 0) for s in pieces)


def _with_determiner(frame: GoalFrame, start: int) -> int:
    """Include a determiner or possessive right before ``start`` ('my English', 'de voorraad')."""
    before = frame.text[:start].rstrip()
    word = before.split()[-1] if before.split() else ""
    if word.lower() in lexicon(frame.lang).determiners:
        return len(before) - len(word)
    return start


def _lower_first(text: str, at_start: bool) -> str:
    """'Nieuwe leads' moved mid-sentence becomes 'nieuwe leads'; 'LinkedIn' and 'ARR' stay."""
    if not at_start or not text:
        return text
    word = text.split()[0]
    if word[:1].isupper() and word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _tidy(text: str) -> str:
    text = " ".join(text.split())  # the same whitespace as \s+, without a regex pass
    if " " in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text[:1].upper() + text[1:]
