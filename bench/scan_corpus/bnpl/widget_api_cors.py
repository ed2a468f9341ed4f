"""CORS for the checkout widget API.

The widget script calls this API from the merchant's storefront with the
customer's device cookie, so only origins a merchant has registered in the
portal (exact scheme + host + port) are echoed back.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, request

from bnpl.merchants.origins import registered_origins

ALLOWED_HEADERS = "Content-Type, X-Checkout-Id"
ALLOWED_METHODS = "GET, POST, OPTIONS"


def _normalise(origin: str) -> str | None:
    parts = urlsplit(origin)
    if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/"):
        return None
    port = f":{parts.port}" if parts.port and parts.port != 443 else ""
    return f"https://{parts.hostname.lower()}{port}"


def _allowed(origin: str) -> bool:
    normalised = _normalise(origin)
    return normalised is not None and normalised in registered_origins()


def add_widget_cors(app: Flask) -> None:
    @app.after_request
    def _cors(response):
        response.headers.add("Vary", "Origin")
        origin = request.headers.get("Origin")
        if not origin or not request.path.startswith("/widget/"):
            return response
        if _allowed(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Max-Age"] = "600"
        return response
