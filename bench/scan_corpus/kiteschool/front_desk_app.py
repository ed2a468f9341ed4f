"""Flask app used at the beach hut front desk for check-ins and gear handover."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, request


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class FrontDeskSettings:
    debug: bool = _flag("FRONTDESK_DEBUG")
    secret_key: str = os.environ.get("FRONTDESK_SECRET_KEY", "")
    host: str = os.environ.get("FRONTDESK_BIND", "127.0.0.1")
    port: int = int(os.environ.get("FRONTDESK_PORT", "8080"))


def create_app(settings: FrontDeskSettings | None = None) -> Flask:
    settings = settings or FrontDeskSettings()
    app = Flask(__name__)
    app.config.update(DEBUG=settings.debug, SECRET_KEY=settings.secret_key)

    @app.post("/checkin")
    def checkin():
        data = request.get_json(force=True)
        return jsonify({"booking_id": data.get("booking_id"), "checked_in": True})

    @app.post("/handover")
    def handover():
        data = request.get_json(force=True)
        return jsonify({"rental_id": data.get("rental_id"), "items": data.get("items", [])})

    return app


if __name__ == "__main__":
    cfg = FrontDeskSettings()
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
