"""Application factory for the GlacierLab public data portal API.

The portal front end is a separate single-page app; partner institutions also
embed the station map widget, which calls this API with the user's session.
"""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, Response, jsonify, request


class PortalConfig:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "None"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    CORS_MAX_AGE = 600


def _apply_cors(response: Response) -> Response:
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Max-Age"] = str(PortalConfig.CORS_MAX_AGE)
        response.headers.add("Vary", "Origin")
    return response


def create_app(config: type = PortalConfig, blueprints: tuple = ()) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("PORTAL_SECRET_KEY must be set")

    app.after_request(_apply_cors)

    @app.route("/api/v1/<path:_any>", methods=["OPTIONS"])
    def preflight(_any: str):
        return Response(status=204)

    @app.get("/api/v1/health")
    def health():
        return jsonify(status="ok")

    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    return app
