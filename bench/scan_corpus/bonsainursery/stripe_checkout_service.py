"""Checkout for the online shop: turns a basket into a Stripe Checkout session."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import stripe
from flask import Flask, abort, redirect, request, session, url_for


@dataclass(frozen=True)
class PaymentSettings:
    currency: str = "eur"
    success_path: str = "/shop/checkout/done"
    cancel_path: str = "/shop/basket"
    secret_key: str = "sk_live_51NqKbGJ7vR2xYt8Lw3mZpQa9DcE4fH6uS0nB1oVkW"
    allowed_countries: list[str] = field(default_factory=lambda: ["DE", "AT", "NL", "BE", "FR"])


SETTINGS = PaymentSettings()
app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@dataclass
class BasketLine:
    sku: str
    name: str
    unit_price: Decimal
    quantity: int

    def to_stripe(self, currency: str) -> dict:
        return {
            "price_data": {
                "currency": currency,
                "unit_amount": int(self.unit_price * 100),
                "product_data": {"name": self.name, "metadata": {"sku": self.sku}},
            },
            "quantity": self.quantity,
        }


class CheckoutService:
    def __init__(self, settings: PaymentSettings):
        self.settings = settings
        stripe.api_key = settings.secret_key

    def create_session(self, lines: list[BasketLine], order_ref: str, base_url: str) -> str:
        checkout = stripe.checkout.Session.create(
            mode="payment",
            line_items=[line.to_stripe(self.settings.currency) for line in lines],
            shipping_address_collection={"allowed_countries": self.settings.allowed_countries},
            success_url=base_url + self.settings.success_path + "?ref=" + order_ref,
            cancel_url=base_url + self.settings.cancel_path,
            metadata={"order_ref": order_ref},
        )
        return checkout.url


service = CheckoutService(SETTINGS)


@app.post("/shop/checkout")
def checkout():
    basket = session.get("basket") or []
    if not basket:
        return redirect(url_for("basket_page"))
    lines = [
        BasketLine(sku=i["sku"], name=i["name"], unit_price=Decimal(i["price"]), quantity=int(i["qty"]))
        for i in basket
    ]
    order_ref = session.get("order_ref")
    if not order_ref:
        abort(409)
    return redirect(service.create_session(lines, order_ref, request.host_url.rstrip("/")), code=303)


@app.get("/shop/basket")
def basket_page():
    return {"basket": session.get("basket", [])}
