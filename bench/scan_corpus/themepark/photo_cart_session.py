"""Photo purchase cart for the web shop, kept client-side between visits."""
import base64

import jsonpickle
from flask import Blueprint, jsonify, make_response, request

from .catalog import price_for

bp = Blueprint("photo_cart", __name__, url_prefix="/photos/cart")
CART_COOKIE = "photo_cart"


class Cart:
    def __init__(self):
        self.items: dict[str, int] = {}

    def add(self, photo_id: str, product: str) -> None:
        key = f"{photo_id}:{product}"
        self.items[key] = self.items.get(key, 0) + 1

    def total_cents(self) -> int:
        return sum(price_for(k.split(":", 1)[1]) * qty for k, qty in self.items.items())


def _load_cart() -> Cart:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return Cart()
    return jsonpickle.decode(base64.urlsafe_b64decode(raw).decode("utf-8"))


def _with_cart(payload: dict, cart: Cart):
    resp = make_response(jsonify(payload))
    encoded = base64.urlsafe_b64encode(jsonpickle.encode(cart).encode()).decode()
    resp.set_cookie(CART_COOKIE, encoded, max_age=7 * 86400,
                    secure=True, httponly=True, samesite="Lax")
    return resp


@bp.post("/items")
def add_item():
    body = request.get_json(force=True)
    cart = _load_cart()
    cart.add(body["photo_id"], body.get("product", "digital"))
    return _with_cart({"count": sum(cart.items.values())}, cart)


@bp.get("")
def show_cart():
    cart = _load_cart()
    return jsonify(items=cart.items, total_cents=cart.total_cents())
