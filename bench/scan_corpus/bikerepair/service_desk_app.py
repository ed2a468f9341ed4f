"""Flask app factory for the in-store service desk (job cards, quotes, collections)."""
from __future__ import annotations

import os
from typing import Type

from flask import Flask, render_template


class BaseConfig:
    SECRET_KEY = os.environ.get("SERVICE_DESK_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("SERVICE_DESK_DB", "sqlite:///service_desk.db")
    DEBUG = False
    TESTING = False
    PREFERRED_URL_SCHEME = "https"


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev_service_desk.db"


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


CONFIGS = {"development": DevelopmentConfig, "production": ProductionConfig}


def resolve_config(name: str | None = None) -> Type[BaseConfig]:
    return CONFIGS.get(name or os.environ.get("SERVICE_DESK_ENV", "production"), ProductionConfig)


def create_app(config_name: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(resolve_config(config_name))
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("SERVICE_DESK_SECRET_KEY must be set")

    @app.get("/")
    def dashboard():
        return render_template("dashboard.html", store=os.environ.get("STORE_CODE", ""))

    @app.get("/healthz")
    def health():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host="127.0.0.1", port=5050, debug=application.config["DEBUG"])
