"""Route introspection: which CORS policy applies to each URL rule of an app, and where it comes from.

What ``flask cors routes`` (and ``quart cors routes``) prints, and what the app-level checks of
:mod:`flask_cors.checks` walk. It reads only what Flask and Quart share: the app's URL map
(Werkzeug's routing), its view functions, ``app.extensions["cors"]`` and the ``@cross_origin``
markers on views; policies are chosen by :meth:`~flask_cors.extension.CORSState.select`, the
same selection as the request path. Re-exported by :mod:`flask_cors.testing`.

.. versionadded:: 0.2
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any, Optional

from werkzeug.exceptions import HTTPException
from werkzeug.routing import MapAdapter, Rule
from werkzeug.routing.exceptions import RoutingException

from ._errors import ConfigurationError
from ._options import describe
from ._policy import Policy
from ._resources import Resource
from .extension import CORSState

__all__ = ["RoutePolicy", "is_websocket_route", "route_policies", "route_policy"]


@dataclass(frozen=True)
class RoutePolicy:
    """The CORS policy that applies to one URL rule (or one path), and where it comes from.

    ``kind`` is ``"view"`` (the view's own ``@cross_origin``), ``"resource"`` (a resource pattern of
    ``CORS(app)`` or ``CORS(blueprint)``), ``"none"`` (not covered: no CORS headers) or ``"error"``
    (the view's policy does not compile with the app's config; ``flask cors check`` says why).
    """

    endpoint: str | None
    methods: tuple[str, ...]
    rule: str | None
    path: str
    kind: str
    source: str
    policy: Policy | None = None
    resource: Resource | None = None
    #: Whether the route serves WebSockets (:func:`is_websocket_route`).
    websocket: bool = False
    #: Whether WebSocket handshakes to the route are checked before every before_request hook and the view: its
    #: policy has ``guard_websockets`` and ``CORS(app)`` is set up (a ``@cross_origin`` view alone
    #: checks inside the view, after flask-sock has already accepted the connection).
    guards_websockets: bool = False

    @property
    def origins(self) -> tuple[str, ...]:
        """How each configured origin was read, e.g. ``"exact 'https://a.example'"``."""
        return tuple(rule.describe() for rule in self.policy.options.origins) if self.policy else ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``flask cors routes --json``)."""
        data: dict[str, Any] = {
            "endpoint": self.endpoint,
            "methods": list(self.methods),
            "rule": self.rule,
            "path": self.path,
            "kind": self.kind,
            "source": self.source,
            "websocket": self.websocket,
            "websocket_guard": self.guards_websockets,
        }
        if self.resource is not None:
            data["resource"] = {"pattern": self.resource.pattern, "why": self.resource.why()}
        if self.policy is not None:
            options = self.policy.options
            data["policy"] = {
                **describe(options),
                "origins": [
                    {"kind": rule.kind, "value": _text(rule.source), "description": rule.describe()}
                    for rule in options.origins
                ],
                "methods": sorted(options.methods),
                "allow_headers": [_text(item) for item in options.allow_headers],
                "expose_headers": sorted(options.expose_headers),
            }
        return data


def _text(value: object) -> str:
    """A configured value as text: strings as they are, patterns by their source, callables by name."""
    if isinstance(value, str):
        return value
    pattern = getattr(value, "pattern", None)
    if isinstance(pattern, str):
        return pattern
    return str(getattr(value, "__qualname__", repr(value)))


def _state(app: Any) -> CORSState:
    """The app's CORS state; an empty one (not installed) when only decorators are used."""
    state: Optional[CORSState] = app.extensions.get("cors")
    return state if state is not None else CORSState(app)


def _blueprints(endpoint: str | None) -> list[str]:
    """The blueprints a request to ``endpoint`` belongs to, innermost first (``request.blueprints``)."""
    names = []
    name = (endpoint or "").rpartition(".")[0]
    while name:
        names.append(name)
        name = name.rpartition(".")[0]
    return names


