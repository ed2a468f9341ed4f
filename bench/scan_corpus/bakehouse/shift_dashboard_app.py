"""Flask app for the shift supervisors' dashboard on the bakery floor.

Shows who is clocked in per line, overtime alerts and break compliance; runs
behind the plant's reverse proxy on the supervisors' VLAN.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DashboardSettings:
    debug: bool = _env_flag("DASHBOARD_DEBUG")
    host: str = os.environ.get("DASHBOARD_BIND", "127.0.0.1")
    port: int = int(os.environ.get("DASHBOARD_PORT", "8050"))
    refresh_seconds: int = 30


def create_app(settings: DashboardSettings = DashboardSettings()) -> Flask:
    app = Flask(__name__)
    app.config.update(
        DEBUG=settings.debug,
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        REFRESH_SECONDS=settings.refresh_seconds,
    )

    @app.get("/")
    def index():
        return render_template("dashboard.html", refresh=app.config["REFRESH_SECONDS"])

    @app.get("/api/lines")
    def lines():
        from kiosk.repository import clocked_in_by_line

        return jsonify(clocked_in_by_line())

    @app.get("/api/overtime")
    def overtime():
        from kiosk.repository import overtime_alerts

        return jsonify(overtime_alerts(threshold_hours=11))

    return app


if __name__ == "__main__":
    cfg = DashboardSettings()
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
