"""HTTP client for supplier price and availability feeds.

Each supplier account has its own API key. Logs identify the supplier and
our account number with them, never the key itself.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("suppliers.feed")


def mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass
class SupplierAccount:
    supplier_code: str
    account_no: str
    base_url: str
    api_key: str = field(repr=False)

    @classmethod
    def from_env(cls, supplier_code: str) -> "SupplierAccount":
        prefix = f"SUPPLIER_{supplier_code.upper()}"
        return cls(
            supplier_code=supplier_code,
            account_no=os.environ[f"{prefix}_ACCOUNT_NO"],
            base_url=os.environ[f"{prefix}_BASE_URL"],
            api_key=os.environ[f"{prefix}_API_KEY"],
        )


class SupplierFeedClient:
    def __init__(self, account: SupplierAccount, session: requests.Session | None = None) -> None:
        self.account = account
        self.session = session or requests.Session()
        self.session.headers.update({"X-Api-Key": account.api_key, "Accept": "application/json"})

    def prices(self, skus: list[str]) -> dict[str, dict]:
        log.info(
            "Requesting %d prices from %s for account %s (key %s)",
            len(skus),
            self.account.supplier_code,
            self.account.account_no,
            mask(self.account.api_key),
        )
        resp = self.session.post(
            f"{self.account.base_url}/v1/prices", json={"skus": skus, "account": self.account.account_no}, timeout=30
        )
        if resp.status_code == 401:
            log.error("Supplier %s rejected the API key for account %s", self.account.supplier_code, self.account.account_no)
        resp.raise_for_status()
        return {row["sku"]: row for row in resp.json()["prices"]}

    def availability(self, sku: str) -> int:
        resp = self.session.get(f"{self.account.base_url}/v1/stock/{sku}", timeout=15)
        resp.raise_for_status()
        qty = int(resp.json()["free_stock"])
        log.debug("Supplier %s free stock for %s: %d", self.account.supplier_code, sku, qty)
        return qty
