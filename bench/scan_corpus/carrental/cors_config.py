"""CORS handling for the booking widget API.

Only origins registered for a partner or franchisee site may call the API
with the customer's session cookie.
"""
import os

from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, Authorization, X-Booking-Channel"


def _allowed_origins() -> frozenset[str]:
    raw = os.environ.get("BOOKING_WIDGET_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


def _apply_cors_headers(response):
    origin = request.headers.get("Origin")
    response.headers.add("Vary", "Origin")
    if origin and origin in _allowed_origins():
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = "600"
    return response


def init_cors(app: Flask) -> None:
    app.after_request(_apply_cors_headers)
