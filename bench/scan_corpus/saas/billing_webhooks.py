"""Billing webhook receiver for the payments provider."""
import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, abort, current_app, request

from billing import handlers

bp = Blueprint("billing_webhooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t" and value.isdigit():
            ts = int(value)
        elif key == "v1":
            sigs.append(value)
    return ts, sigs


def _expected_signature(secret: str, ts: int, payload: bytes) -> str:
    signed = f"{ts}.".encode() + payload
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/billing")
def billing_webhook():
    payload = request.get_data()
    ts, signatures = _parse_signature_header(request.headers.get("Billing-Signature", ""))
    if not signatures or abs(time.time() - ts) > TOLERANCE_SECONDS:
        abort(400)
    expected = _expected_signature(current_app.config["BILLING_WEBHOOK_SECRET"], ts, payload)
    if expected not in signatures:
        abort(400)

    event = json.loads(payload)
    handler = handlers.REGISTRY.get(event["type"])
    if handler is None:
        log.info("ignoring billing event type %s", event["type"])
        return "", 204
    handler(event["data"]["object"])
    return "", 200
