"""Internal booking admin console used by the front desk at the kennel."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template


def _flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ConsoleSettings:
    debug: bool
    host: str
    port: int
    secret_key: str

    @classmethod
    def from_env(cls) -> "ConsoleSettings":
        return cls(
            debug=_flag("BOOKING_CONSOLE_DEBUG"),
            host=os.environ.get("BOOKING_CONSOLE_HOST", "127.0.0.1"),
            port=int(os.environ.get("BOOKING_CONSOLE_PORT", "8080")),
            secret_key=os.environ["BOOKING_CONSOLE_SECRET"],
        )


def create_app(settings: ConsoleSettings) -> Flask:
    app = Flask(__name__)
    app.config.update(SECRET_KEY=settings.secret_key, DEBUG=settings.debug)

    @app.get("/")
    def dashboard():
        return render_template("dashboard.html")

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    return app


if __name__ == "__main__":
    cfg = ConsoleSettings.from_env()
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
