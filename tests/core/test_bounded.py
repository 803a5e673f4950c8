"""The bounded-work analysis (``flask_cors._bounded``): what it accepts and refuses, the rewrites it
proposes, the facts about ``re`` it relies on, and what it costs at start-up.

Timing belongs to ``benchmarks/match_cost.py``; these tests assert what the analysis decides.
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flask_cors import _bounded
from flask_cors._bounded import HEADER_NAME, ORIGIN, PATH, charset, check, parse, rewrite, sees_the_end, unparse


def segment(text: str) -> str:
    """How resource patterns are compiled today (``_resources._segment_regex``)."""
    return f"(?:{text})(?=/|\\Z)"


# Patterns of the shapes found in public flask-cors configurations: all must start.
REAL_ORIGINS = [
    r"https?:.*",
    r"https://.*\.run\.app",
    r"^https://([a-z0-9-]+\.)*yzzy\.online$",
    r"http://localhost:\d+",
    r"http://127\.0\.0\.1:\d+",
    r"^https://lio\.sonck\.org(/.*)?$",
    r"^http://localhost(:\d+)?$",
    r"https://.*\.vercel\.app",
    r"https://.*-myteam\.vercel\.app",
    r"^https?://(.*\.)?example\.com$",
    r"http://192\.168\.\d+\.\d+(:\d+)?",
    r"http://(localhost|127\.0\.0\.1):\d+",
    r"https://deploy-preview-\d+--mysite\.netlify\.app",
    r"https://[a-z0-9-]+\.ngrok(-free)?\.app",
    r"^https://(www\.)?example\.(com|org|net)$",
    r"chrome-extension://[a-z]{32}",
    r"http://10\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d+)?",
    r"https?://([\w-]+\.)*example\.com(:\d+)?",
    r"https?://(?:.+\.)?example\.com",
    r"https?://.*\.?example\.com",
    r"https://(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+example\.com",
    r"https://.*example.*",
    r".*\.example\.com.*",
    r"https://(?!evil)[a-z]+\.example\.com",
    r"https://[a-z]+(?<!-)\.example\.com",
    r"https://(?=.*\.example\.com).*",
]
REAL_RESOURCES = [
    r"/(anonymous-)?api/*",
    r"(/static)?/external-api/*",
    r"/api/*",
    r"/api/v[0-9]+/.*",
    r"^/api/.*",
    r"/static/.*\.js$",
    r"/api/(users|items)/.*",
    r"/api/.*/public",
    r"/v1*",
    r"/api(/.*)?$",
    r"/api/[^/]+/data",
]
REAL_HEADERS = [r"X-.*", r"X-Custom-.*", r"x-[a-z-]+", r"x-(client|app)-id", r"X-[A-Za-z0-9-]+", r"x-.*-token"]


@pytest.mark.parametrize("pattern", REAL_ORIGINS)
def test_origin_patterns_people_write_are_accepted(pattern: str) -> None:
    assert check(pattern, re.IGNORECASE, ORIGIN).kind is None


@pytest.mark.parametrize("pattern", REAL_RESOURCES)
def test_resource_patterns_people_write_are_accepted_as_segments_and_from_the_start(pattern: str) -> None:
    assert check(segment(pattern), 0, PATH).kind is None
    assert check(pattern, 0, PATH).kind is None


@pytest.mark.parametrize("pattern", REAL_HEADERS)
def test_header_patterns_people_write_are_accepted(pattern: str) -> None:
    assert check(pattern, re.IGNORECASE, HEADER_NAME).kind is None


def test_our_own_wildcard_regexes_pass_the_check() -> None:
    from flask_cors._origins import classify_origin

    for value in ("https://*.example.com", "http://localhost:*", "http://*.localhost:*"):
        rule = classify_origin(value, [])
        assert rule is not None and rule.kind == "wildcard"
        assert check(rule.text, re.IGNORECASE, ORIGIN).kind is None


@pytest.mark.parametrize(
    ("pattern", "flags", "domain", "kind"),
    [
        # Issue 18: repetitions bounded by 16 or less, overlapping alternatives, resources.
        (r"https://(.+\.){1,4}example\.com", re.IGNORECASE, ORIGIN, "polynomial"),
        (r"https://([a-z0-9]{1,16}-?)+\.example\.com", re.IGNORECASE, ORIGIN, "exponential"),
        (r"X-(\w{1,16}-?)+", re.IGNORECASE, HEADER_NAME, "exponential"),
        (r"https://(\w|\w\w)+\.example\.com", re.IGNORECASE, ORIGIN, "exponential"),
        (segment(r"/api/(\w+/?)+"), 0, PATH, "exponential"),
        # Classic shapes.
        (r"(a*)*b", re.IGNORECASE, ORIGIN, "exponential"),
        (r"https://.*\..*\.example\.com", re.IGNORECASE, ORIGIN, "polynomial"),
        (r"https?://\w+\w+", re.IGNORECASE, ORIGIN, "polynomial"),
        (segment(r"/api/.*/items/.*"), 0, PATH, "polynomial"),
        # No loop at all, but 2**16 ways to read 16 characters.
        ("(?:a|a)" * 16 + "b", re.IGNORECASE, ORIGIN, "ambiguous"),
        # A lookahead whose own work is exponential, and one that scans to the end from every position.
        (r"https://(?=(\w|\w\w)+!)\w+", re.IGNORECASE, ORIGIN, "exponential"),
        (r"https://(?:(?=.*x).)*", re.IGNORECASE, ORIGIN, "lookaround"),
    ],
)
def test_refused_with_the_kind_of_growth(pattern: str, flags: int, domain: Any, kind: str) -> None:
    verdict = check(pattern, flags, domain)
    assert verdict.kind == kind
    assert verdict.cost > _bounded.BUDGET
    # The attack named in the finding is an input of the domain; under fullmatch, one the pattern
    # does not match (so every run is tried).
    assert len(verdict.attack) <= domain.max_length
    if not domain.prefix:
        assert re.compile(pattern, flags).fullmatch(verdict.attack) is None


def test_a_pattern_that_is_refused_as_a_segment_is_accepted_from_the_start() -> None:
    """``re.match`` stops at the first success: a run that reaches the end of ``(\\w+/?)+`` wins."""
    assert check(r"/api/(\w+/?)+", 0, PATH).kind is None
    assert check(segment(r"/api/(\w+/?)+"), 0, PATH).kind == "exponential"


def test_a_trailing_match_anything_never_fails_so_it_never_multiplies() -> None:
    assert check(r".*\.example\.com.*", re.IGNORECASE, ORIGIN).kind is None
    # Not in paths, where '.' does not match a newline and the search can fail after it.
    assert check(segment(r".*/public/.*"), 0, PATH).kind == "polynomial"


@pytest.mark.parametrize(
    ("pattern", "detail"),
    [
        (r"https://(a|b)\1\.example\.com", "back-reference"),
        (r"https://(a)?(?(1)b|c)\.example\.com", "conditional group"),
    ],
)
def test_constructs_the_model_does_not_cover_are_refused(pattern: str, detail: str) -> None:
    verdict = check(pattern, re.IGNORECASE, ORIGIN)
    assert (verdict.kind, verdict.detail) == ("unsupported", detail)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="atomic groups and possessive repetitions are Python 3.11+")
def test_atomic_groups_are_counted_as_if_they_backtracked() -> None:
    """Conservative: ``(?>...)`` and ``*+`` never backtrack, but the model counts their runs anyway."""
    assert check(r"https://(?>a+)+\.example\.com", re.IGNORECASE, ORIGIN).kind == "exponential"
    assert check(r"https://[a-z]++\.example\.com", re.IGNORECASE, ORIGIN).kind is None


@pytest.mark.parametrize(
    ("pattern", "flags", "domain", "wrap", "fix", "relation"),
    [
        (r"https://(a+)+\.example\.com", re.I, ORIGIN, None, r"https://a+\.example\.com", "same"),
        (r"https://([a-z]+)*\.example\.com", re.I, ORIGIN, None, r"https://[a-z]*\.example\.com", "same"),
        (r"https://(\w|\w\w)+\.example\.com", re.I, ORIGIN, None, r"https://\w+\.example\.com", "same"),
        (
            r"https://([a-z0-9]{1,16}-?)+\.example\.com",
            re.I,
            ORIGIN,
            None,
            r"https://[a-z0-9]+(?:-[a-z0-9]+)*-?\.example\.com",
            "same",
        ),
        (r"X-(\w{1,16}-?)+", re.I, HEADER_NAME, None, r"X-\w+(?:-\w+)*-?", "same"),
        (r"/api/(\w+/?)+", 0, PATH, segment, r"/api/[\w/]+", "wider"),
        (r"/api/(\w+/?)+", 0, PATH, None, None, None),  # matched from the start, it is accepted
        (r"https://(\w+\.?)+example\.com", re.I, ORIGIN, None, r"https://\w+(?:\.\w+)*\.?example\.com", "same"),
        (r"https://(.+\.){1,4}example\.com", re.I, ORIGIN, None, r"https://([^.]+\.){1,4}example\.com", "fewer"),
        (r"https://.*\..*\.example\.com", re.I, ORIGIN, None, r"https://[^.]*\..*\.example\.com", "fewer"),
        (r"X-.*-.*-.*", re.I, HEADER_NAME, None, r"X-[^-]*-.*-.*", "fewer"),
        (r"/api/.*/items/.*", 0, PATH, segment, r"/api/[^/\n]*/items/.*", "fewer"),
        (r"https://(a|b)\1\.example\.com", re.I, ORIGIN, None, r"https://([ab])(?:[ab])\.example\.com", "more"),
        ("(?:a|a)" * 16 + "b", re.I, ORIGIN, None, "a" * 16 + "b", "listed"),
    ],
)
def test_each_refusal_comes_with_a_rewrite_that_passes(
    pattern: str, flags: int, domain: Any, wrap: Any, fix: str | None, relation: str | None
) -> None:
    if fix is None:
        assert check(pattern, flags, domain).kind is None
        return
    found = rewrite(pattern, flags, domain, wrap)
    assert found is not None
    assert (found.pattern, found.relation) == (fix, relation)
    assert check(wrap(fix) if wrap else fix, flags, domain).kind is None


# -- Hypothesis: the facts the model relies on ------------------------------------------------------

CLASS_ITEMS = st.sampled_from(
    ["a-z", "A-Z", "0-9", r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", ".", "_", "k", "K", "s", "i", "é", "\u212a"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(CLASS_ITEMS, min_size=1, max_size=4), st.booleans(), st.booleans(), st.booleans())
def test_character_sets_agree_with_re(items: list[str], dash: bool, negate: bool, ignore_case: bool) -> None:
    """On ASCII, exactly the characters ``re`` matches; outside it, the one symbol for all others
    whenever ``re`` matches any of them (the model may only add runs)."""
    source = f"[{'^' if negate else ''}{''.join(items)}{'-' if dash else ''}]"
    flags = re.IGNORECASE if ignore_case else 0
    compiled = re.compile(source, flags)
    op, av = parse(source, flags).seq[0]  # type: ignore[union-attr]
    bits = charset(op, av, flags)
    assert [bool(bits >> c & 1) for c in range(128)] == [compiled.fullmatch(chr(c)) is not None for c in range(128)]
    others = "é\u212a\u017f\u0130\u0131\u0661\u00a0\u2028ß"
    if any(compiled.fullmatch(c) for c in others):
        assert bits >> 128 & 1


PIECES = st.sampled_from(
    [".", r"\.", "a", "b", "-", r"\w", r"\d", "[a-z]", "[^.]", "(?:ab|cd)", "(x)", "(?P<n>y)", "^", "$", r"\b", "(?=a)"]
)
QUANTIFIERS = st.sampled_from(["", "*", "+", "?", "{2}", "{1,3}", "*?", "{0,}"])


@st.composite
def small_patterns(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(PIECES, QUANTIFIERS), min_size=1, max_size=5))
    text = ""
    for piece, quantifier in parts:
        if quantifier and piece in ("^", "$", r"\b", "(?=a)"):
            quantifier = ""
        text += (
            piece + quantifier
            if not quantifier or len(piece) == 1 or piece.startswith("(")
            else f"(?:{piece}){quantifier}"
        )
    return text.replace("(?P<n>y)", "(?P<n>y)", 1) if text.count("(?P<n>") <= 1 else text.replace("(?P<n>y)", "(y)")


SAMPLES = st.text(alphabet="ab.-xyc19_ \n", max_size=8)
#: Values an origin can hold (the rewrites are for that domain: ``[^.]`` for ``.`` less a dot).
ORIGIN_SAMPLES = st.text(alphabet="ab.-xyc19_:/", max_size=8)


@settings(max_examples=300, deadline=None)
@given(small_patterns(), st.lists(SAMPLES, min_size=5, max_size=20))
def test_unparse_writes_a_pattern_that_matches_the_same(pattern: str, samples: list[str]) -> None:
    try:
        original = re.compile(pattern)
    except re.error:
        return
    parsed = parse(pattern)
    assert parsed is not None
    written = re.compile(unparse(parsed))
    for sample in samples:
        assert bool(written.fullmatch(sample)) == bool(original.fullmatch(sample))


@settings(max_examples=200, deadline=None)
@given(small_patterns(), st.lists(ORIGIN_SAMPLES, min_size=5, max_size=30))
def test_a_rewrite_said_to_match_the_same_does(pattern: str, samples: list[str]) -> None:
    try:
        original = re.compile(pattern)
    except re.error:
        return
    if check(pattern, 0, ORIGIN).kind is None:
        return
    found = rewrite(pattern, 0, ORIGIN)
    if found is None:
        # Only a pattern that matches nothing we can find has no rewrite (``.*\.+^``).
        assert not any(original.fullmatch(s) for s in samples + _bounded._examples(pattern, 0, ORIGIN)), pattern
        return
    assert check(found.pattern, 0, ORIGIN).kind is None
    written = re.compile(found.pattern)
    for sample in samples:
        if found.relation == "same":
            assert bool(written.fullmatch(sample)) == bool(original.fullmatch(sample)), (found, sample)
        elif found.relation in ("fewer", "listed") and written.fullmatch(sample):
            assert original.fullmatch(sample), (found, sample)
        elif found.relation in ("wider", "more") and original.fullmatch(sample):
            assert written.fullmatch(sample), (found, sample)


# -- Length bounds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "sees"),
    [
        (r"/api/.*", False),
        (r"/api/*", False),
        (r"(?<=/)api", False),
        (r"/api/.*$", True),
        (r"/api\Z", True),
        (r"/api\b", True),
        (r"/api(?=/)", True),
        (segment(r"/api/.*"), True),
    ],
)
def test_whether_a_pattern_can_see_past_its_match(pattern: str, sees: bool) -> None:
    assert sees_the_end(pattern) is sees


def test_a_path_past_the_bound_is_matched_on_its_head_only_when_the_pattern_cannot_see_the_end() -> None:
    from flask_cors._options import merge_layers
    from flask_cors._policy import PolicyCompiler
    from flask_cors._resources import Resource, build_table
    from flask_cors._spec import MAX_PATH_PATTERN_INPUT

    policy = PolicyCompiler().compile(merge_layers({}), [])
    assert policy is not None
    free = Resource(r"/api/.*", "pattern", policy, 0, "/api/", re.compile(r"/api/.*"), sees_end=False)
    seeing = Resource(r"/files/.*\.txt$", "pattern", policy, 1, "/files/", re.compile(r"/files/.*\.txt$"))
    table = build_table([free, seeing])
    long_tail = "a" * MAX_PATH_PATTERN_INPUT
    assert table.lookup("/api/" + long_tail) is free
    assert table.lookup("/files/" + long_tail[: MAX_PATH_PATTERN_INPUT - 11] + ".txt") is seeing
    assert table.lookup("/files/" + long_tail + ".txt") is None


# -- Start-up cost -------------------------------------------------------------------------------------


def test_exact_origins_are_not_analysed_and_each_pattern_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from flask import Flask
    from flask_cors import CORS

    seen: list[str] = []
    real = _bounded.check

    def counting(pattern: str, flags: int, domain: Any) -> Any:
        seen.append(pattern)
        return real(pattern, flags, domain)

    monkeypatch.setattr(_bounded, "check", counting)
    real.cache_clear()
    exact = [f"https://app{i}.example.com" for i in range(2000)]
    pattern = r"https://[a-z]+\.example\.com"
    CORS(Flask(__name__), origins=[*exact, pattern], resources={r"/api/*": {}, r"/v1/*": {"origins": [pattern]}})
    CORS(Flask(__name__), origins=[pattern])
    assert not set(exact) & set(seen)
    assert seen.count(pattern) >= 2
    # Three distinct texts analysed (the origin pattern and two resource patterns), each once.
    assert real.cache_info().misses == 3


def test_the_analysis_stays_off_the_import_and_request_path() -> None:
    """``import flask_cors``, and an app that lists exact origins and paths, never load the analysis."""
    code = (
        "import sys\n"
        "from flask import Flask\n"
        "from flask_cors import CORS\n"
        "app = Flask(__name__)\n"
        "CORS(app, origins=['https://a.example.com'], resources={'/api/items': {}, '/*': {}})\n"
        "app.test_client().get('/api/items', headers={'Origin': 'https://a.example.com'})\n"
        "print('flask_cors._bounded' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
