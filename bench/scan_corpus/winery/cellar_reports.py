"""Cellar condition reports for the winemaking team dashboard."""
from __future__ import annotations

import os
from datetime import datetime, timedelta

import psycopg2
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def _connect():
    return psycopg2.connect(os.environ["CELLAR_DATABASE_URL"])


def _readings_query(tank_id: str, since: datetime) -> str:
    return (
        "SELECT ts, temperature_c, humidity_pct, co2_ppm FROM cellar_readings "
        "WHERE tank_id = '%s' AND ts >= '%s' ORDER BY ts" % (tank_id, since.isoformat())
    )


def fetch_readings(tank_id: str, since: datetime) -> list[dict]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(_readings_query(tank_id, since))
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def summarize(rows: list[dict]) -> dict:
    if not rows:
        return {"count": 0}
    temps = [r["temperature_c"] for r in rows if r["temperature_c"] is not None]
    return {
        "count": len(rows),
        "min_temp": min(temps, default=None),
        "max_temp": max(temps, default=None),
        "last_ts": rows[-1]["ts"].isoformat(),
    }


@app.get("/tanks/<tank_id>/readings")
def tank_readings(tank_id: str):
    hours = request.args.get("hours", default=24, type=int)
    if hours <= 0 or hours > 24 * 90:
        abort(400)
    rows = fetch_readings(tank_id, datetime.utcnow() - timedelta(hours=hours))
    return jsonify(summary=summarize(rows), rows=[{**r, "ts": r["ts"].isoformat()} for r in rows])
