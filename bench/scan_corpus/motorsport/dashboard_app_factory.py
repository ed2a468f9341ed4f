"""Application factory for the pit-wall dashboard web app."""
from __future__ import annotations

import logging
import os
from typing import Dict, Type

from flask import Flask, jsonify


class BaseConfig:
    DEBUG = False
    TESTING = False
    JSON_SORT_KEYS = False
    TIMING_POLL_MS = 250
    SECRET_KEY = os.environ.get("DASHBOARD_SECRET_KEY")


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalDevConfig(BaseConfig):
    DEBUG = True
    TIMING_POLL_MS = 1000


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = os.urandom(16).hex()


CONFIGS: Dict[str, Type[BaseConfig]] = {
    "production": ProductionConfig,
    "local": LocalDevConfig,
    "test": TestConfig,
}


def create_app(profile: str | None = None) -> Flask:
    profile = profile or os.environ.get("DASHBOARD_PROFILE", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[profile])
    if profile == "production" and not app.config["SECRET_KEY"]:
        raise RuntimeError("DASHBOARD_SECRET_KEY must be set in production")
    logging.basicConfig(level=logging.DEBUG if app.config["DEBUG"] else logging.INFO)

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok", "profile": profile})

    @app.get("/api/config")
    def client_config():
        return jsonify({"poll_ms": app.config["TIMING_POLL_MS"]})

    return app


if __name__ == "__main__":
    create_app("local").run(port=5050)
