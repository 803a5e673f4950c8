"""Resource patterns: which pattern covers a path, and which one wins."""

from __future__ import annotations

import re
from typing import Any

import pytest

from flask_cors._errors import Problem
from flask_cors._policy import PolicyCompiler
from flask_cors._resources import ResourceTable, compile_table, literal_prefix


def table(resources: Any) -> ResourceTable:
    problems: list[Problem] = []
    compiled = compile_table([{"resources": resources}], problems, PolicyCompiler())
    assert [p for p in problems if p.is_error] == []
    return compiled


def winner(resources: Any, path: str) -> str | None:
    found = table(resources).lookup(path)
    return None if found is None else found.pattern


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        (r"/api/.*", "/api/"),
        (r"/api/*", "/api"),
        (r"^/api/v1/users/\d+", "/api/v1/users/"),
        (r"/files/a\.txt", "/files/a.txt"),
        (r"/api/v1?/x", "/api/v"),
        (r"/a{2}", "/"),
        (r"/api/(v1|v2)/.*", "/api/"),
        (r"/a|/b", ""),
        (r"(?i)/api", ""),
        (r".*", ""),
    ],
)
def test_literal_prefix(pattern: str, prefix: str) -> None:
    assert literal_prefix(pattern) == prefix


@pytest.mark.parametrize(
    ("resources", "path", "expected"),
    [
        pytest.param(r"/*", "/anything/at/all", r"/*", id="default-covers-everything"),
        pytest.param("*", "/x", "*", id="star"),
        pytest.param(r"/api/*", "/api", r"/api/*", id="slash-star-covers-base"),
        pytest.param(r"/api/*", "/api/users", r"/api/*", id="slash-star-covers-children"),
        # Matched from the start of the path, as flask-cors matches (cors.W064 in flask cors check).
        pytest.param(r"/api/*", "/apiv2/secret", r"/api/*", id="slash-star-runs-past-the-segment"),
        pytest.param(r"/api(/.*)?$", "/apiv2/secret", None, id="anchored-pattern-stops"),
        pytest.param(r"/api(/.*)?$", "/api/users", r"/api(/.*)?$", id="anchored-pattern-covers-children"),
        pytest.param(r"/api/.*", "/api", None, id="dot-star-needs-slash"),
        pytest.param(r"/api/v[12]", "/api/v10", r"/api/v[12]", id="regex-prefix-of-a-segment"),
        pytest.param(r"/v1*", "/v1_legacy/items", r"/v1*", id="glob-v1"),
        pytest.param(r"/hooks_*", "/hooks_github", r"/hooks_*", id="glob-hooks"),
        pytest.param(r"/api/v[12]", "/api/v1/users", r"/api/v[12]", id="regex-prefix-of-segments"),
        pytest.param("/api/items", "/api/items", "/api/items", id="literal-exact"),
        pytest.param("/api/items", "/api/items/1", None, id="literal-not-prefix"),
        pytest.param("/api/items", "/API/items", None, id="literal-case-sensitive"),
        pytest.param(r"/api/.*", "/API/items", None, id="regex-case-sensitive"),
        pytest.param("/c++", "/c++", "/c++", id="plus-is-literal"),
        pytest.param("/c++", "/c  ", None, id="plus-is-not-space"),
        pytest.param(re.compile(r"/v\d+/.*"), "/v2/x", r"/v\d+/.*", id="compiled-pattern"),
    ],
)
def test_pattern_covers(resources: Any, path: str, expected: str | None) -> None:
    assert winner(resources, path) == expected


@pytest.mark.parametrize(
    ("resources", "path", "expected"),
    [
        pytest.param([r"/*", "/api/items"], "/api/items", "/api/items", id="exact-literal-beats-catch-all"),
        pytest.param(
            [r"/api/.*", r"/api/v1/.*"], "/api/v1/x", r"/api/v1/.*", id="longer-prefix-wins-whatever-the-order"
        ),
        pytest.param([r"/api/v1/.*", r"/api/.*"], "/api/v1/x", r"/api/v1/.*", id="longer-prefix-wins-declared-first"),
        pytest.param([r"/api/v1/.*", r"/api/.*"], "/api/v2/x", r"/api/.*", id="shorter-prefix-when-longer-misses"),
        pytest.param([r"/api/[a-z]+/x", r"/api/.*"], "/api/v/x", r"/api/[a-z]+/x", id="same-prefix-declaration-order"),
        pytest.param(
            [r"/api/.*", r"/api/[a-z]+/x"], "/api/v/x", r"/api/.*", id="same-prefix-declaration-order-reversed"
        ),
        pytest.param([r".*", r"/a/.*"], "/a/b", r"/a/.*", id="catch-all-loses-to-any-prefix"),
    ],
)
def test_winner_rule(resources: Any, path: str, expected: str) -> None:
    assert winner(resources, path) == expected


def test_per_resource_options_override_and_share_the_rest() -> None:
    t = table({r"/api/.*": {"origins": ["https://a.example"]}, r"/public/.*": {}, r"/other/.*": {}})
    api = t.lookup("/api/x")
    public = t.lookup("/public/x")
    other = t.lookup("/other/x")
    assert api is not None and public is not None and other is not None
    assert api.policy.options.origins[0].text == "https://a.example"
    assert public.policy is other.policy
    assert public.policy.origins.allows_any is True


def test_many_patterns_are_indexed_by_prefix() -> None:
    t = table({f"/api/v{i}/.*": {} for i in range(500)})
    assert len(t.by_prefix) == 3  # prefixes of 8, 9 and 10 characters
    found = t.lookup("/api/v499/items")
    assert found is not None and found.pattern == "/api/v499/.*"
    assert t.lookup("/api/v500/items") is None


@pytest.mark.parametrize(
    ("resources", "code", "option"),
    [
        ("api/items", "cors.W060", "resources['api/items']"),
        ("}", "cors.W060", "resources['}']"),
        (r"api/.*", "cors.W060", "resources['api/.*']"),
        ([42], "cors.W052", "resources"),
        (re.compile(rb"/api"), "cors.W052", "resources[re.compile(b'/api')]"),
        (r"/api/(", "cors.E005", "resources['/api/(']"),
        (42, "cors.E002", "resources"),
        ({r"/api/.*": "https://a.example"}, "cors.E002", "resources['/api/.*']"),
        ({r"/api/.*": {"origin": "https://a.example"}}, "cors.W051", "resources['/api/.*'].origin"),
        ({r"/api/.*": {"resources": "/x"}}, "cors.W051", "resources['/api/.*'].resources"),
        ({r"/api/.*": {"max_age": -5}}, "cors.W056", "resources['/api/.*'].max_age"),
    ],
)
def test_bad_resources_are_reported(resources: Any, code: str, option: str) -> None:
    problems: list[Problem] = []
    compile_table([{"resources": resources}], problems, PolicyCompiler())
    assert [(p.code, p.option) for p in problems] == [(code, option)]


def test_json_array_string_is_a_list_of_patterns() -> None:
    # flask-cors compiles '["/api/*"]' as one character class, which covers every path.
    t = table('["/api/*", "/v1/.*"]')
    assert [r.pattern for r in t.resources] == ["/api/*", "/v1/.*"]
    assert t.lookup("/other") is None
