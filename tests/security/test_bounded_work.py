"""Bounded work per request (issue 18, item 4): every pattern a configuration gives, for origins,
``allow_headers`` and resources, is proved cheap at start-up, or refused with a rewrite that is.

The "Why" cases of the issue, end to end: each configuration used to start, and one request could
then stall a worker for seconds. Timing is the benchmark's job (``benchmarks/match_cost.py``);
these tests assert the start-up decision and that the proposed rewrite starts.
"""

from __future__ import annotations

from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS
from flask_cors._errors import ConfigurationError
from flask_cors._spec import MAX_HEADER_PATTERN_INPUT, MAX_ORIGIN_PATTERN_INPUT, MAX_PATH_PATTERN_INPUT

EXPONENTIAL = (
    "a repetition can split the same text between its iterations in exponentially many ways, so each added "
    "character multiplies the work"
)
POLYNOMIAL = (
    "two repetitions can take the same characters, so the ways to share a value between them grow with a power "
    "of its length"
)


def cost(noun: str, length: int, attack: str, why: str) -> str:
    return (
        f"one {noun} of {length} characters, {attack}, makes re take more than 40,000 steps, the most one match "
        f"may take (about 0.5 ms): {why}, and one request can stall a worker."
    )


def refusal(**options: Any) -> list[tuple[str, str, object, str, str, object]]:
    with pytest.raises(ConfigurationError) as caught:
        CORS(Flask(__name__), **options)
    return [(p.code, p.option, p.value, p.message, p.hint, p.fix) for p in caught.value.problems]


def test_a_bounded_repetition_of_a_dot_star_group_is_refused() -> None:
    """``(.+\\.){1,4}`` took 5.8 s on one 280-character Origin: repetitions of 16 or fewer were skipped."""
    pattern = r"https://(.+\.){1,4}example\.com"
    fix = r"https://([^.]+\.){1,4}example\.com"
    assert refusal(origins=[pattern]) == [
        (
            "cors.E014",
            "origins",
            pattern,
            cost("origin", 31, "'https://h' + '.' * 21 + 'b'", POLYNOMIAL),
            f"write r'{fix}': each repetition stops at the character that follows it, so an origin can be matched "
            "one way only (it matches the same values, or fewer).",
            fix,
        )
    ]
    CORS(Flask(__name__), origins=[fix])


def test_an_optional_separator_inside_a_repetition_is_refused() -> None:
    """``([a-z0-9]{1,16}-?)+`` took 96 s on 39 characters."""
    pattern = r"https://([a-z0-9]{1,16}-?)+\.example\.com"
    fix = r"https://[a-z0-9]+(?:-[a-z0-9]+)*-?\.example\.com"
    assert refusal(origins=[pattern]) == [
        (
            "cors.E014",
            "origins",
            pattern,
            cost("origin", 22, "'https://' + 'h' * 13 + '_'", EXPONENTIAL),
            f"write r'{fix}', which matches the same origins.",
            fix,
        )
    ]
    app = Flask(__name__)
    CORS(app, origins=[fix])
    answer = app.test_client().get("/", headers={"Origin": "https://my-app-2.example.com"})
    assert answer.headers.get("Access-Control-Allow-Origin") == "https://my-app-2.example.com"


def test_an_optional_separator_inside_a_repetition_of_allow_headers_is_refused() -> None:
    """``X-(\\w{1,16}-?)+`` took 11 s on one 30-character requested header."""
    pattern = r"X-(\w{1,16}-?)+"
    fix = r"X-\w+(?:-\w+)*-?"
    assert refusal(allow_headers=[pattern]) == [
        (
            "cors.E014",
            "allow_headers",
            pattern,
            cost("header name", 16, "'x-' + 'x' * 13 + '.'", EXPONENTIAL),
            f"write r'{fix}', which matches the same header names.",
            fix,
        )
    ]
    CORS(Flask(__name__), allow_headers=[fix])


def test_overlapping_alternatives_in_a_repetition_are_refused() -> None:
    """``(\\w|\\w\\w)+`` took 3.2 s on 41 characters, doubling with each one."""
    pattern = r"https://(\w|\w\w)+\.example\.com"
    fix = r"https://\w+\.example\.com"
    assert refusal(origins=[pattern]) == [
        (
            "cors.E014",
            "origins",
            pattern,
            cost("origin", 26, "'https://' + 'h' * 17 + '-'", EXPONENTIAL),
            f"write r'{fix}', which matches the same origins.",
            fix,
        )
    ]
    CORS(Flask(__name__), origins=[fix])


