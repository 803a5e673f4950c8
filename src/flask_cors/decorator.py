"""``@cross_origin``: a policy of its own for one view."""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING, Any, Callable, TypeVar, overload
from weakref import WeakKeyDictionary

from flask import Flask, Request, after_this_request, current_app, request

from ._errors import VALUE_WARNINGS, Problem, raise_or_warn
from ._options import DEFAULTS, check_names, merge_layers, normalise, options_from_config
from ._policy import Policy, PolicyCompiler
from .extension import VIEW_MARKER, apply_policy, is_handshake, refuse_handshake

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._typing import CrossOriginOptions

F = TypeVar("F", bound=Callable[..., Any])


class ViewPolicy:
    """What ``@cross_origin`` records on a view: its options, compiled once per app on first use."""

    def __init__(self, options: dict[str, Any], value_warnings: tuple[Problem, ...] = ()) -> None:
        self.options = options
        #: The warnings about how values were read when the view was decorated, for ``flask cors check``.
        self.value_warnings = value_warnings
        self._last: tuple[Flask, Policy] | None = None
        self._by_app: WeakKeyDictionary[Flask, Policy] = WeakKeyDictionary()

    def policy_for(self, app: Flask) -> Policy:
        """The view's options merged with ``app``'s ``CORS_*`` config, compiled on first use."""
        last = self._last
        if last is not None and last[0] is app:
            return last[1]
        policy = self._by_app.get(app)
        if policy is None:
            problems: list[Problem] = []
            merged = merge_layers(options_from_config(app.config, []), self.options)
            compiled = PolicyCompiler().compile(merged, problems)
            # Warnings about the decorator's own options were given when the view was decorated.
            raise_or_warn([problem for problem in problems if problem.is_error])
            assert compiled is not None
            policy = self._by_app[app] = compiled
        self._last = (app, policy)
        return policy


@overload
def cross_origin(__view: F) -> F: ...
@overload
def cross_origin(**options: Unpack[CrossOriginOptions]) -> Callable[[F], F]: ...
def cross_origin(*args: Any, **options: Any) -> Any:
    """Give one view its own CORS policy.

    Takes the same options as :class:`~flask_cors.CORS` except ``resources``; they are checked
    now, and merged with the app's ``CORS_*`` config keys once per app, on first use. The view's
    error responses (``abort()``, exceptions) carry its CORS headers too. With
    ``automatic_options`` (the default) the view answers ``OPTIONS`` itself instead of Flask. If
    :class:`~flask_cors.CORS` is also set up on the app (``CORS(app, resources=[])`` covers no path
    of its own), its preflights are answered before the app's ``before_request`` hooks run, so an
    authentication hook cannot refuse them, and the hooks' errors carry its headers too. This
    policy wins over any resource pattern.

    WebSocket handshakes from origins the policy refuses (``guard_websockets``) get ``403``: with
    ``CORS(app)`` before the app's ``before_request`` hooks; without it, in this wrapper, after
    the hooks and before the view's body. flask-sock accepts the connection before the function
    it wraps runs, so a flask-sock route needs ``CORS(app)`` (``resources=[]`` is enough) for
    the check; ``flask cors check`` warns otherwise (``cors.W030``).

    Works on sync and async views, with or without parentheses.
    """
    if len(args) == 1 and callable(args[0]) and not options:
        return cross_origin()(args[0])
    problems: list[Problem] = []
    if args:
        problems.append(
            Problem(
                "cors.W051",
                "cross_origin",
                args,
                "takes keyword options only: positional arguments are ignored, as in flask-cors.",
                "e.g. @cross_origin(origins=['https://app.example.com']).",
            )
        )
    check_names(options, "", problems, allow_resources=False)
    # Unknown names are ignored (cors.W051), as flask-cors ignores them.
    known = {name: value for name, value in options.items() if name in DEFAULTS and name != "resources"}
    normalise(merge_layers(known), problems)
    raise_or_warn(problems)
    marker = ViewPolicy(known, tuple(problem for problem in problems if problem.code in VALUE_WARNINGS))

    def decorate(view: F) -> F:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def wrapper(*args: Any, **kwargs: Any) -> Any:
                early = _enter(marker)
                return early if early is not None else await view(*args, **kwargs)

        else:

            @functools.wraps(view)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                early = _enter(marker)
                return early if early is not None else view(*args, **kwargs)

        setattr(wrapper, VIEW_MARKER, marker)
        if options.get("automatic_options", True):
            # Documented in Flask's add_url_rule: take OPTIONS from Flask and answer it here.
            wrapper.required_methods = set(getattr(view, "required_methods", ())) | {"OPTIONS"}  # type: ignore[attr-defined]
            wrapper.provide_automatic_options = False  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def _enter(marker: ViewPolicy) -> Any:
    """Run before the view: make sure the headers get written, and answer OPTIONS when automatic."""
    try:
        app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    except RuntimeError:  # no Flask app: a Quart view (its adapter imports Quart)
        from ._quart import enter_view

        return enter_view(marker)
    req: Request = request._get_current_object()  # type: ignore[attr-defined]
    if "cors" not in app.extensions:
        policy = marker.policy_for(app)
        # Without CORS(app) nothing ran before the app's before_request hooks: refuse a WebSocket
        # handshake here, before the view (CORS(app, resources=[]) moves this before the hooks).
        if "HTTP_UPGRADE" in req.environ and is_handshake(req):
            refused = refuse_handshake(app, policy, req)
            if refused is not None:
                return refused
        # after_this_request callbacks also run for abort() and unhandled errors.
        after_this_request(lambda response: apply_policy(policy, response, req))
    elif req.method != "OPTIONS":
        # CORS(app) is set up: its hooks find this view's policy by the endpoint, answer its
        # preflights before the app's before_request hooks and write its headers.
        return None
    else:
        policy = marker.policy_for(app)
    if req.method == "OPTIONS" and policy.options.automatic_options:
        return app.make_default_options_response()
    return None
