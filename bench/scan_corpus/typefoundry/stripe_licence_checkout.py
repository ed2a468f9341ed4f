"""Creates Stripe Checkout sessions for font licence purchases."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import List

import stripe
from flask import Blueprint, abort, g, jsonify, request, url_for

bp = Blueprint("checkout", __name__)


class StripeSettings:
    secret_key = "sk_live_51NqT8hKx2LwZcYf0aR9mVbP3eUd7sGj4kQo6tHn1yMi8XrC5zAe2WpLs0DfBgJu"
    currency = "eur"
    automatic_tax = True

    @classmethod
    def configure(cls) -> None:
        stripe.api_key = cls.secret_key
        stripe.max_network_retries = 2


@dataclass
class CartLine:
    family_slug: str
    family_name: str
    licence_type: str
    seats: int
    unit_price: Decimal


LICENCE_LABELS = {
    "desktop": "Desktop licence",
    "webfont": "Webfont licence",
    "app": "App embedding licence",
    "ebook": "E-book licence",
}


def _line_item(line: CartLine) -> dict:
    label = LICENCE_LABELS[line.licence_type]
    return {
        "quantity": line.seats,
        "price_data": {
            "currency": StripeSettings.currency,
            "unit_amount": int(line.unit_price * 100),
            "product_data": {
                "name": f"{line.family_name} - {label}",
                "metadata": {"family": line.family_slug, "licence": line.licence_type},
            },
        },
    }


def create_checkout(customer_email: str, order_id: str, lines: List[CartLine]) -> str:
    StripeSettings.configure()
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=customer_email,
        client_reference_id=order_id,
        line_items=[_line_item(line) for line in lines],
        automatic_tax={"enabled": StripeSettings.automatic_tax},
        success_url=url_for("checkout.done", _external=True) + "?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=url_for("checkout.cart", _external=True),
    )
    return session.url


@bp.post("/checkout")
def start_checkout():
    payload = request.get_json(silent=True) or {}
    raw_lines = payload.get("lines") or []
    if not raw_lines:
        abort(400, "cart is empty")
    lines = []
    for raw in raw_lines:
        if raw.get("licence_type") not in LICENCE_LABELS:
            abort(400, "unknown licence type")
        lines.append(
            CartLine(
                family_slug=raw["family_slug"],
                family_name=raw["family_name"],
                licence_type=raw["licence_type"],
                seats=max(1, int(raw.get("seats", 1))),
                unit_price=g.price_book.price_for(raw["family_slug"], raw["licence_type"]),
            )
        )
    url = create_checkout(g.customer.email, g.cart.order_id, lines)
    return jsonify({"redirect": url})


@bp.get("/checkout/done")
def done():
    return jsonify({"status": "processing"})


@bp.get("/cart")
def cart():
    return jsonify({"order": g.cart.order_id})
