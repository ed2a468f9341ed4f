"""Basket hand-off between the shop floor tablets and the till.

Staff build a customer's basket on a tablet while walking the shop; the
tablet posts the serialised basket to the till service, which restores it
for payment.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import jsonpickle
from flask import Flask, abort, jsonify, request

log = logging.getLogger("chocolatier.till")
app = Flask(__name__)


@dataclass
class BasketLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class Basket:
    tablet_id: str
    staff_id: str
    lines: list[BasketLine] = field(default_factory=list)

    def total(self) -> Decimal:
        return sum((line.unit_price * line.quantity for line in self.lines), Decimal("0"))


OPEN_BASKETS: dict[str, Basket] = {}


def restore_basket(raw: str) -> Basket:
    basket = jsonpickle.decode(raw)
    if not isinstance(basket, Basket):
        raise TypeError("payload is not a basket")
    return basket


@app.post("/till/<till_id>/baskets")
def receive_basket(till_id: str):
    raw = request.get_data(as_text=True)
    try:
        basket = restore_basket(raw)
    except (TypeError, ValueError):
        abort(400)
    OPEN_BASKETS[till_id] = basket
    log.info("till %s received basket from tablet %s", till_id, basket.tablet_id)
    return jsonify({"till": till_id, "lines": len(basket.lines), "total": str(basket.total())})
