"""Recorded Chromium outputs replayed through the browser comparison, without a browser.

``tests/browser/recorded/chromium-<major>.json`` holds what each Chromium version answered for
every cookie case, every session case (``tests/session_cases.py``: each tool's verdict is replayed
against it) and every simulation case, recorded by the browser suite (``CORS_RECORD_CHROMIUM``),
with, for simulation cases, the request and the answers the app gave (the browser engine is
replayed on those, so a later change to the app's answers does not stale them). Replaying them
shows, on a machine that has only one of those
versions (or none), that the suite passes on each recorded version, that a changed verdict always
fails, and that a version the wording table does not know is held to its verdicts.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from flask_cors._browser import FetchRequest, HeaderPairs, Outgoing, simulate
from flask_cors._chromium import KNOWN, MODEL_VERSION
from tests.browser.test_simulation import CASES as FETCH_CASES
from tests.browser.test_simulation import RECORDED_PAGE, model_outcome
from tests.cookie_cases import CASES as COOKIE_CASES
from tests.session_cases import CASES as SESSION_CASES
from tests.session_cases import tool_verdicts
from tests.verdicts import CookieOutcome, FetchOutcome, compare_cookie, compare_fetch, compare_session, model_cookie

RECORDED = Path(__file__).parent / "recorded"
VERSIONS = sorted(int(path.stem.split("-")[1]) for path in RECORDED.glob("chromium-*.json"))
COOKIES = {case.id: case for case in COOKIE_CASES}
FETCHES = {case.id for case in FETCH_CASES}
SESSIONS = {case.id: case for case in SESSION_CASES}
#: The kinds of recorded outcomes whose entries are cookie verdicts.
COOKIE_KINDS = ("cookies", "sessions")


def recorded(version: int) -> dict[str, Any]:
    return json.loads((RECORDED / f"chromium-{version}.json").read_text())


def browser_cookie(entry: dict[str, Any]) -> CookieOutcome:
    return CookieOutcome(entry["stored"], tuple(entry["store_reasons"]), entry["sent"], tuple(entry["send_reasons"]))


def browser_fetch(entry: dict[str, Any]) -> FetchOutcome:
    return FetchOutcome(entry["ok"], entry["status"], frozenset(entry["headers"]), entry["console"], entry["net_error"])


def model_fetch(entry: dict[str, Any]) -> FetchOutcome:
    """The browser engine's verdict on the request and the app's answers as they were recorded."""
    url, method, headers, credentials, body = entry["request"]
    request = FetchRequest(
        url,
        RECORDED_PAGE,
        method,
        tuple(map(tuple, headers)),
        credentials,
        None if body is None else body.encode("latin-1"),
    )
    answers = iter(entry["exchanges"])

    def send(outgoing: Outgoing) -> tuple[int, HeaderPairs, None]:
        sent_method, sent_url, status, pairs = next(answers)
        assert (outgoing.method, outgoing.url) == (sent_method, sent_url)
        return status, tuple((name, value) for name, value in pairs), None

    return model_outcome(simulate(request, send), RECORDED_PAGE)


def rows() -> list[Any]:
    found = []
    for version in VERSIONS:
        data = recorded(version)
        for kind in ("cookies", "sessions", "fetches"):
            found += [pytest.param(version, kind, case, id=f"{version}-{kind}-{case}") for case in data[kind]]
    return found


def compare(version: int | None, kind: str, case: str, browser: Any, recorded_on: int) -> Any:
    """Compare ``browser`` (an outcome recorded on ``recorded_on``) with the model, as ``version``'s."""
    if kind == "cookies":
        return compare_cookie(model_cookie(COOKIES[case]), browser, version)
    if kind == "sessions":
        session = SESSIONS[case]
        tools = tool_verdicts(session, session.page, session.api)
        return compare_session(tools.outcomes, tools.users, browser, version)
    return compare_fetch(model_fetch(recorded(recorded_on)["fetches"][case]), browser, version)


def outcome(version: int, kind: str, case: str) -> Any:
    entry = recorded(version)[kind][case]
    return browser_cookie(entry) if kind in COOKIE_KINDS else browser_fetch(entry)


def test_the_two_debian_chromiums_are_recorded_and_known() -> None:
    assert VERSIONS == [150, 156]
    assert set(VERSIONS) <= set(KNOWN)
    assert MODEL_VERSION in VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_every_case_is_recorded(version: int) -> None:
    data = recorded(version)
    assert data["build"] == KNOWN[version].build
    assert set(data["cookies"]) == set(COOKIES)
    assert set(data["sessions"]) == set(SESSIONS)
    assert set(data["fetches"]) == set(FETCHES)


@pytest.mark.parametrize(("version", "kind", "case"), rows())
def test_recorded_output_agrees_with_the_model_in_its_versions_words(version: int, kind: str, case: str) -> None:
    result = compare(version, kind, case, outcome(version, kind, case), version)
    assert (result.failures, result.unchecked) == ([], [])


def _flips(kind: str, browser: Any) -> list[tuple[str, Any]]:
    """Each verdict of ``browser`` changed alone, named by the comparison's label for it."""
    if kind in COOKIE_KINDS:
        return [
            ("stored", replace(browser, stored=not browser.stored)),
            ("sent", replace(browser, sent=not browser.sent)),
        ]
    if not browser.ok:
        return [("allowed", FetchOutcome(True, 200, frozenset()))]
    flips = [("allowed", FetchOutcome(False, console=None, net_error="net::ERR_FAILED"))]
    flips.append(("status", replace(browser, status=browser.status + 1)))
    flips.append(("readable headers", replace(browser, headers=browser.headers | {"x-not-exposed"})))
    return flips


