"""Findings about a whole app, as one registry of small checks (in the spirit of Django's system checks).

:func:`check_configuration` (what ``flask cors check`` and ``quart cors check`` print) runs every
check registered with :func:`app_check`, in registration order. A check receives an
:class:`AppSubject`: the app, its CORS state, the browser profile, its routes with their policies
(:mod:`flask_cors.routes`) and every compiled policy with the places it serves; it returns
:class:`Finding` objects. The checks about one policy's options are those of
:mod:`flask_cors._checks`, which start-up runs too. Everything here reads what Flask and Quart
share (the config, the URL map, the view functions, the hook tables, the session interface), so
an adapter supplies only the state its ``CORS(app)`` keeps in ``app.extensions["cors"]``.
Re-exported by :mod:`flask_cors.testing`.

.. versionadded:: 0.2
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Optional

from ._cookies import cross_site_session_problem
from ._errors import CODES, VALUE_WARNINGS, ConfigurationError, Problem
from ._install import installed_flask_cors
from ._options import options_from_config, risky_choices, session_cookie_risks
from ._policy import Policy, PolicyCompiler
from ._profiles import BrowserInput, BrowserProfile, browser_profile
from ._resources import Resource, compile_table, resource_findings
from .extension import VIEW_MARKER, CORSState, session_cookie
from .routes import RoutePolicy, route_policies

__all__ = ["AppSubject", "Finding", "app_check", "check_configuration", "installation_findings"]


@dataclass(frozen=True)
class Finding:
    """One problem found by :func:`check_configuration`, and where: ``app.config``, a resource, a view."""

    problem: Problem
    where: str

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def is_error(self) -> bool:
        return self.problem.is_error

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``flask cors check --json``)."""
        problem = self.problem
        return {
            "code": problem.code,
            "severity": "error" if problem.is_error else "warning",
            "title": CODES[problem.code],
            "where": self.where,
            "option": problem.option,
            "value": repr(problem.value),
            "message": problem.message,
            "hint": problem.hint,
        }


@dataclass
class AppSubject:
    """What an app check looks at. Built once per :func:`check_configuration` call; the checks
    registered first fill ``reported`` (the findings about config values), which later checks use
    so that one problem is listed once."""

    app: Any
    profile: BrowserProfile
    #: ``app.extensions["cors"]``: None when only ``@cross_origin`` is used.
    state: Optional[CORSState]
    #: (code, option, repr(value)) of every value finding listed so far.
    reported: set[tuple[str, str, str]] = field(default_factory=set)

    @cached_property
    def routes(self) -> list[RoutePolicy]:
        """Every URL rule with its policy (:func:`~flask_cors.routes.route_policies`)."""
        return route_policies(self.app)

    @cached_property
    def compiled(self) -> tuple[list[tuple[Policy, str]], list[Finding]]:
        """Every compiled policy once, with the places it serves (oldest ``CORS()`` call first, then
        blueprints, then ``@cross_origin`` views), and the findings met on the way: each resource
        table's (``cors.W016``, ``cors.W017``) and each view's options that do not compile with the
        app config."""
        found: list[Finding] = []
        places: dict[int, tuple[Policy, list[str]]] = {}

        def add(policy: Policy, label: str) -> None:
            places.setdefault(id(policy), (policy, []))[1].append(label)

        state = self.state
        if state is not None:
            # Oldest CORS() call first, the order the user wrote them.
            for table in reversed(state.tables):
                for resource in table.resources:
                    add(resource.policy, f"resource {resource.pattern!r}")
                found += [Finding(problem, "CORS(app)") for problem in resource_findings(table)]
            for name, tables in state.blueprint_tables.items():
                for table in reversed(tables):
                    for resource in table.resources:
                        add(resource.policy, f"blueprint {name!r} resource {resource.pattern!r}")
                    found += [Finding(problem, f"CORS(blueprint {name!r})") for problem in resource_findings(table)]
        for endpoint, view in self.app.view_functions.items():
            marker = getattr(view, VIEW_MARKER, None)
            if marker is None:
                continue
            try:
                add(marker.policy_for(self.app), f"@cross_origin view {endpoint!r}")
            except ConfigurationError as error:
                for problem in error.problems:
                    if (problem.code, problem.option, repr(problem.value)) not in self.reported:
                        found.append(Finding(problem, f"@cross_origin view {endpoint!r}"))
        policies = []
        for policy, labels in places.values():
            where = ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")
            policies.append((policy, where))
        return policies, found


AppCheck = Callable[[AppSubject], list[Finding]]
APP_CHECKS: list[AppCheck] = []


def app_check(check: AppCheck) -> AppCheck:
    """Register ``check``: :func:`check_configuration` runs it after every check registered before it."""
    APP_CHECKS.append(check)
    return check


