"""Card payments for the pro shop and session passes via the payment provider's REST API."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("shop.payments")


@dataclass(frozen=True)
class PaymentSettings:
    api_base: str = "https://api.paylane.example/v2"
    api_key: str = "pl_live_4eC39HqLyjWDarjtT1zdp7dcQf28s9Rk"
    merchant_id: str = "rampworks-shop"
    currency: str = "GBP"
    timeout: float = 20.0


class PaymentsClient:
    def __init__(self, settings: PaymentSettings | None = None) -> None:
        self.settings = settings or PaymentSettings()
        self._http = httpx.Client(
            base_url=self.settings.api_base,
            headers={"Authorization": f"Bearer {self.settings.api_key}"},
            timeout=self.settings.timeout,
        )

    def create_checkout(self, order_ref: str, amount: Decimal, description: str) -> dict:
        payload = {
            "merchant": self.settings.merchant_id,
            "reference": order_ref,
            "amount": int(amount * 100),
            "currency": self.settings.currency,
            "description": description[:80],
        }
        resp = self._http.post(
            "/checkouts", json=payload, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        resp.raise_for_status()
        checkout = resp.json()
        log.info("checkout %s created for order %s", checkout["id"], order_ref)
        return checkout

    def checkout_status(self, checkout_id: str) -> str:
        resp = self._http.get(f"/checkouts/{checkout_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def refund(self, transaction_id: str, amount: Decimal | None = None) -> dict:
        body = {} if amount is None else {"amount": int(amount * 100)}
        resp = self._http.post(f"/transactions/{transaction_id}/refunds", json=body)
        resp.raise_for_status()
        log.info("refund requested for transaction %s", transaction_id)
        return resp.json()

    def close(self) -> None:
        self._http.close()
