"""The browser's side of the CORS protocol: what it sends, and how it judges the answers.

Part of the core: no Flask, no Werkzeug, no I/O. :func:`simulate` plays a browser's ``fetch()``
against any transport (a function that sends one request and returns its status and headers);
:mod:`flask_cors.testing` plugs in Flask's test client, and ``flask cors explain`` prints the
result.

With credentials, the cookies the browser holds for the API are judged by :mod:`flask_cors._cookies`
(``SameSite``, ``Secure``, sites, third-party cookies): only those the browser would attach are
sent, each ``Set-Cookie`` in an answer is judged for storage, and a call that CORS allows but that
carries none of the cookies is reported as blocked by cookies, not as allowed.

The rules are those of the WHATWG Fetch standard (https://fetch.spec.whatwg.org/), each function
naming the algorithm it follows. Failure reasons use the console wording of Chromium
:data:`~flask_cors._chromium.MODEL_VERSION` (156), so a reason reads the way developers see it in
DevTools; :mod:`flask_cors._chromium` records how other checked versions word it. One place where
Chromium is more lenient than the standard is kept strict here: ``Access-Control-Allow-Headers: *``
does not cover ``Authorization`` (Fetch, "CORS non-wildcard request-header name"); Chromium (150
and 156) still lets it through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from http import HTTPStatus
from typing import Any, Callable, Generic, TypeVar, Union
from urllib.parse import urljoin, urlsplit

from . import _spec as spec
from ._cookies import Cookie, CookieJudgement, judge_cookie, parse_cookie
from ._profiles import DEFAULT, BrowserProfile
from ._spec import FORBIDDEN_METHODS, FORBIDDEN_REQUEST_HEADERS, FORBIDDEN_RESPONSE_HEADERS

R = TypeVar("R")

#: Header fields as (name, value) pairs, in order, duplicates kept.
HeaderPairs = tuple[tuple[str, str], ...]

#: A cookie the browser holds for the API, and the URL whose answer set it (None: the URL requested).
HeldCookie = tuple[Cookie, Union[str, None]]

#: What callers may pass as request headers: a mapping, or items that are ``(name, value)`` pairs
#: or ``"Name: value"`` strings (``"Name"`` alone means an empty value).
HeadersInput = Union[Mapping[str, str], Iterable[Union[str, tuple[str, str]]]]

# Fetch, "CORS-safelisted method".
SAFELISTED_METHODS = frozenset({"GET", "HEAD", "POST"})
# Fetch, "normalize a method": only these are upper-cased; "patch" stays "patch".
_NORMALISED_METHODS = frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"})
_METHOD_OVERRIDE_HEADERS = frozenset({"x-http-method", "x-http-method-override", "x-method-override"})
# Fetch, "request-body-header name": dropped when a redirect turns the request into a GET.
_BODY_HEADERS = frozenset({"content-encoding", "content-language", "content-location", "content-type"})
# Fetch, "CORS-safelisted response-header name": readable by JavaScript without being exposed.
SAFELISTED_RESPONSE_HEADERS = frozenset(
    {"cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"}
)
_SAFELISTED_CONTENT_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"})
# Fetch, "CORS-unsafe request-header byte".
_UNSAFE_BYTE = re.compile(r'[\x00-\x08\x0a-\x1f"():<>?@\[\\\]{}\x7f]')
_LANGUAGE_VALUE = re.compile(r"[0-9A-Za-z *,\-.;=]*")
# Fetch, "simple range header value" without whitespace; the safelist needs a start.
_SIMPLE_RANGE = re.compile(r"bytes=([0-9]+)-([0-9]*)", re.IGNORECASE)
_MIME_ESSENCE = re.compile(r"([!#$%&'*+\-.^_`|~0-9A-Za-z]+)/([!#$%&'*+\-.^_`|~0-9A-Za-z]+)")
_HTTP_WHITESPACE = " \t\r\n"
_SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Fetch, "HTTP-redirect fetch": more redirects than this is a network error.
MAX_REDIRECTS = 20

# Chromium's console wording (third_party/blink/renderer/platform/loader/cors/cors_error_string.cc).
PREFLIGHT_PREFIX = "Response to preflight request doesn't pass access control check: "
_MISSING_ALLOW_ORIGIN = "No 'Access-Control-Allow-Origin' header is present on the requested resource."
_WILDCARD_WITH_CREDENTIALS = (
    "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' "
    "when the request's credentials mode is 'include'."
)
_VALID_VALUE = " Have the server send the header with a valid value."
_MULTIPLE_ALLOW_ORIGIN = (
    "The 'Access-Control-Allow-Origin' header contains multiple values '{value}', but only one is allowed."
    + _VALID_VALUE
)
_INVALID_ALLOW_ORIGIN = "The 'Access-Control-Allow-Origin' header contains the invalid value '{value}'." + _VALID_VALUE
_ALLOW_ORIGIN_MISMATCH = (
    "The 'Access-Control-Allow-Origin' header has a value '{value}' that is not equal to the supplied origin."
    + _VALID_VALUE
)
_INVALID_CREDENTIALS = (
    "The value of the 'Access-Control-Allow-Credentials' header in the response is '{value}' which must be "
    "'true' when the request's credentials mode is 'include'."
)
_NOT_OK_STATUS = "It does not have HTTP ok status."
_PREFLIGHT_REDIRECT = "Redirect is not allowed for a preflight request."
_UNPARSABLE_METHODS = "Cannot parse Access-Control-Allow-Methods response header field in preflight response."
_UNPARSABLE_HEADERS = "Cannot parse Access-Control-Allow-Headers response header field in preflight response."
_METHOD_NOT_ALLOWED = "Method {method} is not allowed by Access-Control-Allow-Methods in preflight response."
_HEADER_NOT_ALLOWED = (
    "Request header field {name} is not allowed by Access-Control-Allow-Headers in preflight response."
)
_TOO_MANY_REDIRECTS = "net::ERR_TOO_MANY_REDIRECTS: browsers follow at most 20 redirects."
_UNSAFE_REDIRECT = "net::ERR_UNSAFE_REDIRECT: a redirect to a data: URL fails in cors mode."
_UNSUPPORTED_SCHEME = (
    "Cross origin requests are only supported for protocol schemes: chrome, chrome-experimental-site-token-provider, "
    "chrome-extension, chrome-untrusted, data, http, https, isolated-app."
)
# Chromium 156 prints an empty URL here; kept, so the reason reads as in DevTools.
_REDIRECT_WITH_CREDENTIALS = (
    "Redirect location '' contains a username and password, which is disallowed for cross-origin requests."
)


@dataclass(frozen=True)
class FetchRequest:
    """A ``fetch()`` call as the browser holds it after checking its arguments.

    Build it with :func:`prepare_request`. ``method`` is normalised the way browsers do it and
    ``headers`` are the headers the page set, values trimmed.
    """

    url: str
    origin: str
    method: str
    headers: HeaderPairs = ()
    credentials: bool = False
    body: bytes | None = None

    @property
    def unsafe_header_names(self) -> tuple[str, ...]:
        """Fetch, "CORS-unsafe request-header names": lower-cased, sorted, no duplicates."""
        return tuple(sorted({name for name, _ in _unsafe_headers(self.headers)}))

    @property
    def preflight_reasons(self) -> tuple[str, ...]:
        """Why a preflight is needed, one reason per cause; empty when none is needed."""
        reasons = [] if self.method in SAFELISTED_METHODS else [f"method {self.method} is not CORS-safelisted"]
        seen: set[str] = set()
        for name, why in _unsafe_headers(self.headers):
            if name not in seen:
                seen.add(name)
                reasons.append(f"request header {name} {why}")
        return tuple(reasons)

    @property
    def needs_preflight(self) -> bool:
        """Fetch, "HTTP fetch": a non-safelisted method or any CORS-unsafe request header."""
        return bool(self.preflight_reasons)

    def describe(self) -> str:
        """One line: method, URL, origin, and whether credentials are included."""
        return f"{self.method} {self.url} from origin {self.origin}{', with credentials' if self.credentials else ''}"


def parse_headers(headers: HeadersInput) -> HeaderPairs:
    """Read request headers given as a mapping, ``(name, value)`` pairs or ``"Name: value"`` strings."""
    if isinstance(headers, Mapping):
        return tuple((str(name), str(value)) for name, value in headers.items())
    if isinstance(headers, str):
        headers = [headers]
    pairs = []
    for item in headers:
        if isinstance(item, str):
            name, _, value = item.partition(":")
            pairs.append((name.strip(), value.strip()))
        else:
            name, value = item
            pairs.append((name, value))
    return tuple(pairs)


def prepare_request(
    url: str,
    origin: str,
    method: str = "GET",
    headers: HeadersInput = (),
    credentials: bool = False,
    body: bytes | None = None,
) -> FetchRequest:
    """Check ``fetch()`` arguments the way a browser does, and normalise them.

    Raises :class:`ValueError` where ``fetch()`` throws, and for a header a page cannot set (a
    forbidden header such as ``Cookie``, which browsers drop silently): a simulation that sent it
    would answer a question the browser never asks.

    :param url: the absolute URL requested.
    :param origin: the page's origin, serialised (``https://app.example.com`` or ``null``).
    :param method: the method; ``get``, ``put`` and the other standard names are upper-cased,
        others (``patch``) are sent as written, as browsers do.
    :param headers: headers the page sets (see :data:`HeadersInput`).
    :param credentials: ``credentials: 'include'``: send cookies, and require
        ``Access-Control-Allow-Credentials: true``.
    :param body: the request body, if any.
    """
    if spec.SERIALISED_ORIGIN.fullmatch(origin) is None or len(origin) > spec.MAX_ORIGIN_LENGTH:
        raise ValueError(
            f"{origin!r} is not an origin a browser sends: expected scheme://host[:port] "
            "(no path, no trailing slash) or 'null'."
        )
    if spec.TOKEN.fullmatch(method) is None:
        raise ValueError(f"{method!r} is not a valid HTTP method.")
    if method.upper() in _NORMALISED_METHODS:
        method = method.upper()
    if method.upper() in FORBIDDEN_METHODS:
        raise ValueError(f"'{method}' HTTP method is unsupported: browsers refuse to send it.")
    if body is not None and method in ("GET", "HEAD"):
        raise ValueError("Request with GET/HEAD method cannot have body.")
    pairs = []
    for name, raw in parse_headers(headers):
        if spec.TOKEN.fullmatch(name) is None:
            raise ValueError(f"{name!r} is not a valid HTTP header name.")
        value = raw.strip(_HTTP_WHITESPACE)
        if any(char in value for char in "\x00\r\n"):
            raise ValueError(f"{value!r} is not a valid value for header {name}.")
        if any(ord(char) > 0xFF for char in value):
            # Header values are ByteStrings in WebIDL: fetch() throws for any code point above U+00FF.
            raise ValueError(
                f"{value!r} is not a valid value for header {name}: it contains non ISO-8859-1 code points."
            )
        if _is_forbidden_request_header(name, value):
            raise ValueError(
                f"a page cannot set the {name} header (a forbidden request header): browsers drop it. "
                "Use credentials=True to send cookies."
            )
        pairs.append((name, value))
    return FetchRequest(url, origin, method, tuple(pairs), credentials, body)


def _is_forbidden_request_header(name: str, value: str) -> bool:
    """Fetch, "forbidden request-header"."""
    lowered = name.lower()
    if lowered in FORBIDDEN_REQUEST_HEADERS or lowered.startswith(("proxy-", "sec-")):
        return True
    if lowered in _METHOD_OVERRIDE_HEADERS:
        return any(item.strip(_HTTP_WHITESPACE).upper() in FORBIDDEN_METHODS for item in value.split(","))
    return False


def _unsafe_headers(headers: HeaderPairs) -> list[tuple[str, str]]:
    """Fetch, "CORS-unsafe request-header names", each with the reason it is unsafe."""
    unsafe: list[tuple[str, str]] = []
    potentially_unsafe: list[str] = []
    safelist_value_size = 0
    for name, value in headers:
        why = _not_safelisted_because(name.lower(), value)
        if why is None:
            potentially_unsafe.append(name.lower())
            safelist_value_size += len(value.encode("latin-1", "replace"))
        else:
            unsafe.append((name.lower(), why))
    if safelist_value_size > 1024:
        unsafe += [(name, "takes safelisted values past 1024 bytes in total") for name in potentially_unsafe]
    return sorted(unsafe)


def _not_safelisted_because(name: str, value: str) -> str | None:
    """Fetch, "CORS-safelisted request-header": None when ``(name, value)`` is safelisted."""
    if name not in ("accept", "accept-language", "content-language", "content-type", "range"):
        return "is not CORS-safelisted"
    if len(value.encode("latin-1", "replace")) > 128:
        return "has a value longer than 128 bytes"
    if name == "accept":
        safe = _UNSAFE_BYTE.search(value) is None
    elif name in ("accept-language", "content-language"):
        safe = _LANGUAGE_VALUE.fullmatch(value) is not None
    elif name == "content-type":
        essence = _MIME_ESSENCE.fullmatch(value.split(";", 1)[0].strip(_HTTP_WHITESPACE))
        safe = (
            _UNSAFE_BYTE.search(value) is None
            and essence is not None
            and essence.group().lower() in _SAFELISTED_CONTENT_TYPES
        )
    else:
        match = _SIMPLE_RANGE.fullmatch(value)
        safe = match is not None and (not match.group(2) or int(match.group(1)) <= int(match.group(2)))
    return None if safe else f"has a value that is not CORS-safelisted ({value!r})"


def preflight_headers(request: FetchRequest) -> HeaderPairs:
    """Fetch, "CORS-preflight fetch": the headers of the ``OPTIONS`` request (sent without cookies)."""
    headers = [(spec.ORIGIN, request.origin), (spec.ACCESS_CONTROL_REQUEST_METHOD, request.method)]
    names = request.unsafe_header_names
    if names:
        # Joined by a bare ",", as the standard says and Chromium sends.
        headers.append((spec.ACCESS_CONTROL_REQUEST_HEADERS, ",".join(names)))
    headers.append(("Accept", "*/*"))
    return tuple(headers)


def actual_headers(request: FetchRequest) -> HeaderPairs:
    """The headers of the request itself: Origin, the page's headers, and fetch's default Accept."""
    headers = [(spec.ORIGIN, request.origin), *request.headers]
    if not any(name.lower() == "accept" for name, _ in request.headers):
        headers.append(("Accept", "*/*"))
    return tuple(headers)


def _get(headers: HeaderPairs, name: str) -> str | None:
    """Fetch, "get" a header: every value of ``name``, trimmed and joined by ", "; None if absent."""
    lowered = name.lower()
    values = [value.strip(" \t") for key, value in headers if key.lower() == lowered]
    return ", ".join(values) if values else None


def _token_list(value: str | None) -> list[str] | None:
    """Fetch, "extract header list values" for a ``#token`` list: None when it cannot be parsed.

    Empty items are skipped, as Chromium does (RFC 9110 section 5.6.1 lets recipients ignore them).
    """
    if value is None:
        return []
    items = [item.strip(" \t") for item in value.split(",")]
    if any(item and spec.TOKEN.fullmatch(item) is None for item in items):
        return None
    return [item for item in items if item]


def _could_be_url(value: str) -> bool:
    """Roughly what Chromium's GURL accepts; only picks between two error wordings."""
    shape = re.fullmatch(r"([A-Za-z][A-Za-z0-9+.\-]*):(.*)", value)
    if shape is None:
        return False
    if shape.group(1).lower() in _SPECIAL_SCHEMES:
        return shape.group(2).lstrip("/\\") != ""
    return True