def check_configuration(app: Any, browser: BrowserInput = None) -> list[Finding]:
    """Validate the app's CORS configuration again and list its risky choices.

    Checks, with the stable codes of :data:`flask_cors._errors.CODES`:

    * the app's ``CORS_*`` config keys on their own, as ``@cross_origin`` views read them: unknown
      keys (``cors.W002``), values read as flask-cors reads them (``cors.W051`` to ``cors.W061``)
      and values that cannot start (``cors.E...``);
    * the same warnings that ``CORS()``, ``init_app()`` and ``@cross_origin()`` gave at start-up
      about their keyword options;
    * every compiled policy (each resource of ``CORS(app)`` and ``CORS(blueprint)``, each
      ``@cross_origin`` view): the findings start-up reports (the attack probe over origin
      patterns, risky choices; the table in docs/security.md);
    * each resource table: literal paths whose subtree another pattern covers (``cors.W016``) and
      patterns that never win (``cors.W017``);
    * each route a resource pattern covers only through a match that stops inside a path segment
      (``/api/*`` covering ``/apiv2/secret``, ``cors.W064``);
    * each ``@cross_origin`` view's options merged with the app config (errors);
    * decorated views in an app with ``before_request`` hooks but no ``CORS(app)`` (``cors.W006``);
    * the flask-cors distribution installed anywhere on ``sys.path`` (``cors.W040``): it writes the
      same ``flask_cors`` package.
    * WebSocket routes (:func:`is_websocket_route`) whose handshakes nothing checks before they
      are accepted (``cors.W030``), or whose policy allows every origin with credentials (``cors.W031``).
    * the session cookie as the app writes it (:func:`session_cookie`: its session interface's
      ``SESSION_COOKIE_*`` settings, Flask's defaults included, through Werkzeug) against each
      policy with credentials: not sent with the listed origins' requests under the browser
      profile (``cors.W021``), ``SameSite=None`` without ``Secure`` (``cors.W022``), ``Secure`` but
      not ``SameSite=None`` for pages over plain http (``cors.W023``); ``CORS_BROWSER`` naming no
      profile (``cors.W024``).

    :param browser: the browser profile ``cors.W021`` judges under; None: the app's
        ``CORS_BROWSER``, else ``"no-third-party-cookies"`` (:mod:`flask_cors._profiles`).

    A policy shared by several resources is reported once, naming them.

    .. versionchanged:: 0.2
        ``browser`` added; the session cookie is read as the app writes it.
    """
    subject = AppSubject(app, browser_profile(browser, app.config), app.extensions.get("cors"))
    findings: list[Finding] = []
    for check in APP_CHECKS:
        findings += check(subject)
    return findings


@app_check
def config_values(s: AppSubject) -> list[Finding]:
    """The app's ``CORS_*`` keys on their own, as ``@cross_origin`` views read them."""
    problems: list[Problem] = []
    config = options_from_config(s.app.config, problems)
    compile_table([config], problems, PolicyCompiler())
    found = [p for p in problems if p.is_error or p.code in ("cors.W002", "cors.W024") or p.code in VALUE_WARNINGS]
    s.reported.update((p.code, p.option, repr(p.value)) for p in found)
    return [Finding(p, "app.config") for p in found]


@app_check
def startup_value_warnings(s: AppSubject) -> list[Finding]:
    """How values were read at start-up (as flask-cors reads them): listed again, once each."""
    given = list(s.state.value_warnings) if s.state is not None else []
    for endpoint, view in s.app.view_functions.items():
        marker = getattr(view, VIEW_MARKER, None)
        if marker is not None:
            given += [(f"@cross_origin view {endpoint!r}", problem) for problem in marker.value_warnings]
    found = []
    for where, problem in given:
        key = (problem.code, problem.option, repr(problem.value))
        if key not in s.reported:
            s.reported.add(key)
            found.append(Finding(problem, where))
    return found


@app_check
def compiled_policies(s: AppSubject) -> list[Finding]:
    """Each resource table's findings and each view's options that do not compile."""
    return s.compiled[1]


@app_check
def policy_choices(s: AppSubject) -> list[Finding]:
    """Each compiled policy once: its risky choices (:mod:`flask_cors._checks`) and, with
    credentials, a session cookie the listed origins' requests never carry (``cors.W021``)."""
    found = []
    for policy, where in s.compiled[0]:
        found += [Finding(problem, where) for problem in risky_choices(policy.options)]
        if policy.options.supports_credentials:
            exact = [rule.text for rule in policy.options.origins if rule.kind == "exact"]
            unreachable = cross_site_session_problem(session_cookie(s.app), s.app.config, exact, s.profile)
            if unreachable is not None:
                found.append(Finding(unreachable, where))
    return found


