"""Dangerous or meaningless configurations are refused at start-up; risky ones warn once."""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cross_origin

# Every test body runs on Flask and on Quart (tests/conftest.py, on_framework).
pytestmark = [pytest.mark.security, pytest.mark.usefixtures("on_framework")]


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        # What flask-cors 6.0.5 refuses too: an invalid regular expression, send_wildcard with
        # credentials and any origin, resources of a shape it cannot read.
        ({"origins": "https://(a"}, ["cors.E005"]),
        ({"origins": "*.example.com"}, ["cors.E005"]),
        ({"resources": r"/api/(", "origins": "https://a.example"}, ["cors.E005"]),
        ({"allow_headers": "X-(a"}, ["cors.E005"]),
        ({"send_wildcard": True, "supports_credentials": True}, ["cors.E009"]),
        ({"send_wildcard": True, "supports_credentials": True, "origins": ["*", "https://a.example"]}, ["cors.E009"]),
        ({"resources": 42}, ["cors.E002"]),
        ({"resources": {"/api/*": "https://a.example"}}, ["cors.E002"]),
        # Security: another site let in with credentials, a worker stalled by one request.
        ({"origins": r"https://.*example\.com", "supports_credentials": True}, ["cors.E013"]),
        ({"origins": r"https://(a+)+\.example\.com"}, ["cors.E014"]),
    ],
)
def test_refused_with_code_option_and_fix(options: dict[str, Any], codes: list[str]) -> None:
    with pytest.raises(ConfigurationError) as caught:
        CORS(Flask("refused"), **options)
    assert list(caught.value.codes) == codes
    for problem in caught.value.problems:
        assert problem.hint
        assert problem.option.split(".")[-1].split("[")[0] in {*options, "cross_origin"}
        assert f"Fix: {problem.hint}" in str(caught.value)


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        # Everything else flask-cors starts with starts, with one warning that says what the value
        # does and the fix. The retired error code is in the comment.
        ({"origin": "https://a.example"}, ["cors.W051"]),  # E001
        ({"support_credentials": True}, ["cors.W051"]),  # E001
        ({"send_wildcard": "yes"}, ["cors.W052"]),  # E002
        ({"origins": "https://a.example/"}, ["cors.W053"]),  # E003
        ({"origins": "https://a.example/app"}, ["cors.W053"]),  # E003
        ({"origins": "a.example"}, ["cors.W054"]),  # E004
        ({"max_age": -1}, ["cors.W056"]),  # E006
        ({"methods": "GET POST"}, ["cors.W057"]),  # E007
        ({"allow_headers": ["X Token"]}, ["cors.W058"]),  # E008
        ({"send_wildcard": True, "supports_credentials": True, "origins": "https://a.example"}, ["cors.W059"]),
        ({"resources": "api/*"}, ["cors.W060"]),  # E010
        ({"resources": "}"}, ["cors.W060"]),  # E010
        ({"origins": "https://*.com"}, ["cors.W061"]),  # E011
        ({"origins": "https://a.example", "supports_credentials": True, "expose_headers": "*"}, ["cors.W062"]),  # E012
    ],
)
def test_what_flask_cors_starts_with_starts_with_one_warning(options: dict[str, Any], codes: list[str]) -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        CORS(Flask("started"), **options)
    assert [str(w.message).split("]")[0][1:] for w in record] == codes
    assert all(issubclass(w.category, CORSWarning) and " Fix: " in str(w.message) for w in record)
    assert all(w.filename == __file__ for w in record)  # points at the user's CORS() call


def test_warnings_become_start_up_failures_under_the_standard_filter() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CORSWarning)
        with pytest.raises(CORSWarning, match=r"^\[cors\.W051\] support_credentials=True"):
            CORS(Flask("strict"), support_credentials=True)


def test_warning_filter_on_the_command_line_refuses_to_start(tmp_path: Any) -> None:
    import subprocess
    import sys

    script = tmp_path / "app.py"
    script.write_text(
        "from flask import Flask\nfrom flask_cors import CORS\nCORS(Flask('x'), support_credentials=True)\nprint('started')\n"
    )
    loose = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert (loose.returncode, loose.stdout) == (0, "started\n")
    assert "CORSWarning: [cors.W051] support_credentials=True" in loose.stderr
    # Python reads -W before site-packages can be imported, so a category of an installed package
    # (-W error::flask_cors.CORSWarning) is ignored there; every message starts with "[cors.".
    strict = subprocess.run(
        [sys.executable, "-W", "error:[cors.:UserWarning", str(script)], capture_output=True, text=True, check=False
    )
    assert (strict.returncode, strict.stdout) == (1, "")
    assert "flask_cors._errors.CORSWarning: [cors.W051] support_credentials=True" in strict.stderr


@pytest.mark.parametrize(
    ("options", "category", "code"),
    [
        ({"supports_credentials": True}, InsecureConfigurationWarning, "cors.W001"),
        (
            {"origins": ["null", "https://a.example"], "supports_credentials": True},
            InsecureConfigurationWarning,
            "cors.W007",
        ),
        ({"max_age": 100_000}, CORSWarning, "cors.W010"),
        ({"origins": r"https://app.example.com"}, CORSWarning, None),
        ({"origins": "https://.*.example.com"}, InsecureConfigurationWarning, "cors.W005"),
    ],
)
def test_risky_configuration_warns_once(options: dict[str, Any], category: type[Warning], code: str | None) -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        CORS(Flask("risky"), resources={f"/r{i}/*": {} for i in range(20)}, **options)
    found = [w for w in record if issubclass(w.category, CORSWarning)]
    if code is None:
        assert found == []  # a plain exact origin is not risky
    else:
        assert len(found) == 1
        assert issubclass(found[0].category, category)
        assert re.match(rf"\[{re.escape(code)}\]", str(found[0].message))
        assert found[0].filename == __file__  # points at the user's CORS() call


def test_decorator_checks_at_decoration_time() -> None:
    with pytest.warns(CORSWarning) as record:
        cross_origin(origins=["https://a.example/"], max_age="soon")
    assert [str(w.message)[1:10] for w in record] == ["cors.W053", "cors.W056"]
    with pytest.raises(ConfigurationError) as caught:
        cross_origin(origins=[r"https://(a+)+\.example\.com"])
    assert caught.value.codes == ("cors.E014",)
