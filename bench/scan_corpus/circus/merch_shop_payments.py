"""Payment provider adapter for the online merchandise shop."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter


@dataclass
class ProviderConfig:
    base_url: str = field(default_factory=lambda: os.environ["MERCH_PSP_URL"])
    api_key: str = field(default_factory=lambda: os.environ["MERCH_PSP_KEY"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("MERCH_PSP_CA", "/etc/ssl/certs/ca-certificates.crt")
    )


class PinnedTLSAdapter(HTTPAdapter):
    def __init__(self, cafile: str, **kwargs) -> None:
        self._ctx = ssl.create_default_context(cafile=cafile)
        self._ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self._ctx
        return super().init_poolmanager(*args, **kwargs)


class MerchPayments:
    def __init__(self, config: ProviderConfig | None = None) -> None:
        self.config = config or ProviderConfig()
        self.session = requests.Session()
        self.session.mount("https://", PinnedTLSAdapter(self.config.ca_bundle))
        self.session.headers["Authorization"] = f"Bearer {self.config.api_key}"

    def create_payment_intent(self, order_id: str, amount: Decimal, currency: str) -> dict:
        resp = self.session.post(
            f"{self.config.base_url}/payment_intents",
            json={"amount": int(amount * 100), "currency": currency.lower(),
                  "metadata": {"order_id": order_id}},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, intent_id: str, amount: Decimal | None = None) -> dict:
        payload: dict = {"payment_intent": intent_id}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        resp = self.session.post(f"{self.config.base_url}/refunds", json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()
