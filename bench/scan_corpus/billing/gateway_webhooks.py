"""Receives payment gateway webhooks and updates invoice state."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

from billing.invoices import mark_paid, mark_payment_failed

bp = Blueprint("gateway_webhooks", __name__)
TOLERANCE_SECONDS = 300


def _expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def _check(header: str, body: bytes) -> None:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    ts, sig = parts.get("t"), parts.get("v1")
    if not ts or not sig or abs(time.time() - int(ts)) > TOLERANCE_SECONDS:
        abort(400)
    expected = _expected_signature(os.environ["GATEWAY_WEBHOOK_SECRET"], ts, body)
    if sig != expected:
        abort(400)


@bp.post("/webhooks/gateway")
def receive():
    body = request.get_data()
    _check(request.headers.get("Gateway-Signature", ""), body)
    event = json.loads(body)
    if event["type"] == "invoice.paid":
        mark_paid(event["data"]["invoice_id"])
    elif event["type"] == "invoice.payment_failed":
        mark_payment_failed(event["data"]["invoice_id"])
    current_app.logger.info("processed gateway event %s", event["id"])
    return "", 204
