"""Workshop floor dashboard: today's blocking queue, steamer status and bridal fittings."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from flask import Flask, render_template


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DashboardSettings:
    debug: bool = env_flag("DASHBOARD_DEBUG")
    refresh_seconds: int = int(os.environ.get("DASHBOARD_REFRESH", "30"))
    bind_host: str = os.environ.get("DASHBOARD_BIND", "127.0.0.1")
    port: int = int(os.environ.get("DASHBOARD_PORT", "8050"))


class Dashboard:
    def __init__(self, settings: DashboardSettings | None = None) -> None:
        self.settings = settings or DashboardSettings()
        self.app = Flask(__name__)
        self.app.config.update(DEBUG=self.settings.debug, SECRET_KEY=os.environ["DASHBOARD_SECRET"])
        self.app.add_url_rule("/", "index", self.index)

    def queue(self) -> list[dict]:
        with sqlite3.connect(os.environ.get("WORKSHOP_DB", "/srv/workshop/jobs.db")) as conn:
            rows = conn.execute(
                "SELECT order_ref, block_name, stage FROM blocking_jobs WHERE done = 0 ORDER BY due"
            ).fetchall()
        return [{"order": r[0], "shape": r[1], "stage": r[2]} for r in rows]

    def index(self):
        return render_template(
            "dashboard.html", jobs=self.queue(), refresh=self.settings.refresh_seconds
        )

    def serve(self) -> None:
        self.app.run(host=self.settings.bind_host, port=self.settings.port, debug=self.settings.debug)


if __name__ == "__main__":
    Dashboard().serve()
