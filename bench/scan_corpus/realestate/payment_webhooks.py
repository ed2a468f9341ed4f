"""Rent collection provider webhooks.

The provider signs each delivery with ``Webhook-Signature: t=<ts>,v1=<hex>``
where v1 is HMAC-SHA256 over "<ts>.<body>". Deliveries older than five
minutes are rejected to limit replays.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from .ledger import record_rent_payment, record_failed_collection

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def _verify(body: bytes, header: str) -> bool:
    try:
        timestamp, received = _parse_header(header)
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["RENT_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@bp.post("/hooks/rent-collection")
def rent_collection_event():
    body = request.get_data()
    if not _verify(body, request.headers.get("Webhook-Signature", "")):
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        record_rent_payment(tenancy_ref=data["reference"], amount_pence=int(data["amount"]),
                            paid_at=data["paid_at"])
    elif kind == "payment.failed":
        record_failed_collection(tenancy_ref=data["reference"], reason=data.get("failure_reason", ""))
    return "", 204
