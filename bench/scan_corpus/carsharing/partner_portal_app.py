"""Flask app factory for the partner self-service portal API.

The portal front-end is served from partner-specific subdomains and calls this
API with the SSO session cookie, so CORS has to allow credentials for the
configured origins.
"""
import os

from flask import Flask
from flask_cors import CORS

from .views import fleet_bp, invoices_bp, users_bp


def _allowed_origins() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,
    )

    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    app.register_blueprint(fleet_bp, url_prefix="/api/fleet")
    app.register_blueprint(invoices_bp, url_prefix="/api/invoices")
    app.register_blueprint(users_bp, url_prefix="/api/users")
    return app
