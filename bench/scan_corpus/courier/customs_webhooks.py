"""Webhook receiver for clearance status updates from the customs broker."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from courier.customs.service import apply_clearance_event

bp = Blueprint("customs_webhooks", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Broker-Signature"
KNOWN_EVENTS = {"cleared", "held", "duty_due", "released", "rejected"}


def _secret() -> bytes:
    return os.environ["CUSTOMS_BROKER_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, received: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return expected == received.strip().lower()


@bp.post("/webhooks/customs-broker")
def broker_event():
    body = request.get_data(cache=False)
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not received or not _signature_ok(body, received):
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    if event.get("type") not in KNOWN_EVENTS:
        log.warning("ignoring unknown broker event type %r", event.get("type"))
        return "", 202

    apply_clearance_event(
        declaration_id=event["declaration_id"],
        status=event["type"],
        duty_amount=event.get("duty_amount"),
        occurred_at=event["occurred_at"],
    )
    return "", 204
