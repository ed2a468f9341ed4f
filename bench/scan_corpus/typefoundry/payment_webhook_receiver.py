"""Receives payment provider webhooks and releases licences for paid orders."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .licensing import fulfil_order, mark_refunded

logger = logging.getLogger(__name__)
bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp = 0
    signatures = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify_signature(payload: bytes, header: str, now: float | None = None) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not signatures or abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode("ascii") + payload
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@bp.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    header = request.headers.get("Payment-Signature", "")
    try:
        valid = verify_signature(payload, header)
    except ValueError:
        valid = False
    if not valid:
        abort(400)

    event = json.loads(payload)
    event_type = event.get("type")
    data = event.get("data", {}).get("object", {})

    if event_type == "checkout.session.completed":
        if data.get("payment_status") == "paid":
            fulfil_order(data["client_reference_id"])
            logger.info("order %s paid, licences released", data["client_reference_id"])
    elif event_type == "charge.refunded":
        mark_refunded(data.get("metadata", {}).get("order_id"))
        logger.info("order %s refunded", data.get("metadata", {}).get("order_id"))
    else:
        logger.debug("ignoring webhook event %s", event_type)
    return "", 204
