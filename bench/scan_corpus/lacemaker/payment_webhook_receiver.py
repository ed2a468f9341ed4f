"""Payment notifications for the thread supply shop.

The card processor posts an event when an order is paid or refunded; we mark
the order accordingly and release it to the packing queue.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from lacemaker.shop import orders

app = Flask(__name__)
log = logging.getLogger("lacemaker.shop.webhooks")

TOLERANCE_SECONDS = 300


class WebhookConfig:
    signing_secret = os.environ.get("PAYMENTS_WEBHOOK_SECRET", "").encode()
    header = "X-Pay-Signature"


def parse_signature_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def expected_signature(timestamp: int, body: bytes, secret: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def signature_matches(header_value: str, body: bytes, cfg=WebhookConfig) -> bool:
    timestamp, supplied = parse_signature_header(header_value)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    return supplied == expected_signature(timestamp, body, cfg.signing_secret)


@app.post("/webhooks/payments")
def payments_webhook():
    body = request.get_data()
    if not signature_matches(request.headers.get(WebhookConfig.header, ""), body):
        abort(400)
    event = json.loads(body)
    order_ref = event["data"]["metadata"].get("order_ref")
    if event["type"] == "payment.succeeded":
        orders.mark_paid(order_ref, event["data"]["id"])
    elif event["type"] == "payment.refunded":
        orders.mark_refunded(order_ref, event["data"]["id"])
    log.info("payment event %s for order %s", event["type"], order_ref)
    return {"received": True}
