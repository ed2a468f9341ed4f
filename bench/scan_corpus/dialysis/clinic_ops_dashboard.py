"""Operations dashboard for clinic managers.

Shows chair utilisation, missed sessions and machine downtime across
the network. Runs as a small Flask app behind the corporate gateway.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template

from .metrics import chair_utilisation, machine_downtime, missed_sessions


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class DashboardSettings:
    debug: bool = _flag("OPS_DASHBOARD_DEBUG")
    bind_host: str = os.environ.get("OPS_DASHBOARD_HOST", "127.0.0.1")
    port: int = int(os.environ.get("OPS_DASHBOARD_PORT", "8050"))
    refresh_s: int = 300


def create_app(settings: DashboardSettings | None = None) -> Flask:
    settings = settings or DashboardSettings()
    app = Flask(__name__)
    app.config.update(DASHBOARD_REFRESH_S=settings.refresh_s)

    @app.get("/")
    def index():
        return render_template("ops/index.html", refresh_s=settings.refresh_s)

    @app.get("/api/utilisation")
    def utilisation():
        return jsonify(chair_utilisation(days=28))

    @app.get("/api/missed")
    def missed():
        return jsonify(missed_sessions(days=28))

    @app.get("/api/downtime")
    def downtime():
        return jsonify(machine_downtime(days=28))

    return app


def main() -> None:
    settings = DashboardSettings()
    app = create_app(settings)
    app.run(host=settings.bind_host, port=settings.port, debug=settings.debug)


if __name__ == "__main__":
    main()
