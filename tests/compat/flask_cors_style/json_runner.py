"""Run every ``test_*.py`` module of this folder and print one JSON object with the outcomes.

Standalone (stdlib, Flask and flask_cors only), so it runs under whichever flask_cors the
interpreter imports. Output: ``{"module": <flask_cors.__file__>, "outcomes": {test id: outcome},
"details": {test id: last line of the failure}}``, where an outcome is ``"pass"``, ``"fail"``,
``"error"`` or ``"skip"``.
"""

from __future__ import annotations

import json
import logging
import sys
import unittest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


class JsonResult(unittest.TestResult):
    """Keeps one outcome per test id instead of printing dots."""

    def __init__(self) -> None:
        super().__init__()
        self.outcomes: dict[str, str] = {}
        self.details: dict[str, str] = {}

    def _record(self, test: unittest.TestCase, outcome: str, detail: str = "") -> None:
        self.outcomes[test.id()] = outcome
        if detail:
            self.details[test.id()] = detail

    def addSuccess(self, test: unittest.TestCase) -> None:
        super().addSuccess(test)
        self._record(test, "pass")

    def addFailure(self, test: unittest.TestCase, err: Any) -> None:
        super().addFailure(test, err)
        self._record(test, "fail", f"{err[0].__name__}: {err[1]}")

    def addError(self, test: unittest.TestCase, err: Any) -> None:
        super().addError(test, err)
        self._record(test, "error", f"{err[0].__name__}: {err[1]}")

    def addSkip(self, test: unittest.TestCase, reason: str) -> None:
        super().addSkip(test, reason)
        self._record(test, "skip", reason)


def main() -> None:
    import flask_cors

    logging.disable(logging.CRITICAL)  # unhandled-exception tests log tracebacks
    suite = unittest.defaultTestLoader.discover(str(HERE), pattern="test_*.py", top_level_dir=str(HERE))
    result = JsonResult()
    suite.run(result)
    # A module that fails to import shows up as an error of a synthetic test; keep it visible.
    json.dump({"module": flask_cors.__file__, "outcomes": result.outcomes, "details": result.details}, sys.stdout)


if __name__ == "__main__":
    main()
