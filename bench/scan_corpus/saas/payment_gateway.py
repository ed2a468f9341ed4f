"""Thin wrapper around the Stripe SDK used by the billing service."""
import os
from dataclasses import dataclass

import stripe

STRIPE_API_VERSION = "2024-06-20"
STRIPE_SECRET_KEY = os.environ.get(
    "STRIPE_SECRET_KEY",
    "sk_live_51NqZk2HbT8wVfR3yLd0aPcE7uXj4Mg9KsQe2TnVbW6rYh1oZi5AtGf8DlUm3Cx0",
)


@dataclass
class CheckoutResult:
    session_id: str
    url: str


class PaymentGateway:
    def __init__(self, api_key: str = STRIPE_SECRET_KEY):
        self._client = stripe.StripeClient(api_key, stripe_version=STRIPE_API_VERSION)

    def ensure_customer(self, tenant) -> str:
        if tenant.stripe_customer_id:
            return tenant.stripe_customer_id
        customer = self._client.customers.create(
            params={"name": tenant.name, "email": tenant.billing_email, "metadata": {"tenant_id": str(tenant.id)}}
        )
        return customer.id

    def start_checkout(self, tenant, price_id: str, seats: int, return_url: str) -> CheckoutResult:
        session = self._client.checkout.sessions.create(
            params={
                "mode": "subscription",
                "customer": self.ensure_customer(tenant),
                "line_items": [{"price": price_id, "quantity": seats}],
                "success_url": f"{return_url}?checkout=success",
                "cancel_url": f"{return_url}?checkout=cancelled",
                "client_reference_id": str(tenant.id),
            }
        )
        return CheckoutResult(session_id=session.id, url=session.url)

    def cancel_subscription(self, subscription_id: str) -> None:
        self._client.subscriptions.cancel(subscription_id)
