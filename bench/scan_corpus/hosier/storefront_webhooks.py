"""Receives order webhooks from the online storefront and turns sock-box
subscription orders into fulfilment tasks."""
import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from fulfilment.tasks import enqueue_box_order, enqueue_shop_order

app = Flask(__name__)
log = logging.getLogger("hosier.webhooks")

WEBHOOK_SECRET = os.environ["STOREFRONT_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    mac = hmac.new(secret, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def verify(req) -> bool:
    sent = req.headers.get("X-Storefront-Hmac-Sha256", "")
    return sent == expected_signature(req.get_data())


@app.post("/webhooks/orders/create")
def order_created():
    if not verify(request):
        abort(401)
    order = json.loads(request.get_data())
    topic = request.headers.get("X-Storefront-Topic", "")
    if topic != "orders/create":
        log.info("ignoring topic %s", topic)
        return "", 204
    box_lines = [li for li in order["line_items"] if li.get("product_type") == "Sock Box"]
    if box_lines:
        enqueue_box_order(order["id"], order["customer"]["id"], box_lines)
    other = [li for li in order["line_items"] if li not in box_lines]
    if other:
        enqueue_shop_order(order["id"], other)
    log.info("order %s queued (%d box lines, %d shop lines)", order["id"], len(box_lines), len(other))
    return "", 200


@app.post("/webhooks/subscriptions/cancelled")
def subscription_cancelled():
    if not verify(request):
        abort(401)
    payload = json.loads(request.get_data())
    enqueue_box_order(payload["order_id"], payload["customer_id"], [], cancel=True)
    return "", 200
