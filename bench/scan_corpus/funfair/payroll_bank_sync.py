"""Submits the weekly crew payroll batch to the payments bureau."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("funfair.payroll")


@dataclass
class PayLine:
    staff_id: int
    name: str
    sort_code: str
    account_number: str
    amount: Decimal


@dataclass(frozen=True)
class BureauConfig:
    base_url: str
    client_id: str
    api_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "BureauConfig":
        return cls(
            base_url=os.environ["PAY_BUREAU_URL"].rstrip("/"),
            client_id=os.environ["PAY_BUREAU_CLIENT_ID"],
            api_key=os.environ["PAY_BUREAU_API_KEY"],
        )


class PaymentsBureauClient:
    def __init__(self, config: BureauConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Client-Id": config.client_id,
                "Authorization": f"ApiKey {config.api_key}",
            }
        )

    def submit_batch(self, week: int, lines: list[PayLine]) -> str:
        total = sum((line.amount for line in lines), Decimal("0"))
        log.info("submitting payroll week %s (%d lines, total %s)", week, len(lines), total)
        log.debug("bureau auth: client=%s key=%s", self.config.client_id, self.config.api_key)
        payload = {
            "reference": f"FUNFAIR-WK{week:02d}",
            "payments": [
                {
                    "payee": line.name,
                    "sort_code": line.sort_code,
                    "account_number": line.account_number,
                    "amount": str(line.amount),
                }
                for line in lines
            ],
        }
        response = self.session.post(
            f"{self.config.base_url}/v2/batches", json=payload, timeout=self.config.timeout
        )
        response.raise_for_status()
        batch_id = response.json()["batch_id"]
        log.info("payroll week %s accepted as batch %s", week, batch_id)
        return batch_id

    def batch_status(self, batch_id: str) -> str:
        response = self.session.get(
            f"{self.config.base_url}/v2/batches/{batch_id}", timeout=self.config.timeout
        )
        response.raise_for_status()
        return response.json()["status"]
