"""Origin matching: how each configured value is read, and the matcher compiled from all of them.

Origins are compared the way browsers serialise them (RFC 6454): scheme and host are
case-insensitive, a default port is never written. Every configured value is read once, at
start-up, by :func:`classify_origin`, and kept with its kind so that ``flask cors routes`` can show
how it was understood.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Union

from ._errors import Problem
from ._spec import DEFAULT_PORTS, MAX_ORIGIN_LENGTH, MAX_ORIGIN_PATTERN_INPUT, REQUEST_ORIGIN

OriginPredicate = Callable[[str], bool]
OriginValue = Union[str, "re.Pattern[str]", OriginPredicate]

#: Characters whose presence makes a configured string a regular expression. The same set
#: flask-cors uses, so the strings it reads as regexes we read as regexes too; the one exception is
#: a ``*`` standing alone for whole labels or a port, which :func:`classify_origin` reads as a
#: wildcard.
REGEX_HINTS = frozenset("*\\]?$^[]()")

_HINT_SEARCH = re.compile(r"[*\\\]?$^\[()]")
_ANY = frozenset({"*", ".*"})

# scheme://[*.]host[:port|:*] where '*' is the only special character.
_WILDCARD_SHAPE = re.compile(
    r"(?P<scheme>[a-z][a-z0-9+.\-]*)://(?P<sub>\*\.)?(?P<host>[a-z0-9_\-.]+|\[[0-9a-f:.]+\])(?::(?P<port>\d{1,5}|\*))?",
    re.IGNORECASE,
)
_EXACT_SHAPE = re.compile(
    r"(?P<scheme>[a-z][a-z0-9+.\-]*)://(?P<host>[a-z0-9_\-.~%!$&'()*+;=]+|\[[0-9a-f:.]+\])(?::(?P<port>\d{1,5}))?",
    re.IGNORECASE,
)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# A subdomain wildcard stands for one or more DNS labels.
_LABELS = r"(?:[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?\.)+"


class OriginRule(NamedTuple):
    """One configured origin value and how it was read.

    ``kind`` is ``"any"``, ``"exact"``, ``"wildcard"``, ``"pattern"`` or ``"predicate"``;
    ``text`` is the normalised exact origin or the regular expression matched (whole value,
    case-insensitive) for wildcards and patterns.
    """

    kind: str
    source: OriginValue
    text: str = ""

    def describe(self) -> str:
        if self.kind == "predicate":
            return f"predicate {getattr(self.source, '__qualname__', repr(self.source))}"
        if self.kind == "pattern" and isinstance(self.source, re.Pattern):
            return f"pattern re.compile({self.source.pattern!r})"
        return f"{self.kind} {self.source!r}"


def classify_origin(value: object, problems: list[Problem]) -> OriginRule | None:
    """Read one configured origin value. Appends to ``problems`` and returns None when invalid.

    The rule, applied in this order:

    1. a callable is a predicate, asked with the request's origin;
    2. a compiled pattern must match the whole origin, with the flags it was compiled with;
    3. ``"*"`` or ``".*"`` allows any origin;
    4. a string whose only special character is ``*`` (and that has no ``.*``), standing for whole leftmost labels
       (``https://*.example.com``) or for the port (``https://example.com:*``), is a wildcard;
       any other use of a lone ``*`` is refused, because as a regular expression it would match
       look-alike hosts;
    5. a string containing any of ``* \\ ] ? $ ^ [ ( )`` is a regular expression that must match
       the whole origin, case-insensitively;
    6. anything else is an exact origin (``null`` or ``scheme://host[:port]``), compared
       case-insensitively after dropping a default port.
    """
    if callable(value) and not isinstance(value, (str, re.Pattern)):
        return OriginRule("predicate", value)
    if isinstance(value, re.Pattern):
        if not isinstance(value.pattern, str):
            problems.append(
                Problem(
                    "cors.E002",
                    "origins",
                    value,
                    "a bytes pattern cannot match an origin.",
                    "compile the pattern from a str.",
                )
            )
            return None
        risk = backtracking_problem(value.pattern, value.flags, "origins")
        if risk is not None:
            problems.append(risk)
            return None
        return OriginRule("pattern", value, value.pattern)
    if not isinstance(value, str):
        problems.append(
            Problem(
                "cors.E002",
                "origins",
                value,
                f"expected a string, a compiled pattern or a callable, got {type(value).__name__}.",
                "pass origins as a string or a list of strings.",
            )
        )
        return None
    if value in _ANY:
        return OriginRule("any", value)
    if _HINT_SEARCH.search(value) is None:
        return _classify_exact(value, problems)
    hints = REGEX_HINTS.intersection(value)
    if hints <= {"[", "]"} and normalise_origin(value) is not None:  # an IPv6 literal: http://[::1]:5000
        return _classify_exact(value, problems)
    if hints == {"*"} and ".*" not in value:
        return _classify_wildcard(value, problems)
    if hints:
        return _classify_pattern(value, problems)
    return _classify_exact(value, problems)


def _classify_wildcard(value: str, problems: list[Problem]) -> OriginRule | None:
    shape = _WILDCARD_SHAPE.fullmatch(value)
    if shape is None or "*" in shape["host"] or (shape["sub"] is None and shape["port"] != "*"):
        host = re.sub(r"^[^.]*\*[^.]*\.", "", value.split("://", 1)[-1].split("/")[0])
        scheme = value.split("://", 1)[0] if "://" in value else "https"
        problems.append(
            Problem(
                "cors.E011",
                "origins",
                value,
                "'*' may stand only for whole leftmost labels or for the port; elsewhere it would "
                "match look-alike hosts.",
                f"for any subdomain write '{scheme}://*.{host}'; for a regular expression escape "
                "the dots and say what repeats, e.g. r'https://[a-z0-9-]+\\.example\\.com'.",
            )
        )
        return None
    if shape["sub"] and "." not in shape["host"] and shape["host"].lower() != "localhost":
        problems.append(
            Problem(
                "cors.E011",
                "origins",
                value,
                "a subdomain wildcard over a top-level domain allows every website under it.",
                f"name the registrable domain, e.g. '{shape['scheme']}://*.example.{shape['host']}'.",
            )
        )
        return None
    scheme = shape["scheme"].lower()
    regex = re.escape(scheme) + "://"
    if shape["sub"]:
        regex += _LABELS
    regex += re.escape(shape["host"].lower())
    port = shape["port"]
    if port == "*":
        regex += r"(?::[0-9]{1,5})?"
    elif port is not None and port != DEFAULT_PORTS.get(scheme):
        regex += re.escape(":" + port)
    return OriginRule("wildcard", value, regex)


def _classify_pattern(value: str, problems: list[Problem]) -> OriginRule | None:
    try:
        re.compile(value, re.IGNORECASE)
    except re.error as exc:
        problems.append(
            Problem(
                "cors.E005",
                "origins",
                value,
                f"not a valid regular expression ({exc}).",
                "check the pattern, or list exact origins instead.",
            )
        )
        return None
    risk = backtracking_problem(value, re.IGNORECASE, "origins")
    if risk is not None:
        problems.append(risk)
        return None
    return OriginRule("pattern", value, value)


def backtracking_problem(pattern: str, flags: int, option: str, domain: str = "origin") -> Problem | None:
    """``cors.E014`` when running ``pattern`` (compiled with ``flags``) on one hostile value of the
    ``domain`` (``"origin"`` or ``"header name"``) may cost more than a bounded amount of work, with
    a rewrite that does not (see :mod:`flask_cors._bounded`)."""
    from . import _bounded  # start-up only: keeps the analysis off the import path

    found: Problem | None = _bounded.problem(
        pattern, flags, option, _bounded.HEADER_NAME if domain == "header name" else _bounded.ORIGIN
    )
    return found


def _classify_exact(value: str, problems: list[Problem]) -> OriginRule | None:
    if value.lower() == "null":
        return OriginRule("exact", value, "null")
    normal = normalise_origin(value)
    if normal is not None:
        return OriginRule("exact", value, normal)
    if "://" not in value:
        problems.append(
            Problem(
                "cors.E004",
                "origins",
                value,
                "an origin starts with its scheme; without one it never matches.",
                f"write 'https://{value.rstrip('/')}' (or 'http://…' for plain HTTP).",
            )
        )
        return None
    scheme, rest = value.split("://", 1)
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    parts = [part for part in re.split(r"[|\s]+", value) if part]
    if len(parts) > 1:
        hint = f"list each origin separately: origins={parts!r}."
    elif host:
        hint = f"write '{scheme}://{host}'."
    else:
        hint = "list origins like 'https://example.com'."
    problems.append(
        Problem(
            "cors.E003",
            "origins",
            value,
            "an origin is scheme://host[:port] with no path, query, fragment or trailing "
            "slash; browsers never send anything else, so this never matches.",
            hint,
        )
    )
    return None


def normalise_origin(value: str) -> str | None:
    """The serialised form of a configured exact origin, or None if it is not one."""
    shape = _EXACT_SHAPE.fullmatch(value)
    if shape is None:
        return None
    scheme = shape["scheme"].lower()
    origin = f"{scheme}://{shape['host'].lower()}"
    port = shape["port"]
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        origin += f":{port}"
    return origin


def is_valid_request_origin(origin: str) -> bool:
    """Whether a client-sent Origin value may be compared or reflected (:data:`~._spec.REQUEST_ORIGIN`).

    The rule: one token of visible ASCII other than the comma, at most 2048 characters. It need
    not be a serialised origin: ``www.example.com`` is compared like any other value, as flask-cors
    does, and under any-origin it is reflected.
    """
    return len(origin) <= MAX_ORIGIN_LENGTH and REQUEST_ORIGIN.fullmatch(origin) is not None


_LOCALHOST = re.compile(r"(?:[a-z0-9_-]+\.)*localhost")


def is_loopback_host(host: str) -> bool:
    """Whether browsers treat ``host`` as potentially trustworthy over plain http (W3C Secure Contexts).

    ``localhost``, a name under it (``api.localhost``), ``127.0.0.0/8`` and ``::1``, as Chromium
    counts them. ``host`` has no port; an IPv6 address may keep its brackets; case and a trailing
    dot do not matter. The one place this rule lives: origins (:func:`is_loopback`) and cookies
    (:func:`flask_cors._cookies.is_secure_url`) both ask it.
    """
    host = host.lower().rstrip(".")
    if _LOCALHOST.fullmatch(host):
        return True
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback if address.version == 4 else address == ipaddress.IPv6Address("::1")


def is_loopback(origin: str) -> bool:
    """Whether ``origin``'s host is ``localhost``, a name under it, or a loopback address (:func:`is_loopback_host`).

    The scheme is not looked at: callers ask about ``http`` and ``ws`` origins.
    """
    host = origin.split("://", 1)[-1]
    bare = without_port(host)
    return is_loopback_host(bare if bare is not None else host)


# The port at the end of an origin, for the "any port unless the pattern says otherwise" rule.
_TRAILING_PORT = re.compile(r":[0-9]{1,5}\Z")


def without_port(origin: str) -> str | None:
    """``origin`` with its trailing ``:port`` removed, or None when it has none."""
    found = _TRAILING_PORT.search(origin)
    return origin[: found.start()] if found is not None else None


@dataclass(frozen=True)
class OriginMatcher:
    """All configured origins, compiled: a set for exact origins and one regex for the rest.

    Precondition for :meth:`allows`: the origin passed :func:`is_valid_request_origin`.
    """

    rules: tuple[OriginRule, ...]
    allows_any: bool
    exact: frozenset[str]
    combined: re.Pattern[str] | None
    patterns: tuple[re.Pattern[str], ...]
    predicates: tuple[OriginPredicate, ...]

    @property
    def single_exact(self) -> str | None:
        """The configured origin when exactly one exact origin and nothing else is configured."""
        if len(self.rules) == 1 and self.rules[0].kind == "exact" and self.rules[0].text != "null":
            return self.rules[0].text
        return None

    def allows(self, origin: str, *, credentials: bool) -> bool:
        """Whether ``origin`` is allowed.

        Exact origins compare scheme, host and port. A pattern (a wildcard, a regular expression
        or a compiled pattern) allows an origin it matches whole, or whose whole matches once the
        trailing ``:port`` is removed: a pattern that names no port allows every port of the hosts
        it names (dev servers always have one), and a pattern that names a port still requires
        it. A predicate is asked with the origin as sent.
        """
        lowered = origin.lower()
        if lowered == "null":
            # An opaque origin (sandboxed iframe, file:, data:, a cross-origin redirect) is
            # shared by every such context, so it is allowed only when listed by name, or
            # by any-origin when the answer is public anyway (no credentials).
            return "null" in self.exact or (self.allows_any and not credentials)
        if self.allows_any or lowered in self.exact:
            return True
        # Patterns run only on values as long as a real origin can be: every accepted pattern is
        # proved cheap on values up to that length (see flask_cors._bounded).
        if (self.combined is not None or self.patterns) and len(origin) <= MAX_ORIGIN_PATTERN_INPUT:
            bare = without_port(origin)
            for candidate in (origin, bare) if bare is not None else (origin,):
                if self.combined is not None and self.combined.fullmatch(candidate):
                    return True
                if any(p.fullmatch(candidate) for p in self.patterns):
                    return True
        return any(_ask(f, origin) for f in self.predicates)


def _ask(predicate: OriginPredicate, origin: str) -> bool:
    try:
        return predicate(origin) is True
    except Exception:  # a bug in the user's predicate must not turn into a 500 or an allow
        import logging

        logging.getLogger("flask_cors").exception("origins predicate %r raised for origin %r", predicate, origin)
        return False


def compile_origins(rules: tuple[OriginRule, ...]) -> OriginMatcher:
    """Build the matcher. Precondition: every rule came from :func:`classify_origin`."""
    texts = [r.text for r in rules if r.kind in ("wildcard", "pattern") and isinstance(r.source, str)]
    combined = None
    patterns = tuple(r.source for r in rules if r.kind == "pattern" and isinstance(r.source, re.Pattern))
    # Inline global flags such as (?i) are legal only at the very start of a whole expression,
    # so patterns using them cannot be joined into one alternation.
    joinable = [t for t in texts if not _GLOBAL_FLAGS.search(t)]
    patterns += tuple(re.compile(t, re.IGNORECASE) for t in texts if _GLOBAL_FLAGS.search(t))
    if joinable:
        combined = re.compile("|".join(f"(?:{t})" for t in joinable), re.IGNORECASE)
    return OriginMatcher(
        rules=rules,
        allows_any=any(r.kind == "any" for r in rules),
        exact=frozenset(r.text for r in rules if r.kind == "exact"),
        combined=combined,
        patterns=patterns,
        predicates=tuple(r.source for r in rules if r.kind == "predicate"),  # type: ignore[misc]
    )


def is_same_origin_as_host(origin: str, host: str | None) -> bool:
    """Whether the client-sent ``origin``'s host and port equal the request's ``Host`` header.

    Both are compared case-insensitively, with the origin scheme's default port dropped from
    either side (``https://a.example`` equals ``Host: a.example:443``). The schemes are not
    compared, as Tornado's default WebSocket origin check does not compare them: behind a proxy that
    terminates TLS the app sees ``http`` while the page is ``https``, and the Host is the same.
    """
    if host is None or not is_valid_request_origin(origin) or "://" not in origin:
        return False
    scheme, _, authority = origin.partition("://")
    default = DEFAULT_PORTS.get(scheme.lower())
    return _authority(authority, default) == _authority(host.strip(), default)


def _authority(authority: str, default_port: str | None) -> tuple[str, str]:
    """``host[:port]`` as (lower-case host, port), the port empty when absent or ``default_port``."""
    if authority.startswith("["):  # an IPv6 literal: [::1]:8080
        host, _, rest = authority.partition("]")
        host += "]"
        port = rest[1:] if rest.startswith(":") else rest
    else:
        host, _, port = authority.rpartition(":") if ":" in authority else (authority, "", "")
    if port == default_port:
        port = ""
    return host.lower(), port
