"""Manager dashboard showing daily repair throughput and key-cutting sales per shop."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, render_template


@dataclass
class ServerOptions:
    host: str = "0.0.0.0"
    port: int = int(os.environ.get("DASHBOARD_PORT", "8000"))
    debug: bool = True
    threaded: bool = True


@dataclass
class DashboardSettings:
    database_url: str = os.environ.get("DASHBOARD_DB", "")
    secret_key: str = os.environ.get("DASHBOARD_SECRET", "")
    server: ServerOptions = field(default_factory=ServerOptions)


class ThroughputReport:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def today(self) -> list[dict]:
        return [
            {"shop": "LDS02", "repairs_in": 41, "repairs_out": 37, "keys_cut": 88},
            {"shop": "YRK01", "repairs_in": 23, "repairs_out": 25, "keys_cut": 51},
        ]


def create_app(settings: DashboardSettings) -> Flask:
    app = Flask(__name__)
    app.secret_key = settings.secret_key
    report = ThroughputReport(settings.database_url)

    @app.get("/")
    def index():
        return render_template("dashboard.html", rows=report.today())

    @app.get("/api/today")
    def today():
        return jsonify(report.today())

    return app


def serve(settings: DashboardSettings | None = None) -> None:
    settings = settings or DashboardSettings()
    app = create_app(settings)
    opts = settings.server
    app.run(host=opts.host, port=opts.port, debug=opts.debug, threaded=opts.threaded)


if __name__ == "__main__":
    serve()
