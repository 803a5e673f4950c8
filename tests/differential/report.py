"""The corpus in figures: ``python -m tests.differential.report`` (from the project root, in .venv).

Runs every scenario under our package and under flask-cors 6.0.5, then counts the corpus
scenarios (corpus.py) as:

- same: both packages answer alike (and the scenario never needed a fix);
- intended: they differ, for a reason given in a numbered section of docs/differences.md
  (listed in intended.py);
- fixed: they differed because of a bug in us, now fixed (listed in corpus.FIXED);
- pending: they differ and wait for a decision (listed in corpus.PENDING);
- unexplained: they differ and nothing lists them (the differential test fails on these).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from tests.differential.corpus import CORPUS, FIXED, PENDING
from tests.differential.intended import INTENDED, without_preflight_vary

KINDS = ("same", "intended", "fixed", "pending", "unexplained")


def classify(scenario_id: str, ours: dict[str, Any], reference: dict[str, Any]) -> str:
    """The kind of one corpus scenario, given both answers. See the module docstring."""
    if scenario_id in FIXED:
        # A fix leaves both packages alike, or different for a documented reason.
        return "fixed" if ours == reference or scenario_id in INTENDED else "unexplained"
    if ours == reference:
        return "same"
    if scenario_id in INTENDED:
        return "intended"
    if scenario_id in PENDING:
        return "pending"
    return "unexplained"


def tally(ours: dict[str, Any], reference: dict[str, Any]) -> dict[str, list[str]]:
    """Corpus scenario ids grouped by kind, in corpus order, every kind present."""
    groups: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for scenario in CORPUS:
        scenario_id = scenario["id"]
        answer = without_preflight_vary(scenario.get("request", {}), ours[scenario_id])
        groups[classify(scenario_id, answer, reference[scenario_id])].append(scenario_id)
    return groups


def render(groups: dict[str, list[str]]) -> str:
    """The report: the counts on one line, intended differences by section, then every id that
    needs attention (pending with its classification, unexplained)."""
    total = sum(len(ids) for ids in groups.values())
    lines = [
        f"corpus: {total} scenarios: same {len(groups['same'])}, intended difference {len(groups['intended'])}, "
        f"fixed {len(groups['fixed'])}, pending {len(groups['pending'])}, unexplained {len(groups['unexplained'])}"
    ]
    sections = Counter(INTENDED[scenario_id][0] for scenario_id in groups["intended"])
    if sections:
        lines.append(
            "intended differences by section of docs/differences.md: "
            + ", ".join(f"#{section}: {count}" for section, count in sorted(sections.items()))
        )
    lines.extend(f"fixed {scenario_id}: {FIXED[scenario_id]}" for scenario_id in groups["fixed"])
    for scenario_id in groups["pending"]:
        classification, note = PENDING[scenario_id]
        lines.append(f"pending ({classification}) {scenario_id}: {note}")
    lines.extend(f"unexplained {scenario_id}" for scenario_id in groups["unexplained"])
    return "\n".join(lines)


def main() -> int:
    from tests.differential.test_differential import run
    from tests.reference import reference_python

    ours, reference = run(sys.executable)["results"], run(reference_python())["results"]
    groups = tally(ours, reference)
    print(render(groups))
    return 1 if groups["unexplained"] else 0


if __name__ == "__main__":
    sys.exit(main())
