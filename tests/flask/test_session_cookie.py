"""The session cookie the tools judge is the one the app really writes (issue 19).

``flask_cors.extension.session_set_cookie`` renders the session cookie through the app's session
interface and Werkzeug, without a request. Each test compares it with the ``Set-Cookie`` a view
that signs a user in really sends, on whichever Flask and Werkzeug the run has (the nox matrix
covers Flask 2.3, 3.0 and 3.1), so the two cannot drift apart.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest
from flask.sessions import SecureCookieSessionInterface

from flask import Flask, session
from flask_cors import CORS, InsecureConfigurationWarning
from flask_cors.extension import session_cookie, session_set_cookie
from flask_cors.testing import check_configuration


def _signed_in(app: Flask) -> str:
    """The ``Set-Cookie`` of a real sign-in, its value emptied (the rendering has no session data)."""

    @app.post("/login")
    def login() -> str:
        session["user"] = "ada"
        return "ok"

    header = app.test_client().post("/login").headers["Set-Cookie"]
    return re.sub(r"^([^=]*)=[^;]*", r"\1=", header)


CONFIGS = [
    pytest.param({}, id="flask-defaults"),
    pytest.param({"SESSION_COOKIE_SAMESITE": "Lax"}, id="lax"),
    pytest.param({"SESSION_COOKIE_SAMESITE": "Strict", "SESSION_COOKIE_SECURE": True}, id="strict-secure"),
    pytest.param({"SESSION_COOKIE_SAMESITE": "None"}, id="none"),
    pytest.param({"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True}, id="none-secure"),
    pytest.param({"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_PARTITIONED": True}, id="none-partitioned"),
    pytest.param({"SESSION_COOKIE_PARTITIONED": True}, id="partitioned-only"),
    pytest.param({"SESSION_COOKIE_DOMAIN": ".Example.NET", "SESSION_COOKIE_NAME": "sid"}, id="domain-and-name"),
    pytest.param({"APPLICATION_ROOT": "/api", "SESSION_COOKIE_HTTPONLY": False}, id="application-root"),
    pytest.param({"SESSION_COOKIE_PATH": "/admin", "APPLICATION_ROOT": "/api"}, id="cookie-path"),
]


@pytest.mark.parametrize("config", CONFIGS)
def test_the_rendered_session_cookie_is_the_one_a_sign_in_sets(config: dict[str, Any]) -> None:
    app = Flask("rendered")
    app.config.update(SECRET_KEY="not a secret", **config)
    assert session_set_cookie(app) == _signed_in(app)


def test_a_custom_session_interface_is_read_through_its_own_settings() -> None:
    class CrossSite(SecureCookieSessionInterface):
        def get_cookie_samesite(self, app: Flask) -> str:
            return "None"

        def get_cookie_secure(self, app: Flask) -> bool:
            return True

    app = Flask("custom")
    app.config["SECRET_KEY"] = "not a secret"
    app.session_interface = CrossSite()
    assert session_set_cookie(app) == _signed_in(app)
    assert session_cookie(app).describe() == "session; Path=/; Secure; HttpOnly; SameSite=None"


def test_partitioned_without_secure_is_no_w022_where_werkzeug_adds_secure() -> None:
    """Issue 19: SESSION_COOKIE_PARTITIONED=True with Secure unset is sent Secure by Werkzeug (Flask 3.1).

    Before, start-up and check said cors.W022 ("browsers reject it") for a cookie Chromium stores
    and sends. Flask 2.3 and 3.0 write no Partitioned, so there the cookie really is
    SameSite=None without Secure, and cors.W022 stays.
    """
    app = Flask("partitioned")
    app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_PARTITIONED=True)
    partitioned = "Partitioned" in session_set_cookie(app)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        CORS(app, origins=["https://app.example.net"], supports_credentials=True)
    codes = [finding.code for finding in check_configuration(app)]
    if partitioned:
        assert (caught, codes) == ([], [])
    else:
        assert [type(warning.message) for warning in caught] == [InsecureConfigurationWarning]
        assert codes == ["cors.W022"]
