"""The corpus in figures: ``python -m tests.differential.report`` (from the project root, in .venv).

Runs every scenario under our package and under flask-cors 6.0.5, then counts the corpus
scenarios (corpus.py) as:

- same: both packages answer alike (and the scenario never needed a fix);
- intended: they differ, for a reason given in an S (security) or B (browser-visible fix)
  section of docs/differences.md (listed in intended.py);
- fixed: they differed because of a bug in us, now fixed (listed in corpus.FIXED);
- pending: they differ and wait for a decision (listed in corpus.PENDING);
- unexplained: they differ and nothing lists them: a category C difference, which the contract
  does not allow (the differential test fails on these).

Each difference is also weighed by what a browser does with it (:func:`verdict`): it changes the
verdict (the page can read the response or not, the preflight passes or not, the socket opens or
not, the app starts or not), or it changes headers only.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from flask_cors import _browser
from tests.differential.corpus import CORPUS, FIXED, PENDING
from tests.differential.intended import INTENDED, PREFLIGHT_VARY_SECTION, without_preflight_vary
from tests.differential.scenarios import SCENARIOS

KINDS = ("same", "intended", "fixed", "pending", "unexplained")


def section_of(
    scenario_id: str, request: dict[str, Any], ours: dict[str, Any], reference: dict[str, Any]
) -> str | None:
    """The S or B section explaining why ``ours`` differs from ``reference``: the scenario's entry in
    :data:`INTENDED`, or :data:`PREFLIGHT_VARY_SECTION` when the preflight ``Vary`` names are the
    only difference; None for a category C difference."""
    if scenario_id in INTENDED:
        return INTENDED[scenario_id][0]
    if ours != reference and without_preflight_vary(request, ours) == reference:
        return PREFLIGHT_VARY_SECTION
    return None


def classify(
    scenario_id: str, ours: dict[str, Any], reference: dict[str, Any], request: dict[str, Any] | None = None
) -> str:
    """The kind of one corpus scenario, given both answers (and its request, which says whether the
    preflight ``Vary`` names of section S11 explain a difference). See the module docstring."""
    explained = section_of(scenario_id, request or {}, ours, reference) is not None
    if scenario_id in FIXED:
        # A fix leaves both packages alike, or different for a documented reason.
        return "fixed" if ours == reference or explained else "unexplained"
    if ours == reference:
        return "same"
    if explained:
        return "intended"
    if scenario_id in PENDING:
        return "pending"
    return "unexplained"


def tally(ours: dict[str, Any], reference: dict[str, Any]) -> dict[str, list[str]]:
    """Corpus scenario ids grouped by kind, in corpus order, every kind present."""
    groups: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for scenario in CORPUS:
        scenario_id = scenario["id"]
        request = scenario.get("request", {})
        groups[classify(scenario_id, ours[scenario_id], reference[scenario_id], request)].append(scenario_id)
    return groups


def verdict(request: dict[str, Any], answer: dict[str, Any]) -> tuple[Any, ...]:
    """What a browser makes of ``answer`` to ``request``, by the Fetch checks of :mod:`flask_cors._browser`.

    For a page with and without credentials: whether the preflight passes (Private Network Access
    included), or whether the page can read the response and with which status; a WebSocket
    handshake opens or not; the app does not start. A request without Origin is no browser's
    CORS request: every answer to it is the same verdict.
    """
    if "startup_error" in answer:
        return ("does not start",)
    sent = {name.lower(): value for name, value in request["headers"].items()}
    origin = sent.get("origin")
    if origin is None:
        return ("not a CORS request",)
    status = answer["status"]
    if sent.get("upgrade", "").lower() == "websocket":
        return ("websocket", status == 101 or status < 400)
    pairs = tuple((name, value) for name, values in answer["headers"].items() for value in values)
    url = "http://localhost" + request["path"]
    requested = sent.get("access-control-request-method")
    outcomes: list[Any] = []
    for credentials in (False, True):
        if request["method"] == "OPTIONS" and requested is not None:
            names = [name.strip() for name in sent.get("access-control-request-headers", "").split(",") if name.strip()]
            fetch = _browser.FetchRequest(url, origin, requested, tuple((name, "x") for name in names), credentials)
            passes = _browser.preflight_check(fetch, status, pairs) is None
            if sent.get("access-control-request-private-network") == "true":
                passes = passes and _browser._get(pairs, "Access-Control-Allow-Private-Network") == "true"
            outcomes.append(passes)
        else:
            fetch = _browser.FetchRequest(url, origin, request["method"], (), credentials)
            readable = _browser.cors_check(fetch, pairs) is None
            outcomes.append(status if readable else None)
    return ("preflight" if request["method"] == "OPTIONS" and requested is not None else "actual", *outcomes)


def weigh(ids: list[str], ours: dict[str, Any], reference: dict[str, Any]) -> Counter[str]:
    """How many of the scenarios ``ids`` change the browser's verdict, and how many change headers only."""
    requests = {scenario["id"]: scenario["request"] for scenario in SCENARIOS}
    return Counter(
        "verdict" if verdict(requests[i], ours[i]) != verdict(requests[i], reference[i]) else "headers" for i in ids
    )


