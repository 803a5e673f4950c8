"""``allow_private_network``: answering Access-Control-Request-Private-Network."""

from __future__ import annotations

import unittest

from cors_case import ALLOW_PRIVATE_NETWORK, REQUEST_PRIVATE_NETWORK, CorsTestCase, add_plain_route

from flask import Flask
from flask_cors import CORS, cross_origin

ASKS = {REQUEST_PRIVATE_NETWORK: "true"}


class PrivateNetworkTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)

        @self.app.route("/lan_allowed")
        @cross_origin(allow_private_network=True)
        def lan_allowed() -> str:
            return "lan"

        @self.app.route("/lan_denied")
        @cross_origin(allow_private_network=False)
        def lan_denied() -> str:
            return "no lan"

        @self.app.route("/default")
        @cross_origin()
        def default() -> str:
            return "default"

    def test_allowed_on_preflight(self) -> None:
        resp = self.preflight("/lan_allowed", origin="www.example.com", headers=ASKS)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")

    def test_allowed_preflight_with_full_origin(self) -> None:
        resp = self.preflight("/lan_allowed", origin="https://app.example.com", headers=ASKS)
        self.assertAllowOrigin(resp, "https://app.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")

    def test_allowed_on_actual_request(self) -> None:
        resp = self.get("/lan_allowed", origin="www.example.com", headers=ASKS)
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")

    def test_not_asked(self) -> None:
        resp = self.preflight("/lan_allowed", origin="www.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, None)

    def test_asked_with_other_value(self) -> None:
        resp = self.preflight("/lan_allowed", origin="www.example.com", headers={REQUEST_PRIVATE_NETWORK: "false"})
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, None)

    def test_denied_not_asked(self) -> None:
        resp = self.get("/lan_denied", origin="www.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, None)

    def test_denied_on_preflight(self) -> None:
        resp = self.preflight("/lan_denied", origin="www.example.com", headers=ASKS)
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "false")

    def test_default_on_actual_request(self) -> None:
        resp = self.get("/default", origin="www.example.com", headers=ASKS)
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "false")

    def test_default_without_origin(self) -> None:
        resp = self.get("/default")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, None)


class ExtensionPrivateNetworkTestCase(CorsTestCase):
    def setUp(self) -> None:
        self.app = Flask(__name__)
        CORS(self.app, allow_private_network=True)
        add_plain_route(self.app, "/device/status")

    def test_preflight_from_schemeless_origin(self) -> None:
        resp = self.preflight("/device/status", origin="www.example.com", headers=ASKS)
        self.assertAllowOrigin(resp, "www.example.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")

    def test_preflight_from_full_origin(self) -> None:
        resp = self.preflight("/device/status", origin="http://foo.com", headers=ASKS)
        self.assertAllowOrigin(resp, "http://foo.com")
        self.assertHeader(resp, ALLOW_PRIVATE_NETWORK, "true")


if __name__ == "__main__":
    unittest.main()