def cors_check(request: FetchRequest, headers: HeaderPairs) -> str | None:
    """Fetch, "CORS check": None when the response may be shared with the page, else why not.

    ``Access-Control-Allow-Origin`` must be ``*`` (without credentials) or the request's origin,
    byte for byte; with credentials, ``Access-Control-Allow-Credentials`` must be ``true``, in lower
    case. The error wording follows Chromium's ``CheckAccessInternal``.
    """
    allow_origin = _get(headers, spec.ACCESS_CONTROL_ALLOW_ORIGIN)
    if allow_origin is None:
        return _MISSING_ALLOW_ORIGIN
    if allow_origin == "*":
        return _WILDCARD_WITH_CREDENTIALS if request.credentials else None
    if allow_origin != request.origin:
        if " " in allow_origin or "," in allow_origin:
            return _MULTIPLE_ALLOW_ORIGIN.format(value=allow_origin)
        if allow_origin != "null" and not _could_be_url(allow_origin):
            return _INVALID_ALLOW_ORIGIN.format(value=allow_origin)
        return _ALLOW_ORIGIN_MISMATCH.format(value=allow_origin)
    if request.credentials:
        allow_credentials = _get(headers, spec.ACCESS_CONTROL_ALLOW_CREDENTIALS)
        if allow_credentials != "true":
            return _INVALID_CREDENTIALS.format(value=allow_credentials or "")
    return None


