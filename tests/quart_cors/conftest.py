"""The quart-cors differential suite needs PyPI once, to build .venvs/quart-cors."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "differential: compares answers with flask-cors 6.0.5 (deselect with -m 'not differential')"
    )
