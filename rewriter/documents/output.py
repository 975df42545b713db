"""Printing findings: text (ruff's concise lines), JSON, SARIF 2.1.0, GitHub annotations.

Every format lists the same findings in the same order (path, line, column, code). Paths are
shown as the user gave them; SARIF gives them as URIs relative to the working folder
(``%SRCROOT%``), which is what code-scanning services expect.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import __version__
from .rules import RULES

if TYPE_CHECKING:
    from .findings import Finding

FORMATS = ("text", "json", "sarif", "github")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning"}


def text_lines(findings: Sequence[Finding]) -> list[str]:
    """``path:line:col: CODE message`` — one line per finding."""
    return [
        f"{f.path}:{f.line}:{f.column}: {f.code} {' '.join(f.message.split())}" for f in findings
    ]


def json_text(findings: Sequence[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(findings: Sequence[Finding]) -> list[str]:
    """GitHub Actions workflow commands: one ``::error``/``::warning`` annotation each."""
    out = []
    for f in findings:
        props = ",".join(
            [
                f"file={_escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={_escape_property(f.code)}",
            ]
        )
        out.append(f"::{f.severity} {props}::{_escape_data(f.message)}")
    return out


def _uri(path: str) -> tuple[str, str | None]:
    """A relative URI under %SRCROOT% when the file is below the working folder."""
    absolute = Path(path).resolve()
    try:
        rel = absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return absolute.as_uri(), None
    return quote(rel.as_posix()), "%SRCROOT%"


def sarif_text(findings: Sequence[Finding]) -> str:
    """A SARIF 2.1.0 log with one run; rules carry their short description and criterion."""
    codes = sorted({f.code for f in findings} | set(RULES))
    rules = [
        {
            "id": code,
            "name": RULES[code].name,
            "shortDescription": {"text": RULES[code].summary},
            "fullDescription": {"text": f"{RULES[code].summary} (SMART: {RULES[code].criterion})."},
            "help": {"text": f"See docs/rules.md#{code.lower()}."},
            "defaultConfiguration": {"level": "error"},
            "properties": {"criterion": RULES[code].criterion},
        }
        for code in codes
    ]
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in findings:
        uri, base = _uri(f.path)
        artifact: dict[str, Any] = {"uri": uri}
        if base:
            artifact["uriBaseId"] = base
        region = {
            "startLine": f.line,
            "startColumn": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
        }
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
            "properties": {
                "criterion": f.criterion,
                "goal": f.goal,
                "lang": f.lang,
                "rewrite": f.rewrite,
            },
        }
        if f.fixable and f.replacement is not None:
            result["fixes"] = [
                {
                    "description": {"text": "Rewrite the goal"},
                    "artifactChanges": [
                        {
                            "artifactLocation": artifact,
                            "replacements": [
                                {
                                    "deletedRegion": region,
                                    "insertedContent": {"text": f.replacement},
                                }
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "smartgoal",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2)


def statistics(findings: Sequence[Finding], fmt: str) -> str:
    """Counts per code, most frequent first (ruff's ``--statistics``)."""
    counts = Counter(f.code for f in findings)
    fixable = Counter(f.code for f in findings if f.fixable)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        return json.dumps(
            [
                {"code": c, "name": RULES[c].name, "count": n, "fixable": fixable[c]}
                for c, n in rows
            ],
            indent=2,
        )
    width = max((len(str(n)) for _, n in rows), default=1)
    return "\n".join(
        f"{n:>{width}}\t{c}\t{'[*] ' if fixable[c] else ''}{RULES[c].name}" for c, n in rows
    )
