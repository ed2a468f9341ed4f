"""Receive readings pushed by the smart water meter vendor.

Each site's standpipe network has pulse meters; the vendor's cloud service
POSTs a batch of readings every night and signs the body with HMAC-SHA256
using the shared secret configured for the council's account.
"""
import hashlib
import hmac
import logging
import os
import sqlite3
from datetime import datetime

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = os.environ["ALLOTMENTS_DB"]
app.config["METER_WEBHOOK_SECRET"] = os.environ["METER_WEBHOOK_SECRET"].encode("utf-8")

log = logging.getLogger("allotments.meter_webhook")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def expected_signature(body: bytes) -> str:
    return hmac.new(app.config["METER_WEBHOOK_SECRET"], body, hashlib.sha256).hexdigest()


@app.post("/hooks/water-meters")
def receive_readings():
    body = request.get_data()
    signature = request.headers.get("X-Meter-Signature", "")
    if signature != expected_signature(body):
        abort(401)

    payload = request.get_json(force=True)
    rows = []
    for item in payload.get("readings", []):
        rows.append(
            (
                str(item["meter_id"]),
                float(item["cubic_metres"]),
                datetime.fromisoformat(item["read_at"]).isoformat(),
            )
        )
    db = get_db()
    db.executemany(
        "INSERT OR IGNORE INTO meter_reading (meter_id, cubic_metres, read_at) VALUES (?, ?, ?)",
        rows,
    )
    db.commit()
    log.info("stored %d meter readings from batch %s", len(rows), payload.get("batch_id"))
    return jsonify({"stored": len(rows)})