def _redirect_location(status: int, headers: HeaderPairs) -> str | None:
    return _get(headers, "Location") if status in REDIRECT_STATUSES else None


def preflight_check(request: FetchRequest, status: int, headers: HeaderPairs) -> str | None:
    """Fetch, "CORS-preflight fetch", steps after the response: None when the request may go ahead.

    In Chromium's order: no redirect; the CORS check (with the request's credentials mode); an ok
    status (200-299); parsable Allow-Methods and Allow-Headers; the method; then the headers.
    """
    if _redirect_location(status, headers) is not None:
        return PREFLIGHT_PREFIX + _PREFLIGHT_REDIRECT
    failure = cors_check(request, headers)
    if failure is not None:
        return PREFLIGHT_PREFIX + failure
    if not 200 <= status <= 299:
        return PREFLIGHT_PREFIX + _NOT_OK_STATUS
    methods = _token_list(_get(headers, spec.ACCESS_CONTROL_ALLOW_METHODS))
    if methods is None:
        return _UNPARSABLE_METHODS
    names = _token_list(_get(headers, spec.ACCESS_CONTROL_ALLOW_HEADERS))
    if names is None:
        return _UNPARSABLE_HEADERS
    # Methods compare case-sensitively; '*' counts only without credentials.
    if (
        request.method not in methods
        and request.method not in SAFELISTED_METHODS
        and (request.credentials or "*" not in methods)
    ):
        return _METHOD_NOT_ALLOWED.format(method=request.method)
    allowed = {name.lower() for name in names}
    # "CORS non-wildcard request-header name": '*' never stands for Authorization.
    if any(name.lower() == "authorization" for name, _ in request.headers) and "authorization" not in allowed:
        return _HEADER_NOT_ALLOWED.format(name="authorization")
    for name in request.unsafe_header_names:
        if name not in allowed and (request.credentials or "*" not in allowed):
            return _HEADER_NOT_ALLOWED.format(name=name)
    return None


