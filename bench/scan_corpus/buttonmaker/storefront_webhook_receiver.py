"""Receive order webhooks from the retail storefront (consumer button packs)."""
import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from buttonworks.fulfilment import enqueue_pack_order

app = Flask(__name__)
log = logging.getLogger("storefront.webhooks")

WEBHOOK_SECRET = os.environ["STOREFRONT_WEBHOOK_SECRET"].encode()
HANDLED_TOPICS = {"orders/create", "orders/cancelled"}


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    mac = hmac.new(secret, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def signature_ok(body: bytes, header_value: str) -> bool:
    if not header_value:
        return False
    return expected_signature(body) == header_value.strip()


@app.post("/webhooks/storefront")
def storefront_webhook():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("X-Storefront-Hmac-Sha256", "")):
        abort(401)
    topic = request.headers.get("X-Storefront-Topic", "")
    if topic not in HANDLED_TOPICS:
        return "", 204
    order = json.loads(body)
    skus = [(li["sku"], int(li["quantity"])) for li in order.get("line_items", [])]
    log.info("storefront %s for order %s (%d lines)", topic, order.get("id"), len(skus))
    if topic == "orders/create":
        enqueue_pack_order(order["id"], skus, ship_to=order.get("shipping_address"))
    return "", 200
