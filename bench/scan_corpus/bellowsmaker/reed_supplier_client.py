"""Client for the accordion reed and valve supplier's trade API.

Used by the stock worker to check prices and availability of reed blocks,
leather and plastic valves, and bellows tape before raising a purchase order.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import requests

log = logging.getLogger(__name__)

SUPPLIER_API = "https://trade.reedsupply.example.it/api/v3"
SUPPLIER_ACCOUNT = "BELLOWS-0417"
SUPPLIER_API_KEY = "rk_live_5f9d2c71a84e4b0f93d6e1c7a2b84f60"


@dataclass
class SupplierPrice:
    part_no: str
    description: str
    unit_price: Decimal
    available: int
    lead_days: int


class ReedSupplierClient:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers.update({
            "X-Account": SUPPLIER_ACCOUNT,
            "X-Api-Key": SUPPLIER_API_KEY,
            "Accept": "application/json",
        })

    def prices(self, part_numbers: Iterable[str]) -> list[SupplierPrice]:
        parts = ",".join(sorted(set(part_numbers)))
        resp = self.session.get(f"{SUPPLIER_API}/prices", params={"parts": parts}, timeout=20)
        resp.raise_for_status()
        return [
            SupplierPrice(
                part_no=row["part_no"],
                description=row["description"],
                unit_price=Decimal(str(row["unit_price"])),
                available=int(row["available"]),
                lead_days=int(row.get("lead_days", 0)),
            )
            for row in resp.json()["items"]
        ]

    def place_order(self, po_number: str, lines: dict[str, int]) -> str:
        body = {
            "po_number": po_number,
            "lines": [{"part_no": p, "qty": q} for p, q in lines.items() if q > 0],
        }
        resp = self.session.post(f"{SUPPLIER_API}/orders", json=body, timeout=30)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("supplier order %s created for PO %s", order_id, po_number)
        return order_id
