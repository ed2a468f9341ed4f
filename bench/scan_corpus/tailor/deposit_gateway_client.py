"""Client for the card gateway used to take deposits in shop and online.

Wraps the gateway's REST API: create a payment for a deposit, capture it
once the commission is confirmed, and cancel it if the customer withdraws
before cloth is cut.
"""
import logging
import os
import uuid
from decimal import Decimal

import requests

log = logging.getLogger("hc.payments.gateway")

GATEWAY_URL = os.environ.get("HC_GATEWAY_URL", "https://api.checkout.com")


class GatewayError(RuntimeError):
    pass


class DepositGateway:
    def __init__(self, api_key: str | None = None, timeout: float = 15.0):
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {api_key or os.environ['HC_GATEWAY_API_KEY']}",
                "Content-Type": "application/json",
                "User-Agent": "hc-shop/3.4",
            }
        )
        self._timeout = timeout

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{GATEWAY_URL}{path}"
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        log.debug("gateway POST %s headers=%s body=%s", url, {**self._session.headers, **headers}, payload)
        resp = self._session.post(url, json=payload, headers=headers, timeout=self._timeout)
        if resp.status_code >= 400:
            raise GatewayError(f"{path} failed with {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def create_deposit(self, order_ref: str, amount: Decimal, currency: str = "GBP") -> str:
        data = self._post(
            "/payments",
            {
                "amount": int(amount * 100),
                "currency": currency,
                "capture": "manual",
                "reference": order_ref,
                "description": f"Deposit for order {order_ref}",
            },
        )
        log.info("deposit payment %s created for order %s", data["id"], order_ref)
        return data["id"]

    def capture(self, payment_id: str) -> None:
        self._post(f"/payments/{payment_id}/capture", {})
        log.info("deposit payment %s captured", payment_id)

    def cancel(self, payment_id: str, reason: str) -> None:
        self._post(f"/payments/{payment_id}/cancel", {"reason": reason})
        log.info("deposit payment %s cancelled: %s", payment_id, reason)
