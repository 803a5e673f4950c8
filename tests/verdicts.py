"""The comparison between the browser model and a real Chromium: verdicts exactly, wording by version.

``tests/browser`` runs each case in Chromium and through the model, and passes both outcomes here.
Verdicts (allowed or blocked, the status and readable headers, stored or not, sent or not) must be
equal on every Chromium. Wording (console lines, cookie reason codes) must be equal to the model's
translated into the running version's words (:mod:`flask_cors._chromium`) when that version is
known; on any other version a wording difference is not a failure but a note, printed once at the
end of the run (``tests/browser/conftest.py``). There is no other branch on the version.

``tests/core/test_chromium_wording.py`` replays recorded Chromium outputs through the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_cors._chromium import Wording, wording_for
from flask_cors._cookies import judge_cookie, parse_cookie
from flask_cors._profiles import PROFILES
from tests.cookie_cases import CookieCase

#: Wording differences seen on Chromium versions :mod:`flask_cors._chromium` does not know.
UNCHECKED: list[str] = []


@dataclass(frozen=True)
class CookieOutcome:
    """Stored by the sign-in, and why not; sent with the next request, and why not."""

    stored: bool
    store_reasons: tuple[str, ...]
    sent: bool
    send_reasons: tuple[str, ...]


@dataclass(frozen=True)
class FetchOutcome:
    """A ``fetch()``'s verdict: resolved or not, then the status and readable headers, or the failure.

    ``console`` is the CORS line of the console (None when the failure has no CORS wording) and
    ``net_error`` the ``net::ERR_…`` code of the failure.
    """

    ok: bool
    status: int | None = None
    headers: frozenset[str] = frozenset()
    console: str | None = None
    net_error: str | None = None


@dataclass
class Comparison:
    """What differs between the model and the browser: failures, and wording not checked."""

    version: int | None
    failures: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)

    def differ(self, what: str, model: object, browser: object, wording: Wording | None, *, verdict: bool) -> None:
        if model == browser:
            return
        line = f"{what}: model {model!r}, Chromium {self.version} {browser!r}"
        if verdict or wording is not None:
            self.failures.append(line)
        else:
            self.unchecked.append(line)

    def check(self, case: str) -> None:
        """Fail with every failure."""
        assert not self.failures, f"{case} on Chromium {self.version}:\n" + "\n".join(self.failures)


def verify(result: Comparison, case: str) -> None:
    """A browser test's last step: fail on any failure, and keep the wording that was not checked
    for the run's summary."""
    UNCHECKED.extend(f"{case}: {line}" for line in result.unchecked)
    result.check(case)


def model_cookie(case: CookieCase) -> CookieOutcome:
    """The cookie model's verdicts for ``case``, reason codes in :data:`flask_cors._chromium.MODEL_VERSION`'s words."""
    judged = judge_cookie(
        parse_cookie(case.cookie),
        case.page,
        case.api + case.path,
        set_url=case.api + "/login",
        browser=PROFILES["chrome" if case.third_party_cookies else "no-third-party-cookies"],
    )
    return CookieOutcome(judged.stored, judged.store.reasons, judged.sent, judged.send.reasons)


def compare_cookie(model: CookieOutcome, browser: CookieOutcome, version: int | None) -> Comparison:
    """Compare the cookie model's verdicts and reason codes with Chromium ``version``'s."""
    wording = wording_for(version)
    result = Comparison(version)
    result.differ("stored", model.stored, browser.stored, wording, verdict=True)
    result.differ("sent", model.sent, browser.sent, wording, verdict=True)
    for what, reasons, seen in (
        ("store reasons", model.store_reasons, browser.store_reasons),
        ("send reasons", model.send_reasons, browser.send_reasons),
    ):
        expected = wording.cookie_reasons(reasons) if wording is not None else reasons
        result.differ(what, expected, tuple(sorted(seen)), wording, verdict=False)
    return result


def compare_fetch(model: FetchOutcome, browser: FetchOutcome, version: int | None) -> Comparison:
    """Compare the simulation's verdict and console wording with Chromium ``version``'s."""
    wording = wording_for(version)
    result = Comparison(version)
    result.differ("allowed", model.ok, browser.ok, wording, verdict=True)
    if not (model.ok and browser.ok):
        if not model.ok and not browser.ok:
            # Whether the failure is a CORS one (a console line) or a network error is a verdict.
            result.differ("CORS failure", model.console is not None, browser.console is not None, wording, verdict=True)
            if model.console is None or browser.console is None:
                result.differ("network error", model.net_error, browser.net_error, wording, verdict=True)
            else:
                expected = wording.console_line(model.console) if wording is not None else model.console
                result.differ("console", expected, browser.console, wording, verdict=False)
        return result
    result.differ("status", model.status, browser.status, wording, verdict=True)
    result.differ("readable headers", sorted(model.headers), sorted(browser.headers), wording, verdict=True)
    return result


def compare_session(
    tools: dict[str, CookieOutcome], users: tuple[object, ...], browser: CookieOutcome, version: int | None
) -> Comparison:
    """Compare every tool's verdict on a session case (``tests/session_cases.py``) with Chromium ``version``'s.

    ``users`` are the user the view saw through the testing helpers: signed in exactly when
    Chromium's request carried the cookie.
    """
    result = Comparison(version)
    for tool, outcome in tools.items():
        part = compare_cookie(outcome, browser, version)
        result.failures += [f"{tool}: {line}" for line in part.failures]
        result.unchecked += [f"{tool}: {line}" for line in part.unchecked]
    expected = "ada" if browser.sent else None
    result.differ("view saw the user", list(users), [expected] * len(users), wording_for(version), verdict=True)
    return result
