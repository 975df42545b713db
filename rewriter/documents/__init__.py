"""Document mode: find goals in planning documents, judge them, report and fix them in place.

``smartgoal lint`` (``command``, ``lint``) walks the paths (``walk``) with the nearest config
(``config``), reads each file as bytes (``source``), locates each goal with its exact source span
(``finder`` for Markdown, ``textfinder`` for plain text, ``sites``, ``markup``, ``vocabulary``),
judges all goals of all files in one call to ``rewriter.analyze_many``, turns verdicts, goal trees
and progress notes into findings with stable codes (``rules``, ``findings``, ``tree``, ``notes``),
drops the suppressed ones (``suppress``), and prints them (``output``) or splices the rewrites back
without touching any other byte (``fix``). Language knowledge lives in
``models/<lang>/documents.json`` and ``models/common/metric_map.json``; docs/rules.md and
docs/documents.md describe the behaviour for users.
"""
