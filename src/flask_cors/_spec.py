"""Facts from the WHATWG Fetch standard's CORS protocol that the rest of the core relies on.

https://fetch.spec.whatwg.org/#http-cors-protocol. Nothing here knows about Flask.
"""

from __future__ import annotations

import re

# Request headers: sent by the browser.
ORIGIN = "Origin"
ACCESS_CONTROL_REQUEST_METHOD = "Access-Control-Request-Method"
ACCESS_CONTROL_REQUEST_HEADERS = "Access-Control-Request-Headers"
ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network"

# Response headers: actual requests and preflights.
ACCESS_CONTROL_ALLOW_ORIGIN = "Access-Control-Allow-Origin"
ACCESS_CONTROL_ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials"
# Response headers: actual requests only.
ACCESS_CONTROL_EXPOSE_HEADERS = "Access-Control-Expose-Headers"
# Response headers: preflights only.
ACCESS_CONTROL_ALLOW_METHODS = "Access-Control-Allow-Methods"
ACCESS_CONTROL_ALLOW_HEADERS = "Access-Control-Allow-Headers"
ACCESS_CONTROL_MAX_AGE = "Access-Control-Max-Age"
ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network"

VARY = "Vary"

# Fetch, "forbidden method": fetch() throws a TypeError, so no page ever asks for these.
FORBIDDEN_METHODS = frozenset({"CONNECT", "TRACE", "TRACK"})
# Fetch, "forbidden request-header": a page cannot set these (nor any name starting with
# "proxy-" or "sec-"); the browser manages them, so no preflight ever asks for them.
FORBIDDEN_REQUEST_HEADERS = frozenset(
    {
        "accept-charset",
        "accept-encoding",
        "access-control-request-headers",
        "access-control-request-method",
        "connection",
        "content-length",
        "cookie",
        "cookie2",
        "date",
        "dnt",
        "expect",
        "host",
        "keep-alive",
        "origin",
        "referer",
        "set-cookie",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "via",
    }
)
FORBIDDEN_REQUEST_HEADER_PREFIXES = ("proxy-", "sec-")
# Fetch, "forbidden response-header name": never readable by a page, even when exposed.
FORBIDDEN_RESPONSE_HEADERS = frozenset({"set-cookie", "set-cookie2"})

#: The longest Access-Control-Max-Age each engine honours, in seconds: Firefox caps at 24 hours,
#: Chromium at 2 hours (``kMaxPreflightCacheTime``); WebKit at 10 minutes.
MAX_AGE_HONOURED = 86400
MAX_AGE_CHROMIUM = 7200

#: Methods flask-cors allows by default; we keep the same default.
DEFAULT_METHODS = ("GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE")

#: RFC 9110 section 5.6.2: method names and header field names are tokens.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

#: RFC 6454 section 6: the serialisation of an origin is ``scheme "://" host [ ":" port ]`` or
#: ``null``; this is all a browser ever sends. The browser engine (``_browser.py``) accepts only this
#: as a page's origin.
SERIALISED_ORIGIN = re.compile(r"null|[A-Za-z][A-Za-z0-9+.\-]*://[^\x00-\x20\x7f-\uffff/?#,@\\]+")

#: What the server compares and, under any-origin, reflects: one token of visible ASCII
#: (``%x21-7E``) except the comma, at most :data:`MAX_ORIGIN_LENGTH` characters. Browsers only send
#: :data:`SERIALISED_ORIGIN` values, so accepting more changes nothing for them; flask-cors compares
#: any value, and test suites written for it send ``www.example.com``. What stays refused is what
#: could do harm when echoed or logged: control characters (header injection), whitespace, a comma
#: (two Origin headers folded into one), non-ASCII, over-long values, and ``*`` alone (echoed, it is
#: the wildcard: with credentials, an answer Fetch forbids; ``_origins.is_valid_request_origin``).
REQUEST_ORIGIN = re.compile(r"[\x21-\x2b\x2d-\x7e]+")

#: No real origin comes near this: a DNS name is at most 253 characters.
MAX_ORIGIN_LENGTH = 2048

#: The longest values user patterns run on; ``_bounded`` proves every accepted pattern cheap up to
#: these. A serialised origin is at most a scheme, ``://``, a 253-character DNS name and ``:65535``;
#: a header name is far shorter (RFC 9110 sets no limit; registered names are under 50
#: characters); gunicorn refuses request lines over 4,094 bytes by default, so no path it serves is
#: longer than 4,096.
MAX_ORIGIN_PATTERN_INPUT = 280
MAX_HEADER_PATTERN_INPUT = 280
MAX_PATH_PATTERN_INPUT = 4096

#: Bounds for Access-Control-Request-Headers. Chromium lists every non-safelisted header name, so a
#: real page stays far below these; anything larger is refused without being split.
MAX_REQUEST_HEADERS_LENGTH = 8192
MAX_REQUEST_HEADERS_COUNT = 100

#: Ports that origin serialisation omits (URL standard, "special schemes").
DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}

# WebSockets (RFC 6455). Browsers apply no CORS to them: the server must check Origin itself
# (section 10.2), and answer a refused handshake with an HTTP error such as 403 (section 4.2.2).
UPGRADE = "Upgrade"
CONNECTION = "Connection"
HOST = "Host"


def _has_token(value: str | None, token: str) -> bool:
    """Whether the comma-separated token list ``value`` holds ``token`` (lower-case), in any case."""
    return value is not None and any(item.strip().lower() == token for item in value.split(","))


def is_websocket_handshake(upgrade: str | None, connection: str | None) -> bool:
    """Whether a request asks to become a WebSocket (RFC 6455 section 4.1, RFC 9110 section 7.8).

    Its ``Upgrade`` list holds the token ``websocket`` and its ``Connection`` list holds
    ``upgrade``, both compared case-insensitively (``Connection: keep-alive, Upgrade`` is what
    Firefox sends). The method is not looked at: RFC 6455 says ``GET``, but Werkzeug routes ``HEAD``
    to the same WebSocket rules and simple-websocket (flask-sock) upgrades whatever the method, so
    every request asking to upgrade is judged. The client's other handshake headers
    (``Sec-WebSocket-Key``, version) are the WebSocket server's business; a request that lacks them
    is refused there, not here.
    """
    return _has_token(upgrade, "websocket") and _has_token(connection, "upgrade")
