"""Receive order events from the dealer marketplace.

The marketplace signs each webhook body with HMAC-SHA256 using the
shared secret configured for our shop and sends it in the
X-Market-Signature header as "sha256=<hex>".
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, current_app, request

app = Flask(__name__)
log = logging.getLogger("dealer_webhooks")

WEBHOOK_SECRET = os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    return header_value == expected_signature(body)


def handle_order_created(data: dict) -> None:
    stock = current_app.extensions["stock"]
    for line in data["lines"]:
        stock.reserve(line["sku"], line["quantity"], order_ref=data["order_id"])
    log.info("reserved stock for marketplace order %s", data["order_id"])


def handle_order_cancelled(data: dict) -> None:
    current_app.extensions["stock"].release_order(data["order_id"])
    log.info("released stock for cancelled order %s", data["order_id"])


HANDLERS = {
    "order.created": handle_order_created,
    "order.cancelled": handle_order_cancelled,
}


@app.post("/webhooks/marketplace")
def marketplace_webhook():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("X-Market-Signature", "")):
        abort(401)
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring marketplace event type %s", event.get("type"))
        return "", 204
    handler(event["data"])
    return "", 204
