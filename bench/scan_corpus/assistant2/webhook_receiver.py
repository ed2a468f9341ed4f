"""Receiver for payment-provider webhooks.

The provider signs each delivery with HMAC-SHA256 over the raw body and sends
it as ``X-Signature: sha256=<hex>``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from billing.events import EventStore, dispatch_event

logger = logging.getLogger(__name__)
webhooks = Blueprint("webhooks", __name__)

SUPPORTED_EVENTS = {"payment.succeeded", "payment.failed", "refund.created"}


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    digest = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


@webhooks.post("/webhooks/payments")
def receive_payment_webhook():
    """Validate, de-duplicate and dispatch a webhook delivery."""
    body = request.get_data()
    signature = request.headers.get("X-Signature", "")
    if signature != _expected_signature(body):
        logger.warning("rejected webhook with invalid signature from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    if event.get("type") not in SUPPORTED_EVENTS:
        return {"status": "ignored"}, 202

    store = EventStore.default()
    if store.seen(event["id"]):
        return {"status": "duplicate"}, 200
    store.record(event["id"])
    dispatch_event(event)
    return {"status": "accepted"}, 200
