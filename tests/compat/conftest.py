"""The flask-cors style suite runs in subprocesses (test_flask_cors_style.py), never in-process."""

from __future__ import annotations

import pytest

collect_ignore = ["flask_cors_style"]


def pytest_configure(config: pytest.Config) -> None:
    # Same marker as tests/differential: the reference environment needs PyPI once.
    config.addinivalue_line(
        "markers", "differential: compares answers with flask-cors 6.0.5 (deselect with -m 'not differential')"
    )
