"""The Flask adapter: ``CORS(app)``, ``init_app``, blueprints, and the two request hooks.

Per app, ``app.extensions["cors"]`` holds a :class:`CORSState`: the compiled resource tables of
every ``CORS(...)`` call on the app and on its blueprints. Two hooks read it:

* a ``before_request`` function placed first, so it runs before every other ``before_request``
  hook (the app's and its blueprints') and the view; only Flask's ``url_value_preprocessor``
  functions come earlier (see ``Flask.preprocess_request``). It answers preflights to covered
  paths with ``200``, before redirects and routing errors too (browsers refuse any preflight answer
  that is not 2xx), and answers ``403`` to WebSocket handshakes that the covering policy refuses
  (``guard_websockets``);
* an ``after_request`` function, which Flask also runs for ``abort()`` and unhandled errors, and
  which writes the policy's decision onto the response.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Optional, Union

from blinker import Namespace

from flask import Blueprint, Flask, Request, Response, current_app, g, got_request_exception, request

from . import _spec as spec
from ._errors import VALUE_WARNINGS, Problem, raise_or_warn
from ._options import check_names, options_from_config, session_cookie_risks
from ._origins import is_same_origin_as_host
from ._policy import MEMO_SIZE, Decision, Policy, PolicyCompiler
from ._resources import Resource, ResourceTable, compile_table

if TYPE_CHECKING:
    from flask.blueprints import BlueprintSetupState
    from typing_extensions import Unpack
    from werkzeug.datastructures import Headers

    from ._cookies import Cookie
    from ._typing import CORSOptions

logger = logging.getLogger("flask_cors")

_signals = Namespace()
cors_rejected = _signals.signal("cors-rejected")
"""Sent with the app as sender each time a CORS request is refused, with keyword arguments
``decision`` (a :class:`~flask_cors._policy.Decision`), ``reason`` (its text), ``origin``,
``method`` and ``path`` (raw client values: escape them before logging). ::

    from collections import Counter
    from flask_cors import cors_rejected

    refusals = Counter()

    @cors_rejected.connect_via(app)
    def count_refusal(sender, reason, **extra):
        refusals[reason] += 1
