"""Gateway client for tour ticket payments, keyed from the deployment secret store."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

SIGNATURE_HEADER = "X-TourBook-Signature"
API_VERSION = "2024-06-01"


class GatewayNotConfigured(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayCredentials:
    merchant_id: str
    secret_key: str = field(repr=False)

    @classmethod
    def load(cls) -> "GatewayCredentials":
        try:
            return cls(
                merchant_id=os.environ["TOURBOOK_MERCHANT_ID"],
                secret_key=os.environ["TOURBOOK_SECRET_KEY"],
            )
        except KeyError as missing:
            raise GatewayNotConfigured(f"missing setting {missing}") from None


class TicketPayments:
    def __init__(self, api_url: str, creds: GatewayCredentials) -> None:
        self._client = httpx.Client(
            base_url=api_url,
            auth=(creds.merchant_id, creds.secret_key),
            headers={"TourBook-Version": API_VERSION},
            timeout=20.0,
        )

    def charge(self, order_id: str, total: Decimal, currency: str = "GBP") -> str:
        resp = self._client.post(
            "/v1/charges",
            json={"order": order_id, "amount_minor": int(total * 100), "currency": currency},
        )
        resp.raise_for_status()
        return resp.json()["charge_id"]

    def status(self, charge_id: str) -> str:
        resp = self._client.get(f"/v1/charges/{charge_id}")
        resp.raise_for_status()
        return resp.json()["status"]


def payments_from_env() -> TicketPayments:
    return TicketPayments(os.environ["TOURBOOK_API_URL"], GatewayCredentials.load())
