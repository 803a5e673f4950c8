"""Fixtures shared by every test module."""

from __future__ import annotations

from typing import Callable

import pytest

from flask import Flask
from tests.helpers import build_app


@pytest.fixture
def make_app() -> Callable[..., Flask]:
    """``make_app(config=None, **options)``: an app with a few routes and CORS(app, **options)."""
    return build_app
