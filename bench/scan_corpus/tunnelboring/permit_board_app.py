"""Flask app for the permit-to-work board shown in the site welfare cabins.

Lists live permits (hot works, confined space, electrical isolation) with
their holders and expiry times.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, render_template

from permits.models import Permit, db


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


@dataclass
class BoardConfig:
    database_url: str = field(default_factory=lambda: os.environ["PERMIT_DB_URL"])
    debug: bool = field(default_factory=lambda: _flag("PERMIT_BOARD_DEBUG"))
    refresh_seconds: int = 60

    def as_flask(self) -> dict:
        return {
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "DEBUG": self.debug,
            "BOARD_REFRESH": self.refresh_seconds,
        }


def create_app(config: BoardConfig | None = None) -> Flask:
    cfg = config or BoardConfig()
    app = Flask(__name__)
    app.config.update(cfg.as_flask())
    db.init_app(app)

    @app.get("/")
    def board():
        live = Permit.query.filter(Permit.status == "live").order_by(Permit.expires_at).all()
        return render_template(
            "board.html", permits=live, refresh=app.config["BOARD_REFRESH"]
        )

    return app


if __name__ == "__main__":
    create_app().run(port=int(os.environ.get("PORT", "8080")))
