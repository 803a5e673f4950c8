"""Test your CORS setup from your own test suite, the way a browser would judge it.

The helpers drive a Flask test client like a browser's ``fetch()``: they send the preflight the
Fetch standard requires (if any), then the request, and apply the browser's checks to each
answer. ``flask cors explain`` runs the same engine. ::

    from flask_cors.testing import assert_cors_allowed, assert_cors_blocked

    def test_the_spa_may_update_items(client):
        assert_cors_allowed(client, "/api/items/1", "https://app.example.com",
                            method="PUT", headers={"Content-Type": "application/json"})

    def test_other_sites_cannot_read_items(client):
        assert_cors_blocked(client, "/api/items/1", "https://evil.example")

With ``credentials=True`` the cookies go through the browser's cookie rules too (``SameSite``,
``Secure``, ``Partitioned``, sites, third-party cookies): only the cookies a browser would attach
reach your view, :func:`assert_cors_allowed` fails when none would, and :func:`assert_cookies_sent`
names the ones that must travel. The browser profile (``browser=``, else the app's
``CORS_BROWSER``, else ``"no-third-party-cookies"``) says whether third-party cookies are allowed;
see :mod:`flask_cors._profiles`.

Two more helpers report on the configuration: :func:`route_policies` (what ``flask cors routes``
prints) and :func:`check_configuration` (what ``flask cors check`` prints).

.. versionadded:: 0.1
"""

from __future__ import annotations

import json as _json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Optional, Union
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Rule
from werkzeug.routing.exceptions import RoutingException
from werkzeug.test import Client, TestResponse

from flask import Flask

from ._browser import (
    Exchange,
    FetchRequest,
    FetchResult,
    HeaderPairs,
    HeadersInput,
    HeldCookie,
    Outgoing,
    parse_headers,
    prepare_request,
    simulate,
)
from ._chromium import model_note
from ._cookies import Cookie, across_browsers, cross_site_session_problem, parse_cookie, partition_key
from ._errors import CODES, VALUE_WARNINGS, ConfigurationError, Problem
from ._install import installed_flask_cors
from ._options import describe, options_from_config, risky_choices, session_cookie_risks
from ._policy import Policy, PolicyCompiler
from ._profiles import BrowserInput, BrowserProfile, browser_profile
from ._resources import Resource, compile_table, resource_findings
from .extension import VIEW_MARKER, CORSState, session_cookie

__all__ = [
    "Exchange",
    "FetchRequest",
    "FetchResult",
    "Finding",
    "RoutePolicy",
    "assert_cors_allowed",
    "assert_cookies_sent",
    "assert_cors_blocked",
    "browser_for",
    "check_configuration",
    "is_websocket_route",
    "policy_decision",
    "route_policies",
    "route_policy",
    "session_cookie",
    "simulate_fetch",
]

Body = Union[str, bytes, None]
#: Cookies as the API sets them: ``Set-Cookie`` values, the short form ``"session; SameSite=Lax"``,
#: or :class:`~flask_cors._cookies.Cookie` objects.
CookiesInput = Iterable[Union[str, Cookie]]


