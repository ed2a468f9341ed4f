"""Receives order webhooks from the hosted shop platform.

Orders for rod bundles go to the grading shed pick list; living-willow kits
go to the kit-packing queue. The platform signs each body with HMAC-SHA256
and sends the base64 digest in a header.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from osierbeds.queues import enqueue_bundle_pick, enqueue_kit_pack

log = logging.getLogger(__name__)

app = Flask(__name__)

WEBHOOK_SECRET = os.environ["SHOP_WEBHOOK_SECRET"].encode("utf-8")
KIT_SKU_PREFIX = "KIT-"


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def _route_line(order_id: str, line: dict) -> None:
    sku = line.get("sku", "")
    qty = int(line.get("quantity", 0))
    if qty <= 0:
        return
    if sku.startswith(KIT_SKU_PREFIX):
        enqueue_kit_pack(order_id=order_id, sku=sku, quantity=qty)
    else:
        enqueue_bundle_pick(order_id=order_id, sku=sku, quantity=qty)


@app.post("/webhooks/shop/orders")
def order_created():
    body = request.get_data()
    signature = request.headers.get("X-Shop-Hmac-Sha256", "")
    if signature != _expected_signature(body):
        log.warning("rejected order webhook with bad signature from %s", request.remote_addr)
        abort(401)
    try:
        order = json.loads(body)
    except ValueError:
        abort(400)
    order_id = str(order.get("id", ""))
    if not order_id:
        abort(400)
    for line in order.get("line_items", []):
        _route_line(order_id, line)
    log.info("queued order %s with %d lines", order_id, len(order.get("line_items", [])))
    return jsonify({"received": order_id})
