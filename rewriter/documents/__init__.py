"""Document mode: find goals in planning documents, judge them, report and fix them in place.

``smartgoal lint`` reads Markdown and plain-text files, locates each goal with its exact source
span (``finder``/``textfinder``), judges all goals of all files in one call to
``rewriter.analyze_many`` (``lint``), turns verdicts, goal trees and progress notes into findings
with stable codes (``findings``, ``tree``, ``notes``), and prints them (``output``) or splices the
rewrites back into the files without touching any other byte (``fix``). Language knowledge lives
in ``models/<lang>/documents.json`` and ``models/common/metric_map.json``.
"""
