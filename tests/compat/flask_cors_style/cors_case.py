"""Shared base class for the flask-cors style suite.

The modules in this folder are written the way a project's own unittest suite for flask-cors is
usually written: ``unittest.TestCase`` classes that build a Flask app in ``setUp``, send requests
through small helpers, and use test origins such as ``www.example.com`` that carry no scheme.
They import only the standard library, Flask and ``flask_cors``, so the same files run against
flask-cors 6.0.5 and against flask-crossorigin (see ``tests/compat/test_flask_cors_style.py``).

Assertions compare whole header values, or check that a header is absent.
"""

from __future__ import annotations

import unittest
from collections.abc import Iterable, Iterator
from typing import Any

from flask import Flask, Response

ALLOW_ORIGIN = "Access-Control-Allow-Origin"
ALLOW_METHODS = "Access-Control-Allow-Methods"
ALLOW_HEADERS = "Access-Control-Allow-Headers"
EXPOSE_HEADERS = "Access-Control-Expose-Headers"
ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials"
MAX_AGE = "Access-Control-Max-Age"
ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network"
REQUEST_METHOD = "Access-Control-Request-Method"
REQUEST_HEADERS = "Access-Control-Request-Headers"
REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network"

#: Every method flask-cors allows by default, as its preflight answer spells them.
DEFAULT_METHODS_VALUE = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"


class CorsTestCase(unittest.TestCase):
    """Request helpers bound to ``self.app``, and exact header assertions."""

    app: Flask

    def send(
        self,
        method: str,
        path: str,
        origin: str | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Response:
        """One request through a fresh test client; ``origin`` becomes the Origin header."""
        all_headers = dict(headers or {})
        if origin is not None:
            all_headers["Origin"] = origin
        with self.app.test_client() as client:
            return client.open(path, method=method.upper(), headers=all_headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.send("GET", path, **kwargs)

    def head(self, path: str, **kwargs: Any) -> Response:
        return self.send("HEAD", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Response:
        return self.send("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> Response:
        return self.send("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Response:
        return self.send("DELETE", path, **kwargs)

    def options(self, path: str, **kwargs: Any) -> Response:
        return self.send("OPTIONS", path, **kwargs)

    def preflight(
        self,
        path: str,
        method: str = "GET",
        origin: str | None = None,
        request_headers: Iterable[str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """An OPTIONS request announcing ``method`` (and ``request_headers``, comma-joined)."""
        all_headers = dict(headers or {})
        all_headers[REQUEST_METHOD] = method
        if request_headers is not None:
            all_headers[REQUEST_HEADERS] = ", ".join(request_headers)
        return self.options(path, origin=origin, headers=all_headers)

    def each_verb(
        self, path: str, verbs: Iterable[str] = ("get", "head", "options"), **kwargs: Any
    ) -> Iterator[Response]:
        """The same request sent with each of ``verbs`` in turn."""
        for verb in verbs:
            yield self.send(verb, path, **kwargs)

    def assertHeader(self, response: Response, name: str, value: str | None) -> None:
        """``name`` appears exactly once with exactly ``value``; ``None`` means it is absent."""
        if value is None:
            self.assertNotIn(name, response.headers, f"{name} should be absent")
        else:
            self.assertEqual(response.headers.getlist(name), [value], name)

    def assertAllowOrigin(self, response: Response, origin: str | None) -> None:
        self.assertHeader(response, ALLOW_ORIGIN, origin)

    def assertNoCorsHeaders(self, response: Response) -> None:
        """Not one Access-Control-* header in the response."""
        names = sorted({name for name, _ in response.headers if name.lower().startswith("access-control-")})
        self.assertEqual(names, [])


def add_plain_route(app: Flask, path: str, body: str = "plain", **route_options: Any) -> None:
    """Register a view at ``path`` answering ``body``; the endpoint is derived from the path."""

    def view() -> str:
        return body

    endpoint = "view" + path.replace("/", "_").replace("<", "").replace(">", "")
    app.add_url_rule(path, endpoint, view, **route_options)
