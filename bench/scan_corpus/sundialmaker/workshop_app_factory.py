"""Application factory for the workshop's internal order-management site."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from flask import Flask, jsonify


@dataclass(frozen=True)
class AppConfig:
    secret_key: str
    database_url: str
    debug: bool = False
    log_level: str = "INFO"

    @classmethod
    def from_env(cls) -> "AppConfig":
        return cls(
            secret_key=os.environ["WORKSHOP_SECRET_KEY"],
            database_url=os.environ["WORKSHOP_DATABASE_URL"],
            debug=os.environ.get("WORKSHOP_DEBUG", "0") == "1",
            log_level=os.environ.get("WORKSHOP_LOG_LEVEL", "INFO"),
        )


def create_app(config: AppConfig | None = None) -> Flask:
    config = config or AppConfig.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        SQLALCHEMY_DATABASE_URI=config.database_url,
        DEBUG=config.debug,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    logging.basicConfig(level=config.log_level)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.get("/commissions/summary")
    def summary():
        return jsonify(open=0, in_workshop=0, awaiting_shipping=0)

    return app


if __name__ == "__main__":
    cfg = AppConfig.from_env()
    create_app(cfg).run(port=int(os.environ.get("PORT", "8000")), debug=cfg.debug)
