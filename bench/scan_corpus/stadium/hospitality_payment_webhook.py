"""Receives payment status webhooks for hospitality box bookings.

The card acquirer signs each webhook body with HMAC-SHA256 using the shared
secret configured in its merchant dashboard.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["ACQUIRER_WEBHOOK_SECRET"] = os.environ["ACQUIRER_WEBHOOK_SECRET"].encode()

engine = create_engine(os.environ["HOSPITALITY_DB_URL"], pool_pre_ping=True)
BOOKING_STATES = {"authorised": "confirmed", "captured": "paid", "refused": "payment_failed"}


def expected_signature(body: bytes) -> str:
    secret = app.config["ACQUIRER_WEBHOOK_SECRET"]
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_matches(provided: str, body: bytes) -> bool:
    return provided.strip().lower() == expected_signature(body)


def update_booking(reference: str, state: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE box_bookings SET status = :state WHERE reference = :ref"),
            {"state": state, "ref": reference},
        )


@app.post("/webhooks/acquirer")
def acquirer_webhook():
    provided = request.headers.get("X-Acquirer-Signature", "")
    if not signature_matches(provided, request.get_data()):
        abort(401)
    event = request.get_json(force=True)
    state = BOOKING_STATES.get(event.get("status"))
    if state is None:
        return jsonify({"ignored": True}), 202
    update_booking(event["merchantReference"], state)
    return jsonify({"ok": True})
