"""Thin client for the card processor used by online ticket and membership checkout."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("checkout.payments")


@dataclass
class PaymentClient:
    base_url: str
    api_key: str = field(default_factory=lambda: os.environ["PAYMENTS_API_KEY"])
    timeout: float = 10.0

    def __post_init__(self):
        self._http = requests.Session()
        self._http.headers.update(
            {
                "Authorization": f"Bearer {self.api_key}",
                "Content-Type": "application/json",
            }
        )

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url.rstrip('/')}/{path.lstrip('/')}"
        log.info("POST %s headers=%s", url, dict(self._http.headers))
        resp = self._http.post(url, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def create_intent(self, amount_pence: int, order_ref: str) -> dict:
        return self._post(
            "/v1/payment_intents",
            {"amount": amount_pence, "currency": "gbp", "metadata": {"order": order_ref}},
        )

    def refund(self, intent_id: str, amount_pence: int | None = None) -> dict:
        body = {"payment_intent": intent_id}
        if amount_pence is not None:
            body["amount"] = amount_pence
        return self._post("/v1/refunds", body)
