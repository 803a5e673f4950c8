"""The Quart adapter: ``CORS(app)`` and ``@cross_origin`` on Quart apps, blueprints and views.

Imported only when a Quart app, blueprint or view meets ``flask_cors`` (``CORS(app)`` or
``init_app`` on a Quart object, or a ``@cross_origin`` view running outside any Flask request), so
a Flask-only environment never imports Quart. It is glue and nothing more: policies are compiled
by the same core (:class:`~flask_cors._policy.PolicyCompiler`), chosen by the same
:meth:`~flask_cors.extension.CORSState.select` (by endpoint, blueprints and path), and each answer
is the core's :meth:`~flask_cors._policy.Policy.evaluate`, written onto the response in the same
order as on Flask, so every header is byte for byte what Flask gets.

Per app, ``app.extensions["cors"]`` holds a :class:`QuartState`, which registers three coroutines
(Quart runs a plain function hook in a worker thread):

* a ``before_request`` hook placed first (only ``url_value_preprocessor`` functions run earlier):
  answers preflights to covered paths with ``200`` before the app's hooks, routing errors and the
  view;
* a ``before_websocket`` hook placed first: answers ``403`` to a handshake to a ``@app.websocket``
  route from an origin the covering policy refuses (``guard_websockets``), before the app's
  ``before_websocket`` hooks and the handler; Quart sends it as the HTTP answer to the handshake;
* an ``after_request`` hook, which Quart also runs for ``abort()`` and unhandled errors.

Nothing on the request path blocks: it reads headers, asks the compiled policy and writes headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

from quart.ctx import after_this_request, has_websocket_context
from quart.globals import request_ctx
from quart.signals import got_request_exception

from quart import Blueprint, Quart, Response, current_app, g, request, websocket

from . import _spec as spec
from ._errors import VALUE_WARNINGS, Problem, raise_or_warn
from ._options import check_names, options_from_config, session_cookie_risks
from ._origins import is_same_origin_as_host
from ._policy import MEMO_SIZE, Policy, PolicyCompiler
from ._resources import ResourceTable, compile_table
from .extension import HANDSHAKE_REFUSED, CORSState, report_refusal, session_cookie

__all__ = ["QuartState", "enter_view", "init_app"]

_DECIDED = "flask_cors.decided"  # ASGI scope key: one decision per request
_UNHANDLED = "_flask_cors_unhandled"  # g attribute: the response is for an unhandled exception

#: Request headers the policy reads, lower-cased, and the slot each fills in :func:`_read`.
_ASKED = {
    "origin": 0,
    "access-control-request-method": 1,
    "access-control-request-headers": 2,
    "access-control-request-private-network": 3,
    "host": 4,
    "cookie": 5,
    "authorization": 6,
}


def _read(headers: Any) -> list[Optional[str]]:
    """One pass over the request headers: Origin, the three Access-Control-Request-* headers, Host,
    Cookie and Authorization, each None when absent. A header sent twice reads as its values joined
    by ``", "``, as a WSGI server hands it to Flask (RFC 9110 section 5.3)."""
    found: list[Optional[str]] = [None] * 7
    for name, value in headers.items():
        slot = _ASKED.get(name.lower())
        if slot is not None:
            previous = found[slot]
            found[slot] = value if previous is None else f"{previous}, {value}"
    return found


class QuartState(CORSState):
    """:class:`~flask_cors.extension.CORSState` with Quart's hooks: the same tables and selection."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.quart: Quart = app
        #: The policy chosen by (endpoint, path), bounded; cleared when tables change.
        self._chosen: dict[tuple[Optional[str], str], Optional[tuple[Policy, Any]]] = {}

    def add_table(self, table: ResourceTable, blueprint: str | None = None) -> None:
        super().add_table(table, blueprint)
        self._chosen.clear()

    def choose(self, req: Any) -> tuple[Policy, Any] | None:
        """:meth:`select` for a Quart request or websocket; the blueprints follow from its endpoint."""
        rule = req.url_rule
        key = (rule.endpoint if rule is not None else None, req.path)
        chosen = self._chosen
        if key in chosen:
            return chosen[key]
        found = self.select(key[0], req.blueprints if self.blueprint_tables else (), key[1])
        if len(chosen) < MEMO_SIZE:
            chosen[key] = found
        return found

    async def preflight_hook(self) -> Response | None:
        """``before_request``, first of all: answer a preflight to a covered path with ``200``."""
        req = request._get_current_object()  # type: ignore[attr-defined]
        if req.method != "OPTIONS":
            return None
        headers = req.headers
        # Fetch, "CORS-preflight request": OPTIONS with Origin and Access-Control-Request-Method.
        if "Origin" not in headers or "Access-Control-Request-Method" not in headers:
            return None
        found = self.choose(req)
        if found is None or not found[0].options.automatic_options:
            return None
        # A body of b"", not None: Quart iterates a body it was not given in a worker thread.
        return self.quart.response_class("", status=200)

    async def websocket_hook(self) -> Response | None:
        """``before_websocket``, first of all: the 403 for a handshake the covering policy refuses."""
        ws = websocket._get_current_object()  # type: ignore[attr-defined]
        found = self.choose(ws)
        return None if found is None else refuse_handshake(self.quart, found[0], ws)

    async def after_request_hook(self, response: Response) -> Response:
        req = request._get_current_object()  # type: ignore[attr-defined]
        found = self.choose(req)
        if found is not None:
            apply_policy(self.quart, found[0], response, req)
        return response


