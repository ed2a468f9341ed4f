"""Client for the card processor that holds and releases charter deposits."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("charter.deposits")


@dataclass
class GatewaySettings:
    base_url: str
    merchant_id: str
    api_key: str
    timeout: float = 15.0
    currency: str = "EUR"

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            base_url=os.environ["DEPOSIT_GATEWAY_URL"],
            merchant_id=os.environ["DEPOSIT_MERCHANT_ID"],
            api_key=os.environ["DEPOSIT_GATEWAY_KEY"],
        )


class DepositGateway:
    """Places pre-authorisation holds for the security deposit of a charter."""

    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.api_key}"
        self._session.headers["X-Merchant"] = settings.merchant_id

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.settings.base_url.rstrip('/')}/{path}"
        resp = self._session.post(url, json=payload, timeout=self.settings.timeout)
        if resp.status_code >= 400:
            log.error(
                "deposit gateway rejected %s (%s); settings=%s",
                path, resp.status_code, asdict(self.settings),
            )
            resp.raise_for_status()
        return resp.json()

    @staticmethod
    def _minor_units(amount: Decimal) -> int:
        return int((amount * 100).quantize(Decimal("1")))

    def hold(self, contract_no: str, card_token: str, amount: Decimal) -> str:
        body = {
            "reference": f"CHARTER-{contract_no}",
            "payment_method": card_token,
            "amount": self._minor_units(amount),
            "currency": self.settings.currency,
            "capture": False,
        }
        result = self._post("authorizations", body)
        log.info("deposit hold %s placed for contract %s", result["id"], contract_no)
        return result["id"]

    def release(self, authorization_id: str) -> None:
        self._post(f"authorizations/{authorization_id}/void", {})
        log.info("deposit hold %s released", authorization_id)

    def capture_damage(self, authorization_id: str, amount: Decimal, reason: str) -> dict:
        body = {"amount": self._minor_units(amount), "description": reason[:200]}
        return self._post(f"authorizations/{authorization_id}/capture", body)
