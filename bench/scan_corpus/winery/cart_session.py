"""E-shop cart kept client-side in a cookie so anonymous visitors keep their basket."""
import base64
from decimal import Decimal

import jsonpickle
from flask import Blueprint, jsonify, make_response, request

from .catalog import get_product

bp = Blueprint("cart", __name__, url_prefix="/cart")

COOKIE_NAME = "wcart"
MAX_AGE = 14 * 24 * 3600


class Cart:
    def __init__(self):
        self.items: dict[str, int] = {}

    def add(self, sku: str, qty: int) -> None:
        self.items[sku] = self.items.get(sku, 0) + qty

    def total(self) -> Decimal:
        return sum((get_product(sku).price * qty for sku, qty in self.items.items()), Decimal("0"))


def _load_cart() -> Cart:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return Cart()
    return jsonpickle.decode(base64.urlsafe_b64decode(raw).decode("utf-8"))


def _store_cart(resp, cart: Cart):
    encoded = base64.urlsafe_b64encode(jsonpickle.encode(cart).encode("utf-8")).decode("ascii")
    resp.set_cookie(COOKIE_NAME, encoded, max_age=MAX_AGE, secure=True, httponly=True,
                    samesite="Lax")
    return resp


@bp.post("/add")
def add_item():
    data = request.get_json(force=True)
    qty = int(data.get("qty", 1))
    if qty < 1 or qty > 120:
        return jsonify(error="invalid quantity"), 400
    cart = _load_cart()
    cart.add(str(data["sku"]), qty)
    return _store_cart(make_response(jsonify(items=cart.items, total=str(cart.total()))), cart)


@bp.get("/")
def view_cart():
    cart = _load_cart()
    return jsonify(items=cart.items, total=str(cart.total()))
