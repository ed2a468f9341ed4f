"""Refunds for farm shop orders that arrived warm or damaged."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

from cheesewright.orders import load_order, record_refund
from cheesewright.settings import STRIPE_SECRET_KEY

logger = logging.getLogger(__name__)
stripe.api_key = STRIPE_SECRET_KEY


@dataclass
class RefundRequest:
    order_number: str
    amount: Decimal
    reason: str


def masked_card(charge: dict) -> str:
    details = charge.get("payment_method_details", {}).get("card", {})
    return f"{details.get('brand', 'card')} ending {details.get('last4', '????')}"


def refund(req: RefundRequest) -> str:
    order = load_order(req.order_number)
    charge = stripe.Charge.retrieve(order.charge_id)
    if req.amount > Decimal(charge["amount"] - charge["amount_refunded"]) / 100:
        raise ValueError("refund exceeds remaining charge")
    result = stripe.Refund.create(
        charge=order.charge_id,
        amount=int(req.amount * 100),
        metadata={"order_number": req.order_number, "reason": req.reason},
    )
    logger.info(
        "Refunded %s on order %s to %s (%s)",
        req.amount,
        req.order_number,
        masked_card(charge),
        req.reason,
    )
    record_refund(req.order_number, result["id"], req.amount)
    return result["id"]
