"""Cookies and credentials: does the browser store the cookie the API sets, and does it send it back?

Part of the core (no Flask, no I/O), but not of the request path: :mod:`flask_cors._browser`
(and through it ``flask cors explain``, :mod:`flask_cors.testing` and ``flask cors check``) imports
it, and so does start-up, lazily, to read the session cookie when a policy allows credentials
(:func:`flask_cors._options.session_cookie_risks`); the public-suffix list is loaded on first use.

CORS decides whether the page may read the answer; whether the cookie travels is decided before,
by the cookie's attributes and the **sites** involved. A site is the scheme plus the registrable
domain (``https://example.net`` for ``https://app.example.net:8443``): ports never matter, schemes
do. The registrable domain comes from the Public Suffix List, private section included, as in
Chromium (``publicsuffixlist`` ships a copy, nothing is fetched); an IP address, and a host that
is itself a public suffix (``localhost``, ``github.io``), is its own site.

The rules are RFC 6265bis (draft 20) and Chromium 156's behaviour, checked case by case in
tests/browser/test_cookies.py. Reasons carry Chromium's own codes (the DevTools protocol's
``CookieBlockedReason`` and ``SetCookieBlockedReason``), so the model and the browser can be
compared word for word:

* ``SameSite=Strict``, ``Lax``, and no ``SameSite`` at all (treated as ``Lax``) cookies are
  neither set nor sent on a cross-site ``fetch()``. Chromium's "Lax+POST" exception (a cookie
  younger than two minutes goes with a cross-site top-level ``POST``) concerns top-level
  navigations only, never ``fetch()``, so it plays no part here.
* ``SameSite=None`` needs ``Secure``; ``Secure`` needs ``https``, or ``localhost``, ``*.localhost``,
  ``127.0.0.0/8`` or ``[::1]``, which Chromium counts as secure.
* Cross-site cookies are third-party cookies. Chromium 156 blocks them by default in a fresh
  profile (code ``UserPreferences``), as Safari does; ``third_party_cookies=True`` models a
  browser that allows them. A ``Partitioned`` cookie (CHIPS) is kept per top-level site and
  allowed either way.
* ``Partitioned`` needs ``Secure`` too (Chromium then drops the cookie without a code).
* ``Domain`` must be the host or a parent of it that is not a public suffix; ``Path`` must cover
  the request's path.
* Name prefixes (RFC 6265bis 4.1.3): ``__Secure-`` needs ``Secure`` and a secure origin;
  ``__Host-`` also ``Path=/`` and no ``Domain``; ``__Http-`` and ``__Host-Http-`` add ``HttpOnly``.
  Chromium 156 matches them case-insensitively (``__host-``), unlike the draft, and reports a bad
  prefix (``InvalidPrefix``) along with a bad ``Domain``, instead of the later reasons.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from ._errors import Problem
from ._origins import is_loopback_host
from ._sites import suffixes as _suffixes

_SAMESITE_VALUES = {"strict": "Strict", "lax": "Lax", "none": "None"}


@dataclass(frozen=True)
class Cookie:
    """A cookie as the API sets it: its name and the attributes that decide where it goes.

    ``samesite`` is ``"Strict"``, ``"Lax"``, ``"None"``, or None when the attribute is absent
    (browsers then treat it as ``Lax``). ``domain`` is None for a host-only cookie; ``path`` is None
    when the ``Set-Cookie`` had none (the default path of the URL that set it applies).
    """

    name: str
    value: str = ""
    samesite: str | None = None
    secure: bool = False
    partitioned: bool = False
    domain: str | None = None
    path: str | None = None
    http_only: bool = False

    def describe(self) -> str:
        """The cookie's name and attributes as a ``Set-Cookie`` would write them (the value left out)."""
        parts = [self.name]
        if self.domain is not None:
            parts.append(f"Domain={self.domain}")
        if self.path is not None:
            parts.append(f"Path={self.path}")
        if self.secure:
            parts.append("Secure")
        if self.http_only:
            parts.append("HttpOnly")
        if self.samesite is not None:
            parts.append(f"SameSite={self.samesite}")
        if self.partitioned:
            parts.append("Partitioned")
        return "; ".join(parts)


