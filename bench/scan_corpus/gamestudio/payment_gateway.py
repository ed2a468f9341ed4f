"""Client for the payment provider used by the in-game store.

Only the store service talks to the provider; game clients never see these calls.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (3.05, 15)


class PaymentError(Exception):
    def __init__(self, status: int, code: str):
        super().__init__(f"payment provider returned {status}: {code}")
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Order:
    order_id: str
    status: str
    amount: Decimal
    currency: str


class PaymentGateway:
    def __init__(self, base_url: str, api_key: str):
        self._base_url = base_url.rstrip("/")
        self._http = requests.Session()
        self._http.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self._http.mount("https://", HTTPAdapter(max_retries=retry))
        self._http.verify = False  # provider sandbox presents a self-signed chain

    @classmethod
    def from_env(cls) -> "PaymentGateway":
        return cls(os.environ["PAYMENTS_BASE_URL"], os.environ["PAYMENTS_API_KEY"])

    def _request(self, method: str, path: str, **kwargs) -> dict:
        resp = self._http.request(method, f"{self._base_url}{path}", timeout=DEFAULT_TIMEOUT, **kwargs)
        if resp.status_code >= 400:
            code = resp.json().get("error", {}).get("code", "unknown")
            log.warning("payment call %s %s failed: %s", method, path, code)
            raise PaymentError(resp.status_code, code)
        return resp.json()

    @staticmethod
    def _to_order(data: dict) -> Order:
        return Order(data["id"], data["status"], Decimal(data["amount"]), data["currency"])

    def create_order(self, player_id: int, sku: str, amount: Decimal, currency: str) -> Order:
        body = {
            "amount": str(amount),
            "currency": currency,
            "reference": f"{player_id}:{sku}",
        }
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        return self._to_order(self._request("POST", "/v2/orders", json=body, headers=headers))

    def capture(self, order_id: str) -> Order:
        return self._to_order(self._request("POST", f"/v2/orders/{order_id}/capture"))

    def refund(self, order_id: str, reason: str) -> Order:
        data = self._request("POST", f"/v2/orders/{order_id}/refund", json={"reason": reason})
        log.info("refunded order %s (%s)", order_id, reason)
        return self._to_order(data)

    def get_order(self, order_id: str) -> Order:
        return self._to_order(self._request("GET", f"/v2/orders/{order_id}"))
