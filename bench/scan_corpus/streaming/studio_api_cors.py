"""CORS handling for the creator studio API.

The studio SPA and the desktop companion app are served from different
origins and call the API with the session cookie.
"""
from __future__ import annotations

import os

from flask import Flask, request

STUDIO_ORIGINS = frozenset(
    o.strip() for o in os.environ.get("STUDIO_ALLOWED_ORIGINS", "").split(",") if o.strip()
)


def install_cors(app: Flask, allowed: frozenset[str] = STUDIO_ORIGINS) -> None:
    @app.after_request
    def _cors(response):
        origin = request.headers.get("Origin")
        if origin and origin in allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRFToken"
        response.headers.add("Vary", "Origin")
        return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["STUDIO_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    install_cors(app)
    return app
