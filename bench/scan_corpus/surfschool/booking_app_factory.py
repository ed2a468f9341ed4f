"""Application factory for the lesson-booking web app served behind gunicorn."""
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
class AppSettings:
    env: str
    debug: bool
    database_url: str
    secret_key: str

    @classmethod
    def from_env(cls) -> "AppSettings":
        env = os.environ.get("APP_ENV", "production")
        return cls(
            env=env,
            debug=_flag("APP_DEBUG") and env == "development",
            database_url=os.environ["DATABASE_URL"],
            secret_key=os.environ["FLASK_SECRET_KEY"],
        )


def create_app(settings: AppSettings | None = None) -> Flask:
    settings = settings or AppSettings.from_env()
    app = Flask(__name__)
    app.config.update(
        DEBUG=settings.debug,
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        ENV_NAME=settings.env,
    )

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok", env=settings.env)

    @app.get("/lessons/today")
    def lessons_today():
        return jsonify(lessons=[])

    return app


if __name__ == "__main__":
    cfg = AppSettings.from_env()
    create_app(cfg).run(host="127.0.0.1", port=5000, debug=cfg.debug)