def readable_headers(request: FetchRequest, headers: HeaderPairs) -> dict[str, str]:
    """Fetch, "CORS-filtered response": the headers JavaScript can read, as ``Headers`` shows them.

    Names are lower-cased and sorted, repeated fields joined by ", ". Safelisted names are always
    readable; ``Access-Control-Expose-Headers`` adds names, and ``*`` adds every name when the
    request was made without credentials. ``Set-Cookie`` is never readable.
    """
    exposed = {name.lower() for name in _token_list(_get(headers, spec.ACCESS_CONTROL_EXPOSE_HEADERS)) or ()}
    everything = "*" in exposed and not request.credentials
    found: dict[str, list[str]] = {}
    for name, value in headers:
        key = name.lower()
        if key in FORBIDDEN_RESPONSE_HEADERS:
            continue
        if everything or key in SAFELISTED_RESPONSE_HEADERS or key in exposed:
            found.setdefault(key, []).append(value.strip(" \t"))
    return {key: ", ".join(found[key]) for key in sorted(found)}


@dataclass(frozen=True)
class Outgoing:
    """One request the browser sends; what a transport receives."""

    preflight: bool
    method: str
    url: str
    headers: HeaderPairs
    credentials: bool
    body: bytes | None = None
    #: The cookies the browser attaches, as (name, value) pairs: the transport sends them in
    #: one ``Cookie`` header.
    cookies: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Exchange(Generic[R]):
    """One request the browser sent, and the answer: status, headers and the transport's response.

    ``cookies`` judges each cookie the browser holds for this request (credentialed requests only);
    ``set_cookies`` judges each ``Set-Cookie`` of the answer for storage.
    """

    request: Outgoing
    status: int
    headers: HeaderPairs
    response: R
    cookies: tuple[CookieJudgement, ...] = ()
    set_cookies: tuple[CookieJudgement, ...] = ()


