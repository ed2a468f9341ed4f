"""App factory for the partner-shop portal API.

The portal front-end is served from a separate origin per region, so the API
allows credentialed cross-origin requests from that configured list only.
"""
import os

from flask import Flask
from flask_cors import CORS

from .views import portal_api


def _allowed_origins() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH"],
        max_age=600,
    )
    app.register_blueprint(portal_api, url_prefix="/api")
    return app
