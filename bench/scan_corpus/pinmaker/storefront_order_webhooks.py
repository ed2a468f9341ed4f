"""Receive order webhooks from the hosted storefront and queue them for production."""
import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("storefront_webhooks", __name__, url_prefix="/hooks/storefront")
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["STOREFRONT_WEBHOOK_SECRET"].encode()
HANDLED_TOPICS = {"orders/create", "orders/paid", "orders/cancelled"}


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def _verify(req) -> bool:
    sent = req.headers.get("X-Storefront-Hmac-Sha256", "")
    return sent == _expected_signature(req.get_data())


def _pin_lines(order: dict) -> list[dict]:
    return [
        {
            "sku": item["sku"],
            "quantity": int(item["quantity"]),
            "artwork_id": item.get("properties", {}).get("artwork_id"),
        }
        for item in order.get("line_items", [])
        if item.get("product_type") in {"enamel-pin", "badge", "keyring"}
    ]


@bp.post("/orders")
def order_event():
    if not _verify(request):
        abort(401)
    topic = request.headers.get("X-Storefront-Topic", "")
    if topic not in HANDLED_TOPICS:
        return "", 204
    order = json.loads(request.get_data())
    queue = current_app.extensions["production_queue"]
    if topic == "orders/cancelled":
        queue.cancel(order["id"])
    else:
        queue.upsert(order["id"], customer=order["customer"]["email"],
                     lines=_pin_lines(order), paid=(topic == "orders/paid"))
    log.info("storefront %s for order %s handled", topic, order["id"])
    return "", 200
