"""spaCy components that mark what a goal says. Each only adds labelled spans to
``doc.spans["smartgoal"]`` (and, for numbers, their parsed values to ``doc._.sg_values``);
deciding what the spans mean is the frame builder's job (rewriter/frame.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span

SPAN_KEY = "smartgoal"
_VIEW_KEY = "smartgoal.tokens"
_MARKS_KEY = "smartgoal.marks"
_HAS_DIGIT = re.compile(r"\d").search
_SPACE = ("", " ")  # indexed by "is there a gap after this token"

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
    share this view instead (kept in ``doc.user_data``). The columns are tuples: nothing may
    change them once a component has read them.
    """

    text: str
    lowers: tuple[str, ...]
    texts: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]  # character offset where each token ends
    alpha: tuple[bool, ...]
    stop: tuple[bool, ...]
    digit: tuple[bool, ...]  # the token contains a digit

    def __len__(self) -> int:
        return len(self.lowers)

    def end_char(self, i: int) -> int:
        return self.ends[i]

    def chars(self, start: int, end: int) -> str:
        """The text of tokens ``start:end``, as written."""
        return self.text[self.starts[start] : self.ends[end - 1]] if end > start else ""


# Lexical attributes by orth id, per vocabulary: (text, lower, is_alpha, is_stop, has digit).
# They belong to the word, not to its place in a goal, so a word seen once is never asked again;
# reading ``lower_``/``is_stop``/... from a Token costs a string-store lookup each time.
_LEXICAL: dict[object, dict[int, tuple[str, str, bool, bool, bool]]] = {}
# distinct tokens per language before the table starts over: a 20,000-goal batch of the
# benchmark needs ~2,500, and a full table is ~5 MB (~290 bytes a row), so a stream's memory
# levels off instead of growing into a table of 200,000 rows
_LEXICAL_MAX = 16_384


def token_view(doc: Doc) -> TokenView:
    view = doc.user_data.get(_VIEW_KEY)
    if view is not None:
        return view
    table = _LEXICAL.get(doc.vocab)
    if table is None or len(table) > _LEXICAL_MAX:
        table = _LEXICAL[doc.vocab] = {}
    get = table.get
    rows = []
    starts = []
    for tok in doc:
        row = get(tok.orth)
        if row is None:
            text, low = tok.text, tok.lower_
            row = (text, low, tok.is_alpha, tok.is_stop, _HAS_DIGIT(low) is not None)
            table[tok.orth] = row
        rows.append(row)
        starts.append(tok.idx)
    if not rows:
        view = TokenView("", (), (), (), (), (), (), ())
        doc.user_data[_VIEW_KEY] = view
        return view
    texts, lowers, alpha, stop, digit = zip(*rows, strict=True)
    ends = tuple(map(int.__add__, starts, map(len, texts)))
    # the goal's text: spaCy keeps at most one space after a token ('whitespace_'); any other
    # whitespace is a token of its own, so a gap between two tokens is that one space. Joined
    # with C-level maps: a Python loop here cost a third of the view.
    starts.append(ends[-1] + 1 if doc[-1].whitespace_ else ends[-1])
    gaps = map(_SPACE.__getitem__, map(int.__ne__, starts[1:], ends))
    text = "".join(map(str.__add__, texts, gaps))
    del starts[-1]
    view = TokenView(text, lowers, texts, tuple(starts), ends, alpha, stop, digit)
    doc.user_data[_VIEW_KEY] = view
    return view


class BatchedComponent:
    """Gives a component spaCy's ``pipe`` method: each stage runs over a whole batch in turn.

    Without ``pipe``, ``nlp.pipe`` chains one generator per component, so every goal goes
    through the tokenizer and all three components before the next goal is tokenized. With it,
    the tokenizer runs over a batch, then each component over the batch. That skips spaCy's
    per-Doc generator step and (our reading of it) keeps one stage's code and tables in the CPU
    caches: the whole ``analyze_many`` took 11-28% less time per goal over five in-process A/B
    runs (``python -m bench.staged``).
    """

    name: str

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every component defines it
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        handler = getattr(self, "_error_handler", None)
        it = iter(stream)
        while batch := list(islice(it, batch_size)):
            if handler is None:
                yield from list(map(self, batch))
                continue
            done = []
            for doc in batch:  # as spaCy's own loop does: the handler sees the failing Doc
                try:
                    done.append(self(doc))
                except Exception as e:
                    handler(self.name, self, [doc], e)
            yield from done

    # ``nlp.set_error_handler`` reaches components through these; without a ``pipe`` method
    # spaCy applied the handler itself
    def set_error_handler(self, error_handler: Callable[..., object]) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> Callable[..., object]:
        from spacy.util import raise_error

        return getattr(self, "_error_handler", None) or raise_error


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