"""

#: The view attribute where ``@cross_origin`` records its policy.
VIEW_MARKER = "__flask_cors__"
_DECIDED = "flask_cors.decided"  # environ key: one decision per request
_UNHANDLED = "_flask_cors_unhandled"  # g attribute: the response is for an unhandled exception

Source = Union[Resource, Any]  # a Resource, or the view's marker
_UNKNOWN = object()


class CORSState:
    """What the extension keeps per app: resource tables, newest ``CORS()`` call first."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.tables: list[ResourceTable] = []
        self.blueprint_tables: dict[str, list[ResourceTable]] = {}
        self._markers: dict[str, Any] = {}
        #: (where, problem) for each warning start-up gave about how a value was read, for ``flask cors check``.
        self.value_warnings: list[tuple[str, Problem]] = []
        #: select() by (endpoint, path), bounded like the decisions memo; cleared when tables change.
        self._selected: dict[tuple[str | None, str], tuple[Policy, Source] | None] = {}

    def add_table(self, table: ResourceTable, blueprint: str | None = None) -> None:
        """Put a newly compiled ``CORS()`` call first, for the app or for one blueprint."""
        tables = self.tables if blueprint is None else self.blueprint_tables.setdefault(blueprint, [])
        tables.insert(0, table)
        self._selected.clear()

    def select(self, endpoint: str | None, blueprints: Sequence[str], path: str) -> tuple[Policy, Source] | None:
        """The policy for a request and where it came from.

        Order: the view's own ``@cross_origin``; then the tables of the blueprints the request
        was routed to (``blueprints``, innermost first); then the app's tables, newest ``CORS()``
        call first. Within a table the resource rule of :mod:`flask_cors._resources` decides.
        """
        if endpoint is not None:
            marker = self._markers.get(endpoint, _UNKNOWN)
            if marker is _UNKNOWN:
                marker = self._markers[endpoint] = getattr(self.app.view_functions.get(endpoint), VIEW_MARKER, None)
            if marker is not None:
                return marker.policy_for(self.app), marker
        for name in blueprints:
            for table in self.blueprint_tables.get(name, ()):
                resource = table.lookup(path)
                if resource is not None:
                    return resource.policy, resource
        for table in self.tables:
            resource = table.lookup(path)
            if resource is not None:
                return resource.policy, resource
        return None

    def _select_request(self, req: Request) -> tuple[Policy, Source] | None:
        """:meth:`select` for a request. The blueprints it was routed to follow from its endpoint."""
        rule = req.url_rule
        key = (rule.endpoint if rule is not None else None, req.path)
        if key in self._selected:
            return self._selected[key]
        found = self.select(key[0], req.blueprints if self.blueprint_tables else (), key[1])
        if len(self._selected) < MEMO_SIZE:
            self._selected[key] = found
        return found

    def answer_preflight(self) -> Response | None:
        """``before_request``, first of all: before every other ``before_request`` hook and the view,
        answer a preflight to a covered path, or refuse a WebSocket handshake to a covered path from
        an origin its policy does not allow. (``url_value_preprocessor`` functions run earlier.)"""
        req: Request = request._get_current_object()  # type: ignore[attr-defined]
        environ = req.environ
        if req.method != "OPTIONS":
            # RFC 6455 section 4.1: a handshake carries Upgrade. Other requests pay this one lookup.
            return self.guard_handshake(req) if "HTTP_UPGRADE" in environ else None
        # Fetch, "CORS-preflight request": OPTIONS with Origin and Access-Control-Request-Method.
        if "HTTP_ORIGIN" not in environ or "HTTP_ACCESS_CONTROL_REQUEST_METHOD" not in environ:
            # Not a preflight; an OPTIONS that asks to upgrade is judged like any handshake.
            return self.guard_handshake(req) if "HTTP_UPGRADE" in environ else None
        found = self._select_request(req)
        if found is None or not found[0].options.automatic_options:
            return None
        return self.app.response_class(status=200)

    def guard_handshake(self, req: Request) -> Response | None:
        """The 403 for a WebSocket handshake that the policy covering its path refuses, else None."""
        if not is_handshake(req):
            return None
        found = self._select_request(req)
        return None if found is None else refuse_handshake(self.app, found[0], req)

    def after_request(self, response: Response) -> Response:
        req: Request = request._get_current_object()  # type: ignore[attr-defined]
        found = self._select_request(req)
        if found is not None:
            apply_policy(found[0], response, req)
        return response


def apply_policy(policy: Policy, response: Response, req: Request) -> Response:
    """Write ``policy``'s decision for ``req`` onto ``response`` (once per request).

    The one place headers are written, for the extension and the decorator alike. A response
    that already carries Access-Control-Allow-Origin was answered by the view itself and is left
    alone, as flask-cors leaves it. Otherwise every header of the decision is added as a field of
    its own, next to any the view or a hook set (as flask-cors adds them), except
    Access-Control-Allow-Credentials, which the policy decides whether it writes it or not: one set
    by the view or an app hook is removed. ``Vary: Origin`` is added when the answer depends on
    Origin and the response's ``Vary`` does not already cover it, and a preflight answer's ``Vary``
    names the request headers it was computed from.
    """
    environ = req.environ
    if _DECIDED in environ:
        return response
    environ[_DECIDED] = True
    headers = response.headers
    # One pass over what the view set (Headers lookups that miss raise and catch an exception).
    vary = None
    view_credentials = False
    for key, value in headers:
        lowered = key.lower()
        if lowered == "vary":
            vary = value if vary is None else f"{vary}, {value}"
        elif lowered == "access-control-allow-origin":
            return response
        elif lowered == "access-control-allow-credentials":
            view_credentials = True
    if not policy.options.intercept_exceptions and g.get(_UNHANDLED):
        return response
    if view_credentials:
        # Issue 18: a view's own "true" would hand every origin the policy allows a credentialed read.
        del headers[spec.ACCESS_CONTROL_ALLOW_CREDENTIALS]
    decision = policy.evaluate(
        req.method,
        environ.get("HTTP_ORIGIN"),
        environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD"),
        environ.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS"),
        environ.get("HTTP_ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK"),
    )
    for name, value in decision.headers:
        headers.add(name, value)
    extra = decision.vary  # preflights: the request headers the answer was computed from
    if decision.vary_origin and (
        vary is None or not any(item.strip().lower() in ("origin", "*") for item in vary.split(","))
    ):
        # A field of its own, as flask-cors writes its Vary (RFC 9110 section 5.3: the same list).
        headers.add(spec.VARY, f"{spec.ORIGIN}, {extra}" if extra else spec.ORIGIN)
        extra = ""
    if extra:
        _vary_on(headers, extra)
    if decision.refused is not None and not (
        # A page's own origin: browsers send Origin with its POSTs, and apply no CORS to the answer.
        decision.kind == "actual" and is_same_origin_as_host(environ.get("HTTP_ORIGIN") or "", environ.get("HTTP_HOST"))
    ):
        _report_refusal(None, decision, req)
    return response


