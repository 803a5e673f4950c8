"""WebSocket servers that bypass Flask's request hooks: feed them the app's CORS policy.

``CORS(app)`` guards WebSocket handshakes that Flask routes (flask-sock, or a view that upgrades the
connection itself): see the ``guard_websockets`` option. Flask-SocketIO answers its own path
(``/socket.io/``) in WSGI middleware before Flask sees the request, and checks the Origin with its
own ``cors_allowed_origins`` setting. :func:`socketio_origins` makes that setting ask the same
policy, so one list of origins serves both. ::

    from flask_socketio import SocketIO
    from flask_cors import CORS
    from flask_cors.websocket import socketio_origins

    CORS(app, origins=["https://app.example.com"], supports_credentials=True)
    socketio = SocketIO(app, cors_allowed_origins=socketio_origins(app))

.. versionadded:: 0.1
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Callable, Optional

from flask import Flask

from ._origins import is_same_origin_as_host
from .extension import CORSState

__all__ = ["socketio_origins"]

logger = logging.getLogger("flask_cors")

OriginCheck = Callable[[Optional[str], Optional[Mapping[str, Any]]], bool]


def socketio_origins(app: Flask, path: str = "/socket.io/") -> OriginCheck:
    """A ``cors_allowed_origins`` callable for Flask-SocketIO that asks ``app``'s CORS policy.

    python-engineio (under Flask-SocketIO 5) calls it as ``check(origin, environ)`` for every
    request with an Origin, WebSocket or long-polling, and refuses with ``400`` when it returns
    False. The answer follows the rules of ``guard_websockets`` for the policy of ``CORS(app)``
    that covers ``path``:

    * no Origin, or an Origin whose host and port equal the request's ``Host``: allowed;
    * an origin the policy allows (with the same credentials rules as CORS): allowed;
    * a policy with ``guard_websockets=False``: every origin allowed;
    * no policy covers ``path``: same-origin only (Engine.IO's own default).

    The policy is looked up on each call, so ``CORS(app)`` may come before or after ``SocketIO``.
    ``@cross_origin`` cannot cover ``path``: Flask-SocketIO's requests never reach a view.

    :param app: the Flask app whose ``CORS(...)`` configuration decides.
    :param path: the Socket.IO request path, ``"/socket.io/"`` unless ``SocketIO(path=...)`` changed it.
    """

    def check(origin: str | None, environ: Mapping[str, Any] | None = None) -> bool:
        host = environ.get("HTTP_HOST") if environ is not None else None
        state: CORSState | None = app.extensions.get("cors")
        found = state.select(None, (), path) if state is not None else None
        if found is None:
            allowed = origin is None or is_same_origin_as_host(origin, host)
        elif not found[0].options.guard_websockets:
            return True
        else:
            allowed = found[0].allows_websocket(origin, host)
        if not allowed and logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "CORS refused the Socket.IO connection to %r from %r (Host %r): %s",
                path,
                (origin or "")[:200],
                (host or "")[:200],
                "no CORS policy covers the path, and it is not the same origin"
                if found is None
                else found[0].evaluate_websocket(origin, host).reason(),
            )
        return allowed

    return check
