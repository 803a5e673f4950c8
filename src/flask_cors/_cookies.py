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

The rules are RFC 6265bis (draft 20) and Chromium's behaviour (156 and 150), checked case by case
in tests/browser/test_cookies.py and, for Flask's session cookie, tests/browser/test_session_cookies.py.
Reasons carry Chromium 156's own codes (the DevTools protocol's ``CookieBlockedReason`` and
``SetCookieBlockedReason``), so the model and the browser can be
compared word for word; :mod:`flask_cors._chromium` records how other versions spell them:

* ``SameSite=Strict``, ``Lax``, and no ``SameSite`` at all (treated as ``Lax``) cookies are
  neither set nor sent on a cross-site ``fetch()``. Chromium's "Lax+POST" exception (a cookie
  younger than two minutes goes with a cross-site top-level ``POST``) concerns top-level
  navigations only, never ``fetch()``, so it plays no part here.
* ``SameSite=None`` needs ``Secure``; ``Secure`` needs ``https``, or ``localhost``, ``*.localhost``,
  ``127.0.0.0/8`` or ``[::1]``, which Chromium counts as secure.
* Cross-site cookies are third-party cookies. Whether the browser allows them is the one setting
  the verdicts depend on, named by a browser profile (:mod:`flask_cors._profiles`): blocked
  (Safari, Chrome in Incognito, with the setting, or under automation; code ``UserPreferences``),
  the default, or allowed (Chrome's default settings). A ``Partitioned`` cookie (CHIPS) is kept
  per top-level site (its partition key) and allowed either way, and sent only to pages of that site.
* ``Partitioned`` needs ``Secure`` too (Chromium then drops the cookie without a code). Werkzeug
  writes ``Secure`` into every ``Partitioned`` cookie, so Flask's session cookie never breaks this
  rule; a ``Set-Cookie`` written by hand can.
* ``Domain`` must be the host or a parent of it that is not a public suffix; ``Path`` must cover
  the request's path.
* Name prefixes (RFC 6265bis 4.1.3): ``__Secure-`` needs ``Secure`` and a secure origin;
  ``__Host-`` also ``Path=/`` and no ``Domain``; ``__Http-`` and ``__Host-Http-`` add ``HttpOnly``.
  Chromium (150 and 156) matches them case-insensitively (``__host-``), unlike the draft, and reports a bad
  prefix (``InvalidPrefix``) along with a bad ``Domain``, instead of the later reasons.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from ._errors import Problem
from ._origins import is_loopback_host
from ._profiles import DEFAULT, PROFILES, BrowserProfile
from ._sites import suffixes as _suffixes

_SAMESITE_VALUES = {"strict": "Strict", "lax": "Lax", "none": "None"}


@dataclass(frozen=True)
class Cookie:
    """A cookie as the API sets it: its name and the attributes that decide where it goes.

    ``samesite`` is ``"Strict"``, ``"Lax"``, ``"None"``, or None when the attribute is absent
    (browsers then treat it as ``Lax``). ``domain`` is None for a host-only cookie; ``path`` is None
    when the ``Set-Cookie`` had none (the default path of the URL that set it applies).
    ``partition_key`` is, for a ``Partitioned`` cookie the browser holds, the top-level site it was
    stored for (``"https://example.com"``); None when that is not known (the cookie is then taken
    to have been stored through the page that sends it, when it could have been).
    """

    name: str
    value: str = ""
    samesite: str | None = None
    secure: bool = False
    partitioned: bool = False
    domain: str | None = None
    path: str | None = None
    http_only: bool = False
    partition_key: str | None = None

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
            parts.append("Partitioned" + (f" (kept for {self.partition_key})" if self.partition_key else ""))
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
# "Schemeful" codes whenever it excludes a cookie for SameSite (150 reports the plain ones).
_SAMESITE_CODES = {
    "Strict": "SchemefulSameSiteStrict",
    "Lax": "SchemefulSameSiteLax",
    None: "SchemefulSameSiteUnspecifiedTreatedAsLax",
}


#: The host that stands for an API whose host the config does not tell (``cors.W021``): a site of its
#: own, on no page's site (``.invalid`` is reserved by RFC 6761).
UNKNOWN_API_HOST = "this-app.invalid"


def _site_words(url: str) -> str:
    return "another one" if _host(url) == UNKNOWN_API_HOST else site_of(url)


def _cross_site_words(cookie: Cookie, page_origin: str, url: str) -> str:
    where = f"the page's site is {site_of(page_origin)} and the API's is {_site_words(url)}"
    if cookie.samesite is None:
        return f"it has no SameSite attribute, which browsers treat as SameSite=Lax, and the request is cross-site ({where})"
    return f"it is SameSite={cookie.samesite} and the request is cross-site ({where})"


def _third_party_words(browser: BrowserProfile) -> str:
    return f"the request is cross-site and third-party cookies are blocked, {browser.examples}; only a Partitioned cookie would go"


# Name prefixes, longest first, and what each demands. Chromium (150 and 156) matches them case-insensitively
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


def _store(cookie: Cookie, page_origin: str, set_url: str, browser: BrowserProfile) -> Verdict:
    created = _creation(cookie, set_url)
    if is_same_site(page_origin, set_url):
        return created
    # Cross-site: blocked third-party cookies are the only reason Chromium then reports, even for
    # SameSite=None without Secure (checked in Chromium 150 and 156: tests/session_cases.py).
    blocked = not browser.third_party_cookies and not cookie.partitioned
    if blocked and (created.ok or created.reasons == ("SameSiteNoneInsecure",)):
        return Verdict(False, ("UserPreferences",), _third_party_words(browser))
    if not created.ok:
        return created
    if cookie.samesite != "None":
        return Verdict(False, (_SAMESITE_CODES[cookie.samesite],), _cross_site_words(cookie, page_origin, set_url))
    return created


def _send(cookie: Cookie, page_origin: str, url: str, set_url: str, browser: BrowserProfile) -> Verdict:
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
    if cookie.partitioned and cookie.partition_key is not None and cookie.partition_key != site_of(page_origin):
        # CHIPS: a partitioned cookie lives in its top-level site's jar; Chromium does not even list
        # it for a page of another site, so there is no code.
        return Verdict(
            False,
            (),
            f"it is Partitioned and kept for pages on {cookie.partition_key}, not for this page's site "
            f"{site_of(page_origin)}",
        )
    if is_same_site(page_origin, url):
        return Verdict(True)
    reasons: list[str] = []
    words: list[str] = []
    if cookie.samesite != "None":
        reasons.append(_SAMESITE_CODES[cookie.samesite])
        words.append(_cross_site_words(cookie, page_origin, url))
    if not browser.third_party_cookies and not cookie.partitioned:
        reasons.append("UserPreferences")
        words.append(_third_party_words(browser) if not words else "third-party cookies are blocked too")
    if cookie.partitioned and cookie.partition_key is None and not _store(cookie, page_origin, set_url, browser).ok:
        # Kept for the API's own site when set there: another partition than this page's.
        return Verdict(False, (), "it is Partitioned and was stored for another top-level site than this page's")
    return Verdict(not reasons, tuple(sorted(reasons)), "; ".join(words))


def judge_cookie(
    cookie: Cookie,
    page_origin: str,
    url: str,
    *,
    set_url: str | None = None,
    browser: BrowserProfile = DEFAULT,
) -> CookieJudgement:
    """Judge one cookie for a credentialed ``fetch()`` from ``page_origin`` to ``url``.

    :param cookie: the cookie as the API sets it (see :func:`parse_cookie`).
    :param page_origin: the calling page's origin; the page is the top-level document.
    :param url: the URL requested.
    :param set_url: the URL whose answer set the cookie (a login route); defaults to ``url``.
    :param browser: the browser profile (:mod:`flask_cors._profiles`): whether third-party cookies
        are allowed. The default blocks them, as Safari, and Chrome in Incognito or under
        automation, do.
    """
    set_url = set_url or url
    return CookieJudgement(
        cookie,
        page_origin,
        url,
        set_url,
        _store(cookie, page_origin, set_url, browser),
        _send(cookie, page_origin, url, set_url, browser),
    )


def partition_key(cookie: Cookie, page_origin: str) -> str | None:
    """The partition key of ``cookie`` once stored through a page at ``page_origin``: the page's
    site for a ``Partitioned`` cookie (CHIPS keys it by the top-level site), else None."""
    return site_of(page_origin) if cookie.partitioned else None


def across_browsers(judged: CookieJudgement) -> str | None:
    """One line when browsers disagree about sending the cookie of ``judged``, else None.

    ``"sent by Chrome; blocked by Safari and Chrome with third-party cookies off; Partitioned makes
    it travel in all of them"``: each browser profile judges the same cookie, page and URL; the last
    clause is there when adding ``Partitioned`` (with the ``Secure`` it needs) makes every profile
    send it.
    """

    def sent(cookie: Cookie, browser: BrowserProfile) -> bool:
        return judge_cookie(cookie, judged.page_origin, judged.url, set_url=judged.set_url, browser=browser).sent

    verdicts = {browser.who: sent(judged.cookie, browser) for browser in PROFILES.values()}
    if len(set(verdicts.values())) == 1:
        return None
    line = (
        f"sent by {' and '.join(who for who, ok in verdicts.items() if ok)}; "
        f"blocked by {' and '.join(who for who, ok in verdicts.items() if not ok)}"
    )
    partitioned = replace(judged.cookie, partitioned=True, secure=True)
    if not judged.cookie.partitioned and all(sent(partitioned, browser) for browser in PROFILES.values()):
        line += "; Partitioned makes it travel in all of them"
    return line


@dataclass(frozen=True)
class ApiLocation:
    """Where the app is served, as far as its config tells (:func:`api_location`)."""

    #: ``host[:port]``, or None when the config does not tell.
    authority: str | None
    #: The scheme taken: stated by ``PREFERRED_URL_SCHEME="https"``, or assumed (``scheme_assumed``).
    scheme: str
    scheme_assumed: bool
    #: The config key the host comes from.
    source: str

    def url(self, scheme: str, path: str) -> str:
        return f"{scheme}://{self.authority or UNKNOWN_API_HOST}{path}"

    def describe(self, both_schemes: bool = False) -> str:
        """Where the check takes the app to be, and on what grounds: one sentence.

        :param both_schemes: whether the verdicts cover both schemes (pages on plain http).
        """
        if self.authority is None:
            return (
                "SERVER_NAME is not set, so the check takes this app to be on another site than these pages "
                "(served from their site, it would get the cookie)."
            )
        origin = f"{self.scheme}://{self.authority}"
        if not self.scheme_assumed:
            return f"This app is served from {origin} ({self.source} and PREFERRED_URL_SCHEME)."
        if both_schemes:
            return (
                f"This app is at {self.authority} ({self.source}); PREFERRED_URL_SCHEME is not 'https', which leaves "
                "the scheme open, so pages on plain http are judged against an http and an https API."
            )
        if self.scheme == "http":
            return f"This app is taken to be at {origin} ({self.source}), assuming http, as the development server serves it."
        return (
            f"This app is taken to be at {origin} ({self.source}), assuming https: PREFERRED_URL_SCHEME is not "
            "'https', which apps behind an https proxy seldom change."
        )


def api_location(config: Mapping[str, object], cookie: Cookie) -> ApiLocation:
    """Where the app is served, as its config tells.

    The host is ``SERVER_NAME``'s, else the session cookie's ``Domain``. The scheme is
    ``PREFERRED_URL_SCHEME`` when that is ``https``. When it is Flask's default, ``http``, the
    config cannot tell a plain-http app from one behind an https proxy (the usual deployment,
    where ``PREFERRED_URL_SCHEME`` is seldom set), so the scheme is assumed: ``http`` for
    ``localhost`` and loopback hosts (the development server), ``https`` for any other host.
    """
    server_name = config.get("SERVER_NAME")
    source = "SERVER_NAME" if isinstance(server_name, str) and server_name else "SESSION_COOKIE_DOMAIN"
    authority = str(server_name) if source == "SERVER_NAME" else cookie.domain
    preferred = str(config.get("PREFERRED_URL_SCHEME") or "http").lower()
    host = None
    if authority:
        try:
            host = urlsplit("//" + authority).hostname
        except ValueError:  # an unbalanced "[" in SERVER_NAME: no host we can compare
            host = None
    if not host or not authority:
        return ApiLocation(None, "https", preferred != "https", source)
    if preferred == "https":
        return ApiLocation(authority.lower(), "https", False, source)
    return ApiLocation(authority.lower(), "http" if is_loopback_host(host) else "https", True, source)


@dataclass(frozen=True)
class SessionVerdict:
    """The session cookie on a credentialed request from one allowed origin to the app (``cors.W021``)."""

    origin: str
    #: The scheme the app is taken to be served with for this verdict.
    scheme: str
    judged: CookieJudgement


def session_verdicts(
    cookie: Cookie, config: Mapping[str, object], origins: Iterable[str], browser: BrowserProfile = DEFAULT
) -> list[SessionVerdict]:
    """The session cookie judged for each origin allowed with credentials, where the config puts the app.

    One verdict per origin, for the scheme :func:`api_location` takes; a page on plain http (not
    localhost) gets a second verdict for the other scheme when the scheme is assumed, since such a
    page is as likely to call an http API (a test or local domain) as an https one.
    """
    api = api_location(config, cookie)
    path = cookie.path or "/"
    found = []
    for origin in sorted(set(origins)):
        schemes = [api.scheme]
        plain_page = urlsplit(origin).scheme == "http" and not is_secure_url(origin)
        if api.scheme_assumed and plain_page and api.authority is not None:
            schemes = ["http", "https"]
        for scheme in schemes:
            url = api.url(scheme, path)
            found.append(SessionVerdict(origin, scheme, judge_cookie(cookie, origin, url, browser=browser)))
    return found


def _why_not_sent(judged: CookieJudgement) -> tuple[str, tuple[str, ...]]:
    """Why the cookie is not sent, with Chromium's codes: those of its refusal to store it, if it refuses."""
    if not judged.stored and not judged.send.reasons:
        return judged.send.why, judged.store.reasons
    return judged.send.why, judged.send.reasons


#: The ``SESSION_COOKIE_*`` settings that make Flask's session cookie travel cross-site in every
#: browser profile (``cors.W021``'s ``Problem.fix``); the API must be served over https.
CROSS_SITE_SESSION_FIX = {
    "SESSION_COOKIE_SAMESITE": "None",
    "SESSION_COOKIE_SECURE": True,
    "SESSION_COOKIE_PARTITIONED": True,
}


def cross_site_session_problem(
    cookie: Cookie, config: Mapping[str, object], origins: Iterable[str], browser: BrowserProfile = DEFAULT
) -> Problem | None:
    """``cors.W021``: credentials are allowed for pages whose requests carry no session cookie.

    Each origin is judged by :func:`session_verdicts` under ``browser``; the finding names each
    failing one with the browser's reason and codes, where the check takes the app to be, and,
    where browsers disagree, which send it (:func:`across_browsers`). ``SameSite=None`` without
    ``Secure`` is ``cors.W022``'s, not reported here.

    :param cookie: the session cookie as the app writes it (``flask_cors.testing.session_cookie``).
    :param origins: the exact origins allowed with credentials.
    """
    if cookie.samesite == "None" and not cookie.secure:
        return None
    verdicts = session_verdicts(cookie, config, origins, browser)
    failing = [verdict for verdict in verdicts if not verdict.judged.sent]
    if not failing:
        return None
    api = api_location(config, cookie)
    sentences: list[str] = []
    for verdict in failing:
        judged = verdict.judged
        why, reasons = _why_not_sent(judged)
        codes = f" [{', '.join(reasons)}]" if reasons else ""
        over = ""
        if sum(other.origin == verdict.origin for other in verdicts) > 1:
            over = f" to an API served over {verdict.scheme}"
        if sentences:
            sentences.append(f"From {verdict.origin}{over}: {why}{codes}.")
        else:
            sentences.append(
                f"credentialed requests from {verdict.origin}{over} go without this session cookie: {why}{codes}."
            )
    sentences.append(api.describe(both_schemes=len(verdicts) > len({verdict.origin for verdict in verdicts})))
    failed = {verdict.origin for verdict in failing}
    works = [
        f"{verdict.origin} to an API served over {verdict.scheme}"
        for verdict in verdicts
        if verdict.judged.sent and verdict.origin in failed
    ]
    if works:
        sentences.append(f"It is sent from {', '.join(works)}.")
    message = " ".join(sentences)
    for verdict in failing:
        line = across_browsers(verdict.judged)
        if line is not None:
            two = sum(other.origin == verdict.origin for other in verdicts) > 1
            message += f" Across browsers{f' (an API over {verdict.scheme})' if two else ''}: {line}."
    sites = sorted({site_of(verdict.origin) for verdict in failing})
    secure_only = [verdict for verdict in failing if "SecureOnly" in _why_not_sent(verdict.judged)[1]]
    plain_http = (
        "a Secure cookie never travels over plain http (localhost aside): serve the API over https, or, for a "
        "plain-http set-up on one site, leave SESSION_COOKIE_SECURE unset"
    )
    cross_site = (
        'set SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True and SESSION_COOKIE_PARTITIONED=True '
        "(Flask 3.1 or later) and serve the API over https: the cookie then travels in Chrome, Safari and "
        f"Firefox alike, kept per page site; or serve the API and those pages from one site ({', '.join(sites)})"
    )
    if len(secure_only) == len(failing):
        hint = plain_http + "."
    elif secure_only:
        hint = f"{cross_site}; and {plain_http}."
    else:
        hint = cross_site + "."
    return Problem(
        "cors.W021",
        "SESSION_COOKIE_*",
        cookie.describe(),
        message,
        hint,
        None if len(secure_only) == len(failing) else dict(CROSS_SITE_SESSION_FIX),
    )
