"""Application factory for the studio managers' admin console."""
from __future__ import annotations

import os
from typing import Dict, Type

from flask import Flask, jsonify


class BaseConfig:
    DEBUG = False
    TESTING = False
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False

    @classmethod
    def database_url(cls) -> str:
        return os.environ["ADMIN_DATABASE_URL"]


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalConfig(BaseConfig):
    DEBUG = True

    @classmethod
    def database_url(cls) -> str:
        return os.environ.get("ADMIN_DATABASE_URL", "sqlite:///admin-local.sqlite3")


CONFIGS: Dict[str, Type[BaseConfig]] = {"production": ProductionConfig, "local": LocalConfig}


def _resolve_config(name: str | None = None) -> Type[BaseConfig]:
    return CONFIGS[name or os.environ.get("STUDIO_ADMIN_ENV", "production")]


def create_app(config_name: str | None = None) -> Flask:
    cfg = _resolve_config(config_name)
    app = Flask(__name__)
    app.config.from_object(cfg)
    app.config["SQLALCHEMY_DATABASE_URI"] = cfg.database_url()
    app.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok", env=cfg.__name__)

    @app.get("/studios")
    def studios():
        return jsonify(["central", "northside", "riverside", "harbour"])

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host="127.0.0.1", port=5050, debug=application.config["DEBUG"])
