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

import asyncio
from dataclasses import dataclass
from typing import Any, Callable

import flask

FRAMEWORKS = ("flask", "quart")


class SyncResponse:
    """A finished Quart test response, read like Werkzeug's ``TestResponse``."""

    def __init__(self, response: Any, body: bytes) -> None:
        self.response = response
        self.status_code: int = response.status_code
        self.status: str = f"{response.status_code}"
        self.headers = response.headers
        self.data = body
        self.mimetype = response.mimetype

    def get_data(self, as_text: bool = False) -> Any:
        return self.data.decode() if as_text else self.data

    @property
    def text(self) -> str:
        return self.data.decode()

    def get_json(self) -> Any:
        import json

        return json.loads(self.data)


class SyncQuartClient:
    """Quart's test client, one finished request per call (``asyncio.run``), cookies kept."""

    def __init__(self, app: Any, use_cookies: bool = True, **kwargs: Any) -> None:
        from quart.testing import QuartClient

        self.app = app
        self.client = QuartClient(app, use_cookies=use_cookies)

    def open(self, path: str, method: str = "GET", headers: Any = None, **kwargs: Any) -> SyncResponse:
        kwargs.pop("follow_redirects", None)
        base_url = kwargs.pop("base_url", None)
        if base_url is not None:  # Werkzeug's base_url: the scheme and Host the request is made to
            from urllib.parse import urlsplit

            parts = urlsplit(base_url)
            kwargs["scheme"] = parts.scheme
            headers = {**dict(headers or {}), "Host": parts.netloc}
        raw = False
        for key, value in kwargs.pop("environ_overrides", {}).items():  # Werkzeug's, as headers and method
            if key == "REQUEST_METHOD":
                method = value
            elif key.startswith("HTTP_"):
                headers = {**dict(headers or {}), key[5:].replace("_", "-").title(): value}
                raw = raw or any(c in value for c in "\r\n\0")
            else:
                raise NotImplementedError(key)
        if raw:
            # Quart's test client refuses CR, LF and NUL in a header value, as Werkzeug's does; the
            # Flask tests put them straight into the environ, so these go straight into the scope.
            pairs = [("host", "localhost"), *((k.lower(), v) for k, v in dict(headers or {}).items())]
            encoded = [(k.encode(), v.encode("latin-1", "replace")) for k, v in pairs]
            kwargs["scope_base"] = {"headers": encoded}
            headers = None
        if "data" in kwargs and isinstance(kwargs["data"], str):
            kwargs["data"] = kwargs["data"].encode()

        async def run() -> SyncResponse:
            response = await self.client.open(path, method=method, headers=headers, **kwargs)
            return SyncResponse(response, await response.get_data())

        return asyncio.run(run())

    def get(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="GET", **kwargs)

    def post(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="POST", **kwargs)

    def put(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="PUT", **kwargs)

    def patch(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="PATCH", **kwargs)

    def delete(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="DELETE", **kwargs)

    def head(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="HEAD", **kwargs)

    def options(self, path: str, **kwargs: Any) -> SyncResponse:
        return self.open(path, method="OPTIONS", **kwargs)

    def websocket(self, path: str, headers: Any = None) -> tuple[int, Any]:
        """Open a WebSocket to ``path`` and close it: ``(101, first message)`` when accepted and the
        handler sent something, else ``(status, SyncResponse)`` of the HTTP answer that refused it."""
        from quart.testing import WebsocketResponseError

        async def run() -> tuple[int, Any]:
            try:
                async with self.client.websocket(path, headers=headers) as socket:
                    return 101, await socket.receive()
            except WebsocketResponseError as error:
                response = error.response
                return response.status_code, SyncResponse(response, await response.get_data())

        return asyncio.run(run())


def quart_app(name: str, **kwargs: Any) -> Any:
    """A Quart app whose ``test_client()`` is synchronous (:class:`SyncQuartClient`)."""
    import quart

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