def _describe(state: CORSState, source: Any) -> tuple[str, str, Resource | None]:
    if not isinstance(source, Resource):
        return "view", "@cross_origin", None
    text = f"resource {source.pattern!r} ({source.why()})"
    for name, tables in state.blueprint_tables.items():
        if any(item is source for table in tables for item in table.resources):
            return "resource", f"blueprint {name!r} {text}", source
    return "resource", text, source


def _policy_row(state: CORSState, rule: Rule | None, path: str, methods: tuple[str, ...]) -> RoutePolicy:
    endpoint = rule.endpoint if rule is not None else None
    text = rule.rule if rule is not None else None
    try:
        found = state.select(endpoint, _blueprints(endpoint), path)
    except ConfigurationError as error:
        return RoutePolicy(endpoint, methods, text, path, "error", f"error: {', '.join(error.codes)}")
    if found is None:
        websocket = rule is not None and is_websocket_route(rule)
        return RoutePolicy(endpoint, methods, text, path, "none", "not covered", websocket=websocket)
    kind, source, resource = _describe(state, found[1])
    websocket = rule is not None and is_websocket_route(rule)
    guarded = found[0].options.guard_websockets and "cors" in state.app.extensions
    return RoutePolicy(endpoint, methods, text, path, kind, source, found[0], resource, websocket, guarded)


def route_policies(app: Any) -> list[RoutePolicy]:
    """Every URL rule of ``app`` with the CORS policy that applies to it, in URL map order.

    A rule with variables (``/items/<int:id>``) is looked up with a sample path that routes to it
    (``/items/1``), since resource patterns match real paths; ``path`` says which.
    """
    state = _state(app)
    return [
        _policy_row(state, rule, _sample_path(app, rule), tuple(sorted(rule.methods or ())))
        for rule in app.url_map.iter_rules()
    ]


def route_policy(app: Any, path: str, method: str = "GET") -> RoutePolicy:
    """The CORS policy a request for ``path`` gets (``kind="none"`` when nothing covers it).

    :param path: a request path, optionally with a query string.
    :param method: the request's method (routing may depend on it).
    """
    path = path.partition("?")[0]
    rule = _match(app, path, method)
    methods = tuple(sorted(rule.methods or ())) if rule is not None else ()
    return _policy_row(_state(app), rule, path, methods)


def _match(app: Any, path: str, method: str) -> Rule | None:
    adapter: MapAdapter = app.url_map.bind(
        app.config.get("SERVER_NAME") or "localhost", url_scheme=app.config.get("PREFERRED_URL_SCHEME") or "http"
    )
    try:
        rule, _ = adapter.match(path, method, return_rule=True)
    except (HTTPException, RoutingException):
        return None
    return rule


_SAMPLES = ("1", "x", "00000000-0000-0000-0000-000000000000", "1.0")


def _sample_path(app: Any, rule: Rule) -> str:
    """A path that routes to ``rule``: its variables filled with values its converters accept."""
    if not rule.arguments:
        return rule.rule
    parts = re.split(r"(<[^>]+>)", rule.rule)
    slots = [index for index, part in enumerate(parts) if part.startswith("<")]
    method = next(iter(sorted(rule.methods or {"GET"})))
    for values in itertools.islice(itertools.product(_SAMPLES, repeat=len(slots)), 256):
        for index, value in zip(slots, values):
            parts[index] = value
        candidate = "".join(parts)
        if _match(app, candidate, method) is rule:
            return candidate
    return rule.rule


def is_websocket_route(rule: Rule) -> bool:
    """Whether ``rule`` serves WebSockets: it was registered with ``websocket=True``.

    Every flask-sock ``@sock.route`` is, and every Quart ``@app.websocket`` route. Werkzeug's routing answers a browser's handshake (``Upgrade:
    websocket``) to any other rule with ``400 Bad Request`` before the view runs, so a view on
    such a rule cannot upgrade a browser's connection, whatever its code does.
    """
    return bool(rule.websocket)
