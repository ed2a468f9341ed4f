"""Flask app factory for the member web portal API.

The SPA on the marketing site and the embedded partner widgets call this
API with the member's session cookie.
"""
import os

from flask import Flask, request

from loyalty.web import accounts, offers, rewards


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        PERMANENT_SESSION_LIFETIME=60 * 60 * 12,
    )

    app.register_blueprint(accounts.bp, url_prefix="/api/accounts")
    app.register_blueprint(offers.bp, url_prefix="/api/offers")
    app.register_blueprint(rewards.bp, url_prefix="/api/rewards")

    @app.after_request
    def cors_headers(resp):
        origin = request.headers.get("Origin")
        if origin:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Credentials"] = "true"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            resp.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
            resp.headers["Vary"] = "Origin"
        return resp

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
