"""Receives dispute and chargeback events from the acquiring processor."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from disputes.events import handle_chargeback, handle_dispute_opened

log = logging.getLogger(__name__)
bp = Blueprint("processor_webhooks", __name__)

TOLERANCE_SECONDS = 300
HANDLERS = {
    "dispute.opened": handle_dispute_opened,
    "chargeback.created": handle_chargeback,
}


def _signature_ok(secret: bytes, timestamp: str, body: bytes, provided: str) -> bool:
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@bp.post("/webhooks/processor")
def processor_webhook():
    timestamp = request.headers.get("X-Processor-Timestamp", "")
    provided = request.headers.get("X-Processor-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(401)
    secret = os.environ["PROCESSOR_WEBHOOK_SECRET"].encode()
    if not _signature_ok(secret, timestamp, request.get_data(), provided):
        abort(401)

    event = json.loads(request.get_data())
    if event.get("livemode") is False and os.environ.get("APP_ENV") == "production":
        return "", 204
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring processor event type=%s id=%s", event.get("type"), event.get("id"))
        return "", 204
    handler(event["data"])
    return "", 204
