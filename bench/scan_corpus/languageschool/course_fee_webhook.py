"""Payment-provider webhook confirming course fee payments."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

from school.enrolment import mark_fee_paid

app = Flask(__name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict:
    fields = {}
    for part in header.split(","):
        key, _, value = part.partition("=")
        fields.setdefault(key.strip(), []).append(value.strip())
    return fields


def _is_authentic(payload: bytes, header: str) -> bool:
    fields = _parse_signature_header(header)
    try:
        timestamp = int(fields["t"][0])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in fields.get("v1", []))


@app.post("/webhooks/payments")
def payment_event():
    payload = request.get_data()
    if not _is_authentic(payload, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = request.get_json(force=True)
    if event.get("type") == "checkout.session.completed":
        metadata = event["data"]["object"].get("metadata", {})
        mark_fee_paid(
            enrolment_id=int(metadata["enrolment_id"]),
            amount_cents=int(event["data"]["object"]["amount_total"]),
            provider_ref=event["data"]["object"]["id"],
        )
    return jsonify(received=True)
