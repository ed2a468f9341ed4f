"""Receives purchase orders pushed by dealer point-of-sale systems.

Each dealer signs the raw request body with its shared secret and sends the
hex HMAC-SHA256 in the ``X-Fletcher-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from fletcher.dealers.models import Dealer
from fletcher.orders.intake import create_dealer_order

bp = Blueprint("dealer_po", __name__, url_prefix="/hooks/dealer")


def expected_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _load_dealer(dealer_code: str) -> Dealer:
    dealer = Dealer.query.filter_by(code=dealer_code, active=True).first()
    if dealer is None:
        abort(404)
    return dealer


@bp.post("/<dealer_code>/purchase-orders")
def receive_purchase_order(dealer_code: str):
    dealer = _load_dealer(dealer_code)
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Fletcher-Signature", "")
    if signature != expected_signature(dealer.webhook_secret, body):
        current_app.logger.info("rejected purchase order from dealer %s", dealer.code)
        abort(401)
    try:
        payload = json.loads(body)
    except ValueError:
        abort(400)
    order = create_dealer_order(
        dealer=dealer,
        po_number=payload["po_number"],
        lines=payload["lines"],
        ship_to=payload.get("ship_to"),
    )
    return {"order_number": order.number, "status": order.status}, 201
