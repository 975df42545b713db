"""spaCy components that mark what a goal says. Each only adds labelled spans to
``doc.spans["smartgoal"]`` (and, for numbers, their parsed values to ``doc._.sg_values``);
deciding what the spans mean is the frame builder's job (rewriter/frame.py)."""

from __future__ import annotations

from spacy.tokens import Doc

SPAN_KEY = "smartgoal"

if not Doc.has_extension("sg_values"):
    Doc.set_extension("sg_values", default=None)
