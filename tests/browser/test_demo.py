"""The demo in headless Chromium: every button gives the verdict it promises, and the prediction agrees.

Set ``CORS_DEMO_SCREENSHOT=docs/img/demo.png`` to also save the screenshot shown in the docs::

    CORS_DEMO_SCREENSHOT=docs/img/demo.png bash scripts/test tests/browser/test_demo.py
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from demo.app import CALLS, Servers, start

pytestmark = pytest.mark.browser


@pytest.fixture
def demo() -> Iterator[Servers]:
    # The picture in the docs shows the ports the README names (start() falls back to free ones).
    ports = (5000, 8000) if os.environ.get("CORS_DEMO_SCREENSHOT") else (0, 0)
    running = start(*ports, quiet=True)
    try:
        yield running
    finally:
        running.stop()


def test_every_button_gets_its_promised_verdict(browser: Any, demo: Servers, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(demo.page_url)
        page.wait_for_selector(f"#call-{CALLS[-1].id}")
        page.click("#run-all")
        page.wait_for_selector("body[data-finished='yes']", timeout=30_000)
        results: dict[str, Any] = page.evaluate("window.results")
        status = page.inner_text("#status")
        kept = sorted(cookie["name"] for cookie in context.cookies())
        screenshot = os.environ.get("CORS_DEMO_SCREENSHOT")
        page.screenshot(path=screenshot or str(tmp_path / "demo.png"), full_page=True)
    finally:
        context.close()

    verdicts = {call.id: "allowed" if results[call.id]["browser"]["ok"] else "blocked" for call in CALLS}
    predictions = {call.id: "allowed" if results[call.id]["predicted"]["allowed"] else "blocked" for call in CALLS}
    assert verdicts == {call.id: call.expect for call in CALLS}
    assert predictions == verdicts
    assert status == f"{len(CALLS)} of {len(CALLS)} predictions match the browser"
    # The cookie set by "sign in" came back with the credentialed GET: the SPA-with-cookies path works.
    cookie = results["cookie"]["browser"]
    assert cookie["status"] == 200
    body = json.loads(cookie["body"])
    assert body["signed_in"] is True
    assert re.fullmatch(r"[0-9a-f]{16}", body["cookie_received"] or ""), body
    # One cookie travels and one does not, as the prediction says and for the reason it gives.
    assert body["prefs_received"] is None
    assert kept == ["demo_session"]
    lax_reason = (
        "it is SameSite=Lax and the request is cross-site (the page's site is http://localhost and the API's is "
        "http://127.0.0.1)"
    )
    assert results["sign-in"]["predicted"]["set_cookies"] == [
        "demo_session: stored",
        "demo_prefs: not stored: the request is cross-site and third-party cookies are blocked, as in Safari and in "
        "Chrome's Incognito, its setting and automation; only a Partitioned cookie would go",
    ]
    assert results["cookie"]["predicted"]["cookies"] == [
        "demo_session: sent",
        f"demo_prefs: not sent: {lax_reason}; third-party cookies are blocked too",
    ]
    assert results["cookie"]["predicted"]["verdict"] == "allowed, with the cookies demo_session (not sent: demo_prefs)"
    # Exposed headers are readable; error responses carry CORS headers but expose only safelisted ones.
    assert re.fullmatch(r"[0-9a-f]{8}", results["preflight"]["browser"]["headers"]["x-request-id"])
    assert results["not-found"]["browser"]["status"] == 404
    assert results["not-found"]["browser"]["headers"] == {"content-length": "24", "content-type": "application/json"}
