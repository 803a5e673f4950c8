"""The differential suite needs PyPI once, to build the reference environment."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "differential: compares answers with flask-cors 6.0.5 (deselect with -m 'not differential')"
    )
