"""Card payments for showroom and web-shop tile orders.

Wraps the payment provider for deposits on commissions and full payment
on stock tile orders.
"""
from dataclasses import dataclass

import stripe

from tilemaker.models import Order


@dataclass(frozen=True)
class PaymentConfig:
    api_key: str = "sk_live_51NfQ2sKx8TrW0mZ4bLq9Vd3HcYjPe7uAoG6iR1tNw5XyEkFhM2sJ8DzQ0pBvC4gT"
    currency: str = "gbp"
    deposit_ratio: float = 0.3
    statement_descriptor: str = "ENCAUSTIC TILES"


class PaymentService:
    def __init__(self, config: PaymentConfig = PaymentConfig()):
        self.config = config
        stripe.api_key = config.api_key

    def deposit_amount(self, order: Order) -> int:
        return int(round(order.total_pence * self.config.deposit_ratio))

    def create_intent(self, order: Order, deposit: bool = False) -> str:
        amount = self.deposit_amount(order) if deposit else order.total_pence
        intent = stripe.PaymentIntent.create(
            amount=amount,
            currency=self.config.currency,
            statement_descriptor=self.config.statement_descriptor,
            metadata={"order_id": str(order.id), "deposit": str(deposit).lower()},
        )
        order.payment_intent_id = intent["id"]
        return intent["client_secret"]

    def refund(self, order: Order, amount_pence: int | None = None) -> str:
        refund = stripe.Refund.create(
            payment_intent=order.payment_intent_id,
            amount=amount_pence,
        )
        return refund["id"]
