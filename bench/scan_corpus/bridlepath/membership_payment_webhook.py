"""Receive membership payment events from the direct-debit provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from bridlepath.membership import renewals

log = logging.getLogger("payments.webhook")

bp = Blueprint("payment_webhooks", __name__)

WEBHOOK_SECRET = os.environ["DD_WEBHOOK_SECRET"].encode()

HANDLED = {
    ("payments", "confirmed"): renewals.mark_paid,
    ("payments", "failed"): renewals.mark_failed,
    ("mandates", "cancelled"): renewals.mandate_cancelled,
}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    return _expected_signature(body) == header_value.strip()


@bp.post("/webhooks/direct-debit")
def direct_debit_webhook():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("Webhook-Signature")):
        abort(401)
    events = json.loads(body).get("events", [])
    for event in events:
        handler = HANDLED.get((event.get("resource_type"), event.get("action")))
        if handler is None:
            log.debug("ignoring event %s", event.get("id"))
            continue
        handler(
            event_id=event["id"],
            mandate_id=event["links"].get("mandate"),
            payment_id=event["links"].get("payment"),
        )
    return "", 204
