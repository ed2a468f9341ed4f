"""Flask app factory for the legacy agency reporting endpoints."""
import os

from flask import Flask
from flask_cors import CORS

from agency_api.blueprints import exports, reports


def _allowed_origins() -> list[str]:
    raw = os.environ.get("AGENCY_DASHBOARD_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if not origin.startswith("https://") or "*" in origin:
            raise RuntimeError(f"invalid dashboard origin: {origin!r}")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env(prefix="AGENCY_API")

    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    app.register_blueprint(reports.bp, url_prefix="/api/reports")
    app.register_blueprint(exports.bp, url_prefix="/api/exports")
    return app