@pytest.mark.parametrize(("version", "kind", "case"), rows())
def test_a_flipped_verdict_fails_on_known_and_unknown_versions(version: int, kind: str, case: str) -> None:
    for label, flipped in _flips(kind, outcome(version, kind, case)):
        for as_version in (version, 999):
            result = compare(as_version, kind, case, flipped, version)
            # Session cases prefix each line with the tool ("check: stored: ..."): every tool must fail.
            assert any(line.startswith(f"{label}: ") or f": {label}: " in line for line in result.failures), (
                label,
                as_version,
            )
            with pytest.raises(AssertionError):
                result.check(case)


# The five failures a fresh Debian 12 machine showed before wording was versioned (issue 16).
CHROMIUM_150_WORDING = {
    ("cookies", "cross-site-lax"): ["send reasons"],
    ("cookies", "cross-site-lax-third-party-allowed"): ["store reasons", "send reasons"],
    ("cookies", "cross-site-no-samesite"): ["send reasons"],
    ("cookies", "localhost-and-127-0-0-1"): ["send reasons"],
    ("fetches", "redirect-to-ftp"): ["console"],
}


def _wording_lines(version: int | None, browser_version: int) -> dict[tuple[str, str], list[str]]:
    """The comparisons that differ when ``browser_version``'s outputs are judged as ``version``'s."""
    found: dict[tuple[str, str], list[str]] = {}
    for kind in ("cookies", "fetches"):
        for case in recorded(browser_version)[kind]:
            result = compare(version, kind, case, outcome(browser_version, kind, case), browser_version)
            lines = result.failures or result.unchecked
            if lines:
                found[(kind, case)] = [line.split(": ", 1)[0] for line in lines]
    return found


def test_chromium_150_outputs_fail_in_156s_words_and_only_in_wording() -> None:
    found = _wording_lines(156, 150)
    # The one Strict case added since differs in the same way as the Lax ones.
    expected = {
        **CHROMIUM_150_WORDING,
        ("cookies", "cross-site-strict-third-party-allowed"): ["store reasons", "send reasons"],
    }
    assert found == expected


def test_an_unknown_version_checks_verdicts_and_notes_the_wording() -> None:
    failures = []
    unchecked = []
    for kind in ("cookies", "fetches"):
        for case in recorded(150)[kind]:
            result = compare(157, kind, case, outcome(150, kind, case), 150)
            failures += result.failures
            unchecked += [f"{case}: {line}" for line in result.unchecked]
    assert failures == []
    assert unchecked == [
        "cross-site-lax: send reasons: model ('SchemefulSameSiteLax', 'UserPreferences'), "
        "Chromium 157 ('SameSiteLax', 'UserPreferences')",
        "cross-site-lax-third-party-allowed: store reasons: model ('SchemefulSameSiteLax',), "
        "Chromium 157 ('SameSiteLax',)",
        "cross-site-lax-third-party-allowed: send reasons: model ('SchemefulSameSiteLax',), "
        "Chromium 157 ('SameSiteLax',)",
        "cross-site-no-samesite: send reasons: model ('SchemefulSameSiteUnspecifiedTreatedAsLax', 'UserPreferences'), "
        "Chromium 157 ('SameSiteUnspecifiedTreatedAsLax', 'UserPreferences')",
        "cross-site-strict-third-party-allowed: store reasons: model ('SchemefulSameSiteStrict',), "
        "Chromium 157 ('SameSiteStrict',)",
        "cross-site-strict-third-party-allowed: send reasons: model ('SchemefulSameSiteStrict',), "
        "Chromium 157 ('SameSiteStrict',)",
        "localhost-and-127-0-0-1: send reasons: model ('SchemefulSameSiteLax', 'UserPreferences'), "
        "Chromium 157 ('SameSiteLax', 'UserPreferences')",
        "redirect-to-ftp: console: model \"Access to fetch at 'ftp://127.0.0.1/x' (redirected from "
        "'http://localhost/to/ftp') from origin 'http://localhost:8000' has been blocked by CORS policy: Cross origin "
        "requests are only supported for protocol schemes: chrome, chrome-experimental-site-token-provider, "
        'chrome-extension, chrome-untrusted, data, http, https, isolated-app.", Chromium 157 "Access to fetch at '
        "'ftp://127.0.0.1/x' (redirected from 'http://localhost/to/ftp') from origin 'http://localhost:8000' has "
        "been blocked by CORS policy: Cross origin requests are only supported for protocol schemes: chrome, "
        'chrome-extension, chrome-untrusted, data, http, https, isolated-app."',
    ]


def test_chromium_150_session_outputs_differ_from_156s_words_only_in_the_samesite_codes() -> None:
    """Every tool's verdicts hold on 150's outputs; its SameSite codes differ from 156's, as for the cookie cases."""
    failures = []
    differing = {}
    for case in recorded(150)["sessions"]:
        result = compare(156, "sessions", case, outcome(150, "sessions", case), 150)
        failures += [line for line in result.failures if ": store reasons: " not in line]
        if result.failures:
            differing[case] = sorted({line.split(": ", 1)[0] for line in result.failures})
    assert failures == []
    tools = sorted(tool_verdicts(SESSION_CASES[0], SESSION_CASES[0].page, SESSION_CASES[0].api).outcomes)
    assert differing == dict.fromkeys(("default-cookie-chrome", "samesite-lax-chrome", "secure-only-chrome"), tools)
