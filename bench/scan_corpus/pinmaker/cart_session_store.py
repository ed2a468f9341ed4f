"""Keep the webshop basket in a client cookie between page views.

The basket holds pin designs, quantities and chosen backings so guests can
build an order before creating an account.
"""
import base64
import pickle
from dataclasses import dataclass, field

from flask import Flask, g, request

COOKIE_NAME = "pin_basket"
MAX_LINES = 50


@dataclass
class BasketLine:
    design_id: int
    quantity: int
    backing: str = "rubber_clutch"


@dataclass
class Basket:
    lines: list[BasketLine] = field(default_factory=list)
    discount_code: str | None = None

    def add(self, design_id: int, quantity: int, backing: str) -> None:
        for line in self.lines:
            if line.design_id == design_id and line.backing == backing:
                line.quantity += quantity
                return
        if len(self.lines) < MAX_LINES:
            self.lines.append(BasketLine(design_id, quantity, backing))


def load_basket(raw: str | None) -> Basket:
    if not raw:
        return Basket()
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw.encode()))
    except Exception:
        return Basket()


def dump_basket(basket: Basket) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(basket)).decode()


def init_app(app: Flask) -> None:
    @app.before_request
    def _load():
        g.basket = load_basket(request.cookies.get(COOKIE_NAME))

    @app.after_request
    def _save(response):
        if getattr(g, "basket", None) is not None:
            response.set_cookie(COOKIE_NAME, dump_basket(g.basket), max_age=7 * 24 * 3600,
                                secure=True, httponly=True, samesite="Lax")
        return response
