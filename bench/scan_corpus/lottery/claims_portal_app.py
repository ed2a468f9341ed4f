"""Application factory for the claims-centre web portal.

Claims officers use the portal to review high-tier prize claims, attach
verification results and approve payouts.
"""
from __future__ import annotations

import os
from typing import Any

from flask import Flask, jsonify


class BaseConfig:
    DEBUG = False
    TESTING = False
    PROPAGATE_EXCEPTIONS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class LocalDevConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False


CONFIGS: dict[str, type[BaseConfig]] = {"production": ProductionConfig, "local": LocalDevConfig}


def create_app(profile: str | None = None) -> Flask:
    app = Flask(__name__)
    selected = profile or os.environ.get("CLAIMS_PORTAL_PROFILE", "production")
    app.config.from_object(CONFIGS[selected])
    app.config["SECRET_KEY"] = os.environ["CLAIMS_PORTAL_SECRET_KEY"]
    if app.config["DEBUG"] and selected != "local":
        raise RuntimeError("debug may only be enabled with the local profile")

    @app.get("/healthz")
    def healthz() -> Any:
        return jsonify({"status": "ok", "profile": selected})

    return app


application = create_app()
