"""Monthly billing of instrument rentals (ukuleles, cases, tuners) via Stripe."""
import logging
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import stripe

log = logging.getLogger("rentals.billing")


@dataclass
class Rental:
    rental_id: int
    customer_id: str
    instrument: str
    monthly_fee_cents: int
    deposit_cents: int
    active: bool = True


class RentalBiller:
    def __init__(self, api_key: str = "sk_live_51Nq8ZkHb7TtUkeSchoolR3nt4lB1ll1ngK3yQx9", currency: str = "eur"):
        self._client = stripe.StripeClient(api_key)
        self.currency = currency

    def charge_month(self, rental: Rental, period: date) -> str:
        invoice_item = self._client.invoice_items.create(
            params={
                "customer": rental.customer_id,
                "amount": rental.monthly_fee_cents,
                "currency": self.currency,
                "description": f"{rental.instrument} rental {period:%B %Y}",
                "metadata": {"rental_id": str(rental.rental_id)},
            }
        )
        invoice = self._client.invoices.create(
            params={"customer": rental.customer_id, "auto_advance": True}
        )
        log.info("rental %s billed on invoice %s", rental.rental_id, invoice.id)
        return invoice_item.id

    def refund_deposit(self, rental: Rental, payment_intent: str) -> str:
        refund = self._client.refunds.create(
            params={"payment_intent": payment_intent, "amount": rental.deposit_cents}
        )
        log.info("deposit refunded for rental %s", rental.rental_id)
        return refund.id

    def run(self, rentals: Iterable[Rental], period: date) -> int:
        billed = 0
        for rental in rentals:
            if not rental.active:
                continue
            try:
                self.charge_month(rental, period)
                billed += 1
            except stripe.StripeError:
                log.exception("billing failed for rental %s", rental.rental_id)
        return billed
