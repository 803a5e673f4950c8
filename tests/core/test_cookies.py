"""The cookie model on its own: sites, secure URLs, Set-Cookie parsing and the verdicts Chromium cannot show here.

The rules Chromium can show on one machine are in tests/cookie_cases.py and judged by
tests/browser/test_cookies.py; https is not among them (no certificates), so its rules are here.
"""

from __future__ import annotations

import pytest

from flask_cors._cookies import (
    Cookie,
    Verdict,
    across_browsers,
    is_secure_url,
    judge_cookie,
    parse_cookie,
    site_of,
)
from flask_cors._profiles import DEFAULT, PROFILES, browser_profile


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://app.example.net", "https://example.net"),
        ("https://app.example.net:8443/x", "https://example.net"),
        ("http://app.example.net", "http://example.net"),
        ("https://a.b.example.co.uk", "https://example.co.uk"),
        ("https://user.github.io", "https://user.github.io"),
        ("https://github.io", "https://github.io"),
        ("http://localhost:5173", "http://localhost"),
        ("http://api.localhost:5000", "http://api.localhost"),
        ("http://127.0.0.1:5000", "http://127.0.0.1"),
        ("http://[::1]:5000", "http://[::1]"),
        ("wss://chat.example.net", "https://example.net"),
        ("null", "null"),
    ],
)
def test_site_is_scheme_and_registrable_domain(url: str, site: str) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("url", "secure"),
    [
        ("https://example.net", True),
        ("http://example.net", False),
        ("http://localhost:5000", True),
        ("http://api.localhost", True),
        ("http://127.0.0.1:5000", True),
        ("http://127.8.9.10", True),
        ("http://[::1]:5000", True),
        ("http://192.168.1.10", False),
        ("http://localhost.example", False),
        ("http://127.evil.example", False),
        ("http://[::2]", False),
    ],
)
def test_secure_urls_include_localhost_and_loopback(url: str, secure: bool) -> None:
    assert is_secure_url(url) is secure


def test_parse_set_cookie_reads_the_attributes_that_matter() -> None:
    text = "session=abc; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Domain=.Example.NET; Path=/api; Secure; HttpOnly; SameSite=none; Partitioned"
    assert parse_cookie(text) == Cookie("session", "abc", "None", True, True, "example.net", "/api", True)


def test_parse_short_form_and_odd_values() -> None:
    assert parse_cookie("session; SameSite=Lax") == Cookie("session", samesite="Lax")
    assert parse_cookie("sid=1; SameSite=Sometimes; Path=relative") == Cookie("sid", "1")
    with pytest.raises(ValueError, match="^' ; Secure' is not a cookie"):
        parse_cookie(" ; Secure")


def test_describe_writes_the_attributes_back() -> None:
    cookie = parse_cookie("session=x; samesite=none; secure; partitioned; path=/; httponly")
    assert cookie.describe() == "session; Path=/; Secure; HttpOnly; SameSite=None; Partitioned"


def test_http_page_and_https_api_are_cross_site_by_scheme() -> None:
    judged = judge_cookie(
        parse_cookie("sid=1; SameSite=Lax; Secure"), "http://app.example.net", "https://api.example.net/me"
    )
    assert judged.send == Verdict(
        False,
        ("SchemefulSameSiteLax", "UserPreferences"),
        "it is SameSite=Lax and the request is cross-site (the page's site is http://example.net and the API's is "
        "https://example.net); third-party cookies are blocked too",
    )


def test_none_secure_cookie_goes_cross_site_over_https_when_third_party_cookies_are_allowed() -> None:
    cookie = parse_cookie("sid=1; SameSite=None; Secure")
    judged = judge_cookie(cookie, "https://app.example.com", "https://api.example.net/me", browser=PROFILES["chrome"])
    assert (judged.stored, judged.sent) == (True, True)
    blocked = judge_cookie(cookie, "https://app.example.com", "https://api.example.net/me")
    assert blocked.send.reasons == ("UserPreferences",)
    assert blocked.describe() == (
        "sid: not sent: the request is cross-site and third-party cookies are blocked, as in Safari and in Chrome's "
        "Incognito, its setting and automation; only a Partitioned cookie would go"
    )


