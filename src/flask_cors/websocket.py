"""WebSocket servers that bypass Flask's request hooks: feed them the app's CORS policy.

``CORS(app)`` guards WebSocket handshakes that Flask routes (flask-sock, or a view that upgrades the
connection itself): see the ``guard_websockets`` option. Flask-SocketIO answers its own path
(``/socket.io/``) in WSGI middleware before Flask sees the request, and checks the Origin with its
own ``cors_allowed_origins`` setting. :func:`socketio_options` makes that setting ask the same
policy, so one list of origins serves both, and sets ``cors_credentials`` to match. ::

    from flask_socketio import SocketIO
    from flask_cors import CORS
    from flask_cors.websocket import socketio_options

    CORS(app, origins=["https://app.example.com"], supports_credentials=True)
    socketio = SocketIO(app, **socketio_options(app))

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Callable, Optional

from flask import Flask

from ._policy import evaluate_same_origin_websocket
from .extension import CORSState, carries_credentials, report_refusal

__all__ = ["socketio_options", "socketio_origins"]

OriginCheck = Callable[[Optional[str], Optional[Mapping[str, Any]]], bool]


def socketio_options(app: Flask, path: str = "/socket.io/", *, credentials: bool | None = None) -> dict[str, Any]:
    """Keyword arguments for ``SocketIO(app, ...)``: an origin check that asks ``app``'s CORS policy,
    and the ``cors_credentials`` it was built for.

    python-engineio answers every origin its check approves with that origin in
    ``Access-Control-Allow-Origin`` and, unless ``cors_credentials=False``, with
    ``Access-Control-Allow-Credentials: true``. Passing both from here keeps the two in step.

    :param app: the Flask app whose ``CORS(...)`` configuration decides.
    :param path: the Socket.IO request path, ``"/socket.io/"`` unless ``SocketIO(path=...)`` changed it.
    :param credentials: the ``cors_credentials`` to use. None (the default) takes the
        ``supports_credentials`` of the policy that covers ``path`` now, or True when none does yet;
        a policy added later cannot widen it (see :func:`socketio_origins`).
    :returns: ``{"cors_allowed_origins": ..., "cors_credentials": ...}``.
    """
    if credentials is None:
        state: CORSState | None = app.extensions.get("cors")
        found = state.select(None, (), path) if state is not None else None
        credentials = found is None or found[0].options.supports_credentials
    return {
        "cors_allowed_origins": socketio_origins(app, path, credentials=credentials),
        "cors_credentials": credentials,
    }


def socketio_origins(app: Flask, path: str = "/socket.io/", *, credentials: bool = True) -> OriginCheck:
    """A ``cors_allowed_origins`` callable for Flask-SocketIO that asks ``app``'s CORS policy.

    python-engineio (under Flask-SocketIO 5) calls it as ``check(origin, environ)`` for every
    request with an Origin, WebSocket or long-polling, refuses with ``400`` when it returns False,
    and otherwise reflects the origin in ``Access-Control-Allow-Origin``, with
    ``Access-Control-Allow-Credentials: true`` when its ``cors_credentials`` is on (the default).
    The answer follows the rules of ``guard_websockets`` for the policy of ``CORS(app)`` that covers
    ``path``:

    * no Origin, or an Origin whose host and port equal the request's ``Host``: allowed;
    * an origin the policy allows (with the same credentials rules as CORS): allowed, except when
      the policy does not set ``supports_credentials`` and either ``credentials`` is True (Engine.IO
      would then grant a credentialed read the policy does not) or the request carries a ``Cookie``
      or ``Authorization`` header (the socket would act as the user);
    * anything else refused, logged at DEBUG and sent to ``cors_rejected`` like a refused handshake;
    * no policy covers ``path``, or its ``guard_websockets`` is off: same-origin only, as Engine.IO's
      own default.

    The policy is looked up on each call, so ``CORS(app)`` may come before or after ``SocketIO``.
    ``@cross_origin`` cannot cover ``path``: Flask-SocketIO's requests never reach a view.

    :param app: the Flask app whose ``CORS(...)`` configuration decides.
    :param path: the Socket.IO request path, ``"/socket.io/"`` unless ``SocketIO(path=...)`` changed it.
    :param credentials: must equal the ``cors_credentials`` given to ``SocketIO`` (python-engineio's
        default is True, and so is this one). :func:`socketio_options` passes both.
    """

    def check(origin: str | None, environ: Mapping[str, Any] | None = None) -> bool:
        host = environ.get("HTTP_HOST") if environ is not None else None
        state: CORSState | None = app.extensions.get("cors")
        found = state.select(None, (), path) if state is not None else None
        if found is not None and found[0].options.guard_websockets:
            carries = environ is not None and carries_credentials(environ)
            decision = found[0].evaluate_websocket(
                origin, host, carries_credentials=carries, adds_credentials=credentials
            )
        else:
            decision = evaluate_same_origin_websocket(origin, host)
        if decision.refused is None:
            return True
        method = environ.get("REQUEST_METHOD", "GET") if environ is not None else "GET"
        requested = environ.get("PATH_INFO", path) if environ is not None else path
        report_refusal(app, decision, method, requested, origin, host)
        return False

    return check
