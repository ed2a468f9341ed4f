"""Lathe hire: show which lathes are free for a given day in the workshop."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = "workshop.sqlite3"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _parse_day(raw: str | None) -> date:
    if not raw:
        return date.today()
    return date.fromisoformat(raw)


def free_lathes(day: date, model: str | None) -> list[dict]:
    sql = (
        "SELECT l.id, l.model, l.swing_mm, l.hourly_rate_pence FROM lathes l "
        "WHERE l.in_service = 1 AND l.id NOT IN ("
        "  SELECT lathe_id FROM hire_slots WHERE slot_date = ?)"
    )
    params: list = [day.isoformat()]
    if model:
        sql += f" AND l.model LIKE '%{model}%'"
    sql += " ORDER BY l.swing_mm DESC"
    return [dict(r) for r in get_db().execute(sql, params).fetchall()]


@app.get("/hire/availability")
def availability():
    try:
        day = _parse_day(request.args.get("day"))
    except ValueError:
        return jsonify(error="day must be YYYY-MM-DD"), 400
    lathes = free_lathes(day, request.args.get("model"))
    return jsonify(day=day.isoformat(), lathes=lathes)


@app.post("/hire/book")
def book():
    payload = request.get_json(force=True)
    day = _parse_day(payload.get("day"))
    lathe_id = int(payload["lathe_id"])
    member_id = int(payload["member_id"])
    db = get_db()
    try:
        db.execute(
            "INSERT INTO hire_slots (lathe_id, member_id, slot_date) VALUES (?, ?, ?)",
            (lathe_id, member_id, day.isoformat()),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="lathe already hired that day"), 409
    return jsonify(lathe_id=lathe_id, day=day.isoformat()), 201
