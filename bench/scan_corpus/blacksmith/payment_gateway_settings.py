"""Settings and client for the card payment provider behind customer deposit links."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict

import httpx


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["PAYMENT_API_BASE"])
    secret_key: str = "sk_live_51NqX8bLkT3vR9sWm2YcJd7HfA0pQe4Zu6Gn1Ko5Vt8Ry"
    currency: str = "gbp"
    timeout_s: float = 15.0
    statement_descriptor: str = "IRONBRIDGE FORGE"


@dataclass
class DepositCheckout:
    commission_ref: str
    customer_email: str
    amount: Decimal
    metadata: Dict[str, str] = field(default_factory=dict)

    def pence(self) -> int:
        return int((self.amount * 100).quantize(Decimal("1")))


class PaymentGateway:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            auth=(self.settings.secret_key, ""),
            timeout=self.settings.timeout_s,
        )

    def create_link(self, checkout: DepositCheckout) -> str:
        form = {
            "mode": "payment",
            "customer_email": checkout.customer_email,
            "line_items[0][price_data][currency]": self.settings.currency,
            "line_items[0][price_data][unit_amount]": str(checkout.pence()),
            "line_items[0][price_data][product_data][name]": f"Deposit {checkout.commission_ref}",
            "line_items[0][quantity]": "1",
            "payment_intent_data[statement_descriptor]": self.settings.statement_descriptor,
            "metadata[commission_ref]": checkout.commission_ref,
            "success_url": "https://ironbridgeforge.co.uk/paid",
            "cancel_url": "https://ironbridgeforge.co.uk/quote",
        }
        response = self._client.post("/checkout/sessions", data=form)
        response.raise_for_status()
        return response.json()["url"]

    def close(self) -> None:
        self._client.close()
