"""Fixtures shared by every test module.

``framework`` is Flask or Quart (tests/frameworks.py): every test that asks for it, directly or
through ``make_app``, runs on both, unless it is marked ``flask_only`` (a Flask-only feature, such
as flask-sock or the WSGI server). A module whose tests build apps with the names ``Flask``,
``Blueprint``, ``Response``, ``abort``, ``request``, ``after_this_request`` or ``g`` runs each test
body on both by asking for ``on_framework`` (``pytestmark = pytest.mark.usefixtures("on_framework")``):
those module names are bound to the framework's for the test.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import pytest

from tests.frameworks import FRAMEWORKS, Framework, framework_named
from tests.helpers import build_app


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "flask_only: a Flask-only feature; runs on Flask alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "framework" in metafunc.fixturenames:
        names = ("flask",) if metafunc.definition.get_closest_marker("flask_only") else FRAMEWORKS
        metafunc.parametrize("framework", names, indirect=True)


@pytest.fixture
def framework(request: pytest.FixtureRequest) -> Framework:
    """The framework a test runs on: Flask, or Quart with a synchronous test client."""
    return framework_named(request.param)


@pytest.fixture
def on_framework(framework: Framework, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Framework:
    """Bind the test module's Flask names to ``framework``'s for this test."""
    names = {
        "Flask": framework.App,
        "Blueprint": framework.Blueprint,
        "Response": framework.Response,
        "abort": framework.abort,
        "request": framework.request,
        "after_this_request": framework.after_this_request,
        "g": framework.g,
    }
    for name, value in names.items():
        if hasattr(request.module, name):
            monkeypatch.setattr(request.module, name, value)
    return framework


@pytest.fixture
def make_app(framework: Framework) -> Callable[..., Any]:
    """``make_app(config=None, **options)``: an app with a few routes and CORS(app, **options)."""
    return functools.partial(build_app, app_class=framework.App)
