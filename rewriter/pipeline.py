"""One spaCy pipeline per language, loaded once per process from ``models/<lang>/``.

``models/<lang>`` is a real spaCy pipeline directory: ``spacy.load("models/nl")`` opens it once
smartgoal is installed (our components and tokenizer are registered through the
``spacy_factories`` / ``spacy_tokenizers`` entry points). Here we import the components directly,
which registers them without scanning entry points, and cache the loaded pipeline.
``in_use`` is how the API borrows it: one thread at a time, inside a memory zone once warm.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import UsageError
from .langdata import languages, models_dir

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_COMPONENTS = ("smartgoal_deadlines", "smartgoal_quantities", "smartgoal_lexicon")
_PIPELINES: dict[str, Language] = {}

# Goals a pipeline reads outside memory zones before ``in_use`` opens one around each batch.
# Why: spaCy keeps every new string, lexeme and tokenizer-cache entry for the life of the
# pipeline, so a stream of new goals (numbers, dates, names) grows memory without end. Inside
# ``nlp.memory_zone()`` what a batch adds is freed when it ends; but spaCy does not fill its
# tokenizer cache (or keep new words) inside a zone: zones from the first goal on took 1.54 and
# 1.75× the time in an in-process A/B. The warm-up fills the cache with the words goals share;
# after it, a zone only drops what is new (mostly numbers), which would rarely be read from the
# cache again: 1.01 and 0.96× the time (noise), and the same throughput on a stream of new goals.
WARM_UP_GOALS = 50_000
_USE_LOCKS: dict[str, threading.RLock] = {}
_GOALS_READ: dict[str, int] = {}
_IN_ZONE: set[str] = set()


def get_nlp(lang: str) -> Language:
    """The pipeline for ``lang`` ('nl', 'en', ...), built on first use."""
    nlp = _PIPELINES.get(lang)
    if nlp is not None:
        return nlp
    if lang not in languages():
        raise UsageError(f"unsupported language {lang!r} (have: {', '.join(languages())})")
    with _LOCK:
        nlp = _PIPELINES.get(lang)
        if nlp is None:
            import spacy

            from . import tokenizer  # registers smartgoal.DefaultsTokenizer.v1
            from .components import deadlines, lexicon, quantities  # noqa: F401  (factories)

            # the API reads the components' marks directly; labelled spans are for spacy.load users
            no_spans = {f"components.{name}.spans": False for name in _COMPONENTS}
            nlp = spacy.load(models_dir() / lang, config=no_spans)
            # the same rules without the serialisation wrapper: one Python call less per goal
            if isinstance(nlp.tokenizer, tokenizer.DefaultsTokenizer):
                nlp.tokenizer = nlp.tokenizer.inner
            _PIPELINES[lang] = nlp
            # the pipeline lives as long as the process: keep the garbage collector from
            # re-scanning its many objects on every collection (a third of batch time otherwise)
            gc.freeze()
    return nlp


@contextmanager
def in_use(lang: str, goals: int) -> Iterator[Language]:
    """The pipeline for ``lang``, held by this thread while it reads ``goals`` goals.

    Past the first ``WARM_UP_GOALS`` goals the block runs inside a spaCy memory zone, so a
    stream's memory stays flat. Nothing made from a Doc may outlive the block: the reports are
    plain strings and numbers. While a zone is open, every other use of the pipeline would
    allocate into it, so all of smartgoal's uses go through this lock; a block opened inside
    another on the same thread (an option parsed while a batch is read) joins the open zone.
    """
    nlp = get_nlp(lang)
    with _LOCK:
        lock = _USE_LOCKS.setdefault(lang, threading.RLock())
    with lock:
        read = _GOALS_READ.get(lang, 0)
        _GOALS_READ[lang] = read + goals
        if read < WARM_UP_GOALS or lang in _IN_ZONE or not hasattr(nlp, "memory_zone"):
            yield nlp
            return
        _IN_ZONE.add(lang)
        try:
            with nlp.memory_zone():
                yield nlp
        finally:
            _IN_ZONE.discard(lang)
