"""Ticket board for the workshop wall screen and bench tablets.

Shows which repair tickets are on which bench, what is waiting for parts
(valve leather, gusset cloth, reed wax) and what is due this week.
"""
import os
from datetime import date, timedelta

from flask import Flask, jsonify, render_template


class BoardConfig:
    DEBUG = False
    TESTING = False
    SECRET_KEY = os.environ.get("TICKET_BOARD_SECRET_KEY")
    WORKSHOP_DB = os.environ.get("WORKSHOP_DB", "/var/lib/bellows/workshop.db")
    REFRESH_SECONDS = int(os.environ.get("BOARD_REFRESH_SECONDS", "60"))


class LocalDevConfig(BoardConfig):
    DEBUG = True
    SECRET_KEY = os.urandom(32).hex()
    WORKSHOP_DB = "./dev-workshop.db"


def create_app(config: type = BoardConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("TICKET_BOARD_SECRET_KEY is not set")

    from .board_data import open_tickets, waiting_for_parts

    @app.get("/")
    def board():
        today = date.today()
        return render_template(
            "board.html",
            tickets=open_tickets(app.config["WORKSHOP_DB"]),
            refresh=app.config["REFRESH_SECONDS"],
            week_end=today + timedelta(days=6 - today.weekday()),
        )

    @app.get("/api/waiting-parts")
    def waiting_parts():
        rows = waiting_for_parts(app.config["WORKSHOP_DB"])
        return jsonify(items=[{"ticket": r.ticket_id, "part": r.part, "since": r.since.isoformat()}
                              for r in rows])

    return app


def _config_from_env() -> type:
    return LocalDevConfig if os.environ.get("BOARD_ENV") == "local" else BoardConfig


app = create_app(_config_from_env())

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5010, debug=app.config["DEBUG"])
