"""Workshop wall dashboard: jobs at each stage and machine status.

Shown on the big screen in the yard.  Debug output is only switched on
when a developer sets WORKSHOP_DEBUG on their own machine.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, g, jsonify, render_template

STAGES = ("templating", "sawing", "polishing", "lettering", "gilding", "ready", "fixed")


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        DEBUG=env_flag("WORKSHOP_DEBUG"),
        WORKSHOP_DB=os.environ.get("WORKSHOP_DB", "/srv/workshop/workshop.sqlite3"),
        SECRET_KEY=os.environ["WORKSHOP_SECRET_KEY"],
    )

    def db() -> sqlite3.Connection:
        if "db" not in g:
            g.db = sqlite3.connect(app.config["WORKSHOP_DB"])
            g.db.row_factory = sqlite3.Row
        return g.db

    @app.teardown_appcontext
    def close_db(_exc):
        conn = g.pop("db", None)
        if conn is not None:
            conn.close()

    @app.get("/")
    def board():
        rows = db().execute(
            "SELECT stage, COUNT(*) AS n FROM memorial_jobs GROUP BY stage"
        ).fetchall()
        counts = {r["stage"]: r["n"] for r in rows}
        return render_template("board.html", stages=[(s, counts.get(s, 0)) for s in STAGES])

    @app.get("/api/machines")
    def machines():
        rows = db().execute(
            "SELECT name, state, current_job, updated_at FROM machines ORDER BY name"
        ).fetchall()
        return jsonify(machines=[dict(r) for r in rows])

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(
        host=os.environ.get("WORKSHOP_HOST", "127.0.0.1"),
        port=int(os.environ.get("WORKSHOP_PORT", "5050")),
        debug=application.config["DEBUG"],
    )
