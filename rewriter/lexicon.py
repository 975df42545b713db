"""A language's goal vocabulary, compiled once from ``models/<lang>/`` for fast lookups.

Both the spaCy components (which mark spans) and the frame builder (which decides what the
spans mean) read the same compiled lexicon, so a word list is never written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .dates import date_words
from .langdata import entries, read_json


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    metrics: dict[str, tuple[str, ...]]
    channels: dict[str, tuple[str, ...]]
    channels_case_sensitive: dict[str, tuple[str, ...]]
    channel_preposition: dict[str, str]
    default_channel_preposition: str
    placeholder_channel_preposition: str
    action_forms: dict[str, str]  # lower-cased form → canonical action key
    imperative_of_form: dict[str, str]  # form → imperative of its verb group
    imperative_of_action: dict[str, str]  # key → the default imperative
    vague: tuple[str, ...]
    modifiers: frozenset[str]
    determiners: frozenset[str]
    channel_prepositions: frozenset[str]
    purpose: tuple[str, ...]
    purpose_marker: str | None
    purpose_verbs: frozenset[str]
    baseline_cues: frozenset[str]
    to_cues: frozenset[str]
    by_cues: frozenset[str]
    side_conditions: tuple[str, ...]
    start_cues: tuple[str, ...]
    multipliers: dict[str, float]
    partitive: frozenset[str]  # 'van', 'of': '95% van de tickets'
    comparatives: frozenset[str]  # '80% meer omzet' is a change, not a level
    purpose_not_after: frozenset[str]  # 'want to grow' is the goal, not its purpose
    # words that end a verb's object ('the win rate | from'); month names too: outside a date
    # ('customers October', '1 ... oktober') a month is never what a goal counts or is about
    object_stops: frozenset[str]
    arrows: frozenset[str]  # '70% → 85%': a change without 'from'
    approximators: frozenset[str]  # 'to at least 7.6', 'naar minimaal 7,5'
    count_nouns: frozenset[str]  # 'the number of accidents': the metric is what follows
    platform_prepositions: frozenset[str]  # 'op Bluesky': a platform we have no key for
    verb_final: bool  # Dutch clauses may end in their verb ('45 facturen innen')
    # modal and helper verbs: 'We willen groeien', 'We want to grow' are about growing, never
    # about 'willen' or 'want'; a rewrite that made them its object would read 'Increase want'
    auxiliaries: frozenset[str]
    # '$3M in seed funding', '€ 50.000 aan nieuwe omzet': what an amount of money is made of
    money_partitive: frozenset[str]
    placeholders: dict[str, str]
    detect_words: frozenset[str]
    detect_suffixes: tuple[str, ...]

    def imperative(self, form: str | None, action: str | None) -> str | None:
        """The imperative for a rewrite: the goal's own verb if known, else the action's."""
        if form is not None:
            imp = self.imperative_of_form.get(form.lower())
            if imp:
                return imp
        if action is not None:
            return self.imperative_of_action.get(action)
        return None


@cache
def lexicon(lang: str) -> Lexicon:
    lex: dict[str, Any] = read_json(lang, "lexicon")
    metrics = entries(read_json(lang, "metrics"))
    chan_raw = read_json(lang, "channels")
    channels = entries(chan_raw)
    action_forms: dict[str, str] = {}
    imperative_of_form: dict[str, str] = {}
    imperative_of_action: dict[str, str] = {}
    for key, groups in lex["actions"].items():
        for group in groups:
            imperative, *forms = group
            imperative_of_action.setdefault(key, imperative)
            for form in (*forms, imperative.lower()):
                action_forms.setdefault(form.lower(), key)
                imperative_of_form.setdefault(form.lower(), imperative)
    purpose_verbs = set(lex.get("purpose_verbs", []))
    purpose_verbs.update(f for f in action_forms if " " not in f)
    purpose_verbs.update(v for v in lex["vague"] if " " not in v)
    return Lexicon(
        lang=lang,
        metrics={k: tuple(v) for k, v in metrics.items()},
        channels={k: tuple(v) for k, v in channels.items()},
        channels_case_sensitive={
            k: tuple(v) for k, v in chan_raw.get("_case_sensitive", {}).items()
        },
        channel_preposition=dict(chan_raw.get("_prepositions", {})),
        default_channel_preposition=chan_raw.get("_default_preposition", ""),
        placeholder_channel_preposition=chan_raw.get(
            "_placeholder_preposition", chan_raw.get("_default_preposition", "")
        ),
        action_forms=action_forms,
        imperative_of_form=imperative_of_form,
        imperative_of_action=imperative_of_action,
        vague=tuple(lex["vague"]),
        modifiers=frozenset(lex["modifiers"]),
        determiners=frozenset(lex["determiners"]),
        channel_prepositions=frozenset(lex["channel_prepositions"]),
        purpose=tuple(lex["purpose"]),
        purpose_marker=lex.get("purpose_marker"),
        purpose_verbs=frozenset(purpose_verbs),
        baseline_cues=frozenset(lex["baseline"]),
        to_cues=frozenset(lex["target_to"]),
        by_cues=frozenset(lex["target_by"]),
        side_conditions=tuple(lex["side_condition"]),
        start_cues=tuple(lex["start"]),
        multipliers={k.lower(): float(v) for k, v in lex["multipliers"].items()},
        partitive=frozenset(lex.get("partitive", [])),
        comparatives=frozenset(lex.get("comparatives", [])),
        purpose_not_after=frozenset(lex.get("purpose_not_after", [])),
        object_stops=frozenset(lex.get("object_stops", [])) | frozenset(date_words(lang).months),
        arrows=frozenset(lex.get("arrows", [])),
        approximators=frozenset(lex.get("approximators", [])),
        count_nouns=frozenset(lex.get("count_nouns", [])),
        platform_prepositions=frozenset(lex.get("platform_prepositions", [])),
        verb_final=bool(lex.get("verb_final", False)),
        auxiliaries=frozenset(lex.get("auxiliaries", [])),
        money_partitive=frozenset(lex.get("money_partitive", [])),
        placeholders=dict(lex["placeholders"]),
        detect_words=frozenset(w.lower() for w in lex.get("detect", [])),
        detect_suffixes=tuple(lex.get("detect_suffixes", [])),
    )
