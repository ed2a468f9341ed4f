"""Historical level and pressure series for the compressed hydrogen tank farm."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["HISTORY_DB"] = "/var/lib/tankfarm/history.sqlite"


def _tank_filter(tank_id: str, since: str) -> str:
    return f"tank_id = '{tank_id}' AND recorded_at >= '{since}'"


class LevelHistory:
    """Read access to the tank_levels table written by the gauge collector."""

    columns = ("recorded_at", "level_pct", "pressure_bar", "temperature_c")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def series(self, tank_id: str, since: str) -> list[dict]:
        where = _tank_filter(tank_id, since)
        cols = ", ".join(self.columns)
        rows = self.conn.execute(
            f"SELECT {cols} FROM tank_levels WHERE {where} ORDER BY recorded_at"
        ).fetchall()
        return [dict(r) for r in rows]

    def tanks(self) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT tank_id FROM tank_levels ORDER BY tank_id")
        return [r["tank_id"] for r in rows]


def history() -> LevelHistory:
    if "history" not in g:
        g.history = LevelHistory(sqlite3.connect(app.config["HISTORY_DB"]))
    return g.history


@app.teardown_appcontext
def _close(_exc) -> None:
    h = g.pop("history", None)
    if h is not None:
        h.conn.close()


@app.get("/tanks")
def list_tanks():
    return jsonify(history().tanks())


@app.get("/tanks/<tank_id>/levels")
def tank_levels(tank_id: str):
    default_since = (datetime.utcnow() - timedelta(hours=24)).isoformat(timespec="seconds")
    since = request.args.get("since", default_since)
    return jsonify(history().series(tank_id, since))
