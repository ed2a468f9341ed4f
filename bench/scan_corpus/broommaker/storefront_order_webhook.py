"""Receive new-order webhooks from the online storefront and queue workshop jobs."""

import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from .jobs import enqueue_workshop_order

log = logging.getLogger(__name__)
bp = Blueprint("storefront_hooks", __name__, url_prefix="/hooks/storefront")

WEBHOOK_SECRET = os.environ["STOREFRONT_WEBHOOK_SECRET"].encode()
HANDMADE_SKUS = ("BESOM-", "HEARTH-", "COBWEB-", "MINI-")


def _expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    mac = hmac.new(secret, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def _signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    return _expected_signature(body) == header_value.strip()


def _workshop_lines(order: dict) -> list[dict]:
    return [
        {"sku": item["sku"], "qty": int(item["quantity"]), "notes": item.get("properties", {})}
        for item in order.get("line_items", [])
        if item.get("sku", "").startswith(HANDMADE_SKUS)
    ]


@bp.post("/orders-create")
def order_created():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Storefront-Hmac-Sha256")):
        log.warning("rejected storefront webhook whose signature did not match")
        abort(401)

    order = json.loads(body)
    lines = _workshop_lines(order)
    if not lines:
        return "", 204

    enqueue_workshop_order(
        order_number=order["order_number"],
        ship_by=order.get("ship_by"),
        lines=lines,
    )
    log.info("queued %d workshop line(s) for order %s", len(lines), order["order_number"])
    return "", 202