def parse_cookie(text: str) -> Cookie:
    """Read a ``Set-Cookie`` value, or the short form ``"name; SameSite=Lax"`` (no value).

    Attributes are case-insensitive; unknown ones (``Expires``, ``Max-Age``, ...) are ignored, and
    an unrecognised ``SameSite`` value counts as no attribute, as in browsers.
    """
    pair, *attributes = text.split(";")
    name, _, value = pair.partition("=")
    samesite: str | None = None
    secure = partitioned = http_only = False
    domain: str | None = None
    path: str | None = None
    for attribute in attributes:
        key, _, argument = attribute.partition("=")
        key, argument = key.strip().lower(), argument.strip()
        if key == "samesite":
            samesite = _SAMESITE_VALUES.get(argument.lower())
        elif key == "secure":
            secure = True
        elif key == "partitioned":
            partitioned = True
        elif key == "httponly":
            http_only = True
        elif key == "domain" and argument:
            domain = argument.lstrip(".").lower()
        elif key == "path":
            # RFC 6265bis 5.6.5: a Path that does not start with "/" means the default path.
            path = argument if argument.startswith("/") else None
    if not name.strip():
        raise ValueError(f"{text!r} is not a cookie: expected 'name[=value]; Attribute; ...'.")
    return Cookie(name.strip(), value.strip(), samesite, secure, partitioned, domain, path, http_only)


def session_cookie(config: Mapping[str, object]) -> Cookie:
    """Flask's session cookie as an app's ``SESSION_COOKIE_*`` config sets it, Flask's defaults included.

    Defaults: name ``session``, ``Path`` from ``APPLICATION_ROOT`` (``/``), host-only, ``HttpOnly``,
    neither ``Secure`` nor ``SameSite`` (so ``Lax`` in browsers), not ``Partitioned``.
    """
    samesite = config.get("SESSION_COOKIE_SAMESITE")
    domain = config.get("SESSION_COOKIE_DOMAIN")
    return Cookie(
        str(config.get("SESSION_COOKIE_NAME") or "session"),
        "",
        _SAMESITE_VALUES.get(samesite.lower()) if isinstance(samesite, str) else None,
        bool(config.get("SESSION_COOKIE_SECURE", False)),
        bool(config.get("SESSION_COOKIE_PARTITIONED", False)),
        domain.lstrip(".").lower() if isinstance(domain, str) and domain else None,
        str(config.get("SESSION_COOKIE_PATH") or config.get("APPLICATION_ROOT") or "/"),
        bool(config.get("SESSION_COOKIE_HTTPONLY", True)),
    )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_public_suffix(host: str) -> bool:
    """Whether ``host`` is on the Public Suffix List (``com``, ``co.uk``, ``github.io``, ``localhost``)."""
    return not _is_ip(host) and _suffixes().privatesuffix(host) is None


def _registrable(host: str) -> str:
    """The registrable domain of ``host``; the host itself for an IP address or a public suffix."""
    host = host.lower().rstrip(".")
    return host if _is_ip(host) else _suffixes().privatesuffix(host) or host


def site_of(url: str) -> str:
    """The schemeful site of a URL or origin: ``scheme://registrable-domain``, no port.

    ``ws``/``wss`` count as ``http``/``https``; an IP address, or a host with no registrable
    domain, stands for itself; an opaque origin (``null``) is a site of its own, ``null``.
    """
    if url == "null":
        return "null"
    scheme = {"ws": "http", "wss": "https"}.get(urlsplit(url).scheme.lower(), urlsplit(url).scheme.lower())
    host = _host(url)
    if _is_ip(host) and ":" in host:
        return f"{scheme}://[{host}]"
    return f"{scheme}://{_registrable(host)}"


def is_same_site(page_origin: str, url: str) -> bool:
    """Whether a request from a page at ``page_origin`` to ``url`` is same-site (schemes count, ports not)."""
    return page_origin != "null" and site_of(page_origin) == site_of(url)


def is_secure_url(url: str) -> bool:
    """Whether Chromium lets ``Secure`` cookies be set by and sent to ``url``.

    ``https`` and ``wss``; and, as Chromium treats them as secure contexts, ``localhost``,
    ``*.localhost`` and loopback addresses over plain ``http``.
    """
    return urlsplit(url).scheme.lower() in ("https", "wss") or is_loopback_host(_host(url))