def test_same_site_subdomains_over_https_share_a_lax_cookie() -> None:
    judged = judge_cookie(parse_cookie("sid=1"), "https://app.example.net", "https://api.example.net/me")
    assert (judged.stored, judged.sent, judged.cross_site) == (True, True, False)
    assert judged.describe() == "sid: sent"


def test_host_only_cookie_is_not_sent_to_another_host_of_the_site() -> None:
    judged = judge_cookie(
        parse_cookie("sid=1"),
        "https://app.example.net",
        "https://data.example.net/x",
        set_url="https://api.example.net/login",
    )
    assert judged.send == Verdict(False, ("DomainMismatch",), "it belongs to api.example.net, not data.example.net")


def test_domain_must_cover_the_host() -> None:
    judged = judge_cookie(
        parse_cookie("sid=1; Domain=other.net"), "https://app.example.net", "https://api.example.net/"
    )
    assert judged.store == Verdict(
        False, ("InvalidDomain",), "its Domain=other.net does not cover the host api.example.net"
    )
    assert judged.send == Verdict(
        False, (), "the browser never stores it: its Domain=other.net does not cover the host api.example.net"
    )


def test_default_path_comes_from_the_url_that_set_the_cookie() -> None:
    cookie = parse_cookie("sid=1")
    page = "https://app.example.net"
    assert judge_cookie(
        cookie, page, "https://api.example.net/auth/me", set_url="https://api.example.net/auth/login"
    ).sent
    judged = judge_cookie(cookie, page, "https://api.example.net/items", set_url="https://api.example.net/auth/login")
    assert judged.send == Verdict(False, ("NotOnPath",), "its Path=/auth does not cover /items")


def test_opaque_origin_is_cross_site_with_everything() -> None:
    judged = judge_cookie(parse_cookie("sid=1; SameSite=Strict"), "null", "http://localhost/x")
    assert judged.send.reasons == ("SchemefulSameSiteStrict", "UserPreferences")


_HOST = (
    "its name starts with __Host-, which requires Secure, Path=/ and no Domain attribute, from a secure origin, but "
)


@pytest.mark.parametrize(
    ("set_cookie", "why"),
    [
        ("__Host-sid=1; Path=/api", _HOST + "it is not Secure and its Path is /api"),
        ("__Host-sid=1; Secure; Path=/api", _HOST + "its Path is /api"),
        ("__Host-sid=1; Secure", _HOST + "it has no Path"),
        ("__Host-sid=1; Secure; Path=/; Domain=example.net", _HOST + "it has Domain=example.net"),
        (
            "__HOST-sid=1; Secure; Path=/; Domain=api.example.net",
            _HOST.replace("__Host-,", "__HOST-,") + "it has Domain=api.example.net",
        ),
        (
            "__Secure-sid=1",
            "its name starts with __Secure-, which requires Secure, from a secure origin, but it is not Secure",
        ),
        (
            "__secure-sid=1; SameSite=None",
            "its name starts with __secure-, which requires Secure, from a secure origin, but it is not Secure",
        ),
        (
            "__Host-Http-sid=1; Secure; Path=/",
            "its name starts with __Host-Http-, which requires Secure and HttpOnly, Path=/ and no Domain attribute, "
            "from a secure origin, but it is not HttpOnly",
        ),
    ],
)
def test_name_prefixes_are_enforced_case_insensitively(set_cookie: str, why: str) -> None:
    judged = judge_cookie(parse_cookie(set_cookie), "https://app.example.net", "https://api.example.net/")
    assert judged.store == Verdict(False, ("InvalidPrefix",), why)
    assert judged.send == Verdict(False, (), "the browser never stores it: " + why)


