"""Card payments for maintenance fee invoices through the payment provider."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    secret_key: str = "sk_live_51NcT7vKpQ2mX8rLw4ZyB9hD3fJ6sA0eUq1Gt5Vn"
    currency: str = "usd"
    statement_descriptor: str = "RESORT MAINT FEE"
    webhook_tolerance: int = 300


class FeePaymentGateway:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self._settings = settings or GatewaySettings()
        stripe.api_key = self._settings.secret_key

    @staticmethod
    def _to_minor_units(amount: Decimal) -> int:
        return int((amount * 100).quantize(Decimal("1")))

    def create_payment_intent(self, invoice_id: str, owner_id: int,
                              amount: Decimal, customer_id: str) -> str:
        intent = stripe.PaymentIntent.create(
            amount=self._to_minor_units(amount),
            currency=self._settings.currency,
            customer=customer_id,
            statement_descriptor_suffix=self._settings.statement_descriptor[:22],
            metadata={"invoice_id": invoice_id, "owner_id": str(owner_id)},
            idempotency_key=f"fee-{invoice_id}",
        )
        log.info("created payment intent %s for invoice %s", intent.id, invoice_id)
        return intent.client_secret

    def handle_webhook(self, payload: bytes, sig_header: str) -> dict | None:
        endpoint_secret = os.environ["STRIPE_WEBHOOK_SECRET"]
        event = stripe.Webhook.construct_event(
            payload, sig_header, endpoint_secret, tolerance=self._settings.webhook_tolerance
        )
        if event["type"] == "payment_intent.succeeded":
            intent = event["data"]["object"]
            return {
                "invoice_id": intent["metadata"]["invoice_id"],
                "amount_received": intent["amount_received"],
            }
        return None

    def refund(self, payment_intent_id: str, reason: str = "requested_by_customer") -> str:
        refund = stripe.Refund.create(payment_intent=payment_intent_id, reason=reason)
        log.info("refund %s issued for %s", refund.id, payment_intent_id)
        return refund.id
