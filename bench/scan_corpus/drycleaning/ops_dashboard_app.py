"""Internal operations dashboard showing van progress, shop queues and solvent levels."""
from __future__ import annotations

import os

from flask import Flask, jsonify, render_template


def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


class DashboardConfig:
    DEBUG = env_flag("OPS_DASHBOARD_DEBUG")
    SECRET_KEY = os.environ.get("OPS_DASHBOARD_SECRET_KEY")
    REFRESH_SECONDS = int(os.environ.get("OPS_DASHBOARD_REFRESH", "30"))
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


def create_app(config: type = DashboardConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("OPS_DASHBOARD_SECRET_KEY must be set")

    from laundry.ops import shop_queues, solvent_levels, van_progress

    @app.get("/")
    def index():
        return render_template("ops/index.html", refresh=app.config["REFRESH_SECONDS"])

    @app.get("/api/vans")
    def vans():
        return jsonify(van_progress())

    @app.get("/api/shops")
    def shops():
        return jsonify(shop_queues())

    @app.get("/api/solvent")
    def solvent():
        return jsonify(solvent_levels())

    return app


if __name__ == "__main__":
    dashboard = create_app()
    dashboard.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5050")), debug=dashboard.config["DEBUG"])
