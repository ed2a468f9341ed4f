"""Handles a subscriber replacing the card used for their monthly sock box."""
import logging
import os
from dataclasses import dataclass

import stripe
from flask import Blueprint, abort, g, jsonify, request

log = logging.getLogger("hosier.boxes.billing")
bp = Blueprint("box_billing", __name__)

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]


@dataclass
class CardSummary:
    brand: str
    last4: str
    exp_month: int
    exp_year: int

    def masked(self) -> str:
        return f"{self.brand} **** **** **** {self.last4} exp {self.exp_month:02d}/{self.exp_year % 100:02d}"


def attach_card(customer_id: str, payment_method_id: str) -> CardSummary:
    pm = stripe.PaymentMethod.attach(payment_method_id, customer=customer_id)
    stripe.Customer.modify(customer_id, invoice_settings={"default_payment_method": pm.id})
    card = pm.card
    return CardSummary(card.brand, card.last4, card.exp_month, card.exp_year)


@bp.post("/account/payment-method")
def update_payment_method():
    sub = g.subscriber
    pm_id = (request.get_json(silent=True) or {}).get("payment_method")
    if not pm_id or not pm_id.startswith("pm_"):
        abort(400)
    try:
        summary = attach_card(sub.stripe_customer_id, pm_id)
    except stripe.error.CardError as exc:
        log.info("card rejected for subscriber %s: %s", sub.id, exc.code)
        return jsonify(error=exc.user_message), 402
    sub.card_label = summary.masked()
    sub.save()
    log.info("subscriber %s switched box payment to %s", sub.id, summary.masked())
    if sub.status == "payment_failed":
        sub.retry_failed_invoice()
        log.info("retrying failed invoice for subscriber %s", sub.id)
    return jsonify(card=summary.masked())
