"""CORS setup for the client portal API.

The single-page portal is served from the client-facing domain and calls the
API with the session cookie, so credentialed CORS is needed for exactly those
origins.
"""
from __future__ import annotations

import os

from flask import Flask, jsonify
from flask_cors import CORS


def allowed_origins() -> list[str]:
    raw = os.environ.get(
        "PORTAL_ALLOWED_ORIGINS",
        "https://portal.ropeaccess.example,https://staging-portal.ropeaccess.example",
    )
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("PORTAL_ALLOWED_ORIGINS must list explicit https origins")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH"],
        max_age=600,
    )

    @app.get("/api/health")
    def health():
        return jsonify({"status": "ok"})

    @app.get("/api/sites/<site_code>/drops")
    def drops(site_code: str):
        repo = app.extensions["drop_repo"]
        return jsonify([
            {"drop": d.ref, "elevation": d.elevation, "status": d.status}
            for d in repo.for_site(site_code)
        ])

    return app
