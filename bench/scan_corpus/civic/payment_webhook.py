"""Webhook endpoint for donations made on campaign petition pages.

The payment processor signs each delivery with HMAC-SHA256 over
``<timestamp>.<body>`` and sends ``t=<ts>,v1=<hex>`` in the signature header.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from petitions.models import Donation, db

bp = Blueprint("payments", __name__, url_prefix="/hooks/payments")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[str, list[str]]:
    timestamp, sigs = "", []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = value
        elif key == "v1":
            sigs.append(value)
    return timestamp, sigs


def verify(body: bytes, header: str) -> bool:
    timestamp, sigs = _parse_header(header)
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in sigs)


@bp.post("/events")
def payment_events():
    body = request.get_data()
    if not verify(body, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = json.loads(body)
    if event["type"] == "charge.succeeded":
        charge = event["data"]["object"]
        db.session.add(
            Donation(
                processor_id=charge["id"],
                petition_id=int(charge["metadata"]["petition_id"]),
                amount_cents=charge["amount"],
                currency=charge["currency"],
            )
        )
        db.session.commit()
    elif event["type"] == "charge.refunded":
        Donation.query.filter_by(processor_id=event["data"]["object"]["id"]).update({"refunded": True})
        db.session.commit()
    log.info("payment event %s handled", event["type"])
    return {"received": True}