def _vary_on(headers: Headers, names: str) -> None:
    """Add the ``Vary`` list ``names`` to the response's, each name once, at the end of its last field."""
    fields = headers.getlist(spec.VARY)
    present = {item.strip().lower() for value in fields for item in value.split(",")}
    missing = [name for name in names.split(", ") if name.lower() not in present]
    if not missing or "*" in present:
        return
    if not fields:
        headers.add(spec.VARY, ", ".join(missing))
        return
    del headers[spec.VARY]
    for value in fields[:-1]:
        headers.add(spec.VARY, value)
    headers.add(spec.VARY, ", ".join([fields[-1], *missing]))


def is_handshake(req: Request) -> bool:
    """Whether ``req`` is a WebSocket opening handshake (:func:`flask_cors._spec.is_websocket_handshake`)."""
    environ = req.environ
    return spec.is_websocket_handshake(environ.get("HTTP_UPGRADE"), environ.get("HTTP_CONNECTION"))


def carries_credentials(environ: Mapping[str, Any]) -> bool:
    """Whether a request sends credentials a server can see: a ``Cookie`` or ``Authorization`` header.

    Browsers send both with WebSocket handshakes whatever the page asked (there is no
    ``credentials: "omit"`` for a WebSocket), so a handshake carrying either acts as the user.
    """
    return "HTTP_COOKIE" in environ or "HTTP_AUTHORIZATION" in environ


def refuse_handshake(app: Flask, policy: Policy, req: Request) -> Response | None:
    """The 403 answer to the WebSocket handshake ``req`` when ``policy`` guards it and refuses it.

    Precondition: :func:`is_handshake` holds for ``req``. The ``Host`` is read from the environ, so
    ``X-Forwarded-Host`` counts only when a trusted ``ProxyFix(x_host=...)`` has written it there.
    A handshake with a ``Cookie`` or ``Authorization`` header (:func:`carries_credentials`) is judged
    as a credentialed request. A refusal is logged at DEBUG and sent to :data:`cors_rejected`, and
    no CORS headers are added to the 403 (it is the whole answer).
    """
    if not policy.options.guard_websockets:
        return None
    environ = req.environ
    decision = policy.evaluate_websocket(
        environ.get("HTTP_ORIGIN"), environ.get("HTTP_HOST"), carries_credentials=carries_credentials(environ)
    )
    if decision.refused is None:
        return None
    environ[_DECIDED] = True
    response: Response = app.response_class(HANDSHAKE_REFUSED, status=403, mimetype="text/plain")
    if decision.vary_origin:
        response.headers.add(spec.VARY, spec.ORIGIN)
    _report_refusal(app, decision, req)
    return response


