"""A credentialed pattern never admits a site it does not name (issue 18, item 3).

Regression tests for each look-alike of the issue: start-up refuses the pattern with credentials,
naming the attacker origin and a fix that passes the probe; the request-time site rule refuses
other sites for every pattern that starts; the port rule applies only to patterns that cannot match
a port. The guarantee itself is a Hypothesis property in ``test_site_property.py``.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning
from flask_cors._errors import Problem
from flask_cors._options import merge_layers, normalise
from flask_cors._origins import SITE_MEMO_SIZE, OriginRule, classify_origin, compile_origins
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

LOOKALIKE = "lookalike: a domain that merely ends with the same text; anyone can register it"
CREDENTIALED = "with credentials, that site can act as your users and read the answers."
OWN_SITES = (
    "so every match is a site of its own, owned by whoever registered it; with credentials, each could act as your "
    "users and read the answers."
)
CALLABLE_HINT = (
    "list the origins you trust; when every such site is meant (preview deployments, a domain per customer), pass a "
    "callable that decides per origin: origins=[lambda origin: origin in trusted_origins()]."
)
FIVE = (
    r"https://a\.example\.com|https://b\.example\.com|https://c\.example\.com|https://d\.example\.com"
    r"|https://.*example-cdn\.com"
)
FIVE_FIXED = (
    r"https://a\.example\.com|https://b\.example\.com|https://c\.example\.com|https://d\.example\.com"
    r"|https://([a-z0-9-]+\.)*example-cdn\.com"
)
SUBDOMAINS = r"https://([a-z0-9-]+\.)*example\.com"


def refusal(pattern: Any) -> list[tuple[Any, ...]]:
    """The problems ``CORS(app, origins=[pattern], supports_credentials=True)`` raises."""
    with pytest.raises(ConfigurationError) as caught:
        CORS(Flask(__name__), origins=[pattern], supports_credentials=True)
    return [(p.code, p.option, p.value, p.message, p.hint, p.fix) for p in caught.value.problems]


def findings(pattern: Any, credentials: bool) -> list[Problem]:
    problems: list[Problem] = []
    normalise(merge_layers({"origins": [pattern], "supports_credentials": credentials}), problems)
    return problems


def app_with(*origins: Any, credentials: bool = True) -> Any:
    app = Flask(__name__)

    @app.route("/", methods=["GET", "PUT"])
    def index() -> str:
        return "ok"

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        CORS(app, origins=list(origins), supports_credentials=credentials)
    return app.test_client()


def credentialed(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", "Vary": "Origin"}


REFUSED = {"Vary": "Origin"}


# The patterns of the "Why": each started with credentials and no finding, and the origin named
# after it got Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true.
LOOKALIKES = [
    pytest.param(FIVE, "https://evilexample-cdn.com", LOOKALIKE, FIVE_FIXED, "https://cdn.example-cdn.com", id="fifth"),
    pytest.param(
        r"https://app\..*example\.com",
        "https://app.evilexample.com",
        LOOKALIKE,
        r"https://app\.([a-z0-9-]+\.)*example\.com",
        "https://app.example.com",
        id="inner-label",
    ),
    pytest.param(
        r".*example\.com", "https://evilexample.com", LOOKALIKE, SUBDOMAINS, "https://www.example.com", id="schemeless"
    ),
    pytest.param(
        r"(https?://)?.*example\.com\.?",
        "https://evilexample.com",
        LOOKALIKE,
        SUBDOMAINS,
        "https://example.com",
        id="optional-scheme",
    ),
    pytest.param(
        r"https://.*example\.github\.io",
        "https://evilexample.github.io",
        LOOKALIKE,
        r"https://([a-z0-9-]+\.)*example\.github\.io",
        "https://docs.example.github.io",
        id="public-suffix",
    ),
    pytest.param(
        r"https://example\.com[\w:]*",
        "https://example.community",
        "extension: the pattern lets letters follow the intended host, which makes another domain name",
        r"https://example\.com",
        "https://example.com:8443",
        id="trailing-class",
    ),
]


@pytest.mark.parametrize(("pattern", "attacker", "why", "fix", "intended"), LOOKALIKES)
def test_a_lookalike_pattern_with_credentials_refuses_to_start_naming_the_attacker(
    pattern: str, attacker: str, why: str, fix: str, intended: str
) -> None:
    assert refusal(pattern) == [
        ("cors.E013", "origins", pattern, f"admits {attacker!r} ({why}); {CREDENTIALED}", f"use r'{fix}' instead.", fix)
    ]
    # The fix starts without a finding, still lets the intended origin in and keeps the attacker out.
    client = app_with(fix)
    assert cors_headers(get(client, "/", intended)) == credentialed(intended)
    assert cors_headers(get(client, "/", attacker)) == REFUSED
    assert cors_headers(preflight(client, "/", attacker)) == REFUSED


@pytest.mark.parametrize(
    ("pattern", "attacker"),
    [
        pytest.param(r"https://myapp-.*\.vercel\.app", "https://myapp-evil.vercel.app", id="preview-deployments"),
        pytest.param("https://*.co.uk", "https://evil.co.uk", id="wildcard-over-public-suffix"),
        pytest.param(r"https://[a-z]+\.com", "https://evil.com", id="any-dot-com"),
    ],
)
def test_a_pattern_reaching_into_the_registrable_domain_refuses_to_start_with_credentials(
    pattern: str, attacker: str
) -> None:
    message = f"admits {attacker!r}: its variable part reaches into the registrable domain itself, {OWN_SITES}"
    assert refusal(pattern) == [("cors.E020", "origins", pattern, message, CALLABLE_HINT, None)]
    # Without credentials it starts, with a warning that says the same; the public answer is what was asked.
    public = message.replace(
        "with credentials, each could act as your users and read the answers.", "each can read your responses."
    )
    assert [(p.code, p.message, p.hint) for p in findings(pattern, credentials=False)] == [
        ("cors.W070", public, CALLABLE_HINT)
    ]
    app = Flask(__name__)
    with pytest.warns(InsecureConfigurationWarning, match=r"^\[cors\.W070\]"):
        CORS(app, origins=[pattern])
    assert cors_headers(get(app.test_client(), "/", attacker)) == {
        "Access-Control-Allow-Origin": attacker,
        "Vary": "Origin",
    }


def test_a_pattern_admitting_any_site_refuses_to_start_with_credentials_only() -> None:
    message = f"admits any site (e.g. 'https://evil.com'), {OWN_SITES}"
    assert refusal(r"https://.*") == [("cors.E020", "origins", r"https://.*", message, CALLABLE_HINT, None)]
    assert findings(r"https://.*", credentials=False) == []  # public answers to every https site: what '*' does


def test_every_extension_is_a_site_of_its_own() -> None:
    message = f"admits any site (e.g. 'chrome-extension://{'a' * 32}'), {OWN_SITES}"
    assert refusal(r"chrome-extension://[a-p]{32}") == [
        ("cors.E020", "origins", r"chrome-extension://[a-p]{32}", message, CALLABLE_HINT, None)
    ]


def test_names_nobody_can_register_start_with_a_warning_and_are_refused_credentials() -> None:
    # An intranet name is a site of its own that the pattern does not name, but no other party's:
    # the configuration starts, says that those origins are refused with credentials, and refuses them.
    pattern = r"http://[a-z]+:8080"
    assert [(p.code, p.message, p.hint) for p in findings(pattern, credentials=True)] == [
        (
            "cors.W071",
            "admits 'http://evil:8080', a site of its own that nobody can register (an intranet name, an unknown "
            "top-level domain); the pattern does not name it, so with credentials it is refused.",
            "list such origins exactly, e.g. origins=['http://intranet:8080'], or pass a callable that decides per "
            "origin.",
        )
    ]
    assert findings(pattern, credentials=False) == []
    app = Flask(__name__)
    with pytest.warns(UserWarning, match=r"^\[cors\.W071\]"):
        CORS(app, origins=[pattern], supports_credentials=True)
    assert cors_headers(get(app.test_client(), "/", "http://intranet:8080")) == REFUSED
    assert cors_headers(get(app_with(pattern, credentials=False), "/", "http://intranet:8080")) == {
        "Access-Control-Allow-Origin": "http://intranet:8080",
        "Vary": "Origin",
    }
    assert cors_headers(get(app_with("http://intranet:8080"), "/", "http://intranet:8080")) == credentialed(
        "http://intranet:8080"
    )


def test_a_deliberate_case_is_a_callable_and_starts() -> None:
    deployments = {"https://myapp-git-main-team.vercel.app"}
    client = app_with(lambda origin: origin in deployments)
    assert cors_headers(get(client, "/", "https://myapp-git-main-team.vercel.app")) == credentialed(
        "https://myapp-git-main-team.vercel.app"
    )
    assert cors_headers(get(client, "/", "https://myapp-evil.vercel.app")) == REFUSED


# The request-time rule: with credentials, a pattern's match is allowed only for a site it names.


@pytest.mark.parametrize(
    ("pattern", "allowed", "refused"),
    [
        # An unescaped dot before the top-level domain admits only names nobody can register: no finding,
        # but those names are other sites, and the rule keeps them out.
        pytest.param(r"http://blah.com(:\d+)?", "http://blah.com:5000", "http://blahxcom", id="unescaped-tld-dot"),
        pytest.param(
            r"https://app\.example\.com(@.*)?", "https://app.example.com", "https://app.example.com@evil.com", id="at"
        ),
        pytest.param(
            r"http://(.*\.)?localhost(:\d+)?", "http://app.localhost:3000", "http://localhost.evil.com", id="lo"
        ),
    ],
)
def test_a_pattern_that_starts_admits_no_other_site_with_credentials(pattern: str, allowed: str, refused: str) -> None:
    assert findings(pattern, credentials=True) == []
    client = app_with(pattern)
    assert cors_headers(get(client, "/", allowed)) == credentialed(allowed)
    assert cors_headers(get(client, "/", refused)) == REFUSED
    assert cors_headers(preflight(client, "/", refused)) == REFUSED


def matcher(*values: Any) -> Any:
    rules = []
    for value in values:
        rule = classify_origin(value, [])
        assert isinstance(rule, OriginRule)
        rules.append(rule)
    return compile_origins(tuple(rules))


@pytest.mark.parametrize(
    ("configured", "origin", "with_credentials", "without"),
    [
        pytest.param(r"https://.*example\.com", "https://evilexample.com", False, True, id="lookalike"),
        pytest.param(r"https://.*example\.com", "https://app.example.com:8443", True, True, id="named-site"),
        pytest.param(re.compile(r"https://.*example\.com"), "https://evilexample.com", False, True, id="compiled"),
        pytest.param(r"https://app\.example\.com.*", "https://app.example.com.evil.com", False, True, id="suffix"),
        pytest.param("https://*.co.uk", "https://evil.co.uk", False, True, id="public-suffix-wildcard"),
        pytest.param(r"https?://.*\.example\.com", "http://a.example.com", True, True, id="other-scheme-named"),
        pytest.param(r"https://(a|b)\.example\.(com|net)", "https://b.example.net", True, True, id="alternatives"),
        # Values browsers never send are compared as flask-cors does; their site has no scheme, which only a
        # pattern that does not spell its scheme out can name.
        pytest.param(r".*\.example\.com", "www.example.com", True, True, id="schemeless-value"),
        pytest.param(r".*\.example\.com", "www.example.com.evil.com", False, False, id="schemeless-suffix"),
        pytest.param(r"http://127\.0\.0\.1:\d+", "http://127.0.0.1:5000", True, True, id="loopback"),
    ],
)
def test_the_matcher_allows_a_credentialed_origin_only_from_a_named_site(
    configured: Any, origin: str, with_credentials: bool, without: bool
) -> None:
    m = matcher(configured)
    assert (m.allows(origin, credentials=True), m.allows(origin, credentials=False)) == (with_credentials, without)


def test_the_site_of_an_origin_is_computed_once_and_the_memo_is_bounded() -> None:
    m = matcher(r"https://.*\.example\.com")
    assert m.allows("https://a.example.com", credentials=True) is True
    assert m.allows("https://a.example.com", credentials=True) is True
    assert dict(m.site_memo) == {"https://a.example.com": "https://example.com"}
    for index in range(SITE_MEMO_SIZE + 10):
        m.allows(f"https://x{index}.example.com", credentials=True)
    assert len(m.site_memo) == SITE_MEMO_SIZE
    assert m.allows(f"https://x{SITE_MEMO_SIZE + 5}.example.com", credentials=True) is True


def test_exact_origins_and_predicates_are_not_read_for_sites() -> None:
    m = matcher("https://app.example.com", lambda origin: origin == "https://other.example.net")
    assert (m.patterns, dict(m.by_site)) == (None, {})
    assert m.allows("https://other.example.net", credentials=True) is True


# The port rule: only a pattern that cannot match any port allows every port of its hosts.


@pytest.mark.parametrize("credentials", [True, False], ids=["credentials", "public"])
@pytest.mark.parametrize(
    ("pattern", "origin", "allowed"),
    [
        pytest.param(r"https://app\.example\.com(:8443)?", "https://app.example.com:8443", True, id="named-port"),
        pytest.param(r"https://app\.example\.com(:8443)?", "https://app.example.com", True, id="named-no-port"),
        pytest.param(r"https://app\.example\.com(:8443)?", "https://app.example.com:9000", False, id="other-port"),
        pytest.param(r"https://app\.example\.com", "https://app.example.com:9000", True, id="portless-any-port"),
        pytest.param(r"https://app\.example\.com:\d+", "https://app.example.com:9000", True, id="any-named-port"),
        pytest.param("https://*.example.com:443", "https://a.example.com:8443", False, id="wildcard-named-port"),
        pytest.param("https://*.example.com:443", "https://a.example.com", True, id="wildcard-default-port"),
    ],
)
def test_only_a_pattern_that_cannot_match_a_port_allows_every_port(
    pattern: str, origin: str, allowed: bool, credentials: bool
) -> None:
    client = app_with(pattern, credentials=credentials)
    expected = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
    if credentials:
        expected = credentialed(origin)
    assert cors_headers(get(client, "/", origin)) == (expected if allowed else REFUSED)


# Fixes: every suggested value differs from the input and passes the probe.

FLAWED = [
    FIVE,
    r"https://app\..*example\.com",
    r".*example\.com",
    r"(https?://)?.*example\.com\.?",
    r"https://.*example\.github\.io",
    r"https://example\.com[\w:]*",
    r"https://app\.example\.com.*",
    r"http://www.example.com$",
    r"https://.*.example.com",
    r"https://api\.example\.com.+",
    r"https://.+example\.(com|net)",
    r"https://(www\.)?.*example\.co\.uk",
    re.compile(r"https://.*example\.com"),
    "http://blah.com/*",
    "https://*example.com",
]


@pytest.mark.parametrize("pattern", FLAWED, ids=str)
@pytest.mark.parametrize("credentials", [True, False], ids=["credentials", "public"])
def test_every_suggested_fix_differs_from_the_input_and_passes_the_probe(pattern: Any, credentials: bool) -> None:
    problems = findings(pattern, credentials)
    assert problems, "the pattern has a finding"
    fixes = [p.fix for p in problems if p.fix is not None]
    if pattern == "http://blah.com/*":
        assert fixes == ["http://blah.com"]  # the bare origin was plainly meant
    for fix in fixes:
        assert fix != (pattern.pattern if isinstance(pattern, re.Pattern) else pattern)
        assert findings(fix, credentials=True) == []


def test_a_url_glob_is_compared_as_the_bare_origin_it_names() -> None:
    # An origin has no path, so only the bare origin can be meant (docs/differences.md B5).
    with pytest.warns(CORSWarning) as record:
        app = Flask(__name__)
        CORS(app, origins=["http://blah.com/*"], supports_credentials=True)
    assert [(w.message.args[0].split(":", 1)[0]) for w in record] == ["[cors.W053] origins='http"]
    [problem] = findings("http://blah.com/*", credentials=True)
    assert (problem.code, problem.fix) == ("cors.W053", "http://blah.com")
    client = app.test_client()
    assert client.get("/", headers={"Origin": "http://blah.com"}).headers.get("Access-Control-Allow-Origin") == (
        "http://blah.com"
    )
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": "http://blahxcom"}).headers


def test_an_attacker_named_by_a_finding_is_one_somebody_could_register() -> None:
    # The unescaped dot of "blah.com" admits "blahxcom", which is nobody's domain: no finding. The dot of
    # "www.example.com" admits "wwwxexample.com", which anyone can register.
    assert findings(r"http://blah.com(:\d+)?", credentials=True) == []
    [problem] = findings(r"http://www.example.com(:\d+)?", credentials=True)
    assert problem.message.startswith("admits 'http://wwwxexample.com' (unescaped-dot: ")
