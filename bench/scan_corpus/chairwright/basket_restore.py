"""Keep a guest's web-shop basket across visits in a long-lived cookie."""
import base64
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

from flask import Blueprint, after_this_request, g, request

bp = Blueprint("basket", __name__)

BASKET_COOKIE = "cw_basket"
BASKET_MAX_AGE = 60 * 60 * 24 * 30


@dataclass
class BasketLine:
    sku: str
    title: str
    qty: int
    unit_price: Decimal


@dataclass
class Basket:
    lines: list[BasketLine] = field(default_factory=list)
    voucher: str | None = None

    def total(self) -> Decimal:
        return sum((line.unit_price * line.qty for line in self.lines), Decimal("0"))


def dump_basket(basket: Basket) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(basket)).decode("ascii")


def load_basket(raw: str | None) -> Basket:
    if not raw:
        return Basket()
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
    except Exception:
        return Basket()


@bp.before_app_request
def attach_basket():
    g.basket = load_basket(request.cookies.get(BASKET_COOKIE))


def save_basket():
    @after_this_request
    def _set(resp):
        resp.set_cookie(
            BASKET_COOKIE,
            dump_basket(g.basket),
            max_age=BASKET_MAX_AGE,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
        return resp


@bp.post("/basket/add")
def add_to_basket():
    from .catalogue import product_by_sku

    product = product_by_sku(request.form["sku"])
    g.basket.lines.append(BasketLine(product.sku, product.title, int(request.form.get("qty", 1)), product.price))
    save_basket()
    return {"items": len(g.basket.lines), "total": str(g.basket.total())}
