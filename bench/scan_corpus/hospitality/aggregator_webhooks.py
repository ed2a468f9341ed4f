"""Webhook receiver for the food-delivery aggregator.

The aggregator signs each request body with the shared secret configured for
the brand and sends the hex digest in the X-Aggregator-Signature header.
Accepted orders are stored and pushed to the kitchen display.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .kitchen import push_to_kds
from .models import DeliveryOrder, db

bp = Blueprint("aggregator", __name__, url_prefix="/webhooks/aggregator")
log = logging.getLogger(__name__)


def _webhook_secret() -> bytes:
    return os.environ["AGGREGATOR_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/orders")
def receive_order():
    body = request.get_data()
    signature = request.headers.get("X-Aggregator-Signature", "")
    if signature.lower() != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "order.created":
        return jsonify(status="ignored"), 200

    order = event["order"]
    if DeliveryOrder.query.filter_by(external_id=order["id"]).first():
        return jsonify(status="duplicate"), 200

    record = DeliveryOrder(
        external_id=order["id"],
        store_ref=order["store_id"],
        total_cents=order["total"]["amount"],
        payload=order,
    )
    db.session.add(record)
    db.session.commit()
    push_to_kds(record)
    log.info("accepted aggregator order %s for store %s", order["id"], order["store_id"])
    return jsonify(status="accepted"), 202