@pytest.mark.parametrize(
    "set_cookie",
    [
        "__Host-sid=1; Secure; Path=/",
        "__Secure-sid=1; Secure; Path=/api; Domain=example.net",
        "__Http-sid=1; Secure; HttpOnly",
        "__Host-Http-sid=1; Secure; HttpOnly; Path=/",
        "__Hostile=1",
        "sid__Host-=1",
    ],
)
def test_valid_prefixed_cookies_and_lookalikes_are_kept(set_cookie: str) -> None:
    judged = judge_cookie(parse_cookie(set_cookie), "https://app.example.net", "https://api.example.net/api")
    assert (judged.store, judged.send) == (Verdict(True), Verdict(True))


def test_secure_prefix_needs_a_secure_origin() -> None:
    judged = judge_cookie(parse_cookie("__Secure-sid=1; Secure"), "http://app.example.net", "http://api.example.net/")
    assert judged.store == Verdict(
        False,
        ("InvalidPrefix",),
        "its name starts with __Secure-, which requires Secure, from a secure origin, but http://api.example.net/ "
        "is plain http (not localhost)",
    )


def test_a_partitioned_cookie_goes_only_to_pages_of_the_site_it_was_stored_for() -> None:
    """CHIPS: the partition key is the top-level site the cookie was stored through."""
    cookie = parse_cookie("sid=1; SameSite=None; Secure; Partitioned; Path=/")
    kept = Cookie("sid", "1", "None", True, True, None, "/", partition_key="https://example.com")
    assert judge_cookie(kept, "https://app.example.com", "https://api.example.net/me").sent
    elsewhere = judge_cookie(kept, "https://other.example.org", "https://api.example.net/me")
    assert elsewhere.send == Verdict(
        False,
        (),
        "it is Partitioned and kept for pages on https://example.com, not for this page's site https://example.org",
    )
    assert kept.describe() == "sid; Path=/; Secure; SameSite=None; Partitioned (kept for https://example.com)"
    # Not knowing the partition, the model takes the cookie to have been stored through this page.
    assert judge_cookie(cookie, "https://other.example.org", "https://api.example.net/me").sent


def test_samesite_none_without_secure_cross_site_is_refused_as_a_third_party_cookie_first() -> None:
    """Chromium (150 and 156) reports UserPreferences, not SameSiteNoneInsecure, where third-party cookies are off."""
    cookie = parse_cookie("sid=1; SameSite=None")
    blocked = judge_cookie(cookie, "https://app.example.com", "https://api.example.net/me")
    allowed = judge_cookie(cookie, "https://app.example.com", "https://api.example.net/me", browser=PROFILES["chrome"])
    assert (blocked.store.reasons, allowed.store.reasons) == (("UserPreferences",), ("SameSiteNoneInsecure",))
    assert (blocked.sent, allowed.sent) == (False, False)


@pytest.mark.parametrize(
    ("set_cookie", "line"),
    [
        (
            "sid=1; SameSite=None; Secure",
            "sent by Chrome; blocked by Safari and Chrome with third-party cookies off; Partitioned makes it travel "
            "in all of them",
        ),
        ("sid=1; SameSite=None; Secure; Partitioned", None),
        ("sid=1; SameSite=Lax", None),
        ("sid=1; SameSite=None", None),
    ],
)
def test_across_browsers_names_the_browsers_that_disagree(set_cookie: str, line: str | None) -> None:
    judged = judge_cookie(parse_cookie(set_cookie), "https://app.example.com", "https://api.example.net/me")
    assert across_browsers(judged) == line


def test_browser_profiles_are_chosen_by_argument_then_config_then_default() -> None:
    assert browser_profile() is DEFAULT
    assert DEFAULT.name == "no-third-party-cookies"
    assert browser_profile("chrome") is PROFILES["chrome"]
    assert browser_profile(None, {"CORS_BROWSER": "chrome"}) is PROFILES["chrome"]
    assert browser_profile("no-third-party-cookies", {"CORS_BROWSER": "chrome"}) is DEFAULT
    assert browser_profile(None, {"CORS_BROWSER": "firefox"}) is DEFAULT  # cors.W024 says so
    with pytest.raises(ValueError, match="^browser must be one of 'no-third-party-cookies', 'chrome', got 'safari'.$"):
        browser_profile("safari")  # type: ignore[arg-type]
