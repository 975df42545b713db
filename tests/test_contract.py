"""Our copies of ../shared (the JSON contract, the example plans) are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ROOT

SHARED = ROOT.parent / "shared" / "contract" / "goal-report.schema.json"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not checked out next to the repo")
def test_vendored_contract_equals_the_shared_one() -> None:
    vendored = ROOT / "docs" / "contract" / "goal-report.schema.json"
    assert vendored.read_bytes() == Path(SHARED).read_bytes()


SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.mark.skipif(
    not SHARED_EXAMPLES.exists(), reason="../shared is not checked out next to the repo"
)
def test_vendored_examples_equal_the_shared_ones() -> None:
    copies = ROOT / "tests" / "data" / "documents" / "examples"
    for original in SHARED_EXAMPLES.glob("*.md"):
        assert (copies / original.name).read_bytes() == original.read_bytes(), original.name
