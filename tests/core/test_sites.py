"""Sites: the site of a request's origin, and the sites an origin pattern names (no Flask)."""

from __future__ import annotations

import re

import pytest

from flask_cors._sites import MAX_ALTERNATIVES, analyse, can_be_registered, site_of


@pytest.mark.parametrize(
    ("origin", "site"),
    [
        ("https://app.example.com:8443", "https://example.com"),
        ("https://APP.Example.COM", "https://example.com"),
        ("https://example.com.", "https://example.com"),
        ("https://a.b.example.co.uk", "https://example.co.uk"),
        ("https://myapp.vercel.app", "https://myapp.vercel.app"),
        ("https://github.io", "https://github.io"),  # a public suffix stands for itself
        ("https://app.example.com_.evil.com", "https://evil.com"),
        ("http://192.168.1.10:8000", "http://192.168.1.10"),
        ("http://[2001:db8::1]:80", "http://[2001:db8::1]"),
        # This machine is one site, whatever it is called.
        ("http://localhost:3000", "http://localhost"),
        ("http://api.localhost", "http://localhost"),
        ("http://127.0.0.5:5000", "http://localhost"),
        ("http://[::1]:5000", "http://localhost"),
        ("chrome-extension://abcdefghijklmnop", "chrome-extension://abcdefghijklmnop"),
        # Values browsers never send: no scheme, no site at all.
        ("www.example.com", "://example.com"),
        ("https://app.example.com@evil.com", None),
        ("https://evil.com/.example.com", None),
        ("https://a..example.com", None),
        ("http://www.127.0.0.1", None),
        ("null", "://null"),
    ],
)
def test_site_of_an_origin(origin: str, site: str | None) -> None:
    assert site_of(origin) == site


@pytest.mark.parametrize(
    ("host", "registrable"),
    [
        ("evil.com", True),
        ("app.example.com_.evil.com", True),
        ("evil.co.uk", True),
        ("myapp-evil.vercel.app", True),
        ("192.168.1.66", True),
        ("blahxcom", False),  # an unknown top-level domain
        ("evil.test", False),  # a reserved one
        ("co.uk", False),  # a public suffix
        ("evil.localhost", False),  # this machine
        ("127.0.0.1", False),
    ],
)
def test_who_could_register_a_host(host: str, registrable: bool) -> None:
    assert can_be_registered(host) is registrable


@pytest.mark.parametrize(
    ("pattern", "sites", "unowned"),
    [
        (r"https://([a-z0-9-]+\.)*example\.com", {"https://example.com"}, 0),
        (r"https://(app|admin)\.example\.(com|net)", {"https://example.com", "https://example.net"}, 0),
        (r"https?://(www\.)?example\.com(:\d+)?", {"http://example.com", "https://example.com"}, 0),
        (r".*example\.com", {"*://example.com"}, 0),
        (r"https://.*example\.github\.io", {"https://example.github.io"}, 0),
        (r"http://www.example.com", {"http://example.com"}, 0),  # an unescaped dot read as meant
        (r"https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?", {"http://localhost", "https://localhost"}, 0),
        (r"https://(?:[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?\.)+example\.co\.uk", {"https://example.co.uk"}, 0),
        (r"https://(?:[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?\.)+co\.uk", set(), 2),  # https://*.co.uk
        (r"https://example\.com[\w:]*", {"https://example.com"}, 0),
        (r"https://myapp-.*\.vercel\.app", {"https://myapp-.vercel.app"}, 1),
        (r"https://[a-z]+\.com", set(), 1),
        (r"https://example\.[a-z]+", set(), 1),
        (r"http://192\.168\.0\.\d+", set(), 1),
        ("https://.*", set(), 1),
    ],
)
def test_the_sites_a_pattern_names(pattern: str, sites: set[str], unowned: int) -> None:
    analysis = analyse(pattern, re.IGNORECASE)
    assert set(analysis.sites) == sites
    assert len([a for a in analysis.alternatives if a.domain is None]) == unowned


def test_the_fifth_alternative_and_every_one_after_it_are_read() -> None:
    pattern = "|".join(rf"https://.*\.site{i}\.example" for i in range(40))
    assert analyse(pattern, re.IGNORECASE).sites == {f"https://site{i}.example" for i in range(40)}


def test_too_many_alternatives_name_fewer_sites_never_more() -> None:
    # 3**6 = 729 combinations: past the bound, parts are read as "any of their characters".
    pattern = "https://" + r"(ab|cd|ef)" * 6 + r"\.example\.com"
    assert MAX_ALTERNATIVES < 3**6
    analysis = analyse(pattern, re.IGNORECASE)
    assert len(analysis.alternatives) <= MAX_ALTERNATIVES
    assert analysis.sites == {"https://example.com"}


@pytest.mark.parametrize(
    ("pattern", "names_port"),
    [
        (r"https://app\.example\.com", False),
        (r"https://.*\.example\.com", False),
        (r"https://app\.example\.com(:8443)?", True),
        (r"https://app\.example\.com:\d+", True),
        (r"https://example\.com[\w:]*", True),
        (r"https://app\.example\.com.*", True),
        (r".*example\.com", False),
    ],
)
def test_whether_a_pattern_can_match_a_port(pattern: str, names_port: bool) -> None:
    assert analyse(pattern, re.IGNORECASE).names_port is names_port
