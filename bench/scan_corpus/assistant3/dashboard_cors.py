"""CORS configuration for the dashboard API (ticket WEB-118: allow the new admin SPA)."""
from __future__ import annotations

import os

from flask import Flask
from flask_cors import CORS


def allowed_origins() -> list[str]:
    raw = os.environ["DASHBOARD_ALLOWED_ORIGINS"]
    return [o.strip() for o in raw.split(",") if o.strip()]


def init_cors(app: Flask) -> None:
    CORS(
        app,
        resources={r"/api/*": {"origins": allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )
