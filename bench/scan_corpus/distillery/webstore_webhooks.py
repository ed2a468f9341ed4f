"""Webhook receiver for the online bottle shop.

The shop platform posts order events here; paid orders become allocation
requests against bottled stock in the bonded warehouse.
"""
import base64
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .allocation import queue_allocation

bp = Blueprint("webstore_hooks", __name__)
log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["WEBSTORE_WEBHOOK_SECRET"].encode()
    mac = hmac.new(secret, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@bp.post("/hooks/webstore/orders")
def order_event():
    sent = request.headers.get("X-Webstore-Hmac-Sha256", "")
    if sent != _expected_signature(request.get_data()):
        abort(401)

    event = request.get_json(force=True)
    if event.get("topic") != "orders/paid":
        return jsonify(status="ignored"), 200

    lines = [
        {"sku": li["sku"], "qty": int(li["quantity"])}
        for li in event["order"]["line_items"]
        if li.get("sku")
    ]
    queue_allocation(order_ref=event["order"]["name"], lines=lines)
    log.info("queued allocation for web order %s", event["order"]["name"])
    return jsonify(status="queued"), 202