def render(groups: dict[str, list[str]], weights: Counter[str] | None = None) -> str:
    """The report: the counts on one line, the verdict-level counts, intended differences by
    section, then every id that needs attention (pending with its classification, unexplained)."""
    total = sum(len(ids) for ids in groups.values())
    lines = [
        f"corpus: {total} scenarios: same {len(groups['same'])}, intended difference {len(groups['intended'])}, "
        f"fixed {len(groups['fixed'])}, pending {len(groups['pending'])}, "
        f"unexplained (category C) {len(groups['unexplained'])}"
    ]
    if weights is not None:
        lines.append(
            f"intended differences that change the browser's verdict: {weights['verdict']}, "
            f"that change headers only: {weights['headers']}"
        )
    sections = Counter(
        INTENDED[scenario_id][0] if scenario_id in INTENDED else PREFLIGHT_VARY_SECTION
        for scenario_id in groups["intended"]
    )
    if sections:
        lines.append(
            "intended differences by section of docs/differences.md: "
            + ", ".join(f"{section}: {count}" for section, count in sorted(sections.items(), key=_section_order))
        )
    lines.extend(f"fixed {scenario_id}: {FIXED[scenario_id]}" for scenario_id in groups["fixed"])
    for scenario_id in groups["pending"]:
        classification, note = PENDING[scenario_id]
        lines.append(f"pending ({classification}) {scenario_id}: {note}")
    lines.extend(f"unexplained {scenario_id}" for scenario_id in groups["unexplained"])
    return "\n".join(lines)


def _section_order(item: tuple[str, int]) -> tuple[str, int]:
    return item[0][0], int(item[0][1:])


def main() -> int:
    from tests.differential.test_differential import run
    from tests.reference import reference_python

    ours, reference = run(sys.executable)["results"], run(reference_python())["results"]
    groups = tally(ours, reference)
    print(render(groups, weigh(groups["intended"], ours, reference)))
    requests = {s["id"]: s["request"] for s in SCENARIOS}
    every = [s["id"] for s in SCENARIOS if ours[s["id"]] != reference[s["id"]]]
    weights = weigh(every, ours, reference)
    sections = {i: section_of(i, requests[i], ours[i], reference[i]) for i in every}
    unlisted = [i for i in every if sections[i] is None]
    print(
        f"whole table: {len(SCENARIOS)} scenarios, {len(every)} differences ({len(unlisted)} category C): "
        f"{weights['verdict']} change the browser's verdict, {weights['headers']} headers only; by section: "
        + ", ".join(
            f"{section}: {count}"
            for section, count in sorted(
                Counter(section for section in sections.values() if section is not None).items(), key=_section_order
            )
        )
    )
    return 1 if groups["unexplained"] or unlisted else 0


if __name__ == "__main__":
    sys.exit(main())
