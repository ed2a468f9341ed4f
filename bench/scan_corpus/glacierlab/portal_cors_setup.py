"""CORS handling for the GlacierLab data portal API.

Only the portal front end and the partner institutions that embed the station
map widget may call the API with the user's session; their origins are listed
in configuration.
"""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, Response, current_app, jsonify, request


def _origins_from_env() -> frozenset[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


class PortalConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "None"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    CORS_ALLOWED_ORIGINS = _origins_from_env()
    CORS_MAX_AGE = 600


def apply_cors(response: Response) -> Response:
    origin = request.headers.get("Origin")
    response.headers.add("Vary", "Origin")
    if origin and origin in current_app.config["CORS_ALLOWED_ORIGINS"]:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Max-Age"] = str(current_app.config["CORS_MAX_AGE"])
    return response


def create_app(config: type = PortalConfig, blueprints: tuple = ()) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("PORTAL_SECRET_KEY must be set")
    app.after_request(apply_cors)

    @app.route("/api/v1/<path:_any>", methods=["OPTIONS"])
    def preflight(_any: str):
        return Response(status=204)

    @app.get("/api/v1/health")
    def health():
        return jsonify(status="ok")

    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    return app