#: The body of the 403 answered to a refused WebSocket handshake.
HANDSHAKE_REFUSED = "WebSocket handshake refused: this origin may not open a WebSocket here.\n"


def report_refusal(
    app: Flask | None, decision: Decision, method: str, path: str, origin: str | None, host: str | None
) -> None:
    """One DEBUG line and the :data:`cors_rejected` signal, for every refusal by the extension, the
    decorator and :mod:`flask_cors.websocket`. Client values are escaped with ``%r``.

    :param app: the signal's sender; None for the current app (looked up only when it has receivers).
    :param decision: the refused decision.
    :param method: the request's method; ``path``, ``origin`` and ``host`` likewise, as the client sent them.
    """
    if logger.isEnabledFor(logging.DEBUG):
        if decision.kind == "websocket":
            logger.debug(
                "CORS refused the WebSocket handshake to %r from %r (Host %r): %s",
                path[:200],
                (origin or "")[:200],
                (host or "")[:200],
                decision.reason(),
            )
        else:
            logger.debug(
                "CORS refused %r %r from %r: %s",
                method[:20],
                path[:200],
                (origin or "")[:200],
                decision.reason(),
            )
    if cors_rejected.receivers:
        sender = app if app is not None else current_app._get_current_object()  # type: ignore[attr-defined]
        cors_rejected.send(sender, decision=decision, reason=decision.reason(), origin=origin, method=method, path=path)


def _report_refusal(app: Flask | None, decision: Decision, req: Request) -> None:
    """:func:`report_refusal` for a Flask request."""
    environ = req.environ
    report_refusal(app, decision, req.method, req.path, environ.get("HTTP_ORIGIN"), environ.get("HTTP_HOST"))


def _mark_unhandled(sender: Flask, **extra: Any) -> None:
    g.setdefault(_UNHANDLED, True)


def install(app: Flask) -> CORSState:
    """The app's state, creating it and registering the hooks on first use."""
    state: Optional[CORSState] = app.extensions.get("cors")
    if state is None:
        state = app.extensions["cors"] = CORSState(app)
        # First, so an authentication hook registered earlier cannot turn a preflight into a 401.
        app.before_request_funcs.setdefault(None, []).insert(0, state.answer_preflight)
        app.after_request(state.after_request)
        got_request_exception.connect(_mark_unhandled, app)
    return state


