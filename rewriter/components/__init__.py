"""spaCy components that mark what a goal says. Each only adds labelled spans to
``doc.spans["smartgoal"]`` (and, for numbers, their parsed values to ``doc._.sg_values``);
deciding what the spans mean is the frame builder's job (rewriter/frame.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

SPAN_KEY = "smartgoal"
_VIEW_KEY = "smartgoal.tokens"
_MARKS_KEY = "smartgoal.marks"
_HAS_DIGIT = re.compile(r"\d").search

_VALUES_KEY = "smartgoal.values"


def values_of(doc: Doc) -> dict:
    """Parsed number readings by ("QUANTITY", start, end); filled by the quantity marker."""
    return doc.user_data.setdefault(_VALUES_KEY, {})


# the same readings as a Doc extension, for people using the pipeline through spacy.load
# (smartgoal itself reads doc.user_data: every ``doc._`` access builds a helper object)
if not Doc.has_extension("sg_values"):
    Doc.set_extension("sg_values", getter=lambda doc: doc.user_data.get(_VALUES_KEY))


@dataclass(slots=True)
class TokenView:
    """The token attributes every stage reads, gathered in one pass over the Doc.

    Each ``doc[i]`` or ``for tok in doc`` builds a Python Token object; for goals of a dozen
    tokens that was the largest single cost of the pipeline. Components and the frame builder
    share this view instead (kept in ``doc.user_data``).
    """

    text: str
    lowers: list[str]
    texts: list[str]
    starts: list[int]
    alpha: list[bool]
    stop: list[bool]
    digit: list[bool]  # the token contains a digit

    def __len__(self) -> int:
        return len(self.lowers)

    def end_char(self, i: int) -> int:
        return self.starts[i] + len(self.texts[i])

    def chars(self, start: int, end: int) -> str:
        """The text of tokens ``start:end``, as written."""
        return self.text[self.starts[start] : self.end_char(end - 1)] if end > start else ""


def token_view(doc: Doc) -> TokenView:
    view = doc.user_data.get(_VIEW_KEY)
    if view is None:
        lowers, texts, starts, alpha, stop, digit = [], [], [], [], [], []
        pieces = []
        for tok in doc:
            low = tok.lower_
            text = tok.text
            lowers.append(low)
            texts.append(text)
            starts.append(tok.idx)
            alpha.append(tok.is_alpha)
            stop.append(tok.is_stop)
            digit.append(_HAS_DIGIT(low) is not None)
            pieces.append(text)
            pieces.append(tok.whitespace_)
        # Doc.text would iterate the tokens a second time
        view = TokenView("".join(pieces), lowers, texts, starts, alpha, stop, digit)
        doc.user_data[_VIEW_KEY] = view
    return view


def add_spans(doc: Doc, marks: list[tuple[int, int, str, str]], spans: bool = True) -> None:
    """Record (start, end, label, key) marks, and add them to ``doc.spans["smartgoal"]``.

    The tuples are what the frame builder reads (``marks_of``): getting spans back out of a
    SpanGroup rebuilds a Span and its Tokens on every attribute access. The labelled spans are
    for people using the pipeline with ``spacy.load`` (displaCy, their own code); smartgoal's
    own API loads the pipeline with ``spans = false`` and skips building them.
    """
    if not marks:
        return
    doc.user_data.setdefault(_MARKS_KEY, []).extend(marks)
    if not spans:
        return
    made = [Span(doc, s, e, label=label, span_id=key) for s, e, label, key in marks]
    group = doc.spans.get(SPAN_KEY)
    if group is None:
        doc.spans[SPAN_KEY] = made
    else:
        group.extend(made)


def marks_of(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Every (start, end, label, key) the components added, in the order they added them."""
    return doc.user_data.get(_MARKS_KEY, [])
