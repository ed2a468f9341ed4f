"""Push confirmed wholesale orders into the ERP's sales-order API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import List

import requests

log = logging.getLogger("erp.push")


@dataclass
class ErpConfig:
    base_url: str = field(default_factory=lambda: os.environ["ERP_API_URL"].rstrip("/"))
    api_key: str = field(default_factory=lambda: os.environ["ERP_API_KEY"])
    company: str = field(default_factory=lambda: os.environ.get("ERP_COMPANY", "BW01"))


@dataclass
class OrderLine:
    article_no: str
    dye_lot: str | None
    quantity: int
    unit_price: str


class ErpOrderPusher:
    def __init__(self, config: ErpConfig | None = None):
        self.config = config or ErpConfig()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"ApiKey {self.config.api_key}"

    def push(self, order_ref: str, customer_no: str, lines: List[OrderLine]) -> str:
        body = {
            "company": self.config.company,
            "externalReference": order_ref,
            "customerNo": customer_no,
            "lines": [
                {"itemNo": l.article_no, "lotNo": l.dye_lot, "qty": l.quantity,
                 "unitPrice": l.unit_price}
                for l in lines
            ],
        }
        resp = self.http.post(f"{self.config.base_url}/api/v2/salesOrders", json=body, timeout=30)
        resp.raise_for_status()
        erp_no = resp.json()["documentNo"]
        log.info("order %s pushed to ERP as %s (%d lines)", order_ref, erp_no, len(lines))
        return erp_no
