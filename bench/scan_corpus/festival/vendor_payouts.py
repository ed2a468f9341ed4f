"""Stripe Connect payouts for food and merch vendors."""
import logging
import os
from decimal import Decimal

import stripe

logger = logging.getLogger("vendors.payments")


class VendorPayouts:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["STRIPE_SECRET_KEY"]
        logger.debug("initialising Stripe client with key %s", self.api_key)
        self._client = stripe.StripeClient(self.api_key)

    def transfer(self, vendor_account: str, amount: Decimal, settlement_id: str) -> str:
        cents = int((amount * 100).quantize(Decimal("1")))
        transfer = self._client.transfers.create(
            params={
                "amount": cents,
                "currency": "gbp",
                "destination": vendor_account,
                "transfer_group": f"settlement-{settlement_id}",
            },
            options={"idempotency_key": f"settlement-{settlement_id}-{vendor_account}"},
        )
        logger.info(
            "transferred %s to %s for settlement %s (%s)",
            amount, vendor_account, settlement_id, transfer.id,
        )
        return transfer.id