def apply_policy(app: Any, policy: Policy, response: Response, req: Any) -> Response:
    """Write ``policy``'s decision for ``req`` onto ``response``, once per request, exactly as the
    Flask adapter writes it (:func:`flask_cors.extension.apply_policy` states the rules: a view's own
    Access-Control-Allow-Origin wins, the policy decides Access-Control-Allow-Credentials, ``Vary``
    merges)."""
    scope = req.scope
    if _DECIDED in scope:
        return response
    scope[_DECIDED] = True
    headers = response.headers
    vary = None
    view_credentials = False
    for key, value in headers.items():
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
        del headers[spec.ACCESS_CONTROL_ALLOW_CREDENTIALS]
    origin, method, names, private, host, _, _ = _read(req.headers)
    decision = policy.evaluate(req.method, origin, method, names, private)
    for name, value in decision.headers:
        headers.add(name, value)
    extra = decision.vary
    if decision.vary_origin and (
        vary is None or not any(item.strip().lower() in ("origin", "*") for item in vary.split(","))
    ):
        headers.add(spec.VARY, f"{spec.ORIGIN}, {extra}" if extra else spec.ORIGIN)
        extra = ""
    if extra:
        _vary_on(headers, extra)
    if decision.refused is not None and not (decision.kind == "actual" and is_same_origin_as_host(origin or "", host)):
        report_refusal(app, decision, req.method, req.path, origin, host)
    return response


def _vary_on(headers: Any, names: str) -> None:
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


def refuse_handshake(app: Any, policy: Policy, ws: Any) -> Response | None:
    """The 403 answer to the WebSocket handshake ``ws`` when ``policy`` guards it and refuses it.

    Same-origin is judged against ``Host``; a handshake with a ``Cookie`` or ``Authorization``
    header is judged as a credentialed request (browsers send both whatever the page asked). A
    refusal is logged at DEBUG and sent to :data:`~flask_cors.cors_rejected`.
    """
    if not policy.options.guard_websockets:
        return None
    origin, _, _, _, host, cookie, authorization = _read(ws.headers)
    carries = cookie is not None or authorization is not None
    decision = policy.evaluate_websocket(origin, host, carries_credentials=carries)
    if decision.refused is None:
        return None
    ws.scope[_DECIDED] = True
    response: Response = app.response_class(HANDSHAKE_REFUSED, status=403, mimetype="text/plain")
    if decision.vary_origin:
        response.headers.add(spec.VARY, spec.ORIGIN)
    report_refusal(app, decision, "GET", ws.path, origin, host)
    return response


async def _mark_unhandled(sender: Any, **extra: Any) -> None:
    g.setdefault(_UNHANDLED, True)


def install(app: Quart) -> QuartState:
    """The app's state, creating it and registering the hooks on first use."""
    state: Optional[QuartState] = app.extensions.get("cors")
    if state is None:
        state = QuartState(app)
        app.extensions["cors"] = state
        # First, so an authentication hook registered earlier cannot turn a preflight into a 401.
        app.before_request_funcs[None].insert(0, state.preflight_hook)
        app.before_websocket_funcs[None].insert(0, state.websocket_hook)
        app.after_request(state.after_request_hook)
        got_request_exception.connect(_mark_unhandled, app)
    return state


