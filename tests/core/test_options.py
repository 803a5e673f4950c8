"""The option table: normalisation, precedence, and problems reported by code."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from flask_cors._errors import CODES, ConfigurationError, Problem, raise_or_warn
from flask_cors._options import (
    CONFIG_KEYS,
    DEFAULTS,
    OPTION_TABLE,
    Options,
    check_names,
    merge_layers,
    normalise,
    options_from_config,
    split_list,
)


def normalised(**options: Any) -> Options:
    problems: list[Problem] = []
    result = normalise(merge_layers(options), problems)
    assert result is not None, problems
    return result


def codes(**options: Any) -> list[str]:
    problems: list[Problem] = []
    check_names(options, "", problems)
    normalise(merge_layers({k: v for k, v in options.items() if k in DEFAULTS}), problems)
    return [p.code for p in problems]


def test_defaults_match_flask_cors_documentation() -> None:
    assert dict(DEFAULTS) == {
        "resources": r"/*",
        "origins": "*",
        "methods": ("GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"),
        "expose_headers": None,
        "allow_headers": "*",
        "supports_credentials": False,
        "max_age": None,
        "send_wildcard": False,
        "vary_header": True,
        "automatic_options": True,
        "always_send": True,
        "intercept_exceptions": True,
        "allow_private_network": False,
        "guard_websockets": True,  # ours: flask-cors has no WebSocket guard (docs/websockets.md)
    }


def test_every_option_has_a_config_key_and_documentation() -> None:
    assert list(CONFIG_KEYS) == [f"CORS_{spec.name.upper()}" for spec in OPTION_TABLE]
    assert all(spec.doc and spec.shape for spec in OPTION_TABLE)


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("a, b,c", ["a", "b", "c"]),
        ("a,,b, ", ["a", "b"]),
        (r"https://a{1,3}\.example, https://b.example", [r"https://a{1,3}\.example", "https://b.example"]),
        (r"X-(a,b)", [r"X-(a,b)"]),
        ("", []),
    ],
)
def test_split_list_ignores_commas_inside_regex_groups(value: str, items: list[str]) -> None:
    assert split_list(value) == items


@pytest.mark.parametrize(
    ("options", "field", "expected"),
    [
        # methods and expose_headers keep flask-cors's shape: a string is one value, sent as written.
        ({"methods": "get, put"}, "methods", ("GET, PUT",)),
        ({"methods": ["GET", "get", "PUT"]}, "methods", ("GET", "GET", "PUT")),
        ({"methods": '["GET", "PUT"]'}, "methods", ("GET", "PUT")),
        ({"expose_headers": "X-A, X-B"}, "expose_headers", ("X-A, X-B",)),
        ({"expose_headers": None}, "expose_headers", ()),
        ({"expose_headers": ""}, "expose_headers", ()),
        ({"allow_headers": "X-A,X-B"}, "allow_headers", ("X-A", "X-B")),
        ({"allow_headers": '["X-A", "X-B"]'}, "allow_headers", ("X-A", "X-B")),
        ({"supports_credentials": "false"}, "supports_credentials", True),
        ({"vary_header": 0}, "vary_header", False),
        ({"max_age": -1}, "max_age", "-1"),
        ({"max_age": 1.5}, "max_age", "1.5"),
        ({"max_age": True}, "max_age", "True"),
        ({"max_age": False}, "max_age", None),
        ({"max_age": 600}, "max_age", 600),
        ({"max_age": "600"}, "max_age", 600),
        ({"max_age": timedelta(hours=1)}, "max_age", 3600),
        ({"max_age": 0}, "max_age", 0),
        ({"max_age": None}, "max_age", None),
    ],
)
def test_normalised_shape(options: dict[str, Any], field: str, expected: Any) -> None:
    assert getattr(normalised(**options), field) == expected


@pytest.mark.parametrize(
    "value",
    [
        "https://a.example, https://b.example",
        '["https://a.example", "https://b.example"]',
        ' [ "https://a.example" , "https://b.example" ] ',
    ],
    ids=["comma-separated", "json-array", "json-array-with-spaces"],
)
def test_origins_string_from_environment_is_a_list(value: str) -> None:
    rules = normalised(origins=value).origins
    assert [(r.kind, r.text) for r in rules] == [("exact", "https://a.example"), ("exact", "https://b.example")]


@pytest.mark.parametrize(
    "value",
    ['["https://a.example",]', "[a-z]+", '["https://a.example", 1]', "[]x"],
    ids=["trailing-comma", "class", "mixed", "tail"],
)
def test_only_a_json_array_of_strings_is_read_as_a_list(value: str) -> None:
    from flask_cors._options import json_list

    assert json_list(value) is None


def test_merge_precedence_later_layers_win() -> None:
    merged = merge_layers(
        {"origins": "config", "max_age": 1}, {"origins": "ctor", "methods": "GET"}, {"origins": "init"}, {"max_age": 5}
    )
    assert (merged["origins"], merged["methods"], merged["max_age"], merged["vary_header"]) == ("init", "GET", 5, True)


def test_config_keys_become_options_and_none_means_unset() -> None:
    problems: list[Problem] = []
    found = options_from_config({"CORS_ORIGINS": "https://a.example", "CORS_MAX_AGE": None, "DEBUG": True}, problems)
    assert found == {"origins": "https://a.example"}
    assert problems == []


def test_unknown_config_key_warns_with_suggestion() -> None:
    problems: list[Problem] = []
    options_from_config({"CORS_HEADERS": "Content-Type", "CORS_ORIGIN": "https://a.example"}, problems)
    assert [(p.code, p.option, p.hint) for p in problems] == [
        ("cors.W002", "CORS_HEADERS", "did you mean CORS_ALLOW_HEADERS?"),
        ("cors.W002", "CORS_ORIGIN", "did you mean CORS_ORIGINS?"),
    ]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({"origin": "https://a.example"}, ["cors.W051"], id="misspelt-option"),
        pytest.param({"supports_credentials": "false"}, ["cors.W052", "cors.W001"], id="string-for-bool"),
        pytest.param({"vary_header": 1}, ["cors.W052"], id="int-for-bool"),
        pytest.param({"origins": 42}, ["cors.W052"], id="int-origins"),
        pytest.param({"origins": [42, "https://a.example"]}, ["cors.W052"], id="int-in-origins"),
        pytest.param({"origins": "https://a.example/"}, ["cors.W053"], id="trailing-slash"),
        pytest.param({"origins": "a.example"}, ["cors.W054"], id="no-scheme"),
        pytest.param({"origins": "https://(a"}, ["cors.E005"], id="bad-origin-regex"),
        pytest.param({"allow_headers": "X-(a"}, ["cors.E005"], id="bad-header-regex"),
        pytest.param({"max_age": -1}, ["cors.W056"], id="negative-max-age"),
        pytest.param({"max_age": 1.5}, ["cors.W056"], id="float-max-age"),
        pytest.param({"max_age": True}, ["cors.W056"], id="bool-max-age"),
        pytest.param({"max_age": "ten"}, ["cors.W056"], id="word-max-age"),
        pytest.param({"methods": ["GET POST"]}, ["cors.W057"], id="space-in-method"),
        pytest.param({"methods": [1]}, ["cors.W052"], id="int-method"),
        pytest.param({"methods": 5}, ["cors.W052"], id="int-methods"),
        pytest.param({"methods": "GET, PUT"}, [], id="comma-string-methods"),
        pytest.param({"expose_headers": ["X A"]}, ["cors.W058"], id="space-in-header"),
        pytest.param({"expose_headers": 5}, ["cors.W052"], id="int-expose-headers"),
        pytest.param({"allow_headers": ["X A"]}, ["cors.W058"], id="space-in-allowed-header"),
        pytest.param({"allow_headers": [5]}, ["cors.W052"], id="int-in-allow-headers"),
        pytest.param(
            {"send_wildcard": True, "supports_credentials": True},
            ["cors.E009"],
            id="wildcard-with-credentials",
        ),
        pytest.param(
            {"send_wildcard": True, "supports_credentials": True, "origins": ["*", "https://a.example"]},
            ["cors.E009"],
            id="wildcard-with-credentials-and-star-in-list",
        ),
        pytest.param(
            {"send_wildcard": True, "supports_credentials": True, "origins": "https://a.example"},
            ["cors.W059"],
            id="wildcard-with-credentials-and-list-ignored",
        ),
        pytest.param({"origins": "https://*.example"}, ["cors.W061"], id="wildcard-over-public-suffix-shape"),
        pytest.param({"origins": "*.example.com"}, ["cors.E005"], id="schemeless-wildcard-is-an-invalid-regex"),
        pytest.param({"supports_credentials": True}, ["cors.W001"], id="credentials-any-origin"),
        pytest.param(
            {"supports_credentials": True, "origins": "https://a.example", "expose_headers": "*"},
            ["cors.W062"],
            id="expose-star-with-credentials",
        ),
        pytest.param({"origins": "https://.*.example.com"}, ["cors.W005"], id="unescaped-dot"),
        pytest.param(
            {"origins": ["a.example", "https://b.example/"], "max_age": -1, "typo": 1},
            ["cors.W051", "cors.W054", "cors.W053", "cors.W056"],
            id="every-problem-at-once",
        ),
    ],
)
def test_problems_are_reported_by_code(options: dict[str, Any], expected: list[str]) -> None:
    assert codes(**options) == expected


def test_every_problem_has_a_hint_and_a_registered_code() -> None:
    problems: list[Problem] = []
    bad = {
        "origins": ["a.example", "https://b.example/", "(", "*.x.example"],
        "max_age": -1,
        "methods": ["A B"],
        "expose_headers": ["X Y"],
        "supports_credentials": "yes",
        "send_wildcard": True,
    }
    normalise(merge_layers(bad), problems)
    assert [p.code for p in problems] == [
        "cors.W052",
        "cors.W054",
        "cors.W053",
        "cors.E005",
        "cors.E005",
        "cors.W057",
        "cors.W058",
        "cors.W056",
        "cors.W059",
    ]
    assert all(p.code in CODES and p.hint for p in problems)


def test_configuration_error_lists_everything_and_is_a_value_error() -> None:
    problems = [
        Problem("cors.E005", "origins", "https://(a", "not a regex.", "check the pattern."),
        Problem("cors.W056", "max_age", -1, "negative.", "use 0 or more."),
        Problem("cors.E014", "origins", "(a+)+", "backtracks.", "repeat once."),
    ]
    with pytest.raises(ValueError) as caught:
        raise_or_warn(problems)
    error = caught.value
    assert isinstance(error, ConfigurationError)
    assert error.codes == ("cors.E005", "cors.E014")
    assert str(error) == (
        "2 problems in the CORS configuration:\n"
        "  - [cors.E005] origins='https://(a': not a regex. Fix: check the pattern.\n"
        "  - [cors.E014] origins='(a+)+': backtracks. Fix: repeat once."
    )


def test_codes_are_unique_and_all_used_in_the_package() -> None:
    import pathlib

    source = "".join(
        p.read_text()
        for p in pathlib.Path(__file__).parents[2].joinpath("src", "flask_cors").glob("*.py")
        if p.name != "_errors.py"
    )
    assert len(set(CODES.values())) == len(CODES)
    unused = [code for code in CODES if f'"{code}"' not in source]
    assert unused == []
    assert set(re.findall(r'"(cors\.[EW]\d{3})"', source)) <= set(CODES)


def test_retired_codes_are_never_reported_nor_reused() -> None:
    import pathlib

    from flask_cors._errors import RETIRED

    source = "".join(
        p.read_text()
        for p in pathlib.Path(__file__).parents[2].joinpath("src", "flask_cors").glob("*.py")
        if p.name != "_errors.py"
    )
    assert set(RETIRED).isdisjoint(CODES)
    assert set(RETIRED.values()) <= set(CODES)
    assert [code for code in RETIRED if f'"{code}"' in source] == []
    # Each retired error became the warning with the same number plus 50.
    assert all(int(new[-3:]) == int(old[-3:]) + 50 for old, new in RETIRED.items())


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        ({"supports_credentials": True}, ["cors.W001"]),
        ({"supports_credentials": True, "origins": "https://a.example", "expose_headers": "*"}, ["cors.W062"]),
        ({"origins": ["https://a.example", "https://b.example"], "vary_header": False}, ["cors.W004"]),
        ({"send_wildcard": True, "vary_header": False}, []),
        ({"origins": r"https://.*.example\.com"}, ["cors.W005"]),
        ({"origins": "https://a.example"}, []),
    ],
)
def test_risky_choices_for_flask_cors_check(options: dict[str, Any], codes: list[str]) -> None:
    from flask_cors._options import risky_choices

    assert [p.code for p in risky_choices(normalised(**options))] == codes
