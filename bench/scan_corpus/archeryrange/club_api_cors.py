"""Cross-origin setup for the members' API used by the club's web apps.

The booking calendar and the scoring app are served from their own
sub-domains and call this API with the member's session cookie. Only the
club's own front ends are allowed to make credentialed requests.
"""
from __future__ import annotations

import os

from flask import Flask, jsonify, session
from flask_cors import CORS

from .db import get_db


def _allowed_origins() -> list[str]:
    raw = os.environ.get("CLUB_FRONTEND_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if not origins or "*" in origins:
        raise RuntimeError("CLUB_FRONTEND_ORIGINS must list explicit origins")
    return origins


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["CLUB_API_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": _allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    @app.get("/api/me")
    def me():
        member_id = session.get("member_id")
        if member_id is None:
            return jsonify({"error": "not signed in"}), 401
        row = get_db().execute(
            "SELECT display_name, bow_style, classification FROM members WHERE id = ?",
            (member_id,),
        ).fetchone()
        return jsonify(dict(row))

    @app.get("/api/range/status")
    def range_status():
        row = get_db().execute(
            "SELECT is_open, wind_warning, updated_at FROM range_status ORDER BY updated_at DESC LIMIT 1"
        ).fetchone()
        return jsonify(dict(row) if row else {"is_open": False})

    return app
