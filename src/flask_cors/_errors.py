"""Configuration problems: one registry of codes, one exception, one warning category.

Every problem found while compiling options is collected first and reported once, so a user fixes
a configuration in one pass. Codes are stable: tests, ``flask cors check`` and user CI match on them.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from types import FrameType

#: code -> one-line title. The only place codes are assigned; tests check that every code used in
#: the package is listed here and that no title is reused. Errors (``E``) are only what stops an app
#: from starting: what flask-cors 6.0.5 refuses too (E002, E005, E009), and what lets another site in
#: with credentials or lets one request stall a worker (E013, E014). Everything else flask-cors starts
#: with starts here, with a warning (``W``).
CODES = {
    "cors.E002": "resources of a shape that cannot be read (flask-cors refuses it too)",
    "cors.E005": "invalid regular expression",
    "cors.E009": "send_wildcard together with supports_credentials and any origin",
    "cors.E013": "origin pattern admits another site, with credentials",
    "cors.E014": "pattern whose work per match cannot be bounded",
    "cors.E020": "origin pattern whose every match is a site of its own, with credentials",
    "cors.W001": "credentials allowed for any origin",
    "cors.W002": "unknown CORS_* configuration key",
    "cors.W004": "vary_header=False on a policy whose answer depends on Origin",
    "cors.W005": "origin pattern admits another site (look-alike, suffix, unescaped dot...)",
    "cors.W006": "@cross_origin views behind before_request hooks, without CORS(app)",
    "cors.W007": "'null' allowed with credentials",
    "cors.W008": "credentials shared with origins over plain http",
    "cors.W009": "private network access granted to any origin",
    "cors.W010": "max_age longer than browsers cache a preflight",
    "cors.W011": "forbidden method in methods",
    "cors.W012": "header the browser manages in allow_headers",
    "cors.W013": "unreadable header in expose_headers",
    "cors.W014": "response header name in allow_headers",
    "cors.W015": "empty origins list",
    "cors.W016": "literal resource path whose subtree another pattern covers",
    "cors.W017": "resource pattern that never wins",
    "cors.W021": "session cookie cannot reach credentialed cross-site origins",
    "cors.W022": "session cookie SameSite=None without Secure",
    "cors.W023": "Secure session cookie for credentialed origins over plain http",
    "cors.W024": "CORS_BROWSER is not a browser profile",
    "cors.W030": "WebSocket route whose handshakes no policy guards",
    "cors.W031": "WebSocket route guarded by a policy that allows every origin with credentials",
    "cors.W040": "the flask-cors distribution is installed too",
    "cors.W051": "unknown option, ignored",
    "cors.W052": "option value of the wrong type, read as flask-cors reads it",
    "cors.W053": "origin with a path, a query or a trailing slash, compared as its origin",
    "cors.W054": "origin that is not scheme://host[:port], compared as written",
    "cors.W056": "max_age that is not a whole number of seconds, sent as written",
    "cors.W057": "method that is not a token, sent as written",
    "cors.W058": "header name that is not a token",
    "cors.W059": "send_wildcard with credentials and listed origins, ignored",
    "cors.W060": "resource pattern that can never match",
    "cors.W061": "'*' that stands for neither whole labels nor a port, read as a regular expression",
    "cors.W062": "expose_headers='*' with credentials",
    "cors.W064": "resource pattern that covers a route only by running past a segment boundary",
    "cors.W070": "origin pattern whose every match is a site of its own, without credentials",
    "cors.W071": "origin pattern whose matches nobody can register, refused with credentials",
}

#: Retired code -> the code that replaced it. A retired code is never reported again and its number
#: is never given to another problem. These were errors in development versions, until every
#: configuration flask-cors starts with had to start here too (issue 17); each became the warning named.
RETIRED = {
    "cors.E001": "cors.W051",
    "cors.E003": "cors.W053",
    "cors.E004": "cors.W054",
    "cors.E006": "cors.W056",
    "cors.E007": "cors.W057",
    "cors.E008": "cors.W058",
    "cors.E010": "cors.W060",
    "cors.E011": "cors.W061",
    "cors.E012": "cors.W062",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``E``) or risky (``W``) with one option."""

    code: str
    option: str
    value: object
    message: str
    hint: str = ""
    #: A corrected value that resolves the problem, when one is known (e.g. a fixed pattern).
    fix: object = None

    @property
    def is_error(self) -> bool:
        return self.code.startswith("cors.E")

    def __str__(self) -> str:
        text = f"[{self.code}] {self.option}={self.value!r}: {self.message}"
        return f"{text} Fix: {self.hint}" if self.hint else text


class ConfigurationError(ValueError):
    """The CORS options cannot be compiled. ``problems`` lists everything that is wrong.

    Subclasses :class:`ValueError`, which is what flask-cors raises, so existing ``except``
    clauses keep working.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the CORS configuration:"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(problem.code for problem in self.problems)


class CORSWarning(UserWarning):
    """Base category for warnings from flask_cors."""


class InsecureConfigurationWarning(CORSWarning):
    """The configuration works but lets more through than it probably should."""


class InstallationConflictWarning(CORSWarning):
    """The flask-cors distribution is installed next to this one, and both write ``flask_cors/``.

    Emitted once, when ``flask_cors`` is imported, if the folder that holds the package also holds
    flask-cors's installation record. ``flask cors check`` reports the same as ``cors.W040``.

    .. versionadded:: 0.1
    """


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _stacklevel_outside_package() -> int:
    """The ``stacklevel`` that makes a warning point at the first caller outside flask_cors."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == _PACKAGE_DIR:
        frame = frame.f_back
        level += 1
    return level


def raise_or_warn(problems: Iterable[Problem]) -> None:
    """Raise one ConfigurationError for all errors; otherwise emit each distinct warning once."""
    problems = tuple(problems)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise ConfigurationError(errors)
    seen: set[str] = set()
    for problem in problems:
        key = str(problem)
        if key in seen:
            continue
        seen.add(key)
        category = InsecureConfigurationWarning if problem.code in _INSECURE else CORSWarning
        warnings.warn(str(problem), category, stacklevel=_stacklevel_outside_package())


#: Warnings about how a value was read (as flask-cors reads it). ``flask cors check`` lists the ones
#: start-up gave, with the risks it finds again itself.
VALUE_WARNINGS = frozenset(
    {
        "cors.W051",
        "cors.W052",
        "cors.W053",
        "cors.W054",
        "cors.W056",
        "cors.W057",
        "cors.W058",
        "cors.W059",
        "cors.W060",
        "cors.W061",
    }
)

_INSECURE = frozenset(
    {"cors.W001", "cors.W005", "cors.W007", "cors.W008", "cors.W009", "cors.W022", "cors.W023", "cors.W070"}
)
