"""The tools on Quart: ``quart cors routes|check|explain``, flask_cors.testing on Quart's own test
client (async), route introspection and checks over ``@app.websocket`` routes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from quart.cli import ScriptInfo

from flask_cors import CORS, cross_origin
from flask_cors.quart_plugin import cors_group
from flask_cors.testing import (
    assert_cors_allowed,
    assert_cors_blocked,
    check_configuration,
    route_policies,
    simulate_fetch,
)
from quart import Quart, websocket

A = "https://app.example.com"
EVIL = "https://evil.example"


def api(**options: object) -> Quart:
    """A plain Quart app (Quart's own async test client): an API, a decorated view, a WebSocket."""
    app = Quart("api")

    @app.route("/api/items", methods=["GET", "PUT"])
    async def items() -> str:
        return "items"

    @app.route("/view")
    @cross_origin(origins=["https://v.example"])
    async def view() -> str:
        return "view"

    @app.websocket("/ws")
    async def ws() -> None:
        await websocket.send("x")

    CORS(app, **options)
    return app


def invoke(app: Quart, *args: str) -> Result:
    return CliRunner().invoke(cors_group, list(args), obj=ScriptInfo(create_app=lambda: app))


class TestTestingHelpersOnQuartsClient:
    def test_allowed_and_blocked_from_a_synchronous_test(self) -> None:
        client = api(resources={"/api/*": {"origins": [A]}}).test_client()
        result = assert_cors_allowed(
            client, "/api/items", A, method="PUT", headers={"Content-Type": "application/json"}
        )
        assert [exchange.request.method for exchange in result.exchanges] == ["OPTIONS", "PUT"]
        blocked = assert_cors_blocked(client, "/api/items", EVIL)
        assert blocked.reason == "No 'Access-Control-Allow-Origin' header is present on the requested resource."

    def test_helpers_work_inside_a_running_event_loop(self) -> None:
        """An async test (pytest-asyncio, Quart's own tests) calls the same helpers."""
        app = api(resources={"/api/*": {"origins": [A]}})

        async def an_async_test() -> tuple[bool, bool]:
            client = app.test_client()
            allowed = simulate_fetch(client, "/api/items", A, "PUT")
            refused = simulate_fetch(client, "/api/items", EVIL, "PUT")
            return allowed.allowed, refused.allowed

        assert asyncio.run(an_async_test()) == (True, False)


class TestIntrospectionAndChecks:
    def test_routes_name_websocket_routes_and_their_guard(self) -> None:
        rows = {route.rule: (route.kind, route.websocket, route.guards_websockets) for route in route_policies(api())}
        assert rows == {
            "/api/items": ("resource", False, True),
            "/view": ("view", False, True),
            "/ws": ("resource", True, True),
            "/static/<path:filename>": ("resource", False, True),
        }

    def test_uncovered_websocket_route_is_found(self) -> None:
        codes = [finding.code for finding in check_configuration(api(resources=r"/api/*", origins=[A]))]
        assert codes == ["cors.W030"]

    def test_covered_websocket_route_is_not(self) -> None:
        assert check_configuration(api(origins=[A])) == []


class TestQuartCommands:
    def test_routes(self) -> None:
        result = invoke(api(resources=r"/api/*", origins=[A]), "routes", "--json")
        assert result.exit_code == 0, result.output
        rows = {
            row["rule"]: (row["kind"], row["websocket"], row["websocket_guard"]) for row in json.loads(result.output)
        }
        assert rows == {
            "/api/items": ("resource", False, True),
            "/view": ("view", False, True),
            "/ws": ("none", True, False),
            "/static/<path:filename>": ("none", False, False),
        }

    def test_check_exit_status_and_codes(self) -> None:
        result = invoke(api(resources=r"/api/*", origins=[A]), "check", "--json", "--strict")
        assert result.exit_code == 1
        assert [finding["code"] for finding in json.loads(result.output)] == ["cors.W030"]
        assert invoke(api(origins=[A]), "check").output == "No problems found.\n"

    def test_explain_verdicts(self) -> None:
        app = api(origins=[A])
        allowed = invoke(app, "explain", "/api/items", "-o", A, "-X", "PUT", "-H", "Content-Type: application/json")
        assert allowed.exit_code == 0, allowed.output
        assert allowed.output.splitlines()[-1] == "allowed"
        blocked = invoke(app, "explain", "/api/items", "-o", EVIL)
        assert blocked.exit_code == 1
        assert blocked.output.splitlines()[-2:] == [
            "blocked: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            f"Why: resource '/*' (matches every path): origin {EVIL!r} is not allowed",
        ]

    def test_the_quart_command_finds_them_through_its_entry_point(self, tmp_path: Path) -> None:
        (tmp_path / "served.py").write_text(
            f"from quart import Quart\nfrom flask_cors import CORS\napp = Quart(__name__)\nCORS(app, origins=[{A!r}])\n"
        )
        quart = Path(sys.executable).with_name("quart")
        environment = {**os.environ, "QUART_APP": "served"}
        completed = subprocess.run(
            [str(quart), "cors", "check"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60
        )
        assert (completed.returncode, completed.stdout) == (0, "No problems found.\n"), completed.stderr


@pytest.mark.parametrize("command", ["routes", "check", "explain"])
def test_every_flask_command_has_its_quart_twin(command: str) -> None:
    from flask_cors.cli import cors_group as flask_group

    twin, original = cors_group.commands[command], flask_group.commands[command]
    assert [param.name for param in twin.params] == [param.name for param in original.params]
    assert twin.help == original.help
