"""Takes the 30% deposit on a sundial commission through Stripe Checkout."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PaymentSettings:
    secret_key: str = "sk_live_51NqL7bKx9TfQ2mZrVh3cWd8YpLs0aEuGj4nRkB6oXyTiF1vCe"
    currency: str = "gbp"
    deposit_ratio: Decimal = Decimal("0.30")
    success_path: str = "/commissions/{id}/deposit/thanks"
    cancel_path: str = "/commissions/{id}"


class DepositGateway:
    def __init__(self, site_url: str, settings: PaymentSettings | None = None):
        self._settings = settings or PaymentSettings()
        self._site_url = site_url.rstrip("/")
        stripe.api_key = self._settings.secret_key

    def deposit_amount(self, quote_total: Decimal) -> int:
        """Deposit in minor units (pence)."""
        deposit = (quote_total * self._settings.deposit_ratio).quantize(Decimal("0.01"))
        return int(deposit * 100)

    def create_checkout(self, commission_id: int, customer_email: str, quote_total: Decimal) -> str:
        amount = self.deposit_amount(quote_total)
        session = stripe.checkout.Session.create(
            mode="payment",
            customer_email=customer_email,
            line_items=[{
                "quantity": 1,
                "price_data": {
                    "currency": self._settings.currency,
                    "unit_amount": amount,
                    "product_data": {"name": f"Sundial commission #{commission_id} - deposit"},
                },
            }],
            metadata={"commission_id": str(commission_id)},
            success_url=self._site_url + self._settings.success_path.format(id=commission_id),
            cancel_url=self._site_url + self._settings.cancel_path.format(id=commission_id),
        )
        log.info("checkout session %s created for commission %s", session.id, commission_id)
        return session.url

    def deposit_paid(self, checkout_session_id: str) -> bool:
        session = stripe.checkout.Session.retrieve(checkout_session_id)
        return session.payment_status == "paid"
