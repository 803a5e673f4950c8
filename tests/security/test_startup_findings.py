"""Start-up findings: the attack probe over origin patterns, catastrophic patterns, risky choices.

Each finding is asserted field by field (code, option, value, message, hint, fix). The table they
implement is in docs/security.md ("Start-up findings").
"""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flask import Flask
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cross_origin
from flask_cors._errors import Problem
from flask_cors._options import merge_layers, normalise
from flask_cors.testing import check_configuration
from tests.helpers import cors_headers, get

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = pytest.mark.usefixtures("on_framework")

CONSEQUENCE = "with credentials, that site can act as your users and read the answers."
WHY = {
    "lookalike": "a domain that merely ends with the same text; anyone can register it",
    "unescaped-dot": "an unescaped '.' matches any character",
    "suffix": "the pattern lets anything follow the intended host",
    "extension": "the pattern lets letters follow the intended host, which makes another domain name",
    "special-character": "the pattern lets characters such as '_' or '`' follow the host, and some browsers send them",
}


def findings(**options: Any) -> list[tuple[str, str, object, str, str, object]]:
    problems: list[Problem] = []
    normalise(merge_layers(options), problems)
    return [(p.code, p.option, p.value, p.message, p.hint, p.fix) for p in problems]


NOT_AS_USERS = (
    "but never as your users: CORS grants no credentials, and the WebSocket guard refuses handshakes that carry "
    "cookies from an origin allowed only without them"
)


def one_class(kind: str, attacker: str, fix: str, *, credentials: bool = True) -> tuple[str, str, str]:
    consequence = CONSEQUENCE if credentials else f"that site can read your responses, {NOT_AS_USERS}."
    return (
        "cors.E013" if credentials else "cors.W005",
        f"admits {attacker!r} ({kind}: {WHY[kind]}); {consequence}",
        f"use r'{fix}' instead.",
    )