def default_path(url: str) -> str:
    """RFC 6265bis 5.1.4, "default-path": the URL's path up to, not including, its last "/"."""
    path = urlsplit(url).path
    if not path.startswith("/") or path.count("/") == 1:
        return "/"
    return path[: path.rindex("/")]


def _path_matches(cookie_path: str, request_path: str) -> bool:
    """RFC 6265bis 5.1.4, "path-match"."""
    if request_path == cookie_path:
        return True
    return request_path.startswith(cookie_path) and (cookie_path.endswith("/") or request_path[len(cookie_path)] == "/")


def _domain_matches(host: str, domain: str) -> bool:
    """RFC 6265bis 5.1.3, "domain-match"."""
    return host == domain or (not _is_ip(host) and host.endswith("." + domain))


@dataclass(frozen=True)
class Verdict:
    """One yes or no: ``ok``, Chromium's reason codes (sorted; empty when ok) and the reason in words."""

    ok: bool
    reasons: tuple[str, ...] = ()
    why: str = ""


@dataclass(frozen=True)
class CookieJudgement:
    """What the browser does with one cookie on one credentialed ``fetch()``.

    ``store``: whether a ``Set-Cookie`` for it in the answer to the page's request to ``set_url``
    is stored. ``send``: whether the browser attaches it to the request to ``url``, holding it as
    the API set it (through the page when it could, else from a visit to the API's own site, as
    when the user signed in there); a cookie no browser would store is never sent.
    """

    cookie: Cookie
    page_origin: str
    url: str
    set_url: str
    store: Verdict
    send: Verdict

    @property
    def stored(self) -> bool:
        return self.store.ok

    @property
    def sent(self) -> bool:
        return self.send.ok

    @property
    def cross_site(self) -> bool:
        return not is_same_site(self.page_origin, self.url)

    def describe(self) -> str:
        """One line: ``"session: sent"`` or ``"session: not sent: <why>"``."""
        return f"{self.cookie.name}: sent" if self.sent else f"{self.cookie.name}: not sent: {self.send.why}"


# SameSite=Strict, Lax and none at all, on a cross-site request. Chromium 156 reports the
# "Schemeful" codes whenever it excludes a cookie for SameSite.
_SAMESITE_CODES = {
    "Strict": "SchemefulSameSiteStrict",
    "Lax": "SchemefulSameSiteLax",
    None: "SchemefulSameSiteUnspecifiedTreatedAsLax",
}


def _cross_site_words(cookie: Cookie, page_origin: str, url: str) -> str:
    where = f"the page's site is {site_of(page_origin)} and the API's is {site_of(url)}"
    if cookie.samesite is None:
        return f"it has no SameSite attribute, which browsers treat as SameSite=Lax, and the request is cross-site ({where})"
    return f"it is SameSite={cookie.samesite} and the request is cross-site ({where})"


_THIRD_PARTY_WORDS = (
    "the request is cross-site and the browser blocks third-party cookies (as Chromium 156 does in a fresh "
    "profile, and Safari does); only a Partitioned cookie would go"
)


# Name prefixes, longest first, and what each demands. Chromium 156 matches them case-insensitively
# (``__host-sid`` is held to the ``__Host-`` rules), where RFC 6265bis draft 20 compares them as written.
_PREFIXES = (
    ("__Host-Http-", "Secure and HttpOnly, Path=/ and no Domain attribute, from a secure origin"),
    ("__Host-", "Secure, Path=/ and no Domain attribute, from a secure origin"),
    ("__Http-", "Secure and HttpOnly, from a secure origin"),
    ("__Secure-", "Secure, from a secure origin"),
)


def _prefix_problem(cookie: Cookie, set_url: str) -> str | None:
    """RFC 6265bis 4.1.3, "cookie name prefixes", as Chromium applies them: what is wrong, or None."""
    folded = cookie.name.lower()
    for prefix, demands in _PREFIXES:
        if not folded.startswith(prefix.lower()):
            continue
        host_rules = prefix.startswith("__Host-")
        wrong = [
            words
            for words, is_wrong in (
                ("it is not Secure", not cookie.secure),
                ("it is not HttpOnly", prefix.endswith("Http-") and not cookie.http_only),
                (f"its Path is {cookie.path}" if cookie.path else "it has no Path", host_rules and cookie.path != "/"),
                (f"it has Domain={cookie.domain}", host_rules and cookie.domain is not None),
                (f"{set_url} is plain http (not localhost)", not is_secure_url(set_url)),
            )
            if is_wrong
        ]
        if not wrong:
            return None
        return f"its name starts with {cookie.name[: len(prefix)]}, which requires {demands}, but {' and '.join(wrong)}"
    return None