def test_resource_patterns_are_checked_too() -> None:
    r"""``/api/(\w+/?)+`` took 7.5 s on ``/api/`` plus 26 letters and ``!``, on every request.

    That was with resources matched as segments (the pattern, then the end or a ``/``), where a failed
    match tries every split. Matched from the start with ``re.match``, as flask-cors matches them
    (issue 17, docs/differences.md), the first run to reach the end of the pattern wins, so the same
    pattern is cheap and starts; anchored at the end with ``$``, a failed match tries every split
    again, and start-up refuses it with a rewrite that matches the same paths.
    """
    accepted = Flask(__name__)
    CORS(accepted, resources={r"/api/(\w+/?)+": {}})
    answer = accepted.test_client().get("/api/" + "a" * 26 + "!", headers={"Origin": "https://a.example.com"})
    assert answer.headers.get("Access-Control-Allow-Origin") == "https://a.example.com"
    pattern = r"/api/(\w+/?)+$"
    fix = r"/api/\w+(?:/\w+)*/?$"
    assert refusal(resources={pattern: {}}) == [
        (
            "cors.E014",
            f"resources[{pattern!r}]",
            pattern,
            cost("path", 19, "'/api/' + 'a' * 13 + '-'", EXPONENTIAL),
            f"write r'{fix}', which matches the same paths.",
            fix,
        )
    ]
    app = Flask(__name__)
    CORS(app, resources={fix: {}})
    answer = app.test_client().get("/api/users/7", headers={"Origin": "https://a.example.com"})
    assert answer.headers.get("Access-Control-Allow-Origin") == "https://a.example.com"


def test_every_refusal_is_reported_at_once() -> None:
    problems = refusal(
        origins=[r"https://(\w|\w\w)+\.example\.com", r"https://(a+)+\.example\.com"],
        allow_headers=[r"X-(\w{1,16}-?)+"],
    )
    assert [(code, option) for code, option, *_ in problems] == [
        ("cors.E014", "origins"),
        ("cors.E014", "origins"),
        ("cors.E014", "allow_headers"),
    ]


@pytest.mark.parametrize(
    ("option", "value", "fix", "relation"),
    [
        ("origins", r"https://(a|b)\1\.example\.com", r"https://([ab])(?:[ab])\.example\.com", "back-reference"),
        ("origins", r"https://(a)?(?(1)b|c)\.example\.com", r"https://(a)?(?:b|c)\.example\.com", "conditional group"),
    ],
)
def test_constructs_the_analysis_cannot_bound_are_refused_with_a_rewrite(
    option: str, value: str, fix: str, relation: str
) -> None:
    assert refusal(**{option: [value]}) == [
        (
            "cors.E014",
            option,
            value,
            f"a {relation} makes what a match does depend on what an earlier group matched, which this check does "
            "not model, so the work of one match is not bounded; one request could stall a worker.",
            f"write r'{fix}': each back-reference written out as its group and each conditional group as a choice "
            "of its branches (it matches the same values, and more).",
            fix,
        )
    ]
    CORS(Flask(__name__), **{option: [fix]})


def test_a_lookaround_with_bounded_work_is_accepted() -> None:
    app = Flask(__name__)
    CORS(app, origins=[r"https://(?!admin\.)[a-z]+\.example\.com"])
    client = app.test_client()
    assert client.get("/", headers={"Origin": "https://app.example.com"}).headers.get(
        "Access-Control-Allow-Origin"
    ) == ("https://app.example.com")
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": "https://admin.example.com"}).headers


# -- The length bounds the proof holds for ---------------------------------------------------------------


def test_an_origin_longer_than_the_bound_is_never_run_through_a_pattern() -> None:
    app = Flask(__name__)
    CORS(app, origins=[r"https://[a-z.]+\.example\.com"])
    client = app.test_client()
    host = "a." * ((MAX_ORIGIN_PATTERN_INPUT - len("https://.example.com")) // 2)
    longest = f"https://{host}.example.com"
    assert len(longest) <= MAX_ORIGIN_PATTERN_INPUT
    assert client.get("/", headers={"Origin": longest}).headers.get("Access-Control-Allow-Origin") == longest
    longer = f"https://aa{host}.example.com"
    assert len(longer) > MAX_ORIGIN_PATTERN_INPUT
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": longer}).headers


def test_a_requested_header_longer_than_the_bound_is_never_run_through_a_pattern() -> None:
    app = Flask(__name__)
    CORS(app, allow_headers=[r"x-[a-z-]+"])
    client = app.test_client()

    def preflight(name: str) -> Any:
        return client.options(
            "/",
            headers={
                "Origin": "https://a.example.com",
                "Access-Control-Request-Method": "PUT",
                "Access-Control-Request-Headers": name,
            },
        )

    fits = "x-" + "a" * (MAX_HEADER_PATTERN_INPUT - 2)
    assert preflight(fits).headers.get("Access-Control-Allow-Headers") == fits
    assert "Access-Control-Allow-Headers" not in preflight(fits + "a").headers


def test_a_path_longer_than_the_bound_is_not_matched_by_a_pattern_that_looks_at_the_end() -> None:
    app = Flask(__name__)

    @app.route("/files/<path:name>")
    def files(name: str) -> str:
        return name

    CORS(app, resources={r"/files/.*\.txt$": {}})
    client = app.test_client()
    fits = "/files/" + "a" * (MAX_PATH_PATTERN_INPUT - len("/files/.txt")) + ".txt"
    assert len(fits) == MAX_PATH_PATTERN_INPUT
    assert client.get(fits, headers={"Origin": "https://a.example.com"}).headers.get("Access-Control-Allow-Origin") == (
        "https://a.example.com"
    )
    longer = fits.replace("/files/", "/files/a")
    assert "Access-Control-Allow-Origin" not in client.get(longer, headers={"Origin": "https://a.example.com"}).headers
