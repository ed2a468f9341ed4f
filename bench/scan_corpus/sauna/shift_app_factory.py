"""Application factory for the staff shift app backend (rota, swaps, clock-in history)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

from flask import Flask, jsonify


def env_flag(name: str, default: bool = False, environ: Mapping[str, str] = os.environ) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ShiftAppSettings:
    debug: bool
    testing: bool
    secret_key: str
    rota_weeks_ahead: int = 6

    @classmethod
    def from_env(cls) -> "ShiftAppSettings":
        return cls(
            debug=env_flag("SHIFT_APP_DEBUG"),
            testing=env_flag("SHIFT_APP_TESTING"),
            secret_key=os.environ["SHIFT_APP_SECRET_KEY"],
            rota_weeks_ahead=int(os.environ.get("SHIFT_APP_ROTA_WEEKS", "6")),
        )


def create_app(settings: ShiftAppSettings | None = None) -> Flask:
    settings = settings or ShiftAppSettings.from_env()
    app = Flask(__name__)
    app.config.update(
        DEBUG=settings.debug,
        TESTING=settings.testing,
        SECRET_KEY=settings.secret_key,
        ROTA_WEEKS_AHEAD=settings.rota_weeks_ahead,
    )

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.get("/rota/config")
    def rota_config():
        return jsonify(weeks_ahead=app.config["ROTA_WEEKS_AHEAD"])

    return app


if __name__ == "__main__":
    cfg = ShiftAppSettings.from_env()
    create_app(cfg).run(port=int(os.environ.get("PORT", "8080")), debug=cfg.debug)
