"""Application factory for the school bookings web app."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify


def _env_flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class BookingAppSettings:
    debug: bool = field(default_factory=lambda: _env_flag("BOOKINGS_DEBUG"))
    secret_key: str = field(default_factory=lambda: os.environ["BOOKINGS_SECRET_KEY"])
    database_url: str = field(default_factory=lambda: os.environ["BOOKINGS_DATABASE_URL"])
    host: str = field(default_factory=lambda: os.environ.get("BOOKINGS_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("BOOKINGS_PORT", "8080")))


def create_app(settings: BookingAppSettings | None = None) -> Flask:
    settings = settings or BookingAppSettings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
    )
    app.extensions["booking_settings"] = settings

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok"})

    @app.get("/api/matinees")
    def matinees():
        return jsonify({"matinees": [], "term": "spring"})

    return app


if __name__ == "__main__":
    config = BookingAppSettings()
    create_app(config).run(host=config.host, port=config.port, debug=config.debug)
