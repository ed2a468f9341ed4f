"""Pulls monthly plough-hour invoices from the contractor billing platform."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterator

import requests


@dataclass(frozen=True)
class BillingSettings:
    base_url: str = field(default_factory=lambda: os.environ["BILLING_API_URL"])
    token: str = field(default_factory=lambda: os.environ["BILLING_API_TOKEN"])
    ca_bundle: str = os.environ.get("BILLING_CA_BUNDLE", "/etc/ssl/city/billing-chain.pem")
    page_size: int = 200


class BillingClient:
    def __init__(self, settings: BillingSettings) -> None:
        self.settings = settings
        self.session = self._build_session()

    def _build_session(self) -> requests.Session:
        s = requests.Session()
        s.verify = self.settings.ca_bundle
        s.headers.update({
            "Authorization": f"Bearer {self.settings.token}",
            "Accept": "application/json",
        })
        return s

    def _pages(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        cursor = None
        while True:
            query = {**params, "limit": self.settings.page_size}
            if cursor:
                query["cursor"] = cursor
            resp = self.session.get(f"{self.settings.base_url}{path}", params=query, timeout=20)
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            cursor = body.get("next_cursor")
            if not cursor:
                return

    def invoices(self, month: str) -> list[dict[str, Any]]:
        return list(self._pages("/v1/invoices", {"month": month, "category": "winter-maintenance"}))


def monthly_total(month: str) -> Decimal:
    client = BillingClient(BillingSettings())
    return sum((Decimal(str(inv["amount"])) for inv in client.invoices(month)), Decimal("0"))
