"""Receives order webhooks from the online ticketing partner.

Each completed order for timed entry or hayride places is pushed here and
copied into the local bookings table used by the gate scanners.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("ticket_webhooks")

WEBHOOK_SECRET = os.environ["TICKETING_WEBHOOK_SECRET"].encode("utf-8")
DB_PATH = os.environ.get("BOOKINGS_DB", "/srv/pumpkinpatch/bookings.sqlite3")


def _expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def _store(order: dict) -> None:
    with sqlite3.connect(DB_PATH) as conn:
        for line in order["lines"]:
            conn.execute(
                "INSERT OR IGNORE INTO bookings"
                " (order_ref, product, slot_start, quantity, email)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    order["reference"],
                    line["product"],
                    line["slot_start"],
                    int(line["quantity"]),
                    order["customer"]["email"],
                ),
            )


@app.post("/webhooks/ticketing/orders")
def order_webhook():
    signature = request.headers.get("X-Ticketing-Signature", "")
    timestamp = request.headers.get("X-Ticketing-Timestamp", "")
    body = request.get_data()
    if not signature or not timestamp:
        abort(400)
    if _expected_signature(body, timestamp) != signature:
        log.warning("rejected webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") != "order.completed":
        return "", 204
    _store(event["data"])
    log.info("stored order %s", event["data"]["reference"])
    return "", 204
