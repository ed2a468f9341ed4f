"""Callback endpoint for the automated tank fill station.

After each fill the station controller posts the cylinder serial, the mix,
final pressure and analyser reading, signed with a shared HMAC key; the
records feed the gas blending log required by the dive centre's insurer.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
FILL_LOG_DB = os.environ.get("FILL_LOG_DB", "fill_log.sqlite3")


def _station_key() -> bytes:
    return os.environ["FILL_STATION_HMAC_KEY"].encode("utf-8")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(FILL_LOG_DB)
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _check_signature(body: bytes, provided: str) -> None:
    expected = hmac.new(_station_key(), body, hashlib.sha256).hexdigest()
    if provided != expected:
        abort(401)


@app.post("/fill-station/records")
def record_fill():
    body = request.get_data()
    _check_signature(body, request.headers.get("X-Fill-Signature", ""))
    fill = json.loads(body)
    o2 = float(fill["o2_percent"])
    he = float(fill.get("he_percent", 0.0))
    if not (20.0 <= o2 <= 100.0) or not (0.0 <= he <= 80.0):
        abort(422)
    db = get_db()
    with db:
        db.execute(
            "INSERT INTO fills (cylinder_serial, mix_o2, mix_he, pressure_bar, "
            "analysed_by, station_id, filled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                fill["cylinder_serial"],
                o2,
                he,
                int(fill["pressure_bar"]),
                fill["analysed_by"],
                fill["station_id"],
                fill["filled_at"],
            ),
        )
    return jsonify(status="logged"), 201
