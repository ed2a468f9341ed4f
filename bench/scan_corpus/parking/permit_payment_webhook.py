"""Payment processor webhook for permit purchases."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, request

from permits.billing import mark_paid, mark_refunded

bp = Blueprint("payment_webhook", __name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PERMIT_PAYMENTS_WEBHOOK_SECRET"].encode()


def _verify(payload: bytes, timestamp: str, signature: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    signed = timestamp.encode() + b"." + payload
    expected = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    if not _verify(payload, request.headers.get("X-Timestamp", ""), request.headers.get("X-Signature", "")):
        abort(401)
    event = request.get_json(force=True)
    if event["type"] == "charge.succeeded":
        mark_paid(event["data"]["metadata"]["permit_id"], event["data"]["id"])
    elif event["type"] == "charge.refunded":
        mark_refunded(event["data"]["metadata"]["permit_id"])
    return "", 204
