"""Chromium's console wording for CORS failures, written out independently of flask_cors._browser.

Expected values for the tests of the browser simulation (tests/core/test_browser.py,
tests/flask/test_testing_helpers.py); tests/browser/test_simulation.py checks the simulation's
wording against a real Chromium's console.
"""

from __future__ import annotations

#: The line naming the browser that flask cors explain, check and flask_cors.testing speak for.
BROWSER_MODEL = (
    "Browser model: Chromium 156's rules and wording (verdicts also checked on Chromium 150), browser "
    "'no-third-party-cookies': third-party cookies blocked, as in Safari and in Chrome's Incognito, its setting and "
    "automation"
)

PREFLIGHT = "Response to preflight request doesn't pass access control check: "
MISSING = "No 'Access-Control-Allow-Origin' header is present on the requested resource."
VALID = " Have the server send the header with a valid value."
WILDCARD = (
    "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' "
    "when the request's credentials mode is 'include'."
)
NOT_OK_STATUS = "It does not have HTTP ok status."
PREFLIGHT_REDIRECT = "Redirect is not allowed for a preflight request."
UNPARSABLE_METHODS = "Cannot parse Access-Control-Allow-Methods response header field in preflight response."
UNPARSABLE_HEADERS = "Cannot parse Access-Control-Allow-Headers response header field in preflight response."


def multiple(value: str) -> str:
    return (
        f"The 'Access-Control-Allow-Origin' header contains multiple values '{value}', but only one is allowed.{VALID}"
    )


def invalid(value: str) -> str:
    return f"The 'Access-Control-Allow-Origin' header contains the invalid value '{value}'.{VALID}"


def mismatch(value: str) -> str:
    return f"The 'Access-Control-Allow-Origin' header has a value '{value}' that is not equal to the supplied origin.{VALID}"


def bad_credentials(value: str) -> str:
    return (
        f"The value of the 'Access-Control-Allow-Credentials' header in the response is '{value}' which must "
        "be 'true' when the request's credentials mode is 'include'."
    )


def method_not_allowed(method: str) -> str:
    return f"Method {method} is not allowed by Access-Control-Allow-Methods in preflight response."


def header_not_allowed(name: str) -> str:
    return f"Request header field {name} is not allowed by Access-Control-Allow-Headers in preflight response."
