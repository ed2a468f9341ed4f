"""Thin client for the CardPay gateway used by the loyalty app top-ups."""
import logging
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.cardpay")


@dataclass
class GatewaySettings:
    base_url: str
    api_key: str
    timeout: float = 15.0


class CardPayError(Exception):
    def __init__(self, status: int, body: str):
        super().__init__(f"CardPay returned {status}: {body[:200]}")
        self.status = status


class CardPayClient:
    def __init__(self, settings: GatewaySettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {settings.api_key}",
            "Content-Type": "application/json",
            "User-Agent": "washpoint-loyalty/2.3",
        })

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._settings.base_url}{path}"
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        log.debug("POST %s headers=%s", url, {**self._session.headers, **headers})
        resp = self._session.post(url, json=payload, headers=headers, timeout=self._settings.timeout)
        if resp.status_code >= 400:
            raise CardPayError(resp.status_code, resp.text)
        return resp.json()

    def create_payment(self, wallet_id: str, amount_cents: int, currency: str = "EUR") -> dict:
        return self._post("/v2/payments", {
            "amount": amount_cents,
            "currency": currency,
            "metadata": {"wallet_id": wallet_id},
            "capture": True,
        })

    def refund(self, payment_id: str, amount_cents: int | None = None) -> dict:
        body = {"payment_id": payment_id}
        if amount_cents is not None:
            body["amount"] = amount_cents
        return self._post("/v2/refunds", body)
