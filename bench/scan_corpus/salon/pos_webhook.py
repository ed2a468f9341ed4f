"""Webhook receiver for sale and refund events from the point-of-sale provider."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

from loyalty.points import award_points_for_sale, reverse_points_for_refund

bp = Blueprint("pos_webhook", __name__, url_prefix="/hooks/pos")

SIGNATURE_HEADER = "X-POS-Signature"


def _expected_signature(body: bytes) -> str:
    key = os.environ["POS_WEBHOOK_SIGNING_KEY"].encode()
    digest = hmac.new(key, request.url.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@bp.post("/events")
def receive_event():
    body = request.get_data()
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if supplied != _expected_signature(body):
        current_app.logger.warning("rejected POS webhook with invalid signature from %s", request.remote_addr)
        abort(401)

    event = request.get_json(force=True)
    kind = event.get("type")
    data = event.get("data", {})

    if kind == "payment.completed":
        award_points_for_sale(
            customer_ref=data.get("customer_id"),
            location_ref=data["location_id"],
            amount_pence=int(data["amount_money"]["amount"]),
            sale_ref=data["id"],
        )
    elif kind == "refund.created":
        reverse_points_for_refund(sale_ref=data["payment_id"], amount_pence=int(data["amount_money"]["amount"]))
    else:
        current_app.logger.info("ignoring POS event type %s", kind)

    return jsonify(received=True)