def simulate_fetch(
    client: Client,
    path: str,
    origin: str,
    method: str = "GET",
    headers: HeadersInput = (),
    credentials: bool = False,
    *,
    data: Body = None,
    json: Any = None,
    cookies: CookiesInput | None = None,
    browser: BrowserInput = None,
) -> FetchResult[TestResponse]:
    """Play a browser page at ``origin`` calling ``fetch(path, ...)`` through a test client.

    Sends the preflight when the Fetch standard requires one (a method other than GET, HEAD or
    POST, or a request header that is not CORS-safelisted), then the request, following redirects
    within the app, and applies the browser's CORS checks to every answer. Like a browser, it
    sends cookies only with ``credentials=True``, never with a preflight, and only those the
    browser's cookie rules let through for this page and URL; ``Set-Cookie`` in a credentialed
    answer reaches the client's cookie jar only when a browser would store it.

    :param client: a test client, usually ``app.test_client()``. Its cookie jar plays the browser's
        cookies for the API, with every attribute the app set (``SameSite``, ``Secure``, ``Path``,
        ``Partitioned``) and, for a ``Partitioned`` cookie stored by an earlier call, the site of
        the page it was stored for (CHIPS partitions cookies by top-level site).
    :param path: the path (with query string) or an absolute URL on the app. A path is requested
        from ``SERVER_NAME`` with ``PREFERRED_URL_SCHEME``, as Flask's test client does, else from
        ``http://localhost``.
    :param origin: the calling page's origin, e.g. ``"https://app.example.com"``.
    :param method: the request method, normalised as browsers do (``"put"`` becomes ``"PUT"``,
        ``"patch"`` stays as written).
    :param headers: headers the page sets: a dict, ``(name, value)`` pairs or ``"Name: value"``
        strings.
    :param credentials: as ``credentials: 'include'``: send cookies and require
        ``Access-Control-Allow-Credentials: true``.
    :param data: a request body; a ``str`` gets ``Content-Type: text/plain;charset=UTF-8`` unless
        ``headers`` set one, as ``fetch()`` does.
    :param json: a value to send as JSON, with ``Content-Type: application/json`` unless
        ``headers`` set one (which makes the request need a preflight, as in a browser).
    :param cookies: the cookies the browser holds for the API, instead of the client's jar:
        ``Set-Cookie`` values or ``"name; SameSite=Lax"`` (value empty).
    :param browser: the browser profile: ``"no-third-party-cookies"`` (Safari, Chrome in
        Incognito, with the setting, or under automation) or ``"chrome"`` (Chrome's defaults:
        third-party cookies allowed). None: the app's ``CORS_BROWSER``, else
        ``"no-third-party-cookies"``.
    :return: the browser's verdict: ``allowed``, ``reason``, ``preflight`` and ``response``
        (test responses), ``readable_headers``, every exchange in ``exchanges``, and with
        credentials ``cookies`` (sent or not, and why) and ``cookies_blocked``.

    .. versionchanged:: 0.2
        Cookies follow the browser's cookie rules; ``cookies`` and ``browser`` added.
    :raises ValueError: where the browser's ``fetch()`` would throw, or for a header a page
        cannot set (``Cookie``, ``Origin``, ...).
    """
    app = client.application
    if "://" in path:
        url = path
    elif path.startswith("/"):
        url = _base_url(app) + path
    else:
        raise ValueError(f"path must start with '/' or be an absolute URL, got {path!r}.")
    pairs = list(parse_headers(headers))
    has_type = any(name.lower() == "content-type" for name, _ in pairs)
    body: bytes | None = None
    if json is not None:
        body = _json.dumps(json).encode()
        if not has_type:
            pairs.append(("Content-Type", "application/json"))
    elif isinstance(data, str):
        body = data.encode()
        if not has_type:
            pairs.append(("Content-Type", "text/plain;charset=UTF-8"))
    elif data is not None:
        body = bytes(data)
    request = prepare_request(url, origin, method, pairs, credentials, body)
    profile = browser_for(client, browser)
    without_cookies = _cookieless(client)
    held = _jar(client, url) if cookies is None else _given(cookies, url)

    def send(outgoing: Outgoing) -> tuple[int, HeaderPairs, TestResponse]:
        parts = urlsplit(outgoing.url)
        target = parts.path or "/"
        if parts.query:
            target += f"?{parts.query}"
        headers = list(outgoing.headers)
        if outgoing.cookies:
            headers.append(("Cookie", "; ".join(f"{name}={value}" for name, value in outgoing.cookies)))
        response = without_cookies.open(
            target,
            base_url=f"{parts.scheme}://{parts.netloc}",
            method=outgoing.method,
            headers=headers,
            data=outgoing.body,
        )
        return response.status_code, tuple(response.headers.items()), response

    result = simulate(request, send, held, browser=profile)
    _keep_stored_cookies(client, result)
    return result


def browser_for(client: Client, browser: BrowserInput = None) -> BrowserProfile:
    """The browser profile the helpers judge cookies under: ``browser`` if given, else the app's
    ``CORS_BROWSER``, else ``"no-third-party-cookies"`` (:mod:`flask_cors._profiles`).

    .. versionadded:: 0.2
    """
    app = client.application
    return browser_profile(browser, app.config if isinstance(app, Flask) else None)


def _given(cookies: CookiesInput, url: str) -> list[HeldCookie]:
    return [(cookie if isinstance(cookie, Cookie) else parse_cookie(cookie), url) for cookie in cookies]


# Werkzeug's cookie jar (``Client._cookies`` and ``_update_cookies_from_response``, Werkzeug 2.3 and
# later) is private, but it is the only place that keeps the attributes the app set, which the
# browser's cookie rules need; both are looked up defensively. It drops ``Partitioned``, and a
# browser also keeps the URL that set a cookie and a partitioned cookie's top-level site: those are
# kept here, per client and jar entry, for as long as the jar holds the same value.
_KEPT: WeakKeyDictionary[Client, dict[tuple[str, str, str], tuple[Cookie, str]]] = WeakKeyDictionary()


