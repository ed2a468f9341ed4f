"""Application factory for the dive-centre booking site.

Configuration comes from environment variables; debug mode is only ever
switched on explicitly by a developer on their own machine.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class AppSettings:
    secret_key: str
    database_url: str
    debug: bool = False
    bookings_open_days: int = 180

    @classmethod
    def from_env(cls) -> "AppSettings":
        return cls(
            secret_key=os.environ["BOOKING_SECRET_KEY"],
            database_url=os.environ["BOOKING_DATABASE_URL"],
            debug=_flag("BOOKING_DEBUG"),
            bookings_open_days=int(os.environ.get("BOOKINGS_OPEN_DAYS", "180")),
        )


def create_app(settings: AppSettings | None = None) -> Flask:
    settings = settings or AppSettings.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        DEBUG=settings.debug,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        BOOKINGS_OPEN_DAYS=settings.bookings_open_days,
    )

    from .views import bookings, courses, trips

    app.register_blueprint(bookings.bp)
    app.register_blueprint(trips.bp)
    app.register_blueprint(courses.bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    settings = AppSettings.from_env()
    create_app(settings).run(host="127.0.0.1", port=5000, debug=settings.debug)
