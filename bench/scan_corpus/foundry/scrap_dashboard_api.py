"""Flask API behind the scrap and yield dashboard.

The dashboard SPA is served from the intranet portal host(s) listed in
SCRAP_DASHBOARD_ORIGINS and calls this API with the user's session cookie.
"""
import os

from flask import Flask, jsonify, request
from flask_cors import CORS

from .db import scrap_by_reason, yield_by_pattern
from .auth import login_required


def _allowed_origins() -> list[str]:
    raw = os.environ["SCRAP_DASHBOARD_ORIGINS"]
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("SCRAP_DASHBOARD_ORIGINS must list explicit https origins")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env("SCRAP_API")
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET"],
    )

    @app.get("/api/scrap")
    @login_required
    def scrap():
        days = min(int(request.args.get("days", 7)), 90)
        return jsonify(scrap_by_reason(days=days))

    @app.get("/api/yield")
    @login_required
    def yield_view():
        days = min(int(request.args.get("days", 30)), 365)
        return jsonify(yield_by_pattern(days=days))

    return app
