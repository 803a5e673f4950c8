"""Resource patterns: which policy covers a request path.

Paths are matched as Flask routed them (``request.path``: percent-decoded once, case-sensitive,
``+`` is a plus). The rule, in one place:

* A pattern without regex characters (``* \\ ] ? $ ^ [ ( )``) is a literal path and matches that
  path exactly.
* ``*``, ``/*``, ``.*`` and ``/.*`` match every path.
* Any other pattern is a regular expression. It covers every path it matches from the start of the
  path, as in flask-cors: glob-style ``r"/v1*"`` covers ``/v1_legacy/items``, and ``/api/*`` covers
  ``/apiv2/secret`` too (``flask cors check`` lists such routes, ``cors.W064``; end the pattern with
  ``$`` to say where a match must stop: ``r"/api(/.*)?$"``).
* When several patterns match, an exact literal path wins; then the pattern with the longest
  literal prefix (``/api/v1/`` in ``/api/v1/.*``); then the one declared first.

Lookups cost a dict access for literal paths and one dict access per distinct prefix length
for patterns, whatever the number of patterns.

Each pattern is proved cheap to run on paths of up to 4,096 characters, or refused
(``cors.E014``; see "Bounded work" in the security guide). A longer path is matched on its first
4,096 characters when the pattern cannot see past its match (no ``$``, ``\\Z``, ``\\b``, ``\\B``
or lookahead): the answer is then the same, or a miss when every match would have been longer. A
pattern that can see the end does not match a longer path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from ._errors import Problem
from ._options import check_names, json_list, merge_layers
from ._origins import REGEX_HINTS
from ._policy import Policy
from ._regex import source_tokens, witnesses
from ._spec import MAX_PATH_PATTERN_INPUT

PathPattern = Union[str, "re.Pattern[str]"]

_MATCH_ALL = frozenset({"*", "/*", ".*", "/.*"})
_META = frozenset(".^$*+?{}[]()|\\")
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# A literal path followed by a glob-style ending: '*', '/*', '.*' or '/.*'.
_GLOB_TAIL = re.compile(r"(?P<base>[^.^$*+?{}\[\]()|\\]*?)/?\.?\*")


@dataclass(frozen=True)
class Resource:
    """One configured path pattern and the policy that applies under it."""

    pattern: str
    kind: str  # "exact", "any" or "pattern"
    policy: Policy
    position: int
    prefix: str
    regex: re.Pattern[str] | None = field(default=None, compare=False)
    #: Whether the regex can look at what follows its match (then it never runs on a long path).
    sees_end: bool = field(default=True, compare=False)

    def matches(self, path: str) -> bool:
        """Whether this resource covers ``path``: the one place a path is matched (see the module docstring)."""
        if self.kind == "exact":
            return path == self.pattern
        return self.regex is None or _admits(self, path, len(path) <= MAX_PATH_PATTERN_INPUT)

    def runs_past_a_segment(self, path: str) -> str | None:
        """The start of ``path`` this pattern matches, when it covers ``path`` only through a match that
        ends inside a path segment (``/api`` of ``/apiv2/secret`` for ``/api/*``); else None."""
        if self.kind != "pattern" or self.regex is None:
            return None
        found = self.regex.match(path)
        if found is None or segment_regex(self.pattern, self.regex.flags).match(path) is not None:
            return None
        return found.group()

    def tighter_patterns(self) -> tuple[str, str]:
        """Two rewrites of this pattern: one that stops at segment boundaries (``/api(/.*)?$`` for
        ``/api/*``), and one that says it runs on (``/api.*``), for ``cors.W064``."""
        glob = _GLOB_TAIL.fullmatch(self.pattern)
        if glob is not None and glob["base"]:
            base = glob["base"].rstrip("/")
            return f"{base}(/.*)?$", f"{base}.*"
        return f"(?:{self.pattern})(/.*)?$", f"(?:{self.pattern}).*"

    def why(self) -> str:
        """How this resource was chosen, for ``flask cors routes`` and logs."""
        if self.kind == "exact":
            return "exact path"
        if self.kind == "any":
            return "matches every path"
        return f"pattern, literal prefix {self.prefix!r}, declared #{self.position + 1}"


@dataclass(frozen=True)
class ResourceTable:
    """Resources in declaration order, indexed for lookup."""

    resources: tuple[Resource, ...]
    exact: Mapping[str, Resource]
    by_prefix: tuple[tuple[int, Mapping[str, tuple[Resource, ...]]], ...]

    def lookup(self, path: str) -> Resource | None:
        """The resource that wins for ``path``, or None if no pattern covers it."""
        resource = self.exact.get(path)
        if resource is not None:
            return resource
        for length, groups in self.by_prefix:
            for candidate in groups.get(path[:length], ()):
                if candidate.matches(path):
                    return candidate
        return None


def _admits(resource: Resource, path: str, short: bool) -> bool:
    """Whether the resource's regex matches ``path``, running it on at most the bounded length.

    Precondition: ``resource.regex`` is set; ``short`` is ``len(path) <= MAX_PATH_PATTERN_INPUT``.
    """
    regex = resource.regex
    assert regex is not None
    if short:
        return regex.match(path) is not None
    return not resource.sees_end and regex.match(path[:MAX_PATH_PATTERN_INPUT]) is not None


def literal_prefix(pattern: str) -> str:
    """The literal text every match of ``pattern`` must start with (conservative: may be shorter)."""
    if _has_top_level_alternation(pattern):
        return ""
    out: list[str] = []
    index = 1 if pattern.startswith("^") else 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern) and not pattern[index + 1].isalnum():
            out.append(pattern[index + 1])
            index += 2
            continue
        if char in _META:
            if char in "*?{" and out:
                out.pop()  # the quantifier may repeat the last character zero times
            break
        out.append(char)
        index += 1
    return "".join(out)


def _has_top_level_alternation(pattern: str) -> bool:
    depth = 0
    for token, syntax in source_tokens(pattern):
        if syntax and token == "(":
            depth += 1
        elif syntax and token == ")":
            depth -= 1
        elif syntax and token == "|" and depth == 0:
            return True
    return False


def _path_regex(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled for :meth:`Resource.matches`, which matches it from the start of the path."""
    return re.compile(pattern, flags)


def segment_regex(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` anchored at the start and ending at the end of the path or before a '/'.

    Not used for matching: ``flask cors check`` compares it with :meth:`Resource.matches` to find
    routes that a pattern covers only by running past a segment boundary (``cors.W064``).
    """
    lead = _LEADING_FLAGS.match(pattern)
    head, body = (lead.group(), pattern[lead.end() :]) if lead else ("", pattern)
    return re.compile(f"{head}(?:{body})(?=/|\\Z)", flags)


def read_pattern(pattern: Any, policy: Policy, position: int, problems: list[Problem]) -> Resource | None:
    """Read one configured resource pattern (see the module docstring for the rule)."""
    where = f"resources[{pattern!r}]"
    if isinstance(pattern, re.Pattern):
        if not isinstance(pattern.pattern, str):
            problems.append(
                Problem(
                    "cors.W052",
                    where,
                    pattern,
                    "expected a str pattern: a bytes pattern covers no path (flask-cors fails on every request instead).",
                    "compile it from a str.",
                )
            )
            return None
        prefix = "" if pattern.flags & re.IGNORECASE else literal_prefix(pattern.pattern)
        text, flags = pattern.pattern, pattern.flags
    elif isinstance(pattern, str):
        if pattern in _MATCH_ALL:
            return Resource(pattern, "any", policy, position, "")
        if not REGEX_HINTS.intersection(pattern):
            if not pattern.startswith("/"):
                problems.append(
                    Problem(
                        "cors.W060",
                        where,
                        pattern,
                        "request paths always start with '/', so this covers no path (as in flask-cors).",
                        f"write '/{pattern}'.",
                    )
                )
                return None
            return Resource(pattern, "exact", policy, position, pattern)
        text, flags, prefix = pattern, 0, literal_prefix(pattern)
    else:
        problems.append(
            Problem(
                "cors.W052",
                "resources",
                pattern,
                f"a resource pattern is a string or a compiled pattern, not {type(pattern).__name__}: it covers "
                "no path, as in flask-cors.",
                "e.g. resources={r'/api/*': {'origins': 'https://app.example.com'}}.",
            )
        )
        return None
    if prefix and not prefix.startswith("/"):
        problems.append(
            Problem(
                "cors.W060",
                where,
                text,
                "request paths always start with '/', so this covers no path (as in flask-cors).",
                f"start the pattern with '/', e.g. r'/{text}'.",
            )
        )
        return None
    try:
        regex = _path_regex(text, flags)
    except re.error as exc:
        problems.append(
            Problem(
                "cors.E005",
                where,
                text,
                f"not a valid regular expression ({exc}).",
                "check the pattern, or use a literal path.",
            )
        )
        return None
    from . import _bounded  # start-up only: keeps the analysis off the import path

    risk = _bounded.problem(text, flags, where, _bounded.PATH, wrap=lambda t: _path_regex(t, flags).pattern)
    if risk is not None:
        problems.append(risk)
        return None
    return Resource(text, "pattern", policy, position, prefix, regex, _bounded.sees_the_end(regex.pattern, flags))


def resource_items(resources: Any, problems: list[Problem]) -> list[tuple[PathPattern, Mapping[str, Any]]]:
    """The ``resources`` option as (pattern, per-resource options) pairs, in declaration order.

    A string that is a JSON array (``'["/api/*", "/v1/*"]'``, from an environment variable) is that
    list of patterns; flask-cors compiles it as one regular expression, a character class that
    covers every path.
    """
    if isinstance(resources, str):
        listed = json_list(resources)
        return [(pattern, {}) for pattern in listed] if listed is not None else [(resources, {})]
    if isinstance(resources, re.Pattern):
        return [(resources, {})]
    if isinstance(resources, Mapping):
        pairs = []
        for pattern, options in resources.items():
            if options is None:
                options = {}
            if not isinstance(options, Mapping):
                problems.append(
                    Problem(
                        "cors.E002",
                        f"resources[{pattern!r}]",
                        options,
                        "per-resource options are a dict of option names to values (flask-cors fails on this too).",
                        f"e.g. resources={{{pattern!r}: {{'origins': 'https://app.example.com'}}}}.",
                    )
                )
                continue
            pairs.append((pattern, options))
        return pairs
    if isinstance(resources, Iterable):
        return [(pattern, {}) for pattern in resources]
    problems.append(
        Problem(
            "cors.E002",
            "resources",
            resources,
            f"expected a pattern, a list or a dict, got {type(resources).__name__} (flask-cors refuses it too).",
            "e.g. resources=r'/api/*'.",
        )
    )
    return []


def build_table(resources: Iterable[Resource]) -> ResourceTable:
    """Index resources. Precondition: positions are the declaration order."""
    ordered = tuple(resources)
    exact: dict[str, Resource] = {}
    groups: dict[int, dict[str, list[Resource]]] = {}
    for resource in ordered:
        if resource.kind == "exact":
            exact.setdefault(resource.pattern, resource)
        else:
            groups.setdefault(len(resource.prefix), {}).setdefault(resource.prefix, []).append(resource)
    by_prefix = tuple(
        (length, {prefix: tuple(items) for prefix, items in groups[length].items()})
        for length in sorted(groups, reverse=True)
    )
    return ResourceTable(ordered, exact, by_prefix)


def compile_table(layers: list[Mapping[str, Any]], problems: list[Problem], compiler: Any) -> ResourceTable:
    """Compile option layers (weakest first, see ``merge_layers``) into a resource table.

    Precondition: ``compiler`` is a :class:`~flask_cors._policy.PolicyCompiler`.
    """
    merged = merge_layers(*layers)
    resources: list[Resource] = []
    for position, (pattern, options) in enumerate(resource_items(merged["resources"], problems)):
        where = f"resources[{pattern!r}]."
        check_names(options, where, problems, allow_resources=False)
        policy = compiler.compile(
            merge_layers(*layers, options) if options else merged, problems, where if options else ""
        )
        if policy is not None:
            resource = read_pattern(pattern, policy, position, problems)
            if resource is not None:
                resources.append(resource)
    table = build_table(resources)
    problems.extend(resource_findings(table))
    return table


def _same_policy(a: Resource, b: Resource) -> bool:
    return a.policy is b.policy or a.policy.options == b.policy.options


def resource_findings(table: ResourceTable) -> list[Problem]:
    """Resource entries whose meaning is probably not what their author wanted.

    * ``cors.W016``: a literal path (``/api/private``) covers that one path only, while its subtree
      (``/api/private/data``) falls under a broader pattern with another policy.
    * ``cors.W017``: a pattern that never wins, because for every path it was written for the
      resource rule picks another entry with another policy. Both are found with the table's own
      :meth:`~ResourceTable.lookup`, so they follow the rule exactly.
    """
    found = []
    for resource in table.resources:
        where = "resources"
        if resource.kind == "exact":
            below = resource.pattern.rstrip("/") + "/data"
            winner = table.lookup(below)
            if winner is not None and winner is not resource and not _same_policy(winner, resource):
                found.append(
                    Problem(
                        "cors.W016",
                        where,
                        resource.pattern,
                        f"a literal path covers only itself: {below!r} falls under {winner.pattern!r}, "
                        "whose policy differs.",
                        f"did you mean r'{resource.pattern.rstrip('/')}/*' (the path and everything below it)? "
                        f"If this one path is meant, write r'{resource.pattern}$'.",
                    )
                )
        elif resource.kind == "pattern" and resource.regex is not None:
            paths = [w.text for w in witnesses(resource.pattern) if resource.matches(w.text)]
            winners = [table.lookup(path) for path in paths]
            if paths and all(w is not None and w is not resource and not _same_policy(w, resource) for w in winners):
                other = winners[0]
                assert other is not None
                found.append(
                    Problem(
                        "cors.W017",
                        where,
                        resource.pattern,
                        f"never wins: {paths[0]!r} and every other path it covers go to {other.pattern!r}, "
                        "declared before it with the same literal prefix, or with a longer one.",
                        f"declare it before {other.pattern!r}, or give it a longer literal prefix.",
                    )
                )
    return found