def _jar(client: Client, url: str) -> list[HeldCookie]:
    """The client's cookies with their attributes, and the URL that set each (when unknown, ``url``'s scheme)."""
    jar = getattr(client, "_cookies", None) or {}
    kept = _KEPT.get(client, {})
    scheme = urlsplit(url).scheme
    held: list[HeldCookie] = []
    for item in jar.values():
        known = kept.get((item.domain, item.path, item.key))
        if known is not None and known[0].value == item.value:
            held.append(known)
            continue
        cookie = Cookie(
            item.key,
            item.value,
            item.same_site.capitalize() if item.same_site else None,
            bool(item.secure),
            False,
            None if item.origin_only else item.domain,
            item.path,
            bool(item.http_only),
        )
        held.append((cookie, f"{scheme}://{item.domain}{item.path}"))
    return held


def _keep_stored_cookies(client: Client, result: FetchResult[TestResponse]) -> None:
    """Put in the client's jar the ``Set-Cookie`` values a browser would have stored, every attribute kept."""
    update = getattr(client, "_update_cookies_from_response", None)
    jar = getattr(client, "_cookies", None)
    if update is None or jar is None:
        return
    for exchange in result.exchanges:
        stored = {judged.cookie.name: judged for judged in exchange.set_cookies if judged.stored}
        values = [
            value
            for name, value in exchange.headers
            if name.lower() == "set-cookie" and value.split("=", 1)[0].strip() in stored
        ]
        if not values:
            continue
        parts = urlsplit(exchange.request.url)
        update(parts.hostname or "localhost", parts.path or "/", values)
        kept = _KEPT.setdefault(client, {})
        for item in jar.values():
            judged = stored.get(item.key)
            if judged is None or judged.cookie.value != item.value:
                continue
            key = partition_key(judged.cookie, judged.page_origin)
            kept[(item.domain, item.path, item.key)] = (replace(judged.cookie, partition_key=key), judged.set_url)


def _base_url(app: Any) -> str:
    """Where the test client sends a bare path: Flask's SERVER_NAME and scheme, else http://localhost."""
    if isinstance(app, Flask):
        scheme = app.config.get("PREFERRED_URL_SCHEME") or "http"
        return f"{scheme}://{app.config.get('SERVER_NAME') or 'localhost'}"
    return "http://localhost"


def assumed_api_origin(app: Any, path: str) -> str | None:
    """A note when a bare ``path`` was sent to an origin the app's config does not name, else None.

    Cookies depend on the API's site, so a verdict with credentials says where it took the API to be.
    """
    if "://" in path or (isinstance(app, Flask) and app.config.get("SERVER_NAME")):
        return None
    base = _base_url(app)
    return (
        f"the API was taken to be at {base}, since SERVER_NAME is not set; the full URL (e.g. "
        f"https://api.example.com{path.partition('?')[0]}) can give another answer"
    )


def _cookieless(client: Client) -> Client:
    """A client for the same app that neither sends nor stores cookies."""
    app = client.application
    other: Client
    if isinstance(app, Flask):
        other = app.test_client(use_cookies=False)
        other.environ_base.update(getattr(client, "environ_base", {}))
    else:
        other = Client(app, use_cookies=False)
        # Set, not passed: Werkzeug 2.3's Client wraps a TestResponse subclass again and fails.
        other.response_wrapper = client.response_wrapper
    return other


def policy_decision(app: Flask, result: FetchResult[Any]) -> str | None:
    """What the app's CORS policy decided about the last request of ``result``, in words.

    The browser's reason says what was missing from the answer; this says why the app left it
    out, e.g. ``"resource '/api/*' (...): method 'DELETE' is not allowed (methods are
    case-sensitive)"``. None when no request was sent.
    """
    if not result.exchanges:
        return None
    sent = result.exchanges[-1].request
    route = route_policy(app, urlsplit(sent.url).path or "/", sent.method)
    if route.policy is None:
        return route.source if route.kind == "error" else f"no CORS policy covers {route.path}"
    headers = {name.lower(): value for name, value in sent.headers}
    decision = route.policy.evaluate(
        sent.method,
        headers.get("origin"),
        headers.get("access-control-request-method"),
        headers.get("access-control-request-headers"),
    )
    said = decision.reason()
    if decision.allowed and result.request.credentials and not route.policy.options.supports_credentials:
        said += ", without credentials (supports_credentials is False)"
    return f"{route.source}: {said}"