class TestProbeClasses:
    @pytest.mark.parametrize(
        ("pattern", "kind", "attacker", "fix"),
        [
            pytest.param(
                r"https://.*example\.com",
                "lookalike",
                "https://evilexample.com",
                r"https://([a-z0-9-]+\.)*example\.com",
                id="lookalike",
            ),
            pytest.param(
                r"http://www.example.com$",
                "unescaped-dot",
                "http://wwwxexample.com",
                r"http://www\.example\.com$",
                id="unescaped-dot",
            ),
            pytest.param(
                r"https://app\.example\.com(\..*)?",
                "suffix",
                "https://app.example.com.evil.com",
                r"https://app\.example\.com",
                id="suffix",
            ),
            pytest.param(
                r"https://example\.com[\w:]*",
                "extension",
                "https://example.community",
                r"https://example\.com",
                id="extension",
            ),
            pytest.param(
                r"https://app\.example\.com([_~].*)?",
                "special-character",
                "https://app.example.com_.evil.com",
                r"https://app\.example\.com",
                id="special-character",
            ),
        ],
    )
    @pytest.mark.parametrize("credentials", [True, False], ids=["credentials", "public"])
    def test_each_class_names_the_attacker_and_a_verified_fix(
        self, pattern: str, kind: str, attacker: str, fix: str, credentials: bool
    ) -> None:
        code, message, hint = one_class(kind, attacker, fix, credentials=credentials)
        assert findings(origins=[pattern], supports_credentials=credentials) == [
            (code, "origins", pattern, message, hint, fix)
        ]
        # The suggested fix starts cleanly, keeps the intended host, and refuses the attacker.
        assert findings(origins=[fix], supports_credentials=credentials) == []
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            app = Flask(__name__)
            CORS(app, origins=[fix], supports_credentials=credentials)
        client = app.test_client()
        assert cors_headers(get(client, "/", attacker)) == {"Vary": "Origin"}

    def test_several_classes_of_one_pattern_are_one_problem(self) -> None:
        pattern = r"https://app\.example\.com.*"
        assert findings(origins=[pattern]) == [
            (
                "cors.W005",
                "origins",
                pattern,
                "admits 'https://app.example.com.evil.com' (suffix: the pattern lets anything follow the intended "
                "host), 'https://app.example.community' (extension: the pattern lets letters follow the intended host, "
                "which makes another domain name); those sites can read your responses, "
                f"{NOT_AS_USERS}.",
                r"use r'https://app\.example\.com' instead.",
                r"https://app\.example\.com",
            )
        ]

    def test_other_scheme_is_a_warning_with_credentials_only(self) -> None:
        pattern = r"https?://app\.example\.com"
        assert findings(origins=[pattern], supports_credentials=True) == [
            (
                "cors.W008",
                "origins",
                pattern,
                "with credentials, this pattern also admits 'http://app.example.com': a page served over plain http "
                "can be altered by anyone on the network path, who then reads your users' data.",
                r"allow only the secure scheme, e.g. r'https://app\.example\.com'.",
                None,
            )
        ]
        assert findings(origins=[pattern]) == []
        assert findings(origins=[r"https?://localhost(:\d+)?"], supports_credentials=True) == []

    def test_null_never_gets_in_through_a_pattern(self) -> None:
        pattern = r"null|https://a\.example\.com"
        assert findings(origins=[pattern], supports_credentials=True) == []
        app = Flask(__name__)
        CORS(app, origins=[pattern], supports_credentials=True)
        assert cors_headers(get(app.test_client(), "/", "null")) == {"Vary": "Origin"}

    @pytest.mark.parametrize(
        "pattern",
        [
            "https://*.example.com",
            "http://localhost:*",
            "http://*.localhost:*",
            r"https://([a-z0-9-]+\.)*example\.com",
            r"https://(app|admin)\.example\.com",
            r"http://localhost:\d+",
            r"https://[a-z0-9-]+\.example\.com(:\d+)?",
            re.compile(r"https://.*\.example\.com"),
        ],
        ids=str,
    )
    def test_careful_patterns_are_clean(self, pattern: Any) -> None:
        assert findings(origins=[pattern], supports_credentials=True) == []

    def test_the_two_apps_of_the_issue_do_not_start(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            CORS(
                Flask(__name__),
                resources={r"/api/*": {"origins": [r"https://.*example\.com"]}},
                supports_credentials=True,
            )
        assert [(p.code, p.option, p.fix) for p in caught.value.problems] == [
            ("cors.E013", "resources['/api/*'].origins", r"https://([a-z0-9-]+\.)*example\.com")
        ]
        assert "'https://evilexample.com'" in caught.value.problems[0].message
        with pytest.raises(ConfigurationError) as caught:
            CORS(Flask(__name__), origins=[r"http://www.example.com$"], supports_credentials=True)
        assert [(p.code, p.fix) for p in caught.value.problems] == [("cors.E013", r"http://www\.example\.com$")]

    def test_the_decorator_runs_the_probe_when_it_decorates(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            cross_origin(origins=[r"https://.*example\.com"], supports_credentials=True)
        assert caught.value.codes == ("cors.E013",)


def catastrophic(noun: str, length: int, attack: str, growth: str) -> str:
    """The cors.E014 message: the hostile value the analysis found, and why it is expensive."""
    why = {
        "exponential": "a repetition can split the same text between its iterations in exponentially many ways, so "
        "each added character multiplies the work",
        "polynomial": "two repetitions can take the same characters, so the ways to share a value between them grow "
        "with a power of its length",
    }[growth]
    return (
        f"one {noun} of {length} characters, {attack}, makes re take more than 40,000 steps, the most one match "
        f"may take (about 0.5 ms): {why}, and one request can stall a worker."
    )


def same(fix: str, noun: str) -> str:
    return f"write r'{fix}', which matches the same {noun}s."


def fewer(fix: str, noun: str) -> str:
    return (
        f"write r'{fix}': each repetition stops at the character that follows it, so {noun} can be matched one "
        "way only (it matches the same values, or fewer)."
    )


class TestCatastrophicPatterns:
    @pytest.mark.parametrize(
        ("option", "value", "shown", "message", "hint", "fix"),
        [
            (
                "origins",
                r"https://(a+)+\.example\.com",
                None,
                catastrophic("origin", 22, "'https://' + 'a' * 13 + 'b'", "exponential"),
                same(r"https://a+\.example\.com", "origin"),
                r"https://a+\.example\.com",
            ),
            (
                "origins",
                r"https://(.*\.)*example\.com",
                None,
                catastrophic("origin", 21, "'https://' + '.' * 12 + 'b'", "exponential"),
                fewer(r"https://([^.]*\.)*example\.com", "an origin"),
                r"https://([^.]*\.)*example\.com",
            ),
            (
                "origins",
                re.compile(r"https://([a-z]+)*\.example\.com"),
                r"https://([a-z]+)*\.example\.com",
                catastrophic("origin", 22, "'https://' + 'h' * 13 + '0'", "exponential"),
                same(r"https://[a-z]*\.example\.com", "origin"),
                r"https://[a-z]*\.example\.com",
            ),
            (
                "origins",
                r"https://.*\..*\..*\.example\.com",
                None,
                catastrophic("origin", 46, "'https://' + '.' * 37 + 'b'", "polynomial"),
                fewer(r"https://[^.]*\.[^.]*\..*\.example\.com", "an origin"),
                r"https://[^.]*\.[^.]*\..*\.example\.com",
            ),
            (
                "origins",
                r"https://.*\..*\.example\.com",
                None,
                catastrophic("origin", 135, "'https://' + '.' * 126 + 'b'", "polynomial"),
                fewer(r"https://[^.]*\..*\.example\.com", "an origin"),
                r"https://[^.]*\..*\.example\.com",
            ),
            (
                "allow_headers",
                r"X-(a+)+",
                None,
                catastrophic("header name", 16, "'x-' + 'a' * 13 + 'b'", "exponential"),
                same("X-a+", "header name"),
                "X-a+",
            ),
            (
                "allow_headers",
                re.compile(r"X-.*-.*-.*"),
                r"X-.*-.*-.*",
                catastrophic("header name", 165, "'x' + '-' * 163 + 'a'", "polynomial"),
                fewer("X-[^-]*-.*-.*", "a header name"),
                "X-[^-]*-.*-.*",
            ),
        ],
        ids=["nested", "dot-star-group", "compiled", "cubic", "quadratic", "header-nested", "header-cubic"],
    )
    def test_refused_at_start_up_with_a_rewrite_that_starts(
        self, option: str, value: Any, shown: str | None, message: str, hint: str, fix: str
    ) -> None:
        with pytest.raises(ConfigurationError) as caught:
            CORS(Flask(__name__), **{option: [value]})
        assert [(p.code, p.option, p.value, p.message, p.hint, p.fix) for p in caught.value.problems] == [
            ("cors.E014", option, shown or value, message, hint, fix)
        ]
        CORS(Flask(__name__), **{option: [re.compile(fix, value.flags) if isinstance(value, re.Pattern) else fix]})

    @pytest.mark.parametrize(
        "pattern",
        [
            r"https://.*\.example\.com(:\d+)?",
            r".*\.example\.com.*",  # a trailing match-anything never fails
            r"https://([a-z0-9-]+\.)*example\.com",
            r"https://(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+example\.com",
            r"https?://(www\.)?example\.com(:\d+)?",
        ],
    )
    def test_accepted(self, pattern: str) -> None:
        assert [f[0] for f in findings(origins=[pattern]) if f[0] == "cors.E014"] == []


def finding(code: str, option: str, value: object, message: str, hint: str) -> tuple[Any, ...]:
    return (code, option, value, message, hint, None)


RISKY = [
    pytest.param(
        {"origins": ["null", "https://a.example.com"], "supports_credentials": True},
        finding(
            "cors.W007",
            "origins",
            "null",
            "with credentials, 'null' lets every sandboxed iframe, file: page and cross-origin redirect of any website "
            "act as your users: they all send Origin: null.",
            "remove 'null' and list the real origins; serve sandboxed content without credentials.",
        ),
        id="W007-null-with-credentials",
    ),
    pytest.param(
        {
            "origins": ["http://a.example.com", "https://b.example.com", "http://localhost:3000"],
            "supports_credentials": True,
        },
        finding(
            "cors.W008",
            "origins",
            ["http://a.example.com"],
            "with credentials, an origin over plain http can be altered by anyone on the network path, who then reads "
            "your users' data from this API, whose other origins use https.",
            "serve those sites over https and list ['https://a.example.com'].",
        ),
        id="W008-http-next-to-https",
    ),
    pytest.param(
        {"allow_private_network": True},
        finding(
            "cors.W009",
            "allow_private_network",
            True,
            "every public website may now reach this server on your users' private network, which is what Private "
            "Network Access exists to prevent.",
            "list the origins that need it: origins=['https://app.example.com'].",
        ),
        id="W009-private-network-any-origin",
    ),
    pytest.param(
        {"max_age": 86401},
        finding(
            "cors.W010",
            "max_age",
            86401,
            "no browser caches a preflight that long: Firefox stops at 86400 s, Chromium at 7200 s.",
            "use max_age=86400 (or less) and expect Chromium to ask again after 2 hours.",
        ),
        id="W010-max-age",
    ),
    pytest.param(
        {"methods": ["GET", "CONNECT", "TRACE"]},
        finding(
            "cors.W011",
            "methods",
            ["CONNECT", "TRACE"],
            "browsers never send these methods (fetch() throws), so listing them allows nothing.",
            "remove them from methods.",
        ),
        id="W011-forbidden-methods",
    ),
    pytest.param(
        {"allow_headers": ["Content-Type", "Cookie", "Sec-Fetch-Mode"]},
        finding(
            "cors.W012",
            "allow_headers",
            ["Cookie", "Sec-Fetch-Mode"],
            "the browser sets these headers itself and a page cannot, so no preflight ever asks for them (cookies "
            "travel with credentials, not through allow_headers).",
            "remove them; for cookies set supports_credentials=True and credentials: 'include' in fetch().",
        ),
        id="W012-cookie-in-allow-headers",
    ),
    pytest.param(
        {"expose_headers": ["X-Total", "Set-Cookie"]},
        finding(
            "cors.W013",
            "expose_headers",
            ["Set-Cookie"],
            "browsers never let a page read Set-Cookie, exposed or not; cookies are stored by the browser.",
            "remove them; to check a login, expose a header of your own or return it in the body.",
        ),
        id="W013-set-cookie-exposed",
    ),
    pytest.param(
        {"allow_headers": ["Content-Type", "Access-Control-Allow-Origin"]},
        finding(
            "cors.W014",
            "allow_headers",
            ["Access-Control-Allow-Origin"],
            "these are response headers that this server sends; a page that sends them as request headers only "
            "triggers a preflight.",
            "remove them here and stop sending them from the page.",
        ),
        id="W014-response-header-allowed",
    ),
    pytest.param(
        {"origins": []},
        finding(
            "cors.W015",
            "origins",
            [],
            "no origin is allowed, so every cross-origin request is refused (an empty environment variable gives "
            "this too).",
            "list the origins that may call this API, or remove the resource if CORS is not wanted there.",
        ),
        id="W015-empty-origins",
    ),
    pytest.param(
        {"origins": ["https://a.example.com"], "vary_header": False},
        finding(
            "cors.W004",
            "vary_header",
            False,
            "the answer depends on the request's Origin but carries no 'Vary: Origin', so a shared cache can serve "
            "one origin's answer to another.",
            "remove vary_header=False, or make sure no cache sits in front of these responses.",
        ),
        id="W004-vary-off",
    ),
    pytest.param(
        {"origins": ["https://a.example.com"], "supports_credentials": True, "expose_headers": "*"},
        finding(
            "cors.W062",
            "expose_headers",
            "*",
            "with credentials, browsers read '*' as a header literally named '*', so nothing is exposed "
            "(flask-cors sends it the same way).",
            "list the header names to expose, e.g. expose_headers=['X-Total-Count'].",
        ),
        id="W062-expose-star-with-credentials",
    ),
]


@pytest.mark.parametrize(("options", "expected"), RISKY)
def test_each_risky_choice_is_one_finding(options: dict[str, Any], expected: tuple[Any, ...]) -> None:
    assert findings(**options) == [expected]


@pytest.mark.parametrize(("options", "expected"), RISKY)
def test_start_up_and_flask_cors_check_report_the_same_finding(
    options: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    app = Flask(__name__)
    if expected[0].startswith("cors.E"):
        with pytest.raises(ConfigurationError) as caught:
            CORS(app, **options)
        assert [str(p) for p in caught.value.problems] == [str(Problem(*expected[:5]))]
        return
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        CORS(app, **options)
    assert [str(w.message) for w in record] == [str(Problem(*expected[:5]))]
    insecure = expected[0] in ("cors.W007", "cors.W008", "cors.W009")
    assert [w.category for w in record] == [InsecureConfigurationWarning if insecure else CORSWarning]
    # The session cookie's findings (cors.W021...) are the cookie model's; compare ours.
    cookie_codes = ("cors.W021", "cors.W022", "cors.W023")
    assert [
        (f.code, f.problem.message, f.problem.hint) for f in check_configuration(app) if f.code not in cookie_codes
    ] == [(expected[0], expected[3], expected[4])]


def test_private_network_with_listed_origins_is_not_a_finding() -> None:
    assert findings(allow_private_network=True, origins=["https://a.example.com"]) == []


def test_max_age_of_a_day_is_not_a_finding() -> None:
    assert findings(max_age=86400) == []


RESOURCE_FINDINGS = [
    pytest.param(
        {r"/api/*": {"origins": "https://a.example"}, "/api/private": {"origins": "https://b.example"}},
        (
            "cors.W016",
            "resources",
            "/api/private",
            "a literal path covers only itself: '/api/private/data' falls under '/api/*', whose policy differs.",
            "did you mean r'/api/private/*' (the path and everything below it)? If this one path is meant, write "
            "r'/api/private$'.",
        ),
        id="W016-literal-path-subtree",
    ),
    pytest.param(
        {r"/api/.*": {"origins": "https://a.example"}, r"/api/(v1|v2)/.*": {"origins": "https://b.example"}},
        (
            "cors.W017",
            "resources",
            r"/api/(v1|v2)/.*",
            "never wins: '/api/v1/' and every other path it covers go to '/api/.*', declared before it with the "
            "same literal prefix, or with a longer one.",
            "declare it before '/api/.*', or give it a longer literal prefix.",
        ),
        id="W017-shadowed-pattern",
    ),
]


@pytest.mark.parametrize(("resources", "expected"), RESOURCE_FINDINGS)
def test_resource_entries_that_do_not_mean_what_they_say(resources: dict[str, Any], expected: tuple[str, ...]) -> None:
    app = Flask(__name__)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        CORS(app, resources=resources)
    assert [str(w.message) for w in record] == [str(Problem(*expected))]
    assert [(f.code, f.problem.option, f.problem.value, f.problem.message) for f in check_configuration(app)] == [
        expected[:4]
    ]


@pytest.mark.parametrize(
    "resources",
    [
        {r"/api/private/*": {"origins": "https://b.example"}, r"/api/*": {"origins": "https://a.example"}},
        {r"/api/private$": {"origins": "https://b.example"}, r"/api/*": {"origins": "https://a.example"}},
        {r"/api/(v1|v2)/.*": {"origins": "https://b.example"}, r"/api/.*": {"origins": "https://a.example"}},
        {"/api/private": {}, r"/api/*": {}},
    ],
    ids=["subtree", "anchored-literal", "specific-first", "same-policy"],
)
def test_unambiguous_resources_are_clean(resources: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        CORS(Flask(__name__), resources=resources)


def test_default_warning_filters_show_our_warnings() -> None:
    """A fresh interpreter with Python's default filters (no -W) prints the warning on stderr."""
    script = (
        "from flask import Flask\n"
        "from flask_cors import CORS\n"
        "CORS(Flask('app'), origins=[r'https://app\\.example\\.com.*'])\n"
        "CORS(Flask('app'), max_age=10**6)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PYTHONWARNINGS": ""}
    )
    lines = [line for line in completed.stderr.splitlines() if "Warning: [cors." in line]
    assert [line.split(": [", 1)[1][:9] for line in lines] == ["cors.W005", "cors.W010"]
    assert [line.split(":", 3)[2].strip() for line in lines] == ["InsecureConfigurationWarning", "CORSWarning"]


# Property: a credentialed configuration that starts without errors or warnings lets none of the
# origins a scanner would try get in. The attacker origins are written here from the intended host,
# independently of the probe.
HOST = "app.example.com"
ATTACKERS = [
    "https://evil.test",
    "https://evilexample.com",
    "https://evil-example.com",
    "https://evilapp.example.com.evil.test",
    "https://app.example.com.evil.test",
    "https://app.example.com_.evil.test",
    "https://app.example.com%60.evil.test",
    "https://app.example.com!.evil.test",
    "https://app.example.com@evil.test",
    "https://appxexample.com",
    "https://app.examplexcom",
    "http://app.example.com",
    "null",
]

HOST_PARTS = st.sampled_from([r"app\.example\.com", r"app.example.com", r"app\.example.com", r"app.example\.com"])
PREFIXES = st.sampled_from(["", ".*", r".*\.", r"([a-z0-9-]+\.)*", r"[a-z]+\.", r"(www\.)?", ".+", r"\w*"])
SUFFIXES = st.sampled_from(["", "$", ".*", r"(:\d+)?", r"(\..*)?", "[^/]*", r"(@.*)?", r"(:[0-9]+)?$", r"\W?.*"])
SCHEMES = st.sampled_from(["https://", "https?://", "http(s)?://", r"https:\/\/"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(scheme=SCHEMES, prefix=PREFIXES, host=HOST_PARTS, suffix=SUFFIXES)
def test_a_clean_start_admits_no_attacker_origin(scheme: str, prefix: str, host: str, suffix: str) -> None:
    pattern = f"{scheme}{prefix}{host}{suffix}"
    app = Flask(__name__)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            CORS(app, origins=[pattern], supports_credentials=True)
    except (ConfigurationError, CORSWarning):
        return  # refused, or warned: the user was told
    client = app.test_client()
    for attacker in ATTACKERS:
        assert cors_headers(get(client, "/", attacker)) == {"Vary": "Origin"}, (pattern, attacker)
