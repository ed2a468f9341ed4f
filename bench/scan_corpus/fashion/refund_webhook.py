"""Webhook receiver for refund status events from the payment service provider.

The PSP signs each delivery with ``Psp-Signature: t=<ts>,v1=<hex>[,v1=<hex>]``;
during key rotation it sends one ``v1`` entry per active secret.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from shop.refunds import mark_refund_failed, mark_refund_settled

bp = Blueprint("psp_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _check_signature(payload: bytes, header: str) -> None:
    timestamp, provided = _parse_header(header)
    if not provided or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    secret = os.environ["PSP_WEBHOOK_SECRET"].encode()
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    if expected not in provided:
        abort(400)


@bp.post("/webhooks/psp/refunds")
def refund_event():
    payload = request.get_data()
    _check_signature(payload, request.headers.get("Psp-Signature", ""))
    event = json.loads(payload)
    refund = event["data"]["object"]
    if event["type"] == "refund.succeeded":
        mark_refund_settled(refund["id"], refund["amount"])
    elif event["type"] == "refund.failed":
        mark_refund_failed(refund["id"], refund.get("failure_reason", "unknown"))
    return {"received": True}
