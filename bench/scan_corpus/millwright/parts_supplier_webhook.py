"""Receives stock and dispatch notifications from our spare parts supplier
(bearings, brake blocks, sail cloth, gear teeth) and updates open orders.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from millwright.orders import mark_dispatched, update_stock_level

log = logging.getLogger(__name__)
bp = Blueprint("supplier_webhook", __name__)

SIGNATURE_HEADER = "X-Supplier-Signature"


def _secret() -> bytes:
    return os.environ["SUPPLIER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_secret(), body, hashlib.sha256).hexdigest()


def _check_signature(body: bytes, received: str) -> None:
    if received != _expected_signature(body):
        abort(401)


@bp.post("/webhooks/supplier")
def supplier_event():
    body = request.get_data()
    _check_signature(body, request.headers.get(SIGNATURE_HEADER, ""))
    event = json.loads(body)
    kind = event.get("type")
    if kind == "stock.updated":
        for line in event["data"]["lines"]:
            update_stock_level(line["sku"], int(line["on_hand"]))
    elif kind == "order.dispatched":
        mark_dispatched(
            order_ref=event["data"]["order_ref"],
            carrier=event["data"].get("carrier"),
            tracking=event["data"].get("tracking_number"),
        )
    else:
        log.info("ignoring supplier event type %s", kind)
    return {"received": True}
