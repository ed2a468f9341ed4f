"""Client for the card acquirer used to settle wholesale invoices.

Trade customers can pay invoices by card through the wholesale portal; the
portal calls the acquirer's REST API to create and capture payments.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("chocolatier.payments")


@dataclass(frozen=True)
class AcquirerSettings:
    base_url: str
    api_key: str
    merchant_id: str
    timeout_s: float = 15.0

    @classmethod
    def from_env(cls) -> "AcquirerSettings":
        return cls(
            base_url=os.environ["ACQUIRER_BASE_URL"],
            api_key=os.environ["ACQUIRER_API_KEY"],
            merchant_id=os.environ["ACQUIRER_MERCHANT_ID"],
        )


class AcquirerClient:
    def __init__(self, settings: AcquirerSettings) -> None:
        self._settings = settings
        self._session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._settings.api_key}",
            "Idempotency-Key": str(uuid.uuid4()),
            "Content-Type": "application/json",
        }

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self._settings.base_url}{path}"
        headers = self._headers()
        log.debug("acquirer request POST %s headers=%s body=%s", url, headers, body)
        resp = self._session.post(url, json=body, headers=headers, timeout=self._settings.timeout_s)
        resp.raise_for_status()
        return resp.json()

    def capture_invoice(self, invoice_no: str, amount: Decimal, card_token: str) -> str:
        body = {
            "merchant_id": self._settings.merchant_id,
            "reference": invoice_no,
            "amount_minor": int(amount * 100),
            "currency": "GBP",
            "payment_method": card_token,
            "capture": True,
        }
        result = self._post("/v2/payments", body)
        log.info("captured invoice %s as payment %s", invoice_no, result.get("id"))
        return result["id"]
