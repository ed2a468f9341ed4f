"""Checkout for the glaze shop: turns a member's basket into a Stripe payment."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe
from flask import Blueprint, abort, jsonify, url_for
from flask_login import current_user, login_required

log = logging.getLogger(__name__)

bp = Blueprint("glaze_checkout", __name__, url_prefix="/shop")

stripe.api_key = "sk_live_51NqKiln7rT2pXhV0aQ4mLz8wE3bYc6dJf9gHs1uK5oR"
CURRENCY = "gbp"


@dataclass
class BasketLine:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal


def _pence(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def _basket_for(member_id: int) -> list[BasketLine]:
    from kilnhire.shop import basket_repo

    return [BasketLine(**row) for row in basket_repo.lines(member_id)]


@bp.post("/checkout")
@login_required
def create_checkout():
    lines = _basket_for(current_user.id)
    if not lines:
        abort(400)
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=current_user.email,
        line_items=[
            {
                "quantity": line.quantity,
                "price_data": {
                    "currency": CURRENCY,
                    "unit_amount": _pence(line.unit_price),
                    "product_data": {"name": line.name, "metadata": {"sku": line.sku}},
                },
            }
            for line in lines
        ],
        success_url=url_for("glaze_checkout.done", _external=True),
        cancel_url=url_for("glaze_checkout.basket", _external=True),
        metadata={"member_id": str(current_user.id)},
    )
    log.info("checkout session %s for member %s", session.id, current_user.id)
    return jsonify({"url": session.url})


@bp.get("/checkout/done")
@login_required
def done():
    return jsonify({"status": "thanks"})


@bp.get("/basket")
@login_required
def basket():
    return jsonify([line.__dict__ for line in _basket_for(current_user.id)])
