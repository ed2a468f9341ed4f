"""Application factory and entry point for the tandem booking portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, render_template


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class PortalConfig:
    secret_key: str = field(default_factory=lambda: os.environ["PORTAL_SECRET_KEY"])
    database_url: str = field(default_factory=lambda: os.environ["DATABASE_URL"])
    debug: bool = field(default_factory=lambda: _env_flag("PORTAL_DEBUG"))
    host: str = field(default_factory=lambda: os.environ.get("PORTAL_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("PORTAL_PORT", "8080")))


def create_app(config: PortalConfig | None = None) -> Flask:
    config = config or PortalConfig()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        SQLALCHEMY_DATABASE_URI=config.database_url,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    @app.get("/")
    def home():
        return render_template("home.html")

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok"})

    @app.get("/flights/tandem")
    def tandem_products():
        return jsonify(
            [
                {"code": "classic", "minutes": 20, "price_eur": 140},
                {"code": "thermal", "minutes": 40, "price_eur": 210},
                {"code": "sunset", "minutes": 25, "price_eur": 170},
            ]
        )

    return app


if __name__ == "__main__":
    cfg = PortalConfig()
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
