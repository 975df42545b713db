"""The tokenizer our pipelines use: spaCy's own rules for the language, built from config.

A spaCy pipeline directory normally ships a binary ``tokenizer`` file. Ours would only repeat
spaCy's language defaults, so instead ``config.cfg`` names this registered tokenizer, which builds
the language's default tokenizer and has nothing to save or load. That keeps ``models/<lang>``
plain, reviewable data that ``spacy.load()`` opens as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry


class DefaultsTokenizer:
    """spaCy's default tokenizer for the language; serialises to nothing."""

    def __init__(self, nlp: Language) -> None:
        self.inner = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)

    def __call__(self, text: str) -> Doc:
        return self.inner(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        return self.inner.pipe(texts, batch_size=batch_size)

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        """Nothing to write: the rules are spaCy's language defaults."""

    def from_disk(self, path: str | Path, **kwargs: Any) -> DefaultsTokenizer:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> DefaultsTokenizer:
        return self


@registry.tokenizers("smartgoal.DefaultsTokenizer.v1")
def create_tokenizer() -> Callable[[Language], DefaultsTokenizer]:
    return DefaultsTokenizer
