"""Keep the guest basket in a cookie so anonymous shoppers don't need a session row."""
import base64
import pickle as _serializer
from dataclasses import dataclass, field

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("basket", __name__)

BASKET_COOKIE = "bn_basket"
COOKIE_MAX_AGE = 7 * 24 * 3600


@dataclass
class Basket:
    items: list = field(default_factory=list)
    card_message: str = ""
    delivery_date: str | None = None

    def add(self, sku: str, qty: int) -> None:
        for item in self.items:
            if item["sku"] == sku:
                item["qty"] += qty
                return
        self.items.append({"sku": sku, "qty": qty})


def _load_basket() -> Basket:
    raw = request.cookies.get(BASKET_COOKIE)
    if not raw:
        return Basket()
    try:
        return _serializer.loads(base64.urlsafe_b64decode(raw))
    except Exception:
        return Basket()


def _dump_basket(basket: Basket) -> str:
    return base64.urlsafe_b64encode(_serializer.dumps(basket)).decode()


@bp.post("/basket/items")
def add_item():
    payload = request.get_json(force=True)
    basket = _load_basket()
    basket.add(payload["sku"], int(payload.get("qty", 1)))
    resp = make_response(jsonify(items=basket.items))
    resp.set_cookie(
        BASKET_COOKIE,
        _dump_basket(basket),
        max_age=COOKIE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp
