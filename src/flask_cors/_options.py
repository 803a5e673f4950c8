"""The option table: every option, its default, accepted shapes, and how it is normalised.

Options reach us in layers. :func:`merge_layers` states the precedence; :func:`normalise` turns the
merged mapping into :class:`Options`, one canonical type per option, collecting every problem
instead of stopping at the first.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ._errors import Problem
from ._headers import compile_headers
from ._origins import OriginRule, classify_origin, has_unescaped_dot, unescaped_dot_problem
from ._spec import DEFAULT_METHODS, TOKEN

_SLOTS: dict[str, bool] = {"slots": True} if sys.version_info >= (3, 10) else {}


@dataclass(frozen=True)
class OptionSpec:
    """One row of the option table. ``doc`` is the single place the option is documented."""

    name: str
    default: Any
    shape: str
    doc: str
    per_resource: bool = True


OPTION_TABLE: tuple[OptionSpec, ...] = (
    OptionSpec(
        "resources",
        r"/*",
        "str | re.Pattern | list | dict[str, dict]",
        "Which request paths CORS covers. A dict maps each path pattern to options that override "
        "the others for that pattern. Literal paths match exactly; regular expressions match from the "
        "start of the path up to its end or a '/'. When several match: an exact literal path wins, then "
        "the pattern with the longest literal prefix, then the first declared.",
        per_resource=False,
    ),
    OptionSpec(
        "origins",
        "*",
        "str | re.Pattern | Callable[[str], bool] | list of those",
        "Origins allowed to read responses. '*' allows any; exact origins are scheme://host[:port]; "
        "'https://*.example.com' allows any subdomain (not the apex) and 'https://example.com:*' any "
        "port; other strings with regex characters and compiled patterns must match the whole origin; "
        "a callable is asked with the origin. 'null' is allowed with credentials only when listed.",
    ),
    OptionSpec(
        "methods",
        DEFAULT_METHODS,
        "str | list[str]",
        "Methods a preflight may ask for (exact, case-sensitive). Sent, upper-cased and sorted, in "
        "Access-Control-Allow-Methods. '*' allows any method.",
    ),
    OptionSpec(
        "expose_headers",
        None,
        "str | list[str] | None",
        "Response headers JavaScript may read beyond the safelisted ones (Access-Control-Expose-Headers, sorted).",
    ),
    OptionSpec(
        "allow_headers",
        "*",
        "str | re.Pattern | list of those",
        "Request headers a preflight may ask for. '*' allows any (and echoes the requested names, "
        "so Authorization works too); patterns match whole names, case-insensitively.",
    ),
    OptionSpec(
        "supports_credentials",
        False,
        "bool",
        "Let browsers send cookies and HTTP authentication (Access-Control-Allow-Credentials: true). "
        "With origins='*' the request's origin is reflected, which lets any site act as the user: list "
        "origins instead.",
    ),
    OptionSpec(
        "max_age",
        None,
        "int | str of digits | timedelta | None",
        "Seconds a browser may cache a preflight answer (Access-Control-Max-Age). None sends nothing.",
    ),
    OptionSpec(
        "send_wildcard",
        False,
        "bool",
        "With origins='*', answer 'Access-Control-Allow-Origin: *' instead of reflecting the origin. "
        "Cannot be combined with supports_credentials.",
    ),
    OptionSpec(
        "vary_header",
        True,
        "bool",
        "Add 'Vary: Origin' to every response whose CORS headers depend on the request's Origin, so "
        "caches keep one copy per origin.",
    ),
    OptionSpec(
        "automatic_options",
        True,
        "bool",
        "Answer preflights with 200 before routing, redirects and before_request hooks, on the paths "
        "CORS(app) covers and for @cross_origin views alike; a decorated view also answers its other "
        "OPTIONS requests in place of the view. False lets preflights through to the app.",
    ),
    OptionSpec(
        "always_send",
        True,
        "bool",
        "Also send CORS headers to requests without an Origin header, when the answer is one value "
        "('*', or the single configured origin).",
    ),
    OptionSpec(
        "intercept_exceptions", True, "bool", "Add CORS headers to the 500 responses of unhandled exceptions too."
    ),
    OptionSpec(
        "allow_private_network",
        False,
        "bool",
        "Answer 'Access-Control-Allow-Private-Network: true' to preflights that ask for it (Chrome's "
        "Private Network Access). When False such preflights are refused.",
    ),
)

OPTIONS_BY_NAME: Mapping[str, OptionSpec] = {spec.name: spec for spec in OPTION_TABLE}
DEFAULTS: Mapping[str, Any] = {spec.name: spec.default for spec in OPTION_TABLE}
CONFIG_KEYS: Mapping[str, str] = {f"CORS_{spec.name.upper()}": spec.name for spec in OPTION_TABLE}
_BOOLEANS = tuple(spec.name for spec in OPTION_TABLE if spec.shape == "bool")


@dataclass(frozen=True, **_SLOTS)
class Options:
    """Options after normalisation: one canonical type each, no layering left."""

    origins: tuple[OriginRule, ...]
    methods: tuple[str, ...]
    expose_headers: tuple[str, ...]
    allow_headers: tuple[str | re.Pattern[str], ...]
    supports_credentials: bool
    max_age: int | None
    send_wildcard: bool
    vary_header: bool
    automatic_options: bool
    always_send: bool
    intercept_exceptions: bool
    allow_private_network: bool


def check_names(
    options: Mapping[str, Any], where: str, problems: list[Problem], *, allow_resources: bool = True
) -> None:
    """Report option names that do not exist (``origin=`` for ``origins=``)."""
    for name in options:
        if name in OPTIONS_BY_NAME and (allow_resources or name != "resources"):
            continue
        close = _closest(name)
        hint = f"did you mean {close!r}?" if close else f"known options: {', '.join(OPTIONS_BY_NAME)}."
        if name == "resources":
            hint = "resources cannot be nested; give each pattern its own options."
        problems.append(Problem("cors.E001", f"{where}{name}", options[name], "unknown option.", hint))


def _closest(name: str) -> str | None:
    import difflib

    match = difflib.get_close_matches(name.lower(), list(OPTIONS_BY_NAME), n=1, cutoff=0.6)
    return match[0] if match else None


def options_from_config(config: Mapping[Any, Any], problems: list[Problem]) -> dict[str, Any]:
    """The ``CORS_*`` keys of an app config as option names. None values count as unset."""
    found: dict[str, Any] = {}
    for key, value in config.items():
        if not isinstance(key, str) or not key.startswith("CORS_"):
            continue
        name = CONFIG_KEYS.get(key)
        if name is None:
            guess = "CORS_ALLOW_HEADERS" if key == "CORS_HEADERS" else _closest_key(key)
            problems.append(
                Problem(
                    "cors.W002",
                    key,
                    value,
                    "is not a flask_cors setting and is ignored.",
                    f"did you mean {guess}?" if guess else f"known keys: {', '.join(CONFIG_KEYS)}.",
                )
            )
        elif value is not None:
            found[name] = value
    return found


def _closest_key(key: str) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, list(CONFIG_KEYS), n=1, cutoff=0.7)
    return match[0] if match else None


def merge_layers(*layers: Mapping[str, Any]) -> dict[str, Any]:
    """Merge option layers, later layers winning.

    The extension passes them in this order, so the precedence is, from strongest to weakest:
    per-resource options > ``init_app`` keywords > ``CORS(...)`` keywords > ``app.config`` ``CORS_*``
    keys > defaults.
    """
    merged = dict(DEFAULTS)
    for layer in layers:
        merged.update(layer)
    return merged


def split_list(value: str) -> list[str]:
    """Split a comma-separated string, ignoring commas inside (), [] or {} (regex syntax)."""
    if "," not in value:
        return [value.strip()] if value.strip() else []
    items, depth, start = [], 0, 0
    for index, char in enumerate(value):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            items.append(value[start:index])
            start = index + 1
    items.append(value[start:])
    return [item.strip() for item in items if item.strip()]


def _as_items(name: str, value: Any, problems: list[Problem], *, allow: tuple[type, ...] = ()) -> list[Any]:
    """A str, a single allowed object, or an iterable of those, as a list."""
    if isinstance(value, str):
        return split_list(value)
    if isinstance(value, allow) or (callable(value) and name == "origins"):
        return [value]
    if isinstance(value, (Iterable,)) and not isinstance(value, (bytes, Mapping)):
        items: list[Any] = []
        for item in value:
            if isinstance(item, str):
                items.extend(split_list(item) or [item])
            else:
                items.append(item)
        return items
    problems.append(
        Problem(
            "cors.E002",
            name,
            value,
            f"expected a string or a list of strings, got {type(value).__name__}.",
            f"e.g. {name}=['...', '...'].",
        )
    )
    return []


def normalise(
    merged: Mapping[str, Any],
    problems: list[Problem],
    where: str = "",
    origin_cache: dict[int, tuple[OriginRule, ...]] | None = None,
) -> Options | None:
    """Turn merged raw options into :class:`Options`; None when any error was appended.

    ``origin_cache`` maps ``id()`` of a raw ``origins`` value to its rules, so that many
    resources sharing one long origin list read it once. Precondition: the caller keeps the raw
    values alive while the cache is in use.
    """
    before = len([p for p in problems if p.is_error])

    for name in _BOOLEANS:
        if not isinstance(merged[name], bool):
            value = merged[name]
            hint = (
                f"use {value.strip().lower() == 'true'} (a bool), not a string."
                if isinstance(value, str)
                else "use True or False."
            )
            problems.append(
                Problem("cors.E002", f"{where}{name}", value, f"expected a bool, got {type(value).__name__}.", hint)
            )

    raw_origins = merged["origins"]
    cached = origin_cache.get(id(raw_origins)) if origin_cache is not None else None
    origins: tuple[OriginRule, ...]
    if cached is not None:
        origins = cached
    else:
        found = len(problems)
        items = _as_items(f"{where}origins", raw_origins, problems, allow=(re.Pattern,))
        origins = tuple(rule for rule in (classify_origin(item, problems) for item in items) if rule is not None)
        if origin_cache is not None and len(problems) == found:
            origin_cache[id(raw_origins)] = origins

    methods: list[str] = []
    for item in _as_items(f"{where}methods", merged["methods"], problems):
        if isinstance(item, str) and TOKEN.fullmatch(item):
            methods.append(item.upper())
        else:
            problems.append(
                Problem(
                    "cors.E007",
                    f"{where}methods",
                    item,
                    "a method name is a single token such as 'PUT'.",
                    "list methods separately: methods=['GET', 'PUT'].",
                )
            )

    allow_headers = [
        item
        for item in _as_items(f"{where}allow_headers", merged["allow_headers"], problems, allow=(re.Pattern,))
        if _is_header_item(item, f"{where}allow_headers", problems, patterns=True)
    ]
    compile_headers(tuple(allow_headers), f"{where}allow_headers", problems)  # reports bad names and regexes
    raw_expose = merged["expose_headers"]
    expose = (
        []
        if raw_expose is None
        else [
            item
            for item in _as_items(f"{where}expose_headers", raw_expose, problems)
            if _is_header_item(item, f"{where}expose_headers", problems, patterns=False)
        ]
    )

    max_age = _max_age(merged["max_age"], f"{where}max_age", problems)

    credentials = merged["supports_credentials"] is True
    if credentials and merged["send_wildcard"] is True:
        problems.append(
            Problem(
                "cors.E009",
                f"{where}send_wildcard",
                True,
                "'Access-Control-Allow-Origin: *' cannot be used with credentials: browsers refuse it.",
                "drop send_wildcard and list the origins that may send credentials.",
            )
        )
    if len([p for p in problems if p.is_error]) > before:
        return None
    options = Options(
        origins=origins,
        methods=tuple(dict.fromkeys(methods)),
        expose_headers=tuple(dict.fromkeys(expose)),
        allow_headers=tuple(allow_headers),
        supports_credentials=credentials,
        max_age=max_age,
        send_wildcard=merged["send_wildcard"],
        vary_header=merged["vary_header"],
        automatic_options=merged["automatic_options"],
        always_send=merged["always_send"],
        intercept_exceptions=merged["intercept_exceptions"],
        allow_private_network=merged["allow_private_network"],
    )
    # W005 came from reading each origin; W004 is advice for `flask cors check` only, since
    # vary_header=False is an explicit choice.
    problems.extend(p for p in risky_choices(options, where) if p.code in ("cors.W001", "cors.W003"))
    return options


def risky_choices(options: Options, where: str = "") -> list[Problem]:
    """The risky but allowed choices in ``options`` (codes ``cors.W001``, ``W003``, ``W004``, ``W005``)."""
    found = []
    any_origin = any(rule.kind == "any" for rule in options.origins)
    if options.supports_credentials and any_origin:
        found.append(
            Problem(
                "cors.W001",
                f"{where}supports_credentials",
                True,
                "with origins='*' every website may make requests with your users' cookies and "
                "read the answers; the request's origin is reflected to make that work.",
                "list the origins that need credentials: origins=['https://app.example.com'].",
            )
        )
    if options.supports_credentials and "*" in options.expose_headers:
        found.append(
            Problem(
                "cors.W003",
                f"{where}expose_headers",
                "*",
                "with credentials, browsers read '*' as a header literally named '*', exposing nothing.",
                "list the header names to expose.",
            )
        )
    if not options.vary_header and options.origins and not (any_origin and options.send_wildcard):
        found.append(
            Problem(
                "cors.W004",
                f"{where}vary_header",
                False,
                "the answer depends on the request's Origin but carries no 'Vary: Origin', so a shared cache "
                "can serve one origin's answer to another.",
                "remove vary_header=False, or make sure no cache sits in front of these responses.",
            )
        )
    found += [
        unescaped_dot_problem(rule.source, f"{where}origins")
        for rule in options.origins
        if rule.kind == "pattern" and isinstance(rule.source, str) and has_unescaped_dot(rule.source)
    ]
    return found


def _is_header_item(item: Any, option: str, problems: list[Problem], *, patterns: bool) -> bool:
    if isinstance(item, str) and (item == "*" or TOKEN.fullmatch(item) or patterns):
        return True
    if patterns and isinstance(item, re.Pattern):
        return True
    problems.append(
        Problem(
            "cors.E008",
            option,
            item,
            "a header name is a token: letters, digits and !#$%&'*+-.^_`|~.",
            "list each header name separately, e.g. ['Content-Type', 'X-Token'].",
        )
    )
    return False


def _max_age(value: Any, option: str, problems: list[Problem]) -> int | None:
    seconds: Any = value
    if value is None:
        return None
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
    elif isinstance(value, str) and value.strip().isdigit():
        seconds = int(value.strip())
    if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds >= 0:
        return seconds
    problems.append(
        Problem(
            "cors.E006",
            option,
            value,
            "max_age is a whole number of seconds, 0 or more (a digit string or a timedelta also work).",
            "e.g. max_age=600 or timedelta(minutes=10); None sends no Access-Control-Max-Age.",
        )
    )
    return None


def describe(options: Options) -> dict[str, Any]:
    """The options in keyword form; compiling this again gives equal :class:`Options`."""
    return {
        "origins": [rule.source for rule in options.origins],
        "methods": list(options.methods),
        "expose_headers": list(options.expose_headers) or None,
        "allow_headers": list(options.allow_headers),
        "supports_credentials": options.supports_credentials,
        "max_age": options.max_age,
        "send_wildcard": options.send_wildcard,
        "vary_header": options.vary_header,
        "automatic_options": options.automatic_options,
        "always_send": options.always_send,
        "intercept_exceptions": options.intercept_exceptions,
        "allow_private_network": options.allow_private_network,
    }
