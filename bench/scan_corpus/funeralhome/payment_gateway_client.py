"""Thin client for the card processor used for pre-need installments.

Credentials are injected by the deployment (Vault agent writes them into the
environment); nothing here should ever contain a real key.
"""
import os
from dataclasses import dataclass, field

import httpx

API_KEY_ENV = "PAYMENT_GATEWAY_API_KEY"
API_KEY_HEADER = "Authorization"
DEFAULT_API_BASE = "https://api.payments.example.com/v1"


@dataclass
class GatewayConfig:
    api_base: str = field(default_factory=lambda: os.environ.get("PAYMENT_GATEWAY_BASE", DEFAULT_API_BASE))
    api_key: str = field(default_factory=lambda: os.environ[API_KEY_ENV], repr=False)
    timeout: float = 15.0


class PaymentGateway:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig()
        self._client = httpx.Client(
            base_url=self.config.api_base,
            headers={API_KEY_HEADER: f"Bearer {self.config.api_key}"},
            timeout=self.config.timeout,
        )

    def create_installment_plan(self, customer_id: str, contract_id: str, amount_cents: int, months: int) -> dict:
        resp = self._client.post(
            "/installment_plans",
            json={
                "customer": customer_id,
                "amount": amount_cents,
                "interval": "month",
                "count": months,
                "metadata": {"contract_id": contract_id},
            },
        )
        resp.raise_for_status()
        return resp.json()

    def cancel_plan(self, plan_id: str) -> None:
        self._client.post(f"/installment_plans/{plan_id}/cancel").raise_for_status()

    def close(self) -> None:
        self._client.close()
