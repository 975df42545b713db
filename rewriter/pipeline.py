"""One spaCy pipeline per language, loaded once per process from ``models/<lang>/``.

``models/<lang>`` is a real spaCy pipeline directory: ``spacy.load("models/nl")`` opens it once
smartgoal is installed (our components and tokenizer are registered through the
``spacy_factories`` / ``spacy_tokenizers`` entry points). Here we import the components directly,
which registers them without scanning entry points, and cache the loaded pipeline.
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

from .errors import UsageError
from .langdata import languages, models_dir

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_COMPONENTS = ("smartgoal_deadlines", "smartgoal_quantities", "smartgoal_lexicon")
_PIPELINES: dict[str, Language] = {}


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
