"""Small client for the card processor used by the online shop checkout."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Optional

import requests

log = logging.getLogger("shop.payments")


@dataclass
class PaymentsConfig:
    base_url: str = "https://api.payments-provider.com/v1"
    secret_key: str = ""
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "PaymentsConfig":
        return cls(
            base_url=os.environ.get("PAYMENTS_API_URL", cls.base_url),
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
        )


class PaymentsClient:
    def __init__(self, config: Optional[PaymentsConfig] = None) -> None:
        self.config = config or PaymentsConfig.from_env()
        self.http = requests.Session()

    def _headers(self, idempotency_key: Optional[str] = None) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self.config.secret_key}",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def _post(self, path: str, data: dict[str, Any], idempotency_key: Optional[str] = None) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers(idempotency_key)
        log.debug("POST %s headers=%s data=%s", url, headers, data)
        resp = self.http.post(url, data=data, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.error("payments API %s returned %s: %s", path, resp.status_code, resp.text[:500])
        resp.raise_for_status()
        return resp.json()

    def create_payment_intent(self, order_ref: str, amount_pence: int, email: str) -> dict:
        return self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": email,
                "metadata[order_ref]": order_ref,
            },
            idempotency_key=f"pi-{order_ref}",
        )

    def refund(self, payment_intent_id: str, amount_pence: Optional[int] = None) -> dict:
        data: dict[str, Any] = {"payment_intent": payment_intent_id}
        if amount_pence is not None:
            data["amount"] = amount_pence
        return self._post("/refunds", data)
