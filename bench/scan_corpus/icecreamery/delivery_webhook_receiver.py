"""Receives order status webhooks from the third-party delivery app."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger("delivery.webhooks")
bp = Blueprint("delivery_webhooks", __name__, url_prefix="/hooks/delivery")

STATUS_MAP = {
    "courier_assigned": "OUT_FOR_PICKUP",
    "picked_up": "IN_TRANSIT",
    "delivered": "DELIVERED",
    "cancelled": "CANCELLED",
}


class PartnerSecrets:
    def __init__(self) -> None:
        self._by_partner = {
            "swiftbite": os.environ["SWIFTBITE_WEBHOOK_SECRET"],
            "courierly": os.environ["COURIERLY_WEBHOOK_SECRET"],
        }

    def for_partner(self, partner: str) -> bytes:
        try:
            return self._by_partner[partner].encode()
        except KeyError:
            abort(404)


secrets_store = PartnerSecrets()


def expected_signature(partner: str, body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(secrets_store.for_partner(partner), message, hashlib.sha256).hexdigest()


def update_order_status(order_ref: str, status: str) -> None:
    log.info("order %s moved to %s", order_ref, status)


@bp.post("/<partner>")
def receive(partner: str):
    received = request.headers.get("X-Signature", "")
    timestamp = request.headers.get("X-Timestamp", "")
    if received != expected_signature(partner, request.get_data(), timestamp):
        abort(401)
    event = json.loads(request.get_data())
    status = STATUS_MAP.get(event.get("type", ""))
    if status is None:
        return jsonify(ignored=True), 202
    update_order_status(event["order_ref"], status)
    return jsonify(ok=True)
