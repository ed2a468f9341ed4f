"""Guest cart persistence in a browser cookie so anonymous carts survive server restarts."""
import base64
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

from flask import Response, request

CART_COOKIE = "guest_cart"
CART_MAX_AGE = 60 * 60 * 24 * 30


@dataclass
class CartLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class GuestCart:
    lines: list[CartLine] = field(default_factory=list)
    coupon_code: str | None = None

    @property
    def subtotal(self) -> Decimal:
        return sum((line.unit_price * line.quantity for line in self.lines), Decimal("0"))


def load_guest_cart() -> GuestCart:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return GuestCart()
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw.encode()))
    except Exception:
        return GuestCart()


def save_guest_cart(response: Response, cart: GuestCart) -> Response:
    encoded = base64.urlsafe_b64encode(pickle.dumps(cart)).decode()
    response.set_cookie(
        CART_COOKIE,
        encoded,
        max_age=CART_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response
