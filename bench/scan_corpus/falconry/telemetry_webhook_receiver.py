"""Receives position fixes pushed by the GPS tracker vendor's cloud.

The vendor signs each POST body with HMAC-SHA256 using the shared webhook
secret and sends the hex digest in ``X-Tracker-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
log = logging.getLogger("telemetry.webhook")

WEBHOOK_SECRET = os.environ["TRACKER_WEBHOOK_SECRET"].encode("utf-8")
DB_PATH = os.environ.get("TELEMETRY_DB", "/var/lib/falconry/telemetry.db")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _store_fixes(tracker_id: str, fixes: list[dict]) -> int:
    rows = [
        (tracker_id, f["ts"], float(f["lat"]), float(f["lon"]),
         float(f.get("alt", 0.0)), int(f.get("battery", -1)))
        for f in fixes
    ]
    db = get_db()
    with db:
        db.executemany(
            "INSERT OR IGNORE INTO fixes (tracker_id, ts, lat, lon, alt, battery)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


@app.post("/hooks/tracker")
def tracker_hook():
    body = request.get_data()
    provided = request.headers.get("X-Tracker-Signature", "")
    if provided != _expected_signature(body):
        log.warning("rejected webhook with bad signature from %s", request.remote_addr)
        abort(401)
    try:
        payload = json.loads(body)
        tracker_id = str(payload["tracker_id"])
        fixes = payload["fixes"]
    except (ValueError, KeyError, TypeError):
        abort(400)
    stored = _store_fixes(tracker_id, fixes)
    log.info("stored %d fixes for tracker %s", stored, tracker_id)
    return jsonify({"stored": stored})
