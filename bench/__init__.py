"""Reproducible speed benchmark for smartgoal (issue 5).

``bench.goals`` generates realistic Dutch and English goals from templates and vocabularies (not
from the labelled corpus, so the benchmark does not reward tuning to those sentences);
``bench.run`` measures smartgoal side by side with the naive quantulum3 + dateparser composition
and spaCy's blank tokenizer on the same texts, and prints ratios against the issue's targets.
"""
