"""Property: with credentials, no origin whose registrable domain the pattern does not name gets in.

Patterns are written from the fragments people use (schemes, ``.*`` and label prefixes, escaped and
unescaped hosts, port and suffix tails, alternatives). The sites each pattern names are known by
construction (the registrable domains of the hosts written into it), and the oracle computes an
origin's registrable domain here, with ``publicsuffixlist`` directly, independently of
``flask_cors._sites``. Origins come from the pattern itself (``from_regex``: strings it matches)
and from the edits a scanner makes (look-alike prefixes, suffixes, top-level domain extensions,
replaced dots).

The last test turns the request-time site rule off and expects the property to find a
counterexample: what the start-up probe does not report (``http://blahxcom`` from ``blah.com``, a
name nobody can register) only the rule keeps out.
"""

from __future__ import annotations

import ipaddress
import re
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from publicsuffixlist import PublicSuffixList

from flask import Flask
from flask_cors import CORS, ConfigurationError
from flask_cors._origins import OriginMatcher
from tests.helpers import get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

PSL = PublicSuffixList()

# (as written in the pattern, the registrable domain it names)
HOSTS = [
    (r"example\.com", "example.com"),
    (r"app\.example\.com", "example.com"),
    ("app.example.com", "example.com"),
    ("blah.com", "blah.com"),
    (r"example\.co\.uk", "example.co.uk"),
    (r"shop\.example\.github\.io", "example.github.io"),
    (r"example-cdn\.net", "example-cdn.net"),
    ("localhost", "localhost"),
    (r"127\.0\.0\.1", "localhost"),
]
SCHEMES = ["https://", "http://", "https?://", "(https?://)?", "", ".*", "[a-z]+://", r"https:\/\/"]
PREFIXES = ["", ".*", ".+", r".*\.", r"([a-z0-9-]+\.)*", r"[a-z]+\.", r"(www\.)?", r"\w*", "[a-z-]*", r"(app|api)\."]
SUFFIXES = [
    "",
    "$",
    ".*",
    r"(:\d+)?",
    r"(\..*)?",
    "[^/]*",
    r"(@.*)?",
    r"(:[0-9]+)?$",
    r"\W?.*",
    r"[\w:]*",
    r"\.?",
    r"(:8443)?",
]
ORIGIN_TEXT = st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters=",")

piece = st.tuples(
    st.sampled_from(SCHEMES), st.sampled_from(PREFIXES), st.sampled_from(HOSTS), st.sampled_from(SUFFIXES)
)


def registrable_domain(origin: str) -> str | None:
    """The oracle: ``origin``'s registrable domain, or None when it has no host a browser could send."""
    shape = re.fullmatch(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?([^/?#@:\[\]\\^|<>%\s]+)(?::[0-9]{1,5})?", origin)
    if shape is None:
        return None
    host = shape[1].lower()
    host = host[:-1] if host.endswith(".") else host
    if not host or "" in host.split("."):
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "localhost"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        found: str | None = PSL.privatesuffix(host)
        return found or host
    return "localhost" if address.is_loopback else str(address)


def scanner_origins(hosts: list[str]) -> Any:
    """What a scanner sends: the intended host, and look-alikes of it."""
    edits = st.sampled_from(
        [
            lambda h: h,
            lambda h: "evil" + h,
            lambda h: "evil-" + h,
            lambda h: "a." + h,
            lambda h: h + ".evil.com",
            lambda h: h + "_.evil.com",
            lambda h: h + "munity",
            lambda h: h + ":8443",
            lambda h: h.replace(".", "x", 1),
            lambda h: h[::-1].replace(".", "x", 1)[::-1],
            lambda h: h + "@evil.com",
        ]
    )
    return st.builds(
        lambda scheme, edit, host: scheme + edit(host),
        st.sampled_from(["https://", "http://", ""]),
        edits,
        st.sampled_from(hosts),
    )


def check(pieces: list[tuple[str, str, tuple[str, str], str]], data: Any) -> None:
    pattern = "|".join(scheme + prefix + host[0] + suffix for scheme, prefix, host, suffix in pieces)
    named = {host[1] for _, _, host, _ in pieces}
    app = Flask(__name__)

    @app.route("/")
    def index() -> str:
        return "ok"

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a configuration that starts with a warning still starts
            CORS(app, origins=[pattern], supports_credentials=True)
    except ConfigurationError:
        return  # refused at start-up: the user was told
    client = app.test_client()
    literal_hosts = [host[0].replace("\\", "") for _, _, host, _ in pieces]
    matching = st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True, alphabet=ORIGIN_TEXT)
    for _ in range(4):
        for origin in (data.draw(matching), data.draw(scanner_origins(literal_hosts))):
            if len(origin) > 280:
                continue
            for response in (get(client, "/", origin), preflight(client, "/", origin)):
                if "Access-Control-Allow-Origin" in response.headers:
                    assert registrable_domain(origin) in named, (pattern, origin, response.headers)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pieces=st.lists(piece, min_size=1, max_size=3), data=st.data())
def test_no_origin_of_a_site_the_pattern_does_not_name_gets_in_with_credentials(
    pieces: list[tuple[str, str, tuple[str, str], str]], data: Any
) -> None:
    check(pieces, data)


def test_the_property_fails_without_the_request_time_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def without_the_rule(self: OriginMatcher, origin: str) -> bool:
        return self.patterns is not None and self.patterns.matches(origin)

    # The same property, not shrunk: the counterexample itself does not matter here, only that there is one.
    @settings(
        max_examples=150, deadline=None, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)
    )
    @given(pieces=st.lists(piece, min_size=1, max_size=3), data=st.data())
    def unguarded(pieces: list[tuple[str, str, tuple[str, str], str]], data: Any) -> None:
        check(pieces, data)

    monkeypatch.setattr(OriginMatcher, "_credentialed_match", without_the_rule)
    with pytest.raises(AssertionError, match=r"= registrable_domain\("):
        unguarded()
