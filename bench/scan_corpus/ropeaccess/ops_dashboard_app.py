"""Operations dashboard: crews on rope today, kit due for inspection, weather holds.

Run under gunicorn in production; ``python ops_dashboard_app.py`` is used by
developers against a local database.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from flask import Flask, jsonify, render_template


def _env_flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DashboardSettings:
    database_url: str = field(default_factory=lambda: os.environ["OPS_DATABASE_URL"])
    secret_key: str = field(default_factory=lambda: os.environ["OPS_SECRET_KEY"], repr=False)
    debug: bool = field(default_factory=lambda: _env_flag("OPS_DASHBOARD_DEBUG"))
    port: int = field(default_factory=lambda: int(os.environ.get("OPS_DASHBOARD_PORT", "8050")))


def create_app(settings: DashboardSettings | None = None) -> Flask:
    settings = settings or DashboardSettings()
    app = Flask(__name__)
    app.config.update(SECRET_KEY=settings.secret_key, DATABASE_URL=settings.database_url)

    @app.get("/")
    def index():
        return render_template("ops/index.html", today=date.today())

    @app.get("/api/crews/today")
    def crews_today():
        crews = app.extensions["crew_repo"].on_site(date.today())
        return jsonify([
            {"site": c.site_code, "supervisor": c.supervisor, "technicians": c.headcount}
            for c in crews
        ])

    @app.get("/api/kit/due")
    def kit_due():
        due = app.extensions["kit_repo"].due_within(days=14)
        return jsonify([{"serial": k.serial, "type": k.kit_type, "due": k.due_on.isoformat()}
                        for k in due])

    return app


if __name__ == "__main__":
    cfg = DashboardSettings()
    create_app(cfg).run(host="127.0.0.1", port=cfg.port, debug=cfg.debug)
