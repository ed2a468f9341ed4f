"""Application factory for the member web app (used by the browser client)."""
from __future__ import annotations

import os

from flask import Flask, request

from .auth import bp as auth_bp
from .chat import bp as chat_bp
from .profiles import bp as profiles_bp
from .subscriptions import bp as subscriptions_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(os.environ.get("APP_CONFIG", "config.ProductionConfig"))

    for blueprint in (auth_bp, profiles_bp, chat_bp, subscriptions_bp):
        app.register_blueprint(blueprint, url_prefix="/api")

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE"
            response.headers.add("Vary", "Origin")
        return response

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