def browser_differences(result: FetchResult[Any]) -> list[str]:
    """One line per cookie whose fate differs between browsers (:func:`flask_cors._cookies.across_browsers`)."""
    lines = []
    for judged in result.cookies:
        line = across_browsers(judged)
        if line is not None:
            lines.append(f"{judged.cookie.name}: {line}")
    return lines


def _failure(
    client: Client, result: FetchResult[Any], expected: str, path: str, profile: BrowserProfile, verdict: str = ""
) -> AssertionError:
    verdict = verdict or result.verdict
    if result.request.credentials and result.allowed and (result.cookies or result.set_cookies):
        # The cookies' fate depends on the API's site, which a bare path leaves to the config.
        assumed = assumed_api_origin(client.application, path)
        verdict += f" ({assumed})" if assumed is not None else ""
    lines = [f"expected the browser to {expected}, but: {verdict}"]
    if result.request.credentials:
        lines += [f"Across browsers: {line}" for line in browser_differences(result)]
    if isinstance(client.application, Flask):
        lines.append(f"CORS policy: {policy_decision(client.application, result)}")
    lines.append(model_note(profile))
    lines += ["", *result.transcript()]
    return AssertionError("\n".join(lines))


#: The verdict when a credentialed call goes without a cookie because the browser holds none.
NO_COOKIE_HELD = (
    "blocked by cookies: the browser holds no cookie for the API, so the request carries none (sign in first: "
    "simulate_fetch(client, '/login', origin, 'POST', credentials=True, ...); pass needs_cookies=False for a "
    "credentialed call that needs no cookie)"
)


def assert_cors_allowed(
    client: Client,
    path: str,
    origin: str,
    method: str = "GET",
    headers: HeadersInput = (),
    credentials: bool = False,
    *,
    data: Body = None,
    json: Any = None,
    cookies: CookiesInput | None = None,
    browser: BrowserInput = None,
    needs_cookies: bool = True,
) -> FetchResult[TestResponse]:
    """Fail unless a browser would let a page at ``origin`` read the response.

    Takes the arguments of :func:`simulate_fetch`. With ``credentials=True`` it also fails when
    no cookie would go with the request: the browser holds cookies for the API but would send
    none of them (each cookie's reason is given), or it holds none at all. The assertion message
    gives the browser's reason, which browsers would decide otherwise, and every request and
    response exchanged.

    :param needs_cookies: with ``credentials=True``, whether the call needs a cookie to travel.
        False for a credentialed call that needs none, such as the sign-in that sets it.
    :return: the result, for further assertions (``result.response.json``, ``result.readable_headers``).

    .. versionchanged:: 0.2
        Fails when no cookie would be sent, or none is held; ``cookies``, ``browser`` and
        ``needs_cookies`` added.
    """
    __tracebackhide__ = True
    result = simulate_fetch(
        client,
        path,
        origin,
        method,
        headers,
        credentials,
        data=data,
        json=json,
        cookies=cookies,
        browser=browser,
    )
    profile = browser_for(client, browser)
    if not result.allowed:
        raise _failure(client, result, "allow it", path, profile)
    if credentials and needs_cookies and not any(judged.sent for judged in result.cookies):
        verdict = result.verdict if result.cookies else NO_COOKIE_HELD
        raise _failure(client, result, "allow it with its cookies", path, profile, verdict)
    return result


def assert_cookies_sent(result: FetchResult[Any], *names: str) -> None:
    """Fail unless the browser attached each cookie in ``names`` to the request of ``result``.

    ::

        result = assert_cors_allowed(client, "/api/me", "https://app.example.com", credentials=True)
        assert_cookies_sent(result, "session")

    The message gives each missing cookie's reason (its ``SameSite``, ``Secure``, ``Path``, the
    sites involved, third-party cookie blocking), or says that the browser holds no such cookie.

    .. versionadded:: 0.2
    """
    __tracebackhide__ = True
    judged = {item.cookie.name: item for item in result.cookies}
    missing = []
    for name in names:
        item = judged.get(name)
        if item is None:
            held = ", ".join(judged) or "none"
            missing.append(f"{name}: the browser holds no such cookie for this request (it holds: {held})")
        elif not item.sent:
            missing.append(item.describe())
    if missing:
        raise AssertionError("\n".join(["expected the browser to send these cookies, but:", *missing]))


