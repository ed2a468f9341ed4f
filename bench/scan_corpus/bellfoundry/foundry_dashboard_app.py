"""Production dashboard for the foundry floor: melts in progress, pits, and tuning queue."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

from flask import Flask, jsonify, render_template


def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DashboardConfig:
    debug: bool
    secret_key: str
    refresh_seconds: int

    @classmethod
    def load(cls) -> "DashboardConfig":
        return cls(
            debug=env_flag("DASHBOARD_DEBUG"),
            secret_key=os.environ["DASHBOARD_SECRET_KEY"],
            refresh_seconds=int(os.environ.get("DASHBOARD_REFRESH", "30")),
        )

    def as_flask(self) -> Dict[str, Any]:
        return {"DEBUG": self.debug, "SECRET_KEY": self.secret_key}


class FloorStatus:
    def snapshot(self) -> Dict[str, Any]:
        return {
            "melts": [{"furnace": "F2", "alloy": "bell-metal 78/22", "temp_c": 1108}],
            "pits": {"pit-1": "cooling", "pit-2": "moulding", "pit-3": "empty"},
            "tuning_queue": ["BF-2291", "BF-2294"],
        }


def create_app(config: DashboardConfig | None = None) -> Flask:
    config = config or DashboardConfig.load()
    app = Flask(__name__)
    app.config.update(**config.as_flask())
    status = FloorStatus()

    @app.get("/")
    def index():
        return render_template("dashboard.html", refresh=config.refresh_seconds)

    @app.get("/api/status")
    def api_status():
        return jsonify(status.snapshot())

    return app


if __name__ == "__main__":
    cfg = DashboardConfig.load()
    create_app(cfg).run(port=8050, debug=cfg.debug)
