"""Pushes paid stage invoices to the yard's cloud accounting package."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountingConfig:
    base_url: str
    api_key: str
    sales_account: str = "4000"

    @classmethod
    def from_env(cls) -> "AccountingConfig":
        return cls(
            base_url=os.environ["ACCOUNTING_API_URL"].rstrip("/"),
            api_key=os.environ["ACCOUNTING_API_KEY"],
            sales_account=os.environ.get("ACCOUNTING_SALES_ACCOUNT", "4000"),
        )


@dataclass
class PaidStage:
    invoice_number: str
    customer_name: str
    hull_number: str
    stage: str
    amount: Decimal
    paid_on: date


class AccountingSync:
    def __init__(self, config: AccountingConfig) -> None:
        self.config = config
        self.client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            timeout=20.0,
        )

    def _invoice_body(self, item: PaidStage) -> dict:
        return {
            "number": item.invoice_number,
            "contact": {"name": item.customer_name},
            "date": item.paid_on.isoformat(),
            "lines": [
                {
                    "description": f"Hull {item.hull_number}: {item.stage} stage",
                    "amount": str(item.amount),
                    "account": self.config.sales_account,
                }
            ],
            "status": "PAID",
        }

    def push(self, items: list[PaidStage]) -> int:
        pushed = 0
        for item in items:
            resp = self.client.post("/v1/invoices", json=self._invoice_body(item))
            if resp.status_code == 409:
                log.info("invoice %s already in accounts", item.invoice_number)
                continue
            resp.raise_for_status()
            pushed += 1
        log.info("pushed %d of %d stage invoices", pushed, len(items))
        return pushed

    def close(self) -> None:
        self.client.close()
