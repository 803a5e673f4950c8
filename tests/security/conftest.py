"""Markers and Hypothesis profiles for the security suite.

HYPOTHESIS_PROFILE=thorough runs many more examples locally; CI uses the deterministic ``ci``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "security: hostile input and misconfiguration tests")
    config.addinivalue_line("markers", "slow: starts a real server under load")
