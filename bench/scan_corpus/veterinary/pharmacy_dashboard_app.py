"""Flask app for the in-clinic pharmacy stock dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify


@dataclass
class DashboardConfig:
    SECRET_KEY: str = field(default_factory=lambda: os.environ["PHARMACY_DASHBOARD_SECRET"])
    DEBUG: bool = False
    SESSION_COOKIE_SECURE: bool = True
    SESSION_COOKIE_HTTPONLY: bool = True
    SESSION_COOKIE_SAMESITE: str = "Lax"
    LOW_STOCK_THRESHOLD: int = 10


def create_app(config: DashboardConfig | None = None) -> Flask:
    cfg = config or DashboardConfig()
    app = Flask(__name__)
    app.config.from_mapping(vars(cfg))

    from pharmacy.repository import StockRepository
    repo = StockRepository.from_env()

    @app.get("/api/stock/low")
    def low_stock():
        items = repo.below_threshold(app.config["LOW_STOCK_THRESHOLD"])
        return jsonify([i.as_dict() for i in items])

    @app.get("/api/stock/<sku>")
    def stock_item(sku: str):
        item = repo.get(sku)
        if item is None:
            return jsonify(error="unknown sku"), 404
        return jsonify(item.as_dict())

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(
        host=os.environ.get("DASHBOARD_HOST", "localhost"),
        port=int(os.environ.get("DASHBOARD_PORT", "8050")),
        debug=application.config["DEBUG"],
    )
