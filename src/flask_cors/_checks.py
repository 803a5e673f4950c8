"""The registry of option checks: every finding about one compiled configuration.

Each check is a small function registered with :func:`option_check`; :func:`option_findings` runs
them all in registration order (the order of the table in docs/security.md). ``CORS()``,
``init_app()`` and ``@cross_origin()`` read them at start-up, ``flask cors check`` (and
``quart cors check``) and :func:`flask_cors.testing.check_configuration` read them again, for any
framework: the checks see only :class:`~flask_cors._options.Options`. The findings about a whole
app (routes, hooks, the session cookie) are registered the same way in :mod:`flask_cors.checks`,
in the spirit of Django's system checks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from ._errors import Problem
from ._options import Options
from ._origins import OriginRule, is_loopback
from ._probe import probe
from ._spec import (
    FORBIDDEN_METHODS,
    FORBIDDEN_REQUEST_HEADER_PREFIXES,
    FORBIDDEN_REQUEST_HEADERS,
    FORBIDDEN_RESPONSE_HEADERS,
    MAX_AGE_CHROMIUM,
    MAX_AGE_HONOURED,
)

_SLOTS: dict[str, bool] = {"slots": True} if sys.version_info >= (3, 10) else {}

#: The attack probe's findings memoised by (rule, credentials).
Probes = dict[tuple[OriginRule, bool], list[Problem]]


@dataclass(frozen=True, **_SLOTS)
class Subject:
    """What an option check looks at: the compiled options, where they were given, the probe memo."""

    options: Options
    #: Prefix of every reported option name (``"resources['/api/*'] "`` or ``""``).
    at: str = ""
    probes: Optional[Probes] = None

    @property
    def any_origin(self) -> bool:
        """Whether every origin is allowed (``origins='*'`` among the rules)."""
        return any(rule.kind == "any" for rule in self.options.origins)

    @property
    def exact_origins(self) -> list[str]:
        return [rule.text for rule in self.options.origins if rule.kind == "exact"]


OptionCheck = Callable[[Subject], list[Problem]]
OPTION_CHECKS: list[OptionCheck] = []


def option_check(check: OptionCheck) -> OptionCheck:
    """Register ``check``: it runs after every check registered before it."""
    OPTION_CHECKS.append(check)
    return check


def option_findings(options: Options, where: str = "", probes: Probes | None = None) -> list[Problem]:
    """Every finding about a compiled configuration, as ``CORS()``, ``init_app()``,
    ``@cross_origin()`` and ``flask cors check`` all report it (the table in docs/security.md).

    ``probes`` memoises the attack probe by (rule, credentials), so that many resources sharing
    one origin list probe it once.
    """
    subject = Subject(options, where, probes)
    found: list[Problem] = []
    for check in OPTION_CHECKS:
        found += check(subject)
    return found


@option_check
def any_origin_with_credentials(s: Subject) -> list[Problem]:
    """``cors.W001``: every website may make credentialed requests."""
    if not (s.options.supports_credentials and s.any_origin):
        return []
    return [
        Problem(
            "cors.W001",
            f"{s.at}supports_credentials",
            True,
            "with origins='*' every website may make requests with your users' cookies and "
            "read the answers; the request's origin is reflected to make that work.",
            "list the origins that need credentials: origins=['https://app.example.com'].",
        )
    ]


@option_check
def no_origin(s: Subject) -> list[Problem]:
    """``cors.W015``: nothing is allowed."""
    if s.options.origins:
        return []
    return [
        Problem(
            "cors.W015",
            f"{s.at}origins",
            [],
            "no origin is allowed, so every cross-origin request is refused (an empty environment "
            "variable gives this too).",
            "list the origins that may call this API, or remove the resource if CORS is not wanted there.",
        )
    ]


@option_check
def attack_probe(s: Subject) -> list[Problem]:
    """The attack probe over every origin pattern (:mod:`flask_cors._probe`)."""
    if s.any_origin:
        return []  # with any origin allowed, no pattern decides anything
    credentials = s.options.supports_credentials
    found: list[Problem] = []
    for rule in s.options.origins:
        if rule.kind not in ("pattern", "wildcard"):
            continue
        key = (rule, credentials)
        probed = s.probes.get(key) if s.probes is not None else None
        if probed is None:
            probed = probe(rule, f"{s.at}origins", credentials)
            if s.probes is not None:
                s.probes[key] = probed
        found += probed
    return found


@option_check
def null_with_credentials(s: Subject) -> list[Problem]:
    """``cors.W007``: ``'null'`` with credentials."""
    if not (s.options.supports_credentials and "null" in s.exact_origins):
        return []
    return [
        Problem(
            "cors.W007",
            f"{s.at}origins",
            "null",
            "with credentials, 'null' lets every sandboxed iframe, file: page and cross-origin "
            "redirect of any website act as your users: they all send Origin: null.",
            "remove 'null' and list the real origins; serve sandboxed content without credentials.",
        )
    ]


@option_check
def plain_http_beside_https(s: Subject) -> list[Problem]:
    """``cors.W008``: with credentials, plain-http origins beside https ones."""
    if not s.options.supports_credentials:
        return []
    exact = s.exact_origins
    insecure = [o for o in exact if o.startswith(("http://", "ws://")) and not is_loopback(o)]
    if not insecure or not any(o.startswith(("https://", "wss://")) for o in exact):
        return []
    return [
        Problem(
            "cors.W008",
            f"{s.at}origins",
            insecure,
            "with credentials, an origin over plain http can be altered by anyone on the network "
            "path, who then reads your users' data from this API, whose other origins use https.",
            f"serve those sites over https and list {['https://' + o.split('://', 1)[1] for o in insecure]!r}.",
        )
    ]


@option_check
def expose_star_with_credentials(s: Subject) -> list[Problem]:
    """``cors.W062``: ``expose_headers='*'`` exposes nothing with credentials."""
    if not (s.options.supports_credentials and "*" in s.options.expose_names()):
        return []
    return [
        Problem(
            "cors.W062",
            f"{s.at}expose_headers",
            "*",
            "with credentials, browsers read '*' as a header literally named '*', so nothing is exposed "
            "(flask-cors sends it the same way).",
            "list the header names to expose, e.g. expose_headers=['X-Total-Count'].",
        )
    ]


@option_check
def private_network_for_all(s: Subject) -> list[Problem]:
    """``cors.W009``: Private Network Access for every origin."""
    if not (s.options.allow_private_network and s.any_origin):
        return []
    return [
        Problem(
            "cors.W009",
            f"{s.at}allow_private_network",
            True,
            "every public website may now reach this server on your users' private network, which is "
            "what Private Network Access exists to prevent.",
            "list the origins that need it: origins=['https://app.example.com'].",
        )
    ]


@option_check
def max_age_beyond_browsers(s: Subject) -> list[Problem]:
    """``cors.W010``: a max_age no browser honours."""
    max_age = s.options.max_age
    if not (isinstance(max_age, int) and max_age > MAX_AGE_HONOURED):
        return []
    return [
        Problem(
            "cors.W010",
            f"{s.at}max_age",
            max_age,
            f"no browser caches a preflight that long: Firefox stops at {MAX_AGE_HONOURED} s, "
            f"Chromium at {MAX_AGE_CHROMIUM} s.",
            f"use max_age={MAX_AGE_HONOURED} (or less) and expect Chromium to ask again after 2 hours.",
        )
    ]


@option_check
def forbidden_methods(s: Subject) -> list[Problem]:
    """``cors.W011``: methods browsers never send."""
    forbidden = [m for m in s.options.method_names() if m in FORBIDDEN_METHODS]
    if not forbidden:
        return []
    return [
        Problem(
            "cors.W011",
            f"{s.at}methods",
            forbidden,
            "browsers never send these methods (fetch() throws), so listing them allows nothing.",
            "remove them from methods.",
        )
    ]


def _header_names(s: Subject) -> list[str]:
    return [h for h in s.options.allow_headers if isinstance(h, str)]


@option_check
def browser_managed_request_headers(s: Subject) -> list[Problem]:
    """``cors.W012``: request headers a page cannot set."""
    managed = [
        h
        for h in _header_names(s)
        if h.lower() in FORBIDDEN_REQUEST_HEADERS or h.lower().startswith(FORBIDDEN_REQUEST_HEADER_PREFIXES)
    ]
    if not managed:
        return []
    return [
        Problem(
            "cors.W012",
            f"{s.at}allow_headers",
            managed,
            "the browser sets these headers itself and a page cannot, so no preflight ever asks for them "
            "(cookies travel with credentials, not through allow_headers).",
            "remove them; for cookies set supports_credentials=True and credentials: 'include' in fetch().",
        )
    ]


@option_check
def response_headers_requested(s: Subject) -> list[Problem]:
    """``cors.W014``: CORS response headers listed as request headers."""
    responses = [
        h
        for h in _header_names(s)
        if h.lower().startswith(("access-control-allow-", "access-control-expose-", "access-control-max-age"))
    ]
    if not responses:
        return []
    return [
        Problem(
            "cors.W014",
            f"{s.at}allow_headers",
            responses,
            "these are response headers that this server sends; a page that sends them as request "
            "headers only triggers a preflight.",
            "remove them here and stop sending them from the page.",
        )
    ]


@option_check
def unreadable_exposed_headers(s: Subject) -> list[Problem]:
    """``cors.W013``: Set-Cookie exposed."""
    unreadable = [h for h in s.options.expose_names() if h.lower() in FORBIDDEN_RESPONSE_HEADERS]
    if not unreadable:
        return []
    return [
        Problem(
            "cors.W013",
            f"{s.at}expose_headers",
            unreadable,
            "browsers never let a page read Set-Cookie, exposed or not; cookies are stored by the browser.",
            "remove them; to check a login, expose a header of your own or return it in the body.",
        )
    ]


@option_check
def answers_vary_unsaid(s: Subject) -> list[Problem]:
    """``cors.W004``: the answer depends on Origin without saying so."""
    options = s.options
    if options.vary_header or not options.origins or (s.any_origin and options.send_wildcard):
        return []
    return [
        Problem(
            "cors.W004",
            f"{s.at}vary_header",
            False,
            "the answer depends on the request's Origin but carries no 'Vary: Origin', so a shared cache "
            "can serve one origin's answer to another.",
            "remove vary_header=False, or make sure no cache sits in front of these responses.",
        )
    ]
