"""Customer-facing garment tracking service behind track.pressandfold.co.uk."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify


class BaseConfig:
    JSON_SORT_KEYS = False
    TRACKING_DB_URL = os.environ.get("TRACKING_DB_URL", "postgresql:///tracking")
    LISTEN_HOST = "0.0.0.0"
    LISTEN_PORT = int(os.environ.get("PORT", "8080"))


class StagingConfig(BaseConfig):
    DEBUG = True


class ProductionConfig(StagingConfig):
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {"staging": StagingConfig, "production": ProductionConfig}


def create_app(env: str = "production") -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])

    from laundry.tracking import garment_timeline, order_status

    @app.get("/api/orders/<order_ref>")
    def order(order_ref: str):
        status = order_status(order_ref)
        if status is None:
            abort(404)
        return jsonify(status)

    @app.get("/api/orders/<order_ref>/garments/<tag_id>")
    def garment(order_ref: str, tag_id: str):
        events = garment_timeline(order_ref, tag_id)
        if not events:
            abort(404)
        return jsonify({"tag": tag_id, "events": events})

    return app


if __name__ == "__main__":
    application = create_app(os.environ.get("APP_ENV", "production"))
    cfg = application.config
    application.run(host=cfg["LISTEN_HOST"], port=cfg["LISTEN_PORT"], debug=cfg["DEBUG"])
