"""Keeps a rider's lesson and feed basket between page loads.

The portal is served from several stateless workers, so the basket travels in
a cookie and is rebuilt into ``Basket`` objects on each request.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import List

import jsonpickle
from flask import Flask, jsonify, make_response, request

COOKIE_NAME = "yard_basket"


@dataclass
class BasketItem:
    sku: str
    description: str
    quantity: int
    unit_pence: int


@dataclass
class Basket:
    items: List[BasketItem] = field(default_factory=list)

    def add(self, item: BasketItem) -> None:
        self.items.append(item)

    def total_pence(self) -> int:
        return sum(i.quantity * i.unit_pence for i in self.items)


class BasketCodec:
    """Serialises baskets into a cookie-friendly string and back."""

    @staticmethod
    def dumps(basket: Basket) -> str:
        return base64.urlsafe_b64encode(jsonpickle.encode(basket).encode()).decode()

    @staticmethod
    def loads(value: str) -> Basket:
        raw = base64.urlsafe_b64decode(value.encode()).decode()
        return jsonpickle.decode(raw)


app = Flask(__name__)


def current_basket() -> Basket:
    cookie = request.cookies.get(COOKIE_NAME)
    return BasketCodec.loads(cookie) if cookie else Basket()


@app.post("/basket/items")
def add_item():
    data = request.get_json(force=True)
    basket = current_basket()
    basket.add(BasketItem(data["sku"], data["description"], int(data["quantity"]), int(data["unit_pence"])))
    response = make_response(jsonify({"total_pence": basket.total_pence()}))
    response.set_cookie(COOKIE_NAME, BasketCodec.dumps(basket), httponly=True, secure=True, samesite="Lax")
    return response


@app.get("/basket")
def view_basket():
    basket = current_basket()
    return jsonify({"items": [i.__dict__ for i in basket.items], "total_pence": basket.total_pence()})
