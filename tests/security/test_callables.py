"""Callable origins are asked on every request (issue 18, item 2).

A callable may read the request (``flask.request.host`` for a multi-tenant app) or mutable state (an
allow-list in a database), so its answer for one Origin is not its answer for the next request with
the same Origin. Only a callable wrapped in :func:`flask_cors.origin_only`, which declares that it
depends on the origin alone, has its answers remembered per origin.
"""

from __future__ import annotations

import pytest

from flask import Flask, request
from flask_cors import CORS, origin_only
from tests.helpers import cors_headers, get, preflight

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]

MALLORY = "https://mallory.example"
PARTNER = "https://partner.example"
GRANTED = {"Access-Control-Allow-Origin": MALLORY, "Access-Control-Allow-Credentials": "true", "Vary": "Origin"}
REFUSED = {"Vary": "Origin"}


def app_with(origins: object, **options: object) -> Flask:
    app = Flask("callables")
    app.add_url_rule("/", "index", lambda: "ok", methods=["GET", "PUT"])
    CORS(app, origins=origins, supports_credentials=True, **options)
    return app


class TestCallableAnswersAreNotCached:
    def test_multi_tenant_callable_is_asked_for_each_tenant_host(self) -> None:
        # Tenant a.example lists mallory's origin; tenant b.example does not.
        tenants = {"a.example": {MALLORY}, "b.example": set()}
        app = app_with([lambda origin: origin in tenants.get(request.host, ())])
        client = app.test_client()
        assert cors_headers(client.get("/", headers={"Origin": MALLORY}, base_url="http://a.example")) == GRANTED
        assert cors_headers(client.get("/", headers={"Origin": MALLORY}, base_url="http://b.example")) == REFUSED
        assert cors_headers(client.get("/", headers={"Origin": MALLORY}, base_url="http://a.example")) == GRANTED

    def test_emptied_allow_list_takes_effect_on_the_next_request(self) -> None:
        allowed = {MALLORY}
        app = app_with([allowed.__contains__])
        client = app.test_client()
        assert cors_headers(get(client, "/", MALLORY)) == GRANTED
        allowed.clear()
        assert cors_headers(get(client, "/", MALLORY)) == REFUSED
        allowed.add(MALLORY)
        assert cors_headers(get(client, "/", MALLORY)) == GRANTED

    def test_callable_is_called_once_per_request(self) -> None:
        calls: list[str] = []

        def is_allowed(origin: str) -> bool:
            calls.append(origin)
            return True

        client = app_with([is_allowed]).test_client()
        for _ in range(3):
            get(client, "/", MALLORY)
        preflight(client, "/", MALLORY)
        assert calls == [MALLORY] * 4

    def test_listed_origins_next_to_a_callable_are_still_allowed(self) -> None:
        allowed: set[str] = set()
        client = app_with([PARTNER, allowed.__contains__]).test_client()
        assert cors_headers(get(client, "/", PARTNER))["Access-Control-Allow-Origin"] == PARTNER
        assert cors_headers(get(client, "/", MALLORY)) == REFUSED


class TestOriginOnly:
    def test_declared_callable_is_asked_once_per_origin(self) -> None:
        calls: list[str] = []

        @origin_only
        def is_partner(origin: str) -> bool:
            calls.append(origin)
            return origin == MALLORY

        client = app_with([is_partner]).test_client()
        for _ in range(3):
            assert cors_headers(get(client, "/", MALLORY)) == GRANTED
            assert cors_headers(get(client, "/", PARTNER)) == REFUSED
        assert calls == [MALLORY, PARTNER]

    def test_declared_callable_keeps_its_answer_until_restart(self) -> None:
        # The documented cost of the declaration: a changed answer is not seen by this policy.
        allowed = {MALLORY}
        client = app_with([origin_only(allowed.__contains__)]).test_client()
        assert cors_headers(get(client, "/", MALLORY)) == GRANTED
        allowed.clear()
        assert cors_headers(get(client, "/", MALLORY)) == GRANTED

    def test_one_undeclared_callable_turns_the_memo_off(self) -> None:
        calls: list[str] = []
        declared = origin_only(lambda origin: calls.append("declared") or False)
        undeclared = lambda origin: calls.append("undeclared") or False  # noqa: E731
        client = app_with([declared, undeclared]).test_client()
        get(client, "/", MALLORY)
        get(client, "/", MALLORY)
        assert calls == ["declared", "undeclared"] * 2

    def test_origin_only_is_a_callable_that_says_what_it_wraps(self) -> None:
        def is_partner(origin: str) -> bool:
            return origin == PARTNER

        declared = origin_only(is_partner)
        assert (declared(PARTNER), declared(MALLORY)) == (True, False)
        assert repr(declared) == f"origin_only({is_partner.__qualname__})"
        assert repr(origin_only({PARTNER}.__contains__)) == "origin_only(set.__contains__)"
        assert origin_only(declared) is declared

    def test_origin_only_refuses_what_is_not_callable(self) -> None:
        with pytest.raises(TypeError, match=r"^origin_only\(\) takes a callable origin -> bool, got str$"):
            origin_only("https://partner.example")  # type: ignore[arg-type]
