"""Application factory for the ELN plugin API.

The plugin UI is served from the notebook host's domain(s), which call the
API with the user's session cookie.
"""
import os

from flask import Flask
from flask_cors import CORS

from .views import entries, templates


def _allowed_origins() -> list[str]:
    raw = os.environ.get("ELN_ALLOWED_ORIGINS", "")
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    if not origins:
        raise RuntimeError("ELN_ALLOWED_ORIGINS must list the notebook host origins")
    if "*" in origins:
        raise RuntimeError("wildcard origin cannot be combined with credentialed requests")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["ELN_PLUGIN_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        max_age=600,
    )
    app.register_blueprint(entries.bp, url_prefix="/api/entries")
    app.register_blueprint(templates.bp, url_prefix="/api/templates")
    return app
