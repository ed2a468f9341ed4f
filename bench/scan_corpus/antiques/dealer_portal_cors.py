"""Flask app factory for the dealer portal API consumed by the fair-organiser dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify
from flask_cors import CORS

from storefront.dealers.views import dealer_api


def _origins_from_env() -> list[str]:
    raw = os.environ.get("DEALER_PORTAL_ORIGINS", "")
    return [origin.strip() for origin in raw.split(",") if origin.strip().startswith("https://")]


@dataclass
class PortalCorsSettings:
    origins: list[str] = field(default_factory=_origins_from_env)
    supports_credentials: bool = True
    methods: list[str] = field(default_factory=lambda: ["GET", "POST", "PATCH"])
    max_age: int = 900

    def as_kwargs(self) -> dict[str, object]:
        return {
            "origins": self.origins,
            "supports_credentials": self.supports_credentials,
            "methods": self.methods,
            "max_age": self.max_age,
        }


def create_app(cors_settings: PortalCorsSettings | None = None) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["DEALER_PORTAL_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    cors_settings = cors_settings or PortalCorsSettings()
    CORS(app, resources={r"/api/*": cors_settings.as_kwargs()})
    app.register_blueprint(dealer_api, url_prefix="/api")

    @app.get("/api/health")
    def health():
        return jsonify(status="ok", origins=len(cors_settings.origins))

    return app
