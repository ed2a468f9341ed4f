"""Receives readings from the humidity/blower monitors fitted in client churches.

Each monitor posts JSON every fifteen minutes, signed with a per-device
HMAC key provisioned at installation.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = os.environ.get("MONITOR_DB", "/var/lib/organworks/monitors.sqlite3")

HUMIDITY_ALARM_LOW = 40.0


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


def device_key(device_id: str) -> bytes | None:
    row = get_db().execute(
        "SELECT hmac_key FROM monitors WHERE device_id = ? AND active = 1", (device_id,)
    ).fetchone()
    return bytes.fromhex(row["hmac_key"]) if row else None


@app.post("/monitors/<device_id>/readings")
def ingest_reading(device_id: str):
    key = device_key(device_id)
    if key is None:
        abort(404)
    raw = request.get_data()
    provided = request.headers.get("X-Monitor-Signature", "")
    expected = hmac.new(key, raw, hashlib.sha256).hexdigest()
    if provided != expected:
        abort(401)
    reading = json.loads(raw)
    db = get_db()
    db.execute(
        "INSERT INTO readings (device_id, taken_at, humidity, temperature, blower_on) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            device_id,
            reading["taken_at"],
            float(reading["humidity"]),
            float(reading["temperature"]),
            1 if reading.get("blower_on") else 0,
        ),
    )
    db.commit()
    alarm = float(reading["humidity"]) < HUMIDITY_ALARM_LOW
    return jsonify({"stored": True, "humidity_alarm": alarm}), 201