def _creation(cookie: Cookie, set_url: str) -> Verdict:
    """Whether the ``Set-Cookie`` is acceptable for ``set_url`` at all, wherever the page is.

    A bad ``Domain`` and a bad name prefix are both reported, as Chromium does; either one makes the
    later rules moot.
    """
    host = _host(set_url)
    reasons: list[tuple[str, str]] = []
    if cookie.domain is not None and cookie.domain != host:
        if not _domain_matches(host, cookie.domain):
            reasons.append(("InvalidDomain", f"its Domain={cookie.domain} does not cover the host {host}"))
        elif is_public_suffix(cookie.domain):
            reasons.append(("InvalidDomain", f"its Domain={cookie.domain} is a public suffix"))
    prefix = _prefix_problem(cookie, set_url)
    if prefix is not None:
        reasons.append(("InvalidPrefix", prefix))
    if reasons:
        return Verdict(False, tuple(code for code, _ in reasons), "; ".join(words for _, words in reasons))
    if cookie.partitioned and not cookie.secure:
        # Chromium drops it without a DevTools code.
        return Verdict(False, (), "it is Partitioned without Secure, which browsers reject")
    if cookie.samesite == "None" and not cookie.secure:
        return Verdict(False, ("SameSiteNoneInsecure",), "it is SameSite=None without Secure, which browsers reject")
    if cookie.secure and not is_secure_url(set_url):
        return Verdict(False, ("SecureOnly",), f"it is Secure and {set_url} is plain http (not localhost)")
    return Verdict(True)


def _store(cookie: Cookie, page_origin: str, set_url: str, third_party_cookies: bool) -> Verdict:
    created = _creation(cookie, set_url)
    if not created.ok or is_same_site(page_origin, set_url):
        return created
    # Cross-site: blocked third-party cookies are the only reason Chromium then reports.
    if not third_party_cookies and not cookie.partitioned:
        return Verdict(False, ("UserPreferences",), _THIRD_PARTY_WORDS)
    if cookie.samesite != "None":
        return Verdict(False, (_SAMESITE_CODES[cookie.samesite],), _cross_site_words(cookie, page_origin, set_url))
    return created


def _send(cookie: Cookie, page_origin: str, url: str, set_url: str, third_party_cookies: bool) -> Verdict:
    created = _creation(cookie, set_url)
    if not created.ok:
        return Verdict(False, (), f"the browser never stores it: {created.why}")
    host, path = _host(url), urlsplit(url).path or "/"
    cookie_path = cookie.path or default_path(set_url)
    owner = cookie.domain or _host(set_url)
    if not (_domain_matches(host, owner) if cookie.domain else host == owner):
        return Verdict(False, ("DomainMismatch",), f"it belongs to {owner}, not {host}")
    if not _path_matches(cookie_path, path):
        return Verdict(False, ("NotOnPath",), f"its Path={cookie_path} does not cover {path}")
    if cookie.secure and not is_secure_url(url):
        return Verdict(False, ("SecureOnly",), f"it is Secure and {url} is plain http (not localhost)")
    if is_same_site(page_origin, url):
        return Verdict(True)
    reasons: list[str] = []
    words: list[str] = []
    if cookie.samesite != "None":
        reasons.append(_SAMESITE_CODES[cookie.samesite])
        words.append(_cross_site_words(cookie, page_origin, url))
    if not third_party_cookies and not cookie.partitioned:
        reasons.append("UserPreferences")
        words.append(_THIRD_PARTY_WORDS if not words else "the browser also blocks third-party cookies")
    if cookie.partitioned and not _store(cookie, page_origin, set_url, third_party_cookies).ok:
        # Kept for the API's own site when set there: another partition than this page's.
        return Verdict(False, (), "it is Partitioned and was stored for another top-level site than this page's")
    return Verdict(not reasons, tuple(sorted(reasons)), "; ".join(words))


