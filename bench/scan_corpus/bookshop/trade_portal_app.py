"""Flask app for the trade portal (schools, libraries, book clubs).

The portal's single-page frontend is served from a separate origin and calls
this API with the session cookie, so CORS is restricted to the known frontends.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS

from .trade import accounts_bp, orders_bp, quotes_bp


def _allowed_origins() -> list[str]:
    raw = os.environ.get("TRADE_PORTAL_ORIGINS", "")
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("TRADE_PORTAL_ORIGINS must list explicit https origins")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["TRADE_PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH"],
        allow_headers=["Content-Type", "X-CSRFToken"],
    )
    app.register_blueprint(accounts_bp, url_prefix="/api/accounts")
    app.register_blueprint(orders_bp, url_prefix="/api/orders")
    app.register_blueprint(quotes_bp, url_prefix="/api/quotes")

    @app.get("/api/ping")
    def ping():
        return jsonify(ok=True)

    return app
