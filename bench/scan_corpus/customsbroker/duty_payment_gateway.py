"""Client for the bank gateway that debits importers' accounts for duties and fees."""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger(__name__)


@dataclass
class GatewayCredentials:
    merchant_id: str
    api_key: str
    api_secret: str
    endpoint: str


class DutyPaymentGateway:
    def __init__(self, credentials: GatewayCredentials, timeout: float = 15.0) -> None:
        self.credentials = credentials
        self.client = httpx.Client(
            base_url=credentials.endpoint,
            auth=(credentials.api_key, credentials.api_secret),
            timeout=timeout,
        )
        logger.info("duty payment gateway ready: %s", self._describe())

    def _describe(self) -> dict[str, str]:
        return {**asdict(self.credentials), "timeout": str(self.client.timeout.read)}

    def debit(self, importer_account: str, entry_number: str, amount: Decimal) -> str:
        body = {
            "merchantId": self.credentials.merchant_id,
            "account": importer_account,
            "reference": entry_number,
            "amount": str(amount.quantize(Decimal("0.01"))),
            "currency": "USD",
        }
        resp = self.client.post("/debits", json=body)
        resp.raise_for_status()
        debit_id = resp.json()["id"]
        logger.info("debit %s created for entry %s amount %s", debit_id, entry_number, amount)
        return debit_id

    def refund(self, debit_id: str, amount: Decimal, reason: str) -> str:
        resp = self.client.post(
            f"/debits/{debit_id}/refunds",
            json={"amount": str(amount), "reason": reason[:140]},
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def close(self) -> None:
        self.client.close()
