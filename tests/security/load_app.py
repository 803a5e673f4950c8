"""The app the load test serves with gunicorn: CORS with credentials for two listed origins."""

from __future__ import annotations

from flask import Flask, request
from flask_cors import CORS

app = Flask("load")
CORS(
    app,
    origins=["https://a.example", "https://b.example", "https://*.c.example"],
    supports_credentials=True,
    max_age=60,
)


@app.route("/echo", methods=["GET", "PUT"])
def echo() -> str:
    return request.headers.get("Origin", "")
