"""Dangerous or meaningless configurations are refused at start-up; risky ones warn once."""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest

from flask import Flask
from flask_cors import CORS, ConfigurationError, CORSWarning, InsecureConfigurationWarning, cross_origin

pytestmark = pytest.mark.security


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        ({"origin": "https://a.example"}, ["cors.E001"]),
        ({"supports_credentials": "false"}, ["cors.E002"]),
        ({"send_wildcard": "yes"}, ["cors.E002"]),
        ({"origins": "https://a.example/"}, ["cors.E003"]),
        ({"origins": "https://a.example/app"}, ["cors.E003"]),
        ({"origins": "a.example"}, ["cors.E004"]),
        ({"origins": "https://(a"}, ["cors.E005"]),
        ({"resources": r"/api/(", "origins": "https://a.example"}, ["cors.E005"]),
        ({"max_age": -1}, ["cors.E006"]),
        ({"methods": "GET POST"}, ["cors.E007"]),
        ({"allow_headers": ["X Token"]}, ["cors.E008"]),
        ({"send_wildcard": True, "supports_credentials": True, "origins": "https://a.example"}, ["cors.E009"]),
        ({"resources": "api/*"}, ["cors.E010"]),
        ({"origins": "*.example.com"}, ["cors.E011"]),
        ({"origins": "https://*.com"}, ["cors.E011"]),
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


def test_decorator_refuses_at_decoration_time() -> None:
    with pytest.raises(ConfigurationError) as caught:
        cross_origin(origins=["https://a.example/"], max_age="soon")
    assert caught.value.codes == ("cors.E003", "cors.E006")
