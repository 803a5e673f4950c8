"""Policy: compiled once from options, asked one question per request.

The core boundary. This module and the other underscore modules import nothing from Flask or
Werkzeug, keep no global state and do no I/O. The adapter (``extension.py``, ``decorator.py``)
turns Flask objects into plain strings, calls :meth:`Policy.evaluate`, and writes the returned
:class:`Decision` onto the response. Everything a request needs that does not depend on the
request itself (header values, lookup sets, compiled patterns) is prepared here, once.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from . import _spec as spec
from ._errors import Problem
from ._headers import HeaderMatcher, compile_headers, parse_request_headers
from ._options import DEFAULTS, Options, describe, normalise
from ._origins import (
    REGEX_HINTS,
    OriginMatcher,
    OriginRule,
    compile_origins,
    is_same_origin_as_host,
    is_valid_request_origin,
)

_SLOTS: dict[str, bool] = {"slots": True} if sys.version_info >= (3, 10) else {}

Headers = tuple[tuple[str, str], ...]

#: Distinct origins remembered per policy; past this, decisions are computed every time.
MEMO_SIZE = 512

#: Why a CORS request was refused; each maps to the reason a browser would report.
REASONS = {
    "malformed-origin": "the Origin header has control characters, whitespace, a comma, non-ASCII or over 2048 characters",
    "origin": "origin {detail} is not allowed",
    "method": "method {detail} is not allowed (methods are case-sensitive)",
    "malformed-headers": "Access-Control-Request-Headers is malformed or too large",
    "headers": "request header {detail} is not allowed",
    "private-network": "the preflight asks for private network access, which allow_private_network does not grant",
    "websocket-origin": "origin {detail} is not allowed, and its host and port are not the request's Host",
    "websocket-credentials": "origin {detail} is allowed only without credentials, but the server adds "
    "Access-Control-Allow-Credentials: true (Engine.IO's cors_credentials), and its host and port are not "
    "the request's Host",
    "websocket-cookie": "origin {detail} is allowed only without credentials (supports_credentials is off), but "
    "the handshake carries a Cookie or Authorization header, and its host and port are not the request's Host",
    "websocket-same-origin": "origin {detail} is not the request's Host, and no policy with guard_websockets "
    "covers the path (only the same origin passes)",
}


@dataclass(frozen=True, **_SLOTS)
class Decision:
    """What to add to one response.

    ``kind`` is ``"none"`` (no Origin: not a CORS request), ``"actual"``, ``"preflight"`` or
    ``"websocket"`` (a WebSocket handshake, judged by :meth:`Policy.evaluate_websocket`).
    ``refused`` is a key of :data:`REASONS` when the request was a CORS request we said no to, and
    ``detail`` the offending client value (raw: escape it before logging). ``vary`` names the
    request headers besides Origin that the answer was computed from (see :func:`compile_policy`).
    """

    kind: str
    headers: Headers
    vary_origin: bool
    refused: str | None = None
    detail: str | None = None
    #: Request headers other than Origin the answer depends on, as a ``Vary`` list (preflights only).
    vary: str = ""

    @property
    def allowed(self) -> bool:
        return self.kind != "none" and self.refused is None

    def reason(self) -> str:
        """The refusal in words, with client values escaped by ``repr``."""
        if self.refused is None:
            return "allowed" if self.kind != "none" else "not a CORS request (no Origin header)"
        detail = repr(self.detail[:200]) if self.detail is not None else ""
        return REASONS[self.refused].format(detail=detail)


@dataclass(frozen=True, **_SLOTS)
class Policy:
    """The compiled answer of one set of options. Build it with :func:`compile_policy`."""

    options: Options
    origins: OriginMatcher
    headers: HeaderMatcher
    #: Method names as a browser reads them from :attr:`methods_text` (exact, case-sensitive).
    methods: frozenset[str]
    #: The Access-Control-Allow-Methods value: the configured methods upper-cased and sorted, as flask-cors sends them.
    methods_text: str
    any_method: bool
    static_wildcard: bool
    #: The answer depends on Origin: every response gets ``Vary: Origin`` unless its ``Vary`` already covers it.
    vary_origin: bool
    #: flask-cors's own ``Vary: Origin`` field, on answers that carry a reflected origin of a policy
    #: with several origins or a pattern; always added as a field of its own, as flask-cors adds it.
    vary_field: bool
    actual_tail: Headers
    max_age: Headers
    #: The origin answered to requests without Origin (``always_send``), as flask-cors picks it; or None.
    fallback_origin: str | None
    without_origin: Decision
    #: ``Vary`` names besides Origin for preflight answers past the origin check, and for those
    #: whose method is refused (see :func:`compile_policy`).
    vary_preflight: str = ""
    vary_refused_method: str = ""
    #: Memo of :meth:`evaluate` for actual requests, by origin. A pure function's results, so
    #: sharing it between threads is safe; bounded, so hostile origins cannot grow it. Never filled
    #: when a callable origin may answer differently for the same origin (``origins.asks_each_time``).
    actual_memo: dict[str, Decision] = field(default_factory=dict, compare=False, repr=False)

    def describe(self) -> dict[str, Any]:
        """The options in keyword form; ``compile_policy`` of it gives an equal policy."""
        return describe(self.options)

    def allows_origin(self, origin: str) -> bool:
        """Whether ``origin`` (as the client sent it) may read responses under this policy."""
        if self.static_wildcard:
            return True
        return is_valid_request_origin(origin) and self.origins.allows(
            origin, credentials=self.options.supports_credentials
        )

    def allows_websocket(self, origin: str | None, host: str | None, *, carries_credentials: bool = False) -> bool:
        """Whether :meth:`evaluate_websocket` lets a handshake from ``origin`` to ``host`` open."""
        return self.evaluate_websocket(origin, host, carries_credentials=carries_credentials).refused is None

    def evaluate_websocket(
        self, origin: str | None, host: str | None, *, carries_credentials: bool = False, adds_credentials: bool = False
    ) -> Decision:
        """Whether a WebSocket connection from ``origin`` to a server reached as ``host`` may open.

        RFC 6455 section 10.2: browsers send Origin with every handshake and apply no CORS, so
        the server decides. And CORS credentials do not exist for WebSockets: the browser sends the
        user's cookies with every handshake, whatever the policy says. So the rule follows what the
        policy would let the origin do with ``fetch()``:

        * no Origin (not a browser), or an Origin whose host and port equal the ``Host`` header (same
          origin; the scheme is not compared, so a proxy terminating TLS changes nothing): passes;
        * an origin :meth:`allows_origin` refuses: refused (``"websocket-origin"``);
        * a handshake that carries credentials, from an origin the policy allows only without them
          (``supports_credentials`` off): refused (``"websocket-cookie"``);
        * any other allowed origin: passes.

        ``guard_websockets`` is not consulted here: the adapter checks it before asking.

        :param origin: the Origin header, or None.
        :param host: the request's Host header as the app sees it (after a trusted proxy fix), or None.
        :param carries_credentials: the handshake has a ``Cookie`` or ``Authorization`` header.
        :param adds_credentials: the server answering the request reflects every origin that passes
            with ``Access-Control-Allow-Credentials: true`` (python-engineio's ``cors_credentials``).
            A cross-origin origin then passes only when this policy's own CORS answer would carry
            credentials too, that is when ``supports_credentials`` is on.
        :returns: a :class:`Decision` of kind ``"websocket"``, refused or not, without headers.
        """
        if origin is None or is_same_origin_as_host(origin, host):
            return Decision("websocket", (), self.vary_origin)
        if not self.allows_origin(origin):
            return Decision("websocket", (), self.vary_origin, "websocket-origin", origin)
        if not self.options.supports_credentials:
            if adds_credentials:
                return Decision("websocket", (), self.vary_origin, "websocket-credentials", origin)
            if carries_credentials:
                return Decision("websocket", (), self.vary_origin, "websocket-cookie", origin)
        return Decision("websocket", (), self.vary_origin)

    def evaluate(
        self,
        method: str,
        origin: str | None,
        request_method: str | None = None,
        request_headers: str | None = None,
        request_private_network: str | None = None,
    ) -> Decision:
        """Decide the CORS headers for one request. Never raises for any client input.

        The answer has flask-cors's shape (docs/differences.md, category C): an allowed origin
        always gets Access-Control-Allow-Origin, even when a preflight asks for more than is
        granted (the browser then refuses the answer); ``refused`` says why the browser will.

        :param method: the request's method.
        :param origin: the Origin header, or None.
        :param request_method: Access-Control-Request-Method, or None.
        :param request_headers: Access-Control-Request-Headers, or None.
        :param request_private_network: Access-Control-Request-Private-Network, or None.
        """
        preflight = method == "OPTIONS" and request_method is not None
        # Fetch, "CORS protocol": a request without Origin is not a CORS request. With always_send,
        # flask-cors answers it for one configured origin; so do we.
        if origin is None:
            if self.fallback_origin is None or not (preflight or request_private_network == "true"):
                return self.without_origin
            return self._answer("none", self.fallback_origin, request_method, request_headers, request_private_network)
        # Fetch, "CORS-preflight request": OPTIONS carrying Access-Control-Request-Method.
        if preflight:
            if not self.allows_origin(origin):
                return self._refuse_origin("preflight", origin)
            allow_origin = "*" if self.static_wildcard else origin
            return self._answer("preflight", allow_origin, request_method, request_headers, request_private_network)
        # Any other request with Origin is an actual request: it needs the origin (and credentials).
        if request_private_network == "true":
            if not self.allows_origin(origin):
                return self._refuse_origin("actual", origin)
            return self._answer("actual", "*" if self.static_wildcard else origin, None, None, "true")
        decision = self.actual_memo.get(origin)
        if decision is None:
            if self.allows_origin(origin):
                decision = self._answer("actual", "*" if self.static_wildcard else origin, None, None, None)
            else:
                decision = self._refuse_origin("actual", origin)
            # A callable may read the request or changing state: remember only what cannot change.
            if len(self.actual_memo) < MEMO_SIZE and not self.origins.asks_each_time:
                self.actual_memo[origin] = decision
        return decision

    def _refuse_origin(self, kind: str, origin: str) -> Decision:
        refused = "origin" if is_valid_request_origin(origin) else "malformed-origin"
        return Decision(kind, (), self.vary_origin, refused, origin)

    def _answer(
        self, kind: str, allow_origin: str, method: str | None, headers: str | None, private: str | None
    ) -> Decision:
        """The answer for an allowed origin, in flask-cors's order: Allow-Origin, Expose-Headers,
        Allow-Credentials, Allow-Private-Network; for a preflight, Allow-Headers, Max-Age and
        Allow-Methods when the method is granted; then flask-cors's Vary field."""
        answer = [(spec.ACCESS_CONTROL_ALLOW_ORIGIN, allow_origin), *self.actual_tail]
        refused: str | None = None
        detail: str | None = None
        # Request headers besides Origin this answer was computed from (compile_policy explains).
        vary = ""
        # Private Network Access: the request header's only defined value is "true", exactly.
        if private == "true":
            granted = self.options.allow_private_network
            answer.append((spec.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK, "true" if granted else "false"))
            if not granted and kind != "actual":
                refused, detail = "private-network", private
        if method is not None:
            # Fetch, "CORS-preflight fetch": the browser compares the method with the names of
            # Access-Control-Allow-Methods, case-sensitively. flask-cors grants more text than
            # that (a substring of the joined list, upper-cased); the browser refuses the rest.
            exact = method in self.methods or bool(self.any_method and spec.TOKEN.fullmatch(method))
            vary = self.vary_preflight
            if not exact:
                refused, detail = "method", method
                vary = self.vary_refused_method
            if exact or (method and method.upper() in self.methods_text):
                names = parse_request_headers(headers) if headers else ()
                if names is None:
                    if kind == "none":
                        return Decision(kind, (), self.vary_origin)
                    return Decision(kind, (), self.vary_origin, "malformed-headers", headers, vary)
                allowed = [name for name in names if self.headers.allows(name.lower())]
                if allowed:
                    answer.append((spec.ACCESS_CONTROL_ALLOW_HEADERS, ", ".join(sorted(allowed))))
                denied = next((name for name in names if name and not self.headers.allows(name.lower())), None)
                if denied is not None and refused in (None, "private-network"):
                    refused, detail = "headers", denied
                answer += self.max_age
                answer.append((spec.ACCESS_CONTROL_ALLOW_METHODS, method if self.any_method else self.methods_text))
        if kind == "none":  # not a CORS request: nothing is refused (always_send answers it as flask-cors does)
            refused = detail = None
        if self.vary_field and allow_origin != "*":
            answer.append((spec.VARY, spec.ORIGIN))
            return Decision(kind, tuple(answer), False, refused, detail, vary)
        return Decision(kind, tuple(answer), self.vary_origin, refused, detail, vary)


def evaluate_same_origin_websocket(origin: str | None, host: str | None) -> Decision:
    """A WebSocket decision without a policy: no Origin or the same origin passes, nothing else.

    For servers that need an answer on paths no guarding policy covers (python-engineio's own
    default is this rule, with the scheme compared as well).
    """
    if origin is None or is_same_origin_as_host(origin, host):
        return Decision("websocket", (), True)
    return Decision("websocket", (), True, "websocket-same-origin", origin)


def compile_policy(options: Options, origins: OriginMatcher | None = None) -> Policy:
    """Compile options into a policy. ``origins`` may pass an already compiled, shared matcher."""
    matcher = origins if origins is not None else compile_origins(options.origins)
    credentials = options.supports_credentials
    static_wildcard = matcher.allows_any and options.send_wildcard and not credentials
    depends_on_origin = not static_wildcard and bool(matcher.rules)
    vary = options.vary_header and depends_on_origin
    # flask-cors adds its Vary field when the reflected origin is one of several, or matched a pattern.
    vary_field = options.vary_header and (len(matcher.rules) > 1 or any(rule.kind != "exact" for rule in matcher.rules))

    actual_tail: list[tuple[str, str]] = []
    expose = ", ".join(sorted(options.expose_headers))
    if expose:
        actual_tail.append((spec.ACCESS_CONTROL_EXPOSE_HEADERS, expose))
    if credentials:
        actual_tail.append((spec.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"))
    names = frozenset(options.method_names())
    max_age = () if options.max_age is None else ((spec.ACCESS_CONTROL_MAX_AGE, str(options.max_age)),)

    # RFC 9110 section 12.5.5: Vary lists the request headers an answer was chosen by. A preflight
    # answer echoes the requested headers (filtered), and the method under methods="*", so a shared
    # cache keyed on Origin alone would serve one page's answer, or refusal, to a page asking for
    # other ones. A refusal for the method depends on the method whatever the list.
    vary_method = vary_preflight = vary_refused_method = ""
    if options.vary_header:
        vary_method = spec.ACCESS_CONTROL_REQUEST_METHOD
        vary_preflight = spec.ACCESS_CONTROL_REQUEST_HEADERS
        vary_refused_method = f"{vary_method}, {vary_preflight}"
        if "*" in names:
            vary_preflight = vary_refused_method

    # Requests without Origin (always_send): flask-cors answers "*" for any origin without
    # credentials, else the first configured origin, in sort order, that is not a pattern.
    fallback = None
    if options.always_send:
        if matcher.allows_any:
            fallback = None if credentials else "*"
        else:
            listed = sorted(
                rule.source
                for rule in matcher.rules
                if rule.kind == "exact" and isinstance(rule.source, str) and not REGEX_HINTS.intersection(rule.source)
            )
            fallback = listed[0] if listed else None
    policy = Policy(
        options=options,
        origins=matcher,
        headers=compile_headers(options.allow_headers, "allow_headers", []),
        methods=names,
        methods_text=", ".join(sorted(options.methods)),
        any_method="*" in names,
        static_wildcard=static_wildcard,
        vary_origin=vary,
        vary_field=vary_field,
        actual_tail=tuple(actual_tail),
        max_age=max_age,
        fallback_origin=fallback,
        without_origin=Decision("none", (), vary),
        vary_preflight=vary_preflight,
        vary_refused_method=vary_refused_method,
    )
    if fallback is not None:
        # Frozen: the precomputed answer to a plain request without Origin is set once, here.
        object.__setattr__(policy, "without_origin", policy._answer("none", fallback, None, None, None))
    return policy


class PolicyCompiler:
    """Compiles merged option mappings into policies, sharing work between identical inputs.

    A configuration with 500 resources and one list of 10,000 origins reads and compiles that list
    once: the policies of resources that override nothing are one object, and the others share the
    origin matcher. Keys are ``id()`` of the raw values, which this object keeps alive.
    """

    def __init__(self) -> None:
        self._policies: dict[tuple[int, ...], Policy] = {}
        self._rules: dict[int, tuple[OriginRule, ...]] = {}
        self._probes: dict[tuple[OriginRule, bool], list[Problem]] = {}
        self._matchers: dict[int, OriginMatcher] = {}
        self._alive: list[Any] = []

    def compile(self, merged: dict[str, Any], problems: list[Problem], where: str = "") -> Policy | None:
        key = tuple(id(merged[name]) for name in DEFAULTS if name != "resources")
        policy = self._policies.get(key)
        if policy is not None:
            return policy
        self._alive.append(merged)
        options = normalise(merged, problems, where, self._rules, self._probes)
        if options is None:
            return None
        matcher = self._matchers.get(id(options.origins))
        if matcher is None:
            matcher = self._matchers[id(options.origins)] = compile_origins(options.origins)
            self._alive.append(options.origins)
        policy = self._policies[key] = compile_policy(options, matcher)
        return policy