def assert_cors_blocked(
    client: Client,
    path: str,
    origin: str,
    method: str = "GET",
    headers: HeadersInput = (),
    credentials: bool = False,
    *,
    reason: str | None = None,
    data: Body = None,
    json: Any = None,
    cookies: CookiesInput | None = None,
    browser: BrowserInput = None,
) -> FetchResult[TestResponse]:
    """Fail unless a browser would refuse a page at ``origin`` the response.

    Takes the arguments of :func:`simulate_fetch`, plus ``reason``: when given, the browser's
    reason must be exactly this text (Chromium's wording, such as ``"No 'Access-Control-Allow-Origin'
    header is present on the requested resource."``).

    Blocked means fetch() rejects; the server may still have run the request (a simple POST
    always reaches the view). Check ``result.response`` for that.
    """
    __tracebackhide__ = True
    result = simulate_fetch(
        client,
        path,
        origin,
        method,
        headers,
        credentials,
        data=data,
        json=json,
        cookies=cookies,
        browser=browser,
    )
    if not result.blocked:
        raise _failure(client, result, "block it", path, browser_for(client, browser))
    if reason is not None and result.reason != reason:
        raise AssertionError(f"blocked, but the reason is\n  {result.reason!r}\nnot\n  {reason!r}")
    return result


@dataclass(frozen=True)
class RoutePolicy:
    """The CORS policy that applies to one URL rule (or one path), and where it comes from.

    ``kind`` is ``"view"`` (the view's own ``@cross_origin``), ``"resource"`` (a resource pattern of
    ``CORS(app)`` or ``CORS(blueprint)``), ``"none"`` (not covered: no CORS headers) or ``"error"``
    (the view's policy does not compile with the app's config; ``flask cors check`` says why).
    """

    endpoint: str | None
    methods: tuple[str, ...]
    rule: str | None
    path: str
    kind: str
    source: str
    policy: Policy | None = None
    resource: Resource | None = None
    #: Whether the route serves WebSockets (:func:`is_websocket_route`).
    websocket: bool = False
    #: Whether WebSocket handshakes to the route are checked before every before_request hook and the view: its
    #: policy has ``guard_websockets`` and ``CORS(app)`` is set up (a ``@cross_origin`` view alone
    #: checks inside the view, after flask-sock has already accepted the connection).
    guards_websockets: bool = False

    @property
    def origins(self) -> tuple[str, ...]:
        """How each configured origin was read, e.g. ``"exact 'https://a.example'"``."""
        return tuple(rule.describe() for rule in self.policy.options.origins) if self.policy else ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``flask cors routes --json``)."""
        data: dict[str, Any] = {
            "endpoint": self.endpoint,
            "methods": list(self.methods),
            "rule": self.rule,
            "path": self.path,
            "kind": self.kind,
            "source": self.source,
            "websocket": self.websocket,
            "websocket_guard": self.guards_websockets,
        }
        if self.resource is not None:
            data["resource"] = {"pattern": self.resource.pattern, "why": self.resource.why()}
        if self.policy is not None:
            options = self.policy.options
            data["policy"] = {
                **describe(options),
                "origins": [
                    {"kind": rule.kind, "value": _text(rule.source), "description": rule.describe()}
                    for rule in options.origins
                ],
                "methods": sorted(options.methods),
                "allow_headers": [_text(item) for item in options.allow_headers],
                "expose_headers": sorted(options.expose_headers),
            }
        return data


def _text(value: object) -> str:
    """A configured value as text: strings as they are, patterns by their source, callables by name."""
    if isinstance(value, str):
        return value
    pattern = getattr(value, "pattern", None)
    if isinstance(pattern, str):
        return pattern
    return str(getattr(value, "__qualname__", repr(value)))


def _state(app: Flask) -> CORSState:
    """The app's CORS state; an empty one (not installed) when only decorators are used."""
    state: Optional[CORSState] = app.extensions.get("cors")
    return state if state is not None else CORSState(app)


def _blueprints(endpoint: str | None) -> list[str]:
    """The blueprints a request to ``endpoint`` belongs to, innermost first (``request.blueprints``)."""
    names = []
    name = (endpoint or "").rpartition(".")[0]
    while name:
        names.append(name)
        name = name.rpartition(".")[0]
    return names


def _describe(state: CORSState, source: Any) -> tuple[str, str, Resource | None]:
    if not isinstance(source, Resource):
        return "view", "@cross_origin", None
    text = f"resource {source.pattern!r} ({source.why()})"
    for name, tables in state.blueprint_tables.items():
        if any(item is source for table in tables for item in table.resources):
            return "resource", f"blueprint {name!r} {text}", source
    return "resource", text, source


