"""Refunds for cancelled tuning visits and disputed restoration invoices."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

from pianotuner.models import Invoice
from pianotuner.settings import settings

logger = logging.getLogger(__name__)
stripe.api_key = settings.stripe_secret_key


@dataclass
class RefundResult:
    refund_id: str
    amount: Decimal
    card_brand: str
    card_last4: str


def _card_summary(charge: "stripe.Charge") -> tuple:
    details = charge.payment_method_details.card
    return details.brand, details.last4


def refund_invoice(invoice: Invoice, amount: Decimal, reason: str = "requested_by_customer") -> RefundResult:
    if amount <= 0 or amount > invoice.amount_paid:
        raise ValueError("refund amount out of range")
    charge = stripe.Charge.retrieve(invoice.stripe_charge_id)
    refund = stripe.Refund.create(
        charge=charge.id,
        amount=int(amount * 100),
        reason=reason,
        metadata={"invoice_number": invoice.number},
    )
    brand, last4 = _card_summary(charge)
    logger.info(
        "refunded %s on invoice %s to %s card ending %s (refund %s)",
        amount, invoice.number, brand, last4, refund.id,
    )
    invoice.amount_refunded += amount
    invoice.save(update_fields=["amount_refunded"])
    return RefundResult(refund.id, amount, brand, last4)
