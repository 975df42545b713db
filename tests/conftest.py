"""Shared fixtures. Every test pins the reference date: deadlines depend on it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples: a red build then means a change
# broke something, not that this run happened to draw a new counterexample. Local runs stay
# random, which is how new counterexamples are found (add them with @example).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

TODAY = "2026-11-28"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def contract_schema() -> dict:
    return json.loads((ROOT / "docs" / "contract" / "goal-report.schema.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def validate_report(contract_schema):
    import jsonschema

    validator = jsonschema.Draft202012Validator(
        contract_schema, format_checker=jsonschema.FormatChecker()
    )

    def check(obj: dict) -> None:
        errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors)

    return check
