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
prints, from :mod:`flask_cors.routes`) and :func:`check_configuration` (what ``flask cors check``
prints, from the registry of checks in :mod:`flask_cors.checks`); both are importable from here.

.. versionadded:: 0.1
"""

from __future__ import annotations

import json as _json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Union
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

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
from ._cookies import Cookie, across_browsers, parse_cookie, partition_key
from ._profiles import BrowserInput, BrowserProfile, browser_profile
from .checks import Finding, check_configuration
from .checks import installation_findings as installation_findings
from .extension import session_cookie
from .routes import RoutePolicy, is_websocket_route, route_policies, route_policy

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
    client = _sync(client)
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
    app = _sync(client).application
    return browser_profile(browser, _config(app))


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


def _sync(client: Any) -> Any:
    """``client`` itself, or a Quart test client made synchronous (:class:`flask_cors._quart.SyncClient`)."""
    if isinstance(client, Client) or type(client).__module__.partition(".")[0] != "quart":
        return client
    from ._quart import SyncClient

    return SyncClient(client)


def _config(app: Any) -> Any:
    """The app's config: a Flask or Quart app's, None for another WSGI app."""
    return app.config if isinstance(app, Flask) or type(app).__module__.partition(".")[0] == "quart" else None


def _base_url(app: Any) -> str:
    """Where the test client sends a bare path: Flask's SERVER_NAME and scheme, else http://localhost."""
    if _config(app) is not None:
        scheme = app.config.get("PREFERRED_URL_SCHEME") or "http"
        return f"{scheme}://{app.config.get('SERVER_NAME') or 'localhost'}"
    return "http://localhost"


def assumed_api_origin(app: Any, path: str) -> str | None:
    """A note when a bare ``path`` was sent to an origin the app's config does not name, else None.

    Cookies depend on the API's site, so a verdict with credentials says where it took the API to be.
    """
    if "://" in path or (_config(app) is not None and app.config.get("SERVER_NAME")):
        return None
    base = _base_url(app)
    return (
        f"the API was taken to be at {base}, since SERVER_NAME is not set; the full URL (e.g. "
        f"https://api.example.com{path.partition('?')[0]}) can give another answer"
    )


def _cookieless(client: Client) -> Client:
    """A client for the same app that neither sends nor stores cookies."""
    cookieless = getattr(client, "cookieless", None)
    if cookieless is not None:  # Quart (flask_cors._quart.SyncClient)
        return cookieless()  # type: ignore[no-any-return]
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
        assumed = assumed_api_origin(_sync(client).application, path)
        verdict += f" ({assumed})" if assumed is not None else ""
    lines = [f"expected the browser to {expected}, but: {verdict}"]
    if result.request.credentials:
        lines += [f"Across browsers: {line}" for line in browser_differences(result)]
    app = _sync(client).application
    if _config(app) is not None:
        lines.append(f"CORS policy: {policy_decision(app, result)}")
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
