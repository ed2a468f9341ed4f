"""Card payments for the yarn and bobbin shop, via the Stripe library."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)


@dataclass
class CartLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class CheckoutResult:
    payment_intent_id: str
    client_secret: str
    amount_pence: int


class ShopPaymentGateway:
    """Creates and refunds payment intents for shop orders."""

    def __init__(
        self,
        api_key: str = "sk_live_51NqLaceCoopR7xV2mKp9TqZc4WbYhE8sJd3GfA6uLn0",
        currency: str = "gbp",
    ) -> None:
        self._api_key = api_key
        self._currency = currency

    @staticmethod
    def _to_pence(lines: list[CartLine]) -> int:
        total = sum((ln.unit_price * ln.quantity for ln in lines), Decimal("0"))
        return int((total * 100).quantize(Decimal("1")))

    def start_checkout(self, order_ref: str, member_email: str, lines: list[CartLine]) -> CheckoutResult:
        amount = self._to_pence(lines)
        if amount <= 0:
            raise ValueError("empty basket")
        intent = stripe.PaymentIntent.create(
            amount=amount,
            currency=self._currency,
            receipt_email=member_email,
            metadata={"order_ref": order_ref, "lines": str(len(lines))},
            idempotency_key=f"order-{order_ref}",
            api_key=self._api_key,
        )
        log.info("created payment intent %s for order %s", intent.id, order_ref)
        return CheckoutResult(intent.id, intent.client_secret, amount)

    def refund(self, payment_intent_id: str, amount_pence: int | None = None) -> str:
        params = {"payment_intent": payment_intent_id, "api_key": self._api_key}
        if amount_pence is not None:
            params["amount"] = amount_pence
        refund = stripe.Refund.create(**params)
        log.info("refund %s issued for %s", refund.id, payment_intent_id)
        return refund.id
