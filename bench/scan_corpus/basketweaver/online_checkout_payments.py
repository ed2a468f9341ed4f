"""Creates card payment intents for online shop orders (baskets, willow, course places)."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

STRIPE_API = "https://api.stripe.com/v1"


@dataclass
class CheckoutOrder:
    ref: str
    customer_email: str
    total: Decimal
    lines: list[tuple[str, int]]


class PaymentGateway:
    def __init__(self, secret_key: str | None = None):
        self._session = requests.Session()
        self._session.auth = (secret_key or os.environ["STRIPE_SECRET_KEY"], "")
        self._session.headers["Stripe-Version"] = "2024-06-20"

    def _post(self, path: str, data: dict, idempotency_key: str) -> dict:
        resp = self._session.post(
            f"{STRIPE_API}{path}",
            data=data,
            headers={"Idempotency-Key": idempotency_key},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

    def create_intent(self, order: CheckoutOrder) -> dict:
        amount_pence = int(order.total * 100)
        intent = self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": order.customer_email,
                "metadata[order_ref]": order.ref,
                "description": ", ".join(f"{qty} x {title}" for title, qty in order.lines)[:500],
                "automatic_payment_methods[enabled]": "true",
            },
            idempotency_key=f"intent-{order.ref}",
        )
        log.info("payment intent %s created for order %s (%d pence)", intent["id"], order.ref, amount_pence)
        return {"id": intent["id"], "client_secret": intent["client_secret"]}

    def refund(self, payment_intent_id: str, amount_pence: int, reason: str = "requested_by_customer") -> str:
        refund = self._post(
            "/refunds",
            {"payment_intent": payment_intent_id, "amount": amount_pence, "reason": reason},
            idempotency_key=f"refund-{payment_intent_id}-{amount_pence}",
        )
        log.info("refund %s issued for %s", refund["id"], payment_intent_id)
        return refund["id"]
