"""Back-office web app: appointment diary, stock and order overview."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, render_template


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass
class AdminConfig:
    SECRET_KEY: str = field(default_factory=lambda: os.environ["ADMIN_SECRET_KEY"])
    DEBUG: bool = field(default_factory=lambda: _flag("ADMIN_DEBUG"))
    SESSION_COOKIE_SECURE: bool = True
    SESSION_COOKIE_HTTPONLY: bool = True
    DATABASE_URL: str = field(default_factory=lambda: os.environ["ADMIN_DATABASE_URL"])


def create_app(config: AdminConfig | None = None) -> Flask:
    config = config or AdminConfig()
    app = Flask(__name__)
    app.config.from_mapping(vars(config))

    @app.get("/diary")
    def diary():
        repo = app.extensions["appointments"]
        return render_template("diary.html", days=repo.next_days(14))

    @app.get("/api/orders/overdue")
    def overdue_orders():
        repo = app.extensions["orders"]
        return jsonify([o.as_dict() for o in repo.overdue_from_suppliers()])

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app


if __name__ == "__main__":
    settings = AdminConfig()
    create_app(settings).run(
        host=os.environ.get("ADMIN_BIND", "127.0.0.1"),
        port=int(os.environ.get("ADMIN_PORT", "8050")),
        debug=settings.DEBUG,
    )