@app_check
def session_cookie_findings(s: AppSubject) -> list[Finding]:
    """``cors.W022``, ``cors.W023``: the session cookie can never go with credentialed requests."""
    policies = [policy.options for policy, _ in s.compiled[0]]
    return [Finding(problem, "app.config") for problem in session_cookie_risks(lambda: session_cookie(s.app), policies)]


@app_check
def decorated_views_behind_hooks(s: AppSubject) -> list[Finding]:
    """``cors.W006``: without CORS(app), a decorated view answers preflights after the app's hooks."""
    if s.state is not None:
        return []
    app = s.app
    views = sorted(endpoint for endpoint, view in app.view_functions.items() if hasattr(view, VIEW_MARKER))
    hooks = [getattr(hook, "__qualname__", repr(hook)) for funcs in app.before_request_funcs.values() for hook in funcs]
    if not views or not hooks:
        return []
    problem = Problem(
        "cors.W006",
        "@cross_origin",
        views,
        f"these views answer their preflights from inside the view, after the before_request hooks "
        f"{', '.join(hooks)}; a hook that refuses requests without credentials refuses the preflights too "
        "(browsers never send credentials with them), and its errors carry no CORS headers.",
        "add CORS(app, resources=[]): it covers no path of its own, and answers these views' preflights "
        "before the hooks run.",
    )
    return [Finding(problem, "app")]


@app_check
def segment_overruns(s: AppSubject) -> list[Finding]:
    """``cors.W064``: routes a resource pattern covers only by a match that stops inside a path segment.

    Resource patterns match from the start of the path, as flask-cors matches them, so glob-style
    ``r"/v1*"`` keeps covering ``/v1_legacy``; the same rule lets ``/api/*`` cover ``/apiv2/secret``.
    Each such route is named, with a pattern that stops at segment boundaries and one that says
    the pattern runs on (which silences the finding).
    """
    found: dict[int, tuple[Resource, str, list[str]]] = {}
    for route in s.routes:
        resource = route.resource
        if resource is None or route.rule is None:
            continue
        matched = resource.runs_past_a_segment(route.path)
        if matched is not None:
            found.setdefault(id(resource), (resource, route.source, []))[2].append(f"{route.rule} ({matched!r} of it)")
    findings = []
    for resource, source, routes in found.values():
        tight, loose = resource.tighter_patterns()
        problem = Problem(
            "cors.W064",
            "resources",
            resource.pattern,
            f"covers {', '.join(routes)} only through a match that stops inside a path segment: a pattern "
            "covers every path it matches from the start, as in flask-cors.",
            f"to stop at segment boundaries, write r'{tight}'; to cover these routes on purpose, write r'{loose}'.",
        )
        findings.append(Finding(problem, source.partition(" (")[0]))
    return findings


def installation_findings() -> list[Finding]:
    """``cors.W040``: the flask-cors distribution is installed too, in the folder named by ``where``."""
    return [Finding(problem, f"installed in {folder}") for folder, problem in installed_flask_cors()]


@app_check
def installation(s: AppSubject) -> list[Finding]:
    """``cors.W040`` (:func:`installation_findings`)."""
    return installation_findings()


@app_check
def unguarded_websocket_routes(s: AppSubject) -> list[Finding]:
    """``cors.W030``: WebSocket routes nothing guards; ``cors.W031``: guarded, but for every origin with credentials."""
    unguarded: list[str] = []
    open_to_all: list[str] = []
    for route in s.routes:
        if not route.websocket or route.rule is None:
            continue
        if not route.guards_websockets:
            unguarded.append(route.rule)
        elif route.policy is not None and route.policy.origins.allows_any and route.policy.options.supports_credentials:
            # Without supports_credentials a cross-origin handshake carrying cookies is refused.
            open_to_all.append(route.rule)
    findings = []
    if unguarded:
        problem = Problem(
            "cors.W030",
            "guard_websockets",
            sorted(unguarded),
            "browsers apply no CORS to WebSockets and send the user's cookies with the handshake, and nothing "
            "checks the Origin of handshakes to these routes before they are accepted (no CORS(app) policy "
            "covers them, theirs sets guard_websockets=False, or only @cross_origin does, without CORS(app)): "
            "any website can open them as the user.",
            "cover them with CORS(app, origins=[...]), or add CORS(app, resources=[]) next to their "
            "@cross_origin(origins=[...]); keep guard_websockets=True (the default).",
        )
        findings.append(Finding(problem, "app"))
    if open_to_all:
        problem = Problem(
            "cors.W031",
            "origins",
            sorted(open_to_all),
            "the policy guarding these WebSocket routes allows every origin with supports_credentials=True, so "
            "any website can open them with the user's cookies (same-origin pages need no entry).",
            "list the origins that may open them: origins=['https://app.example.com'].",
        )
        findings.append(Finding(problem, "app"))
    return findings
