"""The cookie cases: one per rule the cookie model encodes, judged by Chromium and shown in the docs.

tests/browser/test_cookies.py replays each case in Chromium and compares its verdicts with
:func:`flask_cors._cookies.judge_cookie`, reason codes included; docs/cookies.md shows the same
table (scripts/cookies_doc.py writes it, tests/test_docs.py checks it is current).

Host names end in ``.test`` (RFC 6761): the browser tests map them to 127.0.0.1 with Chromium's
``--host-resolver-rules``, so ``site-a.test`` and ``site-b.test`` are two real sites on one machine.
Port 8000 stands for the page's server and 5000 for the API's: the tests put their own ports there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CookieCase:
    """A page at ``page`` signs in with a credentialed ``fetch(api + "/login")``, whose answer sets
    ``cookie``; then it calls ``fetch(api + path, {credentials: "include"})``."""

    id: str
    rule: str
    page: str
    api: str
    cookie: str
    path: str = "/data"
    third_party_cookies: bool = False


CASES = (
    CookieCase(
        "same-site-other-port",
        "Ports do not matter for sites: same host, another port is same-site.",
        "http://app.site-a.test:8000",
        "http://app.site-a.test:5000",
        "sid=1; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "same-site-subdomain",
        "Another host under the same registrable domain is same-site, even with SameSite=Strict.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "sid=1; SameSite=Strict; Path=/",
    ),
    CookieCase(
        "cross-site-lax",
        "Another registrable domain is cross-site: SameSite=Lax cookies stay home.",
        "http://app.site-a.test:8000",
        "http://api.site-b.test:8000",
        "sid=1; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "cross-site-lax-third-party-allowed",
        "Allowing third-party cookies changes nothing for SameSite=Lax: it is still not set, nor sent, cross-site.",
        "http://app.site-a.test:8000",
        "http://api.site-b.test:8000",
        "sid=1; SameSite=Lax; Path=/",
        third_party_cookies=True,
    ),
    CookieCase(
        "cross-site-strict-third-party-allowed",
        "SameSite=Strict stays home cross-site too, wherever third-party cookies are allowed.",
        "http://app.site-a.test:8000",
        "http://api.site-b.test:8000",
        "sid=1; SameSite=Strict; Path=/",
        third_party_cookies=True,
    ),
    CookieCase(
        "cross-site-no-samesite",
        "No SameSite attribute means Lax (Flask's default session cookie): not sent cross-site.",
        "http://app.site-a.test:8000",
        "http://api.site-b.test:8000",
        "sid=1; HttpOnly; Path=/",
    ),
    CookieCase(
        "none-without-secure",
        "SameSite=None requires Secure: without it the cookie is rejected.",
        "http://app.site-a.test:8000",
        "http://api.site-b.test:8000",
        "sid=1; SameSite=None; Path=/",
        third_party_cookies=True,
    ),
    CookieCase(
        "secure-over-http",
        "A Secure cookie is neither stored nor sent over plain http (localhost aside).",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "sid=1; Secure; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "none-secure-on-localhost",
        "http://localhost counts as secure, so SameSite=None; Secure works there, where third-party cookies are allowed.",
        "http://app.site-a.test:8000",
        "http://localhost:5000",
        "sid=1; SameSite=None; Secure; Path=/",
        third_party_cookies=True,
    ),
    CookieCase(
        "none-secure-third-party-blocked",
        "Where third-party cookies are blocked (Safari, Chrome in Incognito or under automation), SameSite=None is not enough.",
        "http://app.site-a.test:8000",
        "http://localhost:5000",
        "sid=1; SameSite=None; Secure; Path=/",
    ),
    CookieCase(
        "partitioned",
        "A Partitioned cookie (CHIPS) is kept for this page's site, even where third-party cookies are blocked.",
        "http://app.site-a.test:8000",
        "http://localhost:5000",
        "sid=1; SameSite=None; Secure; Partitioned; Path=/",
    ),
    CookieCase(
        "partitioned-without-secure",
        "Partitioned needs Secure too.",
        "http://app.site-a.test:8000",
        "http://localhost:5000",
        "sid=1; SameSite=None; Partitioned; Path=/",
    ),
    CookieCase(
        "localhost-and-127-0-0-1",
        "localhost and 127.0.0.1 are two different sites.",
        "http://localhost:8000",
        "http://127.0.0.1:5000",
        "sid=1; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "other-path",
        "A cookie for another path is not sent.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "sid=1; SameSite=Lax; Path=/admin",
    ),
    CookieCase(
        "domain-of-the-site",
        "Domain=site-a.test shares the cookie with every host of the site.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "sid=1; SameSite=Lax; Domain=site-a.test; Path=/",
    ),
    CookieCase(
        "domain-is-a-public-suffix",
        "A Domain that is a public suffix is rejected.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "sid=1; SameSite=Lax; Domain=test; Path=/",
    ),
    CookieCase(
        "host-prefix",
        "A __Host- cookie: Secure, Path=/, no Domain, from a secure origin (http://localhost counts).",
        "http://localhost:8000",
        "http://localhost:5000",
        "__Host-sid=1; Secure; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "host-prefix-path-not-root",
        "A __Host- cookie must have Path=/.",
        "http://localhost:8000",
        "http://localhost:5000",
        "__Host-sid=1; Secure; SameSite=Lax; Path=/api",
    ),
    CookieCase(
        "host-prefix-with-domain",
        "A __Host- cookie must not have a Domain attribute, even one naming its own host.",
        "http://localhost:8000",
        "http://localhost:5000",
        "__Host-sid=1; Secure; SameSite=Lax; Path=/; Domain=localhost",
    ),
    CookieCase(
        "host-prefix-any-case",
        "Chromium matches prefixes case-insensitively: __host- is held to the __Host- rules.",
        "http://localhost:8000",
        "http://localhost:5000",
        "__host-sid=1; Secure; SameSite=Lax; Path=/api",
    ),
    CookieCase(
        "secure-prefix-without-secure",
        "A __Secure- cookie must be Secure.",
        "http://localhost:8000",
        "http://localhost:5000",
        "__Secure-sid=1; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "secure-prefix-over-http",
        "A __Secure- cookie must come from a secure origin; Chromium then reports the prefix, not SecureOnly.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "__Secure-sid=1; Secure; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "http-prefix-without-httponly",
        "An __Http- cookie must be Secure and HttpOnly (Chromium 150 and 156 enforce this newer prefix too).",
        "http://localhost:8000",
        "http://localhost:5000",
        "__Http-sid=1; Secure; SameSite=Lax; Path=/",
    ),
    CookieCase(
        "host-prefix-and-public-suffix-domain",
        "A bad Domain and a bad prefix are both reported.",
        "http://app.site-a.test:8000",
        "http://api.site-a.test:8000",
        "__Host-sid=1; Secure; SameSite=Lax; Path=/; Domain=test",
    ),
)
