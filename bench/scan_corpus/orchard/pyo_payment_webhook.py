"""Receives payment notifications for pick-your-own bookings.

The card processor posts a JSON event for each completed or refunded
booking payment, signed with the shared webhook secret.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

log = logging.getLogger("pyo.webhook")
app = Flask(__name__)
engine = create_engine(os.environ["PYO_DATABASE_URL"], pool_pre_ping=True)

WEBHOOK = {
    "secret_env": "PYO_WEBHOOK_SECRET",
    "header": "X-Processor-Signature",
    "tolerance_s": 300,
}


def _secret() -> bytes:
    return os.environ[WEBHOOK["secret_env"]].encode()


def _signature_for(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_secret(), message, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


@app.post("/webhooks/payments")
def payment_event():
    timestamp, provided = _parse_header(request.headers.get(WEBHOOK["header"], ""))
    if not timestamp.isdigit() or not provided:
        abort(400)
    if abs(time.time() - int(timestamp)) > WEBHOOK["tolerance_s"]:
        abort(400)
    body = request.get_data()
    if _signature_for(timestamp, body) != provided:
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    booking_ref = event["data"]["metadata"]["booking_ref"]
    if event["type"] == "payment.succeeded":
        new_status = "paid"
    elif event["type"] == "payment.refunded":
        new_status = "refunded"
    else:
        return jsonify(ignored=event["type"]), 200

    with engine.begin() as conn:
        conn.execute(
            text("UPDATE pyo_bookings SET payment_status = :s, processor_ref = :p WHERE booking_ref = :b"),
            {"s": new_status, "p": event["data"]["id"], "b": booking_ref},
        )
    log.info("booking %s marked %s", booking_ref, new_status)
    return jsonify(ok=True), 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8081)