def init_app(app: Any, layers: Sequence[dict[str, Any]]) -> None:
    """``CORS(app).init_app`` for a Quart app or blueprint: compile, check and register, as on Flask.

    :raises TypeError: ``app`` is neither a Flask nor a Quart app or blueprint.
    """
    if isinstance(app, Blueprint):
        problems: list[Problem] = []
        for layer in layers:
            check_names(layer, "", problems)
        raise_or_warn(problems)

        def register(setup: Any) -> None:
            name = f"{setup.name_prefix}.{setup.name}".lstrip(".")
            table, warned = _compile_for(setup.app, layers)
            state = install(setup.app)
            state.add_table(table, blueprint=name)
            state.value_warnings += [(f"CORS(blueprint {name!r})", problem) for problem in warned]

        app.record(register)
        return
    if not isinstance(app, Quart):
        raise TypeError(f"CORS() takes a Flask or Quart app or blueprint, not {type(app).__name__}.")
    table, warned = _compile_for(app, layers)
    state = install(app)
    state.add_table(table)
    state.value_warnings += [("CORS(app)", problem) for problem in warned]


def _compile_for(app: Any, layers: Sequence[dict[str, Any]]) -> tuple[ResourceTable, list[Problem]]:
    """The compiled table, and the warnings about how values were read (start-up, as on Flask)."""
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


def enter_view(marker: Any) -> Any:
    """``@cross_origin`` on Quart, before the view runs (in a worker thread for a plain function view).

    Without ``CORS(app)``: refuse a WebSocket handshake the view's policy refuses, and have its
    headers written after the view (for errors too). Either way answer ``OPTIONS`` with Quart's
    default answer when ``automatic_options``; with ``CORS(app)`` its hooks do the rest.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    installed = "cors" in app.extensions
    if has_websocket_context():
        if installed:
            return None  # the before_websocket hook has judged the handshake already
        return refuse_handshake(app, marker.policy_for(app), websocket._get_current_object())  # type: ignore[attr-defined]
    req = request._get_current_object()  # type: ignore[attr-defined]
    if not installed:
        policy = marker.policy_for(app)

        async def write(response: Any) -> Any:
            return apply_policy(app, policy, response, req)

        after_this_request(write)
    elif req.method != "OPTIONS":
        return None
    else:
        policy = marker.policy_for(app)
    if req.method == "OPTIONS" and policy.options.automatic_options:
        # Quart's own answer to OPTIONS (Quart.make_default_options_response, a coroutine).
        methods = request_ctx.url_adapter.allowed_methods()  # type: ignore[union-attr]
        return app.response_class("", headers={"Allow": ", ".join(methods)})
    return None


class SyncResponse:
    """A finished Quart test response, read like Werkzeug's ``TestResponse`` (what the testing
    helpers read: ``status_code``, ``headers``, ``data``, ``get_data``)."""

    def __init__(self, response: Any, body: bytes) -> None:
        self.response = response
        self.status_code: int = response.status_code
        self.headers = response.headers
        self.data = body
        self.mimetype = response.mimetype

    def get_data(self, as_text: bool = False) -> Any:
        return self.data.decode() if as_text else self.data

    @property
    def text(self) -> str:
        return self.data.decode()


def run_to_completion(coroutine: Any) -> Any:
    """Run ``coroutine`` to its end and return its result, from synchronous code: on a loop of its own,
    in a worker thread when the calling thread already runs a loop (a test of an async app)."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class SyncClient:
    """Quart's test client, one finished request per call, for :mod:`flask_cors.testing` and the
    ``quart cors`` commands (the browser engine asks its questions synchronously).

    :param client: a :class:`quart.testing.QuartClient` (``app.test_client()``).
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self.application = client.app

    def cookieless(self) -> SyncClient:
        """A client for the same app that neither sends nor stores cookies."""
        from quart.testing import QuartClient

        return SyncClient(QuartClient(self.application, use_cookies=False))

    def open(
        self,
        path: str,
        method: str = "GET",
        headers: Any = None,
        base_url: str | None = None,
        data: bytes | None = None,
        **kwargs: Any,
    ) -> SyncResponse:
        """Send one request; ``base_url`` (as Werkzeug's) gives the scheme and the ``Host``."""
        from werkzeug.datastructures import Headers

        sent = Headers(headers or ())
        if base_url is not None:
            scheme, _, host = base_url.partition("://")
            kwargs["scheme"] = scheme
            sent["Host"] = host.rstrip("/")

        async def run() -> SyncResponse:
            response = await self.client.open(path, method=method, headers=sent, data=data, **kwargs)
            return SyncResponse(response, await response.get_data())

        result: SyncResponse = run_to_completion(run())
        return result
