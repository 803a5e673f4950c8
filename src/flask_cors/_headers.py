"""Header-name matching for ``allow_headers``, and bounded parsing of Access-Control-Request-Headers.

Header names are case-insensitive tokens (RFC 9110 section 5.1), so everything here compares
lower-cased names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._errors import Problem
from ._origins import REGEX_HINTS, backtracking_problem
from ._spec import MAX_HEADER_PATTERN_INPUT, MAX_REQUEST_HEADERS_COUNT, MAX_REQUEST_HEADERS_LENGTH, TOKEN


@dataclass(frozen=True)
class HeaderMatcher:
    """Configured header names: ``*`` (any), exact names, and patterns matching whole names."""

    allows_any: bool
    names: frozenset[str]
    pattern: re.Pattern[str] | None

    def allows(self, name: str) -> bool:
        """Precondition: ``name`` is a lower-cased token."""
        return (
            self.allows_any
            or name in self.names
            or (
                self.pattern is not None
                and len(name) <= MAX_HEADER_PATTERN_INPUT  # patterns are proved cheap up to this length
                and self.pattern.fullmatch(name) is not None
            )
        )


def compile_headers(values: tuple[str | re.Pattern[str], ...], option: str, problems: list[Problem]) -> HeaderMatcher:
    """Read ``allow_headers`` values: ``*``, exact names, or regular expressions (full match)."""
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
        elif TOKEN.fullmatch(value):
            names.add(value.lower())
        else:
            problems.append(
                Problem(
                    "cors.E008",
                    option,
                    value,
                    "a header name is a token: letters, digits and !#$%&'*+-.^_`|~, no spaces.",
                    "list each header name separately, e.g. ['Content-Type', 'X-Token'].",
                )
            )
    pattern = re.compile("|".join(f"(?:{r})" for r in regexes), re.IGNORECASE) if regexes else None
    return HeaderMatcher(allows_any, frozenset(names), pattern)


def parse_request_headers(value: str) -> tuple[str, ...] | None:
    """The lower-cased names in an Access-Control-Request-Headers value, or None if it is refused.

    Refused: longer than the size bound, more names than the count bound, or a name that is not
    a token. Empty items (``a,,b``) are skipped, as the list syntax of RFC 9110 section 5.6.1
    allows.
    """
    if len(value) > MAX_REQUEST_HEADERS_LENGTH or value.count(",") >= MAX_REQUEST_HEADERS_COUNT:
        return None
    names = []
    for item in value.split(","):
        name = item.strip(" \t")
        if not name:
            continue
        if TOKEN.fullmatch(name) is None:
            return None
        names.append(name.lower())
    return tuple(names)
