"""Entry point for the lifeguard shift-swap portal.

Lifeguards log in to offer or pick up shifts; the same module is used for
local development and for the container image.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify


def _flag(name: str) -> bool:
    return os.environ.get(name, "0").strip().lower() in {"1", "true", "on"}


@dataclass(frozen=True)
class PortalConfig:
    host: str = field(default_factory=lambda: os.environ.get("PORTAL_HOST", "0.0.0.0"))
    port: int = field(default_factory=lambda: int(os.environ.get("PORTAL_PORT", "8080")))
    debug: bool = field(default_factory=lambda: _flag("PORTAL_DEBUG"))
    secret_key: str = field(default_factory=lambda: os.environ["PORTAL_SECRET_KEY"])


def create_app(config: PortalConfig) -> Flask:
    app = Flask(__name__)
    app.config.update(SECRET_KEY=config.secret_key, DEBUG=config.debug)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.get("/shifts/open")
    def open_shifts():
        return jsonify(shifts=[{"tower": "T3", "date": "2025-07-19", "start": "10:00"}])

    return app


def main() -> None:
    config = PortalConfig()
    app = create_app(config)
    app.run(host=config.host, port=config.port, debug=config.debug)


if __name__ == "__main__":
    main()
