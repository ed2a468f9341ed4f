"""Webhook endpoint for card payments taken on the block sales web shop.

Masons and landscapers can pay for dimension blocks and walling stone online.
The card processor calls this endpoint when a payment settles or fails; the
sales order is then released to the yard or put back on hold.
"""

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

from quarryman.sales.orders import hold_order, release_order

bp = Blueprint("payment_webhook", __name__)

TOLERANCE_SECONDS = 300
SETTLED = "payment.settled"
FAILED = "payment.failed"


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _verify(raw_body: bytes, header: str) -> bool:
    timestamp, presented = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["CARD_PROCESSOR_WEBHOOK_SECRET"].encode()
    signed = f"{timestamp}.".encode() + raw_body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@bp.post("/webhooks/card-processor")
def card_processor_event():
    raw = request.get_data()
    if not _verify(raw, request.headers.get("Processor-Signature", "")):
        abort(400)
    event = json.loads(raw)
    order_no = event["data"]["metadata"]["sales_order"]
    if event["type"] == SETTLED:
        release_order(order_no, amount_pence=event["data"]["amount"])
    elif event["type"] == FAILED:
        hold_order(order_no, reason=event["data"].get("failure_reason", "declined"))
    return jsonify(received=True)
