"""Client for the copper nail supplier's trade ordering API.

Each trug uses around forty copper clout nails and a handful of rose-head
nails. When stock falls below the reorder level the nightly job places
an order through the supplier's API.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("trug.suppliers.nails")

SUPPLIER_API_URL = os.environ.get("NAIL_SUPPLIER_API_URL", "https://trade.example-fixings.co.uk/api/v1")
SUPPLIER_ACCOUNT = os.environ.get("NAIL_SUPPLIER_ACCOUNT", "TRUG0042")
SUPPLIER_API_KEY = "fx_live_7Qm2Rk9vTz4Lp8WcHs3NbY6dJe1Ga5Uo"


@dataclass
class NailLine:
    product_code: str
    description: str
    boxes: int


class NailSupplierClient:
    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Token {SUPPLIER_API_KEY}",
                "Accept": "application/json",
            }
        )

    def stock_levels(self, product_codes: list[str]) -> dict[str, int]:
        resp = self._session.get(
            f"{SUPPLIER_API_URL}/stock",
            params={"codes": ",".join(product_codes)},
            timeout=15,
        )
        resp.raise_for_status()
        return {item["code"]: item["available"] for item in resp.json()["items"]}

    def place_order(self, lines: list[NailLine], reference: str) -> str:
        payload = {
            "account": SUPPLIER_ACCOUNT,
            "customer_reference": reference,
            "lines": [{"code": l.product_code, "qty": l.boxes} for l in lines],
            "delivery": "standard",
        }
        resp = self._session.post(f"{SUPPLIER_API_URL}/orders", json=payload, timeout=30)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed nail order %s (%d lines)", order_id, len(lines))
        return order_id


def reorder_if_low(client: NailSupplierClient, on_hand: dict[str, int], reorder_levels: dict[str, int]) -> str | None:
    lines = [
        NailLine(code, f"copper nails {code}", boxes=max(1, (reorder_levels[code] * 2 - qty) // 1000))
        for code, qty in on_hand.items()
        if code in reorder_levels and qty < reorder_levels[code]
    ]
    if not lines:
        return None
    return client.place_order(lines, reference="auto-reorder")
