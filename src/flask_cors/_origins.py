"""Origin matching: how each configured value is read, and the matcher compiled from all of them.

Origins are compared the way browsers serialise them (RFC 6454): scheme and host are
case-insensitive, a default port is never written. Every configured value is read once, at
start-up, by :func:`classify_origin`, and kept with its kind so that ``flask cors routes`` can show
how it was understood.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, NamedTuple, Union

from ._errors import Problem
from ._regex import parse
from ._sites import ANY_SCHEME, analyse, site_of
from ._sites import is_loopback_host as is_loopback_host  # re-exported: _cookies and the probe ask it here
from ._spec import DEFAULT_PORTS, MAX_ORIGIN_LENGTH, MAX_ORIGIN_PATTERN_INPUT, REQUEST_ORIGIN

OriginPredicate = Callable[[str], bool]
OriginValue = Union[str, "re.Pattern[str]", OriginPredicate]


class OriginOnly:
    """A callable origin check declared to depend on the origin alone (see :func:`origin_only`)."""

    __slots__ = ("predicate",)

    def __init__(self, predicate: OriginPredicate) -> None:
        self.predicate = predicate

    def __call__(self, origin: str) -> bool:
        return self.predicate(origin)

    def __repr__(self) -> str:
        return f"origin_only({getattr(self.predicate, '__qualname__', repr(self.predicate))})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OriginOnly) and other.predicate == self.predicate

    def __hash__(self) -> int:
        return hash(self.predicate)


def origin_only(predicate: OriginPredicate) -> OriginOnly:
    """Declare that an ``origins`` callable's answer depends on the origin alone.

    A callable in ``origins`` is asked on every request, because it may read the request
    (``flask.request.host`` in a multi-tenant app) or state that changes (an allow-list in a
    database). Wrapped in ``origin_only``, its answer for an origin is remembered, with the rest of
    the decision, in the policy's memo of up to 512 origins, for the life of the process: it is then
    asked about once per origin. Declare it only when the answer can never change for the same
    origin string, whatever the request and whenever it comes. ::

        from flask_cors import CORS, origin_only

        @origin_only
        def is_partner(origin: str) -> bool:
            return origin.endswith(".partner.example") and origin.startswith("https://")

        CORS(app, origins=[is_partner], supports_credentials=True)

    :param predicate: a callable taking the request's Origin and returning True to allow it.
    :returns: a callable that answers as ``predicate`` does and carries the declaration.
    :raises TypeError: when ``predicate`` is not callable.

    .. versionadded:: 0.1
    """
    if isinstance(predicate, OriginOnly):
        return predicate
    given: object = predicate  # typed as callable, but this is the place to say so when it is not
    if not callable(given):
        raise TypeError(f"origin_only() takes a callable origin -> bool, got {type(predicate).__name__}")
    return OriginOnly(predicate)


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
            if isinstance(self.source, OriginOnly):
                return f"predicate {self.source!r}"
            return f"predicate {getattr(self.source, '__qualname__', repr(self.source))}"
        if self.kind == "pattern" and isinstance(self.source, re.Pattern):
            return f"pattern re.compile({self.source.pattern!r})"
        return f"{self.kind} {self.source!r}"


def classify_origin(value: object, problems: list[Problem]) -> OriginRule | None:
    """Read one configured origin value. Appends to ``problems`` and returns None when invalid.

    The rule, applied in this order:

    1. a callable is a predicate, asked with the request's origin on every request, unless wrapped
       in :func:`origin_only`, which declares that its answer depends on the origin alone and lets
       the policy remember it per origin;
    2. a compiled pattern must match the whole origin, with the flags it was compiled with;
    3. ``"*"`` or ``".*"`` allows any origin;
    4. a string whose only special character is ``*`` (and that has no ``.*``), standing for whole leftmost labels
       (``https://*.example.com``) or for the port (``https://example.com:*``), is a wildcard;
       any other use of a lone ``*`` is read as flask-cors reads it, a regular expression
       (``cors.W061``: it may match look-alike hosts, which the attack probe then reports);
    5. a string containing any of ``* \\ ] ? $ ^ [ ( )`` is a regular expression that must match
       the whole origin, case-insensitively;
    6. anything else is an exact origin (``null`` or ``scheme://host[:port]``), compared
       case-insensitively after dropping a default port. ``scheme://host[:port]`` followed by a
       path, a query or a trailing slash can only mean that origin, and is compared as it
       (``cors.W053``); any other value (no scheme: ``www.example.com``) is compared as written,
       case-insensitively, as flask-cors does (``cors.W054``).
    """
    if callable(value) and not isinstance(value, (str, re.Pattern)):
        return OriginRule("predicate", value)
    if isinstance(value, re.Pattern):
        if not isinstance(value.pattern, str):
            problems.append(
                Problem(
                    "cors.W052",
                    "origins",
                    value,
                    "expected a str pattern: a bytes pattern matches no origin (flask-cors fails on every request "
                    "with an Origin instead).",
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
                "cors.W052",
                "origins",
                value,
                f"expected a string, a compiled pattern or a callable, got {type(value).__name__}: it matches no "
                "origin, as in flask-cors.",
                "pass origins as a string or a list of strings.",
            )
        )
        return None
    if value in _ANY:
        return OriginRule("any", value)
    split = _ORIGIN_THEN_PATH.match(value)
    head = _plain_origin(split.group(1)) if split is not None else None
    if head is not None:
        # Browsers never send a path, so flask-cors never matched this: only the origin can be meant.
        problems.append(
            Problem(
                "cors.W053",
                "origins",
                value,
                f"an origin is scheme://host[:port], and browsers send nothing more: compared as {head.source!r} "
                "(flask-cors compares the whole value, which no browser ever sends).",
                f"write {head.source!r}.",
                head.source,
            )
        )
        return head._replace(source=value)
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


def _plain_origin(value: str) -> OriginRule | None:
    """``value`` read as an exact origin or a wildcard, when it is one (no other regex character), else None."""
    hints = REGEX_HINTS.intersection(value)
    if hints <= {"[", "]"}:
        normal = normalise_origin(value)
        return OriginRule("exact", value, normal) if normal is not None else None
    regex = _wildcard_regex(value) if hints == {"*"} and ".*" not in value else None
    return OriginRule("wildcard", value, regex) if isinstance(regex, str) and regex else None


def _wildcard_regex(value: str) -> str | None:
    """The regex of a wildcard origin; None when ``*`` does not stand for whole leftmost labels or
    the port; ``""`` for a subdomain wildcard over a top-level domain."""
    shape = _WILDCARD_SHAPE.fullmatch(value)
    if shape is None or "*" in shape["host"] or (shape["sub"] is None and shape["port"] != "*"):
        return None
    if shape["sub"] and "." not in shape["host"] and shape["host"].lower() != "localhost":
        return ""
    scheme = shape["scheme"].lower()
    regex = re.escape(scheme) + "://"
    if shape["sub"]:
        regex += _LABELS
    regex += re.escape(shape["host"].lower())
    port = shape["port"]
    if port == "*":
        regex += r"(?::[0-9]{1,5})?"
    elif port is not None and port == DEFAULT_PORTS.get(scheme):
        regex += f"(?::{port})?"  # named, so no other port; browsers leave a default one out
    elif port is not None:
        regex += re.escape(":" + port)
    return regex


def _classify_wildcard(value: str, problems: list[Problem]) -> OriginRule | None:
    regex = _wildcard_regex(value)
    if regex:
        return OriginRule("wildcard", value, regex)
    fix = None
    if regex is None:
        scheme = value.split("://", 1)[0] if "://" in value else "https"
        authority = value.split("://", 1)[-1].split("/")[0]
        # "*example.com" is "*.example.com" without its dot; "a*.example.com" stands for a label.
        glued = authority.startswith("*") and not authority.startswith("*.")
        host = authority[1:] if glued else re.sub(r"^[^.]*\*[^.]*\.", "", authority)
        why = (
            "'*' stands for whole leftmost labels or for the port only; elsewhere the value is a regular "
            "expression, as flask-cors reads it, in which '*' repeats the character before it and '.' is any "
            "character, so it may match look-alike hosts"
        )
        # A URL glob ("http://blah.com/*"): an origin has no path, so the bare origin was meant.
        fix = normalise_origin(f"{scheme}://{authority}") if "*" not in authority else None
        if fix is not None:
            hint = f"an origin has no path: write '{fix}' (add '{scheme}://*.{host}' if its subdomains are meant too)."
        else:
            hint = (
                f"for any subdomain write '{scheme}://*.{host}'; for a regular expression escape the dots and say "
                "what repeats, e.g. r'https://[a-z0-9-]+\\.example\\.com'."
            )
    else:
        shape = _WILDCARD_SHAPE.fullmatch(value)
        assert shape is not None
        why = (
            "a subdomain wildcard over a top-level domain would allow every website under it, so the value is "
            "read as flask-cors reads it, a regular expression (which matches almost nothing)"
        )
        hint = f"name the registrable domain, e.g. '{shape['scheme']}://*.example.{shape['host']}'."
    return _classify_pattern(value, problems, wildcard=(why, hint, fix))


def _classify_pattern(
    value: str, problems: list[Problem], wildcard: tuple[str, str, str | None] | None = None
) -> OriginRule | None:
    """A regular expression (whole match). ``wildcard`` is (why, hint, fixed value or None) when a
    ``*`` was not a wildcard."""
    try:
        re.compile(value, re.IGNORECASE)
    except re.error as exc:
        why, hint = wildcard[:2] if wildcard is not None else ("", "check the pattern, or list exact origins instead.")
        problems.append(
            Problem(
                "cors.E005",
                "origins",
                value,
                f"not a valid regular expression ({exc}); flask-cors refuses it too."
                + (f" Note: {why}." if why else ""),
                hint,
            )
        )
        return None
    risk = backtracking_problem(value, re.IGNORECASE, "origins")
    if risk is not None:
        problems.append(risk)
        return None
    if wildcard is not None:
        problems.append(Problem("cors.W061", "origins", value, wildcard[0] + ".", wildcard[1], wildcard[2]))
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
    parts = [part for part in re.split(r"[|\s]+", value) if part]
    if len(parts) > 1:
        hint = f"list each origin separately: origins={parts!r}."
    elif "://" not in value:
        hint = f"write 'https://{value.rstrip('/')}' (or 'http://…' for plain HTTP) to match a browser."
    else:
        hint = "list origins like 'https://example.com'."
    problems.append(
        Problem(
            "cors.W054",
            "origins",
            value,
            "not an origin (scheme://host[:port]): compared as written, case-insensitively, as flask-cors does. "
            "Browsers never send such a value, so it only matches test clients that send it.",
            hint,
        )
    )
    return OriginRule("exact", value, value.lower())


# scheme://host[:port] followed by a path, a query or a fragment (a trailing slash included).
_ORIGIN_THEN_PATH = re.compile(r"([a-z][a-z0-9+.\-]*://[^/?#]+)[/?#]", re.IGNORECASE)


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

    The rule: one token of visible ASCII other than the comma, at most 2048 characters, and not
    ``*`` alone (reflected, it would read as the wildcard, with credentials too). It need not be a
    serialised origin: ``www.example.com`` is compared like any other value, as flask-cors does,
    and under any-origin it is reflected.
    """
    return len(origin) <= MAX_ORIGIN_LENGTH and origin != "*" and REQUEST_ORIGIN.fullmatch(origin) is not None


def is_loopback(origin: str) -> bool:
    """Whether ``origin``'s host is ``localhost``, a name under it, or a loopback address (:func:`is_loopback_host`).

    The scheme is not looked at: callers ask about ``http`` and ``ws`` origins.
    """
    host = origin.split("://", 1)[-1]
    bare = without_port(host)
    return is_loopback_host(bare if bare is not None else host)


# The port at the end of an origin, for the "any port unless the pattern says otherwise" rule.
_TRAILING_PORT = re.compile(r":[0-9]{1,5}\Z")

#: Distinct request origins whose site each matcher remembers; past this, sites are computed every time.
SITE_MEMO_SIZE = 512


def without_port(origin: str) -> str | None:
    """``origin`` with its trailing ``:port`` removed, or None when it has none."""
    found = _TRAILING_PORT.search(origin)
    return origin[: found.start()] if found is not None else None


def pattern_of(rule: OriginRule) -> tuple[str, int]:
    """The regular expression a wildcard or pattern rule matches, and its flags."""
    if isinstance(rule.source, re.Pattern):
        return rule.source.pattern, rule.source.flags
    return rule.text, re.IGNORECASE


@dataclass(frozen=True)
class PatternSet:
    """Origin patterns compiled for matching, and the port rule.

    A pattern matches an origin whole. A pattern that cannot match any port (it writes no ``:``
    and digits where the origin ends) also allows its hosts on every port: it matches the origin
    once the trailing ``:port`` is removed, because dev servers always have one. A pattern that
    can match a port says which: ``https://app\\.example\\.com(:8443)?`` does not allow
    ``:9000``.
    """

    #: Every pattern that can be joined into one alternation, tried on the origin as sent.
    whole: re.Pattern[str] | None
    #: Those of them that cannot match a port, tried on the origin without its port.
    portless: re.Pattern[str] | None
    #: Patterns with flags of their own (compiled patterns, inline global flags), and whether each
    #: cannot match a port.
    separate: tuple[tuple[re.Pattern[str], bool], ...]

    def matches(self, origin: str) -> bool:
        if self.whole is not None and self.whole.fullmatch(origin):
            return True
        if any(pattern.fullmatch(origin) for pattern, _ in self.separate):
            return True
        bare = without_port(origin)
        if bare is None:
            return False
        if self.portless is not None and self.portless.fullmatch(bare):
            return True
        return any(portless and pattern.fullmatch(bare) for pattern, portless in self.separate)


def _pattern_set(rules: list[tuple[OriginRule, bool]]) -> PatternSet:
    """Compile ``(rule, cannot match a port)`` pairs. Precondition: each rule is a wildcard or a pattern.

    Patterns are joined into one alternation where :func:`join_patterns` says that changes nothing;
    the others, and compiled patterns (their own flags), are matched one by one.
    """
    texts = [(rule.text, portless) for rule, portless in rules if isinstance(rule.source, str)]
    separate = [(rule.source, portless) for rule, portless in rules if isinstance(rule.source, re.Pattern)]
    whole, alone = join_patterns([text for text, _ in texts], re.IGNORECASE)
    apart = {pattern.pattern for pattern in alone}
    separate += [(pattern, dict(texts)[pattern.pattern]) for pattern in alone]
    # A subset of patterns that join without conflict still joins without conflict.
    portless = [text for text, free in texts if free and text not in apart]
    return PatternSet(
        whole=whole,
        portless=re.compile("|".join(f"(?:{t})" for t in portless), re.IGNORECASE) if portless else None,
        separate=tuple(separate),
    )


_UNKNOWN = object()


@dataclass(frozen=True)
class OriginMatcher:
    """All configured origins, compiled: a set for exact origins, patterns by the sites they name.

    Precondition for :meth:`allows`: the origin passed :func:`is_valid_request_origin`.
    """

    rules: tuple[OriginRule, ...]
    allows_any: bool
    exact: frozenset[str]
    #: Every wildcard and pattern, for requests without credentials.
    patterns: PatternSet | None
    #: For requests with credentials: site -> the patterns that name it (see flask_cors._sites).
    by_site: Mapping[str, PatternSet]
    predicates: tuple[OriginPredicate, ...]
    #: Whether a predicate not declared :func:`origin_only` is configured: its answer for an origin
    #: may change between requests, so decisions must not be remembered per origin.
    asks_each_time: bool = False
    #: Memo of :func:`~flask_cors._sites.site_of` by request origin, bounded by SITE_MEMO_SIZE. A
    #: pure function's results, so sharing it between threads is safe.
    site_memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

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
        trailing ``:port`` is removed when the pattern cannot match any port (:class:`PatternSet`).
        With credentials, a pattern allows only origins of the sites it names literally
        (:mod:`flask_cors._sites`): ``https://.*example\\.com`` never lets ``https://evilexample.com``
        act as a user. A predicate is asked with the origin as sent.
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
        if (
            self.patterns is not None
            and len(origin) <= MAX_ORIGIN_PATTERN_INPUT
            and (self._credentialed_match(origin) if credentials else self.patterns.matches(origin))
        ):
            return True
        return any(_ask(f, origin) for f in self.predicates)

    def _credentialed_match(self, origin: str) -> bool:
        """Whether a pattern that names ``origin``'s site matches it."""
        site = self.site_memo.get(origin, _UNKNOWN)
        if site is _UNKNOWN:
            site = site_of(origin)
            if len(self.site_memo) < SITE_MEMO_SIZE:
                self.site_memo[origin] = site
        if not isinstance(site, str):
            return False
        named = self.by_site.get(site)
        if named is not None and named.matches(origin):
            return True
        named = self.by_site.get(ANY_SCHEME + site[site.index("://") :])
        return named is not None and named.matches(origin)


def _ask(predicate: OriginPredicate, origin: str) -> bool:
    try:
        return predicate(origin) is True
    except Exception:  # a bug in the user's predicate must not turn into a 500 or an allow
        import logging

        logging.getLogger("flask_cors").exception("origins predicate %r raised for origin %r", predicate, origin)
        return False


def compile_origins(rules: tuple[OriginRule, ...]) -> OriginMatcher:
    """Build the matcher. Precondition: every rule came from :func:`classify_origin`.

    Only wildcards and patterns are read for the sites they name; exact origins cost a set entry.
    """
    compiled: list[tuple[OriginRule, bool]] = []
    sites: dict[str, list[tuple[OriginRule, bool]]] = {}
    for rule in rules:
        if rule.kind in ("wildcard", "pattern"):
            analysis = analyse(*pattern_of(rule))
            entry = (rule, not analysis.names_port)
            compiled.append(entry)
            for site in sorted(analysis.sites):
                sites.setdefault(site, []).append(entry)
    # Sites named by the same patterns share one compiled set (usually all of them do).
    shared: dict[tuple[int, ...], PatternSet] = {}
    by_site = {}
    for site, entries in sites.items():
        key = tuple(id(rule) for rule, _ in entries)
        if key not in shared:
            shared[key] = _pattern_set(entries)
        by_site[site] = shared[key]
    return OriginMatcher(
        rules=rules,
        allows_any=any(r.kind == "any" for r in rules),
        exact=frozenset(r.text for r in rules if r.kind == "exact"),
        patterns=_pattern_set(compiled) if compiled else None,
        by_site=MappingProxyType(by_site),
        predicates=tuple(r.source for r in rules if r.kind == "predicate"),  # type: ignore[misc]
        asks_each_time=any(r.kind == "predicate" and not isinstance(r.source, OriginOnly) for r in rules),
    )


def join_patterns(texts: list[str], flags: int) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """One alternation for the patterns that can share it, and each of the others compiled alone.

    Joining is a speed-up only: it must not change what any pattern matches, nor fail where each
    pattern compiles alone. A pattern stays alone when it has inline global flags such as ``(?i)``
    (legal only at the start of a whole expression), when it refers to a group (a backreference
    or a conditional: in an alternation the group numbers shift), or when it names a group that a
    joined pattern already names (a redefinition is an error).

    Precondition: each text compiles alone with ``flags``.
    """
    joined: list[str] = []
    alone: list[re.Pattern[str]] = []
    names: set[str] = set()
    for text in texts:
        compiled = re.compile(text, flags)
        own = set(compiled.groupindex)
        if _GLOBAL_FLAGS.search(text) or names & own or _refers_to_groups(text, flags):
            alone.append(compiled)
        else:
            joined.append(text)
            names |= own
    combined = re.compile("|".join(f"(?:{t})" for t in joined), flags) if joined else None
    return combined, tuple(alone)


def _refers_to_groups(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` has a backreference or a conditional group (or cannot be parsed)."""

    def refers(node: object) -> bool:
        if hasattr(node, "data"):  # a parsed sub-pattern: (opcode, argument) items
            return any(str(op).startswith("GROUPREF") or refers(av) for op, av in node)  # type: ignore[attr-defined]
        if isinstance(node, (list, tuple)):
            return any(refers(item) for item in node)
        return False

    tree = parse(pattern, flags)
    return tree is None or refers(tree)


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
