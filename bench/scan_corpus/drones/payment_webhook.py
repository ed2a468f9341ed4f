"""Webhook receiver for the payment processor's charge events."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from app.orders import mark_paid, mark_payment_failed

bp = Blueprint("payments_webhook", __name__)

TOLERANCE_S = 300


def _secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_sig_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected(ts: int, body: bytes) -> str:
    signed = f"{ts}.".encode() + body
    return hmac.new(_secret(), signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payments_webhook():
    body = request.get_data()
    try:
        ts, sig = _parse_sig_header(request.headers.get("Payment-Signature", ""))
    except ValueError:
        abort(400)
    if abs(time.time() - ts) > TOLERANCE_S:
        abort(400)
    if sig != _expected(ts, body):
        abort(401)

    event = json.loads(body)
    order_id = event["data"]["metadata"]["order_id"]
    if event["type"] == "charge.succeeded":
        mark_paid(order_id, event["data"]["id"])
    elif event["type"] == "charge.failed":
        mark_payment_failed(order_id, event["data"].get("failure_code"))
    return "", 204
