"""WSGI entry point and configuration loading for the buyer portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class PortalConfig:
    SECRET_KEY: str = field(default_factory=lambda: os.environ["BUYER_PORTAL_SECRET_KEY"])
    SQLALCHEMY_DATABASE_URI: str = field(default_factory=lambda: os.environ["PORTAL_DB_URL"])
    DEBUG: bool = field(default_factory=lambda: _env_flag("PORTAL_DEBUG"))
    PREFERRED_URL_SCHEME: str = "https"
    MAX_CONTENT_LENGTH: int = 8 * 1024 * 1024

    def as_mapping(self) -> dict:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}


def create_app(config: PortalConfig | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping((config or PortalConfig()).as_mapping())

    from .views import catalog, orders

    app.register_blueprint(catalog.bp)
    app.register_blueprint(orders.bp)

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    return app


application = create_app()

if __name__ == "__main__":
    application.run(
        host=os.environ.get("PORTAL_BIND", "127.0.0.1"),
        port=int(os.environ.get("PORTAL_PORT", "8000")),
        debug=application.config["DEBUG"],
    )