def judge_cookie(
    cookie: Cookie,
    page_origin: str,
    url: str,
    *,
    set_url: str | None = None,
    third_party_cookies: bool = False,
) -> CookieJudgement:
    """Judge one cookie for a credentialed ``fetch()`` from ``page_origin`` to ``url``.

    :param cookie: the cookie as the API sets it (see :func:`parse_cookie`).
    :param page_origin: the calling page's origin; the page is the top-level document.
    :param url: the URL requested.
    :param set_url: the URL whose answer set the cookie (a login route); defaults to ``url``.
    :param third_party_cookies: whether the browser allows third-party cookies. False, the
        default, is what Chromium 156 does in a fresh profile, and what Safari does.
    """
    set_url = set_url or url
    return CookieJudgement(
        cookie,
        page_origin,
        url,
        set_url,
        _store(cookie, page_origin, set_url, third_party_cookies),
        _send(cookie, page_origin, url, set_url, third_party_cookies),
    )


def api_origin(config: Mapping[str, object]) -> str | None:
    """Where the app is served, as the config tells: ``scheme://host[:port]``, or None when it does not.

    The host is ``SERVER_NAME``'s, else the session cookie's ``Domain``. The scheme is
    ``PREFERRED_URL_SCHEME`` when that is ``https``. When it is Flask's default, ``http``, the
    config cannot tell a plain-http app from one behind an https proxy (the usual deployment,
    where ``PREFERRED_URL_SCHEME`` is seldom set), so: ``http`` for ``localhost`` and loopback
    hosts (the development server), ``https`` for any other host.
    """
    server_name = config.get("SERVER_NAME")
    cookie = session_cookie(config)
    authority = str(server_name) if isinstance(server_name, str) and server_name else cookie.domain
    if not authority:
        return None
    try:
        host = urlsplit("//" + authority).hostname
    except ValueError:  # an unbalanced "[" in SERVER_NAME: no host we can compare
        return None
    if not host:
        return None
    preferred = str(config.get("PREFERRED_URL_SCHEME") or "http").lower()
    scheme = "https" if preferred == "https" or not is_loopback_host(host) else "http"
    return f"{scheme}://{authority.lower()}"


def cross_site_session_problem(config: Mapping[str, object], origins: Iterable[str]) -> Problem | None:
    """``cors.W021``: credentials are allowed for pages on other sites, where the session cookie cannot go.

    A cookie that is not ``SameSite=None; Secure`` only goes with requests from pages on the API's
    own site, scheme included (schemeful same-site, as :func:`judge_cookie` decides). Where the
    API is served comes from :func:`api_origin`; when the config does not tell, every listed
    origin is reported with its site, since the check cannot tell. ``SameSite=None`` without
    ``Secure`` is ``cors.W022``'s, not reported here.

    :param origins: the exact origins allowed with credentials.
    """
    cookie = session_cookie(config)
    if cookie.samesite == "None":
        return None
    api = api_origin(config)
    api_site = site_of(api) if api is not None else None
    others = sorted({origin for origin in origins if api_site is None or site_of(origin) != api_site})
    if not others:
        return None
    attributes = (
        "no SameSite attribute (browsers treat it as Lax)" if cookie.samesite is None else f"SameSite={cookie.samesite}"
    )
    listed = ", ".join(f"{origin} (site {site_of(origin)})" for origin in others)
    where = (
        f"this app is served from {api} (site {api_site}), so"
        if api is not None
        else "SERVER_NAME is not set, so unless this app is served from "
        + ("that site," if len({site_of(origin) for origin in others}) == 1 else "one of those sites,")
    )
    sites = sorted({site_of(origin) for origin in others})
    return Problem(
        "cors.W021",
        "SESSION_COOKIE_SAMESITE",
        config.get("SESSION_COOKIE_SAMESITE"),
        f"the session cookie {cookie.name!r} has {attributes}{'' if cookie.secure else ' and is not Secure'}, so "
        f"browsers send it only with requests from pages on the API's own site. Credentials are allowed for "
        f"{listed}; {where} the browser sends those pages' requests without the session.",
        'set SESSION_COOKIE_SAMESITE="None" and SESSION_COOKIE_SECURE=True (and serve the API over https; '
        "browsers that block third-party cookies still refuse it unless SESSION_COOKIE_PARTITIONED=True, Flask 3.1), or serve "
        f"the API and those pages from one site ({', '.join(sites)}).",
    )
