"""The JSON contract we validate against is the shared one, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ROOT

SHARED = ROOT.parent / "shared" / "contract" / "goal-report.schema.json"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not checked out next to the repo")
def test_vendored_contract_equals_the_shared_one() -> None:
    vendored = ROOT / "docs" / "contract" / "goal-report.schema.json"
    assert vendored.read_bytes() == Path(SHARED).read_bytes()
