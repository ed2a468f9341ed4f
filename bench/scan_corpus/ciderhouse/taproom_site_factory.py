"""Application factory for the taproom website (events calendar, shop, members' area)."""
from __future__ import annotations

import os

from flask import Flask, render_template


class BaseConfig:
    DEBUG = False
    TESTING = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    EVENTS_PER_PAGE = 12


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False


CONFIGS = {"production": ProductionConfig, "local": LocalConfig}


def create_app(profile: str | None = None) -> Flask:
    name = profile or os.environ.get("TAPROOM_PROFILE", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[name])
    app.config["SECRET_KEY"] = os.environ["TAPROOM_SECRET_KEY"]

    @app.get("/")
    def home():
        events = app.extensions["events"].upcoming(limit=app.config["EVENTS_PER_PAGE"])
        return render_template("home.html", events=events)

    @app.get("/healthz")
    def health():
        return {"status": "ok", "profile": name}

    return app


if __name__ == "__main__":
    site = create_app()
    site.run(
        host=os.environ.get("TAPROOM_BIND", "127.0.0.1"),
        port=int(os.environ.get("TAPROOM_PORT", "8000")),
        debug=site.config["DEBUG"],
    )
