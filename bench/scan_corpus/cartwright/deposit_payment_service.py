"""Takes commission deposits by card over the phone and records the receipt."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger("office.deposits")
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"**** **** **** {digits[-4:]}"


def _pence(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def take_deposit(commission_ref: str, customer_email: str, card: CardDetails,
                 amount: Decimal) -> str:
    log.info(
        "deposit of GBP %s for commission %s (%s) on card %s",
        amount, commission_ref, customer_email, card.masked,
    )
    method = stripe.PaymentMethod.create(
        type="card",
        card={"number": card.number, "exp_month": card.exp_month,
              "exp_year": card.exp_year, "cvc": card.cvc},
    )
    try:
        intent = stripe.PaymentIntent.create(
            amount=_pence(amount),
            currency="gbp",
            payment_method=method.id,
            confirm=True,
            receipt_email=customer_email,
            metadata={"commission": commission_ref},
        )
    except stripe.error.CardError as exc:
        log.warning("card declined for %s on %s: %s", commission_ref, card.masked, exc.user_message)
        raise
    log.info("deposit %s captured for %s", intent.id, commission_ref)
    return intent.id
