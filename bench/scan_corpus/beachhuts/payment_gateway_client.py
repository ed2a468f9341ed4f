"""Client for the card payment gateway used for licence fees and day-let bookings."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger("beachhuts.payments")


@dataclass
class PaymentLink:
    id: str
    url: str
    reference: str


class PaymentGatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15):
        self._base_url = (base_url or os.environ["PAYMENT_GATEWAY_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["PAYMENT_GATEWAY_API_KEY"]
        self._timeout = timeout
        self._session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._session.headers.update({"Authorization": f"Bearer {self._api_key}"})

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._base_url}{path}"
        logger.debug("POST %s with api key %s", url, self._api_key)
        resp = self._session.post(url, json=payload, timeout=self._timeout)
        if resp.status_code >= 400:
            raise PaymentGatewayError(f"gateway returned {resp.status_code} for {path}")
        return resp.json()

    def _get(self, path: str) -> dict:
        resp = self._session.get(f"{self._base_url}{path}", timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def create_payment(self, reference: str, amount: Decimal, description: str,
                       return_url: str) -> PaymentLink:
        body = self._post(
            "/v1/payments",
            {
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": reference,
                "description": description,
                "return_url": return_url,
            },
        )
        logger.info("created payment %s for %s (%s)", body["payment_id"], reference, amount)
        return PaymentLink(id=body["payment_id"], url=body["_links"]["next_url"], reference=reference)

    def payment_status(self, payment_id: str) -> str:
        return self._get(f"/v1/payments/{payment_id}")["state"]["status"]

    def refund(self, payment_id: str, amount: Decimal) -> str:
        body = self._post(f"/v1/payments/{payment_id}/refunds", {"amount": int(amount * 100)})
        logger.info("refund %s requested for payment %s", body["refund_id"], payment_id)
        return body["refund_id"]
