"""Marks metrics, channels, action verbs, vague words and clause cues, from models/<lang>/.

One PhraseMatcher over lower-cased tokens does all whole-word phrases in a single pass. Languages
that glue nouns together (Dutch: ``websitebezoekers``, ``nieuwsbriefabonnees``) set
``compounds`` in numbers.json; then a token that ends in a known metric word is that metric, and
if it starts with a channel word it names that channel too.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lexicon import lexicon
from ..numbers import syntax
from . import BatchedComponent, add_spans, token_view

_MIN_SUFFIX = 5
_MIN_PREFIX = 4


class LexiconMarker(BatchedComponent):
    """spaCy component: adds METRIC, CHANNEL, ACTION, VAGUE, PURPOSE, SIDE, START, PLACEHOLDER
    and MULTIPLIER spans; span ``id_`` holds the canonical key where there is one."""

    def __init__(self, nlp: Language, name: str, spans: bool = True) -> None:
        self.name = name
        self.write_spans = spans
        self.lang = nlp.lang
        lex = lexicon(nlp.lang)
        self.lex = lex
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._labels: dict[int, tuple[str, str]] = {}

        def add(label: str, key: str, phrases: Iterable[str]) -> None:
            match_key = f"{label}|{key}"
            docs = [nlp.make_doc(p) for p in sorted(set(phrases))]
            self.matcher.add(match_key, docs)
            self._labels[nlp.vocab.strings[match_key]] = (label, key)

        for key, phrases in lex.metrics.items():
            add("METRIC", key, phrases)
        for key, phrases in lex.channels.items():
            add("CHANNEL", key, phrases)
        # names that are only names when capitalised: 'X' (formerly Twitter), not '2 x'
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._exact_phrases = tuple(p for ps in lex.channels_case_sensitive.values() for p in ps)
        for key, phrases in lex.channels_case_sensitive.items():
            match_key = f"CHANNEL|{key}"
            self.exact.add(match_key, [nlp.make_doc(p) for p in phrases])
            self._labels[nlp.vocab.strings[match_key]] = ("CHANNEL", key)
        by_action: dict[str, list[str]] = {}
        for form, key in lex.action_forms.items():
            by_action.setdefault(key, []).append(form)
        for key, forms in by_action.items():
            add("ACTION", key, forms)
        add("VAGUE", "", lex.vague)
        add("PURPOSE", "", lex.purpose)
        add("SIDE", "", lex.side_conditions)
        add("START", "", lex.start_cues)
        for slot, text in lex.placeholders.items():
            add("PLACEHOLDER", slot, [text])
        for word, value in lex.multipliers.items():
            add("MULTIPLIER", repr(value), [word])

        self.compounds = syntax(nlp.lang).compounds
        self._metric_suffixes: dict[int, dict[str, str]] = {}
        self._channel_prefixes: dict[int, dict[str, str]] = {}
        if self.compounds:
            for key, phrases in lex.metrics.items():
                for p in phrases:
                    if " " not in p and len(p) >= _MIN_SUFFIX:
                        self._metric_suffixes.setdefault(len(p), {}).setdefault(p.lower(), key)
            for key, phrases in lex.channels.items():
                for p in phrases:
                    if " " not in p and len(p) >= _MIN_PREFIX:
                        self._channel_prefixes.setdefault(len(p), {}).setdefault(p.lower(), key)
        self._channel_words = (
            {p.lower(): key for key, ps in lex.channels.items() for p in ps if " " not in p}
            if self.compounds
            else {}
        )
        self._suffix_lengths = sorted(self._metric_suffixes, reverse=True)
        self._prefix_lengths = sorted(self._channel_prefixes, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[tuple[int, int, str, str]] = []
        covered_metric: dict[int, bool] = {}
        labels = self._labels
        matches = self.matcher(doc)
        text = token_view(doc).text
        if any(phrase in text for phrase in self._exact_phrases):  # 'X' (the platform), rarely
            matches = [*matches, *self.exact(doc)]
        for match_id, start, end in matches:
            label, key = labels[match_id]
            spans.append((start, end, label, key))
            if label == "METRIC":
                for i in range(start, end):
                    covered_metric[i] = end - start == 1
        if self.compounds:
            spans.extend(self._compound_spans(doc, covered_metric))
        purpose_marker = self.lex.purpose_marker
        if purpose_marker:  # English 'to' + verb; the frame decides whether it is a purpose
            verbs = self.lex.purpose_verbs
            not_after = self.lex.purpose_not_after
            lowers = token_view(doc).lowers
            for i in range(1, len(lowers) - 1):
                if (
                    lowers[i] == purpose_marker
                    and lowers[i + 1] in verbs
                    and lowers[i - 1] not in not_after
                ):
                    spans.append((i, i + 2, "PURPOSE", "marker"))
        add_spans(doc, spans, self.write_spans)
        return doc

    def _compound_spans(
        self, doc: Doc, covered: dict[int, bool]
    ) -> list[tuple[int, int, str, str]]:
        """Dutch compounds: ``linkedinvolgers`` is followers, and names LinkedIn as the channel.

        A single-token metric from the vocabulary (``websitebezoekers``) is checked for a
        channel prefix too; a longer unknown word ending in a metric word becomes that metric.
        """
        out: list[tuple[int, int, str, str]] = []
        view = token_view(doc)
        for i, low in enumerate(view.lowers):
            n = len(low)
            head, dash, _ = low.partition("-")
            if dash and head in self._channel_words and i not in covered:
                # 'YouTube-kanaal', 'TikTok-video': a hyphenated word led by a channel name
                out.append((i, i + 1, "CHANNEL", self._channel_words[head]))
            if n < _MIN_SUFFIX + 3 or (not view.alpha[i] and not dash):
                continue
            if i in covered and not covered[i]:
                continue  # part of a multi-word metric phrase
            if i not in covered:
                metric = None
                for length in self._suffix_lengths:
                    if length <= n - 3:
                        metric = self._metric_suffixes[length].get(low[-length:])
                        if metric:
                            break
                if metric is None:
                    continue
                out.append((i, i + 1, "METRIC", metric))
            for length in self._prefix_lengths:
                if length <= n - _MIN_SUFFIX:
                    channel = self._channel_prefixes[length].get(low[:length])
                    if channel:
                        out.append((i, i + 1, "CHANNEL", channel))
                        break
        return out


@Language.factory("smartgoal_lexicon", default_config={"spans": True})
def make_lexicon(nlp: Language, name: str, spans: bool) -> LexiconMarker:
    return LexiconMarker(nlp, name, spans)
