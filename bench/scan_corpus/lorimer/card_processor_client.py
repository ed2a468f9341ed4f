"""Thin client for the card processor used by the shop checkout."""
import logging
import os
import uuid
from dataclasses import dataclass

import requests

logger = logging.getLogger("lorimer.checkout.processor")


@dataclass
class ProcessorConfig:
    base_url: str = "https://api.cardprocessor.example/v1"
    secret_key: str = os.environ.get("CARD_PROCESSOR_SECRET_KEY", "")
    timeout: float = 15.0


class CardProcessorClient:
    def __init__(self, config: ProcessorConfig | None = None):
        self.config = config or ProcessorConfig()
        self.http = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.secret_key}",
            "Idempotency-Key": idempotency_key,
            "User-Agent": "lorimer-shop/2.3",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        logger.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self.http.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            logger.warning("processor error %s on %s: %s", resp.status_code, path, resp.text[:300])
            resp.raise_for_status()
        return resp.json()

    def create_payment_intent(self, order_ref: str, amount_pence: int, email: str) -> dict:
        return self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": email,
                "metadata": {"order_ref": order_ref},
            },
        )

    def refund(self, charge_id: str, amount_pence: int | None = None) -> dict:
        payload = {"charge": charge_id}
        if amount_pence is not None:
            payload["amount"] = amount_pence
        return self._post("/refunds", payload)
