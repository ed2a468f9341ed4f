"""Card payment webhooks for hire deposits.

The card processor calls this endpoint when a hire deposit is captured,
refunded after a boat is returned undamaged, or disputed. Each call is
signed with the webhook secret configured in the processor dashboard.
"""

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from coracle.deposits import mark_captured, mark_disputed, mark_refunded

log = logging.getLogger(__name__)
app = Flask(__name__)


class WebhookConfig:
    signing_secret = os.environ.get("PAYMENTS_WEBHOOK_SECRET", "")
    tolerance_seconds = 300


HANDLERS = {
    "deposit.captured": mark_captured,
    "deposit.refunded": mark_refunded,
    "deposit.disputed": mark_disputed,
}


def _parse_signature_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", "0"), "v1": parts.get("v1", "")}


def _expected_signature(timestamp: str, body: bytes, cfg=WebhookConfig) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(cfg.signing_secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payments_webhook():
    body = request.get_data()
    sig = _parse_signature_header(request.headers.get("Payments-Signature", ""))
    if abs(time.time() - int(sig["t"])) > WebhookConfig.tolerance_seconds:
        abort(400)
    expected = _expected_signature(sig["t"], body)
    if sig["v1"] != expected:
        abort(400)
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("Ignoring payment event type %s", event.get("type"))
        return "", 204
    handler(event["data"]["booking_ref"], event["data"]["amount"])
    return "", 204
