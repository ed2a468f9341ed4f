"""Stores the merchant cart snapshot posted by the checkout widget.

The snapshot is shown back to the customer on the plan-confirmation screen and
kept with the agreement for disputes.
"""
import logging

import jsonpickle
from flask import Blueprint, abort, g, jsonify, request

from bnpl.checkout.auth import require_checkout_session
from bnpl.checkout.store import CheckoutStore

log = logging.getLogger(__name__)
bp = Blueprint("cart_snapshot", __name__)
_store = CheckoutStore()

MAX_SNAPSHOT_BYTES = 64 * 1024


def _decode_cart(raw: str) -> dict:
    cart = jsonpickle.decode(raw)
    if not isinstance(cart, dict) or "items" not in cart:
        raise ValueError("cart snapshot must be an object with items")
    return cart


@bp.post("/v1/checkout/<checkout_id>/cart")
@require_checkout_session
def store_cart(checkout_id: str):
    if checkout_id != g.checkout_id:
        abort(403)
    if request.content_length and request.content_length > MAX_SNAPSHOT_BYTES:
        abort(413)
    try:
        cart = _decode_cart(request.get_data(as_text=True))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400

    total = sum(int(item["unit_price_minor"]) * int(item["quantity"]) for item in cart["items"])
    if total != g.order_total_minor:
        log.info("cart total mismatch checkout=%s cart=%s session=%s", checkout_id, total, g.order_total_minor)
        return jsonify(error="total_mismatch"), 409

    _store.save_cart(checkout_id, cart)
    return jsonify(items=len(cart["items"]), total_minor=total), 201
