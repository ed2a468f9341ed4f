"""Evaluation of seller-defined coupon eligibility rules.

Marketplace sellers write a condition for each coupon in the seller dashboard,
for example ``cart.subtotal >= 50 and "shoes" in cart.categories``. The rule
text is stored on the Coupon row as entered and evaluated at checkout.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from types import CodeType


@dataclass(frozen=True)
class CartView:
    subtotal: Decimal
    item_count: int
    categories: frozenset[str]
    customer_order_count: int
    country: str


@lru_cache(maxsize=2048)
def _compiled(condition: str) -> CodeType:
    return compile(condition, "<coupon-rule>", "eval")


def _run_condition(condition: str, cart: CartView) -> bool:
    return bool(eval(_compiled(condition), {"__builtins__": {}}, {"cart": cart, "Decimal": Decimal}))


def coupon_applies(coupon, cart: CartView) -> bool:
    if not coupon.active or coupon.is_expired():
        return False
    if coupon.min_subtotal and cart.subtotal < coupon.min_subtotal:
        return False
    if not coupon.condition:
        return True
    try:
        return _run_condition(coupon.condition, cart)
    except Exception:
        return False


def best_discount(coupons, cart: CartView) -> Decimal:
    eligible = [c for c in coupons if coupon_applies(c, cart)]
    return max((c.discount_for(cart.subtotal) for c in eligible), default=Decimal("0"))
