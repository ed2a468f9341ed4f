"""Callbacks from the payment provider used for freelancer payouts."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from payments.service import PayoutService

bp = Blueprint("payment_callbacks", __name__, url_prefix="/callbacks/payments")
service = PayoutService()

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYOUT_WEBHOOK_SECRET"].encode()


def _verify(raw_body: bytes, header: str) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_webhook_secret(), f"{timestamp}.".encode() + raw_body,
                        hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/events")
def receive_event():
    if not _verify(request.get_data(), request.headers.get("Payout-Signature", "")):
        abort(400)
    event = request.get_json(force=True)
    if event.get("type") == "transfer.paid":
        service.mark_paid(event["data"]["object"]["metadata"]["payout_id"])
    elif event.get("type") == "transfer.reversed":
        service.mark_reversed(event["data"]["object"]["metadata"]["payout_id"])
    return jsonify(received=True)
