"""Pushes finalised restaurant invoices to the accounting platform."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import requests

log = logging.getLogger("billing.sync")


@dataclass
class AccountingConfig:
    base_url: str
    api_key: str
    tenant: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "AccountingConfig":
        return cls(
            base_url=os.environ["ACCOUNTING_API_URL"],
            api_key=os.environ["ACCOUNTING_API_KEY"],
            tenant=os.environ["ACCOUNTING_TENANT"],
        )


def _request_headers(cfg: AccountingConfig) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {cfg.api_key}",
        "X-Tenant": cfg.tenant,
        "Content-Type": "application/json",
    }


class InvoiceSync:
    def __init__(self, cfg: AccountingConfig | None = None) -> None:
        self.cfg = cfg or AccountingConfig.from_env()
        self.session = requests.Session()

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.cfg.base_url}{path}"
        headers = _request_headers(self.cfg)
        log.info("accounting request POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.cfg.timeout)
        resp.raise_for_status()
        return resp.json()

    def push_invoice(self, restaurant_id: str, number: str, lines: list[dict[str, Any]]) -> str:
        total = sum(Decimal(str(line["amount"])) for line in lines)
        result = self._post(
            "/v2/invoices",
            {"customer_ref": restaurant_id, "number": number, "lines": lines, "total": str(total)},
        )
        log.info("invoice %s pushed as %s", number, result.get("id"))
        return result["id"]
