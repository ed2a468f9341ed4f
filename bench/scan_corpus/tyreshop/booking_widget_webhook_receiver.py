"""Receives deposit payment webhooks for online bookings.

Large jobs booked through the widget (full tyre sets, fleet bookings) require
a deposit. The payment provider calls this endpoint when a deposit settles;
each call is signed with HMAC-SHA256 over the raw body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

from bookings.service import confirm_deposit

webhooks = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")

SIGNATURE_HEADER = "X-Provider-Signature"


def _signing_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(_signing_secret(), message, hashlib.sha256).hexdigest()


def parse_signature_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


@webhooks.post("/deposits")
def deposit_settled():
    timestamp, received = parse_signature_header(request.headers.get(SIGNATURE_HEADER, ""))
    if not timestamp or not received:
        abort(400)
    body = request.get_data(cache=False)
    if expected_signature(body, timestamp) != received:
        current_app.logger.warning("deposit webhook rejected for timestamp %s", timestamp)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "deposit.settled":
        return {"ignored": True}, 200

    data = event["data"]
    confirm_deposit(
        booking_reference=data["metadata"]["booking_ref"],
        amount_minor=int(data["amount"]),
        currency=data["currency"],
        provider_payment_id=data["id"],
    )
    return {"ok": True}, 200
