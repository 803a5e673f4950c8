"""Header-name matching for ``allow_headers``, and bounded parsing of Access-Control-Request-Headers.

Header names are case-insensitive tokens (RFC 9110 section 5.1), so everything here compares
lower-cased names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._errors import Problem
from ._origins import REGEX_HINTS, backtracking_problem, join_patterns
from ._spec import MAX_HEADER_PATTERN_INPUT, MAX_REQUEST_HEADERS_COUNT, MAX_REQUEST_HEADERS_LENGTH


@dataclass(frozen=True)
class HeaderMatcher:
    """Configured header names: ``*`` (any), exact names, and patterns matching whole names."""

    allows_any: bool
    names: frozenset[str]
    pattern: re.Pattern[str] | None
    #: Patterns that cannot share ``pattern``'s alternation (see :func:`~._origins.join_patterns`).
    patterns: tuple[re.Pattern[str], ...] = ()

    def allows(self, name: str) -> bool:
        """Precondition: ``name`` is lower-cased (an item of :func:`parse_request_headers`, lower-cased)."""
        return (
            self.allows_any
            or name in self.names
            or (
                (self.pattern is not None or bool(self.patterns))
                and len(name) <= MAX_HEADER_PATTERN_INPUT  # patterns are proved cheap up to this length
                and (
                    (self.pattern is not None and self.pattern.fullmatch(name) is not None)
                    or any(p.fullmatch(name) is not None for p in self.patterns)
                )
            )
        )


def compile_headers(values: tuple[str | re.Pattern[str], ...], option: str, problems: list[Problem]) -> HeaderMatcher:
    """Read ``allow_headers`` values: ``*``, names (compared case-insensitively), or regular
    expressions (full match, case-insensitive). Appends ``cors.E005`` and ``cors.E014`` problems."""
    names: set[str] = set()
    regexes: list[str] = []
    allows_any = False
    for value in values:
        if isinstance(value, re.Pattern):
            # Matched as part of one case-insensitive alternation: its own flags do not apply.
            risk = backtracking_problem(value.pattern, re.IGNORECASE, option, "header name")
            if risk is not None:
                problems.append(risk)
                continue
            regexes.append(value.pattern)
        elif value == "*":
            allows_any = True
        elif REGEX_HINTS.intersection(value):
            try:
                re.compile(value)
            except re.error as exc:
                problems.append(
                    Problem(
                        "cors.E005",
                        option,
                        value,
                        f"not a valid regular expression ({exc}).",
                        "check the pattern, or list header names instead.",
                    )
                )
                continue
            risk = backtracking_problem(value, re.IGNORECASE, option, "header name")
            if risk is not None:
                problems.append(risk)
                continue
            regexes.append(value)
        else:
            # A token, or a value flask-cors compares as written (cors.W058, reported by the options).
            names.add(value.lower())
    pattern, alone = join_patterns(regexes, re.IGNORECASE)
    return HeaderMatcher(allows_any, frozenset(names), pattern, alone)


def parse_request_headers(value: str) -> tuple[str, ...] | None:
    """The names in an Access-Control-Request-Headers value, as sent, or None if it is refused.

    Split on commas and stripped of whitespace, in the request's case, empty items kept: the
    answer echoes them as flask-cors does (browsers send lower-case, sorted, unique names).
    Refused, before any splitting: longer than the size bound, more names than the count bound, or
    a character other than visible ASCII, space and tab (a value that could do harm when echoed or
    logged, as for Origin).
    """
    if (
        len(value) > MAX_REQUEST_HEADERS_LENGTH
        or value.count(",") >= MAX_REQUEST_HEADERS_COUNT
        or _FIELD_VALUE.fullmatch(value) is None
    ):
        return None
    return tuple(item.strip(" \t") for item in value.split(","))


# Visible ASCII, space and horizontal tab: what a header value may hold without obs-text (RFC 9110 5.5).
_FIELD_VALUE = re.compile(r"[\x20-\x7e\t]*")
