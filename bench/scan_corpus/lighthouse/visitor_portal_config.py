"""Flask application factory for the visitor tour booking portal."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask


def _read_secret(name: str) -> str:
    """Read a Docker/Kubernetes mounted secret file."""
    base = Path(os.environ.get("SECRETS_DIR", "/run/secrets"))
    value = (base / name).read_text(encoding="utf-8").strip()
    if len(value) < 32:
        raise RuntimeError(f"secret {name} is too short to be used")
    return value


class PortalConfig:
    SESSION_COOKIE_NAME = "lh_visitor_session"
    CSRF_HEADER_NAME = "X-CSRF-Token"
    API_KEY_HEADER = "X-Portal-Key"
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 4
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024

    def __init__(self) -> None:
        self.SECRET_KEY = _read_secret("portal_session_key")
        self.SQLALCHEMY_DATABASE_URI = _read_secret("portal_database_url")
        self.TOURS_PER_PAGE = int(os.environ.get("TOURS_PER_PAGE", "12"))


def create_app(config: PortalConfig | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config or PortalConfig())

    @app.get("/healthz")
    def healthz() -> tuple[dict, int]:
        return {"status": "ok"}, 200

    @app.get("/tours")
    def tours() -> dict:
        per_page = app.config["TOURS_PER_PAGE"]
        return {"per_page": per_page, "tours": []}

    return app