@dataclass(frozen=True)
class FetchResult(Generic[R]):
    """What the browser decided about one ``fetch()``.

    ``allowed`` is True when the page can read the response. Otherwise ``reason`` is the browser's
    reason (Chromium's wording) and ``console_message`` the whole line Chromium logs. ``complete``
    is False when the simulation had to stop before the browser would have (a redirect to another
    origin); such a result is neither allowed nor blocked.
    """

    request: FetchRequest
    allowed: bool
    reason: str | None
    exchanges: tuple[Exchange[R], ...]
    readable_headers: Mapping[str, str]
    console_message: str | None = None
    complete: bool = True

    @property
    def blocked(self) -> bool:
        """The browser refused: fetch() rejects with ``TypeError: Failed to fetch``."""
        return self.complete and not self.allowed

    @property
    def cookies(self) -> tuple[CookieJudgement, ...]:
        """Each cookie the browser holds for the API, judged for the (last) request: sent or not, and why."""
        found = [exchange.cookies for exchange in self.exchanges if not exchange.request.preflight]
        return found[-1] if found else ()

    @property
    def set_cookies(self) -> tuple[CookieJudgement, ...]:
        """Each ``Set-Cookie`` of the answers to the request, judged: stored or not, and why."""
        return tuple(judged for exchange in self.exchanges for judged in exchange.set_cookies)

    @property
    def cookies_blocked(self) -> bool:
        """CORS allows the call, but the browser attaches none of the cookies it holds for the API."""
        return self.allowed and bool(self.cookies) and not any(judged.sent for judged in self.cookies)

    @property
    def outcome(self) -> str:
        """``"allowed"``, ``"blocked by cookies"``, ``"blocked by CORS"`` or ``"not simulated"``."""
        if self.cookies_blocked:
            return "blocked by cookies"
        if self.allowed:
            return "allowed"
        return "blocked by CORS" if self.complete else "not simulated"

    @property
    def preflight(self) -> R | None:
        """The response to the (last) preflight, or None when no preflight was sent."""
        found = [exchange.response for exchange in self.exchanges if exchange.request.preflight]
        return found[-1] if found else None

    @property
    def response(self) -> R | None:
        """The last response to the request itself, or None when a preflight stopped it.

        Also set when the browser blocked that response: the page never sees it, your test can.
        """
        found = [exchange.response for exchange in self.exchanges if not exchange.request.preflight]
        return found[-1] if found else None

    @property
    def verdict(self) -> str:
        """``"allowed"`` (with the cookies sent named), ``"blocked by cookies: ..."``, ``"blocked: <reason>"``
        or ``"not simulated: <reason>"``."""
        names = [judged.cookie.name for judged in self.cookies]
        if self.cookies_blocked:
            return (
                f"blocked by cookies: CORS allows the response, but the browser sends none of the cookies "
                f"it holds for the API ({', '.join(names)})"
            )
        if self.allowed:
            sent = [judged.cookie.name for judged in self.cookies if judged.sent]
            if not sent:
                return "allowed"
            held_back = [name for name, judged in zip(names, self.cookies) if not judged.sent]
            return f"allowed, with the cookies {', '.join(sent)}" + (
                f" (not sent: {', '.join(held_back)})" if held_back else ""
            )
        return f"{'blocked' if self.complete else 'not simulated'}: {self.reason}"

    def transcript(self) -> list[str]:
        """The exchanges as lines, ``>`` for what was sent and ``<`` for what came back."""
        lines = [f"Request: {self.request.describe()}"]
        reasons = self.request.preflight_reasons
        lines.append(f"Preflight: {'needed, ' + '; '.join(reasons) if reasons else 'not needed'}")
        for exchange in self.exchanges:
            sent = exchange.request
            lines += ["", "Preflight request" if sent.preflight else "Request"]
            lines.append(f"> {sent.method} {sent.url}")
            lines += [f"> {name}: {value}".rstrip() for name, value in sent.headers]
            if sent.cookies:
                lines.append("> Cookie: " + "; ".join(f"{name}={value}" for name, value in sent.cookies))
            elif sent.credentials:
                lines.append("> (no cookie: " + ("none is sent)" if exchange.cookies else "the browser holds none)"))
            lines.append(f"< {exchange.status} {_phrase(exchange.status)}".rstrip())
            lines += [f"< {name}: {value}".rstrip() for name, value in exchange.headers]
        lines += self._cookie_lines()
        if self.allowed:
            readable = ", ".join(self.readable_headers) or "(none)"
            lines += ["", f"JavaScript can read: {readable}"]
        elif self.console_message is not None:
            lines += ["", f"Console: {self.console_message}"]
        return lines

    def _cookie_lines(self) -> list[str]:
        """The cookies judged for the request and the answer's ``Set-Cookie``, one line each."""
        lines: list[str] = []
        if self.cookies:
            lines += ["", "Cookies:"]
            lines += [f"  {item.describe()}" for item in self.cookies]
        if self.set_cookies:
            lines += ["", "Set-Cookie in the answer:"]
            for item in self.set_cookies:
                outcome = "stored" if item.stored else f"not stored: {item.store.why}"
                lines.append(f"  {item.cookie.name}: {outcome}")
        return lines

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict of everything but the transport's response objects."""
        return {
            "outcome": self.outcome,
            "allowed": self.allowed,
            "complete": self.complete,
            "verdict": self.verdict,
            "reason": self.reason,
            "console_message": self.console_message,
            "request": {
                "url": self.request.url,
                "origin": self.request.origin,
                "method": self.request.method,
                "headers": [list(pair) for pair in self.request.headers],
                "credentials": self.request.credentials,
            },
            "preflight_reasons": list(self.request.preflight_reasons),
            "exchanges": [
                {
                    "preflight": exchange.request.preflight,
                    "method": exchange.request.method,
                    "url": exchange.request.url,
                    "request_headers": [list(pair) for pair in exchange.request.headers],
                    "credentials": exchange.request.credentials,
                    "status": exchange.status,
                    "response_headers": [list(pair) for pair in exchange.headers],
                }
                for exchange in self.exchanges
            ],
            "readable_headers": dict(self.readable_headers),
            "cookies": [_judgement_json(item, item.send) for item in self.cookies],
            "set_cookies": [_judgement_json(item, item.store) for item in self.set_cookies],
        }


