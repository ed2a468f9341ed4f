"""CORS for the widgets API.

Origins are configured per deployment (WIDGET_ALLOWED_ORIGINS); requests from
anything else simply get no CORS headers.
"""
import os

from flask import Flask, request

ALLOWED_ORIGINS = frozenset(
    o.strip().rstrip("/") for o in os.environ.get("WIDGET_ALLOWED_ORIGINS", "").split(",") if o.strip()
)


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin and origin in ALLOWED_ORIGINS:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers.add("Vary", "Origin")
        return response
