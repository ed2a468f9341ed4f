"""Card payment of storage and demurrage charges at the release desk.

Consignees settle outstanding storage before a release is issued. Card
details are passed straight to the acquirer; only the outcome and a
masked card reference are kept.
"""
import logging
from decimal import Decimal

import stripe

from terminal_ops.config import settings
from terminal_ops.billing import invoices

log = logging.getLogger("billing.payments")
stripe.api_key = settings.STRIPE_SECRET_KEY


def _mask(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"**** **** **** {digits[-4:]}"


def charge_storage(invoice_no: str, pan: str, exp_month: int, exp_year: int, cvc: str) -> str:
    invoice = invoices.get(invoice_no)
    amount = int(Decimal(invoice.outstanding) * 100)
    method = stripe.PaymentMethod.create(
        type="card",
        card={"number": pan, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc},
    )
    intent = stripe.PaymentIntent.create(
        amount=amount,
        currency=invoice.currency.lower(),
        payment_method=method.id,
        confirm=True,
        description=f"Storage {invoice_no}",
        metadata={"invoice": invoice_no, "container": invoice.container_no},
    )
    log.info(
        "storage payment %s for invoice %s: card %s, amount %s %s",
        intent.status, invoice_no, _mask(pan), invoice.outstanding, invoice.currency,
    )
    if intent.status == "succeeded":
        invoices.mark_paid(invoice_no, payment_ref=intent.id)
    return intent.status
