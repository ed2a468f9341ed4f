"""Application factory for the franchise portal web app."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, render_template


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class PortalConfig:
    secret_key: str
    database_url: str
    debug: bool = False
    session_cookie_secure: bool = True

    @classmethod
    def from_env(cls) -> "PortalConfig":
        return cls(
            secret_key=os.environ["PORTAL_SECRET_KEY"],
            database_url=os.environ["PORTAL_DATABASE_URL"],
            debug=_flag("PORTAL_DEBUG"),
        )


def create_app(config: PortalConfig | None = None) -> Flask:
    cfg = config or PortalConfig.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=cfg.secret_key,
        SQLALCHEMY_DATABASE_URI=cfg.database_url,
        SESSION_COOKIE_SECURE=cfg.session_cookie_secure,
        SESSION_COOKIE_HTTPONLY=True,
        DEBUG=cfg.debug,
    )

    @app.get("/")
    def dashboard():
        return render_template("dashboard.html")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    config = PortalConfig.from_env()
    create_app(config).run(host="127.0.0.1", port=5050, debug=config.debug)
