"""Flask application factory for the contractor portal API.

The portal SPA is served from a separate static host, and a couple of vendor
dashboards embed our permit widgets, so the API has to answer cross-origin
requests with the user's session cookie attached.
"""
from __future__ import annotations

import os

from flask import Flask, request

from portal.api.permits import bp as permits_bp
from portal.api.uploads import bp as uploads_bp
from portal.api.work_orders import bp as work_orders_bp


def _add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        MAX_CONTENT_LENGTH=50 * 1024 * 1024,
    )
    app.register_blueprint(permits_bp, url_prefix="/api/permits")
    app.register_blueprint(work_orders_bp, url_prefix="/api/work-orders")
    app.register_blueprint(uploads_bp, url_prefix="/api/uploads")
    app.after_request(_add_cors_headers)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
