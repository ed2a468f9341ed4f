"""Application factory for the farm shop web site (orders and pre-orders)."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ShopConfig:
    secret_key: str
    database_url: str
    debug: bool = False
    host: str = "127.0.0.1"
    port: int = 8000

    @classmethod
    def from_env(cls) -> "ShopConfig":
        return cls(
            secret_key=os.environ["FARM_SHOP_SECRET_KEY"],
            database_url=os.environ["FARM_SHOP_DATABASE_URL"],
            debug=_flag("FARM_SHOP_DEBUG"),
            host=os.environ.get("FARM_SHOP_HOST", "127.0.0.1"),
            port=int(os.environ.get("FARM_SHOP_PORT", "8000")),
        )


def create_app(config: ShopConfig) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        SQLALCHEMY_DATABASE_URI=config.database_url,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok"})

    @app.get("/api/opening-times")
    def opening_times():
        return jsonify({
            "weekdays": "10:00-16:30",
            "weekends": "09:30-17:00",
            "last_entry_before_close_minutes": 60,
        })

    return app


if __name__ == "__main__":
    cfg = ShopConfig.from_env()
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