def _policy_row(state: CORSState, rule: Rule | None, path: str, methods: tuple[str, ...]) -> RoutePolicy:
    endpoint = rule.endpoint if rule is not None else None
    text = rule.rule if rule is not None else None
    try:
        found = state.select(endpoint, _blueprints(endpoint), path)
    except ConfigurationError as error:
        return RoutePolicy(endpoint, methods, text, path, "error", f"error: {', '.join(error.codes)}")
    if found is None:
        websocket = rule is not None and is_websocket_route(rule)
        return RoutePolicy(endpoint, methods, text, path, "none", "not covered", websocket=websocket)
    kind, source, resource = _describe(state, found[1])
    websocket = rule is not None and is_websocket_route(rule)
    guarded = found[0].options.guard_websockets and "cors" in state.app.extensions
    return RoutePolicy(endpoint, methods, text, path, kind, source, found[0], resource, websocket, guarded)


def route_policies(app: Flask) -> list[RoutePolicy]:
    """Every URL rule of ``app`` with the CORS policy that applies to it, in URL map order.

    A rule with variables (``/items/<int:id>``) is looked up with a sample path that routes to it
    (``/items/1``), since resource patterns match real paths; ``path`` says which.
    """
    state = _state(app)
    return [
        _policy_row(state, rule, _sample_path(app, rule), tuple(sorted(rule.methods or ())))
        for rule in app.url_map.iter_rules()
    ]


def route_policy(app: Flask, path: str, method: str = "GET") -> RoutePolicy:
    """The CORS policy a request for ``path`` gets (``kind="none"`` when nothing covers it).

    :param path: a request path, optionally with a query string.
    :param method: the request's method (routing may depend on it).
    """
    path = path.partition("?")[0]
    rule = _match(app, path, method)
    methods = tuple(sorted(rule.methods or ())) if rule is not None else ()
    return _policy_row(_state(app), rule, path, methods)


def _match(app: Flask, path: str, method: str) -> Rule | None:
    adapter = app.url_map.bind(
        app.config.get("SERVER_NAME") or "localhost", url_scheme=app.config.get("PREFERRED_URL_SCHEME") or "http"
    )
    try:
        rule, _ = adapter.match(path, method, return_rule=True)
    except (HTTPException, RoutingException):
        return None
    return rule


_SAMPLES = ("1", "x", "00000000-0000-0000-0000-000000000000", "1.0")


def _sample_path(app: Flask, rule: Rule) -> str:
    """A path that routes to ``rule``: its variables filled with values its converters accept."""
    if not rule.arguments:
        return rule.rule
    import itertools
    import re

    parts = re.split(r"(<[^>]+>)", rule.rule)
    slots = [index for index, part in enumerate(parts) if part.startswith("<")]
    method = next(iter(sorted(rule.methods or {"GET"})))
    for values in itertools.islice(itertools.product(_SAMPLES, repeat=len(slots)), 256):
        for index, value in zip(slots, values):
            parts[index] = value
        candidate = "".join(parts)
        if _match(app, candidate, method) is rule:
            return candidate
    return rule.rule


