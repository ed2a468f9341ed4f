"""Staff intranet: shop notices, repair price guide and the holiday request form."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, request


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class IntranetSettings:
    host: str = os.environ.get("INTRANET_HOST", "127.0.0.1")
    port: int = int(os.environ.get("INTRANET_PORT", "5050"))
    debug: bool = field(default_factory=lambda: _flag("INTRANET_DEBUG"))
    secret_key: str = field(default_factory=lambda: os.environ["INTRANET_SECRET_KEY"])


PRICE_GUIDE = {
    "mens_full_sole_heel": 4995,
    "ladies_heel_tips": 1250,
    "stitch_repair": 900,
    "cylinder_key": 600,
    "car_transponder_key": 8500,
}


def create_app(settings: IntranetSettings) -> Flask:
    app = Flask(__name__)
    app.config.update(SECRET_KEY=settings.secret_key, DEBUG=settings.debug)
    requests_log: list[dict] = []

    @app.get("/price-guide")
    def price_guide():
        return jsonify({k: f"£{v / 100:.2f}" for k, v in PRICE_GUIDE.items()})

    @app.post("/holiday-requests")
    def holiday_request():
        data = request.get_json(force=True)
        entry = {"staff_id": data["staff_id"], "from": data["from"], "to": data["to"]}
        requests_log.append(entry)
        return jsonify(status="pending", position=len(requests_log)), 201

    return app


def main(settings: IntranetSettings | None = None) -> None:
    settings = settings or IntranetSettings()
    app = create_app(settings)
    app.run(host=settings.host, port=settings.port, debug=settings.debug)


if __name__ == "__main__":
    main()