class CORS:
    """Cross-origin resource sharing for a Flask app or blueprint.

    ``CORS(app, **options)`` covers every path (``resources`` narrows it); ``CORS(bp, **options)``
    covers requests routed to the blueprint. Options are documented once, in the option table
    (:data:`flask_cors._options.OPTION_TABLE`, rendered in the docs), and resolve in this order,
    strongest first: per-resource options, ``init_app`` keywords, ``CORS(...)`` keywords, the
    app's ``CORS_*`` config keys, defaults.

    The configuration is compiled and checked when ``init_app`` runs (for a blueprint: when it is
    registered on an app). Everything flask-cors starts with starts: a value that is not what it
    should be warns with :class:`~flask_cors.CORSWarning`, a risky choice with
    :class:`~flask_cors.InsecureConfigurationWarning`. Only what flask-cors refuses too, and what
    lets another site in with credentials or lets one request stall a worker, raises
    :class:`~flask_cors.ConfigurationError`, listing every problem at once.

    Calling ``CORS`` again on the same app adds another layer: paths the newer call covers follow
    it, the others still follow the older call. Nothing is kept on this object but its keywords,
    so one instance can serve several apps.

    :param app: a :class:`~flask.Flask` app or a :class:`~flask.Blueprint` (or a Quart app or
        blueprint: see :mod:`flask_cors._quart`), or None to call :meth:`init_app` later.
    :param options: the options, as keywords.
    """

    def __init__(self, app: Flask | Blueprint | None = None, **options: Unpack[CORSOptions]) -> None:
        self._options: dict[str, Any] = dict(options)
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask | Blueprint, **options: Unpack[CORSOptions]) -> None:
        """Compile the options for ``app`` and register the hooks.

        Reads these config keys of the app: ``CORS_RESOURCES``, ``CORS_ORIGINS``, ``CORS_METHODS``,
        ``CORS_EXPOSE_HEADERS``, ``CORS_ALLOW_HEADERS``, ``CORS_SUPPORTS_CREDENTIALS``,
        ``CORS_MAX_AGE``, ``CORS_SEND_WILDCARD``, ``CORS_VARY_HEADER``, ``CORS_AUTOMATIC_OPTIONS``,
        ``CORS_ALWAYS_SEND``, ``CORS_INTERCEPT_EXCEPTIONS``, ``CORS_ALLOW_PRIVATE_NETWORK``,
        ``CORS_GUARD_WEBSOCKETS``.

        :param options: keywords that override those given to the constructor.
        """
        layers = (self._options, dict(options))
        if not isinstance(app, (Flask, Blueprint)):
            from ._quart import init_app as init_quart  # type: ignore[unreachable]  # Quart: imported only here

            init_quart(app, layers)
            return
        if isinstance(app, Blueprint):
            problems: list[Problem] = []
            for layer in layers:
                check_names(layer, "", problems)
            raise_or_warn(problems)

            def register(setup: BlueprintSetupState) -> None:
                name = f"{setup.name_prefix}.{setup.name}".lstrip(".")
                target: Flask = setup.app  # type: ignore[assignment]
                table, warned = _compile_for(target, layers)
                state = install(target)
                state.add_table(table, blueprint=name)
                state.value_warnings += [(f"CORS(blueprint {name!r})", problem) for problem in warned]

            app.record(register)
            return
        table, warned = _compile_for(app, layers)
        state = install(app)
        state.add_table(table)
        state.value_warnings += [("CORS(app)", problem) for problem in warned]


def session_set_cookie(app: Flask) -> str:
    """The ``Set-Cookie`` value the app's session interface writes for a session (value left empty).

    Through the interface's own settings (``get_cookie_name``, ``get_cookie_secure``, ... and, from
    Flask 3.1, ``get_cookie_partitioned``), so a subclass that overrides them is honoured, written
    by Werkzeug's ``Response.set_cookie``, as ``save_session`` does. Werkzeug adds ``Secure`` to a
    ``Partitioned`` cookie; Flask before 3.1 writes no ``Partitioned`` at all.
    ``tests/flask/test_session_cookie.py`` compares it with what a view's session really sets.
    """
    interface = app.session_interface
    extra: dict[str, Any] = {}
    partitioned = getattr(interface, "get_cookie_partitioned", None)
    if partitioned is not None:
        extra["partitioned"] = partitioned(app)
    response = app.response_class()
    response.set_cookie(
        interface.get_cookie_name(app),
        "",
        domain=interface.get_cookie_domain(app),
        path=interface.get_cookie_path(app),
        secure=interface.get_cookie_secure(app),
        httponly=interface.get_cookie_httponly(app),
        samesite=interface.get_cookie_samesite(app),
        **extra,
    )
    return response.headers["Set-Cookie"]


def session_cookie(app: Flask) -> Cookie:
    """The app's session cookie as the browser receives it (:func:`session_set_cookie`), parsed."""
    from ._cookies import parse_cookie

    return parse_cookie(session_set_cookie(app))


def _compile_for(app: Flask, layers: tuple[dict[str, Any], dict[str, Any]]) -> tuple[ResourceTable, list[Problem]]:
    """The compiled table, and the warnings about how values were read (:data:`~._errors.VALUE_WARNINGS`)."""
    problems: list[Problem] = []
    config = options_from_config(app.config, problems)
    for layer in layers:
        check_names(layer, "", problems)
    table = compile_table([config, *layers], problems, PolicyCompiler())
    problems += session_cookie_risks(
        lambda: session_cookie(app), (resource.policy.options for resource in table.resources)
    )
    raise_or_warn(problems)
    return table, [problem for problem in problems if problem.code in VALUE_WARNINGS]
