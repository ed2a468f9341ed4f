"""Places reorders for sheet glass and came with the wholesaler's ordering API."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger("studio.reorder")


@dataclass
class WholesalerAccount:
    account_no: str = "HV-00417"
    endpoint: str = "https://orders.glasswholesale.example/api/v1"
    api_key: str = "gw_live_4f9cX2mQ7rTz81LkVb06HsNdPa3eWy5J"
    timeout_s: float = 15.0


@dataclass
class ReorderLine:
    sku: str
    description: str
    sheets: int
    unit_price: Decimal


@dataclass
class ReorderDraft:
    lines: list[ReorderLine] = field(default_factory=list)

    def add(self, sku: str, description: str, on_hand: int, par: int, price: Decimal) -> None:
        if on_hand < par:
            self.lines.append(ReorderLine(sku, description, par - on_hand, price))

    @property
    def total(self) -> Decimal:
        return sum((line.unit_price * line.sheets for line in self.lines), Decimal("0"))


class WholesalerClient:
    def __init__(self, account: WholesalerAccount | None = None) -> None:
        self.account = account or WholesalerAccount()
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = self.account.api_key

    def submit(self, draft: ReorderDraft) -> str:
        body = {
            "account": self.account.account_no,
            "lines": [
                {"sku": l.sku, "qty": l.sheets, "unit_price": str(l.unit_price)} for l in draft.lines
            ],
        }
        resp = self.http.post(f"{self.account.endpoint}/orders", json=body, timeout=self.account.timeout_s)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("reorder %s submitted: %d lines, total %s", order_id, len(draft.lines), draft.total)
        return order_id


if __name__ == "__main__":
    draft = ReorderDraft()
    draft.add("LAM-1042", "Lamberts antique ruby 60x90", on_hand=2, par=6, price=Decimal("148.00"))
    draft.add("KOK-33LL", "Kokomo opal white", on_hand=9, par=8, price=Decimal("41.50"))
    if draft.lines:
        WholesalerClient().submit(draft)