def _judgement_json(judged: CookieJudgement, verdict: Any) -> dict[str, Any]:
    return {
        "cookie": judged.cookie.describe(),
        "ok": verdict.ok,
        "why": verdict.why,
        "chromium_reasons": list(verdict.reasons),
        # Whether the browser would keep it, set through this page (the store verdict).
        "stored": judged.stored,
        "store_chromium_reasons": list(judged.store.reasons),
    }


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def simulate(
    request: FetchRequest,
    send: Callable[[Outgoing], tuple[int, HeaderPairs, R]],
    cookies: Iterable[HeldCookie] = (),
    *,
    browser: BrowserProfile = DEFAULT,
) -> FetchResult[R]:
    """Play the browser for one ``fetch()`` in ``cors`` mode, following redirects.

    For each URL: a preflight when needed, then the request; a CORS check on every response,
    redirects included; at most :data:`MAX_REDIRECTS` redirects. A redirect to another origin is
    not followed (the transport only reaches one app) and gives an incomplete result.

    :param request: from :func:`prepare_request`.
    :param send: sends one request, returns ``(status, headers, response)``.
    :param cookies: the cookies the browser holds for the API; with credentials each is judged and
        only those the browser attaches go in :attr:`Outgoing.cookies`.
    :param browser: the browser profile cookies are judged under (see
        :func:`flask_cors._cookies.judge_cookie`).
    """
    held = tuple(cookies)

    def judge(url: str) -> tuple[CookieJudgement, ...]:
        return tuple(
            judge_cookie(cookie, request.origin, url, set_url=set_url, browser=browser) for cookie, set_url in held
        )

    def judge_answer(url: str, headers: HeaderPairs) -> tuple[CookieJudgement, ...]:
        values = [value for name, value in headers if name.lower() == "set-cookie"]
        return tuple(judge_cookie(cookie, request.origin, url, browser=browser) for cookie in _parsable_cookies(values))

    exchanges: list[Exchange[R]] = []
    current = request

    def stop(reason: str, redirected_from: str | None, url: str | None = None) -> FetchResult[R]:
        via = f" (redirected from '{redirected_from}')" if redirected_from else ""
        message = (
            f"Access to fetch at '{url or current.url}'{via} from origin '{request.origin}' has been blocked by "
            f"CORS policy: {reason}"
        )
        return FetchResult(request, False, reason, tuple(exchanges), {}, message)

    def network_error(reason: str) -> FetchResult[R]:
        """A failure Chromium logs only as ``net::ERR_…``, with no CORS console line."""
        return FetchResult(request, False, reason, tuple(exchanges), {}, None)

    for hop in range(MAX_REDIRECTS + 1):
        redirected_from = request.url if hop else None
        if current.needs_preflight:
            outgoing = Outgoing(True, "OPTIONS", current.url, preflight_headers(current), False)
            status, headers, response = send(outgoing)
            exchanges.append(Exchange(outgoing, status, headers, response))
            failure = preflight_check(current, status, headers)
            if failure is not None:
                return stop(failure, redirected_from)
        judged = judge(current.url) if current.credentials else ()
        attached = tuple((item.cookie.name, item.cookie.value) for item in judged if item.sent)
        outgoing = Outgoing(
            False, current.method, current.url, actual_headers(current), current.credentials, current.body, attached
        )
        status, headers, response = send(outgoing)
        # Fetch: without credentials, a cross-origin answer's Set-Cookie is ignored altogether.
        answer = judge_answer(current.url, headers) if current.credentials else ()
        exchanges.append(Exchange(outgoing, status, headers, response, judged, answer))
        failure = cors_check(current, headers)
        if failure is not None:
            return stop(failure, redirected_from)
        location = _redirect_location(status, headers)
        if location is None:
            return FetchResult(request, True, None, tuple(exchanges), readable_headers(current, headers))
        target = urljoin(current.url, location)
        # Fetch, "HTTP-redirect fetch", in the standard's order: the scheme, the redirect count,
        # credentials in the URL; only then may the redirect be followed.
        parts = urlsplit(target)
        if parts.scheme.lower() == "data":
            return network_error(_UNSAFE_REDIRECT)
        if parts.scheme.lower() not in ("http", "https"):
            return stop(_UNSUPPORTED_SCHEME, request.url, url=target)
        if hop == MAX_REDIRECTS:
            break
        if parts.username is not None or parts.password is not None:
            return stop(_REDIRECT_WITH_CREDENTIALS, redirected_from)
        if _origin_of(target) != _origin_of(current.url):
            reason = f"the response redirects to {target!r}, another origin, which the simulation cannot reach."
            return FetchResult(request, False, reason, tuple(exchanges), {}, None, complete=False)
        current = _redirected(current, status, target)
    return network_error(_TOO_MANY_REDIRECTS)


def _parsable_cookies(values: Iterable[str]) -> list[Cookie]:
    """The cookies of ``Set-Cookie`` values; one without a name is ignored, as browsers do."""
    found = []
    for value in values:
        try:
            found.append(parse_cookie(value))
        except ValueError:
            continue
    return found


def _origin_of(url: str) -> tuple[str, str, str]:
    """Scheme, host and port of an http(s) URL, the default port written out (``:443`` is no port)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # not a number: compare the text
        return scheme, parts.netloc.lower(), ""
    return scheme, (parts.hostname or "").lower(), str(port) if port is not None else spec.DEFAULT_PORTS.get(scheme, "")


def _redirected(request: FetchRequest, status: int, url: str) -> FetchRequest:
    """Fetch, "HTTP-redirect fetch": 301/302 turn POST into GET, 303 turns anything but HEAD into GET."""
    if (status in (301, 302) and request.method == "POST") or (status == 303 and request.method not in ("GET", "HEAD")):
        headers = tuple((name, value) for name, value in request.headers if name.lower() not in _BODY_HEADERS)
        return replace(request, url=url, method="GET", headers=headers, body=None)
    return replace(request, url=url)
