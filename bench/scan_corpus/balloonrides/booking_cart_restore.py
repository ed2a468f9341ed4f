"""Keeps the multi-step flight booking cart in a browser cookie between pages."""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from typing import List, Optional

from flask import Flask, Response, jsonify, request

app = Flask(__name__)
CART_COOKIE = "flight_cart"


@dataclass
class CartLine:
    product: str
    flight_date: str
    passengers: int
    unit_price_minor: int


@dataclass
class BookingCart:
    lines: List[CartLine] = field(default_factory=list)
    voucher_code: Optional[str] = None

    @property
    def total_minor(self) -> int:
        return sum(l.passengers * l.unit_price_minor for l in self.lines)


class CartCookieCodec:
    @staticmethod
    def dump(cart: BookingCart) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()

    @staticmethod
    def load(raw: Optional[str]) -> BookingCart:
        if not raw:
            return BookingCart()
        return pickle.loads(base64.urlsafe_b64decode(raw.encode()))


def _respond(cart: BookingCart) -> Response:
    resp = jsonify(lines=len(cart.lines), total_minor=cart.total_minor)
    resp.set_cookie(CART_COOKIE, CartCookieCodec.dump(cart), secure=True, httponly=True,
                    samesite="Lax", max_age=3600)
    return resp


@app.post("/cart/lines")
def add_line():
    cart = CartCookieCodec.load(request.cookies.get(CART_COOKIE))
    body = request.get_json(force=True)
    cart.lines.append(CartLine(body["product"], body["flight_date"],
                               int(body["passengers"]), int(body["unit_price_minor"])))
    return _respond(cart)


@app.get("/cart")
def show_cart():
    cart = CartCookieCodec.load(request.cookies.get(CART_COOKIE))
    return jsonify(lines=[l.__dict__ for l in cart.lines], total_minor=cart.total_minor)
