"""One test body, either framework: Flask, or Quart driven through a synchronous test client.

The ``framework`` fixture (tests/conftest.py) is one of :data:`FRAMEWORKS`. Its ``App`` makes an
app whose ``test_client()`` answers synchronously on both: a Quart app gets
:class:`SyncQuartClient` through Quart's documented ``test_client_class`` attribute, which runs
each request to completion on its own event loop and returns a :class:`SyncResponse` with the
attributes the tests read from Werkzeug's ``TestResponse`` (``status_code``, ``headers``, ``data``,
``get_data``). Header names differ in case only: Quart writes every header name in lower case at
the ASGI layer (HTTP/2 style), whatever the app set, and the tests compare names without case.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Any, Callable

import flask

#: Quart where it is installed (the tests dependency group installs it; Quart needs Flask 3).
FRAMEWORKS = ("flask", "quart") if importlib.util.find_spec("quart") is not None else ("flask",)


def quart_app(name: str, **kwargs: Any) -> Any:
    """A Quart app whose ``test_client()`` is synchronous (:class:`SyncQuartClient`)."""
    import quart
    from tests.quart_client import SyncQuartClient

    app = quart.Quart(name, **kwargs)
    app.test_client_class = SyncQuartClient  # type: ignore[assignment]
    return app


@dataclass(frozen=True)
class Framework:
    """The names a test needs from its framework."""

    name: str
    App: Callable[..., Any]
    Blueprint: Any
    Response: Any
    abort: Callable[..., Any]
    request: Any
    after_this_request: Callable[..., Any]
    g: Any

    def __str__(self) -> str:
        return self.name


def framework_named(name: str) -> Framework:
    if name == "flask":
        return Framework(
            "flask",
            flask.Flask,
            flask.Blueprint,
            flask.Response,
            flask.abort,
            flask.request,
            flask.after_this_request,
            flask.g,
        )
    import quart

    return Framework(
        "quart",
        quart_app,
        quart.Blueprint,
        quart.Response,
        quart.abort,
        quart.request,
        quart.after_this_request,
        quart.g,
    )
