"""Shared fixtures and the hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` runs 2,000 examples a property)."""

from __future__ import annotations

import json
import os
import pathlib

import pytest
from hypothesis import HealthCheck, settings

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def load_gold() -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    return data


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> list[dict[str, object]]:
    return load_gold()
