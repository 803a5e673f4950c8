"""A synchronous Quart test client for one test body on either framework (tests/frameworks.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from flask_cors._quart import SyncClient, SyncResponse


class SyncQuartClient(SyncClient):
    """Quart's test client, one finished request per call, cookies kept (the package's
    :class:`~flask_cors._quart.SyncClient`, plus Werkzeug's ``environ_overrides`` and the verbs)."""

    def __init__(self, app: Any, use_cookies: bool = True, **kwargs: Any) -> None:
        from quart.testing import QuartClient

        super().__init__(QuartClient(app, use_cookies=use_cookies))

    def open(self, path: str, method: str = "GET", headers: Any = None, **kwargs: Any) -> SyncResponse:
        kwargs.pop("follow_redirects", None)
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
        if isinstance(kwargs.get("data"), str):
            kwargs["data"] = kwargs["data"].encode()
        if isinstance(headers, dict):
            headers = list(headers.items())
        return super().open(path, method=method, headers=headers, **kwargs)

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
