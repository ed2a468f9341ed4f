"""Cross-origin configuration for the public booking API.

The booking widget is embedded on partner and franchisee websites, and
calls the API with the customer's session cookie.
"""
from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, Authorization, X-Requested-With, X-Booking-Channel"
PREFLIGHT_MAX_AGE = "600"


def _apply_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def init_cors(app: Flask) -> None:
    app.after_request(_apply_cors_headers)
