"""Inbound standing-order webhook from the restaurant ordering platform.

Restaurants that buy finishing salt through the hospitality ordering platform
have their weekly standing orders pushed here. The platform signs each body
with HMAC-SHA256 and sends it base64-encoded in ``X-Platform-Signature``.
"""
import base64
import hashlib
import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from saltboiler.trade.orders import create_standing_order

bp = Blueprint("restaurant_webhook", __name__, url_prefix="/hooks")


def _expected_signature(body: bytes) -> bytes:
    key = current_app.config["RESTAURANT_PLATFORM_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).digest()


def _presented_signature() -> bytes:
    header = request.headers.get("X-Platform-Signature", "")
    try:
        return base64.b64decode(header, validate=True)
    except ValueError:
        return b""


@bp.post("/restaurant-orders")
def receive_order():
    body = request.get_data(cache=True)
    if not hmac.compare_digest(_expected_signature(body), _presented_signature()):
        abort(401)

    payload = request.get_json()
    order = create_standing_order(
        restaurant_ref=payload["restaurant"]["ref"],
        lines=[(line["sku"], int(line["qty"])) for line in payload["lines"]],
        deliver_on=payload["delivery_date"],
    )
    return jsonify(order_id=order.id), 201
