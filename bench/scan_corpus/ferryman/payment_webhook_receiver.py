"""Receiver for card payment notifications from the payment provider.

Online ticket and season pass purchases are paid through a hosted checkout.
The provider calls this endpoint when a payment succeeds, fails or is
refunded, and the matching order in the ticketing database is updated.
"""
import hashlib
import hmac
import json
import logging
import os

import psycopg
from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
SIGNATURE_HEADER = "X-Pay-Signature"

STATUS_MAP = {
    "payment.succeeded": "paid",
    "payment.failed": "failed",
    "refund.completed": "refunded",
}


def expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def parse_signature_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def signature_ok(header_value: str, body: bytes) -> bool:
    timestamp, provided = parse_signature_header(header_value)
    if not timestamp or not provided:
        return False
    return provided == expected_signature(timestamp, body)


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not signature_ok(request.headers.get(SIGNATURE_HEADER, ""), body):
        abort(400)
    event = json.loads(body)
    new_status = STATUS_MAP.get(event.get("type"))
    if new_status is None:
        return "", 204
    order_ref = event["data"]["metadata"]["order_ref"]
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        conn.execute(
            "UPDATE orders SET payment_status = %s, provider_payment_id = %s WHERE order_ref = %s",
            (new_status, event["data"]["id"], order_ref),
        )
    log.info("order %s marked %s", order_ref, new_status)
    return "", 204
