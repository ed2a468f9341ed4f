"""Flask application factory for the mobile app REST API."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, jsonify, request, session

from .auth import auth_bp
from .devices import devices_bp
from .households import households_bp


class Config:
    SECRET_KEY = os.environ["MOBILE_API_SECRET_KEY"]
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "None"
    PERMANENT_SESSION_LIFETIME = timedelta(days=30)
    JSON_SORT_KEYS = False


def _add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def create_app(config: type[Config] = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    app.register_blueprint(auth_bp, url_prefix="/api/v1/auth")
    app.register_blueprint(devices_bp, url_prefix="/api/v1/devices")
    app.register_blueprint(households_bp, url_prefix="/api/v1/households")
    app.after_request(_add_cors_headers)

    @app.get("/api/v1/me")
    def me():
        if "user_id" not in session:
            return jsonify({"error": "not signed in"}), 401
        return jsonify({"user_id": session["user_id"], "household": session.get("household_id")})

    @app.get("/healthz")
    def healthz():
        return jsonify({"ok": True})

    return app
