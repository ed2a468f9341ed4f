"""Settings for the haulier self-service portal (bookings, tickets, proof of delivery)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Tuple


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required environment variable {name}")
    return value


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = field(default_factory=lambda: _require("HAULIER_DB_URL"))
    pool_size: int = int(os.environ.get("HAULIER_DB_POOL", "5"))


@dataclass(frozen=True)
class PortalSettings:
    session_key: str = field(default_factory=lambda: _require("HAULIER_SESSION_KEY"))
    dispatch_api_key: str = field(default_factory=lambda: _require("HAULNET_API_KEY"))
    allowed_hosts: Tuple[str, ...] = ("hauliers.saltmine.example",)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)

    def flask_config(self) -> Dict[str, object]:
        return {
            "SECRET_KEY": self.session_key,
            "SQLALCHEMY_DATABASE_URI": self.database.url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": self.database.pool_size},
            "SESSION_COOKIE_SECURE": True,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
        }


@lru_cache(maxsize=1)
def get_settings() -> PortalSettings:
    return PortalSettings()


def create_app():
    from flask import Flask

    app = Flask("haulier_portal")
    app.config.update(get_settings().flask_config())
    return app
