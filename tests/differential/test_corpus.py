"""The real-world corpus (corpus.py): its size, its bookkeeping, and the report's arithmetic."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.differential import corpus, report
from tests.differential.corpus import CORPUS, FIXED, PENDING
from tests.differential.intended import INTENDED, without_preflight_vary
from tests.differential.scenarios import SCENARIOS


def test_corpus_has_at_least_150_scenarios_with_unique_ids() -> None:
    ids = [scenario["id"] for scenario in CORPUS]
    assert len(ids) >= 150
    assert len(set(ids)) == len(ids)
    assert all(scenario_id.startswith("corpus/") for scenario_id in ids)


def test_every_scenario_says_where_its_shape_came_from() -> None:
    unsourced = [s["id"] for s in CORPUS if not isinstance(s.get("source"), str) or not s["source"].strip()]
    assert unsourced == []
    # "owner/repo ...": the first word names a public repository.
    unnamed = [s["id"] for s in CORPUS if s["source"].split()[0].count("/") != 1]
    assert unnamed == []


def test_corpus_runs_in_the_differential_suite() -> None:
    ids = {scenario["id"] for scenario in SCENARIOS}
    assert {scenario["id"] for scenario in CORPUS} <= ids
    assert len(ids) == len(SCENARIOS)


def test_bookkeeping_names_corpus_scenarios_once() -> None:
    ids = {scenario["id"] for scenario in CORPUS}
    assert set(FIXED) <= ids
    assert set(PENDING) <= ids
    assert set(PENDING).isdisjoint(INTENDED)
    assert all(kind in {"bug", "new-difference"} for kind, _ in PENDING.values())


ALIKE = {"status": 200, "headers": {}}
OURS = {"status": 200, "headers": {"Vary": ["Origin"]}}


@pytest.mark.parametrize(
    ("listed_in", "ours", "expected"),
    [
        (None, ALIKE, "same"),
        (None, OURS, "unexplained"),
        ("INTENDED", OURS, "intended"),
        ("PENDING", OURS, "pending"),
        ("FIXED", ALIKE, "fixed"),
        ("FIXED", OURS, "unexplained"),
    ],
    ids=["same", "unlisted", "intended", "pending", "fixed", "fixed-regressed"],
)
def test_classify(monkeypatch: pytest.MonkeyPatch, listed_in: str | None, ours: dict[str, Any], expected: str) -> None:
    scenario_id = "corpus/example"
    entries: dict[str, Any] = {
        "INTENDED": ("S4", OURS, ALIKE),
        "PENDING": ("new-difference", "why"),
        "FIXED": "what was fixed",
    }
    for name in ("INTENDED", "PENDING", "FIXED"):
        monkeypatch.setattr(report, name, {scenario_id: entries[name]} if name == listed_in else {})
    assert report.classify(scenario_id, ours, ALIKE) == expected


def test_report_counts_and_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    scenarios = [{"id": f"corpus/{name}"} for name in ("a", "b", "c", "d", "e")]
    monkeypatch.setattr(report, "CORPUS", scenarios)
    monkeypatch.setattr(report, "INTENDED", {"corpus/b": ("S4", OURS, ALIKE)})
    monkeypatch.setattr(report, "PENDING", {"corpus/c": ("bug", "answers differ")})
    monkeypatch.setattr(report, "FIXED", {"corpus/d": "was wrong"})
    ours = {"corpus/a": ALIKE, "corpus/b": OURS, "corpus/c": OURS, "corpus/d": ALIKE, "corpus/e": OURS}
    reference = dict.fromkeys(ours, ALIKE)
    groups = report.tally(ours, reference)
    assert groups == {
        "same": ["corpus/a"],
        "intended": ["corpus/b"],
        "fixed": ["corpus/d"],
        "pending": ["corpus/c"],
        "unexplained": ["corpus/e"],
    }
    assert report.render(groups, Counter({"headers": 1})).splitlines() == [
        "corpus: 5 scenarios: same 1, intended difference 1, fixed 1, pending 1, unexplained (category C) 1",
        "intended differences that change the browser's verdict: 0, that change headers only: 1",
        "intended differences by section of docs/differences.md: S4: 1",
        "fixed corpus/d: was wrong",
        "pending (bug) corpus/c: answers differ",
        "unexplained corpus/e",
    ]


A = "https://app.example.com"


@pytest.mark.parametrize(
    ("request_", "ours", "reference", "changes"),
    [
        pytest.param(
            {"method": "GET", "path": "/", "headers": {"Origin": A}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A], "Vary": ["Origin"]}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A]}},
            False,
            id="vary-only",
        ),
        pytest.param(
            {"method": "GET", "path": "/", "headers": {"Origin": A}},
            {"status": 200, "headers": {"Vary": ["Origin"]}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A]}},
            True,
            id="refused-vs-allowed",
        ),
        pytest.param(
            {"method": "OPTIONS", "path": "/", "headers": {"Origin": A, "Access-Control-Request-Method": "PUT"}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A], "Access-Control-Allow-Methods": ["PUT"]}},
            {"status": 401, "headers": {"Access-Control-Allow-Origin": [A], "Access-Control-Allow-Methods": ["PUT"]}},
            True,
            id="preflight-status",
        ),
        pytest.param(
            {"method": "OPTIONS", "path": "/", "headers": {"Origin": A, "Access-Control-Request-Method": "PUT"}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A], "Access-Control-Max-Age": ["0"]}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A]}},
            False,
            id="both-refused-by-the-browser",
        ),
        pytest.param(
            {"method": "GET", "path": "/", "headers": {}},
            {"status": 200, "headers": {"Vary": ["Origin"]}},
            {"status": 200, "headers": {"Access-Control-Allow-Origin": [A]}},
            False,
            id="no-origin-is-headers-only",
        ),
        pytest.param(
            {"method": "GET", "path": "/", "headers": {"Origin": A}},
            {"startup_error": "ValueError"},
            {"status": 200, "headers": {}},
            True,
            id="start-up",
        ),
    ],
)
def test_verdict_tells_browser_visible_differences_from_header_only_ones(
    request_: dict[str, Any], ours: dict[str, Any], reference: dict[str, Any], changes: bool
) -> None:
    assert (report.verdict(request_, ours) != report.verdict(request_, reference)) is changes


def test_module_lists_are_the_ones_the_report_reads() -> None:
    assert report.CORPUS is corpus.CORPUS
    assert report.FIXED is corpus.FIXED
    assert report.PENDING is corpus.PENDING


def test_only_the_preflight_vary_names_of_preflights_are_set_aside() -> None:
    preflight = {
        "method": "OPTIONS",
        "headers": {"Origin": "https://a.example", "Access-Control-Request-Method": "PUT"},
    }
    answer = {
        "status": 200,
        "headers": {"Vary": ["Origin, Access-Control-Request-Method, Access-Control-Request-Headers"]},
    }
    assert without_preflight_vary(preflight, answer) == {"status": 200, "headers": {"Vary": ["Origin"]}}
    only = {"status": 200, "headers": {"Vary": ["Access-Control-Request-Headers"], "X": ["1"]}}
    assert without_preflight_vary(preflight, only) == {"status": 200, "headers": {"X": ["1"]}}
    actual = {"method": "GET", "headers": {"Origin": "https://a.example"}}
    assert without_preflight_vary(actual, answer) == answer
    options = {"method": "OPTIONS", "headers": {"Origin": "https://a.example"}}
    assert without_preflight_vary(options, answer) == answer


def test_a_difference_only_in_the_preflight_vary_names_is_section_s11(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INTENDED", "PENDING", "FIXED"):
        monkeypatch.setattr(report, name, {})
    asked = {"method": "OPTIONS", "headers": {"Origin": A, "Access-Control-Request-Method": "PUT"}}
    theirs = {"status": 200, "headers": {"Vary": ["Origin"]}}
    ours = {"status": 200, "headers": {"Vary": ["Origin, Access-Control-Request-Headers"]}}
    assert report.section_of("corpus/x", asked, ours, theirs) == "S11"
    assert report.classify("corpus/x", ours, theirs, asked) == "intended"
    # The same names on an actual request are nobody's section: category C.
    actual = {"method": "GET", "headers": {"Origin": A}}
    assert report.section_of("corpus/x", actual, ours, theirs) is None
    assert report.classify("corpus/x", ours, theirs, actual) == "unexplained"
