"""Workshop floor dashboard: which commission is on which bench.

Shown on a screen in the assembly hall; the joiners' and voicers' foremen
update bench assignments from their tablets.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, g, jsonify, render_template, request


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        DATABASE=os.environ.get("DASHBOARD_DB", "/var/lib/organworks/dashboard.sqlite3"),
    )

    def db() -> sqlite3.Connection:
        if "db" not in g:
            g.db = sqlite3.connect(app.config["DATABASE"])
            g.db.row_factory = sqlite3.Row
        return g.db

    @app.teardown_appcontext
    def close_db(_exc) -> None:
        conn = g.pop("db", None)
        if conn is not None:
            conn.close()

    @app.get("/")
    def board():
        rows = db().execute(
            "SELECT b.name AS bench, c.ref, c.parish, b.task FROM benches b "
            "LEFT JOIN commissions c ON c.id = b.commission_id ORDER BY b.position"
        ).fetchall()
        return render_template("board.html", benches=rows)

    @app.post("/benches/<int:bench_id>")
    def assign(bench_id: int):
        data = request.get_json(force=True)
        with db() as conn:
            conn.execute(
                "UPDATE benches SET commission_id = ?, task = ? WHERE id = ?",
                (data.get("commission_id"), data.get("task", "")[:80], bench_id),
            )
        return jsonify({"ok": True})

    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=int(os.environ.get("DASHBOARD_PORT", "8050")), debug=False)
