"""Cart and seat-hold endpoints for the checkout flow.

Anonymous buyers get a cart token in a cookie when they first hold seats;
holds expire after ``HOLD_MINUTES`` unless the order is completed.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request

from .holds import HoldConflict, create_hold, get_cart, release_cart

bp = Blueprint("cart", __name__, url_prefix="/api/cart")

CART_COOKIE = "tix_cart"
HOLD_MINUTES = 10


def _cart_token() -> str:
    return request.cookies.get(CART_COOKIE) or secrets.token_urlsafe(32)


@bp.post("/holds")
def hold_seats():
    payload = request.get_json(silent=True) or {}
    seat_ids = [int(s) for s in payload.get("seat_ids", [])][:10]
    if not seat_ids:
        return jsonify(error="no seats selected"), 400

    token = _cart_token()
    expires = datetime.now(timezone.utc) + timedelta(minutes=HOLD_MINUTES)
    try:
        hold = create_hold(token, payload["event_id"], seat_ids, expires)
    except HoldConflict as exc:
        return jsonify(error="seats no longer available", seats=exc.seat_ids), 409

    resp = make_response(jsonify(hold_id=hold.id, expires_at=expires.isoformat()), 201)
    resp.set_cookie(CART_COOKIE, token, max_age=HOLD_MINUTES * 60, samesite="Lax")
    return resp


@bp.get("")
def view_cart():
    token = request.cookies.get(CART_COOKIE)
    if not token:
        return jsonify(items=[], total_cents=0)
    cart = get_cart(token)
    return jsonify(items=[i.as_dict() for i in cart.items], total_cents=cart.total_cents)


@bp.delete("")
def clear_cart():
    token = request.cookies.get(CART_COOKIE)
    if token:
        release_cart(token)
    resp = make_response("", 204)
    resp.delete_cookie(CART_COOKIE)
    return resp
