"""Charges monthly membership fees through the payment provider's REST API."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict

import requests

log = logging.getLogger("billing.gateway")


@dataclass(frozen=True)
class BillingSettings:
    api_base: str
    api_key: str
    timeout_s: float = 15.0

    @classmethod
    def load(cls) -> "BillingSettings":
        return cls(api_base=os.environ["BILLING_API_BASE"], api_key=os.environ["BILLING_API_KEY"])


class BillingGateway:
    def __init__(self, settings: BillingSettings) -> None:
        self.settings = settings
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, body: Dict[str, object]) -> Dict[str, object]:
        url = f"{self.settings.api_base}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s body=%s", url, headers, body)
        resp = self.session.post(url, json=body, headers=headers, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()

    def charge_membership(self, customer_ref: str, amount: Decimal, period: str) -> str:
        result = self._post(
            "/v1/charges",
            {
                "customer": customer_ref,
                "amount_minor": int(amount * 100),
                "currency": "EUR",
                "description": f"Bathhouse membership {period}",
            },
        )
        log.info("charged %s for %s: %s", customer_ref, period, result.get("id"))
        return str(result["id"])


def run_monthly_cycle(members: Dict[str, Decimal], period: str) -> Dict[str, str]:
    gateway = BillingGateway(BillingSettings.load())
    return {ref: gateway.charge_membership(ref, fee, period) for ref, fee in members.items()}