@dataclass(frozen=True)
class Finding:
    """One problem found by :func:`check_configuration`, and where: ``app.config``, a resource, a view."""

    problem: Problem
    where: str

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def is_error(self) -> bool:
        return self.problem.is_error

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``flask cors check --json``)."""
        problem = self.problem
        return {
            "code": problem.code,
            "severity": "error" if problem.is_error else "warning",
            "title": CODES[problem.code],
            "where": self.where,
            "option": problem.option,
            "value": repr(problem.value),
            "message": problem.message,
            "hint": problem.hint,
        }


def check_configuration(app: Flask, browser: BrowserInput = None) -> list[Finding]:
    """Validate the app's CORS configuration again and list its risky choices.

    Checks, with the stable codes of :data:`flask_cors._errors.CODES`:

    * the app's ``CORS_*`` config keys on their own, as ``@cross_origin`` views read them: unknown
      keys (``cors.W002``), values read as flask-cors reads them (``cors.W051`` to ``cors.W061``)
      and values that cannot start (``cors.E...``);
    * the same warnings that ``CORS()``, ``init_app()`` and ``@cross_origin()`` gave at start-up
      about their keyword options;
    * every compiled policy (each resource of ``CORS(app)`` and ``CORS(blueprint)``, each
      ``@cross_origin`` view): the findings start-up reports (the attack probe over origin
      patterns, risky choices; the table in docs/security.md);
    * each resource table: literal paths whose subtree another pattern covers (``cors.W016``) and
      patterns that never win (``cors.W017``);
    * each route a resource pattern covers only through a match that stops inside a path segment
      (``/api/*`` covering ``/apiv2/secret``, ``cors.W064``);
    * each ``@cross_origin`` view's options merged with the app config (errors);
    * decorated views in an app with ``before_request`` hooks but no ``CORS(app)`` (``cors.W006``);
    * the flask-cors distribution installed anywhere on ``sys.path`` (``cors.W040``): it writes the
      same ``flask_cors`` package.
    * WebSocket routes (:func:`is_websocket_route`) whose handshakes nothing checks before they
      are accepted (``cors.W030``), or whose policy allows every origin with credentials (``cors.W031``).
    * the session cookie as the app writes it (:func:`session_cookie`: its session interface's
      ``SESSION_COOKIE_*`` settings, Flask's defaults included, through Werkzeug) against each
      policy with credentials: not sent with the listed origins' requests under the browser
      profile (``cors.W021``), ``SameSite=None`` without ``Secure`` (``cors.W022``), ``Secure`` but
      not ``SameSite=None`` for pages over plain http (``cors.W023``); ``CORS_BROWSER`` naming no
      profile (``cors.W024``).

    :param browser: the browser profile ``cors.W021`` judges under; None: the app's
        ``CORS_BROWSER``, else ``"no-third-party-cookies"`` (:mod:`flask_cors._profiles`).

    A policy shared by several resources is reported once, naming them.

    .. versionchanged:: 0.2
        ``browser`` added; the session cookie is read as the app writes it.
    """
    findings: list[Finding] = []
    problems: list[Problem] = []
    config = options_from_config(app.config, problems)
    compile_table([config], problems, PolicyCompiler())
    config_findings = [
        p for p in problems if p.is_error or p.code in ("cors.W002", "cors.W024") or p.code in VALUE_WARNINGS
    ]
    findings += [Finding(p, "app.config") for p in config_findings]
    reported = {(p.code, p.option, repr(p.value)) for p in config_findings}

    profile = browser_profile(browser, app.config)
    state: Optional[CORSState] = app.extensions.get("cors")
    # How values were read at start-up (as flask-cors reads them): listed again, once each.
    given = list(state.value_warnings) if state is not None else []
    for endpoint, view in app.view_functions.items():
        marker = getattr(view, VIEW_MARKER, None)
        if marker is not None:
            given += [(f"@cross_origin view {endpoint!r}", problem) for problem in marker.value_warnings]
    for where, problem in given:
        key = (problem.code, problem.option, repr(problem.value))
        if key not in reported:
            reported.add(key)
            findings.append(Finding(problem, where))

    places: dict[int, tuple[Policy, list[str]]] = {}

    def add(policy: Policy, label: str) -> None:
        places.setdefault(id(policy), (policy, []))[1].append(label)

    if state is not None:
        # Oldest CORS() call first, the order the user wrote them.
        for table in reversed(state.tables):
            for resource in table.resources:
                add(resource.policy, f"resource {resource.pattern!r}")
            findings += [Finding(problem, "CORS(app)") for problem in resource_findings(table)]
        for name, tables in state.blueprint_tables.items():
            for table in reversed(tables):
                for resource in table.resources:
                    add(resource.policy, f"blueprint {name!r} resource {resource.pattern!r}")
                findings += [Finding(problem, f"CORS(blueprint {name!r})") for problem in resource_findings(table)]
    for endpoint, view in app.view_functions.items():
        marker = getattr(view, VIEW_MARKER, None)
        if marker is None:
            continue
        try:
            add(marker.policy_for(app), f"@cross_origin view {endpoint!r}")
        except ConfigurationError as error:
            for problem in error.problems:
                if (problem.code, problem.option, repr(problem.value)) not in reported:
                    findings.append(Finding(problem, f"@cross_origin view {endpoint!r}"))
    for policy, labels in places.values():
        where = ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")
        findings += [Finding(problem, where) for problem in risky_choices(policy.options)]
        if policy.options.supports_credentials:
            exact = [rule.text for rule in policy.options.origins if rule.kind == "exact"]
            unreachable = cross_site_session_problem(session_cookie(app), app.config, exact, profile)
            if unreachable is not None:
                findings.append(Finding(unreachable, where))
    policies = [policy.options for policy, _ in places.values()]
    findings += [
        Finding(problem, "app.config") for problem in session_cookie_risks(lambda: session_cookie(app), policies)
    ]
    findings += _decorated_views_behind_hooks(app, state)
    findings += _segment_overruns(app)
    findings += installation_findings()
    findings += _unguarded_websocket_routes(app)
    return findings


def _segment_overruns(app: Flask) -> list[Finding]:
    """``cors.W064``: routes a resource pattern covers only by a match that stops inside a path segment.

    Resource patterns match from the start of the path, as flask-cors matches them, so glob-style
    ``r"/v1*"`` keeps covering ``/v1_legacy``; the same rule lets ``/api/*`` cover ``/apiv2/secret``.
    Each such route is named, with a pattern that stops at segment boundaries and one that says
    the pattern runs on (which silences the finding).
    """
    found: dict[int, tuple[Resource, str, list[str]]] = {}
    for route in route_policies(app):
        resource = route.resource
        if resource is None or route.rule is None:
            continue
        matched = resource.runs_past_a_segment(route.path)
        if matched is not None:
            found.setdefault(id(resource), (resource, route.source, []))[2].append(f"{route.rule} ({matched!r} of it)")
    findings = []
    for resource, source, routes in found.values():
        tight, loose = resource.tighter_patterns()
        problem = Problem(
            "cors.W064",
            "resources",
            resource.pattern,
            f"covers {', '.join(routes)} only through a match that stops inside a path segment: a pattern "
            "covers every path it matches from the start, as in flask-cors.",
            f"to stop at segment boundaries, write r'{tight}'; to cover these routes on purpose, write r'{loose}'.",
        )
        findings.append(Finding(problem, source.partition(" (")[0]))
    return findings


def installation_findings() -> list[Finding]:
    """``cors.W040``: the flask-cors distribution is installed too, in the folder named by ``where``."""
    return [Finding(problem, f"installed in {folder}") for folder, problem in installed_flask_cors()]


def _decorated_views_behind_hooks(app: Flask, state: CORSState | None) -> list[Finding]:
    """``cors.W006``: without CORS(app), a decorated view answers preflights after the app's hooks."""
    if state is not None:
        return []
    views = sorted(endpoint for endpoint, view in app.view_functions.items() if hasattr(view, VIEW_MARKER))
    hooks = [getattr(hook, "__qualname__", repr(hook)) for funcs in app.before_request_funcs.values() for hook in funcs]
    if not views or not hooks:
        return []
    problem = Problem(
        "cors.W006",
        "@cross_origin",
        views,
        f"these views answer their preflights from inside the view, after the before_request hooks "
        f"{', '.join(hooks)}; a hook that refuses requests without credentials refuses the preflights too "
        "(browsers never send credentials with them), and its errors carry no CORS headers.",
        "add CORS(app, resources=[]): it covers no path of its own, and answers these views' preflights "
        "before the hooks run.",
    )
    return [Finding(problem, "app")]


def is_websocket_route(rule: Rule) -> bool:
    """Whether ``rule`` serves WebSockets: it was registered with ``websocket=True``.

    Every flask-sock ``@sock.route`` is. Werkzeug's routing answers a browser's handshake (``Upgrade:
    websocket``) to any other rule with ``400 Bad Request`` before the view runs, so a view on
    such a rule cannot upgrade a browser's connection, whatever its code does.
    """
    return bool(rule.websocket)


def _unguarded_websocket_routes(app: Flask) -> list[Finding]:
    """``cors.W030``: WebSocket routes nothing guards; ``cors.W031``: guarded, but for every origin with credentials."""
    unguarded: list[str] = []
    open_to_all: list[str] = []
    for route in route_policies(app):
        if not route.websocket or route.rule is None:
            continue
        if not route.guards_websockets:
            unguarded.append(route.rule)
        elif route.policy is not None and route.policy.origins.allows_any and route.policy.options.supports_credentials:
            # Without supports_credentials a cross-origin handshake carrying cookies is refused.
            open_to_all.append(route.rule)
    findings = []
    if unguarded:
        problem = Problem(
            "cors.W030",
            "guard_websockets",
            sorted(unguarded),
            "browsers apply no CORS to WebSockets and send the user's cookies with the handshake, and nothing "
            "checks the Origin of handshakes to these routes before they are accepted (no CORS(app) policy "
            "covers them, theirs sets guard_websockets=False, or only @cross_origin does, without CORS(app)): "
            "any website can open them as the user.",
            "cover them with CORS(app, origins=[...]), or add CORS(app, resources=[]) next to their "
            "@cross_origin(origins=[...]); keep guard_websockets=True (the default).",
        )
        findings.append(Finding(problem, "app"))
    if open_to_all:
        problem = Problem(
            "cors.W031",
            "origins",
            sorted(open_to_all),
            "the policy guarding these WebSocket routes allows every origin with supports_credentials=True, so "
            "any website can open them with the user's cookies (same-origin pages need no entry).",
            "list the origins that may open them: origins=['https://app.example.com'].",
        )
        findings.append(Finding(problem, "app"))
    return findings
