"""Refund vendor pitch deposits after the site clear-down inspection."""
import logging
import os

import stripe

logger = logging.getLogger("vendors.refunds")


def _key_hint(key: str) -> str:
    mode = "live" if key.startswith(("sk_live_", "rk_live_")) else "test"
    return f"{mode} key ending {key[-4:]}"


class DepositRefunds:
    def __init__(self, api_key: str | None = None):
        api_key = api_key or os.environ["STRIPE_SECRET_KEY"]
        logger.info("using Stripe %s", _key_hint(api_key))
        self._client = stripe.StripeClient(api_key)

    def refund(self, payment_intent: str, vendor_id: int, amount_pence: int | None = None) -> str:
        params = {"payment_intent": payment_intent, "metadata": {"vendor_id": str(vendor_id)}}
        if amount_pence is not None:
            params["amount"] = amount_pence
        refund = self._client.refunds.create(
            params=params,
            options={"idempotency_key": f"deposit-refund-{vendor_id}-{payment_intent}"},
        )
        logger.info("refund %s created for vendor %s (status=%s)", refund.id, vendor_id, refund.status)
        return refund.id
