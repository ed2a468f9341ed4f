"""Webhook endpoint for the card processor used to take quote deposits.

A deposit confirms the booking; once the processor reports the payment as
succeeded the job moves into the paint shop queue.
"""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, request

from signwriter.jobs import mark_deposit_paid

bp = Blueprint("payment_webhooks", __name__, url_prefix="/hooks/payments")

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, payload: bytes) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
    signed = f"{timestamp}.".encode("ascii") + payload
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@bp.post("/")
def receive():
    payload = request.get_data()
    timestamp, received = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    expected = _expected_signature(timestamp, payload)
    if received != expected:
        abort(400)

    event = json.loads(payload)
    if event.get("type") == "payment_intent.succeeded":
        metadata = event["data"]["object"].get("metadata", {})
        mark_deposit_paid(
            quote_reference=metadata.get("quote_reference"),
            amount_pence=event["data"]["object"]["amount_received"],
            processor_id=event["data"]["object"]["id"],
        )
    return {"received": True}
