"""Settings for the online ticket purchase payment gateway.

The web and app channels charge players' cards through the acquirer's
gateway; this module centralises the gateway settings used by checkout.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


@dataclass(frozen=True)
class AcquirerSettings:
    merchant_id: str = "NATLOTTO-ONLINE-01"
    api_base: str = field(default_factory=lambda: os.environ["ACQUIRER_API_BASE"])
    secret_key: str = "sk_live_51JqLtR2eZvKYlo2C8xW7pQmN4dF0aH3bT9uS6gV1yE5rO"
    timeout_s: float = 20.0
    currency: str = "EUR"


class GatewaySettingsProvider:
    """Hands out settings to the checkout, refund and payout services."""

    _instance: AcquirerSettings | None = None

    @classmethod
    def current(cls) -> AcquirerSettings:
        if cls._instance is None:
            cls._instance = AcquirerSettings()
        return cls._instance


class CheckoutCharger:
    def __init__(self, provider: type[GatewaySettingsProvider] = GatewaySettingsProvider) -> None:
        self._settings = provider.current()
        self._session = requests.Session()
        self._session.auth = (self._settings.secret_key, "")

    def charge(self, order_id: str, amount_cents: int, card_token: str) -> str:
        response = self._session.post(
            f"{self._settings.api_base}/v1/charges",
            data={
                "amount": amount_cents,
                "currency": self._settings.currency,
                "source": card_token,
                "metadata[order_id]": order_id,
                "metadata[merchant]": self._settings.merchant_id,
            },
            timeout=self._settings.timeout_s,
        )
        response.raise_for_status()
        return response.json()["id"]

    def refund(self, charge_id: str) -> None:
        response = self._session.post(
            f"{self._settings.api_base}/v1/refunds",
            data={"charge": charge_id},
            timeout=self._settings.timeout_s,
        )
        response.raise_for_status()
