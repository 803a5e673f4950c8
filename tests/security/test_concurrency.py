"""Under a real threaded server, no response ever carries another request's origin."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = [pytest.mark.security, pytest.mark.slow]

ALLOWED = ["https://a.example", "https://b.example", "https://x.c.example", "https://y.z.c.example"]
REFUSED = ["https://evil.example", "https://a.example.evil.net", "null", "https://c.example"]
CLIENTS, REQUESTS_PER_CLIENT = 8, 250


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "gunicorn exited early"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("gunicorn did not start")


def hammer(port: int, client_index: int) -> list[str]:
    """Interleave allowed and refused origins, GETs and preflights; return every violation."""
    problems = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    origins = ALLOWED + REFUSED
    for i in range(REQUESTS_PER_CLIENT):
        origin = origins[(client_index + i) % len(origins)]
        preflight = i % 3 == 0
        headers = {"Origin": origin}
        if preflight:
            headers["Access-Control-Request-Method"] = "PUT"
        connection.request("OPTIONS" if preflight else "GET", "/echo", headers=headers)
        response = connection.getresponse()
        response.read()
        acao = response.getheaders() and [
            v for k, v in response.getheaders() if k.lower() == "access-control-allow-origin"
        ]
        expected = [origin] if origin in ALLOWED else []
        if response.status != 200 or acao != expected:
            problems.append(f"{origin} -> {response.status} {acao}")
    connection.close()
    return problems


def test_threaded_server_never_mixes_up_origins() -> None:
    port = free_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--threads",
            "8",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "tests.security.load_app:app",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        wait_until_listening(port, process)
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(lambda index: hammer(port, index), range(CLIENTS)))
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert [problem for problems in results for problem in problems] == []
