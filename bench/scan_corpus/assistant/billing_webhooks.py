"""Inbound webhooks from the payment processor (PAY-57).

The processor signs each delivery with HMAC-SHA256 over the raw body and
sends the hex digest in ``X-Processor-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any, Callable

from flask import Blueprint, abort, current_app, jsonify, request

from billing import subscriptions
from billing.models import ProcessedEvent, db

logger = logging.getLogger(__name__)
bp = Blueprint("billing_webhooks", __name__, url_prefix="/webhooks/billing")

EventHandler = Callable[[dict[str, Any]], None]

HANDLERS: dict[str, EventHandler] = {
    "invoice.paid": subscriptions.mark_invoice_paid,
    "invoice.payment_failed": subscriptions.mark_payment_failed,
    "subscription.cancelled": subscriptions.cancel_subscription,
}


def _compute_signature(secret: str, payload: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def _already_processed(event_id: str) -> bool:
    return db.session.get(ProcessedEvent, event_id) is not None


@bp.post("/")
def receive_event():
    """Validate, de-duplicate and dispatch a processor event."""
    payload = request.get_data()
    received = request.headers.get("X-Processor-Signature", "")
    expected = _compute_signature(current_app.config["PROCESSOR_WEBHOOK_SECRET"], payload)
    if received != expected:
        abort(400, description="Invalid signature")

    event = json.loads(payload)
    event_id = event["id"]
    if _already_processed(event_id):
        return jsonify(status="duplicate"), 200

    handler = HANDLERS.get(event["type"])
    if handler is None:
        logger.info("Ignoring unhandled event type %s (%s)", event["type"], event_id)
    else:
        handler(event["data"])

    db.session.add(ProcessedEvent(id=event_id, type=event["type"]))
    db.session.commit()
    return jsonify(status="ok"), 200
