"""Application factory for the rider membership portal."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

from flask import Flask, jsonify


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class PortalConfig:
    debug: bool
    secret_key: str
    database_url: str
    environment: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "PortalConfig":
        environment = env.get("PORTAL_ENV", "production")
        return cls(
            debug=_flag(env.get("PORTAL_DEBUG")) and environment == "development",
            secret_key=env["PORTAL_SECRET_KEY"],
            database_url=env["PORTAL_DATABASE_URL"],
            environment=environment,
        )


def create_app(config: PortalConfig | None = None) -> Flask:
    config = config or PortalConfig.from_env()
    app = Flask(__name__)
    app.config.update(
        DEBUG=config.debug,
        SECRET_KEY=config.secret_key,
        SQLALCHEMY_DATABASE_URI=config.database_url,
        SESSION_COOKIE_SECURE=config.environment != "development",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok", "environment": config.environment})

    @app.get("/api/memberships/types")
    def membership_types():
        return jsonify(
            [
                {"code": "junior", "annual_pence": 6500},
                {"code": "adult", "annual_pence": 9500},
                {"code": "family", "annual_pence": 18000},
            ]
        )

    return app


if __name__ == "__main__":
    cfg = PortalConfig.from_env()
    create_app(cfg).run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=cfg.debug)
