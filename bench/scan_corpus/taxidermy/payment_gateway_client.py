"""Thin client for the card processor's REST API.

Used to create deposit requests when a commission is booked and to charge
the balance at pickup.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("studio.payments")


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    secret_key: str
    timeout: float = 15.0
    currency: str = "usd"


class PaymentGatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._http = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._settings.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/x-www-form-urlencoded",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self._http.post(url, data=payload, headers=headers, timeout=self._settings.timeout)
        if resp.status_code >= 400:
            raise PaymentGatewayError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    @staticmethod
    def _cents(amount: Decimal) -> int:
        return int((amount * 100).quantize(Decimal("1")))

    def create_deposit_request(self, invoice_number: str, amount: Decimal, email: str) -> str:
        data = self._post(
            "/v1/payment_links",
            {
                "amount": self._cents(amount),
                "currency": self._settings.currency,
                "metadata[invoice_number]": invoice_number,
                "metadata[stage]": "deposit",
                "customer_email": email,
            },
        )
        return data["url"]

    def charge_balance(self, invoice_number: str, amount: Decimal, payment_method: str) -> str:
        data = self._post(
            "/v1/payment_intents",
            {
                "amount": self._cents(amount),
                "currency": self._settings.currency,
                "payment_method": payment_method,
                "confirm": "true",
                "metadata[invoice_number]": invoice_number,
                "metadata[stage]": "balance",
            },
        )
        log.info("balance charged for invoice %s: %s", invoice_number, data.get("status"))
        return data["id"]
