"""Receives delivery status callbacks from the freight carrier that ships finished dials."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3

from flask import Flask, abort, g, request

app = Flask(__name__)
log = logging.getLogger(__name__)

KNOWN_STATUSES = {"collected", "in_transit", "out_for_delivery", "delivered", "exception"}


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ.get("WORKSHOP_DB", "workshop.db"))
    return g.db


@app.teardown_appcontext
def _close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _webhook_secret() -> bytes:
    return os.environ["CARRIER_WEBHOOK_SECRET"].encode("utf-8")


@app.post("/webhooks/carrier")
def carrier_event():
    body = request.get_data()
    signature = request.headers.get("X-Carrier-Signature", "")
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    tracking = event.get("tracking_number")
    state = event.get("status")
    if not tracking or state not in KNOWN_STATUSES:
        abort(400)

    db = _db()
    with db:
        cur = db.execute(
            "UPDATE shipments SET status = ?, updated_at = CURRENT_TIMESTAMP "
            "WHERE tracking_number = ?",
            (state, tracking),
        )
    if cur.rowcount == 0:
        log.warning("carrier event for unknown tracking number %s", tracking)
    else:
        log.info("shipment %s is now %s", tracking, state)
    return {"ok": True}
