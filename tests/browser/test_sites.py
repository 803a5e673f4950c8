"""Chromium decides, for pages on real-looking sites: look-alikes stay out once the start-up fix is applied,
and the request-time site rule keeps a name the pattern does not spell out from reading with credentials.

Every name resolves to 127.0.0.1 in this module's browser (``--host-resolver-rules``), so a page can
be served from ``http://app.example.com:<port>`` or ``http://evilexample.com:<port>``: each is a
site of its own for Chromium, as for the site rule (names under ``localhost`` are all this machine).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable

import pytest

from flask import Flask
from flask_cors import CORS, ConfigurationError
from tests.browser.conftest import Probe, launch_chromium

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Probe]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """This module's Chromium: every host name resolves to 127.0.0.1."""
    with launch_chromium(["--host-resolver-rules=MAP * 127.0.0.1", "--disable-features=HttpsUpgrades"]) as launched:
        yield launched


def api() -> Flask:
    app = Flask("browser_api")
    app.add_url_rule("/data", "data", lambda: "ok")
    return app


def readable(result: dict[str, Any]) -> bool:
    return result.get("ok") is True and result.get("body") == "ok"


def blocked(result: dict[str, Any]) -> bool:
    return result == {"ok": False, "error": "TypeError: Failed to fetch"}


def test_lookalike_pattern_fixed_as_the_start_up_error_suggests(open_page: OpenPage) -> None:
    # r"http://.*example\.com" with credentials lets http://evilexample.com in, so it does not start; the
    # error's fix allows the intended subdomain and blocks the look-alike.
    with pytest.raises(ConfigurationError) as caught:
        CORS(api(), origins=[r"http://.*example\.com"], supports_credentials=True)
    [problem] = caught.value.problems
    assert (problem.code, problem.fix) == ("cors.E013", r"http://([a-z0-9-]+\.)*example\.com")
    assert problem.message.startswith("admits 'http://evilexample.com' (lookalike: ")
    app = api()
    CORS(app, origins=[problem.fix], supports_credentials=True)
    assert readable(open_page(app, page_origin="app.example.com").fetch("/data", credentials="include"))
    assert blocked(open_page(app, page_origin="evilexample.com").fetch("/data", credentials="include"))


def test_a_name_the_pattern_does_not_spell_out_cannot_read_with_credentials(open_page: OpenPage) -> None:
    # The unescaped dot of "blah.com" admits "blahxcom", a name nobody can register, so start-up reports
    # nothing; the request-time rule still refuses it credentials, because it is not the site written.
    app = api()
    CORS(app, origins=[r"http://blah.com(:\d+)?"], supports_credentials=True)
    assert readable(open_page(app, page_origin="blah.com").fetch("/data", credentials="include"))
    assert blocked(open_page(app, page_origin="blahxcom").fetch("/data", credentials="include"))
    public = api()
    CORS(public, origins=[r"http://blah.com(:\d+)?"])
    assert readable(open_page(public, page_origin="blahxcom").fetch("/data"))
