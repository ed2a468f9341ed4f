"""Application factory for the clubhouse intranet (bar tabs, function room bookings, notices)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, render_template


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(int(default))).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class ClubhouseSettings:
    secret_key: str = field(default_factory=lambda: os.environ["CLUBHOUSE_SECRET_KEY"])
    database_url: str = field(default_factory=lambda: os.environ["CLUBHOUSE_DATABASE_URL"])
    debug: bool = field(default_factory=lambda: _flag("CLUBHOUSE_DEBUG"))
    session_hours: int = 8

    def flask_config(self) -> dict[str, object]:
        return {
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "DEBUG": self.debug,
            "SESSION_COOKIE_SECURE": True,
            "SESSION_COOKIE_HTTPONLY": True,
            "PERMANENT_SESSION_LIFETIME": self.session_hours * 3600,
        }


def create_app(settings: ClubhouseSettings | None = None) -> Flask:
    settings = settings or ClubhouseSettings()
    app = Flask(__name__)
    app.config.from_mapping(**settings.flask_config())

    @app.get("/")
    def noticeboard():
        return render_template("noticeboard.html")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
