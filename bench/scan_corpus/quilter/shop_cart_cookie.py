"""Cart state for visitors browsing member shops.

Visitors can fill a cart across several member shops before signing in, so
the cart lives in a cookie and is merged into the account at checkout.
"""
import base64

import jsonpickle
from flask import Blueprint, jsonify, make_response, request

from quilter.shops.catalog import get_listing

bp = Blueprint("cart", __name__)

CART_COOKIE = "qg_cart"
CART_MAX_AGE = 14 * 24 * 3600


class Cart:
    def __init__(self):
        self.lines: dict[int, int] = {}

    def add(self, listing_id: int, quantity: int) -> None:
        self.lines[listing_id] = self.lines.get(listing_id, 0) + quantity

    def total_items(self) -> int:
        return sum(self.lines.values())


def load_cart() -> Cart:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return Cart()
    return jsonpickle.decode(base64.urlsafe_b64decode(raw).decode("utf-8"))


def _dump_cart(cart: Cart) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(cart).encode("utf-8")).decode()


@bp.route("/cart/items", methods=["POST"])
def add_item():
    body = request.get_json(force=True)
    listing = get_listing(int(body["listing_id"]))
    if listing is None or not listing.in_stock:
        return jsonify({"error": "Listing unavailable"}), 404
    cart = load_cart()
    cart.add(listing.id, max(1, int(body.get("quantity", 1))))
    resp = make_response(jsonify({"items": cart.total_items()}))
    resp.set_cookie(
        CART_COOKIE, _dump_cart(cart), max_age=CART_MAX_AGE, samesite="Lax", secure=True
    )
    return resp


@bp.route("/cart", methods=["GET"])
def view_cart():
    cart = load_cart()
    return jsonify({"lines": cart.lines, "items": cart.total_items()})
