"""The package type-checks: mypy finds type mistakes that tests miss (a span variable reused for
a string, an unchecked Optional), and mypyc needs a clean check to compile a module at all."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_mypy_finds_no_type_errors() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
